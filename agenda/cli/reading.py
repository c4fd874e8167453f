"""The commands that read the plan, one conference or several planned together (``FEED --also FEED…``, each
with its own picks): ``list`` (every session, with its conference) and ``clashes`` (among the stars of all
of them)."""
from __future__ import annotations

from ..core.dates import ENGLISH
from ..core.feeds.tz import zone as get_zone
from ..core.plan.layout import session_day
from ..core.plan.picks import MAYBE, STAR
from ..core.several import SeveralFeeds
from ..core.words import counted
from .commands import Context, _json, err, load, session_json


def load_several(ctx: Context, ns) -> SeveralFeeds:
    """FEED and each ``--also FEED``: several conferences planned together, each with its own picks."""
    return SeveralFeeds([load(ctx, ns.feed, ns.tz)] + [load(ctx, also, ns.tz) for also in ns.also])


def cmd_list(ctx: Context, ns) -> int:
    plan = load_several(ctx, ns)
    schedule = plan.feeds[0].schedule  # the FEED given: its name, zone, rooms and tracks head the output
    zone = get_zone(schedule.timezone)
    several = len(plan) > 1
    rows = plan.in_time_order() if several else list(plan.sessions())
    if ns.json:
        return _json(ctx, {
            "name": schedule.name,
            "timezone": schedule.timezone,
            "sessions": [session_json(s, zone, plan.state(i, s.uid), plan.feeds[i].schedule, plan.names[i])
                         for i, s in rows],
            "warnings": [w for f in plan.feeds for w in f.schedule.warnings],
            "rooms": list(schedule.rooms),  # schedule.xml/json: the feed's room order (empty for iCalendar)
            "tracks": [{"name": t, "colour": c} for t, c in schedule.track_colours.items()],
            "people": [{"name": p.name, "id": p.ident, "biography": p.biography} for p in schedule.people.values()],
            "colour": schedule.colour or None,  # schedule.xml/json: the conference's colors.primary
            "feeds": [{"name": n, "timezone": f.schedule.timezone, "sessions": len(f.schedule.sessions),
                       "colour": f.schedule.colour or None} for n, f in zip(plan.names, plan.feeds, strict=True)],
        })
    w = ctx.stdout.write
    for name, f in zip(plan.names, plan.feeds, strict=True):
        w(f"{name}: {counted('%n session(s)', len(f.schedule.sessions))}, times in {schedule.timezone}\n")
    day = None
    for i, s in rows:
        start = s.start.astimezone(zone)
        on = session_day(s, zone, plan.feeds[i].schedule.feed_days)
        if on != day:
            day = on
            w(f"\n{ENGLISH.day_long(day)}\n")
        state = plan.state(i, s.uid)
        mark = "★" if state == STAR else "☆" if state == MAYBE else " "
        when = f"{ENGLISH.when(start, s.end.astimezone(zone), s.all_day):<11}"  # ("all day" as wide as "09:00–10:00")
        who = f" — {s.speaker_text}" if s.speaker_text else ""
        where = s.room or s.venue or "-"
        conference = f"  ({plan.names[i]})" if several else ""
        w(f" {mark} {when}  {where[:18]:<18}  {s.title}{who}{conference}  [{s.uid}]\n")
    say_warnings(ctx, [w for f in plan.feeds for w in f.schedule.warnings])
    return 0


ALIKE = 3  # more warnings than this of one kind (one template) are said as the first two and a count


def say_warnings(ctx: Context, warnings: list[str]) -> None:
    """Each warning on a line of its own, but not a page of them: a personal calendar with 80 events that repeat
    without end gets the first two of that kind and how many more there are (``--json`` lists every one)."""
    kinds: dict[str, list[str]] = {}
    for warning in warnings:
        kinds.setdefault(getattr(warning, "template", warning), []).append(warning)
    for alike in kinds.values():
        for warning in alike if len(alike) <= ALIKE else alike[:2]:
            err(ctx, f"warning: {warning}")
        if len(alike) > ALIKE:
            err(ctx, f"warning: and {len(alike) - 2} more like these (agenda list --json lists them all)")


def cmd_clashes(ctx: Context, ns) -> int:
    from ..core.plan.clashes import ClashKind

    plan = load_several(ctx, ns)
    minutes = ns.room_change if ns.room_change is not None else ctx.settings.room_change_minutes
    picked = sum(1 for i, s in plan.sessions() if plan.state(i, s.uid) == STAR)
    clashes = plan.clashes(minutes)
    zone = get_zone(plan.feeds[0].schedule.timezone)
    if ns.json:  # (with --also, each says which conference each of its sessions is in)
        return _json(ctx, [c.to_json(zone) if len(plan) > 1 else c.clash.to_json(zone) for c in clashes])
    if not clashes:
        ctx.stdout.write(f"No clashes among {picked} starred sessions.\n")
        return 0
    for c in clashes:
        titles = " / ".join(plan.title(name, u) + (f" ({name})" if len(plan) > 1 else "")
                            for u, name in zip(c.clash.sessions, c.feeds, strict=True))
        start = c.clash.start.astimezone(zone)
        if c.clash.kind == ClashKind.OVERLAP:
            ctx.stdout.write(f"{ENGLISH.day_time(start)}  overlap {c.clash.minutes} min: {titles}\n")
        else:
            ctx.stdout.write(f"{ENGLISH.day_time(start)}  tight transfer, {c.clash.minutes} min gap: {titles}\n")
    return 0


COMMANDS = {"list": cmd_list, "clashes": cmd_clashes}
