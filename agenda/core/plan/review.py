"""The change review: what happened to the user's picks since they last looked at a feed.

A snapshot of the schedule as last seen (title, times, room, cancelled for each session) is kept beside the
picks, apart from the download cache. Comparing a newly read schedule with it gives the moved, re-roomed,
retitled and cancelled picks, the number of new sessions, and the "ghosts": picked sessions that have left
the feed, kept (struck through) until the user removes them. ``agenda refresh`` and the window's
"What changed" tab both use this module.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from ..dates import ENGLISH, Dates, local_text
from ..migrations import version_of
from ..model import Schedule, Session
from ..storage import StateProblem, atomic_write_json, load_json_state
from .mine import is_own

FORMAT = version_of("schedule snapshot")  # this file's format version (core/migrations.py)


def snapshot_of(schedule: Schedule, ghosts: list[Session] | tuple = ()) -> dict:
    """What the user has seen of each session; removed picks (``ghosts``) are kept in it as cancelled."""
    snap = {
        s.uid: {"title": s.title, "start": s.start.isoformat(), "end": s.end.isoformat(), "room": s.room,
                "cancelled": s.cancelled, **({"all_day": True} if s.all_day else {})}
        for s in schedule.sessions
        if not is_own(s.uid)  # the user's own items are not the organisers' to change
    }
    for ghost in ghosts:
        snap[ghost.uid] = {"title": ghost.title, "start": ghost.start.isoformat(), "end": ghost.end.isoformat(),
                           "room": ghost.room, "cancelled": True}
    return snap


class ChangeKind(StrEnum):
    """What happened to a pick (JSON: "moved", "room", "retitled", "cancelled")."""

    MOVED = "moved"
    ROOM = "room"
    RETITLED = "retitled"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Change:
    """One change to a picked session. ``before``/``after``: ISO start times (moved, cancelled: after is None),
    rooms (room) or titles (retitled); a move also has the ends."""

    uid: str
    kind: ChangeKind
    title: str
    before: str | None
    after: str | None
    before_end: str | None = None
    after_end: str | None = None

    def to_json(self) -> dict:
        """``agenda refresh --json``'s shape (unchanged): the ends only on a move."""
        out = {"uid": self.uid, "kind": str(self.kind), "title": self.title, "before": self.before, "after": self.after}
        if self.kind == ChangeKind.MOVED:
            out.update(before_end=self.before_end, after_end=self.after_end)
        return out


def _same_days(old: dict, new: dict) -> bool:
    """A session of whole days whose dates did not change. Agenda kept such dates as midnight in the feed's zone
    until 2026-12, as midnight UTC since (model.Session.start_date): a snapshot from before may differ from now
    by a zone's offset, never by the day a real move of whole days takes."""
    if not new.get("all_day"):
        return False
    a0, a1, b0, b1 = (datetime.fromisoformat(old["start"]), datetime.fromisoformat(old["end"]),
                      datetime.fromisoformat(new["start"]), datetime.fromisoformat(new["end"]))
    return abs(a0 - b0) <= timedelta(hours=14) and a1 - a0 == b1 - b0


def compare(before: dict, schedule: Schedule, picked: set[str]) -> tuple[list[Change], int]:
    """Changes to picked sessions since ``before`` (a snapshot), and the number of new sessions."""
    now = snapshot_of(schedule)
    changes = []
    for uid in sorted(picked):
        old = before.get(uid)
        if old is None:
            continue
        new = now.get(uid)
        if new is None or new["cancelled"]:  # gone from the feed, or STATUS:CANCELLED
            if not old.get("cancelled"):
                changes.append(Change(uid, ChangeKind.CANCELLED, old["title"], old["start"], None))
            continue
        if (new["start"], new["end"]) != (old["start"], old["end"]) and not _same_days(old, new):
            changes.append(Change(uid, ChangeKind.MOVED, new["title"], old["start"], new["start"], old["end"], new["end"]))
        if new["room"] != old["room"]:
            changes.append(Change(uid, ChangeKind.ROOM, new["title"], old["room"], new["room"]))
        if new["title"] != old["title"]:
            changes.append(Change(uid, ChangeKind.RETITLED, new["title"], old["title"], new["title"]))
    new_sessions = sum(1 for uid in now if uid not in before) if before else 0
    return changes, new_sessions


def ghosts_of(before: dict, schedule: Schedule, picked: set[str]) -> list[Session]:
    """Picked sessions that were in the snapshot and are no longer in the feed, as cancelled sessions."""
    out = []
    for uid in sorted(picked):
        old = before.get(uid)
        if old is None or schedule.get(uid) is not None:
            continue
        out.append(Session(uid=uid, title=old["title"], start=datetime.fromisoformat(old["start"]),
                           end=datetime.fromisoformat(old["end"]), room=old.get("room"), cancelled=True))
    return out


class Report(NamedTuple):
    changes: list[Change]
    new_sessions: int
    ghosts: list[Session]
    first_look: bool  # no snapshot existed: this reading became the first one
    problem: StateProblem | None = None  # the snapshot was unreadable (moved aside)

    def as_json(self) -> dict:
        return {"changes": [c.to_json() for c in self.changes], "new_sessions": self.new_sessions}


class ChangeReview:
    """The snapshot file of one feed. Use :meth:`review` after reading the feed, :meth:`save` once the user
    has seen the result. StorageError from saving reaches the caller."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def review(self, schedule: Schedule, picked: set[str]) -> Report:
        """Compare ``schedule`` with the snapshot; where there is none, this schedule is saved as the first
        look (nothing can have changed yet)."""
        data, problem = load_json_state(self.path, "schedule snapshot")
        before = data.get("sessions") if data else None
        if not isinstance(before, dict):
            self.save(schedule)
            return Report([], 0, [], True, problem)
        changes, new_sessions = compare(before, schedule, picked)
        return Report(changes, new_sessions, ghosts_of(before, schedule, picked), False, problem)

    def first_look(self, schedule: Schedule) -> bool:
        """Save ``schedule`` as what the user first saw of the feed, unless a snapshot exists (a later reading
        never replaces it: only :meth:`review` and :meth:`save` move it on). True if it was taken now."""
        if self.path.exists():
            return False
        self.save(schedule)
        return True

    def save(self, schedule: Schedule, ghosts: list[Session] | tuple = ()) -> None:
        atomic_write_json(self.path, {"version": FORMAT, "sessions": snapshot_of(schedule, ghosts)}, compact=True)


def moved_how(c: Change, zone: tzinfo, dates: Dates = ENGLISH) -> tuple[str, str]:
    """A moved session's kind of move ("ends later", "ends earlier", "starts at another time", "moved") and
    its times before → after in ``zone``, written by ``dates``."""
    start_same = c.before == c.after
    end_same = c.before_end == c.after_end
    if start_same and not end_same and c.before_end and c.after_end:
        later = datetime.fromisoformat(c.after_end) > datetime.fromisoformat(c.before_end)
        return ("ends later" if later else "ends earlier",
                f"{local_text(c.before_end, zone, dates.time)} → {local_text(c.after_end, zone, dates.time)}")
    if end_same or not c.before_end:
        return ("starts at another time",
                f"{local_text(c.before, zone, dates.day_time)} → {local_text(c.after, zone, dates.day_time)}")
    return ("moved", f"{local_text(c.before, zone, dates.day_time)}–{local_text(c.before_end, zone, dates.time)} → "
                     f"{local_text(c.after, zone, dates.day_time)}–{local_text(c.after_end, zone, dates.time)}")


def describe_change(c: Change, zone: tzinfo) -> str:
    """One change in words and in ``zone``'s local time: "moved: Title (Tue 07 Apr 09:00–09:25 → 10:00–10:25)",
    "ends later: Title (09:25 → 09:40)", "new room: Title (A → B)"."""
    title = c.title
    if c.kind == ChangeKind.MOVED:
        how, times = moved_how(c, zone)
        return f"{how}: {title} ({times})"
    if c.kind == ChangeKind.CANCELLED:
        return f"cancelled: {title} (was {local_text(c.before, zone)})"
    if c.kind == ChangeKind.ROOM:
        return f"new room: {title} ({c.before or 'no room'} → {c.after or 'no room'})"
    return f"retitled: {c.before} → {c.after}"
