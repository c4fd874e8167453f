"""Several conferences in one plan, as the window offers it: File → Add a conference… (a file), Add a
conference from URL…, a dropped feed added rather than opened, and File → Conferences (each feed of the plan:
refresh it alone; take an added one out of the plan). What a plan holds is the controller's (core.planned.Plan).
"""
from __future__ import annotations

from pathlib import Path

from ..i18n import tr
from .menus import add_action, checked_url, choose_file
from .messages import ask


class Conferences:
    """Owns the Conferences submenu and the drop question. ``window``: the actions' parent and show_error."""

    def __init__(self, window, ctl) -> None:
        self.window, self.ctl = window, ctl
        self.menu = None
        self.drop_question = None  # the question a drop asks while a schedule is open (tests answer it)

    def add_actions(self, file_menu) -> None:
        """File → Add a conference…, Add a conference from URL… and the Conferences submenu."""
        add_action(self.window, file_menu, tr("&Add a conference…"), "Ctrl+Shift+O", self.add_dialog)
        add_action(self.window, file_menu, tr("Add a conference &from URL…"), None, self.add_url_dialog)
        self.menu = file_menu.addMenu(tr("&Conferences in this plan"))
        self.menu.aboutToShow.connect(self._fill)

    def add_dialog(self) -> None:
        path = choose_file(self.window, self.ctl, tr("Add a conference to this plan"),
                           tr("Schedules (*.ics *.ical *.xml *.json);;All files (*)"))
        if path:
            self.ctl.add_conference(path)

    def add_url_dialog(self) -> None:
        ask(self.window, tr("Add a conference from URL"),
            tr("Schedule URL (iCalendar, schedule.xml or schedule.json; https://, http:// or webcal://):"), self._add_url)

    def _add_url(self, text: str) -> None:
        url = checked_url(self.window, text, "added")
        if url:
            self.ctl.add_conference(url)

    def _fill(self) -> None:
        """Each conference of the plan, in order, with its colour: refresh it alone; remove an added one."""
        from PySide6.QtGui import QColor, QIcon, QPixmap

        self.menu.clear()
        plan = self.ctl.plan
        if plan is None:
            self.menu.addAction(tr("(no schedule open)")).setEnabled(False)
            return
        for i, (name, colour) in enumerate(zip(plan.names, plan.colours, strict=True)):
            swatch = QPixmap(12, 12)
            swatch.fill(QColor(colour))
            a = self.menu.addAction(QIcon(swatch), tr("Refresh {name}").format(name=name))
            a.triggered.connect(lambda _=False, i=i: self.ctl.refresh_conference(i))
            if i:
                r = self.menu.addAction(tr('Remove {name} from the plan').format(name=name))
                r.triggered.connect(lambda _=False, i=i: self.ctl.remove_conference(i))
        if not plan.several:
            self.menu.addSeparator()
            self.menu.addAction(tr("Add a conference to plan several together")).setEnabled(False)

    def dropped(self, source: str) -> None:
        """A feed dropped on the window: opened when nothing is open, else the user chooses to add it to the
        plan or open it instead (asked without blocking)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        if self.ctl.schedule is None:
            self.ctl.open_feed(source)
            return
        box = self.drop_question = QMessageBox(
            QMessageBox.Question, tr("A schedule was dropped"),
            tr("Add {dropped} to this plan, beside {name}, or open it instead?").format(
                dropped=Path(source).name or source, name=self.ctl.schedule.name), QMessageBox.Cancel, self.window)
        box.setTextFormat(Qt.PlainText)
        add = box.addButton(tr("&Add to this plan"), QMessageBox.AcceptRole)
        box.addButton(tr("&Open instead"), QMessageBox.DestructiveRole)
        box.setDefaultButton(add)

        def answered(button) -> None:
            role = box.buttonRole(button)
            if role == QMessageBox.AcceptRole:
                self.ctl.add_conference(source)
            elif role == QMessageBox.DestructiveRole:
                self.ctl.open_feed(source)

        box.buttonClicked.connect(answered)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()


__all__ = ["Conferences"]
