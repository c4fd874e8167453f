"""Reading feeds for the window: a file now (cache hit or small parse), or a fetch and/or parse on a worker
thread whose typed result (core.jobs: Done or Failed) comes back as a queued signal. The controller owns
one FeedLoader and decides what an outcome means; this object only reads, cancels and says it is busy."""
from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal

from ..core import jobs
from ..core.feeds.loading import SYNC_PARSE_BYTES, PendingLoad, load_local, load_schedule, read_cached
from ..core.model import Schedule
from ..core.storage import DataPaths
from .i18n import tr


class Read(NamedTuple):
    """A feed read for the window: its schedule and, for a URL, the last good copy's note (fetch.Offline)."""

    schedule: Schedule
    offline: object | None = None
    note: str | None = None  # how it was fetched, when the user should know (webcal over plain http)


class FeedLoader(QObject):
    busyChanged = Signal(bool)
    message = Signal(str)
    finished = Signal(str, object, bool)  # (source, jobs.Done[Read] or jobs.Failed, refresh)
    _done = Signal(int, str, object, bool)  # from the worker thread: (token, source, outcome, refresh)

    ASYNC_BYTES = SYNC_PARSE_BYTES  # files larger than this (and not parsed before) load off the UI thread

    def __init__(self, paths: DataPaths, *, bundled: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._bundled = bundled
        self._cancel: threading.Event | None = None
        self._token = 0
        self._done.connect(self._on_done)

    @property
    def busy(self) -> bool:
        return self._cancel is not None and not self._cancel.is_set()

    def read_file(self, source: str, *, tz: str | None, data: bytes | None = None,
                  pending: PendingLoad | None = None, refresh: bool = False) -> Schedule | None:
        """A file's schedule now when it can be had without a long parse; otherwise None, and the parse runs
        on a worker thread (``finished`` follows). Raises FeedError for an unusable file."""
        if pending is not None:
            if not pending.done():
                self._start(source, refresh, lambda cancelled: Read(pending.result().schedule))
                return None
            return pending.result().schedule
        read = load_local(source, self._paths.cache, tz=tz, data=data, sync_limit=self.ASYNC_BYTES)
        if read.schedule is not None:
            return read.schedule
        cache = self._paths.cache
        self._start(source, refresh, lambda cancelled: Read(read_cached(read.data, read.name, cache, tz=tz)))
        return None

    def fetch(self, url: str, *, tz: str | None, refresh: bool) -> None:
        """Fetch and read a URL on a worker thread (its last good copy when it fails); ``finished`` follows."""
        paths, bundled = self._paths, self._bundled

        def load(cancelled) -> Read:
            loaded = load_schedule(url, paths, tz=tz, bundled=bundled, cancelled=cancelled)
            return Read(loaded.schedule, loaded.offline, loaded.note)

        self._start(url, refresh, load)

    def cancel(self) -> None:
        if self._cancel is not None and not self._cancel.is_set():
            self._cancel.set()
            self.busyChanged.emit(False)
            self.message.emit(tr("Loading cancelled"))
        self._cancel = None

    def _start(self, source: str, refresh: bool, load: Callable[[Callable[[], bool]], Read]) -> None:
        self.cancel()
        self._token += 1
        token, cancel = self._token, threading.Event()
        self._cancel = cancel
        self.busyChanged.emit(True)
        self.message.emit(tr('Loading {source} …').format(source=source))

        def work() -> None:
            outcome = jobs.run(lambda: load(cancel.is_set))
            if not cancel.is_set():
                self._done.emit(token, source, outcome, refresh)

        threading.Thread(target=work, name=f"agenda-fetch-{token}", daemon=True).start()

    def _on_done(self, token: int, source: str, outcome, refresh: bool) -> None:
        if token != self._token:
            return  # a newer load replaced this one
        self._cancel = None
        self.busyChanged.emit(False)
        note = outcome.value.note if isinstance(outcome, jobs.Done) else None
        self.finished.emit(source, outcome, refresh)
        if note:
            self.message.emit(note)  # after the controller's "Opened …", so that it is what stays shown


__all__ = ["FeedLoader", "Read"]
