"""The subcommands: each reads its FEED through the core's loading layer and prints what it found.

Each takes the Context and the parsed arguments and returns the exit status; unusable input raises
an AgendaError (FeedError, StorageError, UsageError, InputError, …), which ``agenda.cli.main`` turns into one
line and exit 2.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import NamedTuple

from ..bundle import bundled_feed
from ..core.dates import ENGLISH
from ..core.errors import AgendaError, StorageError
from ..core.feeds.source import default_feed, looks_like_feed
from ..core.feeds.tz import zone as get_zone
from ..core.opened import OpenedFeed, refuse_overwriting_feeds
from ..core.plan.layout import local_midnight, session_day
from ..core.plan.picks import MAYBE, STAR
from ..core.words import counted


class UsageError(AgendaError):
    """The command line asks for something that cannot be done (a missing id, an option out of range)."""


class Context(NamedTuple):
    """What every command needs, passed in explicitly (no globals)."""

    paths: "object"
    settings: "object"
    stdout: object
    stderr: object
    stdin: object


def err(ctx: Context, message: str) -> None:
    print(f"agenda: {message}", file=ctx.stderr)


def load(ctx: Context, source: str | None, tz: str | None, *, first_look: bool = True) -> OpenedFeed:
    """The command's feed (default: the last one opened, else the bundled one) with its picks, and what the
    user should know about it said on stderr. Raises FeedError for unusable input.

    The first command to read a feed keeps what it read as the user's first look at it (as the window's
    first open does), so that a later ``agenda refresh`` has something to compare with; ``refresh`` does
    its own review (``first_look=False``)."""
    feed = OpenedFeed.load(source or default_feed(ctx.settings.last_feed), ctx.paths, tz=tz, stdin=ctx.stdin,
                           bundled=bundled_feed())
    for note in (feed.offline, feed.note, feed.problem):
        if note:
            err(ctx, str(note))
    if first_look:
        try:
            feed.take_first_look()
        except StorageError as exc:  # the command still works; only a later refresh has less to say
            err(ctx, f"could not keep a first look at the feed for 'agenda refresh': {exc}")
    return feed


def split_feed_and_ids(args: list[str]) -> tuple[str | None, list[str]]:
    if args and looks_like_feed(args[0]):
        return args[0], args[1:]
    return None, args


def session_json(s, zone, state: str | None, schedule=None, feed: str | None = None) -> dict:
    persons = schedule.persons(s) if schedule is not None else [(n, None) for n in s.speakers]
    feed_days = schedule.feed_days if schedule is not None else None
    return {
        "uid": s.uid,
        "title": s.title,
        "speakers": list(s.speakers),
        "speaker_text": s.speaker_text,
        "track": s.track,
        "room": s.room,
        "venue": s.venue,
        # (a session of whole days: the local midnights of its own dates, whatever the zone)
        "start": (local_midnight(s.start_date(zone), zone) if s.all_day else s.start).astimezone(zone).isoformat(),
        "end": (local_midnight(s.end_date(zone), zone) if s.all_day else s.end).astimezone(zone).isoformat(),
        "url": s.url,
        "description": s.description,
        "starred": True if state == STAR else "maybe" if state == MAYBE else False,
        "all_day": s.all_day,
        "cancelled": s.cancelled,
        "offsite": s.offsite,
        "recorded": s.recorded,  # schedule.xml/json: false when not recorded; null when the feed does not say
        "language": s.language,
        "links": [{"title": t, "url": u} for t, u in s.links],
        "day": session_day(s, zone, feed_days).isoformat(),  # the conference day it is shown on
        "persons": [{"name": n, "id": p.ident if p else ""} for n, (_, p) in zip(s.speakers, persons, strict=True)],
        "feed": feed if feed is not None else (schedule.name if schedule is not None else None),  # its conference
    }


def _json(ctx: Context, obj) -> int:
    json.dump(obj, ctx.stdout, ensure_ascii=False, indent=1)
    ctx.stdout.write("\n")
    return 0


def cmd_star(ctx: Context, ns, state: str | None) -> int:
    feed, ids = split_feed_and_ids(ns.args)
    if not ids:
        raise UsageError("give at least one session id (see: agenda list)")
    opened = load(ctx, feed, None)
    schedule = opened.schedule
    unknown = [i for i in ids if schedule.get(i) is None]
    if unknown and state is not None:
        raise UsageError(f"no session with id {unknown[0]!r} in {schedule.source} (see: agenda list)")
    try:
        opened.store.update({i: state for i in ids})
    except StorageError as exc:
        err(ctx, str(exc))
        return 2
    verb = "unstarred" if state is None else "marked maybe" if state == MAYBE else "starred"
    print(f"{verb} {counted('%n session(s)', len(ids))}", file=ctx.stderr)
    return 0


def parse_alarm(text: str | None, default: int | None) -> int | None:
    if text is None:
        return default
    if text.lower() == "none":
        return None
    try:
        alarm = int(text)
        if alarm < 0:
            raise ValueError
    except ValueError:
        raise UsageError(f"--alarm takes minutes (0 or more) or 'none', not {text!r}") from None
    return alarm


def cmd_export(ctx: Context, ns) -> int:
    from ..core.output.export import default_export_path

    alarm = parse_alarm(ns.alarm, ctx.settings.alarm_minutes)
    if ns.also:
        return _export_several(ctx, ns, alarm)
    feed = load(ctx, ns.feed, ns.tz)
    schedule = feed.schedule
    if ns.star:
        unknown = [i for i in ns.star if schedule.get(i) is None]
        if unknown:
            raise UsageError(f"no session with id {unknown[0]!r} in {schedule.source}")
        ids = list(ns.star)
        maybes, notes = set(), {}
    else:
        ids, maybes = feed.export_picks(ns.include_maybe)
        notes = None  # write_export takes the notes as stored
    if ns.output == "-":
        target = None
    else:
        target = Path(ns.output) if ns.output else default_export_path(ctx.settings.export_dir)
    try:
        result = feed.write_export(target, ids, alarm_minutes=alarm, maybes=maybes, notes=notes,
                                   stdout=getattr(ctx.stdout, "buffer", None) or sys.stdout.buffer)
    except StorageError as exc:
        err(ctx, f"export failed: {exc}")
        return 2
    if result.problem:
        err(ctx, result.problem)
    _say_exported(ctx, result.exported, result.cancelled, target)
    return 0


def _say_exported(ctx: Context, exported: int, cancelled: int, target: Path | None, conferences: int = 1) -> None:
    """"exported 3 sessions and 1 cancellation [from 2 conferences] to PATH" on stderr."""
    where = "standard output" if target is None else str(target)
    extra = " and " + counted("%n cancellation(s)", cancelled) if cancelled else ""
    several = f" from {conferences} conferences" if conferences > 1 else ""
    print(f"exported {counted('%n session(s)', exported)}{extra}{several} to {where}", file=ctx.stderr)


def _export_several(ctx: Context, ns, alarm: int | None) -> int:
    """``agenda export FEED --also FEED…``: one agenda of every conference's picks (each event says which)."""
    from ..core.output.export import default_export_path
    from .reading import load_several

    if ns.star:
        raise UsageError("--star names one feed's sessions; with --also, star them in each feed (agenda star)")
    plan = load_several(ctx, ns)
    target = None if ns.output == "-" else Path(ns.output) if ns.output else default_export_path(ctx.settings.export_dir)
    try:
        exported, cancelled = plan.write_export(target, include_maybes=ns.include_maybe, alarm_minutes=alarm,
                                                stdout=getattr(ctx.stdout, "buffer", None) or sys.stdout.buffer)
    except StorageError as exc:
        err(ctx, f"export failed: {exc}")
        return 2
    _say_exported(ctx, exported, cancelled, target, len(plan))
    return 0


def cmd_refresh(ctx: Context, ns) -> int:
    """Re-read the feed, report changes to the picks since the user last looked, update the snapshot."""
    feed = load(ctx, ns.feed, ns.tz, first_look=False)
    schedule = feed.schedule
    try:
        report = feed.review_changes()
        if report.problem:
            err(ctx, str(report.problem))
        if not report.first_look:
            feed.acknowledge(report.ghosts)
    except StorageError as exc:
        err(ctx, str(exc))
        return 2
    if ns.json:
        return _json(ctx, report.as_json())
    from ..core.plan.review import describe_change

    zone = get_zone(schedule.timezone)
    for c in report.changes:
        ctx.stdout.write(describe_change(c, zone) + "\n")
    ctx.stdout.write(f"{len(report.changes)} change(s) to your picks, {report.new_sessions} new session(s)\n")
    return 0


def cmd_share(ctx: Context, ns) -> int:
    """Serve the subscription and Add once, rebuilt from the picks as saved (so an ``agenda star`` in another
    terminal shows in the phone's next poll) and from the feed as it is now (a feed file saved meanwhile is
    read again; a URL every REFRESH_INTERVAL), until interrupted or, with --once, downloaded once."""
    import threading
    import time
    from datetime import datetime

    from ..core.feeds.source import is_url
    from ..core.output.export import ADD_ONCE, REFRESH_INTERVAL, SUBSCRIPTION
    from ..core.output.links import ShareLinks
    from ..core.output.share import AgendaFeed, ShareError, ShareServer, default_address
    from ..core.plan.picks import file_stamp
    from .reading import load_several

    plan = load_several(ctx, ns)  # FEED, and each --also FEED: one agenda of all their picks
    alarm = parse_alarm(ns.alarm, ctx.settings.alarm_minutes)
    lock = threading.Lock()  # the server answers each request on its own thread
    said: list[str] = []  # the last feed problem reported (said once, not on every poll)

    def reread(check: bool) -> None:
        """Under ``lock``: each feed again (``check``: only if its file changed); a feed that cannot be read
        now keeps being served as it was read last, and is said once on stderr."""
        for feed in plan.feeds:
            if check and not feed.source_changed():
                continue
            try:
                if feed.reread():
                    err(ctx, f"the feed changed: now serving {feed.schedule.name} as read at "
                             f"{ENGLISH.time(datetime.now())}")
                said.clear()
            except AgendaError as exc:
                if str(exc) not in said:
                    said[:] = [str(exc)]
                    err(ctx, f"{exc} (still serving the feed as read before)")

    def version() -> object:
        with lock:  # an `agenda star` in another terminal shows in the phone's next poll
            reread(check=True)
            for feed in plan.feeds:
                feed.reload_if_changed(read_only=True)
            return tuple((f.store.stamp, file_stamp(f.paths.export_state(f.key)), id(f.feed_schedule))
                         for f in plan.feeds)

    def maker(destination: str | None):
        def make(now):
            with lock:
                return plan.render(include_maybes=ns.include_maybe, alarm_minutes=alarm, destination=destination,
                                   now=now)
        return make

    links = ShareLinks(ctx.paths.share_links)
    token = links.renew() if ns.new_link else links.token()
    address = ns.bind or default_address()
    kept = links.port(address)

    def serve(port: int) -> ShareServer:
        return ShareServer(AgendaFeed(maker(SUBSCRIPTION), version=version), address, port, once=ns.once,
                           token=token, once_feed=AgendaFeed(maker(ADD_ONCE), version=version)).start()

    try:
        try:
            server = serve(ns.port or kept)
        except ShareError:
            if ns.port or not kept:
                raise
            server = serve(0)  # the port used last time is taken now
            err(ctx, f"port {kept} is in use now: the link has a new port, so a phone subscribed before must "
                     "subscribe again")
    except ShareError as exc:
        err(ctx, str(exc))
        return 2
    try:  # from here on Ctrl+C stops sharing (exit 0), also the moment the link is printed
        links.remember(address, server.port)
        if links.problem:
            err(ctx, links.problem)
        if not any(f.export_picks(ns.include_maybe)[0] for f in plan.feeds):
            err(ctx, "nothing is starred yet: the calendar stays empty until you star sessions (agenda star)")
        if ns.json:
            ctx.stdout.write(json.dumps({"url": server.once_url, "webcal": server.webcal}) + "\n")
        else:
            ctx.stdout.write(f"Add once (import):  {server.once_url}\nSubscribe (updates): {server.webcal}\n")
        if ns.qr:
            import segno

            segno.make(server.once_url, error="m").terminal(out=ctx.stderr if ns.json else ctx.stdout, compact=True)
        ctx.stdout.flush()
        if not ns.json:
            err(ctx, "the phone must be on the same network; "
                     + ("stopping after the first download" if ns.once else "press Ctrl+C to stop sharing"))
        refetch = REFRESH_INTERVAL.total_seconds() if any(is_url(f.source) for f in plan.feeds) else 0  # files: per request
        next_fetch = time.monotonic() + refetch
        while not server.wait(0.5):
            if refetch and time.monotonic() >= next_fetch:
                with lock:
                    reread(check=False)
                next_fetch = time.monotonic() + refetch
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


def cmd_print(ctx: Context, ns) -> int:
    from ..core.output.export import default_export_path
    from ..core.output.sheet import conference_days, day_sheets
    from .reading import load_several

    plan = load_several(ctx, ns)  # FEED, and each --also FEED: one printed agenda of all their picks
    schedule, states, feed_of = plan.joined()
    zone = get_zone(schedule.timezone)
    day = None
    if ns.day is not None:
        days = conference_days(schedule, zone)
        if not 1 <= ns.day <= len(days):
            raise UsageError(f"--day takes 1 to {len(days)} for {schedule.name}, not {ns.day}")
        day = days[ns.day - 1]
    minutes = ns.room_change if ns.room_change is not None else ctx.settings.room_change_minutes
    sheets = day_sheets(schedule, states, zone, include_maybe=ns.include_maybe, room_change_minutes=minutes, day=day,
                        feed_of=feed_of or None, conferences=plan.names if feed_of else None)
    if not sheets:
        which = f"on day {ns.day}" if day else "in this feed"
        raise UsageError(f"nothing to print: no {'picks' if ns.include_maybe else 'starred sessions'} {which} "
                         "(star some with: agenda star)")
    from ..ui.dialogs.print_sheet import write_pdf

    target = Path(ns.output) if ns.output else default_export_path(ctx.settings.export_dir).with_suffix(".pdf")
    try:
        refuse_overwriting_feeds(target, [f.source for f in plan.feeds])
        pages = write_pdf(target, sheets, title=schedule.name, zone=zone, paper=ns.paper)
    except StorageError as exc:
        err(ctx, f"print failed: {exc}")
        return 2
    n = sum(len(s.picks) for s in sheets)
    print(f"printed {counted('%n session(s)', n)} on {counted('%n page(s)', pages)} to {target}",
          file=ctx.stderr)
    return 0


COMMANDS = {
    "star": lambda ctx, ns: cmd_star(ctx, ns, MAYBE if ns.maybe else STAR),
    "unstar": lambda ctx, ns: cmd_star(ctx, ns, None),
    "export": cmd_export,
    "refresh": cmd_refresh,
    "share": cmd_share,
    "print": cmd_print,
}
