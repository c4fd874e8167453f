"""The Builder both schedule.xml/json readers (voc.py) feed: events into sessions, the conference's zone, its
days, rooms, tracks and persons, and the Schedule they make."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from ..errors import FeedError
from ..model import Person, Schedule, Session
from ..words import tr
from . import vocfields
from .tz import is_zone
from .vocfields import plain_text

_duration, _links, _opted_out = vocfields.duration, vocfields.links, vocfields.opted_out


class Builder:
    """Collects one format's events into sessions; both readers feed it the same fields. A large file's parts
    are read into a Builder each, in parse workers, and merged in order (:meth:`absorb`) into the Builder the
    whole file would have given; :meth:`schedule` then makes the Schedule."""

    def __init__(self, name: str, tz: str | None, local_zone: str | None, generator: str) -> None:
        self.name, self.tz, self.local_zone, self.generator = name, tz, local_zone, generator
        self.title = ""
        self.zone_name: str | None = None
        self.sessions: list[Session] = []
        self.seen: dict[str, int] = {}
        self.warnings: list[str] = []
        self.offsets: set[timedelta] = set()
        self.rooms: dict[str, None] = {}  # the feed's room order (first seen)
        self.colours: dict[str, str] = {}
        self.colour = ""  # the conference's primary colour
        self.people: dict[str, Person] = {}  # key (add_person) -> Person
        self.person_keys: dict[str, tuple[str, ...]] = {}  # uid -> its speakers' keys
        self.days: dict[str, str] = {}  # uid -> the feed's day (ISO date; "" when the feed gives the event no day)
        self.day_ends: dict[str, datetime] = {}  # the feed's day (ISO date) -> where it ends, where the feed says
        self.day_change: timedelta | None = None  # the conference's day_change: when one day becomes the next
        self.ids: dict[str, str] = {}  # the feed's event id -> uid, where the uid is the guid

    def set_colour(self, colour: Any) -> None:
        if isinstance(colour, str) and re.fullmatch(r"#[0-9a-fA-F]{6}", colour.strip()):
            self.colour = colour.strip().lower()

    def add_room(self, name: Any) -> None:
        if isinstance(name, str) and name.strip():
            self.rooms.setdefault(name.strip(), None)

    def add_track(self, name: Any, colour: Any) -> None:
        """A track's colour as the feed gives it (#rrggbb; anything else is ignored)."""
        if isinstance(name, str) and name.strip() and isinstance(colour, str) \
                and re.fullmatch(r"#[0-9a-fA-F]{6}", colour.strip()):
            self.colours.setdefault(name.strip(), colour.strip().lower())

    def add_person(self, name: Any, ident: Any, biography: Any) -> tuple[str, str]:
        """(name, key) of a speaker: the key is the feed's id for them ("id:" + id), else their name, so that two
        people of one name stay two; their biography kept (the first non-empty one given)."""
        name = " ".join(str(name or "").split())
        ident = str(ident or "").strip()
        key = f"id:{ident}" if ident else name
        if name:
            bio = plain_text(str(biography or "")) if biography else ""
            known = self.people.get(key)
            if known is None or (bio and not known.biography):
                self.people[key] = Person(name, ident, bio or (known.biography if known else ""))
        return name, key

    def set_day_change(self, text: Any) -> None:
        """``day_change`` (HH:MM[:SS]): the local time at which one conference day ends and the next begins."""
        try:
            self.day_change = _duration(str(text), self.name) if text else None
        except FeedError:
            self.warnings.append(tr("{name}: day_change {text} is not HH:MM; ignored", name=self.name, text=repr(text)))
        if self.day_change is not None and self.day_change >= timedelta(hours=24):
            self.day_change = None

    def add_day(self, date: Any, end: Any) -> None:
        """One of the feed's days and where it ends (``<day end>``, ``day_end``), where the feed says."""
        if date and end:
            try:
                when = datetime.fromisoformat(str(end).strip().replace("Z", "+00:00"))
            except ValueError:
                return
            if when.tzinfo is not None:
                self.day_ends[str(date).strip()[:10]] = when

    def set_zone(self, name: str | None) -> None:
        if name and is_zone(name):
            self.zone_name = name

    def add(self, **fields: Any) -> None:
        """One event; an event that cannot be read is left out with a warning naming it (a feed is refused
        only when no event can be read)."""
        try:
            self._add(**fields)
        except FeedError as exc:
            self.warnings.append(tr("{problem}; left out", problem=exc.args[0] if exc.args else str(exc)))
        except (OverflowError, ValueError) as exc:
            self.warnings.append(f"{self.name}: event {fields.get('guid') or fields.get('ident')!r}: "
                                 f"{exc}; left out")

    def _add(self, *, guid: Any, ident: Any, title: Any, date: Any, start: Any, day: Any, duration: Any, room: Any,
            track: Any, persons: list[tuple[str, str]], abstract: Any, description: Any, url: Any, subtitle: Any,
            recorded: bool | None = None, language: Any = "", links: list[tuple[Any, Any]] | None = None,
            feedback: Any = None) -> None:
        where = tr("{name}: event {event}", name=self.name, event=repr(guid or ident or title))
        uid = str(guid or ident or "").strip()
        if not uid:
            raise FeedError(tr("{where}: has neither guid nor id", where=where))
        if uid in self.seen:  # the same id twice: kept apart, as a calendar's repeated UID is
            self.seen[uid] += 1
            uid = f"{uid}#{self.seen[uid]}"
        else:
            self.seen[uid] = 1
        begin = self._start(date, start, day, where)
        end = begin + _duration(str(duration) if duration is not None else None, where)
        text = plain_text(str(abstract or ""))
        more = plain_text(str(description or ""))
        if more and more != text:
            text = f"{text}\n\n{more}" if text else more
        sub = str(subtitle or "").strip()
        if sub:
            text = f"{sub}\n\n{text}" if text else sub
        named = [(n, k) for n, k in persons if n]
        names = tuple(n for n, _ in named)
        if any(k != n for n, k in named):
            self.person_keys[uid] = tuple(k for _, k in named)
        room_name = str(room).strip() if room else None
        pairs = list(links or [])
        if feedback:
            pairs.append(("Feedback", feedback))
        self.days[uid] = str(day or "").strip()
        if ident is not None and str(ident).strip() and str(ident).strip() != uid:
            self.ids.setdefault(str(ident).strip(), uid)
        self.sessions.append(Session(
            uid=uid, title=str(title or "").strip() or "(untitled)", start=begin.astimezone(timezone.utc),
            end=end.astimezone(timezone.utc), speakers=names, speaker_text=", ".join(names),
            track=str(track).strip() or None if track else None, room=room_name, description=text,
            url=str(url).strip() or None if url else None, location=room_name or "", recorded=recorded,
            language=str(language or "").strip(), links=_links(pairs, str(url or ""))))

    def _start(self, date: Any, start: Any, day: Any, where: str) -> datetime:
        value = None
        if date:
            try:
                value = datetime.fromisoformat(str(date).strip().replace("Z", "+00:00"))
            except ValueError:
                raise FeedError(tr("{where}: date {date} is not an ISO 8601 time", where=where, date=repr(date))) from None
        elif day and start:  # no full date: the day's date and the start time
            try:
                value = datetime.fromisoformat(f"{str(day).strip()}T{str(start).strip()}")
            except ValueError:
                raise FeedError(tr("{where}: start {start} on {day} is not a time", where=where, start=repr(start),
                                   day=repr(day))) from None
        if value is None:
            raise FeedError(tr("{where}: has no date", where=where))
        if value.tzinfo is None:
            value = value.replace(tzinfo=ZoneInfo(self.zone_name or self.tz or self.local_zone or "UTC"))
        else:
            off = value.utcoffset()
            if off is not None:
                self.offsets.add(off)
        return value

    def absorb(self, later: Builder) -> bool:
        """Take in the Builder of the part of the file after this one's (the same head: conference, tracks and
        rooms), as if its events had been read here. False, with nothing changed, when a session id is in both
        (the whole file must be read in one go to number repeated ids as it does)."""
        if any(uid in self.seen for uid in later.seen):
            return False
        self.sessions += later.sessions
        self.seen.update(later.seen)
        self.warnings += [w for w in later.warnings if w not in self.warnings or w.startswith(f"{self.name}: event")]
        self.offsets |= later.offsets
        for room in later.rooms:
            self.rooms.setdefault(room, None)
        for track, colour in later.colours.items():
            self.colours.setdefault(track, colour)
        for key, p in later.people.items():
            known = self.people.get(key)
            if known is None or (p.biography and not known.biography):
                self.people[key] = p if known is None else Person(known.name, known.ident or p.ident, p.biography)
        self.days.update(later.days)
        self.day_ends.update(later.day_ends)
        for ident, uid in later.ids.items():
            self.ids.setdefault(ident, uid)
        self.person_keys.update(later.person_keys)
        return True

    def schedule(self) -> Schedule:
        title, generator = self.title, self.generator
        if not self.sessions:
            why = f" ({self.warnings[0]})" if self.warnings else ""
            raise FeedError(tr("{name}: no usable events in this {generator}{why}", name=self.name, generator=generator, why=why))
        zone, reason = self.zone_name, "the conference's time zone"
        if zone is None:
            zone, reason = self.tz, "--tz"
        if zone is None and len(self.offsets) == 1:
            hours = next(iter(self.offsets)).total_seconds() / 3600
            if hours.is_integer() and -14 <= hours <= 12:
                zone = "UTC" if hours == 0 else f"Etc/GMT{-int(hours):+d}"
                reason = "the offset of the times in the feed"
        if zone is None:
            zone, reason = self.local_zone or "UTC", "this computer's time zone"
        sessions = sorted(self.sessions, key=lambda s: (s.start, s.room or "", s.uid))
        display = self.tz or zone
        return Schedule(name=title or self.name, timezone=display, sessions=tuple(sessions),
                        warnings=tuple(self.warnings), source=self.name,
                        timezone_reason="--tz" if self.tz else reason, generator=generator,
                        rooms=tuple(self.rooms), track_colours=dict(self.colours), people=dict(self.people),
                        person_keys=dict(self.person_keys), colour=self.colour,
                        feed_ids=dict(self.ids), feed_days=self._carried_days(sessions, ZoneInfo(self.zone_name or display)))

    def _carried_days(self, sessions: list[Session], zone: ZoneInfo) -> dict[str, str]:
        """The sessions that belong to the conference day before their local start date (after midnight, in
        the conference's zone): uid -> that day.

        The feed's ``<day>`` decides, where it lists the event on the day before and the event starts before
        that day ends (its ``end``; else the ``day_change`` after it; else at any time of that next date). An
        event the feed lists on no dated day is put on the day before when it starts before ``day_change``.
        Any other disagreement is the feed's mistake, and the time wins. (FOSDEM's day_change is 09:00 and its
        days end at 08:59: an 08:30 talk listed on its own date stays there.)"""
        out = {}
        change = self.day_change
        for s in sessions:
            local = s.start.astimezone(zone)
            day = self.days.get(s.uid, "")
            try:
                feed_day = datetime.fromisoformat(day[:10]).date() if day else None
            except ValueError:
                continue
            if feed_day is None:
                since_midnight = local - local.replace(hour=0, minute=0, second=0, microsecond=0)
                if change and since_midnight < change:
                    out[s.uid] = (local.date() - timedelta(days=1)).isoformat()
                continue
            if local.date() - feed_day != timedelta(days=1):
                continue
            end = self.day_ends.get(feed_day.isoformat())
            if end is None and change is not None:
                end = datetime.combine(local.date(), datetime.min.time(), zone) + change
            if end is None or s.start < end:
                out[s.uid] = feed_day.isoformat()
        return out
