"""What a printed agenda says, day by day (no Qt; ui/dialogs/print_sheet.py draws it on pages).

For each day with picks: the picks in time order, each with its time range, room (and venue when
off-site), title and speakers; maybes set apart; clashes between stars marked on every session involved;
a room change tighter than the user's buffer flagged on the later session; and the free time of 30 minutes
or more between starred sessions ("free 14:00–15:30").
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from typing import NamedTuple

from ..model import Schedule, Session
from ..plan.clashes import ClashKind, find_clashes, overlapping_pairs
from ..plan.layout import session_day
from ..plan.picks import MAYBE, STAR

FREE_MINUTES = 30


class Entry(NamedTuple):
    kind: str  # "pick" | "free"
    start: datetime  # in the display zone
    end: datetime
    session: Session | None = None
    maybe: bool = False
    clash_with: tuple[str, ...] = ()  # titles of the starred sessions this one overlaps
    transfer_minutes: int | None = None  # minutes to change rooms before this one, when under the buffer
    conference: str | None = None  # the conference's name, when the agenda joins several

    @property
    def where(self) -> str:
        return self.place()

    def place(self, venue_wide: str = "venue-wide", offsite: str = " (off-site)") -> str:
        """Where: the room (and venue when off-site), and the conference of several; the two words given
        in the reader's language (the window's printed agenda)."""
        s = self.session
        if s is None:
            return ""
        where = s.room or venue_wide
        if s.venue and (s.offsite or not s.room):
            where += f", {s.venue}"
        if s.offsite:
            where += offsite
        if self.conference:
            where += f" · {self.conference}"
        return where


class DaySheet(NamedTuple):
    day: date
    entries: tuple[Entry, ...]

    @property
    def picks(self) -> list[Entry]:
        return [e for e in self.entries if e.kind == "pick"]


def day_sheets(schedule: Schedule, states: dict[str, str], zone: tzinfo, *, include_maybe: bool = True,
               room_change_minutes: int = 0, day: date | None = None,
               feed_of: dict[str, int] | None = None, conferences: list[str] | None = None) -> list[DaySheet]:
    """One sheet per day that has picks (or only ``day``), in date order. ``feed_of`` (id -> feed): the
    schedule joins several conferences (several.SeveralFeeds.joined), whose venues are apart; with
    ``conferences`` (their names, in feed order) each pick names its own."""
    def conference(uid: str) -> str | None:
        return conferences[feed_of[uid]] if feed_of and conferences and uid in feed_of else None

    wanted = {STAR, MAYBE} if include_maybe else {STAR}
    picked = [s for s in schedule.sessions if states.get(s.uid) in wanted and not s.cancelled]
    starred = [s for s in picked if states.get(s.uid) == STAR]
    clash_with: dict[str, set[str]] = {}
    transfers: dict[str, int] = {}
    for a, b in overlapping_pairs(s for s in starred if not s.all_day):  # what each one really overlaps
        clash_with.setdefault(a.uid, set()).add(b.title)
        clash_with.setdefault(b.uid, set()).add(a.title)
    for c in find_clashes(starred, room_change_minutes, feed_of=feed_of):
        if c.kind == ClashKind.TRANSFER:
            transfers[c.sessions[-1]] = c.minutes
    days: dict[date, list[Session]] = {}
    for s in picked:
        d = session_day(s, zone, schedule.feed_days)
        if day is None or d == day:
            days.setdefault(d, []).append(s)
    sheets = []
    for d in sorted(days):
        entries: list[Entry] = []
        last_end: datetime | None = None
        for s in sorted(days[d], key=lambda s: (not s.all_day, s.start, s.end, s.title)):
            start, end = s.start.astimezone(zone), s.end.astimezone(zone)
            maybe = states.get(s.uid) == MAYBE
            if not maybe and not s.all_day:
                if last_end is not None and start - last_end >= timedelta(minutes=FREE_MINUTES):
                    entries.append(Entry("free", last_end, start))
                last_end = max(last_end, end) if last_end else end
            entries.append(Entry("pick", start, end, s, maybe, tuple(sorted(clash_with.get(s.uid, ()))),
                                 transfers.get(s.uid), conference(s.uid)))
        entries.sort(key=lambda e: (not (e.session is not None and e.session.all_day), e.start, e.kind == "pick"))
        sheets.append(DaySheet(d, tuple(entries)))
    return sheets


def conference_days(schedule: Schedule, zone: tzinfo) -> list[date]:
    """The schedule's days in ``zone``, as the window's day tabs number them (``--day N`` is the N-th)."""
    return sorted({session_day(s, zone, schedule.feed_days) for s in schedule.sessions})


def zone_label(zone: tzinfo, when: datetime) -> str:
    """"Europe/Paris (UTC+02:00)" for the zone as it is on that day."""
    name = getattr(zone, "key", None) or str(zone)
    offset = when.astimezone(zone).strftime("%z")
    return f"{name} (UTC{offset[:3]}:{offset[3:]})" if offset else name
