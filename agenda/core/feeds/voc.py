"""The schedule formats pentabarf, frab, pretalx and osem publish beside iCalendar (the C3VOC definitions):
``schedule.xml`` and its JSON twin ``schedule.json``, read into the same Schedule as a calendar feed.

Recognised by content, never by name (:func:`sniff`). XML is parsed with defusedxml: no entity expansion,
no external entities, nothing fetched. Times come from each event's ``date`` (ISO 8601 with its offset);
a ``date`` without an offset is read in the conference's ``time_zone_name``. The display zone is the
conference's ``time_zone_name`` (else ``--tz``, else the zone the offsets name, else the computer's).
HTML in abstracts and descriptions becomes plain text (tags dropped, never rendered). Each session's id is
its ``guid``, else its ``id``: stable across refreshes, as a calendar's UID is.
"""
from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from ..errors import FeedError
from ..model import Person, Schedule, Session
from . import vocfields
from .tz import is_zone
from .vocfields import plain_text

_duration, _links, _opted_out = vocfields.duration, vocfields.links, vocfields.opted_out

XML, JSON = "schedule.xml", "schedule.json"


def sniff(data: bytes) -> str | None:
    """XML or JSON when ``data`` is one of these formats (by its first bytes: a ``<schedule>`` root, a JSON
    object), None otherwise (iCalendar, a web page, anything else: the iCalendar reader says what it is)."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        return JSON
    if head.startswith(b"<") and re.search(rb"<schedule[\s>]", head):
        return XML
    return None


class _Builder:
    """Collects one format's events into sessions; both readers feed it the same fields."""

    def __init__(self, name: str, tz: str | None, local_zone: str | None) -> None:
        self.name, self.tz, self.local_zone = name, tz, local_zone
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
            self.warnings.append(f"{self.name}: day_change {text!r} is not HH:MM; ignored")
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
            self.warnings.append(f"{exc}; left out")
        except (OverflowError, ValueError) as exc:
            self.warnings.append(f"{self.name}: event {fields.get('guid') or fields.get('ident')!r}: "
                                 f"{exc}; left out")

    def _add(self, *, guid: Any, ident: Any, title: Any, date: Any, start: Any, day: Any, duration: Any, room: Any,
            track: Any, persons: list[tuple[str, str]], abstract: Any, description: Any, url: Any, subtitle: Any,
            recorded: bool | None = None, language: Any = "", links: list[tuple[Any, Any]] | None = None,
            feedback: Any = None) -> None:
        where = f"{self.name}: event {guid or ident or title!r}"
        uid = str(guid or ident or "").strip()
        if not uid:
            raise FeedError(f"{where}: has neither guid nor id")
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
                raise FeedError(f"{where}: date {date!r} is not an ISO 8601 time") from None
        elif day and start:  # no full date: the day's date and the start time
            try:
                value = datetime.fromisoformat(f"{str(day).strip()}T{str(start).strip()}")
            except ValueError:
                raise FeedError(f"{where}: start {start!r} on {day!r} is not a time") from None
        if value is None:
            raise FeedError(f"{where}: has no date")
        if value.tzinfo is None:
            value = value.replace(tzinfo=ZoneInfo(self.zone_name or self.tz or self.local_zone or "UTC"))
        else:
            off = value.utcoffset()
            if off is not None:
                self.offsets.add(off)
        return value

    def schedule(self, title: str, generator: str) -> Schedule:
        if not self.sessions:
            why = f" ({self.warnings[0]})" if self.warnings else ""
            raise FeedError(f"{self.name}: no usable events in this {generator}{why}")
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


def read_xml(data: bytes, name: str, *, tz: str | None = None, local_zone: str | None = None) -> Schedule:
    """A ``schedule.xml``. Raises FeedError with one line (and the line number for malformed XML)."""
    import defusedxml.ElementTree as ET
    from defusedxml import DefusedXmlException

    try:
        root = ET.fromstring(data, forbid_dtd=True)
    except ET.ParseError as exc:
        line = getattr(exc, "position", (None,))[0]
        raise FeedError(f"{name}{f' line {line}' if line else ''}: not well-formed XML "
                        f"({str(exc).split(':')[0]})") from None
    except DefusedXmlException as exc:
        what = {"DTDForbidden": "a DTD", "EntitiesForbidden": "entity declarations",
                "ExternalReferenceForbidden": "an external reference"}.get(type(exc).__name__, "a forbidden construct")
        raise FeedError(f"{name}: refused: the XML has {what}, which a schedule never needs (nothing was "
                        "expanded or fetched)") from None
    if root.tag != "schedule":
        raise FeedError(f"{name}: an XML file, but not a schedule.xml (its root is <{root.tag}>)")
    b = _Builder(name, tz, local_zone)
    conf = root.find("conference")
    title = (conf.findtext("title") or "").strip() if conf is not None else ""
    if conf is not None:
        b.set_zone((conf.findtext("time_zone_name") or "").strip())
        b.set_day_change((conf.findtext("day_change") or "").strip())
        colour = conf.find("color")
        b.set_colour(colour.get("primary") if colour is not None else None)
    for track in root.findall("tracks/track") + root.findall("conference/track") + root.findall("conference/tracks/track"):
        b.add_track(track.get("name") or track.text, track.get("color"))
    for room in root.findall("rooms/room") + root.findall("conference/rooms/room"):
        b.add_room(room.get("name") or room.text)
    for day in root.iter("day"):
        b.add_day(day.get("date"), day.get("end"))
        for room in day.findall("room"):
            b.add_room(room.get("name"))
            for ev in room.findall("event"):
                persons = [b.add_person(p.text, p.get("guid") or p.get("id"), p.get("biography") or p.findtext("biography"))
                           for p in ev.findall("persons/person")]
                optout = _opted_out(ev.findtext("recording/optout"))
                links = [(a.text, a.get("href")) for a in ev.findall("links/link") + ev.findall("attachments/attachment")]
                b.add(recorded=None if optout is None else not optout, language=ev.findtext("language"), links=links,
                      guid=ev.get("guid"), ident=ev.get("id"), title=ev.findtext("title"), date=ev.findtext("date"),
                      start=ev.findtext("start"), day=day.get("date"), duration=ev.findtext("duration"),
                      room=ev.findtext("room") or room.get("name"), track=ev.findtext("track"), persons=persons,
                      abstract=ev.findtext("abstract"), description=ev.findtext("description"),
                      url=ev.findtext("url"), subtitle=ev.findtext("subtitle"), feedback=ev.findtext("feedback_url"))
    return b.schedule(title, XML)


def read_json(data: bytes, name: str, *, tz: str | None = None, local_zone: str | None = None) -> Schedule:
    """A ``schedule.json``. Raises FeedError with one line (and the line for malformed JSON)."""
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise FeedError(f"{name}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise FeedError(f"{name} line {exc.lineno}: not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise FeedError(f"{name}: JSON nested too deeply") from None
    conf = doc.get("schedule", {}).get("conference") if isinstance(doc, dict) and isinstance(doc.get("schedule"), dict) else None
    if not isinstance(conf, dict):
        raise FeedError(f"{name}: JSON, but not a schedule.json (no schedule.conference)")
    b = _Builder(name, tz, local_zone)
    b.set_zone(conf.get("time_zone_name") if isinstance(conf.get("time_zone_name"), str) else None)
    b.set_day_change(conf.get("day_change") if isinstance(conf.get("day_change"), str) else None)
    colours = conf.get("colors")
    b.set_colour(colours.get("primary") if isinstance(colours, dict) else None)
    tracks, listed_rooms = conf.get("tracks"), conf.get("rooms")
    for x in tracks if isinstance(tracks, list) else []:
        if isinstance(x, dict):
            b.add_track(x.get("name"), x.get("color"))
    for x in listed_rooms if isinstance(listed_rooms, list) else []:
        if isinstance(x, dict):
            b.add_room(x.get("name"))
    days = conf.get("days")
    for day in days if isinstance(days, list) else []:
        rooms = day.get("rooms") if isinstance(day, dict) else None
        if not isinstance(rooms, dict):
            continue
        b.add_day(day.get("date"), day.get("day_end"))
        for room_name, events in rooms.items():
            b.add_room(room_name)
            for ev in events if isinstance(events, list) else []:
                if not isinstance(ev, dict):
                    continue
                people = ev.get("persons")
                persons = [b.add_person(p.get("public_name") or p.get("name"), p.get("guid") or p.get("code") or p.get("id"),
                                        p.get("biography")) if isinstance(p, dict) else b.add_person(p, None, None)
                           for p in (people if isinstance(people, list) else [])]
                optout = _opted_out(ev.get("do_not_record"))
                pairs = []
                for key in ("links", "attachments"):
                    found = ev.get(key)
                    pairs += [(x.get("title"), x.get("url")) for x in (found if isinstance(found, list) else [])
                              if isinstance(x, dict)]
                b.add(recorded=None if optout is None else not optout, language=ev.get("language"), links=pairs,
                      guid=ev.get("guid"), ident=ev.get("id"), title=ev.get("title"), date=ev.get("date"),
                      start=ev.get("start"), day=day.get("date"), duration=ev.get("duration"),
                      room=ev.get("room") or room_name, track=ev.get("track"), persons=persons,
                      abstract=ev.get("abstract"), description=ev.get("description"), url=ev.get("url"),
                      subtitle=ev.get("subtitle"), feedback=ev.get("feedback_url"))
    return b.schedule(str(conf.get("title") or ""), JSON)


def read(data: bytes, name: str, kind: str, *, tz: str | None = None, local_zone: str | None = None) -> Schedule:
    return (read_xml if kind == XML else read_json)(data, name, tz=tz, local_zone=local_zone)


__all__ = ["JSON", "XML", "plain_text", "read", "read_json", "read_xml", "sniff"]
