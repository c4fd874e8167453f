"""The main window: a thin shell that builds the widgets and wires the grid and panels to the controller.
Menus and dialogs are actions.py's, search, filters and jumping to sessions finding.py's."""
from __future__ import annotations

from datetime import date

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

from ..core.search import SearchIndex
from .actions import WindowActions
from .controller import Controller
from .days import Days
from .finding import Finding
from .grid import GridView
from .idle import Idle
from .personal_dialogs import PersonalActions
from .session_menu import SessionMenu
from .view_options import ViewOptions

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


class MainWindow(WindowActions, PersonalActions, ViewOptions, Finding, Days, SessionMenu, QMainWindow):
    def __init__(self, controller: Controller, idle: Idle | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = controller
        self.setWindowTitle("Agenda")
        self.setAcceptDrops(True)
        self.days: list[date] = []
        self.day_index = 0
        self.last_error: str | None = None
        self.search_index: SearchIndex | None = None  # built while idle after a schedule opens
        self.idle = idle or Idle()  # started by finish_setup, after the first frame
        self.idle.setParent(self)
        self._layouts: dict = {}  # day -> DayLayout for the current schedule and zone
        self._clash_panel_shows = None
        self.track_filter: set[str] = set()
        self.room_filter: set[str] = set()
        self._clash_cursor = -1
        self.ready = False  # True once finish_setup has built what the first frame does not show
        self._build()
        c = self.ctl
        c.scheduleChanged.connect(self._on_schedule)
        c.picksChanged.connect(self._on_picks)
        c.noteChanged.connect(lambda _uid: self._refresh_side())
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

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.ctl.schedule is not None and event.oldSize().width() != event.size().width():
            self._legend()  # as many tracks as fit on its two lines

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
        self.search.returnPressed.connect(self.next_match)
        top.addWidget(self.search)
        self.search_count = QLabel()
        self.search_count.setAccessibleName("Matches")
        self.search_count.setTextFormat(Qt.PlainText)
        top.addWidget(self.search_count)
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
        self.panel_btn = QToolButton()
        self.panel_btn.setText("◨")
        self.panel_btn.setCheckable(True)
        self.panel_btn.setChecked(self.ctl.settings.side_panel)
        self.panel_btn.setToolTip("Show or hide the side panel (F9)")
        self.panel_btn.setAccessibleName("Side panel")
        self.panel_btn.toggled.connect(self.set_side_panel)
        top.addWidget(self.panel_btn)
        v.addLayout(top)
        self.zone_label = QLabel()
        self.zone_label.setTextFormat(Qt.PlainText)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.RichText)  # built by us from escaped track names
        self.legend.setWordWrap(True)
        self.legend.linkActivated.connect(self.legend_link)
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
        self.side.setVisible(self.ctl.settings.side_panel)
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
        g.zoomChanged.connect(self._zoom_changed)

    def _build_side(self) -> None:
        from PySide6.QtWidgets import QProgressBar, QPushButton

        from .clash_panel import ClashPanel
        from .panels import AgendaPanel, ChangesPanel, DetailsPanel

        self._details, self._agenda = DetailsPanel(), AgendaPanel()
        self._clash_panel, self._changes_panel = ClashPanel(self.ctl.settings.clash_others), ChangesPanel()
        self.side.addTab(self._details, "Details")
        self.side.addTab(self._agenda, "My agenda")
        self.side.addTab(self._clash_panel, "Clashes")
        self.side.addTab(self._changes_panel, "What changed")
        self._details.starToggled.connect(self.ctl.toggle_star)
        self._details.maybeToggled.connect(self.ctl.toggle_maybe)
        self._details.noteEdited.connect(self.ctl.set_note)
        self._agenda.sessionClicked.connect(self.reveal)
        self._agenda.gapClicked.connect(self.highlight_gap)
        self._agenda.removeGhost.connect(self.ctl.remove_ghost)
        self._changes_panel.acknowledged.connect(self.ctl.acknowledge_changes)
        self._changes_panel.sessionClicked.connect(self.reveal)
        self._clash_panel.keepRequested.connect(lambda uid, clash: self.ctl.keep_only(uid, clash, self._clash_panel.others))
        self._clash_panel.othersChosen.connect(self.ctl.set_clash_others)
        self.grid.menuRequested.connect(self.show_session_menu)
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

    # ---------------------------------------------------------------------------------------- updates
    def _on_schedule(self) -> None:
        s = self.ctl.schedule
        self.setWindowTitle(f"{s.name} — Agenda")
        self.grid.set_empty_text("No sessions on this day")
        self.tracks = sorted({x.track for x in s.sessions if x.track})
        index = self.search_index = SearchIndex(s, notes=self.ctl.notes)
        self.idle.run("search index", lambda: not index.build(self.SEARCH_CHUNK))
        self._layouts = {}
        self.track_filter, self.room_filter = set(), set()
        self._apply_view()
        self._rebuild_days(pick_today=True)
        if self.ready:
            self._fill_filter_menus()
        self._legend()
        self._on_clashes()

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
        from ..core.clashes import clash_summary

        self.clash_label.setText(clash_summary(self.ctl.clashes))

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
        states = self.ctl.picks()
        self._agenda.populate(self.ctl.picked_sessions(), states, self.ctl.clash_ids(), self.ctl.zone, self.ctl.ghosts,
                              self.ctl.notes())
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

    # ------------------------------------------------------------------------------------------- files
    def open_path(self, path: str) -> bool:
        return self.ctl.open_feed(path)

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

    def closeEvent(self, event) -> None:
        """Last chance to save picks that a failed save kept in memory."""
        problem = self.ctl.flush()
        if problem:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.warning(
                self, "Agenda", f"Your latest picks could not be saved: {problem}\n\nQuit anyway?",
                QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
            if answer != QMessageBox.Yes:
                event.ignore()
                return
        self.remember_geometry()
        self.ctl.cancel_fetch()
        if self.sharing is not None:  # nothing is served once the window is gone
            self.sharing.stop()
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
