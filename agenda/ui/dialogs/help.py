"""The Help menu's dialogs: Keyboard shortcuts (read from the menus as they are, so the list never goes stale,
plus the grid's own keys) and About (version, licence, where the data is kept)."""
from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenuBar,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..placement import within_screen

# Keys the grid and the window handle themselves (no menu action carries them).
GRID_KEYS = [  # (translated where shown)
    (QT_TR_NOOP("Arrow keys"), QT_TR_NOOP("Move to the next session in that direction")),
    (QT_TR_NOOP("Space"), QT_TR_NOOP("Star or unstar the selected session")),
    (QT_TR_NOOP("Shift+Space"), QT_TR_NOOP("Mark the selected session maybe")),
    (QT_TR_NOOP("Enter"), QT_TR_NOOP("Show the selected session's details")),
    (QT_TR_NOOP("Menu, Shift+F10"), QT_TR_NOOP("The selected session's menu")),
    (QT_TR_NOOP("Ctrl+1 … Ctrl+9"), QT_TR_NOOP("Show day 1 to 9")),
    (QT_TR_NOOP("Ctrl+wheel"), QT_TR_NOOP("Zoom the grid")),
    (QT_TR_NOOP("Shift+wheel"), QT_TR_NOOP("Scroll across the rooms")),
    (QT_TR_NOOP("Esc (in the search box)"), QT_TR_NOOP("Clear the search")),
]


def menu_shortcuts(menubar: QMenuBar) -> list[tuple[str, str]]:
    """(keys, "Menu → Action") for every action in the menus that has a shortcut, in menu order."""
    found: list[tuple[str, str]] = []

    def walk(menu, path: str) -> None:
        for a in menu.actions():
            name = a.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            if a.menu() is not None:
                walk(a.menu(), f"{path} → {name}")
            elif not a.isSeparator() and a.shortcuts():
                keys = ", ".join(s.toString(QKeySequence.NativeText) for s in a.shortcuts())
                found.append((keys, f"{path} → {name}"))

    for top in menubar.actions():
        if top.menu() is not None:
            walk(top.menu(), top.text().replace("&", ""))
    return found


class ShortcutsDialog(QDialog):
    def __init__(self, menubar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.setAttribute(Qt.WA_DeleteOnClose)
        rows = menu_shortcuts(menubar) + [(tr(keys), tr(what)) for keys, what in GRID_KEYS]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName(tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([tr("Keys"), tr("What they do")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        for i, (keys, what) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(keys))
            self.table.setItem(i, 1, QTableWidgetItem(what))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        v = QVBoxLayout(self)
        v.addWidget(self.table)
        v.addWidget(buttons)
        self.resize(*within_screen(parent or self, 560, 520))  # a short screen: the table scrolls, Close shows


def about_text() -> str:
    from ... import __version__

    return (f"Agenda {__version__}\n\n" + tr("Plan your conference: the schedule as a day × room grid, your picks and "
                                             "their clashes, an agenda for your phone's calendar.") + "\n\n"
            + tr("Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes "
                 "with no warranty."))


def show_about(parent: QWidget) -> QMessageBox:
    box = QMessageBox(QMessageBox.Information, tr("About Agenda"), about_text(), QMessageBox.Ok, parent)
    box.setTextFormat(Qt.PlainText)
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.open()
    return box
