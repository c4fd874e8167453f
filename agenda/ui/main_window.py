"""The main window: a thin shell that wires the grid and panels to the controller."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabBar,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core import layout as lay
from ..core.layout import clash_minute_ranges
from ..core.picks import MAYBE, STAR
from ..core.storage import StorageError
from ..core.search import SearchIndex
from .controller import Controller
from .grid import GridView
from .idle import Idle
from .painter import escape_html, track_colour

# Dialogs, side panels, menus' actions and shortcuts are created after the grid's first paint (see
# finish_setup): each PySide6 class costs its first use a few enum types, and none of these is on screen
# in the first frame.


def _deferred(attr: str, *, panel: bool = False) -> property:
    """A widget that MainWindow.finish_setup creates after the first frame."""

    def get(self):
        self.finish_setup()
        if panel and self.idle.pending("side panels"):
            self._flush_side()
        return getattr(self, attr)

    return property(get)


class MainWindow(QMainWindow):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = controller
        self.setWindowTitle("Agenda")
        self.setAcceptDrops(True)
        self.days: list[date] = []
        self.day_index = 0
        self.last_error: str | None = None
        self.search_index: SearchIndex | None = None  # built while idle after a schedule opens
        self.idle = Idle(self)  # started by finish_setup, after the first frame
        self._layouts: dict = {}  # day -> DayLayout for the current schedule and zone
        self._clash_panel_shows = None
        self.track_filter: set[str] = set()
        self.room_filter: set[str] = set()
        self._clash_cursor = -1
        self.ready = False  # True once finish_setup has built what the first frame does not show
        self._build()
        c = self.ctl
        c.later = self.after_ready  # the controller's follow-up work (change review) waits for the first frame
        c.scheduleChanged.connect(self._on_schedule)
        c.picksChanged.connect(self._on_picks)
        c.clashesChanged.connect(self._on_clashes)
        c.zoneChanged.connect(self._on_zone)
        c.errorOccurred.connect(self.show_error)
        c.message.connect(lambda m: self.statusBar().showMessage(m, 8000))
        c.busyChanged.connect(self._busy)
        c.changesChanged.connect(self._on_changes)
        c.offlineChanged.connect(self._offline)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.timeout.connect(self.ctl.refresh)
        self.set_auto_refresh(self.ctl.settings.refresh_minutes)
        self.now_timer = QTimer(self)
        self.now_timer.setInterval(60_000)
        self.now_timer.timeout.connect(self._tick)
        self.now_timer.start()
        self.grid.firstPainted.connect(self.finish_setup)
        # Should nothing be painted (a hidden or minimised start), finish anyway.
        self._setup_timer = QTimer(self)
        self._setup_timer.setSingleShot(True)
        self._setup_timer.timeout.connect(self.finish_setup)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.ready:
            self._setup_timer.start(400)

    def after_ready(self, fn) -> None:
        """Run ``fn`` once the window has painted its first frame and finished setting up."""
        self.idle.once(fn)

    def finish_setup(self) -> None:
        """Build what the first frame does not show: side panels, menu actions and shortcuts, status-bar
        extras, filter menus; then run the work that was waiting for the first paint."""
        if self.ready:
            return
        self.ready = True
        self._setup_timer.stop()
        self._build_side()
        self._menus()
        if self.ctl.schedule is not None:
            self._fill_filter_menus()
            self._on_changes()
        self.idle.start()  # the work that was waiting for the first frame

    # Widgets created by finish_setup; touching one earlier finishes the set-up first, and reading a side
    # panel shows it up to date (a pending refresh is flushed).
    details = _deferred("_details", panel=True)
    agenda = _deferred("_agenda", panel=True)
    clash_panel = _deferred("_clash_panel", panel=True)
    changes_panel = _deferred("_changes_panel", panel=True)
    progress = _deferred("_progress")
    cancel_btn = _deferred("_cancel_btn")
    offline_label = _deferred("_offline_label")

    # ------------------------------------------------------------------------------------------ build
    def _build(self) -> None:
        central = QWidget()
        v = QVBoxLayout(central)
        v.setContentsMargins(4, 4, 4, 0)
        top = QHBoxLayout()
        self.day_tabs = QTabBar()
        self.day_tabs.setAccessibleName("Conference days")
        self.day_tabs.setExpanding(False)
        self.day_tabs.currentChanged.connect(self.set_day)
        top.addWidget(self.day_tabs)
        top.addStretch(1)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search titles, speakers, rooms, tracks… (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search")
        self.search.setMinimumWidth(260)
        self.search.textChanged.connect(self.apply_filter)
        top.addWidget(self.search)
        self.track_btn = QToolButton()
        self.track_btn.setText("Tracks")
        self.track_btn.setPopupMode(QToolButton.InstantPopup)
        self.track_menu = QMenu(self.track_btn)
        self.track_btn.setMenu(self.track_menu)
        self.room_btn = QToolButton()
        self.room_btn.setText("Rooms")
        self.room_btn.setPopupMode(QToolButton.InstantPopup)
        self.room_menu = QMenu(self.room_btn)
        self.room_btn.setMenu(self.room_menu)
        self.starred_only = QCheckBox("Starred only")
        self.starred_only.toggled.connect(self.apply_filter)
        self.hide_unmatched = QCheckBox("Hide others")
        self.hide_unmatched.setToolTip("Hide sessions that do not match instead of dimming them")
        self.hide_unmatched.toggled.connect(self.apply_filter)
        for w in (self.track_btn, self.room_btn, self.starred_only, self.hide_unmatched):
            top.addWidget(w)
        self.zone_combo = QComboBox()
        self.zone_combo.setAccessibleName("Time zone")
        self.zone_combo.addItems(["Venue time", "My computer's time", "Other zone…"])
        self.zone_combo.activated.connect(self._zone_chosen)
        top.addWidget(self.zone_combo)
        v.addLayout(top)
        self.zone_label = QLabel()
        self.zone_label.setTextFormat(Qt.PlainText)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.RichText)  # built by us from escaped track names
        self.legend.setWordWrap(True)
        info = QHBoxLayout()
        info.addWidget(self.zone_label)
        info.addSpacing(16)
        info.addWidget(self.legend, 1)
        v.addLayout(info)
        self.split = QSplitter(Qt.Horizontal)
        self.grid = GridView(idle=self.idle)
        self.split.addWidget(self.grid)
        self.side = QTabWidget()  # its tabs come with finish_setup
        self.split.addWidget(self.side)
        self.split.setStretchFactor(0, 4)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([960, 400])
        v.addWidget(self.split, 1)
        self.setCentralWidget(central)
        self.clash_label = QLabel("No clashes")
        self.clash_label.setAccessibleName("Clash count")
        self.statusBar().addPermanentWidget(self.clash_label)
        mb = self.menuBar()  # the titles are in the first frame; their actions come with finish_setup
        self._file_menu, self._edit_menu, self._view_menu = mb.addMenu("&File"), mb.addMenu("&Edit"), mb.addMenu("&View")
        g = self.grid
        g.selectionChanged.connect(self._show_details)
        g.sessionActivated.connect(self._activate)
        g.starClicked.connect(self.ctl.toggle_star)
        g.maybeClicked.connect(self.ctl.toggle_maybe)

    def _build_side(self) -> None:
        from PySide6.QtWidgets import QProgressBar, QPushButton

        from .panels import AgendaPanel, ChangesPanel, ClashPanel, DetailsPanel

        self._details, self._agenda = DetailsPanel(), AgendaPanel()
        self._clash_panel, self._changes_panel = ClashPanel(), ChangesPanel()
        self.side.addTab(self._details, "Details")
        self.side.addTab(self._agenda, "My agenda")
        self.side.addTab(self._clash_panel, "Clashes")
        self.side.addTab(self._changes_panel, "What changed")
        self._details.starToggled.connect(self.ctl.toggle_star)
        self._details.maybeToggled.connect(self.ctl.toggle_maybe)
        self._agenda.sessionClicked.connect(self.reveal)
        self._agenda.gapClicked.connect(self.highlight_gap)
        self._agenda.removeGhost.connect(self.ctl.remove_ghost)
        self._changes_panel.acknowledged.connect(self.ctl.acknowledge_changes)
        self._changes_panel.sessionClicked.connect(self.reveal)
        self._clash_panel.keepRequested.connect(self.ctl.keep_only)
        self._progress = QProgressBar()
        self._progress.setRange(0, 0)  # indeterminate: a fetch has no reliable total
        self._progress.setMaximumWidth(160)
        self._progress.setAccessibleName("Loading")
        self._cancel_btn = QPushButton("Cancel")
        self._cancel_btn.clicked.connect(self.ctl.cancel_fetch)
        self._offline_label = QLabel()
        self._offline_label.setTextFormat(Qt.PlainText)
        for i, w in enumerate((self._progress, self._cancel_btn, self._offline_label)):  # left of the clash count
            w.hide()
            self.statusBar().insertPermanentWidget(i, w)
        self._busy(self.ctl.busy)
        self._offline(self.ctl.offline)

    def _menus(self) -> None:
        from PySide6.QtGui import QKeySequence, QShortcut

        f = self._file_menu
        self._action(f, "&Open…", "Ctrl+O", self.open_dialog)
        self._action(f, "Open &URL…", "Ctrl+L", self.open_url_dialog)
        self.recent_menu = f.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        f.addSeparator()
        self._action(f, "&Export my agenda…", "Ctrl+E", self.export_dialog)
        f.addSeparator()
        self._action(f, "&Quit", "Ctrl+Q", self.close)
        e = self._edit_menu
        undo = self.ctl.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = self.ctl.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        e.addAction(undo)
        e.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        e.addSeparator()
        # Explicit keys: the platform theme's standard keys can be empty (offscreen, minimal desktops).
        self._action(e, "&Find", "Ctrl+F", self.focus_search)
        self._action(e, "Minutes to change &rooms…", None, self.room_change_dialog)
        v = self._view_menu
        self._action(v, "&Refresh", "F5", self.ctl.refresh)
        self._action(v, "Refresh &automatically…", None, self.auto_refresh_dialog)
        v.addSeparator()
        self._action(v, "Next clash", "F8", lambda: self.jump_clash(1))
        self._action(v, "Previous clash", "Shift+F8", lambda: self.jump_clash(-1))
        for n in range(1, 10):
            sc = QShortcut(QKeySequence(f"Ctrl+{n}"), self)
            sc.activated.connect(lambda n=n: self.set_day(n - 1))

    def _action(self, menu, text, shortcut, slot):
        from PySide6.QtGui import QAction, QKeySequence

        a = QAction(text, self)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        a.triggered.connect(slot)
        menu.addAction(a)
        return a

    # ---------------------------------------------------------------------------------------- updates
    def _on_schedule(self) -> None:
        s = self.ctl.schedule
        self.setWindowTitle(f"{s.name} — Agenda")
        self.grid.set_empty_text("No sessions on this day")
        self.tracks = sorted({x.track for x in s.sessions if x.track})
        index = self.search_index = SearchIndex(s)
        self.idle.run("search index", lambda: not index.build(self.SEARCH_CHUNK))
        self._layouts = {}
        self.track_filter, self.room_filter = set(), set()
        self._rebuild_days(pick_today=True)
        if self.ready:
            self._fill_filter_menus()
        self._legend()
        self._on_clashes()

    def _legend(self) -> None:
        parts = []
        for t in self.tracks[:16]:
            c = track_colour(t, self.tracks).name()
            parts.append(f'<span style="color:{c}">■</span>&nbsp;{escape_html(t.title() if t.isupper() else t)}')
        self.legend.setText("&nbsp;&nbsp; ".join(parts))

    def _fill_filter_menus(self) -> None:
        self.track_menu.clear()
        for t in self.tracks:
            a = self.track_menu.addAction(t)
            a.setCheckable(True)
            a.toggled.connect(lambda on, t=t: self._toggle_filter(self.track_filter, t, on))
        self.room_menu.clear()
        for col in self.day_index_data.columns:
            a = self.room_menu.addAction(col.label)
            a.setCheckable(True)
            a.toggled.connect(lambda on, k=col.key: self._toggle_filter(self.room_filter, k, on))

    def _toggle_filter(self, target: set, value: str, on: bool) -> None:
        (target.add if on else target.discard)(value)
        self.track_btn.setText(f"Tracks ({len(self.track_filter)})" if self.track_filter else "Tracks")
        self.room_btn.setText(f"Rooms ({len(self.room_filter)})" if self.room_filter else "Rooms")
        self.apply_filter()

    def _rebuild_days(self, pick_today: bool = False) -> None:
        s = self.ctl.schedule
        zone = self.ctl.zone
        old = self.days[self.day_index] if self.days and 0 <= self.day_index < len(self.days) else None
        self.day_index_data = lay.index_days(s, zone)  # once per schedule and zone, not per day switch
        self.days = self.day_index_data.days
        self._layouts = {}
        self.grid.keep_ready([])  # the old layouts: no longer days to switch to
        self.day_tabs.blockSignals(True)
        while self.day_tabs.count():
            self.day_tabs.removeTab(0)
        for i, d in enumerate(self.days):
            self.day_tabs.addTab(f"{d:%a %d %b}")
            self.day_tabs.setTabToolTip(i, f"{d:%A %d %B %Y} (Ctrl+{i + 1})" if i < 9 else f"{d:%A %d %B %Y}")
        self.day_tabs.blockSignals(False)
        if pick_today or old not in self.days:
            today = self.ctl.clock().astimezone(zone).date()
            index = lay.default_day_index(self.days, today)
        else:
            index = self.days.index(old)
        self.zone_label.setText(self.ctl.zone_label())
        self.day_index = -1
        self.set_day(index)
        self.idle.run("layouts", self._precompute_layouts)

    def set_day(self, index: int) -> None:
        if not self.days or not (0 <= index < len(self.days)):
            if not self.days:
                self.grid.set_day({}, lay.DayLayout(date.today(), (), (), (), 540, 1020, ()), self.ctl.zone, [])
            return
        if index == self.day_index:
            return
        self.day_index = index
        self.day_tabs.blockSignals(True)
        self.day_tabs.setCurrentIndex(index)
        self.day_tabs.blockSignals(False)
        s, zone = self.ctl.schedule, self.ctl.zone
        day = self.days[index]
        self.day_layout = self._layout_for(day)
        self.grid.set_day(s.by_uid, self.day_layout, zone, self.tracks)
        self._push_marks()
        self.apply_filter()
        self._tick()
        self.grid.scroll_to_first_block()

    def _layout_for(self, day: date):
        layout = self._layouts.get(day)
        if layout is None:
            idx = self.day_index_data
            layout = lay.layout_day(self.ctl.schedule, day, self.ctl.zone, idx.by_day.get(day, []), idx.columns)
            self._layouts[day] = layout
        return layout

    def _precompute_layouts(self) -> bool:
        """An idle job: lay out the other days one per turn, then have the grid draw their first views ahead,
        so that switching to them is instant. True while there are days left to lay out."""
        for day in self.days:
            if day not in self._layouts:
                self._layout_for(day)
                return True
        self.grid.keep_ready([self._layouts[day] for day in self.days])
        return False

    def current_day(self) -> date | None:
        return self.days[self.day_index] if self.days and 0 <= self.day_index < len(self.days) else None

    def _push_marks(self) -> None:
        if self.ctl.store is None or self.current_day() is None:
            return
        states = self.ctl.store.as_dict()
        ranges = clash_minute_ranges(self.ctl.clashes, self.current_day(), self.ctl.zone)
        self.grid.set_marks(states, self.ctl.clash_ids(), ranges)

    def _on_picks(self, changed) -> None:
        self._update_clash_label()
        self._push_marks()
        self._refresh_side()
        if self.starred_only.isChecked():
            self.apply_filter()

    def _on_clashes(self) -> None:
        self._update_clash_label()
        self._push_marks()
        self._refresh_side()

    def _update_clash_label(self) -> None:
        n = len(self.ctl.clashes)
        overlaps = sum(1 for c in self.ctl.clashes if c.kind == "overlap")
        transfers = n - overlaps
        if n == 0:
            self.clash_label.setText("No clashes")
        else:
            bits = []
            if overlaps:
                bits.append(f"{overlaps} clash{'es' if overlaps != 1 else ''}")
            if transfers:
                bits.append(f"{transfers} tight transfer{'s' if transfers != 1 else ''}")
            self.clash_label.setText("⚠ " + ", ".join(bits))

    def _refresh_side(self) -> None:
        """Update the side panels soon, after the grid has repainted: a star shows at once, the lists
        follow within the same event-loop pass. Reading a panel (the properties above) flushes it."""
        if not self.ctl.schedule or not self.ready:
            return  # finish_setup fills the panels
        self.side.setTabText(2, f"Clashes ({len(self.ctl.clashes)})" if self.ctl.clashes else "Clashes")
        self.idle.once(self._flush_side, "side panels", first=True)

    def _flush_side(self) -> None:
        """Bring the side panels up to date (an idle job; reading a panel runs it at once)."""
        self.idle.cancel("side panels")
        if not self.ctl.schedule:
            return
        states = self.ctl.store.as_dict() if self.ctl.store is not None else {}
        self._agenda.populate(self.ctl.picked_sessions(), states, self.ctl.clash_ids(), self.ctl.zone, self.ctl.ghosts)
        shown = (self.ctl.clashes, id(self.ctl.schedule), self.ctl.zone_name)
        if shown != self._clash_panel_shows:  # rebuilding its widgets is the costly part of a star click
            self._clash_panel.populate(self.ctl.clashes, self.ctl.schedule, self.ctl.zone)
            self._clash_panel_shows = shown
        self._show_details(self.grid.selected or "")

    def _on_zone(self) -> None:
        self._rebuild_days()
        self._refresh_side()

    def _tick(self) -> None:
        now = self.ctl.clock()
        self.grid.set_now(now)

    # ------------------------------------------------------------------------------------------- search
    def matches(self) -> set[str] | None:
        """Ids of sessions matching the search words and filters; None when nothing filters."""
        states = self.ctl.store.as_dict() if self.ctl.store is not None else {}
        return self.search_index.matches(self.search.text(), tracks=self.track_filter, rooms=self.room_filter,
                                         starred=set(states) if self.starred_only.isChecked() else None)

    SEARCH_CHUNK = 2500  # sessions indexed per idle event-loop turn (a few ms)

    def apply_filter(self) -> None:
        if not self.ctl.schedule:
            return
        match = self.matches()
        self.grid.set_filter(match, self.hide_unmatched.isChecked())
        if match is None:
            self.statusBar().clearMessage()
        else:
            on_day = sum(1 for b in self.grid.day_layout.blocks if b.uid in match) if self.grid.day_layout else 0
            self.statusBar().showMessage(f"{len(match)} matching sessions, {on_day} on this day")

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --------------------------------------------------------------------------------------- selection
    def _show_details(self, uid: str) -> None:
        if not self.ready:
            return  # finish_setup shows the selection
        s = self.ctl.schedule.get(uid) if (uid and self.ctl.schedule) else None
        titles = set()
        if s:
            for c in self.ctl.clashes_for(uid):
                titles |= {self.ctl.schedule.get(u).title for u in c.sessions if u != uid}
        self._details.show_session(s, self.ctl.zone, self.ctl.state(uid) if s else None, titles)

    def _activate(self, uid: str) -> None:
        self._show_details(uid)
        self.side.setCurrentWidget(self.details)

    def reveal(self, uid: str) -> None:
        """Switch to the session's day and select it."""
        s = self.ctl.schedule.get(uid)
        if s is None:
            return
        day = lay.session_day(s, self.ctl.zone)
        if day in self.days:
            self.set_day(self.days.index(day))
        self.grid.select(uid)
        self.grid.setFocus()

    def highlight_gap(self, start, end) -> None:
        fits = {s.uid for s in self.ctl.schedule.sessions if s.start >= start and s.end <= end and not s.all_day}
        self.grid.set_highlight(fits)
        self.statusBar().showMessage(f"{len(fits)} sessions fit in this gap", 8000)

    def jump_clash(self, step: int) -> None:
        clashes = self.ctl.clashes
        if not clashes:
            self.statusBar().showMessage("No clashes", 4000)
            return
        self._clash_cursor = (self._clash_cursor + step) % len(clashes)
        c = clashes[self._clash_cursor]
        self.reveal(c.sessions[0])
        self.side.setCurrentWidget(self.clash_panel)
        self.statusBar().showMessage(f"Clash {self._clash_cursor + 1} of {len(clashes)}", 6000)

    # ------------------------------------------------------------------------------------------- zone
    def _zone_chosen(self, index: int) -> None:
        if index == 0:
            self.ctl.set_zone_mode("venue")
        elif index == 1:
            self.ctl.set_zone_mode("computer")
        else:
            from ..core.tz import zone_names

            zones = sorted(zone_names())
            current = self.ctl.zone_name
            from PySide6.QtWidgets import QInputDialog

            name, ok = QInputDialog.getItem(self, "Time zone", "Show times in:", zones,
                                            zones.index(current) if current in zones else 0, True)
            if ok and name:
                self.set_custom_zone(name)
            else:
                self._sync_zone_combo()

    def set_custom_zone(self, name: str) -> bool:
        try:
            self.ctl.set_zone_mode("custom", name)
        except ValueError as exc:
            self.show_error(str(exc))
            self._sync_zone_combo()
            return False
        return True

    def _sync_zone_combo(self) -> None:
        self.zone_combo.setCurrentIndex({"venue": 0, "computer": 1, "custom": 2}.get(self.ctl.settings.tz_mode, 0))

    # ------------------------------------------------------------------------------------------- files
    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, "Open schedule feed", "", "iCalendar feeds (*.ics *.ical);;All files (*)")
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> bool:
        return self.ctl.open_feed(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for src in self.ctl.settings.recent_feeds:
            a = self.recent_menu.addAction(src)
            a.triggered.connect(lambda _=False, s=src: self.open_path(s))
        if not self.ctl.settings.recent_feeds:
            self.recent_menu.addAction("(none)").setEnabled(False)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_path(url.toLocalFile())
                event.acceptProposedAction()
                return
            if url.scheme().lower() in ("http", "https", "webcal"):
                self.open_path(url.toString())
                event.acceptProposedAction()
                return

    def open_url_dialog(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        url, ok = QInputDialog.getText(self, "Open URL", "Schedule feed URL (https://, http:// or webcal://):")
        if ok and url.strip():
            if not self.ctl.is_url(url.strip()):
                self.show_error(f"{url.strip()}: only http, https and webcal URLs can be opened")
                return
            self.open_path(url.strip())

    def _busy(self, busy: bool) -> None:
        if self.ctl.schedule is None:  # nothing to show yet: say why the grid is empty
            self.grid.set_empty_text("Loading the schedule…" if busy else "No schedule open (File › Open)")
        self.progress.setVisible(busy)
        self.cancel_btn.setVisible(busy)

    def _offline(self, text: str) -> None:
        self.offline_label.setText(text)
        self.offline_label.setVisible(bool(text))

    def _on_changes(self) -> None:
        if not self.ready:
            return  # finish_setup shows them
        self.changes_panel.populate(self.ctl.changes, self.ctl.new_sessions, self.ctl.zone)
        n = len(self.ctl.changes)
        self.side.setTabText(3, f"What changed ({n})" if n else "What changed")
        self.grid.changed_ids = self.ctl.changed_ids()
        self.grid.viewport().update()
        if n:
            self.side.setCurrentWidget(self.changes_panel)
        self._refresh_side()

    def set_auto_refresh(self, minutes: int) -> None:
        self.refresh_timer.stop()
        if minutes and minutes > 0:
            self.refresh_timer.start(int(minutes) * 60_000)

    def auto_refresh_dialog(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        n, ok = QInputDialog.getInt(self, "Refresh automatically", "Refresh the feed every (minutes, 0 = never):",
                                    self.ctl.settings.refresh_minutes, 0, 24 * 60)
        if ok:
            self.ctl.settings.refresh_minutes = n
            self.ctl._save_settings()
            self.set_auto_refresh(n)

    def export_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from ..core.export import default_export_path

        start = default_export_path(self.ctl.settings.export_dir)
        path, _ = QFileDialog.getSaveFileName(self, "Export my agenda", str(start), "iCalendar (*.ics)")
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        from ..core.export import write_export

        ids = [s.uid for s in self.ctl.starred_sessions()]
        try:
            result = write_export(self.ctl.schedule, ids, path, self.ctl.paths.export_state(self.ctl.key),
                                  alarm_minutes=self.ctl.settings.alarm_minutes)
        except StorageError as exc:
            self.show_error(f"Export failed: {exc}")
            return False
        self.ctl.settings.export_dir = str(path.parent)
        self.ctl._save_settings()
        extra = f" and {result.cancelled} cancellation(s)" if result.cancelled else ""
        self.statusBar().showMessage(f"Exported {result.exported} sessions{extra} to {path}", 15000)
        return True

    def room_change_dialog(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        n, ok = QInputDialog.getInt(self, "Minutes to change rooms",
                                    "Flag consecutive picks in different rooms closer than (minutes):",
                                    self.ctl.settings.room_change_minutes, 0, 120)
        if ok:
            self.ctl.set_room_change(n)

    def closeEvent(self, event) -> None:
        """Last chance to save picks that a failed save kept in memory."""
        store = self.ctl.store
        if store is not None and store.unsaved:
            from PySide6.QtWidgets import QMessageBox

            try:
                store.save()
            except StorageError as exc:
                answer = QMessageBox.warning(
                    self, "Agenda", f"Your latest picks could not be saved: {exc}\n\nQuit anyway?",
                    QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
                if answer != QMessageBox.Yes:
                    event.ignore()
                    return
        self.ctl.cancel_fetch()
        super().closeEvent(event)

    def show_error(self, message: str) -> None:
        """A non-blocking error dialog; the current schedule stays."""
        from PySide6.QtWidgets import QMessageBox

        self.last_error = message
        box = QMessageBox(QMessageBox.Warning, "Agenda", message, QMessageBox.Ok, self)
        box.setTextFormat(Qt.PlainText)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()
        self.error_box = box
        self.statusBar().showMessage(message, 15000)
