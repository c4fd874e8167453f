"""Clashes between picked sessions, found by a sweep over intervals sorted by start (not all pairs)."""
from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum
from typing import NamedTuple

from ..model import Schedule, Session
from ..words import tr
from .picks import MAYBE, STAR

OFFSITE_TRANSFER_MINUTES = 30  # going to or from an off-site address never takes less than this


class ClashKind(StrEnum):
    """Two picks at once, or too little time to change rooms between them (JSON: "overlap", "transfer")."""

    OVERLAP = "overlap"
    TRANSFER = "transfer"


class Clash(NamedTuple):
    kind: ClashKind
    sessions: tuple[str, ...]  # session ids, in start order
    start: datetime
    end: datetime
    minutes: int  # overlap minutes, or the gap for a transfer

    def to_json(self, zone: tzinfo) -> dict:
        out: dict[str, object] = {
            "kind": self.kind,
            "sessions": list(self.sessions),
            "start": self.start.astimezone(zone).isoformat(),
            "end": self.end.astimezone(zone).isoformat(),
        }
        out["overlap_minutes" if self.kind == ClashKind.OVERLAP else "gap_minutes"] = self.minutes
        return out


def _minutes(delta: timedelta) -> int:
    return int(round(delta.total_seconds() / 60))


def overlapping_pairs(sessions: Iterable[Session]) -> list[tuple[Session, Session]]:
    """Every pair whose times overlap (touching ends do not), by a sweep with an active set."""
    ordered = sorted(sessions, key=lambda s: (s.start, s.end, s.uid))
    active: list[Session] = []
    pairs: list[tuple[Session, Session]] = []
    for s in ordered:
        active = [a for a in active if a.end > s.start]
        if s.end > s.start:  # a zero-length session overlaps nothing
            pairs.extend((a, s) for a in active)
            active.append(s)
    return pairs


def _overlap_groups(sessions: list[Session]) -> list[Clash]:
    """Connected groups of overlapping sessions, each with the span and total time of double-booking."""
    pairs = overlapping_pairs(sessions)
    if not pairs:
        return []
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(a.uid)] = find(b.uid)
    by_id = {s.uid: s for s in sessions}
    groups: dict[str, list[Session]] = {}
    for uid in list(parent):
        groups.setdefault(find(uid), []).append(by_id[uid])
    out = []
    for members in groups.values():
        members.sort(key=lambda s: (s.start, s.end, s.uid))
        # Time covered by at least two members: sweep over start/end events.
        events = sorted([(s.start, 1) for s in members] + [(s.end, -1) for s in members], key=lambda e: (e[0], e[1]))
        depth, since, total = 0, None, timedelta()
        first: datetime | None = None
        last: datetime | None = None
        for when, step in events:
            if depth >= 2 and since is not None and when > since:
                total += when - since
                first = first or since
                last = when
            depth += step
            since = when
        assert first is not None and last is not None  # a group has at least one overlap
        out.append(Clash(ClashKind.OVERLAP, tuple(s.uid for s in members), first, last, _minutes(total)))
    return out


def _place(s: Session) -> str:
    return s.room or s.location or ""


def _transfers(sessions: list[Session], room_change_minutes: int, feed_of: dict[str, int] | None = None) -> list[Clash]:
    ordered = sorted(sessions, key=lambda s: (s.start, s.end, s.uid))
    starts = [s.start for s in ordered]
    out = []
    for a in ordered:
        i = bisect.bisect_left(starts, a.end)
        if i >= len(ordered):
            continue
        first_start = ordered[i].start
        while i < len(ordered) and ordered[i].start == first_start:
            b = ordered[i]
            i += 1
            if b is a:
                continue
            gap = b.start - a.end
            other_feed = feed_of is not None and feed_of.get(a.uid) != feed_of.get(b.uid)
            if other_feed or a.offsite != b.offsite or (a.offsite and b.offsite and _place(a) != _place(b)):
                needed = max(room_change_minutes, OFFSITE_TRANSFER_MINUTES)
            elif _place(a) and _place(b) and _place(a) != _place(b):
                needed = room_change_minutes
            else:
                continue
            if gap < timedelta(minutes=needed):
                out.append(Clash(ClashKind.TRANSFER, (a.uid, b.uid), a.end, b.start, _minutes(gap)))
    return out


def find_clashes(sessions: Iterable[Session], room_change_minutes: int = 0, *,
                 feed_of: dict[str, int] | None = None) -> list[Clash]:
    """Overlaps between the given (starred) sessions, then tight transfers, in time order. ``feed_of`` (id ->
    feed) when the sessions come from several conferences: going from one's venue to another's takes the
    off-site time at least."""
    chosen = [s for s in sessions if not s.all_day]
    result = _overlap_groups(chosen) + _transfers(chosen, max(0, int(room_change_minutes)), feed_of)
    result.sort(key=lambda c: (c.start, c.kind, c.sessions))
    return result


def keeping(schedule: Schedule, keep: str, clash: Clash, others: str) -> dict[str, str | None]:
    """The pick changes that resolve ``clash`` by keeping ``keep`` starred: each other session it overlaps
    (any, for a tight transfer) becomes a maybe (``others`` "maybe") or is unstarred ("unstar")."""
    kept = schedule.get(keep)
    changes: dict[str, str | None] = {keep: STAR}
    if kept is None:
        return changes
    for uid in clash.sessions:
        other = schedule.get(uid)
        if uid != keep and other is not None and (
                clash.kind == ClashKind.TRANSFER or (other.start < kept.end and kept.start < other.end)):
            changes[uid] = MAYBE if others == "maybe" else None
    return changes



def live_first(sessions: list[Session]) -> tuple[list[Session], str]:
    """A clash's sessions with the ones that will not be recorded first (schedule.xml/json's recording
    opt-out: see those live, watch the others later), and a line saying so; the order unchanged and no
    line when the feed does not say, or says the same of all of them."""
    live = [s for s in sessions if s.recorded is False]
    later = [s for s in sessions if s.recorded is True]
    if not live or not later:
        return list(sessions), ""
    ordered = live + [s for s in sessions if s.recorded is not False]

    def names(group: list[Session]) -> str:
        return functools.reduce(lambda a, b: tr("{a} and {b}", a=a, b=b), (f"“{s.title}”" for s in group))

    if len(later) == 1:
        return ordered, tr("{live} will not be recorded: see it live. {later} will be recorded: you can watch it "
                           "later.", live=names(live), later=names(later))
    return ordered, tr("{live} will not be recorded: see it live. {later} will all be recorded: you can watch them "
                       "later.", live=names(live), later=names(later))
