"""The main window: a thin shell that builds the widgets, composes its parts and wires them, the grid and the
side panels to the controller. Each part owns its state and is given what it needs: ``days`` (days.py),
``finding`` (search, filters, legend: finding.py), ``view_options`` (zoom, theme, panel, placement),
``menus`` (menus.py), ``output`` (export, print, share), ``personal`` (import, own items), ``side_panels``
(when My agenda and Clashes are filled: side_panels.py) and
``session_menu``."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.plan.search import SpeakerIndex
from ..controller import Controller
from ..grid.view import GridView
from ..i18n import tr
from ..idle import Idle
from ..panels.side import SideTabs
from ..panels.summary import ClashCount
from .days import Days
from .finding import Finding
from .menus import Menus
from .output import Output
from .personal_dialogs import PersonalDialogs
from .session_menu import SessionMenu
from .side_panels import SidePanels
from .view_options import ViewOptions

# Dialogs, side panels, menus' actions and shortcuts are made after the grid's first paint (finish_setup):
# each PySide6 class costs its first use a few enum types, and none of these is in the first frame.


def _deferred(attr: str, *, panel: bool = False) -> property:
    """A widget that MainWindow.finish_setup creates after the first frame."""

    def get(self):
        self.finish_setup()
        if panel:  # read: as the picks are now
            if self.idle.pending("side panels"):
                self._flush_side()
            self.side_panels.up_to_date(vars(self)[attr])
        return vars(self)[attr]  # set by finish_setup

    return property(get)


class MainWindow(QMainWindow):
    def __init__(self, controller: Controller, idle: Idle | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = controller
        self.setWindowTitle(tr("Agenda"))
        self.setAcceptDrops(True)
        self.last_error: str | None = None
        self.error_box = None
        self.idle = idle or Idle()  # started by finish_setup, after the first frame
        self.idle.setParent(self)
        self.ready = False  # True once finish_setup has built what the first frame does not show
        self.disk_watch = None  # made by finish_setup: picks another process saves show here
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
        self.now_timer = QTimer(self)
        self.now_timer.setInterval(60_000)
        self.now_timer.timeout.connect(self._tick)
        self.now_timer.start()
        # Should nothing be painted (a hidden or minimised start), finish anyway.
        self._setup_timer = QTimer(self)
        self._setup_timer.setSingleShot(True)
        self._setup_timer.timeout.connect(self.finish_setup)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.ctl.schedule is not None and event.oldSize().width() != event.size().width():
            self.days.fit_zone_label()
            self.view_options.fit_side()  # the side panel closes itself on a narrow window
            QTimer.singleShot(0, self.days.fit_tabs)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.ready:
            self._setup_timer.start(400)

    def after_ready(self, fn) -> None:  # ``fn`` once the window has painted its first frame and is set up
        self.idle.once(fn)

    def finish_setup(self) -> None:
        """Build what the first frame does not show: side panels, menu actions and shortcuts, status-bar
        extras, filter menus; then run the work that was waiting for the first paint."""
        if self.ready:
            return
        self.ready = True
        self._setup_timer.stop()
        self._build_side()
        from .watch import DiskWatch

        self.disk_watch = DiskWatch(self.ctl, self)
        self.menus.build(self._file_menu, self._edit_menu, self._view_menu, self._help_menu)
        if self.ctl.schedule is not None:
            self.finding.fill_filter_menus()
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
        self.grid = GridView(idle=self.idle)
        self.day_tabs = QTabBar()
        self.day_tabs.setAccessibleName(tr("Conference days"))
        self.day_tabs.setExpanding(False)
        self.zone_label = QLabel()
        self.zone_label.setTextFormat(Qt.PlainText)
        self.zone_label.setWordWrap(True)  # a plan's long line: over two lines (Days.fit_zone_label)
        self.side = SideTabs(self.idle)  # its tabs come with finish_setup
        self.side.setVisible(self.ctl.settings.side_panel)
        self.zone_combo = QComboBox()
        self.zone_combo.setAccessibleName(tr("Time zone"))
        self.zone_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)  # narrow windows
        self.zone_combo.setMinimumContentsLength(10)
        self.zone_combo.addItems([tr("Venue time"), tr("My computer's time"), tr("Other zone…")])
        self.panel_btn = QToolButton()
        self.panel_btn.setText("◨")
        self.panel_btn.setCheckable(True)
        self.panel_btn.setChecked(self.ctl.settings.side_panel)
        self.panel_btn.setToolTip(tr("Show or hide the side panel (F9)"))
        self.panel_btn.setAccessibleName(tr("Side panel"))
        c, g = self.ctl, self.grid
        self.days = Days(c, g, self.day_tabs, self.zone_label, self.idle, shown=self._day_shown)
        self.finding = f = Finding(c, g, self.days, self.idle, self.statusBar(),
                                   show_clashes=lambda: self.side.setCurrentWidget(self.clash_panel))
        views = QVBoxLayout()  # the grid, and the list view beside it when made (one of them shown)
        views.setContentsMargins(0, 0, 0, 0)
        views.addWidget(g)
        self.view_options = ViewOptions(self, c, g, self.side, self.panel_btn, f.restyle, views, self._wire_view)
        self.output = Output(self, c)
        self.personal = PersonalDialogs(self, c, self.days)
        self.session_menu = SessionMenu(self, c, show_in_agenda=self._show_in_agenda)
        self.menus = Menus(self, c, self.zone_combo)
        central = QWidget()
        v = QVBoxLayout(central)
        v.setContentsMargins(4, 4, 4, 0)
        # Two rows that fit a 1024×600 screen, and 1366×768 at 2× scale (683 logical pixels wide): the days,
        # search and filter menus above; the zone, the legend and the two check boxes below.
        top = QHBoxLayout()
        top.addWidget(self.day_tabs)
        top.addWidget(self.days.menu_btn)  # all the days, when their tabs do not fit
        top.addStretch(1)
        top.addWidget(f.search, 3)
        for w in (f.search_count, f.track_btn, f.room_btn, self.zone_combo, self.panel_btn):
            top.addWidget(w)
        v.addLayout(top)
        info = QHBoxLayout()
        info.addWidget(self.zone_label)
        info.addSpacing(16)
        info.addWidget(f.legend, 1)
        info.addWidget(f.starred_only)
        info.addWidget(f.hide_unmatched)
        v.addLayout(info)
        self.split = QSplitter(Qt.Horizontal)
        self.split.addWidget(QWidget())
        self.split.widget(0).setLayout(views)
        self.split.addWidget(self.side)
        self.split.setStretchFactor(0, 4)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([960, 400])
        v.addWidget(self.split, 1)
        self.setCentralWidget(central)
        self.clash_label = ClashCount(self.idle)
        self.clash_label.setAccessibleName(tr("Clash count"))
        self.statusBar().addPermanentWidget(self.clash_label)
        mb = self.menuBar()  # the titles are in the first frame; their actions come with finish_setup
        self._file_menu, self._edit_menu, self._view_menu = mb.addMenu(tr("&File")), mb.addMenu(tr("&Edit")), mb.addMenu(tr("&View"))
        self._help_menu = mb.addMenu(tr("&Help"))
        g.selectionChanged.connect(self._show_details)
        g.selectionChanged.connect(lambda uid: self.view_options.fit_side(cleared=not uid))
        self._wire_view(g)

    def _wire_view(self, view) -> None:
        """The grid's and the list view's signals, alike: activate, star, maybe, first paint, the menu."""
        view.sessionActivated.connect(self._activate)
        view.starClicked.connect(self.ctl.toggle_star)
        view.maybeClicked.connect(self.ctl.toggle_maybe)
        view.firstPainted.connect(self.finish_setup)
        view.menuRequested.connect(lambda uid, where: self.session_menu.show(uid, where))

    def _build_side(self) -> None:
        from PySide6.QtWidgets import QProgressBar, QPushButton

        from ..panels.clashes import ClashPanel
        from ..panels.details import DetailsPanel
        from ..panels.lists import AgendaPanel, ChangesPanel

        self._details, self._agenda = DetailsPanel(), AgendaPanel()
        self._speakers: SpeakerIndex | None = None  # the speakers' other sessions, for the details
        self._clash_panel, self._changes_panel = ClashPanel(self.ctl.settings.clash_others), ChangesPanel()
        self.side.addTab(self._details, tr("Details"))
        self.side.addTab(self._agenda, tr("My agenda"))
        self.side.addTab(self._clash_panel, tr("Clashes"))
        self.side.addTab(self._changes_panel, tr("What changed"))
        self._details.starToggled.connect(self.ctl.toggle_star)
        self._details.maybeToggled.connect(self.ctl.toggle_maybe)
        self._details.noteEdited.connect(self.ctl.set_note)
        self._agenda.sessionClicked.connect(self.finding.reveal)
        self._details.sessionLinked.connect(self.finding.reveal)
        self._agenda.gapClicked.connect(self.finding.highlight_gap)
        self._agenda.removeGhost.connect(self.ctl.remove_ghost)
        self._changes_panel.acknowledged.connect(self.ctl.acknowledge_changes)
        self._changes_panel.sessionClicked.connect(self.finding.reveal)
        self._clash_panel.keepRequested.connect(lambda uid, clash: self.ctl.keep_only(uid, clash, self._clash_panel.others))
        self._clash_panel.othersChosen.connect(lambda others: self.ctl.prefs.update(clash_others=others))
        self.side_panels = SidePanels(self.ctl, self.side, self._agenda, self._clash_panel,
                                      lambda: self._show_details(self.grid.selected or ""))
        self._progress = QProgressBar()
        self._progress.setRange(0, 0)  # indeterminate: a fetch has no reliable total
        self._progress.setMaximumWidth(160)
        self._progress.setAccessibleName(tr("Loading"))
        self._cancel_btn = QPushButton(tr("Cancel"))
        self._cancel_btn.clicked.connect(self.ctl.cancel_fetch)
        self._offline_label = QLabel()
        self._offline_label.setTextFormat(Qt.PlainText)
        for i, w in enumerate((self._progress, self._cancel_btn, self._offline_label)):  # left of the clash count
            w.hide()
            self.statusBar().insertPermanentWidget(i, w)
        self._busy(self.ctl.busy)
        self._offline(self.ctl.reading.offline_label)

    # ---------------------------------------------------------------------------------------- updates
    def _on_schedule(self) -> None:
        s = self.ctl.schedule
        self.setWindowTitle(tr('{name} — Agenda').format(name=s.name))
        self.grid.set_empty_text(tr("No sessions on this day"))
        self.finding.open_schedule(self.ready)
        self.view_options.apply_view()
        self.days.open_schedule()
        if self.ready:
            self.finding.fill_filter_menus()  # the rooms, known once the days are
        self.finding.update_legend()
        self._on_clashes()
        self.idle.once(lambda: self._speakers_of().build(), "speakers", first=True)  # before a first click needs it

    def _on_picks(self, changed) -> None:
        self._update_clash_label()
        self.days.push_marks()
        self._refresh_side()
        if self.finding.starred_only.isChecked():
            self.finding.apply_filter()

    def _on_clashes(self) -> None:
        self._update_clash_label()
        self.days.push_marks()
        self._refresh_side()

    def _update_clash_label(self) -> None:
        self.clash_label.show_clashes(self.ctl.clashes)

    def _refresh_side(self) -> None:
        """Update the side panels soon, after the grid has repainted: a star shows at once, the lists
        follow within the same event-loop pass. Reading a panel (the properties above) flushes it."""
        if not self.ctl.schedule or not self.ready:
            return  # finish_setup fills the panels
        self.idle.once(self._flush_side, "side panels", first=True)

    def _flush_side(self) -> None:
        """The side panels' refresh (an idle job; reading a panel runs it at once): side_panels.py."""
        self.idle.cancel("side panels")
        self.side_panels.refresh()

    def _on_zone(self) -> None:
        self.days.rebuild()
        self._refresh_side()

    def _day_shown(self) -> None:
        self.finding.apply_filter()
        self._tick()

    def _tick(self) -> None:  # the now line, each minute
        self.grid.set_now(self.ctl.clock())

    def _show_details(self, uid: str) -> None:
        if not self.ready:
            return  # finish_setup shows the selection
        s = self.ctl.schedule.get(uid) if (uid and self.ctl.schedule) else None
        titles = set()
        if s:
            for c in self.ctl.clashes_for(uid):
                titles |= {self.ctl.schedule.get(u).title for u in c.sessions if u != uid}
        persons = self.ctl.schedule.persons(s) if s else []
        self._details.show_session(s, self.ctl.zone, self.ctl.state(uid) if s else None, titles,
                                   self.ctl.note(uid) if s else "", self._speakers_of().others(s) if s else (),
                                   [(p.name, p.biography) for _, p in persons if p],
                                   self.ctl.plan.conference_of(uid) if s else None)

    def _speakers_of(self) -> SpeakerIndex:
        if self._speakers is None or self._speakers.schedule is not self.ctl.schedule:
            self._speakers = SpeakerIndex(self.ctl.schedule)
        return self._speakers

    def _activate(self, uid: str) -> None:
        self._show_details(uid)
        self.side.setCurrentWidget(self.details)

    def _show_in_agenda(self, uid: str) -> None:
        self.side.setCurrentWidget(self.agenda)
        self.agenda.select_uid(uid)

    # ------------------------------------------------------------------------------------------- files
    def open_path(self, path: str) -> bool:
        return self.ctl.open_feed(path)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        """A dropped file, or an http(s)/webcal link: the first one opens, or joins the plan (the user says)."""
        urls = [u for u in event.mimeData().urls() if u.isLocalFile() or u.scheme().lower() in ("http", "https", "webcal")]
        if urls:
            self.menus.conferences.dropped(urls[0].toLocalFile() if urls[0].isLocalFile() else urls[0].toString())
            event.acceptProposedAction()

    def _busy(self, busy: bool) -> None:
        if self.ctl.schedule is None:  # nothing to show yet: say why the grid is empty
            self.grid.set_empty_text(tr("Loading the schedule…") if busy else tr("No schedule open (File › Open)"))
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
        self.side.name_tab(3, tr("What changed ({n})").format(n=n) if n else tr("What changed"))
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
                self, tr("Agenda"), tr('Your latest picks could not be saved: {problem}\n\nQuit anyway?').format(problem=problem),
                QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
            if answer != QMessageBox.Yes:
                event.ignore()
                return
        self.view_options.remember_geometry()
        self.ctl.cancel_fetch()
        if self.output.sharing is not None:  # nothing is served once the window is gone
            self.output.sharing.stop()
        super().closeEvent(event)

    def show_error(self, message: str) -> None:
        """A non-blocking error dialog; the current schedule stays (messages.show_error)."""
        from .messages import show_error

        self.last_error, self.error_box = message, show_error(self, message)
