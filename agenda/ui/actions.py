"""The window's menus, actions, shortcuts and dialogs (mixed into MainWindow, which calls ``_menus`` once the
first frame is painted): opening files and URLs, recent feeds, export, the time zone, the refresh interval
and the room-change buffer. Each dialog ends in a plain method (open_path, export_to, set_custom_zone,
set_auto_refresh) that tests and other code call directly."""
from __future__ import annotations

from pathlib import Path

from ..core.storage import StorageError


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
