"""The commands that bring the user's own things in: picks made elsewhere (``import-picks``), a note on a
session (``note``), and an item of their own (``add-item``)."""
from __future__ import annotations

from ..core.errors import StorageError
from ..core.feeds.source import is_url, looks_like_feed, normalise_url, read_source
from ..core.feeds.tz import zone as get_zone
from ..core.words import counted
from .commands import Context, UsageError, _json, err, load


def read_input(ctx: Context, where: str) -> tuple[bytes, str]:
    """The bytes of a file, '-' or an http(s)/webcal URL, and its name for messages. A Giggity share link is
    not fetched: it carries the picks itself."""
    from ..core.plan.shares import is_giggity_link

    if is_giggity_link(where):
        return where.encode(), "the Giggity link"
    if is_url(where):
        from ..core.feeds.fetch import fetch

        url = normalise_url(where)
        return fetch(url).data, url
    return read_source(where, stdin=ctx.stdin)


def cmd_import_picks(ctx: Context, ns) -> int:
    from ..core.plan.importing import match_events, nothing_matched, read_events

    if len(ns.args) not in (1, 2):
        raise UsageError("give the file or URL to import picks from (and, before it, the FEED if not the last one)")
    feed, what = (None, ns.args[0]) if len(ns.args) == 1 else ns.args
    opened = load(ctx, feed, ns.tz)
    schedule, store = opened.schedule, opened.store
    zone = get_zone(schedule.timezone)
    data, name = read_input(ctx, what)
    events = read_events(data, name, zone)
    report = match_events(schedule, events, store.as_dict(), store.notes(), as_maybe=ns.maybe, items=store.items())
    problem = nothing_matched(report, name, schedule)
    if problem:
        raise UsageError(problem)
    try:
        if report.changes:
            store.update(report.changes)
        for uid, note in report.notes.items():
            store.set_note(uid, note)
        for item in report.items:
            store.add_item(item)
    except StorageError as exc:
        err(ctx, str(exc))
        return 2
    if ns.json:
        return _json(ctx, report.as_json())
    w = ctx.stdout.write
    w(f"{report.starred} starred, {report.maybe} marked maybe, {report.already} already picked"
      + (", " + counted("%n note(s)", len(report.notes)) if report.notes else "")
      + (", " + counted("%n item(s) of your own", len(report.items)) if report.items else "")
      + (f", {report.hidden} hidden in Giggity left as they are" if report.hidden else "") + "\n")
    for u in report.unmatched:
        w(f"  not found: {u['title']} ({u['start'] or 'no time'})\n")
    for a in report.ambiguous:
        w(f"  more than one match: {a['title']} ({a['start'] or 'no time'}): {', '.join(a['candidates'])}\n")
    if report.unmatched or report.ambiguous:
        w("Star those by hand (agenda list shows the ids).\n")
    return 0


def cmd_note(ctx: Context, ns) -> int:
    args = list(ns.args)
    feed = args.pop(0) if len(args) == 3 and looks_like_feed(args[0]) else None
    if len(args) != 2:
        raise UsageError("give a session id and the note's text ('' removes the note)")
    uid, text = args
    opened = load(ctx, feed, None)
    schedule = opened.schedule
    if schedule.get(uid) is None:
        raise UsageError(f"no session with id {uid!r} in {schedule.source} (see: agenda list)")
    try:
        opened.store.set_note(uid, text)
    except StorageError as exc:
        err(ctx, str(exc))
        return 2
    print("note removed" if not text.strip() else f"note kept on {schedule.get(uid).title}", file=ctx.stderr)
    return 0


def cmd_add_item(ctx: Context, ns) -> int:
    from ..core.plan.mine import new_item, parse_time

    opened = load(ctx, ns.feed, ns.tz)
    schedule = opened.schedule
    zone = get_zone(schedule.timezone)
    item = new_item(ns.title, parse_time(ns.start, zone, "--start"), parse_time(ns.end, zone, "--end"), ns.where or "")
    try:
        opened.store.add_item(item)
    except StorageError as exc:
        err(ctx, str(exc))
        return 2
    if ns.json:
        return _json(ctx, item)
    print(f"added {item['title']} ({item['uid']}) to your agenda", file=ctx.stderr)
    return 0


COMMANDS = {
    "import-picks": cmd_import_picks,
    "note": cmd_note,
    "add-item": cmd_add_item,
}
