"""The window's menus, actions, shortcuts and dialogs (mixed into MainWindow, which calls ``_menus`` once the
first frame is painted): opening files and URLs, recent feeds, export, the time zone, the refresh interval
and the room-change buffer. Each dialog ends in a plain method (open_path, export_to, set_custom_zone,
set_auto_refresh) that tests and other code call directly."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from ..core.errors import InputError, StorageError


class WindowActions:
    """Needs from the window: ctl, the menus made in _build, statusBar(), show_error()."""

    def _menus(self) -> None:
        from PySide6.QtGui import QKeySequence, QShortcut

        f = self._file_menu
        self._action(f, "&Open…", "Ctrl+O", self.open_dialog)
        self._action(f, "Open &URL…", "Ctrl+L", self.open_url_dialog)
        self.recent_menu = f.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        f.addSeparator()
        self._action(f, "&Export my agenda…", "Ctrl+E", self.export_dialog)
        self._action(f, "Send to &phone…", "Ctrl+Shift+E", self.share_dialog)
        self._action(f, "&Import picks…", "Ctrl+I", self.import_dialog)
        self._action(f, "&Print my agenda…", "Ctrl+P", self.print_dialog)
        self._action(f, "Save agenda as P&DF…", "Ctrl+Shift+P", self.pdf_dialog)
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
        self._action(e, "Find &next", "F3", lambda: self.next_match(1))
        self._action(e, "Find pre&vious", "Shift+F3", lambda: self.next_match(-1))
        esc = QShortcut(QKeySequence("Esc"), self.search)
        esc.setContext(Qt.WidgetShortcut)
        esc.activated.connect(self.clear_search)
        self._action(e, "Minutes to change &rooms…", None, self.room_change_dialog)
        self._action(e, "Add my &own item…", "Ctrl+Shift+N", self.add_item_dialog)
        v = self._view_menu
        self._action(v, "&Refresh", "F5", self.ctl.refresh)
        self._action(v, "Refresh &automatically…", None, self.auto_refresh_dialog)
        v.addSeparator()
        self._action(v, "Next clash", "F8", lambda: self.jump_clash(1))
        self._action(v, "Previous clash", "Shift+F8", lambda: self.jump_clash(-1))
        v.addSeparator()
        self._view_actions(v)
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
        except InputError as exc:
            self.show_error(str(exc))
            self._sync_zone_combo()
            return False
        return True

    def _sync_zone_combo(self) -> None:
        self.zone_combo.setCurrentIndex({"venue": 0, "computer": 1, "custom": 2}.get(self.ctl.settings.tz_mode, 0))

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, "Open schedule feed", "", "iCalendar feeds (*.ics *.ical);;All files (*)")
        if path:
            self.open_path(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for src in self.ctl.settings.recent_feeds:
            a = self.recent_menu.addAction(src)
            a.triggered.connect(lambda _=False, s=src: self.open_path(s))
        if not self.ctl.settings.recent_feeds:
            self.recent_menu.addAction("(none)").setEnabled(False)

    def open_url_dialog(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        url, ok = QInputDialog.getText(self, "Open URL", "Schedule feed URL (https://, http:// or webcal://):")
        if ok and url.strip():
            if not self.ctl.is_url(url.strip()):
                self.show_error(f"{url.strip()}: only http, https and webcal URLs can be opened")
                return
            self.open_path(url.strip())

    def set_auto_refresh(self, minutes: int) -> None:
        self.refresh_timer.stop()
        if minutes and minutes > 0:
            self.refresh_timer.start(int(minutes) * 60_000)

    def auto_refresh_dialog(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        n, ok = QInputDialog.getInt(self, "Refresh automatically", "Refresh the feed every (minutes, 0 = never):",
                                    self.ctl.settings.refresh_minutes, 0, 24 * 60)
        if ok:
            self.ctl.prefs.update(refresh_minutes=n)
            self.set_auto_refresh(n)

    export_window = None  # the open export dialog (tests fill it in)
    export_notice = None  # the message that says where the last export went

    def export_dialog(self) -> None:
        """Ask where to write (default: core.export's one rule), whether maybes go too and the reminder."""
        from ..core.export import default_export_path
        from ..core.picks import MAYBE, STAR
        from .export_dialog import ExportDialog

        states = [self.ctl.state(s.uid) for s in self.ctl.picked_sessions()]
        settings = self.ctl.settings
        dlg = self.export_window = ExportDialog(default_export_path(settings.export_dir), settings.export_maybes,
                                                settings.alarm_minutes, (states.count(STAR), states.count(MAYBE)), self)
        dlg.setAttribute(Qt.WA_DeleteOnClose)
        dlg.accepted.connect(lambda: self.export_to(dlg.path, include_maybes=dlg.maybes.isChecked(),
                                                    alarm=dlg.alarm_minutes))
        dlg.open()

    def export_to(self, path: Path, *, include_maybes: bool | None = None, alarm: int | None | str = "setting") -> bool:
        """Write my-agenda.ics to ``path``; the choices given are remembered for the next export. Says where
        it wrote in a message the user sees (and in the status bar)."""
        settings = self.ctl.settings
        include_maybes = settings.export_maybes if include_maybes is None else include_maybes
        alarm = settings.alarm_minutes if alarm == "setting" else alarm
        try:
            result = self.ctl.export_to(path, include_maybes=include_maybes, alarm=alarm)
        except StorageError as exc:
            self.show_error(f"Export failed: {exc}")
            return False
        if self.sharing is not None:  # what is shared follows the export's choices
            self.sharing.publish()
        n = result.exported
        extra = f" and {result.cancelled} cancellation{'s' if result.cancelled != 1 else ''}" if result.cancelled else ""
        message = f"Exported {n} session{'s' if n != 1 else ''}{extra} to {path}"
        self.statusBar().showMessage(message, 15000)
        self._export_written(message, path)
        return True

    def _sheets(self):
        """The printed agenda of the picks (maybes included, set apart), or None after saying there is none."""
        from ..core.sheet import day_sheets

        ctl = self.ctl
        if ctl.schedule is None:
            return None
        sheets = day_sheets(ctl.schedule, ctl.picks(), ctl.zone,
                            room_change_minutes=ctl.settings.room_change_minutes)
        if not sheets:
            self.show_error("Nothing to print yet: star the sessions you want on paper first.")
            return None
        return sheets

    def print_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self._sheets() is None:
            return
        self._printer = QPrinter(QPrinter.HighResolution)
        dlg = QPrintDialog(self._printer, self)
        dlg.setAttribute(Qt.WA_DeleteOnClose)
        dlg.accepted.connect(lambda: self.print_to(self._printer))
        dlg.open()

    def print_to(self, printer) -> int:
        """Print the agenda on ``printer``; the number of pages (0 when there was nothing to print)."""
        from .print_sheet import print_sheets

        sheets = self._sheets()
        if sheets is None:
            return 0
        pages = print_sheets(printer, sheets, title=self.ctl.schedule.name, zone=self.ctl.zone)
        self.statusBar().showMessage(f"Printed your agenda: {pages} page{'s' if pages != 1 else ''}", 15000)
        return pages

    def pdf_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from ..core.export import default_export_path

        if self._sheets() is None:
            return
        start = default_export_path(self.ctl.settings.export_dir).with_suffix(".pdf")
        path, _ = QFileDialog.getSaveFileName(self, "Save agenda as PDF", str(start), "PDF (*.pdf)")
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> bool:
        from .print_sheet import write_pdf

        sheets = self._sheets()
        if sheets is None:
            return False
        try:
            pages = write_pdf(path, sheets, title=self.ctl.schedule.name, zone=self.ctl.zone)
        except StorageError as exc:
            self.show_error(f"Saving the PDF failed: {exc}")
            return False
        self.statusBar().showMessage(f"Saved your agenda ({pages} page{'s' if pages != 1 else ''}) to {path}", 15000)
        return True

    sharing = None  # ui.share_dialog.Sharing, made when the user first opens Send to phone
    share_window = None

    def share_dialog(self) -> None:
        """Send to phone: opening the dialog starts sharing (never before); closing it leaves it on."""
        from PySide6.QtWidgets import QLabel, QPushButton

        from .share_dialog import ShareDialog, Sharing

        if self.sharing is None:
            self.sharing = Sharing(self.ctl, self)
            self.share_label = QLabel("Sharing with your phone")
            self._share_stop = QPushButton("Stop sharing")
            self._share_stop.clicked.connect(self.sharing.stop)
            for w in (self.share_label, self._share_stop):
                w.hide()
                self.statusBar().insertPermanentWidget(0, w)
            self.sharing.changed.connect(self._sharing_changed)
        if self.share_window is None:
            self.share_window = ShareDialog(self.sharing, self)
            self.share_window.saveFileRequested.connect(self.export_dialog)
        self.share_window.start()  # before showing, so that it opens at the size its content needs
        self.share_window.show()
        self.share_window.raise_()

    def _sharing_changed(self) -> None:
        on = self.sharing.running
        self.share_label.setText(f"Sharing with your phone: {self.sharing.server.url}" if on else "")
        self.share_label.setVisible(on)
        self._share_stop.setVisible(on)

    def _export_written(self, message: str, path: Path) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        box = self.export_notice = QMessageBox(QMessageBox.Information, "Export my agenda", message,
                                               QMessageBox.Ok, self)
        box.setTextFormat(Qt.PlainText)
        box.setInformativeText("Import it in your phone's or computer's calendar; after a change, export again "
                               "and import the new file: events are updated, not doubled.")
        folder = box.addButton("Open folder", QMessageBox.ActionRole)
        folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()

    def room_change_dialog(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        n, ok = QInputDialog.getInt(self, "Minutes to change rooms",
                                    "Flag consecutive picks in different rooms closer than (minutes):",
                                    self.ctl.settings.room_change_minutes, 0, 120)
        if ok:
            self.ctl.set_room_change(n)
