"""Loading a feed: from the parsed-schedule cache (cache.py) when these exact bytes were read before, else a
parse. This layer alone decides when parse worker processes (workers.py) help: for a large feed, and at
the window's start-up, where a first open is parsed in workers while the window is built (start_local).
Reading a feed (feed.read_feed_bytes) is one pure, single-process function.

Also what every command and the window need to turn a FEED argument into a schedule: :func:`load_schedule`
(a path, ``-`` or a URL, with the key its picks are kept under).
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, NamedTuple

from ..model import Schedule

if TYPE_CHECKING:
    from ..storage import DataPaths
    from .workers import BackgroundParse, BackgroundVoc
from . import cache
from .source import feed_key, is_url, legacy_keys, read_source
from .tz import computer_zone

SYNC_PARSE_BYTES = 1_000_000  # an uncached feed larger than this is parsed off the window's UI thread


def _schedule_kind(raw: bytes) -> str | None:
    """voc.XML or voc.JSON for a schedule.xml or schedule.json (by content), None for anything else (the
    iCalendar reader's). The first byte decides whether voc.py is imported at all."""
    if raw[:64].lstrip(b"\xef\xbb\xbf \t\r\n")[:1] not in (b"<", b"{"):
        return None
    from .voc import sniff

    return sniff(raw)


def parse(data: bytes | str, name: str, *, tz: str | None, local_zone: str) -> Schedule:
    """read_feed_bytes, with icalendar's pass split over parse workers for a large feed (the same Schedule);
    a schedule.xml or schedule.json (recognised by content) is read by core/feeds/voc.py."""
    raw = data.encode() if isinstance(data, str) else data
    kind = _schedule_kind(raw)
    from .workers import PARALLEL_MIN_BYTES, BackgroundParse, BackgroundVoc

    if kind is not None:
        if len(raw) >= PARALLEL_MIN_BYTES:  # cut into runs of days over the parse workers
            return _finish(BackgroundVoc(raw, name, kind, tz=tz, local_zone=local_zone, whole=False), raw)
        from .voc import read as read_voc

        return read_voc(raw, name, kind, tz=tz, local_zone=local_zone)

    if isinstance(data, bytes) and len(data) >= PARALLEL_MIN_BYTES:
        return _finish(BackgroundParse(data, name, tz=tz, local_zone=local_zone, whole=False), data)
    from .feed import read_feed_bytes

    return read_feed_bytes(data, name, tz=tz, local_zone=local_zone)


def _finish(background: BackgroundParse | BackgroundVoc, data: bytes) -> Schedule:
    """A BackgroundParse's result. After a large parse, the C heap's freed scratch memory (the parts, the
    workers' results) goes back to the system, so the window's later growth starts from the schedule, not
    from the peak (glibc only; elsewhere nothing happens). Raises FeedError."""
    from .workers import PARALLEL_MIN_BYTES

    schedule = background.result()
    if len(data) >= PARALLEL_MIN_BYTES:
        import ctypes

        try:
            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):
            pass
    return schedule


def parse_and_store(data: bytes, name: str, cache_dir: Path | None, *, tz: str | None = None,
                    local_zone: str | None = None, entry: Path | None = None) -> Schedule:
    """Parse the feed and keep the result for next time (after a cache miss; ``entry`` is the path the
    lookup already computed). FeedError propagates, and nothing is cached then."""
    local_zone = local_zone or computer_zone()
    schedule = parse(data, name, tz=tz, local_zone=local_zone)
    if cache_dir is not None:
        cache.store(entry or cache.entry_path(data, name, cache_dir, tz, local_zone), schedule)
    return schedule


def read_cached(data: bytes, name: str, cache_dir: Path | None, *, tz: str | None = None,
                local_zone: str | None = None) -> Schedule:
    """Like read_feed_bytes, but served from ``cache_dir`` when these exact bytes were read before."""
    local_zone = local_zone or computer_zone()
    path, hit = cache.lookup(data, name, cache_dir, tz, local_zone)
    return hit if hit is not None else parse_and_store(data, name, cache_dir, tz=tz, local_zone=local_zone, entry=path)


class LocalRead(NamedTuple):
    """A feed file read: its bytes, its name for messages, and its schedule (None: not parsed yet)."""

    data: bytes
    name: str
    schedule: Schedule | None


def load_local(source: str, cache_dir: Path | None, *, tz: str | None = None, data: bytes | None = None,
               sync_limit: int = SYNC_PARSE_BYTES) -> LocalRead:
    """(bytes, display name, schedule) of a feed file (or of ``data``), from the cache when it can be.

    An uncached feed up to ``sync_limit`` bytes is parsed here; a larger one comes back with schedule
    None so that the caller can parse it off the UI thread. Raises FeedError for unusable input.
    """
    data, name, local_zone, path, schedule = _open(source, cache_dir, tz, data)
    if schedule is None and len(data) <= sync_limit:
        schedule = parse_and_store(data, name, cache_dir, tz=tz, local_zone=local_zone, entry=path)
    return LocalRead(data, name, schedule)


def _open(source: str, cache_dir: Path | None, tz: str | None, data: bytes | None,
          ) -> tuple[bytes, str, str, Path | None, Schedule | None]:
    """(bytes, display name, this computer's zone, cache entry path, cached schedule or None)."""
    name = source
    if data is None:
        data, name = read_source(source)
    local_zone = computer_zone()
    path, schedule = cache.lookup(data, name, cache_dir, tz, local_zone)
    return data, name, local_zone, path, schedule


class PendingLoad:
    """A feed file that start_local read: from the cache (done at once), or being parsed in worker processes
    (BackgroundParse). result() waits for the parse if there is one, keeps it in the cache and returns what
    load_local would have."""

    def __init__(self, data: bytes, name: str, entry: Path | None, tz: str | None, local_zone: str,
                 schedule: Schedule | None = None) -> None:
        self.data, self.name, self.entry = data, name, entry
        self.tz, self.local_zone = tz, local_zone
        self._schedule = schedule
        self._started_cached = schedule is not None
        self._parse: BackgroundParse | BackgroundVoc | None = None
        if schedule is None:  # parsed in workers meanwhile
            from .workers import BackgroundParse, BackgroundVoc

            kind = _schedule_kind(data)
            self._parse = BackgroundParse(data, name, tz=tz, local_zone=local_zone) if kind is None else \
                BackgroundVoc(data, name, kind, tz=tz, local_zone=local_zone)

    @property
    def from_cache(self) -> bool:
        """True when the schedule came from the cache (no parse was started)."""
        return self._started_cached

    def done(self) -> bool:
        """Whether result() would return soon (a cached schedule, or a parse past its slow part)."""
        if self._schedule is not None:
            return True
        return self._parse is not None and self._parse.done()

    def result(self) -> LocalRead:
        """Raises FeedError for unusable input (nothing is cached then)."""
        if self._schedule is None:
            if self._parse is not None:  # being parsed in workers
                self._schedule = _finish(self._parse, self.data)
                self._parse = None
            else:
                self._schedule = parse(self.data, self.name, tz=self.tz, local_zone=self.local_zone)
            cache.store(self.entry, self._schedule)
        return LocalRead(self.data, self.name, self._schedule)


def start_local(source: str, cache_dir: Path | None, *, tz: str | None = None) -> PendingLoad:
    """load_local for a caller with other work to do meanwhile (the window's start-up): a feed that must be
    parsed is already being parsed (whatever its size: the caller does not wait for it); a cached one is
    done at once. Raises FeedError for an unreadable file."""
    data, name, local_zone, path, schedule = _open(source, cache_dir, tz, None)
    return PendingLoad(data, name, path, tz, local_zone, schedule)


class Loaded(NamedTuple):
    """A FEED argument read: its schedule, the key its picks are kept under, and what the user should know."""

    schedule: Schedule
    key: str
    offline: object | None = None  # fetch.Offline: the URL failed and its last good copy was used
    note: str | None = None  # something that did not stop the load (no offline copy could be kept)


def state_key(source: str, paths: DataPaths, bundled: Path | None = None) -> str:
    """feed_key(source), after moving any state kept under an older key for the same feed (a webcal URL)
    to it, so that no pick is left behind under the old name."""
    key = feed_key(source, bundled)
    for old in legacy_keys(source):
        paths.adopt(old, key)
    return key


def load_schedule(source: str, paths: DataPaths, *, tz: str | None = None, stdin: BinaryIO | None = None,
                  bundled: Path | None = None, cancelled: Callable[[], bool] = lambda: False) -> Loaded:
    """A feed file, ``-`` (``stdin``) or URL (fetched, else its last good copy) as a Schedule, from the
    cache where it can be. Raises FeedError (FetchError for a URL) with one line for unusable input."""
    if is_url(source):
        from .fetch import load_url

        # Read before it is kept: a download that cannot be read never replaces the last good copy.
        fetched = load_url(source, paths, cancelled=cancelled,
                           read=lambda data: read_cached(data, source, paths.cache, tz=tz))
        return Loaded(fetched.value, state_key(source, paths, bundled), fetched.offline, fetched.note)
    data, name = read_source(source, stdin=stdin)
    return Loaded(read_cached(data, name, paths.cache, tz=tz), state_key(source, paths, bundled))
