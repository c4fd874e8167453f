"""The user's own items: a meeting, lunch with a colleague, a booth shift, kept per feed with the picks.

Each is stored as ``{"uid", "title", "start", "end", "where"}`` (ISO times with their offset) and becomes a
starred Session in its own "Mine" column, so that the grid, clash checks, My agenda, export and print treat
it like any pick. Its id starts with ``mine-``; the change review leaves such ids out.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, tzinfo

from ..errors import InputError
from ..model import Schedule, Session
from ..words import tr

MINE_ROOM = "Mine"
PREFIX = "mine-"


def is_own(uid: str) -> bool:
    return uid.startswith(PREFIX)


def parse_time(text: str, zone: tzinfo, what: str) -> datetime:
    """An ISO date-time; without an offset it is read in ``zone`` (the schedule's display zone)."""
    try:
        dt = datetime.fromisoformat(text.strip())
    except (AttributeError, ValueError):
        raise InputError(tr("{what} {text} is not a date and time such as 2026-04-07T12:30", what=what, text=repr(text))) from None
    return dt.replace(tzinfo=zone) if dt.tzinfo is None else dt


def new_item(title: str, start: datetime, end: datetime, where: str = "") -> dict:
    """A new item, checked: a title, aware times, an end after the start. Raises InputError (one line)."""
    title = (title or "").strip()
    if not title:
        raise InputError(tr("an item needs a title"))
    if start.tzinfo is None or end.tzinfo is None:
        raise InputError("an item's times need a time zone")
    if end <= start:
        raise InputError(tr("the item ends ({end}) before it starts ({start})", end=f"{end:%Y-%m-%d %H:%M}",
                            start=f"{start:%Y-%m-%d %H:%M}"))
    import secrets  # here: an item is made rarely, and every start-up imports this module

    return {"uid": PREFIX + secrets.token_hex(8), "title": title[:300], "start": start.isoformat(),
            "end": end.isoformat(), "where": (where or "").strip()[:300]}


def valid_item(item: object) -> bool:
    try:
        return (isinstance(item, dict) and is_own(str(item["uid"])) and bool(str(item["title"]).strip())
                and datetime.fromisoformat(item["start"]).tzinfo is not None
                and datetime.fromisoformat(item["end"]) > datetime.fromisoformat(item["start"]))
    except (KeyError, TypeError, ValueError):
        return False


def item_session(item: dict) -> Session:
    where = item.get("where") or None
    return Session(uid=item["uid"], title=item["title"], start=datetime.fromisoformat(item["start"]),
                   end=datetime.fromisoformat(item["end"]), room=MINE_ROOM, venue=where,
                   location=where or "", description="My own item")


def with_items(schedule: Schedule, items: list[dict]) -> Schedule:
    """The schedule with exactly ``items`` as the user's own sessions (any it had before are replaced); the
    same object when there is nothing to add or take away."""
    had = any(is_own(s.uid) for s in schedule.sessions)
    if not items and not had:
        return schedule
    feed = [s for s in schedule.sessions if not is_own(s.uid)] if had else list(schedule.sessions)
    sessions = sorted(feed + [item_session(i) for i in items], key=lambda s: (s.start, s.end, s.uid))
    return replace(schedule, sessions=tuple(sessions))


def where_text(s: Session) -> str:
    """Where a session is, in one short line (My agenda): its room, else its venue; for an own item the
    place the user gave it (its column is called "Mine", which is not a place), else nothing."""
    if is_own(s.uid):
        return s.venue or ""
    return s.room or s.venue or ""
