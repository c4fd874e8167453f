"""Parsed-schedule cache: a warm start reads compact JSON instead of parsing iCalendar again.

Keyed by the SHA-256 of the feed bytes plus everything else the result depends on (display-zone choice,
this computer's zone, the source name, the reader version), so a changed feed can never show stale
sessions. The iCalendar library is not even imported on a hit.
"""
from __future__ import annotations

import hashlib
import json
from datetime import datetime
from pathlib import Path

from .feed import read_feed_bytes, read_source
from .model import Schedule, Session
from .storage import StorageError, atomic_write_bytes
from .tz import computer_zone

SYNC_PARSE_BYTES = 1_000_000  # an uncached feed larger than this is parsed off the UI thread
READER_VERSION = 3  # bump whenever the reader's output for the same bytes changes
KEEP = 24  # parsed feeds kept; older ones are removed

_FIELDS = ("uid", "title", "start", "end", "speakers", "speaker_text", "track", "room", "venue", "description",
           "url", "location", "offsite", "all_day", "cancelled")


def cache_key(data: bytes, name: str, tz: str | None, local_zone: str) -> str:
    h = hashlib.sha256(data)
    h.update(f"\0{name}\0{tz}\0{local_zone}\0{READER_VERSION}".encode())
    return h.hexdigest()[:40]


def _dump(schedule: Schedule) -> bytes:
    rows = []
    for s in schedule.sessions:
        rows.append([s.uid, s.title, s.start.isoformat(), s.end.isoformat(), list(s.speakers), s.speaker_text,
                     s.track, s.room, s.venue, s.description, s.url, s.location, s.offsite, s.all_day, s.cancelled])
    doc = {
        "reader": READER_VERSION,
        "name": schedule.name,
        "timezone": schedule.timezone,
        "timezone_reason": schedule.timezone_reason,
        "generator": schedule.generator,
        "source": schedule.source,
        "warnings": list(schedule.warnings),
        "fields": list(_FIELDS),
        "sessions": rows,
    }
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


def _load(raw: bytes) -> Schedule:
    doc = json.loads(raw)
    if doc.get("reader") != READER_VERSION or doc.get("fields") != list(_FIELDS):
        raise ValueError("cache from another reader version")
    parse = datetime.fromisoformat
    sessions = tuple(
        Session(uid=r[0], title=r[1], start=parse(r[2]), end=parse(r[3]), speakers=tuple(r[4]), speaker_text=r[5],
                track=r[6], room=r[7], venue=r[8], description=r[9], url=r[10], location=r[11], offsite=r[12],
                all_day=r[13], cancelled=r[14])
        for r in doc["sessions"]
    )
    return Schedule(name=doc["name"], timezone=doc["timezone"], sessions=sessions, warnings=tuple(doc["warnings"]),
                    source=doc["source"], timezone_reason=doc["timezone_reason"], generator=doc["generator"])


def cached_schedule(data: bytes, name: str, cache_dir: Path | None, *, tz: str | None = None,
                    local_zone: str | None = None) -> Schedule | None:
    """The schedule these exact bytes gave before, or None (no entry, or an unreadable one)."""
    if cache_dir is None:
        return None
    path = _entry(data, name, cache_dir, tz, local_zone or computer_zone())
    try:
        return _load(path.read_bytes())
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None  # missing, unreadable or foreign entry: the caller parses again


def _entry(data: bytes, name: str, cache_dir: Path, tz: str | None, local_zone: str) -> Path:
    return Path(cache_dir) / "parsed" / f"{cache_key(data, name, tz, local_zone)}.json"


def parse_and_store(data: bytes, name: str, cache_dir: Path | None, *, tz: str | None = None,
                    local_zone: str | None = None) -> Schedule:
    """Parse the feed and keep the result for next time (after a cache miss)."""
    local_zone = local_zone or computer_zone()
    schedule = read_feed_bytes(data, name, tz=tz, local_zone=local_zone)  # FeedError propagates, nothing cached
    if cache_dir is not None:
        path = _entry(data, name, cache_dir, tz, local_zone)
        try:
            atomic_write_bytes(path, _dump(schedule))
            _prune(path.parent)
        except StorageError:
            pass  # a cache is an optimisation; failing to write it changes nothing for the user
    return schedule


def read_cached(data: bytes, name: str, cache_dir: Path | None, *, tz: str | None = None,
                local_zone: str | None = None) -> Schedule:
    """Like read_feed_bytes, but served from ``cache_dir`` when these exact bytes were read before."""
    local_zone = local_zone or computer_zone()
    hit = cached_schedule(data, name, cache_dir, tz=tz, local_zone=local_zone)
    return hit if hit is not None else parse_and_store(data, name, cache_dir, tz=tz, local_zone=local_zone)


def _prune(folder: Path) -> None:
    try:
        entries = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return
    for old in entries[KEEP:]:
        try:
            old.unlink()
        except OSError:
            pass


def load_local(source: str, cache_dir: Path | None, *, tz: str | None = None, data: bytes | None = None,
               sync_limit: int = SYNC_PARSE_BYTES) -> tuple[bytes, str, Schedule | None]:
    """(bytes, display name, schedule) of a feed file (or of ``data``), from the cache when it can be.

    An uncached feed up to ``sync_limit`` bytes is parsed here; a larger one comes back with schedule
    None so that the caller can parse it off the UI thread. Raises FeedError for unusable input.
    """
    name = source
    if data is None:
        data, name = read_source(source)
    schedule = cached_schedule(data, name, cache_dir, tz=tz)
    if schedule is None and len(data) <= sync_limit:
        schedule = parse_and_store(data, name, cache_dir, tz=tz)
    return data, name, schedule
