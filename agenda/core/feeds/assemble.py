"""Assembly: records (extract.py) to a :class:`Schedule`. The decisions that need the whole feed live here:
the display zone, the zone floating times belong to, the venue shared by most locations (room versus
venue versus off-site), titles and speakers, unique session ids, the schedule's name and order.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from pathlib import Path

from ..errors import InvalidSession
from ..model import Schedule, Session
from ..words import tr
from . import speakers as spk
from .extract import Extract, Record
from .reading import one_line
from .tz import computer_zone, infer_zone, zone

UNTITLED = "(untitled)"


# ------------------------------------------------------------------------------------ room and venue
def _split_location(location: str) -> list[str]:
    return [p.strip() for p in location.split(",") if p.strip()]


def _venue_suffix(locations: list[str]) -> str | None:
    """The 'City, Country' tail most located events share (sched.com style), if most share one."""
    tails: Counter[str] = Counter()
    located = 0
    for loc in locations:
        parts = _split_location(loc)
        if not parts:
            continue
        located += 1
        if len(parts) >= 2:
            tails[", ".join(parts[-2:])] += 1
    if not tails:
        return None
    tail, count = tails.most_common(1)[0]
    return tail if count * 2 >= located and count >= 2 else None


def room_and_venue(location: str, venue: str | None) -> tuple[str | None, str | None, bool]:
    """(room, venue, offsite) for a LOCATION, given the feed's common venue tail."""
    location = location.strip()
    if not location:
        return None, None, False
    if venue is None:
        return location, None, False
    norm = ", ".join(_split_location(location))
    if norm == venue:
        return None, venue, False
    suffix = ", " + venue
    if norm.endswith(suffix):
        prefix = norm[: -len(suffix)]
        if "," not in prefix:
            return prefix, venue, False
    return norm, None, True


# -------------------------------------------------------------------------------------------- naming
def _calendar_name(names: list[tuple[str, str]], source: str) -> str:
    for calname, prodid in names:
        m = re.match(r"-//Sched\.com (.+?)//", prodid)
        if m and (not calname or " " not in calname):
            return m.group(1).strip()
        if calname and calname.lower() not in {"ical", "calendar", "kalender", "schedule"}:
            return calname
    stem = Path(source).stem if source not in ("<stdin>", "") else "Schedule"
    return stem or "Schedule"


_SPEAKER_LINE = re.compile(r"^\s*speakers?\s*:\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE)


def assemble(ex: Extract, name: str, source: str, tz: str | None, local_zone: str | None) -> Schedule:
    """Decisions that need the whole feed: display zone, venue, unique ids, name, order."""
    warnings = ex.warnings
    conv = spk.convention(ex.prodid)
    locations = [r.location for r in ex.raws]
    display, reason = infer_zone(
        explicit=tz,
        x_wr_timezone=ex.xwr,
        tzids=ex.tzids,
        locations=locations,
        fallback=local_zone or computer_zone(),
    )
    display_zone = zone(display)
    floating_zone = zone(ex.xwr) if ex.xwr else display_zone
    for tzid, count in sorted(ex.unknown_tzids.items()):
        warnings.append(tr("{name}: unknown time zone {zone} (%n event(s)); times read in {display}", None, count,
                           name=name, zone=repr(tzid), display=display))

    venue = _venue_suffix(locations)
    del locations
    sessions: list[Session] = []
    raws: list = ex.raws  # of Record, each set to None once used
    ex.raws = []
    for i, raw in enumerate(raws):
        raws[i] = None  # each record is freed once its session exists: the two never add up
        try:
            session, problem = _build(raw, conv, venue, floating_zone)
        except (InvalidSession, ValueError, OverflowError, TypeError) as exc:
            warnings.append(tr("{name}: skipped {event}: {problem}", name=name, event=raw.label, problem=one_line(exc, 80)))
            continue
        if problem:
            warnings.append(tr("{name}: {problem}", name=name, problem=problem))
        if session.url and not _SCHEME.match(session.url):  # "/c/talk" means nothing outside the feed's site
            session = replace(session, url=absolute_url(session.url, source))
        sessions.append(session)
    sessions, renamed = shared_uid_ids(sessions)

    if not sessions:
        warnings.append(tr("{name}: no events in this feed", name=name))
    sessions.sort(key=lambda s: (s.start, s.end, s.room or "", s.title, s.uid))
    return Schedule(
        name=_calendar_name(ex.names, name),
        timezone=display,
        sessions=tuple(sessions),
        warnings=tuple(warnings),
        source=source,
        timezone_reason=reason,
        generator=ex.prodid,
        renamed=renamed,
    )


def shared_uid_ids(sessions: list[Session]) -> tuple[list[Session], dict[str, str]]:
    """Ids for sessions that share a UID (one UID for a whole camp, or each slot of a multi-slot pretalx
    talk), from what identifies each one, so that they survive reordering and deletions: UID@start, then
    the room, then the title, then the end; a numeric tail only for events alike in all of these.
    Also the ids the old scheme gave them (the UID for the first in the file, UID#2, UID#3, ...), mapped
    to the new ones, so that picks kept under an old id move over (``Schedule.renamed``)."""
    groups: dict[str, list[int]] = {}
    for i, x in enumerate(sessions):
        groups.setdefault(x.uid, []).append(i)
    renamed: dict[str, str] = {}
    for uid, where in groups.items():
        if len(where) == 1:
            continue
        keys = {}
        for i in where:
            x = sessions[i]
            keys[i] = [f"{uid}@{x.start:%Y%m%dT%H%MZ}", x.room or "", x.title, f"{x.end:%Y%m%dT%H%MZ}"]
        # How many share each prefix of the keys (counted once per depth: linear in the group's size).
        alike = {depth: Counter(tuple(k[:depth]) for k in keys.values()) for depth in (1, 2, 3)}
        ids = {}
        for i in where:
            depth = 1
            while depth < 4 and alike[depth][tuple(keys[i][:depth])] > 1:
                depth += 1
            ids[i] = "/".join(keys[i][:1] + [_slug(k) for k in keys[i][1:depth]])
        seen: dict[str, int] = {}
        for i in sorted(where, key=lambda j: (ids[j], sessions[j].description, sessions[j].url or "")):
            n = seen[ids[i]] = seen.get(ids[i], 0) + 1
            if n > 1:
                ids[i] = f"{ids[i]}~{n}"
        for n, i in enumerate(where, 1):
            renamed[uid if n == 1 else f"{uid}#{n}"] = ids[i]
            sessions[i] = replace(sessions[i], uid=ids[i])
    return sessions, renamed


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def absolute_url(url: str, source: str) -> str | None:
    """A relative URL from the feed, resolved against the feed's own URL; None for a feed read from a file
    (there is nothing to resolve it against, and a broken link is worse than none)."""
    from urllib.parse import urljoin

    if re.match(r"^(https?|webcal)://", source, re.I):
        return urljoin(re.sub(r"^webcal://", "https://", source, flags=re.I), url)
    return None


def _slug(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]+", "-", text).strip("-")[:40] or "-"


def _aware(value: date | datetime, floating_zone: tzinfo) -> tuple[datetime, bool]:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=floating_zone)
        return value.astimezone(timezone.utc), False
    return datetime.combine(value, time(), tzinfo=timezone.utc), True  # a DATE floats: kept as its own date (start_date)


def _build(raw: Record, conv: str | None, venue: str | None, floating_zone: tzinfo) -> tuple[Session, str | None]:
    start, all_day = _aware(raw.start, floating_zone)
    if raw.end is not None:
        end, _ = _aware(raw.end, floating_zone)
    elif raw.duration is not None:
        if all_day:
            end_date = raw.start + raw.duration
            end, _ = _aware(end_date, floating_zone)
        else:
            end = start + raw.duration
    elif all_day:
        end, _ = _aware(raw.start + timedelta(days=1), floating_zone)
    else:
        end = start
    problem = None
    if end < start:
        problem = tr("{event} ends before it starts; shown with no duration", event=raw.label)
        end = start

    summary = raw.summary.strip()
    title, names, speaker_text = spk.split_summary(summary, conv)
    if not names and raw.attendees:
        names, speaker_text = list(raw.attendees), ", ".join(raw.attendees)
    description = raw.description.replace("\r\n", "\n")
    if "&" in description:  # sched.com leaves HTML entities (&nbsp;) in its plain-text descriptions
        from html import unescape

        description = unescape(description).replace("\xa0", " ")
    description = description.strip()
    if not names:
        m = _SPEAKER_LINE.search(description)
        if m:
            speaker_text = m.group(1)
            names = [n.strip() for n in re.split(r",|&|;", speaker_text) if n.strip()]
            if title.endswith(spk.SEP + speaker_text):  # ics.py feeds: "Title - Speaker" + "Speaker: ..."
                title = title[: -len(spk.SEP + speaker_text)].strip()

    location = raw.location.strip()
    room, ven, offsite = room_and_venue(location, venue)
    cats = raw.categories
    uid = raw.uid
    if raw.rid:
        uid = f"{uid}/{raw.rid}"
    session = Session(
        uid=uid,
        title=title or UNTITLED,
        start=start,
        end=end,
        speakers=tuple(names),
        speaker_text=speaker_text,
        track=", ".join(cats) if cats else None,
        room=room,
        venue=ven,
        description=description,
        url=raw.url,
        location=location,
        offsite=offsite,
        all_day=all_day,
        cancelled=raw.status == "CANCELLED",
    )
    return session, problem
