"""Parsed-schedule cache: a warm start reads a compact file instead of parsing iCalendar again.

Keyed by the SHA-256 of the feed bytes plus everything else the result depends on (display-zone choice,
this computer's zone, the source name, the reader version, the Python version), so a changed feed can
never show stale sessions. The iCalendar library is not even imported on a hit.

An entry is a header (magic, CRC-32 of the body) and a ``marshal`` body: plain lists and strings, with each
repeated value (a room, a track, a start time) stored once. Loading it is about twice as fast as JSON and
shares those values in memory. A damaged entry fails the CRC or the shape checks and is parsed again.
"""
from __future__ import annotations

import marshal
import sys
import zlib
from datetime import datetime
from pathlib import Path

from ..digests import sha256
from ..model import Person, Schedule, Session
from ..storage import StorageError, atomic_write_bytes
from ..words import text_from_plain, to_plain

READER_VERSION = 12  # bump whenever the reader's output for the same bytes (or the entry format) changes
KEEP = 24  # parsed feeds kept; older ones are removed
MAGIC = b"AGENDA\x05\n"

_FIELDS = ("uid", "title", "start", "end", "speakers", "speaker_text", "track", "room", "venue", "description",
           "url", "location", "offsite", "all_day", "cancelled", "recorded", "language", "links")
assert _FIELDS == Session.__slots__, "the cache's field order must follow the Session model"


def cache_key(data: bytes, name: str, tz: str | None, local_zone: str) -> str:
    h = sha256(data)
    h.update(f"\0{name}\0{tz}\0{local_zone}\0{READER_VERSION}\0{sys.version_info[:2]}".encode())
    return h.hexdigest()[:40]


def _dump(schedule: Schedule) -> bytes:
    shared: dict = {}  # one object per distinct value, so marshal writes it once

    def one(value: object) -> object:
        return shared.setdefault(value, value)

    rows = []
    for s in schedule.sessions:
        rows.append([s.uid, s.title, one(s.start.isoformat()), one(s.end.isoformat()), [one(x) for x in s.speakers],
                     one(s.speaker_text), one(s.track), one(s.room), one(s.venue), s.description, s.url,
                     one(s.location), s.offsite, s.all_day, s.cancelled, s.recorded, one(s.language),
                     [list(x) for x in s.links]])
    doc = {
        "reader": READER_VERSION,
        "name": schedule.name,
        "timezone": schedule.timezone,
        "timezone_reason": schedule.timezone_reason,
        "generator": schedule.generator,
        "source": schedule.source,
        "warnings": [to_plain(w) for w in schedule.warnings],  # (a Said keeps its template: the window says it)
        "fields": list(_FIELDS),
        "sessions": rows,
        "renamed": dict(schedule.renamed),
        "rooms": list(schedule.rooms),
        "track_colours": dict(schedule.track_colours),
        "people": [[key, p.name, p.ident, p.biography] for key, p in schedule.people.items()],
        "colour": schedule.colour,
        "person_keys": {uid: list(keys) for uid, keys in schedule.person_keys.items()},
        "feed_days": dict(schedule.feed_days),
        "feed_ids": dict(schedule.feed_ids),
    }
    body = marshal.dumps(doc)
    return MAGIC + zlib.crc32(body).to_bytes(4, "little") + body


class DamagedEntry(Exception):
    """A cache entry that cannot be used (another version, damaged): a miss, never shown to the user."""


# Sessions from the cache were validated when the feed was parsed; they are rebuilt by setting their
# slots directly, which is about three times faster than the dataclass constructor.
_new = object.__new__
(_uid, _title, _start, _end, _speakers, _speaker_text, _track, _room, _venue, _description, _url, _location,
 _offsite, _all_day, _cancelled, _recorded, _language, _links) = (Session.__dict__[f].__set__ for f in _FIELDS)


def _load(raw: bytes) -> Schedule:
    if raw[: len(MAGIC)] != MAGIC:
        raise DamagedEntry("not a cache entry of this version")
    body = memoryview(raw)[len(MAGIC) + 4:]
    if zlib.crc32(body) != int.from_bytes(raw[len(MAGIC): len(MAGIC) + 4], "little"):
        raise DamagedEntry("damaged cache entry")
    doc = marshal.loads(body)
    if doc.get("reader") != READER_VERSION or doc.get("fields") != list(_FIELDS):
        raise DamagedEntry("cache from another reader version")
    when: dict[str, datetime] = {}  # ISO text -> datetime, shared by sessions starting or ending together
    speakers: dict[tuple, tuple] = {}

    def instant(text: str) -> datetime:  # a time not seen before in this entry
        value = when[text] = datetime.fromisoformat(text)
        if value.tzinfo is None:
            raise DamagedEntry("naive time in cache entry")
        return value

    sessions: list[Session] = []
    append = sessions.append
    for r in doc["sessions"]:
        start, end = when.get(r[2]), when.get(r[3])
        if start is None:
            start = instant(r[2])
        if end is None:
            end = instant(r[3])
        if end < start:
            raise DamagedEntry("end before start in cache entry")
        people = tuple(r[4])
        s = _new(Session)
        _uid(s, r[0])
        _title(s, r[1])
        _start(s, start)
        _end(s, end)
        _speakers(s, speakers.setdefault(people, people))
        _speaker_text(s, r[5])
        _track(s, r[6])
        _room(s, r[7])
        _venue(s, r[8])
        _description(s, r[9])
        _url(s, r[10])
        _location(s, r[11])
        _offsite(s, r[12])
        _all_day(s, r[13])
        _cancelled(s, r[14])
        _recorded(s, r[15])
        _language(s, r[16])
        _links(s, tuple((str(a), str(b)) for a, b in r[17]) if r[17] else ())
        append(s)
    return Schedule(name=doc["name"], timezone=doc["timezone"], sessions=tuple(sessions),
                    warnings=tuple(text_from_plain(w) for w in doc["warnings"]),
                    source=doc["source"], timezone_reason=doc["timezone_reason"],
                    generator=doc["generator"], renamed=dict(doc.get("renamed") or {}), rooms=tuple(doc["rooms"]),
                    track_colours=dict(doc["track_colours"]), feed_days=dict(doc["feed_days"]),
                    feed_ids=dict(doc["feed_ids"]),
                    people={key: Person(name, ident, bio) for key, name, ident, bio in doc["people"]},
                    colour=str(doc["colour"]), person_keys={uid: tuple(keys) for uid, keys in doc["person_keys"].items()})


def lookup(data: bytes, name: str, cache_dir: Path | None, tz: str | None,
           local_zone: str) -> tuple[Path | None, Schedule | None]:
    """(entry path, schedule or None): the path is kept so that a miss stores without hashing again."""
    if cache_dir is None:
        return None, None
    path = entry_path(data, name, cache_dir, tz, local_zone)
    try:
        return path, _load(path.read_bytes())
    except (OSError, DamagedEntry, ValueError, KeyError, TypeError, IndexError, EOFError, AttributeError):
        return path, None  # missing, unreadable or foreign entry: the caller parses again


def entry_path(data: bytes, name: str, cache_dir: Path, tz: str | None, local_zone: str) -> Path:
    return Path(cache_dir) / "parsed" / f"{cache_key(data, name, tz, local_zone)}.cache"


def store(path: Path | None, schedule: Schedule) -> None:
    """Keep a parsed schedule at its entry path (None: no cache folder, nothing kept)."""
    if path is None:
        return
    try:
        atomic_write_bytes(path, _dump(schedule), durable=False)  # a cache: losing it costs a parse
        _prune(path.parent)
    except StorageError:
        pass  # a cache is an optimisation; failing to write it changes nothing for the user


def _prune(folder: Path) -> None:
    for stale in folder.glob("*.json"):  # entries of reader versions before 4
        try:
            stale.unlink()
        except OSError:
            pass
    try:
        entries = sorted(folder.glob("*.cache"), key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return
    for old in entries[KEEP:]:
        try:
            old.unlink()
        except OSError:
            pass
