"""The one object that owns the window's state: the opened feed (core.opened.OpenedFeed: schedule, picks,
notes, own items, snapshot, export state), clashes, zone, undo stack and settings.

Widgets read from it and call its methods; it tells them what changed through signals. It is the only
writer of settings and of the picks store. Everything it needs (paths, settings, clock, how to put off
follow-up work) is passed in; the constructor does no I/O. Reading feeds is its FeedLoader's job.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ..core import jobs
from ..core.errors import FeedError, StorageError
from ..core.feeds.loading import PendingLoad, state_key
from ..core.feeds.source import is_url
from ..core.feeds.tz import zone as get_zone
from ..core.model import Schedule, Session
from ..core.opened import OpenedFeed
from ..core.plan.clashes import Clash, ClashKind, find_clashes
from ..core.plan.picks import PickState
from ..core.plan.review import Change
from ..core.settings import Settings
from ..core.storage import DataPaths
from .loader import FeedLoader, Read
from .personal import ImportCommand, PickCommand
from .preferences import Preferences

if TYPE_CHECKING:
    from ..core.output.export import ExportResult


class Controller(QObject):
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

    def __init__(self, paths: DataPaths, settings: Settings, *, bundled: Path | None = None,
                 clock: Callable[[], datetime] | None = None, explicit_tz: str | None = None,
                 later: Callable[[Callable[[], object]], None] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.settings = settings  # read it freely; change it only through self.prefs
        self.bundled = bundled
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self.explicit_tz = explicit_tz  # --tz
        # Runs follow-up work (the change review) soon, off the current call: the window waits for its first frame.
        self._later = later or (lambda fn: QTimer.singleShot(0, fn))
        self.feed: OpenedFeed | None = None
        self.clashes: list[Clash] = []
        self.undo_stack = QUndoStack(self)
        self.changes: list[Change] = []  # changes to picks since the user last acknowledged
        self.new_sessions = 0
        self.ghosts: list[Session] = []  # picked sessions gone from the feed, kept until removed
        self.offline = ""
        self._fallback: str | None = None  # opened if the running load fails with nothing open
        self.prefs = Preferences(settings, paths.settings, self)  # the one writer of settings
        self.prefs.problem.connect(self.message)
        self.loader = FeedLoader(paths, bundled=bundled, parent=self)
        self.loader.busyChanged.connect(self.busyChanged)
        self.loader.message.connect(self.message)
        self.loader.finished.connect(self._on_read)

    # ------------------------------------------------------------------------------------ what is open
    @property
    def schedule(self) -> Schedule | None:
        return self.feed.schedule if self.feed is not None else None

    @property
    def key(self) -> str | None:
        return self.feed.key if self.feed is not None else None

    @property
    def source(self) -> str | None:
        return self.feed.source if self.feed is not None else None

    @property
    def busy(self) -> bool:
        return self.loader.busy

    # ----------------------------------------------------------------------------------------- feeds
    def open_feed(self, source: str, *, data: bytes | None = None, pending: PendingLoad | None = None,
                  fallback: str | None = None) -> bool:
        """Load a feed. On failure the current schedule stays and errorOccurred says why.

        URLs, and large files not parsed before, are read on a worker thread (returns True once started).
        ``pending`` is what core.loading.start_local already started for this source (the start-up path reads
        the feed before Qt is imported); a parse still under way is not waited for. ``fallback``: a feed to
        open instead should this one fail off the UI thread while no schedule is open (start-up)."""
        self._fallback = fallback
        if data is None and pending is None and is_url(source):
            self.loader.fetch(source, tz=self.explicit_tz, refresh=False)
            return True
        return self._read_file(source, data, pending, refresh=False)

    def refresh(self) -> None:
        """Re-read the current feed (F5); changes to picks are reported, stars are kept."""
        if not self.source:
            return
        if is_url(self.source):
            self.loader.fetch(self.source, tz=self.explicit_tz, refresh=True)
        else:
            self._read_file(self.source, None, None, refresh=True)

    def cancel_fetch(self) -> None:
        self.loader.cancel()

    def _read_file(self, source: str, data: bytes | None, pending: PendingLoad | None, *, refresh: bool) -> bool:
        try:
            schedule = self.loader.read_file(source, tz=self.explicit_tz, data=data, pending=pending, refresh=refresh)
        except FeedError as exc:
            self.errorOccurred.emit(exc.one_line())
            return False
        if schedule is not None:
            self._loaded(schedule, source, refresh=refresh)
        return True

    def _on_read(self, source: str, outcome: jobs.Done | jobs.Failed, refresh: bool) -> None:
        fallback, self._fallback = self._fallback, None
        if isinstance(outcome, jobs.Failed):
            back = fallback if fallback and self.schedule is None and fallback != source else None
            self.errorOccurred.emit(outcome.message(source) + (f" (showing {Path(back).name} instead)" if back else ""))
            if back:
                self.open_feed(back)
            return
        read: Read = outcome.value
        self.offline = read.offline.label() if read.offline else ""
        self.offlineChanged.emit(self.offline)
        if read.offline and read.offline.refused:
            self.message.emit(str(read.offline))
        self._loaded(read.schedule, source, refresh=refresh)

    def _loaded(self, schedule: Schedule, source: str, *, refresh: bool) -> None:
        key = state_key(source, self.paths, self.bundled)
        if refresh and self.feed is not None and key == self.feed.key:
            self.feed.refreshed(schedule)
            self._review_changes()
            self._recompute_clashes(emit=False)
            self.scheduleChanged.emit()
            n = len(self.changes)
            self.message.emit(f"Refreshed {schedule.name}: {n} change{'s' if n != 1 else ''} to your picks")
        else:
            self._set_feed(OpenedFeed.attach(self.paths, key, source, schedule))
        if not (self.bundled and key == f"bundled:{self.bundled.name}"):
            self.prefs.remember_feed(source)  # opening the usual feed writes nothing

    def _set_feed(self, feed: OpenedFeed) -> None:
        self.feed = feed
        self.undo_stack.clear()
        self.changes, self.new_sessions, self.ghosts = [], 0, []
        # Comparing with the last-seen snapshot reads and compares the whole schedule: do it right
        # after the first paint rather than before it.
        self._later(lambda f=feed: self.feed is f and self._review_changes())
        self._recompute_clashes(emit=False)
        self.scheduleChanged.emit()
        schedule = feed.schedule
        n = len(schedule.sessions)
        self.message.emit(f"Opened {schedule.name}: {n} session{'s' if n != 1 else ''}")
        if feed.problem:
            self.errorOccurred.emit(feed.problem)
        if schedule.warnings:
            self.message.emit(f"Opened {schedule.name} with {len(schedule.warnings)} warning(s): {schedule.warnings[0]}")

    def _review_changes(self) -> None:
        """Compare with the snapshot the user last acknowledged; the first open takes a snapshot."""
        try:
            report = self.feed.review_changes()
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
            self.feed.acknowledge(self.ghosts)
        except StorageError as exc:
            self.message.emit(str(exc))

    def acknowledge_changes(self) -> None:
        self.changes, self.new_sessions = [], 0
        self._write_snapshot()
        self.changesChanged.emit()

    def changed_ids(self) -> set[str]:
        return {c.uid for c in self.changes}

    def remove_ghost(self, uid: str) -> None:
        """The user removes a picked session that left the feed."""
        self.ghosts = [g for g in self.ghosts if g.uid != uid]
        self.set_states({uid: None}, "Remove cancelled session")
        self._write_snapshot()
        self.changesChanged.emit()

    def flush(self) -> str | None:
        """On closing: save settings waiting for a pause, and picks a failed save kept in memory. Returns
        what could not be saved (one line), or None."""
        self.prefs.flush()
        if self.feed is not None and self.feed.store.unsaved:
            try:
                self.feed.store.save()
            except StorageError as exc:
                return str(exc)
        return None

    @property
    def zone_name(self) -> str:
        return self.settings.display_zone(self.explicit_tz, self.schedule.timezone if self.schedule else None)

    @property
    def zone(self):
        return get_zone(self.zone_name)

    def zone_label(self) -> str:
        return f"Times: {self.zone_name} ({self.settings.zone_kind()})"

    def set_zone_mode(self, mode: str, custom: str | None = None) -> None:
        if mode == "custom":
            get_zone(custom or "")  # raises UnknownZone for a bad name
            self.prefs.update(custom_tz=custom, tz_mode=mode)
        else:
            self.prefs.update(tz_mode=mode)
        self.zoneChanged.emit()

    # ----------------------------------------------------------------------------------------- picks
    def state(self, uid: str) -> PickState | None:
        return self.feed.store.state(uid) if self.feed is not None else None

    def picks(self) -> dict[str, str]:
        """Every pick of the open feed: session id -> "star" or "maybe"."""
        return self.feed.store.as_dict() if self.feed is not None else {}

    @property
    def unsaved_picks(self) -> bool:
        """Picks kept in memory because saving them failed."""
        return self.feed is not None and self.feed.store.unsaved

    def set_states(self, changes: dict[str, str | None], text: str) -> None:
        if self.feed is None:
            return
        before = {u: self.state(u) for u in changes}
        if before == changes:
            return
        self.undo_stack.push(PickCommand(self.apply_states, before, dict(changes), text))

    def toggle_star(self, uid: str) -> None:
        new = None if self.state(uid) == PickState.STAR else PickState.STAR
        self.set_states({uid: new}, "Star" if new else "Unstar")

    def toggle_maybe(self, uid: str) -> None:
        new = None if self.state(uid) == PickState.MAYBE else PickState.MAYBE
        self.set_states({uid: new}, "Mark maybe" if new else "Clear maybe")

    def keep_only(self, keep: str, clash: Clash, others: str | None = None) -> None:
        """Resolve a clash in one undo step: keep one session starred; the others it overlaps become maybes
        or are unstarred (``others``: "maybe" or "unstar"; default: the user's setting)."""
        others = others or self.settings.clash_others
        kept = self.schedule.get(keep)
        changes: dict[str, str | None] = {}
        for uid in clash.sessions:
            other = self.schedule.get(uid)
            if uid == keep or other is None:
                continue
            if clash.kind == ClashKind.TRANSFER or (other.start < kept.end and kept.start < other.end):
                changes[uid] = PickState.MAYBE if others == "maybe" else None
        self.set_states({keep: PickState.STAR, **changes}, f"Keep {kept.title}")
        self.message.emit(f"Kept {kept.title}; {len(changes)} other{'s' if len(changes) != 1 else ''} "
                          f"{'marked maybe' if others == 'maybe' else 'unstarred'} (Ctrl+Z undoes it)")

    def set_clash_others(self, others: str) -> None:
        """What "Keep this one" does to the other sessions from now on ("maybe" or "unstar"), remembered."""
        self.prefs.update(clash_others=others)

    def apply_states(self, changes: dict[str, str | None]) -> None:
        """Write pick states (the undo stack's commands call this; use set_states to make an undo step)."""
        try:
            self.feed.store.update(changes)
        except StorageError as exc:
            self.errorOccurred.emit(f"Your picks are kept in memory but could not be saved: {exc}")
        self._recompute_clashes(emit=False)  # picksChanged tells the window to redraw both
        self.picksChanged.emit(set(changes))

    def picked_sessions(self, starred_only: bool = False) -> list[Session]:
        if self.feed is None:
            return []
        by_uid, ids = self.schedule.by_uid, self.feed.store.starred() if starred_only else self.picks()
        return sorted((by_uid[u] for u in ids if u in by_uid), key=lambda s: (s.start, s.uid))

    def reload_if_changed(self) -> None:
        """Picks another process saved since (an `agenda star` in a terminal) show here too."""
        if self.feed is not None and self.feed.reload_if_changed():
            self._recompute_clashes(emit=False)
            self.picksChanged.emit(set())

    def note(self, uid: str) -> str:
        return self.feed.store.note(uid) if self.feed is not None else ""

    def notes(self) -> dict[str, str]:
        return self.feed.store.notes() if self.feed is not None else {}

    def items(self) -> list[dict]:
        return self.feed.store.items() if self.feed is not None else []

    def set_note(self, uid: str, text: str) -> None:
        if self.feed is None or self.note(uid) == text.strip():
            return
        try:
            self.feed.store.set_note(uid, text)
        except StorageError as exc:
            self.errorOccurred.emit(f"Your note is kept in memory but could not be saved: {exc}")
        self.noteChanged.emit(uid)

    def add_item(self, item: dict) -> None:
        """Add one of the user's own items: starred, in the Mine column, counted in clashes."""
        self._change_items(lambda store: store.add_item(item))

    def remove_item(self, uid: str) -> None:
        self._change_items(lambda store: store.remove_item(uid))

    def _change_items(self, change: Callable) -> None:
        if self.feed is None:
            return
        try:
            change(self.feed.store)
        except StorageError as exc:
            self.errorOccurred.emit(f"Your item is kept in memory but could not be saved: {exc}")
        self.feed.items_changed()
        self._recompute_clashes(emit=False)
        self.scheduleChanged.emit()

    def import_picks(self, report) -> None:
        """Apply an import (core/plan/importing.py's report) as one undo step."""
        if self.feed is None or not (report.changes or report.notes or report.items):
            return
        before = {u: self.state(u) for u in report.changes}
        self.undo_stack.push(ImportCommand(self._import_apply, report, before, "Import picks"))

    def _import_apply(self, states: dict, notes: dict, items: list, *, undo: bool) -> None:
        try:
            self.feed.store.bring(notes, items, undo=undo)
        except StorageError as exc:
            self.errorOccurred.emit(f"The import is kept in memory but could not be saved: {exc}")
        if items:
            self.feed.items_changed()
        if states:
            self.apply_states(states)
        else:
            self._recompute_clashes(emit=False)
            self.picksChanged.emit(set())
        if items:
            self.scheduleChanged.emit()
        for uid in notes:
            self.noteChanged.emit(uid)

    def export_to(self, path: Path, *, include_maybes: bool, alarm: int | None) -> ExportResult:
        """Write my-agenda.ics and remember the choices for next time. Raises StorageError."""
        ids, maybes = self.feed.export_picks(include_maybes)
        result = self.feed.write_export(path, ids, alarm_minutes=alarm, maybes=maybes)
        self.prefs.update(export_dir=str(path.parent), export_maybes=include_maybes, alarm_minutes=alarm)
        return result

    def export_renderer(self) -> Callable[..., bytes] | None:
        """What Export would write now with the remembered choices (for the share server), or None."""
        if self.feed is None:
            return None
        return self.feed.export_renderer(include_maybes=self.settings.export_maybes,
                                         alarm_minutes=self.settings.alarm_minutes)

    def set_room_change(self, minutes: int) -> None:
        self.prefs.update(room_change_minutes=max(0, int(minutes)))
        self._recompute_clashes()

    def _recompute_clashes(self, emit: bool = True) -> None:
        self.clashes = find_clashes(self.picked_sessions(starred_only=True), self.settings.room_change_minutes)
        if emit:
            self.clashesChanged.emit()

    def clash_ids(self) -> set[str]:
        return {u for c in self.clashes for u in c.sessions}

    def clashes_for(self, uid: str) -> list[Clash]:
        return [c for c in self.clashes if uid in c.sessions]
