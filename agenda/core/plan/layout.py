"""Grid maths: conference days in a display zone, room columns, and lanes for overlaps in one room.

Positions are minutes of real elapsed time since the day's local midnight, so a session is exactly as
tall as it is long even on a DST-change day; hour marks are placed at the instants of local hours.
"""
from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from operator import itemgetter
from typing import NamedTuple

from ..dates import ENGLISH
from ..model import QUALIFIER, Schedule, Session, feed_index
from .clashes import Clash, ClashKind
from .mine import MINE_ROOM, is_own

NO_ROOM = "\x00venue-wide"  # column key for sessions without a room


# Immutable records. NamedTuples rather than frozen dataclasses: a day at 10,000 sessions makes thousands
# of blocks, and each frozen dataclass costs ~1.5 ms to define at start-up against ~0.2 ms for these.
class Column(NamedTuple):
    key: str
    label: str
    offsite: bool = False
    group: str = ""  # a plan of several conferences: the conference whose room this is
    feed: int = 0  # ... and its place in the plan


DAY_MINUTES = 24 * 60


class Block(NamedTuple):
    uid: str
    column: int
    lane: int
    lanes: int
    top: float  # minutes since local midnight (real time)
    bottom: float
    span: int = 1  # lanes covered: a block widens over free lanes to its right
    band: bool = False  # a long background event drawn as a thin band at the column's left (lane among bands)


class DayLayout(NamedTuple):
    day: date
    columns: tuple[Column, ...]
    blocks: tuple[Block, ...]
    all_day: tuple[str, ...]
    first_minute: float
    last_minute: float
    hour_marks: tuple[tuple[float, str], ...]  # (minute, "09:00")
    column_lanes: tuple[int, ...] = ()  # most parallel sessions in each column
    column_bands: tuple[int, ...] = ()  # most parallel background bands in each column
    opening: float | None = None  # where the view opens (opening_minute), worked out with the layout

    def lanes_in_column(self, column: int) -> int:
        return self.column_lanes[column] if column < len(self.column_lanes) else 1

    def bands_in_column(self, column: int) -> int:
        return self.column_bands[column] if column < len(self.column_bands) else 0

    def block(self, uid: str) -> Block | None:
        for b in self.blocks:
            if b.uid == uid:
                return b
        return None


def local_midnight(day: date, zone: tzinfo) -> datetime:
    """The instant a local day starts (UTC), robust to zones whose midnight is skipped by DST."""
    naive = datetime.combine(day, time())
    aware = naive.replace(tzinfo=zone)
    return aware.astimezone(timezone.utc)


def minutes_since(instant: datetime, origin_utc: datetime) -> float:
    return (instant.astimezone(timezone.utc) - origin_utc).total_seconds() / 60.0


def session_day(s: Session, zone: tzinfo, feed_days: dict | None = None) -> date:
    """The day a session is shown on: its local start date, or the feed's own day for a talk after
    midnight that the feed puts on the evening before (schedule.xml/json's ``<day>``; Schedule.feed_days)."""
    day = s.start_date(zone)
    if feed_days:
        feed_day = feed_days.get(s.uid)
        if feed_day is not None and (day - timedelta(days=1)).isoformat() == feed_day:
            return day - timedelta(days=1)
    return day


def default_day_index(day_list: list[date], today: date) -> int:
    """Today's tab during the conference, else the first day."""
    return day_list.index(today) if today in day_list else 0


def room_key(s: Session) -> str:
    """A session's column: its room (in a plan of several conferences, the room of its feed: two conferences'
    "Room 1" are two columns)."""
    room = s.room or NO_ROOM
    if QUALIFIER in s.uid:
        i = feed_index(s.uid)
        if i:
            return f"{i}{QUALIFIER}{room}"
    return room


def room_order(schedule: Schedule) -> list[Column]:
    """Conference-wide stable column order: the user's own items, venue rooms in the feed's own order
    (schedule.xml/json list them) or else by number of sessions (ties by name), then off-site rooms, then
    the venue-wide column. In a plan of several conferences, each conference's columns together, in plan
    order, each Column naming its conference (``group``)."""
    counts = Counter(room_key(s) for s in schedule.sessions)
    listed = {name: i for i, name in enumerate(schedule.rooms)}
    offsite = {room_key(s) for s in schedule.sessions if s.offsite}
    venue_names = Counter(s.venue for s in schedule.sessions if s.room is None and s.venue)

    def split(key: str) -> tuple[int, str]:  # (feed, room) of a column key
        feed = feed_index(key)
        return (feed, key.split(QUALIFIER, 1)[1]) if feed else (0, key)

    def sort_key(key: str) -> tuple:  # the user's own items (core/plan/mine.py) come first, in their "Mine" column
        feed, room = split(key)
        mine = any(is_own(s.uid) for s in schedule.sessions if s.room == key) if key == MINE_ROOM else False
        group = -1 if mine else 2 if room == NO_ROOM else 1 if key in offsite else 0
        return (feed, group, listed.get(key, len(listed)), -counts[key], room.casefold())

    names = schedule.feed_names
    columns = []
    for key in sorted(counts, key=sort_key):
        feed, room = split(key)
        group = names[feed] if feed < len(names) else ""
        if room == NO_ROOM:
            label = f"{venue_names.most_common(1)[0][0]} (venue-wide)" if venue_names and not names else "No room"
            columns.append(Column(key, label, False, group, feed))
        else:
            columns.append(Column(key, room, key in offsite, group, feed))
    return columns


BACKGROUND_MINUTES = 180  # longer than this, an event is background (registration, an expo, a hall open all day)
_BACKGROUND_WORDS = ("registration", "badge pick", "check-in", "expo", "exhibit", "sponsor hall", "hallway track")


def is_background(s: Session) -> bool:
    """Whether a session is background to the others: longer than three hours, or an hour or more of
    registration, an expo or exhibits. In a room that also holds sessions it is drawn as a band."""
    minutes = (s.end - s.start).total_seconds() / 60
    if minutes > BACKGROUND_MINUTES:
        return True
    title = s.title.casefold()
    return minutes >= 60 and any(w in title for w in _BACKGROUND_WORDS)


def split_bands(items: list[tuple[str, float, float]], background: set[str]) -> tuple[list, list]:
    """(sessions, bands) of one room: a background event becomes a band only when a session that is not
    background overlaps it (alone in its room, it is an ordinary block)."""
    others = [it for it in items if it[0] not in background]
    bands = [it for it in items if it[0] in background
             and any(o_top < it[2] and it[1] < o_bottom for _, o_top, o_bottom in others)]
    if not bands:
        return items, []
    banded = {it[0] for it in bands}
    return [it for it in items if it[0] not in banded], bands


def assign_lanes(items: list[tuple[str, float, float]]) -> dict[str, tuple[int, int, int]]:
    """Sub-columns for intervals in one room: uid -> (lane, lanes in its overlap cluster, span).

    Greedy interval colouring in start order; each cluster of transitively overlapping sessions gets
    as many lanes as it needs, so sessions that overlap nothing keep the full width. A block then
    spans the free lanes to its right, so a coffee break beside an all-day expo is not squeezed.
    Zero-length sessions count as one minute so they never sit on top of a neighbour.
    """
    out: dict[str, tuple[int, int, int]] = {}
    cluster: list[tuple[str, int, float, float]] = []
    lane_ends: list[float] = []
    cluster_end = float("-inf")

    def close() -> None:
        n = len(lane_ends)
        if n == 1:  # the usual case: nothing overlaps
            for uid, _, _, _ in cluster:
                out[uid] = (0, 1, 1)
            return
        in_lane: list[list[tuple[float, float]]] = [[] for _ in range(n)]
        for _, lane, top, bottom in cluster:
            in_lane[lane].append((top, bottom))
        for uid, lane, top, bottom in cluster:
            span = 1
            while lane + span < n and not any(o_top < bottom and top < o_bottom for o_top, o_bottom in in_lane[lane + span]):
                span += 1
            out[uid] = (lane, n, span)

    for top, _, uid, bottom in sorted((top, top - bottom, uid, bottom) for uid, top, bottom in items):
        if bottom < top + 1:
            bottom = top + 1
        if top >= cluster_end and cluster:
            close()
            cluster, lane_ends = [], []
        for lane, end in enumerate(lane_ends):
            if end <= top:
                lane_ends[lane] = bottom
                break
        else:
            lane = len(lane_ends)
            lane_ends.append(bottom)
        cluster.append((uid, lane, top, bottom))
        if bottom > cluster_end:
            cluster_end = bottom
    if cluster:
        close()
    return out


class DayIndex(NamedTuple):
    """Computed once per schedule and zone: the days, each day's sessions, the column order."""

    days: list[date]
    by_day: dict[date, list[Session]]
    columns: list[Column]


def index_days(schedule: Schedule, zone: tzinfo) -> DayIndex:
    by_day: dict[date, list[Session]] = {}
    day_of: dict[datetime, date] = {}  # sessions share start times: convert each instant once
    carried = schedule.feed_days
    for s in schedule.sessions:
        day = day_of.get(s.start) if not s.all_day else s.start_date(zone)
        if day is None:
            day = day_of[s.start] = s.start.astimezone(zone).date()
        if carried and s.uid in carried:
            day = session_day(s, zone, carried)
        by_day.setdefault(day, []).append(s)
    return DayIndex(sorted(by_day), by_day, room_order(schedule))


_block_order = itemgetter(1, 4, 2)  # column, top, lane


def layout_day(
    schedule: Schedule,
    day: date,
    zone: tzinfo,
    sessions: list[Session] | None = None,
    columns: list[Column] | None = None,
) -> DayLayout:
    """Blocks for one day. ``sessions`` (exactly that day's) and ``columns`` may come from an
    index_days() result so a day switch does not rescan the whole schedule."""
    origin = local_midnight(day, zone)
    if sessions is None:
        todays = [s for s in schedule.sessions if session_day(s, zone, schedule.feed_days) == day]
    else:
        todays = sessions  # already that day's (index_days)
    all_day = tuple(s.uid for s in todays if s.all_day)
    per_room: dict[str, list[tuple[str, float, float]]] = {}
    spans: dict[str, tuple[float, float]] = {}
    background = {s.uid for s in todays if s.all_day or is_background(s)}
    for s in todays:  # session times are UTC already: plain subtraction is exact and fast
        if s.all_day:
            continue
        top = (s.start - origin).total_seconds() / 60.0
        bottom = (s.end - origin).total_seconds() / 60.0
        if bottom - top > DAY_MINUTES:  # days long (a hackathon, an exhibition): drawn to the end of its first day,
            bottom = max(DAY_MINUTES, top + 60)  # whose text says when it ends (a block years tall hung the window)
        spans[s.uid] = (top, bottom)
        per_room.setdefault(room_key(s), []).append((s.uid, top, bottom))
    first, last = _hours_around(spans)
    talks = [t for uid, (t, _) in spans.items() if uid not in background]
    opening = min(talks or [t for t, _ in spans.values()]) if spans else None
    for s in todays:  # a session of whole days spans the day's hours: a band beside the talks of its room
        if s.all_day:
            spans[s.uid] = (first, last)
            per_room.setdefault(room_key(s), []).append((s.uid, first, last))
    if opening is None and all_day:
        opening = first
    order = [c for c in (columns if columns is not None else room_order(schedule)) if c.key in per_room]
    index = {c.key: i for i, c in enumerate(order)}
    blocks: list[Block] = []
    append, make = blocks.append, Block._make
    column_lanes = [1] * len(order)
    column_bands = [0] * len(order)
    for key, items in per_room.items():
        column = index[key]
        if background:
            items, bands = split_bands(items, background)
            for uid, (lane, lanes, _) in assign_lanes(bands).items():
                top, bottom = spans[uid]
                append(make((uid, column, lane, lanes, top, bottom, 1, True)))
                column_bands[column] = max(column_bands[column], lanes)
        for uid, (lane, lanes, span) in assign_lanes(items).items():
            top, bottom = spans[uid]
            append(make((uid, column, lane, lanes, top, bottom, span, False)))
            if lanes > column_lanes[column]:
                column_lanes[column] = lanes
    blocks.sort(key=_block_order)
    marks = []
    for h in range(0, 49):
        wall = datetime.combine(day, time()) + timedelta(hours=h)
        instant = wall.replace(tzinfo=zone)
        m = minutes_since(instant, origin)
        if first <= m <= last:
            local = instant.astimezone(zone)
            marks.append((m, ENGLISH.time(local)))
    return DayLayout(day, tuple(order), tuple(blocks), all_day, first, last, tuple(marks), tuple(column_lanes),
                     tuple(column_bands), opening)


def _hours_around(spans: dict[str, tuple[float, float]]) -> tuple[float, float]:
    """The whole hours a day's timed sessions fill (09:00-17:00 for a day with none)."""
    if spans:
        first = min(t for t, _ in spans.values())
        last = max(b for _, b in spans.values())
    else:
        first, last = 9 * 60.0, 17 * 60.0
    first = max(0.0, (first // 60) * 60)
    last = -(-last // 60) * 60
    return first, (last if last > first else first + 60)


def opening_minute(layout: DayLayout, sessions: dict[str, Session]) -> float:
    """Where a day's view opens: its first session that is not background (a day whose registration and
    expo open at 07:30 and whose talks start at 09:00 opens at 09:00), or its first block of any kind.
    layout_day works it out (a day switch does not look at every session again); a layout without it is
    worked out here."""
    if layout.opening is not None:
        return layout.opening
    tops = [b.top for b in layout.blocks if not b.band and not (b.uid in sessions and is_background(sessions[b.uid]))]
    return min(tops or [b.top for b in layout.blocks])


def clash_minute_ranges(clashes: list[Clash], day: date, zone: tzinfo, feed_days: dict | None = None) -> list[tuple[float, float]]:
    """(start, end) minutes since the day's local midnight of each overlap clash shown on that day: one
    starting that day, or after midnight between sessions the feed puts on that day (``feed_days``)."""
    origin = local_midnight(day, zone)
    carried = day.isoformat()
    out = []
    for c in clashes:
        if c.kind != ClashKind.OVERLAP:
            continue
        on = c.start.astimezone(zone).date()
        if on == day or (feed_days and on == day + timedelta(days=1)
                         and any(feed_days.get(uid) == carried for uid in c.sessions)):
            out.append((minutes_since(c.start, origin), minutes_since(c.end, origin)))
    return out


def minute_in_day(instant: datetime, layout: DayLayout, zone: tzinfo) -> float | None:
    """Minutes since the local midnight of the layout's day, for an instant on that day within its shown
    hours (the now line); None otherwise."""
    if instant.astimezone(zone).date() not in (layout.day, layout.day + timedelta(days=1)):
        return None  # the day after: a day the feed carries on past midnight shows its small hours
    m = minutes_since(instant, local_midnight(layout.day, zone))
    return m if layout.first_minute <= m <= layout.last_minute else None
