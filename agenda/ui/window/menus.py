"""The window's menus and shortcuts, a part of the main window (built once the first frame is painted), and
the dialogs behind File and Edit that are not another part's: opening files and URLs, recent feeds, the
time zone, the refresh interval and the room-change buffer. Each dialog ends in a plain method
(set_custom_zone, set_auto_refresh) that other code calls too."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from ...core.errors import InputError
from ...core.feeds.source import is_url
from ..i18n import say, tr
from .messages import ask


def add_action(owner, menu, text: str, shortcut: str | None, slot):
    """A QAction of ``owner`` (a widget) in ``menu``, with its shortcut, running ``slot``."""
    from PySide6.QtGui import QAction, QKeySequence

    a = QAction(text, owner)
    if shortcut is not None:
        a.setShortcut(QKeySequence(shortcut))
    a.triggered.connect(slot)
    menu.addAction(a)
    return a


def start_folder(settings) -> str:
    """Where a dialog that opens a file starts: the folder the last file came from, else home."""
    folder = settings.open_dir
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def choose_file(window, ctl, title: str, filters: str) -> str | None:
    """A file chosen in an Open dialog that starts in the folder last used (see start_folder), whose folder
    is remembered for the next one; None when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(window, title, start_folder(ctl.settings), filters)
    if not path:
        return None
    ctl.prefs.update(open_dir=str(Path(path).parent))
    return path


def checked_url(window, text: str, verb: str) -> str | None:
    """A URL typed into a dialog, stripped; None (after saying why, unless nothing was typed) when it is not
    an http, https or webcal URL. ``verb``: what is done with it ("opened", "added")."""
    url = text.strip()
    if url and not is_url(url):
        said = (tr("{url}: only http, https and webcal URLs can be opened") if verb == "opened" else
                tr("{url}: only http, https and webcal URLs can be added"))
        window.show_error(said.format(url=url))
        return None
    return url or None


class Menus:
    """Owns the menus' actions, the Open Recent menu, the refresh timer and the zone chooser's answers.
    ``window`` is the main window: the actions' parent, show_error, close, and the other parts whose
    methods the actions call (output, personal, finding, days, view_options), which exist when ``build``
    runs."""

    def __init__(self, window, ctl, zone_combo) -> None:
        from PySide6.QtCore import QTimer

        self.window, self.ctl, self.zone_combo = window, ctl, zone_combo
        self.undo_action = self.redo_action = self.recent_menu = None
        from .conferences import Conferences

        self.conferences = Conferences(window, ctl)  # File → Add a conference…, and a dropped feed
        from .language import LanguageMenu

        self.language = LanguageMenu(window, ctl)  # View → Language and View → Clock
        zone_combo.activated.connect(self._zone_chosen)
        self.refresh_timer = QTimer(window)
        self.refresh_timer.timeout.connect(ctl.refresh)
        self.set_auto_refresh(ctl.settings.refresh_minutes)

    def build(self, file_menu, edit_menu, view_menu, help_menu) -> None:
        """Fill the menus (their titles are in the first frame) and make the shortcuts."""
        from PySide6.QtGui import QKeySequence, QShortcut

        w = p = self.window
        out, personal, finding = p.output, p.personal, p.finding
        f = file_menu
        add_action(w, f, tr("&Open…"), "Ctrl+O", self.open_dialog)
        add_action(w, f, tr("Open &URL…"), "Ctrl+L", self.open_url_dialog)
        self.recent_menu = f.addMenu(tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        f.addSeparator()
        self.conferences.add_actions(f)
        f.addSeparator()
        add_action(w, f, tr("&Export my agenda…"), "Ctrl+E", out.export_dialog)
        add_action(w, f, tr("Send to &phone…"), "Ctrl+Shift+E", out.share_dialog)
        add_action(w, f, tr("&Import picks…"), "Ctrl+I", personal.import_dialog)
        add_action(w, f, tr("Import picks from UR&L…"), None, personal.import_url_dialog)
        add_action(w, f, tr("&Print my agenda…"), "Ctrl+P", out.print_dialog)
        add_action(w, f, tr("Print pre&view…"), "Ctrl+Alt+P", out.preview_dialog)
        add_action(w, f, tr("Save agenda as P&DF…"), "Ctrl+Shift+P", out.pdf_dialog)
        f.addSeparator()
        add_action(w, f, tr("&Quit"), "Ctrl+Q", w.close)
        e = edit_menu
        undo = self.ctl.undo_stack.createUndoAction(w, tr("&Undo"))
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = self.ctl.undo_stack.createRedoAction(w, tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        e.addAction(undo)
        e.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        e.addSeparator()
        # Explicit keys: the platform theme's standard keys can be empty (offscreen, minimal desktops).
        add_action(w, e, tr("&Find"), "Ctrl+F", finding.focus_search)
        add_action(w, e, tr("Find &next"), "F3", lambda: finding.next_match(1))
        add_action(w, e, tr("Find pre&vious"), "Shift+F3", lambda: finding.next_match(-1))
        esc = QShortcut(QKeySequence("Esc"), finding.search)
        esc.setContext(Qt.WidgetShortcut)
        esc.activated.connect(finding.clear_search)
        add_action(w, e, tr("Minutes to change &rooms…"), None, self.room_change_dialog)
        add_action(w, e, tr("Add my &own item…"), "Ctrl+Shift+N", personal.add_item_dialog)
        v = view_menu
        add_action(w, v, tr("&Refresh"), "F5", self.ctl.refresh)
        add_action(w, v, tr("Refresh &automatically…"), None, self.auto_refresh_dialog)
        v.addSeparator()
        add_action(w, v, tr("Next clash"), "F8", lambda: finding.jump_clash(1))
        add_action(w, v, tr("Previous clash"), "Shift+F8", lambda: finding.jump_clash(-1))
        v.addSeparator()
        p.view_options.add_actions(v)
        self.language.add_actions(v)
        for n in range(1, 10):
            sc = QShortcut(QKeySequence(f"Ctrl+{n}"), w)
            sc.activated.connect(lambda n=n: p.days.set_day(n - 1))
        h = help_menu
        add_action(w, h, tr("&Keyboard shortcuts"), "F1", self.shortcuts_dialog)
        add_action(w, h, tr("&About Agenda"), None, self.about_dialog)

    def shortcuts_dialog(self) -> None:
        """Help → Keyboard shortcuts: every menu action's keys, read from the menus, and the grid's keys."""
        from ..dialogs.help import ShortcutsDialog

        ShortcutsDialog(self.window.menuBar(), self.window).open()

    def about_dialog(self) -> None:
        from ..dialogs.help import show_about

        show_about(self.window)

    def _zone_chosen(self, index: int) -> None:
        if index == 0:
            self.ctl.set_zone_mode("venue")
        elif index == 1:
            self.ctl.set_zone_mode("computer")
        else:
            from ...core.feeds.tz import zone_names

            zones = sorted(zone_names())
            current = self.ctl.zone_name
            ask(self.window, tr("Time zone"), tr("Show times in:"),
                lambda name: self.set_custom_zone(name) if name else self._sync_zone_combo(),
                items=zones, value=current if current in zones else zones[0], cancelled=self._sync_zone_combo)

    def set_custom_zone(self, name: str) -> bool:
        try:
            self.ctl.set_zone_mode("custom", name)
        except InputError as exc:
            self.window.show_error(say(exc))
            self._sync_zone_combo()
            return False
        return True

    def _sync_zone_combo(self) -> None:
        self.zone_combo.setCurrentIndex({"venue": 0, "computer": 1, "custom": 2}.get(self.ctl.settings.tz_mode, 0))

    def open_dialog(self) -> None:
        path = choose_file(self.window, self.ctl, tr("Open schedule feed"), tr("iCalendar feeds (*.ics *.ical);;All files (*)"))
        if path:
            self.ctl.open_feed(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for src in self.ctl.settings.recent_feeds:
            a = self.recent_menu.addAction(src)
            a.triggered.connect(lambda _=False, s=src: self.ctl.open_feed(s))
        if not self.ctl.settings.recent_feeds:
            self.recent_menu.addAction(tr("(none)")).setEnabled(False)

    def open_url_dialog(self) -> None:
        ask(self.window, tr("Open URL"), tr("Schedule feed URL (https://, http:// or webcal://):"), self._open_url)

    def _open_url(self, text: str) -> None:
        url = checked_url(self.window, text, "opened")
        if url:
            self.ctl.open_feed(url)

    def set_auto_refresh(self, minutes: int) -> None:
        self.refresh_timer.stop()
        if minutes and minutes > 0:
            self.refresh_timer.start(int(minutes) * 60_000)

    def auto_refresh_dialog(self) -> None:
        def chosen(n: int) -> None:
            self.ctl.prefs.update(refresh_minutes=n)
            self.set_auto_refresh(n)

        ask(self.window, tr("Refresh automatically"), tr("Refresh the feed every (minutes, 0 = never):"), chosen,
            value=self.ctl.settings.refresh_minutes, limits=(0, 24 * 60))

    def room_change_dialog(self) -> None:
        ask(self.window, tr("Minutes to change rooms"), tr("Flag consecutive picks in different rooms closer than (minutes):"),
            self.ctl.set_room_change, value=self.ctl.settings.room_change_minutes, limits=(0, 120))
