"""Reading the plan's feeds for the controller: the feed the window opens (one FeedLoader: a new open cancels
the last) and each conference added to the plan (a FeedLoader of its own, so that adding or refreshing one
never cancels another). It only reads and says what came of it; the controller decides what a reading means.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..core import jobs
from ..core.errors import FeedError
from ..core.feeds.loading import PendingLoad
from ..core.feeds.source import is_url
from ..core.storage import DataPaths
from .i18n import failure, say, tr
from .loader import FeedLoader, Read


class FeedReading(QObject):
    # (source, Schedule, refresh, added: a conference being added to the plan, its colour or "")
    read = Signal(str, object, bool, bool, str)
    failed = Signal(str)  # one line for a dialog
    offline = Signal(str)  # the opened feed: "" when read online, else "Offline, last updated ..."
    busyChanged = Signal(bool)  # the opened feed's read is running off the UI thread
    message = Signal(str)

    def __init__(self, paths: DataPaths, *, bundled: Path | None, tz: str | None,
                 has_schedule: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths, self._bundled, self._tz, self._has_schedule = paths, bundled, tz, has_schedule
        self.loader = self._new_loader(added=False)  # the opened feed's
        self.loader.busyChanged.connect(self.busyChanged)
        self.offline_label = ""  # the opened feed: "" when read online, else "Offline, last updated ..."
        self._loaders: dict[str, FeedLoader] = {}  # each added conference's
        self._adding: dict[str, str] = {}  # conferences being added: source -> colour ("" for none)
        self._fallback: str | None = None  # opened if the running open fails while nothing is open

    def _new_loader(self, *, added: bool) -> FeedLoader:
        loader = FeedLoader(self._paths, bundled=self._bundled, parent=self)
        loader.message.connect(self.message)
        loader.finished.connect(lambda source, outcome, refresh: self._on_done(source, outcome, refresh, added))
        return loader

    @property
    def busy(self) -> bool:
        return self.loader.busy

    def cancel(self) -> None:
        self.loader.cancel()

    def open(self, source: str, *, data: bytes | None = None, pending: PendingLoad | None = None,
             fallback: str | None = None) -> bool:
        """Read the feed to open. URLs, and large files not parsed before, are read on a worker thread (True once
        started). ``pending`` is what core.loading.start_local already started for this source (start-up reads
        the feed before Qt is imported); a parse still under way is not waited for. ``fallback``: a feed to open
        instead should this one fail off the UI thread while nothing is open. False, after ``failed``, for an
        unusable file."""
        self._fallback = fallback
        if data is None and pending is None and is_url(source):
            self.loader.fetch(source, tz=self._tz, refresh=False)
            return True
        return self._file(self.loader, source, refresh=False, data=data, pending=pending)

    def again(self, source: str, *, added: bool) -> None:
        """Read a feed of the plan again (F5): the opened one, or an ``added`` conference."""
        loader = self._loader_for(source) if added else self.loader
        if is_url(source):
            loader.fetch(source, tz=self._tz, refresh=True)
        else:
            self._file(loader, source, refresh=True)

    def add(self, source: str, colour: str | None) -> bool:
        """Read a conference to add to the plan. False, after ``failed``, for an unusable file."""
        self._adding[source] = colour or ""
        loader = self._loader_for(source)
        if is_url(source):
            loader.fetch(source, tz=self._tz, refresh=False)
            return True
        return self._file(loader, source, refresh=False)

    def forget(self, source: str) -> None:
        """An added conference left the plan: a reading of it still under way is dropped."""
        loader = self._loaders.pop(source, None)
        if loader is not None:
            loader.cancel()
        self._adding.pop(source, None)

    def _loader_for(self, source: str) -> FeedLoader:
        if source not in self._loaders:
            self._loaders[source] = self._new_loader(added=True)
        return self._loaders[source]

    def _file(self, loader: FeedLoader, source: str, *, refresh: bool, data: bytes | None = None,
              pending: PendingLoad | None = None) -> bool:
        try:
            schedule = loader.read_file(source, tz=self._tz, data=data, pending=pending, refresh=refresh)
        except FeedError as exc:
            self.failed.emit((tr("Not added: ") if self._adding.pop(source, None) is not None else "") + say(exc))
            return False
        if schedule is not None:
            self._deliver(source, Read(schedule), refresh, loader is not self.loader)
        return True

    def _deliver(self, source: str, read: Read, refresh: bool, added: bool) -> None:
        if not added:  # the opened feed: its offline state is shown in the window
            label = ""
            if read.offline:  # a few words for the status bar
                label = (tr("Copy of {fetched}: the new one was refused") if read.offline.refused else
                         tr("Offline, last updated {fetched}")).format(fetched=read.offline.fetched)
            if label != self.offline_label:
                self.offline_label = label
                self.offline.emit(label)
        colour = self._adding.pop(source, None)
        self.read.emit(source, read.schedule, refresh, colour is not None, colour or "")
        if read.offline and (added or read.offline.refused):  # after "Refreshed …", so that it is what stays shown
            name = read.schedule.name if added else ""
            said = say(read.offline.said())
            self.message.emit(f"{name}: {said}" if name else said)

    def _on_done(self, source: str, outcome: jobs.Done | jobs.Failed, refresh: bool, added: bool) -> None:
        if isinstance(outcome, jobs.Failed):
            if self._adding.pop(source, None) is not None:
                self.failed.emit(tr('Not added: {message}').format(message=failure(outcome, source)))
                return
            fallback, self._fallback = self._fallback, None
            back = fallback if fallback and not self._has_schedule() and fallback != source else None
            self.failed.emit(failure(outcome, source) + (tr(" (showing {name} instead)").format(name=Path(back).name) if back else ""))
            if back:
                self.open(back)
            return
        if not added:
            self._fallback = None
        self._deliver(source, outcome.value, refresh, added)


__all__ = ["FeedReading"]
