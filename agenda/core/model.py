"""Plain data: a schedule and its sessions.

Everything here is a frozen dataclass holding tz-aware datetimes (kept in UTC); conversion to a
display zone happens at the edges (CLI output, layout, UI).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone, tzinfo

from .errors import InvalidSession

# Between a feed's place in a plan of several conferences and a session's own id, in the ids of the plan's
# combined schedule (core/several.py): "2\x1fTALK-ID" is TALK-ID of the plan's third feed. The first feed's
# sessions keep their own ids; no feed's own ids contain it.
QUALIFIER = "\x1f"


def feed_index(uid: str) -> int:
    """The place in the plan of the feed a combined schedule's session id belongs to (0: the first feed)."""
    if QUALIFIER not in uid:
        return 0
    head = uid.split(QUALIFIER, 1)[0]
    return int(head) if head.isdigit() else 0


def conference_name(names: Sequence[str], uid: str) -> str | None:
    """In a plan of several conferences (``names``, in the plan's order: Schedule.feed_names), the name of the
    one ``uid`` is in; None for one conference alone."""
    return names[feed_index(uid)] if len(names) > 1 else None


@dataclass(frozen=True, slots=True)
class Session:
    """One session of a feed: its times in UTC, its place and what the feed says of it."""

    uid: str
    title: str
    start: datetime
    end: datetime
    speakers: tuple[str, ...] = ()
    speaker_text: str = ""
    track: str | None = None
    room: str | None = None
    venue: str | None = None
    description: str = ""
    url: str | None = None
    location: str = ""
    offsite: bool = False
    all_day: bool = False
    cancelled: bool = False
    recorded: bool | None = None  # schedule.xml/json: False when the speakers opted out of recording
    language: str = ""  # schedule.xml/json: the talk's language code ("en")
    links: tuple[tuple[str, str], ...] = ()  # schedule.xml/json: (title, http(s) URL) of links and attachments

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise InvalidSession(f"session {self.uid!r}: times must be tz-aware")
        if self.end < self.start:
            raise InvalidSession(f"session {self.uid!r}: end before start")

    @property
    def duration(self) -> timedelta:
        return self.end - self.start

    def local_start(self, zone: tzinfo) -> datetime:
        return self.start.astimezone(zone)

    def local_end(self, zone: tzinfo) -> datetime:
        return self.end.astimezone(zone)

    def start_date(self, zone: tzinfo) -> date:
        """The date it starts on in ``zone``. A session of whole days keeps the dates its feed gave (a DATE
        floats: New Year's Day is 1 January in every zone); the reader keeps them as midnight UTC."""
        return (self.start.astimezone(timezone.utc) if self.all_day else self.start.astimezone(zone)).date()

    def end_date(self, zone: tzinfo) -> date:
        """The date it ends on in ``zone`` (for a session of whole days: the day after its last, as DTEND)."""
        return (self.end.astimezone(timezone.utc) if self.all_day else self.end.astimezone(zone)).date()

    def place(self) -> str:
        """Room and venue as one line, for exports and detail text."""
        parts = [p for p in (self.room, self.venue) if p]
        return ", ".join(parts) if parts else self.location


@dataclass(frozen=True, slots=True)
class Person:
    """A speaker as schedule.xml/json name them: the feed's id (guid, pretalx code or number) and biography."""

    name: str
    ident: str = ""
    biography: str = ""


@dataclass(frozen=True, slots=True)
class Schedule:
    """An opened feed's sessions and what it says about them as a whole (name, zone, rooms, colours, people)."""

    name: str
    timezone: str  # IANA name of the display zone
    sessions: tuple[Session, ...]
    warnings: tuple[str, ...] = ()
    source: str = ""
    timezone_reason: str = ""  # how the display zone was chosen, for the UI label
    generator: str = ""  # PRODID
    # Old ids of sessions that share a UID (UID, UID#2, ... by position) -> their stable ids (assemble.py)
    renamed: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    # What schedule.xml/json say beyond a calendar (empty for iCalendar):
    rooms: tuple[str, ...] = ()  # the feed's own room order
    track_colours: dict = field(default_factory=dict, compare=False, hash=False, repr=False)  # track -> "#rrggbb"
    # A plan of several conferences shown as one (core/several.py): each feed's name and colour, in plan order
    # (empty for one feed); a session's feed is feed_index(its id).
    feed_names: tuple[str, ...] = ()
    feed_colours: tuple[str, ...] = ()
    colour: str = ""  # the conference's own colour (schedule.xml/json ``colors.primary``, "#rrggbb"), if it gives one
    # key -> Person: the feed's person id ("id:" + id), else the name where the feed gives no id
    people: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    # uid -> its speakers' keys into people, in the order of Session.speakers (two people of one name stay two)
    person_keys: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    # uid -> the feed's conference day (ISO date) for a session whose start falls on another local date
    # (a talk at 01:00 after a CCC evening belongs to the evening's day)
    feed_days: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    # the feed's event id -> uid, where a session's uid is its guid (Giggity and EventFahrplan share ids)
    feed_ids: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    by_uid: dict[str, Session] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_uid", {s.uid: s for s in self.sessions})

    def get(self, uid: str) -> Session | None:
        return self.by_uid.get(uid)

    def persons(self, s: Session) -> list[tuple[str, Person | None]]:
        """(key, Person or None) of each of ``s``'s speakers: the key tells two people of one name apart."""
        keys = self.person_keys.get(s.uid) or s.speakers
        return [(k, self.people.get(k)) for k in keys]


def track_label(track: str) -> str:
    """A track's name as shown everywhere (legend, Tracks menu, details): one spelling for one track. A
    name in capitals ("KEYNOTE SESSIONS") reads in title case ("Keynote Sessions"), its short words kept
    (acronyms: "AI & ML TRACK" → "AI & ML Track",
    "BREAKS/EXHIBITS" → "Breaks/Exhibits"); any other name as the feed gives it."""
    import re

    if not track.isupper():
        return track
    return re.sub(r"[^\W\d_]{4,}", lambda m: m.group().capitalize(), track)
