"""The parse-worker pool: icalendar's pass over a feed (or over parts of a large one) in other processes,
while the caller goes on. Only the loading layer (loading.py) starts workers; reading a feed
(feed.read_feed_bytes) never does.

Not multiprocessing: its import alone costs about 28 ms before Qt (measured: ``-X importtime`` of
concurrent.futures.process), a tenth of a cold start, and nothing here should depend on how the app itself
was started. Where it is safe (:func:`may_fork`) the workers are forked: each starts with the modules this
process has imported and the bytes already in memory. Elsewhere they are new interpreters running
``agenda.core.feeds.worker`` (``agenda --parse-worker`` in a frozen app), fed on stdin.
"""
from __future__ import annotations

import functools
import re
import subprocess
from collections import Counter
from collections.abc import Callable
from typing import Any

from ..model import Schedule
from .extract import Extract
from .feed import read_feed_bytes
from .tz import is_zone

PARALLEL_MIN_BYTES = 400_000  # feeds larger than this are split over several workers (measured: FOSDEM, 530 kB,
# 1.07 -> 0.80 s on 2 cores; the 171 kB seed is faster in one process)


_MARKS = re.compile(
    rb"^(?:(BEGIN|END):([A-Za-z-]+)[ \t]*\r?$|(RRULE|RDATE|EXRULE|RECURRENCE-ID)[;:])",
    re.IGNORECASE | re.MULTILINE,
)


def split_for_workers(data: bytes, parts: int) -> list[bytes] | None:
    """Split one calendar into `parts` calendars of consecutive whole VEVENTs, each with the calendar's
    own properties and every VTIMEZONE. None when the feed is not that simple (more than one
    VCALENDAR, recurrences, other components, text outside the calendar, NUL bytes): the one-process
    path then reads it. Works on the raw bytes (the markers are ASCII, so a UTF-8 sequence is never cut);
    only component boundaries are scanned, and the bytes are sliced, not copied line by line."""
    if b"\x00" in data:
        return None  # the one-process path drops NULs while decoding
    events: list[tuple[int, int]] = []
    zones: list[tuple[int, int]] = []
    header: list[bytes] = []
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    state, start, tail, gap_from = "head", 0, len(data), 0
    for m in _MARKS.finditer(data):
        kind, comp, recur = (m.group(1) or b"").upper(), (m.group(2) or b"").upper(), m.group(3)
        if state == "event":
            if recur or (kind == b"BEGIN" and comp in (b"VEVENT", b"VCALENDAR")):
                return None  # recurrences need the whole feed; nesting is broken
            if kind == b"END" and comp == b"VEVENT":
                events.append((start, m.end()))
                state, gap_from = "body", m.end()
            continue
        if state == "zone":
            if kind == b"END" and comp == b"VTIMEZONE":
                zones.append((start, m.end()))
                state, gap_from = "body", m.end()
            continue
        if recur:
            return None
        if state == "head":
            if kind == b"BEGIN" and comp == b"VCALENDAR" and not data[bom:m.start()].strip():
                state, gap_from = "body", m.end()
                continue
            return None
        if state == "done":
            return None
        header.append(data[gap_from:m.start()])  # calendar properties between components
        if kind == b"BEGIN" and comp in (b"VEVENT", b"VTIMEZONE"):
            state, start = ("event" if comp == b"VEVENT" else "zone"), m.start()
        elif kind == b"END" and comp == b"VCALENDAR":
            state, tail = "done", m.end()
        else:
            return None  # other components: let icalendar see the whole file
    if state != "done" or data[tail:].strip():  # nothing may follow END:VCALENDAR
        return None
    if len(events) < parts * 2:
        return None
    head = b"BEGIN:VCALENDAR\n" + b"\n".join(h.strip(b"\r\n") for h in header if h.strip()) + b"\n"
    head += b"\n".join(data[a:b].strip(b"\r\n") for a, b in zones)
    size = -(-len(events) // parts)
    return [head + b"\n" + b"\n".join(data[a:b].strip(b"\r\n") for a, b in events[i:i + size])
            + b"\nEND:VCALENDAR\n" for i in range(0, len(events), size)]


def worker_command(name: str, voc: tuple[str, str | None, str | None] | None = None) -> list[str]:
    import sys

    more = [voc[0], voc[1] or "-", voc[2] or "-"] if voc else []
    if getattr(sys, "frozen", False):  # a PyInstaller build: the app binary is the interpreter
        return [sys.executable, "--parse-worker", name, *more]
    return [sys.executable, "-m", "agenda.core.feeds.worker", name, *more]


def worker_count() -> int:
    import os

    return max(1, min(4, os.cpu_count() or 1))


def may_fork() -> bool:
    """Whether parse workers may be forked from this process: on Linux, while it has a single thread (a fork
    copies only the calling thread, so a lock another thread held would stay locked in the child). That is
    the case at start-up, before Qt is imported, and in the command line."""
    import os
    import sys

    if not sys.platform.startswith("linux"):
        return False  # macOS's system libraries are not fork-safe; Windows cannot fork
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


class Workers:
    """icalendar's pass over feed parts in worker processes, running while the caller goes on: forked where
    :func:`may_fork` allows (a small feed's parse is then done far sooner than by a new interpreter), else
    new interpreters (agenda.core.feeds.worker, fed on stdin). Each worker is read by a thread of its own
    (pipe I/O only). collect() gives the merged records, or None on any failure (no processes here, a
    part that is not UTF-8, a parse error): the caller then reads the feed in one process, which also
    reports errors with the right line number. ``fork`` forces the choice (tests). With ``voc`` (kind, tz,
    local zone) the parts are of a schedule.xml or schedule.json, and collect() gives their merged Builder."""

    def __init__(self, chunks: list[bytes], name: str, *, fork: bool | None = None,
                 voc: tuple[str, str | None, str | None] | None = None) -> None:
        import threading

        self.voc = voc
        self.results: list = [None] * len(chunks)
        self.collected = False  # True once collect() has merged every worker's records
        self.forked = may_fork() if fork is None else fork
        talks = self._fork(chunks, name) if self.forked else None
        if talks is None:
            self.forked = False
            talks = self._spawn(chunks, name)
        if talks is None:  # no processes here (sandbox, embedded interpreter): the caller parses in-process
            self.threads: list | None = None
            return
        self.threads = []
        for i, talk in enumerate(talks):
            t = threading.Thread(target=talk, name=f"agenda-parse-{i}", daemon=True)
            t.start()
            self.threads.append(t)

    def _fork(self, chunks: list[bytes], name: str) -> list[Callable[[], None]] | None:
        import os
        import signal

        from .worker import run_forked

        started: list[tuple[int, int]] = []  # (pid, read end of its pipe)
        try:
            for chunk in chunks:  # all forked before any thread starts: each fork is of a one-thread process
                r, w = os.pipe()
                pid = os.fork()
                if pid == 0:  # the child: never comes back from here
                    try:
                        os.close(r)
                        for _, fd in started:
                            os.close(fd)
                        run_forked(chunk, name, w, self.voc)
                    finally:
                        os._exit(1)
                os.close(w)
                started.append((pid, r))
        except OSError:  # cannot fork (limits): stop what started, spawn instead
            for pid, fd in started:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                os.close(fd)
            return None
        return [functools.partial(self._listen, i, pid, fd) for i, (pid, fd) in enumerate(started)]

    def _listen(self, index: int, pid: int, fd: int) -> None:
        import os
        import pickle

        result = None
        try:
            with open(fd, "rb") as fh:
                result = pickle.load(fh)  # straight from the pipe: no copy of the whole pickle
        except (OSError, EOFError, ValueError, pickle.UnpicklingError):
            result = None
        _, status = os.waitpid(pid, 0)
        self._keep(index, os.waitstatus_to_exitcode(status), result)

    def _spawn(self, chunks: list[bytes], name: str) -> list[Callable[[], None]] | None:
        import subprocess

        procs: list = []
        try:
            for _ in chunks:
                procs.append(subprocess.Popen(worker_command(name, self.voc), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                              stderr=subprocess.DEVNULL))
        except Exception:
            for proc in procs:  # no worker is left waiting for its input
                proc.kill()
                proc.wait()
            return None
        return [functools.partial(self._talk, i, proc, chunks) for i, proc in enumerate(procs)]

    def _talk(self, index: int, proc: subprocess.Popen, chunks: list[bytes]) -> None:
        import pickle

        result = None
        try:
            # The worker reads all its input before it writes anything, so writing first cannot deadlock.
            assert proc.stdin is not None and proc.stdout is not None  # both piped by _spawn
            proc.stdin.write(chunks[index])
            proc.stdin.close()
            chunks[index] = b""  # sent: free it before the (larger) result arrives
            result = pickle.load(proc.stdout)  # straight from the pipe: no copy of the whole pickle
        except (OSError, EOFError, ValueError, pickle.UnpicklingError):
            result = None
        finally:
            if proc.stdout is not None:
                proc.stdout.close()
            code: int | None
            try:
                code = proc.wait(timeout=600)
            except Exception:  # stuck: give up on it, the caller reads the feed itself
                proc.kill()
                code = None
        self._keep(index, code, result)

    def _keep(self, index: int, code: int | None, result: object) -> None:
        """A worker's records count only if it also exited 0 (a part that is not valid UTF-8 exits 3)."""
        if code == 0 and result is not None:
            self.results[index] = result

    def done(self) -> bool:
        """Whether collect() would return at once."""
        return self.threads is None or not any(t.is_alive() for t in self.threads)

    def collect(self) -> Any:
        """The merged Extract (for a schedule.xml/json: the merged Builder), or None."""
        if self.threads is None:
            return None
        for t in self.threads:
            t.join()
        if any(r is None or r[0] != "ok" for r in self.results):
            return None
        parts = [part for _, part in self.results]
        if self.voc is not None:
            first = parts[0]
            if not all(first.absorb(part) for part in parts[1:]):
                return None  # a session id in two parts: read the whole file in one go
            self.results, self.collected = [], True
            return first
        merged = Extract([], [], Counter(), [], parts[0].xwr, parts[0].prodid, parts[0].names)
        for part in parts:
            merged.raws.extend(part.raws)
            merged.tzids.extend(part.tzids)
            merged.unknown_tzids.update(part.unknown_tzids)
            merged.warnings.extend(part.warnings)
        self.results, self.collected = [], True
        return merged


class BackgroundParse:
    """read_feed_bytes, started now and finished by result(): icalendar's pass runs in worker processes
    meanwhile, so the caller's own work (at start-up: importing Qt, building the window, about as long as
    parsing a conference's feed) overlaps with it. A feed from PARALLEL_MIN_BYTES is split over the cores;
    one that cannot be split, or a smaller one, goes whole to one worker (``whole``; with ``whole=False``
    it is left to result()). With one core, or input the workers do not take (NUL bytes, not UTF-8, not
    iCalendar), result() parses here. Either way result() returns the Schedule read_feed_bytes gives, or
    raises the same FeedError."""

    def __init__(self, data: bytes, source: str = "<feed>", *, tz: str | None = None,
                 local_zone: str | None = None, fork: bool | None = None, whole: bool = True) -> None:
        self.data, self.source, self.tz, self.local_zone = data, source, tz, local_zone
        self._workers = None
        self.by_workers = False  # after result(): True when the workers' records were used
        self.forked = False
        cores = worker_count()
        if cores < 2 or b"\x00" in data or (tz is not None and not is_zone(tz)):
            return
        chunks = split_for_workers(data, cores) if len(data) >= PARALLEL_MIN_BYTES else None
        if chunks is None and not whole:
            return
        self._workers = Workers(chunks or [data], source, fork=fork)
        self.forked = self._workers.forked  # (tests) forked rather than new interpreters

    def done(self) -> bool:
        """Whether the workers have finished, so that result() has only the assembly left to do (False when
        result() would parse here)."""
        return self._workers is not None and self._workers.done()

    def result(self) -> Schedule:
        workers, self._workers = self._workers, None
        extracted = workers.collect() if workers is not None else None
        schedule = read_feed_bytes(self.data, self.source, tz=self.tz, local_zone=self.local_zone, extracted=extracted)
        self.by_workers = workers is not None and workers.collected
        return schedule


class BackgroundVoc:
    """BackgroundParse for a schedule.xml or schedule.json: read in worker processes while the caller goes on,
    a file from PARALLEL_MIN_BYTES cut into runs of whole days over the cores (vocsplit.py), a smaller one (or
    one that cannot be cut) whole in one worker (``whole``; with ``whole=False`` left to result()). result()
    gives the Schedule voc.read gives, or raises the same FeedError (read here on any failure)."""

    def __init__(self, data: bytes, source: str, kind: str, *, tz: str | None = None, local_zone: str | None = None,
                 fork: bool | None = None, whole: bool = True) -> None:
        self.data, self.source, self.kind, self.tz, self.local_zone = data, source, kind, tz, local_zone
        self._workers: Workers | None = None
        self.by_workers = False  # after result(): True when the workers' Builders were used
        self.parts = 0
        cores = worker_count()
        if cores < 2 or (tz is not None and not is_zone(tz)):
            return
        from .vocsplit import split

        chunks = split(data, kind, cores) if len(data) >= PARALLEL_MIN_BYTES else None
        if chunks is None and not whole:
            return
        self._workers = Workers(chunks or [data], source, fork=fork, voc=(kind, tz, local_zone))
        self.parts = len(chunks or [data])

    def done(self) -> bool:
        return self._workers is not None and self._workers.done()

    def result(self) -> Schedule:
        from .voc import read

        workers, self._workers = self._workers, None
        built = workers.collect() if workers is not None else None
        self.by_workers = built is not None
        if built is None:
            return read(self.data, self.source, self.kind, tz=self.tz, local_zone=self.local_zone)
        return built.schedule()
