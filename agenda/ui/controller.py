"""The one object that owns the window's state: schedule, picks, clashes, zone, undo stack.

Widgets read from it and call its methods; it tells them what changed through signals. Everything it
needs (paths, settings, clock) is passed in; the constructor does no I/O.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.clashes import Clash, find_clashes
from ..core.loading import (SYNC_PARSE_BYTES, PendingLoad, carry_over_ids, load_local, load_schedule, read_cached,
                            state_key)
from ..core.model import Schedule, Session
from ..core.mine import with_items
from ..core.picks import MAYBE, STAR, PicksStore
from ..core.review import ChangeReview
from ..core.settings import Settings
from ..core.source import FeedError, is_url
from ..core.storage import DataPaths, StorageError
from ..core.tz import computer_zone, zone as get_zone
from .personal import PersonalPicks


class _PickCommand(QUndoCommand):
    def __init__(self, ctl: "Controller", before: dict[str, str | None], after: dict[str, str | None], text: str):
        super().__init__(text)
        self.ctl, self.before, self.after = ctl, before, after

    def redo(self) -> None:
        self.ctl._apply(self.after)

    def undo(self) -> None:
        self.ctl._apply(self.before)


class Controller(PersonalPicks, QObject):
    scheduleChanged = Signal()
    picksChanged = Signal(object)  # set of session ids whose state changed
    noteChanged = Signal(str)  # the session whose note changed
    clashesChanged = Signal()
    zoneChanged = Signal()
    errorOccurred = Signal(str)  # one-line message for a dialog
    message = Signal(str)  # status bar text
    busyChanged = Signal(bool)  # a fetch is running off the UI thread
    changesChanged = Signal()  # the "what changed" list since the user last acknowledged
    offlineChanged = Signal(str)  # "" when online, else "Offline, last updated ..."
    _fetched = Signal(object, object, bool)  # (token, (source, (schedule, offline) or error text), refresh), from the worker

    def __init__(
        self,
        paths: DataPaths,
        settings: Settings,
        *,
        bundled: Path | None = None,
        clock: Callable[[], datetime] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.settings = settings
        self.bundled = bundled
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self.schedule: Schedule | None = None
        self.source: str | None = None
        self.key: str | None = None
        self.store: PicksStore | None = None
        self.clashes: list[Clash] = []
        self.undo_stack = QUndoStack(self)
        self.explicit_tz: str | None = None
        self.changes: list[dict] = []  # changes to picks since the user last acknowledged
        self.new_sessions = 0
        self.ghosts: list[Session] = []  # picked sessions gone from the feed, kept until removed
        self.offline = ""
        self.fetch_thread_name: str | None = None
        self._cancel: threading.Event | None = None
        self._fallback: str | None = None  # opened if the running load fails with nothing open
        self._token = 0
        self._fetched.connect(self._on_fetched)
        # Runs follow-up work soon, off the current call; the window replaces it to wait for its first frame.
        self.later: Callable[[Callable[[], object]], None] = lambda fn: QTimer.singleShot(0, fn)

    # ----------------------------------------------------------------------------------------- feeds
    is_url = staticmethod(is_url)

    ASYNC_BYTES = SYNC_PARSE_BYTES  # files larger than this (and not parsed before) load off the UI thread

    def open_feed(self, source: str, *, data: bytes | None = None,
                  loaded: tuple[bytes, str, Schedule | None] | PendingLoad | None = None,
                  fallback: str | None = None) -> bool:
        """Load a feed. On failure the current schedule stays and errorOccurred says why.

        URLs, and large files not parsed before, are read on a worker thread (returns True once started).
        ``loaded`` is what :func:`start_local` already returned for this source (the start-up path reads
        the feed before Qt is imported): a tuple, or a PendingLoad still being parsed, which the window
        does not wait for. ``fallback``: a feed to open instead should this one fail to load off the UI
        thread while no schedule is open (start-up)."""
        if isinstance(loaded, PendingLoad):
            self._start_worker(source, False, lambda cancelled: (loaded.result()[2], None), fallback=fallback)
            return True
        if data is None and loaded is None and self.is_url(source):
            self.start_fetch(source, refresh=False)
            return True
        return self._open_file(source, data, refresh=False, loaded=loaded)

    def refresh(self) -> None:
        """Re-read the current feed (F5); changes to picks are reported, stars are kept."""
        if not self.source:
            return
        if self.is_url(self.source):
            self.start_fetch(self.source, refresh=True)
        else:
            self._open_file(self.source, None, refresh=True)

    def _open_file(self, source: str, data: bytes | None, *, refresh: bool,
                   loaded: tuple[bytes, str, Schedule | None] | None = None) -> bool:
        try:
            if loaded is None:
                loaded = load_local(source, self.paths.cache, tz=self.explicit_tz, data=data,
                                    sync_limit=self.ASYNC_BYTES)
            data, name, schedule = loaded
            if schedule is None:
                cache, tz = self.paths.cache, self.explicit_tz
                self._start_worker(source, refresh, lambda cancelled: (read_cached(data, name, cache, tz=tz), None))
                return True
        except FeedError as exc:
            self.errorOccurred.emit(str(exc))
            return False
        self._loaded(schedule, source, refresh=refresh)
        return True

    # ---------------------------------------------------------------------------------------- fetching
    def start_fetch(self, url: str, *, refresh: bool) -> None:
        paths, tz, bundled = self.paths, self.explicit_tz, self.bundled

        def load(cancelled):
            loaded = load_schedule(url, paths, tz=tz, bundled=bundled, cancelled=cancelled)
            return loaded.schedule, loaded.offline

        self._start_worker(url, refresh, load)

    def _start_worker(self, source: str, refresh: bool, load: Callable[..., tuple], *,
                      fallback: str | None = None) -> None:
        """Run ``load(cancelled)`` (fetch and/or parse, giving (schedule, fetch.Offline or None)) on a worker
        thread; the result comes back as a queued signal."""
        self.cancel_fetch()
        self._token += 1
        token, cancel = self._token, threading.Event()
        self._cancel, self._fallback = cancel, fallback
        self.busyChanged.emit(True)
        self.message.emit(f"Loading {source} …")

        def work() -> None:
            self.fetch_thread_name = threading.current_thread().name
            try:
                result = load(cancel.is_set)
            except FeedError as exc:
                result = str(exc)
            except Exception as exc:  # never let a worker die silently
                result = f"{source}: {exc.__class__.__name__}: {exc}"
            if not cancel.is_set():
                self._fetched.emit(token, (source, result), refresh)

        threading.Thread(target=work, name=f"agenda-fetch-{token}", daemon=True).start()

    def cancel_fetch(self) -> None:
        if self._cancel is not None and not self._cancel.is_set():
            self._cancel.set()
            self.busyChanged.emit(False)
            self.message.emit("Loading cancelled")
        self._cancel = None

    @property
    def busy(self) -> bool:
        return self._cancel is not None and not self._cancel.is_set()

    def _on_fetched(self, token, payload, refresh) -> None:
        if token != self._token:
            return  # a newer fetch replaced this one
        self._cancel, fallback, self._fallback = None, self._fallback, None
        self.busyChanged.emit(False)
        url, result = payload
        if isinstance(result, str):
            self.errorOccurred.emit(result)
            if fallback and self.schedule is None and fallback != url:
                self.open_feed(fallback)
            return
        schedule, offline = result
        self.offline = f"Offline, last updated {offline.fetched}" if offline else ""
        self.offlineChanged.emit(self.offline)
        self._loaded(schedule, url, refresh=refresh)

    # ---------------------------------------------------------------------------------------- loading
    def _loaded(self, schedule: Schedule, source: str, *, refresh: bool) -> None:
        key = state_key(source, self.paths, self.bundled)
        if refresh and key == self.key:
            if carry_over_ids(self.paths, key, schedule.renamed):
                self.store = PicksStore.open(self.paths.picks(key), key)
            self.schedule = with_items(schedule, self.store.items())
            self._review_changes()
            self._recompute_clashes(emit=False)
            self.scheduleChanged.emit()
            n = len(self.changes)
            self.message.emit(f"Refreshed {schedule.name}: {n} change{'s' if n != 1 else ''} to your picks")
        else:
            self.set_schedule(schedule, source, key)
        if not (self.bundled and key == f"bundled:{self.bundled.name}") and self.settings.remember_feed(source):
            self._save_settings()  # only when the recent list changed: opening the usual feed writes nothing

    def set_schedule(self, schedule: Schedule, source: str, key: str) -> None:
        carry_over_ids(self.paths, key, schedule.renamed)
        store = PicksStore.open(self.paths.picks(key), key)
        schedule = with_items(schedule, store.items())  # the user's own items, in their "Mine" column
        self.schedule, self.source, self.key, self.store = schedule, source, key, store
        self.undo_stack.clear()
        self.changes, self.new_sessions, self.ghosts = [], 0, []
        # Comparing with the last-seen snapshot reads and compares the whole schedule: do it right
        # after the first paint rather than before it.
        self.later(lambda s=schedule: self.schedule is s and self._review_changes())
        self._recompute_clashes(emit=False)
        self.scheduleChanged.emit()
        n = len(schedule.sessions)
        self.message.emit(f"Opened {schedule.name}: {n} session{'s' if n != 1 else ''}")
        if store.problem:
            self.errorOccurred.emit(store.problem)
        if schedule.warnings:
            self.message.emit(f"Opened {schedule.name} with {len(schedule.warnings)} warning(s): {schedule.warnings[0]}")

    # ---------------------------------------------------------------------------------------- changes
    def _review_changes(self) -> None:
        """Compare with the snapshot the user last acknowledged; the first open takes a snapshot."""
        picked = set(self.store.as_dict()) if self.store is not None else set()
        try:
            report = ChangeReview(self.paths.snapshot(self.key)).review(self.schedule, picked)
        except StorageError as exc:  # the first look could not be saved
            self.message.emit(str(exc))
            report = None
        if report is not None and report.problem:
            self.message.emit(str(report.problem))
        if report is None or report.first_look:
            self.changes, self.new_sessions, self.ghosts = [], 0, []
        else:
            self.changes, self.new_sessions, self.ghosts = report.changes, report.new_sessions, report.ghosts
        self.changesChanged.emit()

    def _write_snapshot(self) -> None:
        """What the user has now seen (keeping what is known of removed picks until they are removed)."""
        try:
            ChangeReview(self.paths.snapshot(self.key)).save(self.schedule, self.ghosts)
        except StorageError as exc:
            self.message.emit(str(exc))

    def acknowledge_changes(self) -> None:
        self.changes, self.new_sessions = [], 0
        self._write_snapshot()
        self.changesChanged.emit()

    def changed_ids(self) -> set[str]:
        return {c["uid"] for c in self.changes}

    def remove_ghost(self, uid: str) -> None:
        """The user removes a picked session that left the feed."""
        self.ghosts = [g for g in self.ghosts if g.uid != uid]
        self.set_states({uid: None}, "Remove cancelled session")
        self._write_snapshot()
        self.changesChanged.emit()

    def _save_settings(self) -> None:
        try:
            self.settings.save(self.paths.settings)
        except StorageError as exc:
            self.message.emit(str(exc))

    # ------------------------------------------------------------------------------------------ zone
    @property
    def zone_name(self) -> str:
        if self.settings.tz_mode == "computer":
            return computer_zone()
        if self.settings.tz_mode == "custom" and self.settings.custom_tz:
            return self.settings.custom_tz
        if self.explicit_tz:
            return self.explicit_tz
        return self.schedule.timezone if self.schedule else computer_zone()

    @property
    def zone(self):
        return get_zone(self.zone_name)

    def zone_label(self) -> str:
        mode = self.settings.tz_mode
        kind = {"computer": "my computer's time", "custom": "chosen zone"}.get(mode, "venue time")
        return f"Times: {self.zone_name} ({kind})"

    def set_zone_mode(self, mode: str, custom: str | None = None) -> None:
        if mode == "custom":
            get_zone(custom or "")  # raises ValueError for a bad name
            self.settings.custom_tz = custom
        self.settings.tz_mode = mode
        self._save_settings()
        self.zoneChanged.emit()

    # ----------------------------------------------------------------------------------------- picks
    def state(self, uid: str) -> str | None:
        return self.store.state(uid) if self.store is not None else None

    def set_states(self, changes: dict[str, str | None], text: str) -> None:
        if self.store is None:
            return
        before = {u: self.store.state(u) for u in changes}
        if before == changes:
            return
        self.undo_stack.push(_PickCommand(self, before, dict(changes), text))

    def toggle_star(self, uid: str) -> None:
        new = None if self.state(uid) == STAR else STAR
        self.set_states({uid: new}, "Star" if new else "Unstar")

    def toggle_maybe(self, uid: str) -> None:
        new = None if self.state(uid) == MAYBE else MAYBE
        self.set_states({uid: new}, "Mark maybe" if new else "Clear maybe")

    def keep_only(self, keep: str, clash: Clash, others: str | None = None) -> None:
        """Resolve a clash in one undo step: keep one session starred; the others it overlaps become maybes
        or are unstarred (``others``: "maybe" or "unstar"; default: the user's setting)."""
        others = others or self.settings.clash_others
        kept = self.schedule.get(keep)
        changes = {}
        for uid in clash.sessions:
            other = self.schedule.get(uid)
            if uid == keep or other is None:
                continue
            if clash.kind == "transfer" or (other.start < kept.end and kept.start < other.end):
                changes[uid] = MAYBE if others == "maybe" else None
        self.set_states({keep: STAR, **changes}, f"Keep {kept.title}")

    def set_clash_others(self, others: str) -> None:
        """What "Keep this one" does to the other sessions from now on ("maybe" or "unstar"), remembered."""
        if others != self.settings.clash_others:
            self.settings.clash_others = others
            self._save_settings()

    def _apply(self, changes: dict[str, str | None]) -> None:
        try:
            self.store.update(changes)
        except StorageError as exc:
            self.errorOccurred.emit(f"Your picks are kept in memory but could not be saved: {exc}")
        self._recompute_clashes(emit=False)  # picksChanged tells the window to redraw both
        self.picksChanged.emit(set(changes))

    def starred_sessions(self) -> list[Session]:
        if self.schedule is None or self.store is None:
            return []
        by_uid = self.schedule.by_uid
        return sorted((by_uid[u] for u in self.store.starred() if u in by_uid), key=lambda s: (s.start, s.uid))

    def picked_sessions(self) -> list[Session]:
        if self.schedule is None or self.store is None:
            return []
        by_uid = self.schedule.by_uid
        return sorted((by_uid[u] for u in self.store.as_dict() if u in by_uid), key=lambda s: (s.start, s.uid))

    # --------------------------------------------------------------------------------------- clashes
    def set_room_change(self, minutes: int) -> None:
        self.settings.room_change_minutes = max(0, int(minutes))
        self._save_settings()
        self._recompute_clashes()

    def _recompute_clashes(self, emit: bool = True) -> None:
        self.clashes = find_clashes(self.starred_sessions(), self.settings.room_change_minutes)
        if emit:
            self.clashesChanged.emit()

    def clash_ids(self) -> set[str]:
        return {u for c in self.clashes for u in c.sessions}

    def clashes_for(self, uid: str) -> list[Clash]:
        return [c for c in self.clashes if uid in c.sessions]
