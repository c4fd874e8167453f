"""The one object that owns the window's state: schedule, picks, clashes, zone, undo stack.

Widgets read from it and call its methods; it tells them what changed through signals. Everything it
needs (paths, settings, clock) is passed in; the constructor does no I/O.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.clashes import Clash, find_clashes
from ..core.feed import FeedError, read_feed, read_feed_bytes
from ..core.model import Schedule, Session
from ..core.picks import MAYBE, STAR, PicksStore
from ..core.settings import Settings
from ..core.storage import DataPaths, StorageError, feed_key
from ..core.tz import computer_zone, zone as get_zone


class _PickCommand(QUndoCommand):
    def __init__(self, ctl: "Controller", before: dict[str, str | None], after: dict[str, str | None], text: str):
        super().__init__(text)
        self.ctl, self.before, self.after = ctl, before, after

    def redo(self) -> None:
        self.ctl._apply(self.after)

    def undo(self) -> None:
        self.ctl._apply(self.before)


class Controller(QObject):
    scheduleChanged = Signal()
    picksChanged = Signal(object)  # set of session ids whose state changed
    clashesChanged = Signal()
    zoneChanged = Signal()
    errorOccurred = Signal(str)  # one-line message for a dialog
    message = Signal(str)  # status bar text

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

    # ----------------------------------------------------------------------------------------- feeds
    def open_feed(self, source: str, *, data: bytes | None = None) -> bool:
        """Load a feed. On failure the current schedule stays and errorOccurred says why."""
        try:
            if data is not None:
                schedule = read_feed_bytes(data, source)
            else:
                schedule = read_feed(source)
        except FeedError as exc:
            self.errorOccurred.emit(str(exc))
            return False
        key = feed_key(source, self.bundled)
        self.set_schedule(schedule, source, key)
        if not (self.bundled and key == f"bundled:{self.bundled.name}"):
            self.settings.remember_feed(source)
            self._save_settings()
        return True

    def set_schedule(self, schedule: Schedule, source: str, key: str) -> None:
        store = PicksStore.open(self.paths.picks(key), key)
        self.schedule, self.source, self.key, self.store = schedule, source, key, store
        self.undo_stack.clear()
        self._recompute_clashes()
        self.scheduleChanged.emit()
        n = len(schedule.sessions)
        self.message.emit(f"Opened {schedule.name}: {n} session{'s' if n != 1 else ''}")
        if store.problem:
            self.errorOccurred.emit(store.problem)
        if schedule.warnings:
            self.message.emit(f"Opened {schedule.name} with {len(schedule.warnings)} warning(s): {schedule.warnings[0]}")

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

    def keep_only(self, keep: str, clash: Clash) -> None:
        """Resolve a clash: keep one session, turn the others it overlaps into "maybe"."""
        kept = self.schedule.get(keep)
        others = {}
        for uid in clash.sessions:
            other = self.schedule.get(uid)
            if uid == keep or other is None:
                continue
            if clash.kind == "transfer" or (other.start < kept.end and kept.start < other.end):
                others[uid] = MAYBE
        changes = {keep: STAR, **others}
        self.set_states(changes, f"Keep {kept.title}")

    def _apply(self, changes: dict[str, str | None]) -> None:
        try:
            self.store.update(changes)
        except StorageError as exc:
            self.errorOccurred.emit(f"Your picks are kept in memory but could not be saved: {exc}")
        self._recompute_clashes()
        self.picksChanged.emit(set(changes))

    def starred_sessions(self) -> list[Session]:
        if self.schedule is None or self.store is None:
            return []
        starred = self.store.starred()
        return [s for s in self.schedule.sessions if s.uid in starred]

    def picked_sessions(self) -> list[Session]:
        if self.schedule is None or self.store is None:
            return []
        picks = self.store.as_dict()
        return [s for s in self.schedule.sessions if s.uid in picks]

    # --------------------------------------------------------------------------------------- clashes
    def set_room_change(self, minutes: int) -> None:
        self.settings.room_change_minutes = max(0, int(minutes))
        self._save_settings()
        self._recompute_clashes()

    def _recompute_clashes(self) -> None:
        self.clashes = find_clashes(self.starred_sessions(), self.settings.room_change_minutes)
        self.clashesChanged.emit()

    def clash_ids(self) -> set[str]:
        return {u for c in self.clashes for u in c.sessions}

    def clashes_for(self, uid: str) -> list[Clash]:
        return [c for c in self.clashes if uid in c.sessions]
