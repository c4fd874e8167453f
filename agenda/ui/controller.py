"""The one object that owns the window's state: the plan (core.planned.Plan: the opened feed and the
conferences added to it, each an OpenedFeed with its own picks, notes, snapshot and export state), clashes,
zone, undo stack and settings. Widgets read from it and call its methods; it tells them what changed through
signals. It is the only writer of settings and of the picks stores. Everything it needs is passed in; the
constructor does no I/O. Reading feeds is its FeedReading's job.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ..core.errors import StorageError
from ..core.feeds.loading import PendingLoad, state_key
from ..core.feeds.tz import zone as get_zone
from ..core.model import Schedule, Session
from ..core.opened import OpenedFeed
from ..core.plan.clashes import Clash, find_clashes, keeping
from ..core.plan.picks import PickState
from ..core.planned import Exported, Plan
from ..core.settings import Settings
from ..core.storage import DataPaths
from .i18n import say, tr
from .personal import ImportCommand, PickCommand
from .preferences import Preferences
from .reading import FeedReading
from .throttle import Throttle

if TYPE_CHECKING:
    from ..core.plan.picks import PicksStore
    from ..core.plan.review import Change
    from ..core.several import PlanStore


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
        self.plan: Plan | None = None
        self._restoring = False  # _set_feed is adding the conferences remembered with the feed
        self.clashes: list[Clash] = []
        self.undo_stack = QUndoStack(self)
        self.changes: list[Change] = []  # changes to picks since the user last acknowledged
        self.new_sessions = 0
        self.ghosts: list[Session] = []  # picked sessions gone from the feed, kept until removed
        self.prefs = Preferences(settings, paths.settings, self)  # the one writer of settings
        self.prefs.problem.connect(self.message)
        self.reading = FeedReading(paths, bundled=bundled, tz=explicit_tz, has_schedule=lambda: self.plan is not None,
                                   parent=self)  # reads the plan's feeds; what a reading means is decided here
        self.reading.busyChanged.connect(self.busyChanged)
        self.reading.message.connect(self.message)
        self.reading.failed.connect(self.errorOccurred)
        self.reading.read.connect(self._loaded)
        self.reading.offline.connect(self.offlineChanged)
        self._save_soon = Throttle(self._save_picks, 0, self)  # see _save_picks

    # ------------------------------------------------------------------------------------ what is open
    @property
    def feed(self) -> OpenedFeed | None:  # the feed the window was opened on (the plan's first)
        return self.plan.first if self.plan is not None else None

    @property
    def store(self) -> PicksStore | PlanStore:  # every pick, note and own item, each kept in its own feed's file
        return self.plan.store

    @property
    def schedule(self) -> Schedule | None:  # the plan as one schedule (several: side by side, core/several.py)
        return self.plan.schedule if self.plan is not None else None

    @property
    def key(self) -> str | None:
        return self.feed.key if self.feed is not None else None

    @property
    def source(self) -> str | None:
        return self.feed.source if self.feed is not None else None

    @property
    def busy(self) -> bool:
        return self.reading.busy

    # ----------------------------------------------------------------------------------------- feeds
    def open_feed(self, source: str, *, data: bytes | None = None, pending: PendingLoad | None = None,
                  fallback: str | None = None) -> bool:
        """Open a feed (a new plan; the conferences added to it last time join it). On failure the current
        schedule stays and errorOccurred says why. See FeedReading.open for ``pending`` and ``fallback``."""
        return self.reading.open(source, data=data, pending=pending, fallback=fallback)

    def refresh(self) -> None:
        """Read every feed of the plan again (F5), each with its own change review; stars are kept."""
        if self.plan is None:
            return
        for i, f in enumerate(self.plan.feeds):
            self.reading.again(f.source, added=i > 0)

    def refresh_conference(self, index: int) -> None:
        """Read one feed of the plan again (Conferences → Refresh NAME)."""
        self.reading.again(self.plan.feeds[index].source, added=index > 0)

    def cancel_fetch(self) -> None:
        self.reading.cancel()

    # ------------------------------------------------------------------------ several conferences
    def add_conference(self, source: str, colour: str | None = None) -> bool:
        """Add a conference to the plan (File → Add a conference…): its sessions join the grid, its picks stay
        in its own file (a URL or large file is read off the UI thread)."""
        return self.plan is not None and self.reading.add(source, colour)

    def remove_conference(self, index: int) -> None:
        """Take an added conference out of the plan; its picks stay in its file (adding it again brings them)."""
        self._save_soon.flush()
        gone = self.plan.remove(index)
        self.reading.forget(gone.source)
        self._plan_changed(tr("Removed {name} from the plan (its picks are kept)").format(name=gone.schedule.name))

    def _plan_changed(self, message: str) -> None:
        """The plan's feeds changed: ids of added conferences may have moved, so undo starts afresh."""
        if self._restoring:
            return  # reopening the plan as it was: _set_feed shows it once
        self.prefs.remember_plan(self.plan.first.source, [{"source": f.source, "colour": c} for f, c in
                                                          zip(self.plan.feeds[1:], self.plan.colours[1:], strict=True)])
        self.undo_stack.clear()
        self._review_changes()
        self._redraw(self.scheduleChanged)
        self.message.emit(message)

    def _loaded(self, source: str, schedule: Schedule, refresh: bool, adding: bool, colour: str) -> None:
        """A feed read (FeedReading.read): the opened one, or one ``adding`` to the plan (``colour``: "" for none)."""
        self._save_soon.flush()
        colour = colour if adding else None
        key = state_key(source, self.paths, self.bundled)
        index = self.plan.index_of(key) if self.plan is not None else None
        if index is not None and (refresh or colour is not None):
            if not refresh:
                self.message.emit(tr('{name} is already in this plan').format(name=schedule.name))
                return
            self.plan.refreshed(index, schedule)
            self._review_changes()
            self._redraw(self.scheduleChanged)
            n = len(self.changes)
            self.message.emit(tr("Refreshed {name}: %n change(s) to your picks", None, n).format(name=schedule.name))
            return
        if refresh and self.plan is not None:
            return  # a conference removed from the plan while it was read again
        if colour is not None and self.plan is not None:
            self.plan.add(OpenedFeed.attach(self.paths, key, source, schedule), colour or None)
            n = len(schedule.sessions)
            self._plan_changed(tr("Added {name}: %n session(s)", None, n).format(name=self.plan.names[-1]))
            return
        self._set_feed(OpenedFeed.attach(self.paths, key, source, schedule))
        if not (self.bundled and key == f"bundled:{self.bundled.name}"):
            self.prefs.remember_feed(source)  # opening the usual feed writes nothing

    def _set_feed(self, feed: OpenedFeed) -> None:
        self.plan, self._restoring = Plan(feed), True
        self.undo_stack.clear()
        self.changes, self.new_sessions, self.ghosts = [], 0, []
        for added in self.settings.plan(feed.source):  # the conferences added to it last time (a file: at once)
            self.add_conference(added["source"], added.get("colour"))
        self._restoring = False
        # Comparing with the last-seen snapshots reads and compares whole schedules: right after the first paint.
        self._later(lambda f=feed: self.feed is f and self._review_changes())
        self._redraw(self.scheduleChanged)
        schedule, n = self.schedule, len(self.schedule.sessions)
        self.message.emit(tr("Opened {name}: %n session(s)", None, n).format(name=schedule.name))
        if feed.problem:
            self.errorOccurred.emit(say(feed.problem))
        if schedule.warnings:
            self.message.emit(tr("Opened {name} with %n warning(s): {warning}", None, len(schedule.warnings)).format(
                name=schedule.name, warning=say(schedule.warnings[0])))

    def _review_changes(self) -> None:
        """Compare each feed with the snapshot the user last acknowledged; a first open takes a snapshot."""
        try:
            self.changes, self.new_sessions, self.ghosts, problems = self.plan.review()
        except StorageError as exc:  # the first look could not be saved
            self.changes, self.new_sessions, self.ghosts, problems = [], 0, [], [exc]
        for problem in problems:
            self.message.emit(say(problem))
        self.changesChanged.emit()

    def _write_snapshot(self) -> None:
        """What the user has now seen (keeping what is known of removed picks until they are removed)."""
        problem = self.plan.acknowledge(self.ghosts)
        if problem:
            self.message.emit(problem)

    def acknowledge_changes(self) -> None:
        self.changes, self.new_sessions = [], 0
        self._write_snapshot()
        self.changesChanged.emit()

    def changed_ids(self) -> set[str]:
        return {c.uid for c in self.changes}

    def remove_ghost(self, uid: str) -> None:
        """The user removes a picked session that left the feed."""
        self.ghosts = [g for g in self.ghosts if g.uid != uid]
        self.set_states({uid: None}, tr("Remove cancelled session"))
        self._write_snapshot()
        self.changesChanged.emit()

    def flush(self) -> str | None:
        """On closing: save settings waiting for a pause, and picks a failed save kept in memory. Returns
        what could not be saved (one line), or None."""
        self.prefs.flush()
        self._save_soon.cancel()
        if self.plan is not None and self.store.unsaved:
            try:
                self.store.save()
            except StorageError as exc:
                return str(exc)
        return None

    @property
    def zone_name(self) -> str:  # the zone times are shown in (a plan of several: the first feed's, or the chosen)
        return self.settings.display_zone(self.explicit_tz, self.schedule.timezone if self.schedule else None)

    @property
    def zone(self):
        return get_zone(self.zone_name)

    def set_zone_mode(self, mode: str, custom: str | None = None) -> None:
        """Raises UnknownZone for a bad ``custom`` name."""
        self.prefs.set_zone_mode(mode, custom)
        self.zoneChanged.emit()

    # ----------------------------------------------------------------------------------------- picks
    def state(self, uid: str) -> PickState | None:
        return self.store.state(uid) if self.plan is not None else None

    def picks(self) -> dict[str, str]:  # every pick of the plan: session id -> "star" or "maybe"
        return self.store.as_dict() if self.plan is not None else {}

    @property
    def unsaved_picks(self) -> bool:  # picks kept in memory: saving them failed (or waits for this turn's end)
        return self.plan is not None and self.store.unsaved

    def set_states(self, changes: dict[str, str | None], text: str) -> None:
        before = {u: self.state(u) for u in changes}
        if self.feed is not None and before != changes:
            self.undo_stack.push(PickCommand(self.apply_states, before, dict(changes), text))

    def toggle_star(self, uid: str) -> None:
        new = None if self.state(uid) == PickState.STAR else PickState.STAR
        self.set_states({uid: new}, tr("Star") if new else tr("Unstar"))

    def toggle_maybe(self, uid: str) -> None:
        new = None if self.state(uid) == PickState.MAYBE else PickState.MAYBE
        self.set_states({uid: new}, tr("Mark maybe") if new else tr("Clear maybe"))

    def keep_only(self, keep: str, clash: Clash, others: str | None = None) -> None:
        """Resolve a clash in one undo step: keep one session starred; the others it overlaps become maybes
        or are unstarred (``others``: "maybe" or "unstar"; default: the user's setting)."""
        others = others or self.settings.clash_others
        changes, title = keeping(self.schedule, keep, clash, others), self.schedule.get(keep).title
        self.set_states(changes, tr("Keep {title}").format(title=title))
        n = len(changes) - 1
        said = (tr("Kept {title}; %n other(s) marked maybe (Ctrl+Z undoes it)", None, n) if others == "maybe"
                else tr("Kept {title}; %n other(s) unstarred (Ctrl+Z undoes it)", None, n))
        self.message.emit(said.format(title=title))

    def apply_states(self, changes: dict[str, str | None]) -> None:
        """Write pick states (the undo stack's commands call this; use set_states to make an undo step)."""
        self.store.update(changes, save=False)
        self._save_soon.trigger()
        self._redraw(self.picksChanged, set(changes))

    def _save_picks(self) -> None:  # right after the frame showing the stars: no click waits for the disk
        if self.plan is not None and self.store.unsaved:
            self.reload_if_changed()  # what another process saved meanwhile shows, these changes on top of it
            self._saving(tr('Your picks are kept in memory but could not be saved: {exc}'), self.store.save)

    def _saving(self, failed: str, save: Callable[[], object]) -> None:
        """Run ``save``; a StorageError (the change stays in memory) is said with ``failed`` ({exc}: why)."""
        try:
            save()
        except StorageError as exc:
            self.errorOccurred.emit(failed.format(exc=say(exc)))

    def picked_sessions(self, starred_only: bool = False) -> list[Session]:
        if self.feed is None:
            return []
        by_uid, ids = self.schedule.by_uid, self.store.starred() if starred_only else self.picks()
        return sorted((by_uid[u] for u in ids if u in by_uid), key=lambda s: (s.start, s.uid))

    def reload_if_changed(self) -> None:
        """Picks another process saved since (an `agenda star` in a terminal) show here too."""
        if self.plan is not None and self.plan.reload_if_changed():
            self._redraw(self.picksChanged, set())

    def note(self, uid: str) -> str:
        return self.store.note(uid) if self.plan is not None else ""

    def notes(self) -> dict[str, str]:
        return self.store.notes() if self.plan is not None else {}

    def items(self) -> list[dict]:
        return self.store.items() if self.plan is not None else []

    def set_note(self, uid: str, text: str) -> None:
        if self.plan is None or self.note(uid) == text.strip():
            return
        self._saving(tr('Your note is kept in memory but could not be saved: {exc}'), lambda: self.store.set_note(uid, text))
        self.noteChanged.emit(uid)

    def add_item(self, item: dict) -> None:
        """Add one of the user's own items: starred, in the Mine column, counted in clashes."""
        self._change_items(lambda store: store.add_item(item))

    def remove_item(self, uid: str) -> None:
        self._change_items(lambda store: store.remove_item(uid))

    def _change_items(self, change: Callable) -> None:
        if self.feed is None:
            return
        self._saving(tr('Your item is kept in memory but could not be saved: {exc}'), lambda: change(self.store))
        self.plan.items_changed()
        self._redraw(self.scheduleChanged)

    def import_picks(self, report) -> None:
        """Apply an import (core/plan/importing.py's report) as one undo step."""
        if self.plan is None or not (report.changes or report.notes or report.items):
            return
        before = {u: self.state(u) for u in report.changes}
        self.undo_stack.push(ImportCommand(self._import_apply, report, before, tr("Import picks")))

    def _import_apply(self, states: dict, notes: dict, items: list, *, undo: bool) -> None:
        self._saving(tr('The import is kept in memory but could not be saved: {exc}'),
                     lambda: self.store.bring(notes, items, undo=undo))
        if items:
            self.plan.items_changed()
        if states:
            self.apply_states(states)
        else:
            self._redraw(self.picksChanged, set())
        if items:
            self.scheduleChanged.emit()
        for uid in notes:
            self.noteChanged.emit(uid)

    def export_to(self, path: Path, *, include_maybes: bool, alarm: int | None) -> Exported:
        """Write my-agenda.ics (every conference's picks) and remember the choices. Raises StorageError."""
        result = self.plan.export_to(path, include_maybes=include_maybes, alarm_minutes=alarm)
        self.prefs.update(export_dir=str(path.parent), export_maybes=include_maybes, alarm_minutes=alarm)
        return result

    def export_renderer(self) -> Callable[..., object] | None:
        """What Export would write now with the remembered choices (for the share server), or None."""
        if self.plan is None:
            return None
        return self.plan.export_renderer(include_maybes=self.settings.export_maybes,
                                         alarm_minutes=self.settings.alarm_minutes)

    def set_room_change(self, minutes: int) -> None:
        self.prefs.update(room_change_minutes=max(0, int(minutes)))
        self._recompute_clashes()

    def _redraw(self, signal, *args) -> None:  # the clashes again, then ``signal`` has the window redraw both
        self._recompute_clashes(emit=False)
        signal.emit(*args)

    def _recompute_clashes(self, emit: bool = True) -> None:
        picked = self.picked_sessions(starred_only=True)
        several = self.plan is not None and self.plan.several  # going between two conferences' venues: off-site
        self.clashes = find_clashes(picked, self.settings.room_change_minutes,
                                    feed_of=self.plan.feed_of_ids(s.uid for s in picked) if several else None)
        if emit:
            self.clashesChanged.emit()

    def clash_ids(self) -> set[str]:
        return {u for c in self.clashes for u in c.sessions}

    def clashes_for(self, uid: str) -> list[Clash]:
        return [c for c in self.clashes if uid in c.sessions]
