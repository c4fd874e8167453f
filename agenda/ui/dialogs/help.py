"""The Help menu's dialogs: Keyboard shortcuts (read from the menus as they are, so the list never goes stale,
plus the grid's own keys) and About (version, licence, where the data is kept)."""
from __future__ import annotations

from PySide6.QtCore import Qt
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

# Keys the grid and the window handle themselves (no menu action carries them).
GRID_KEYS = [
    ("Arrow keys", "Move to the next session in that direction"),
    ("Space", "Star or unstar the selected session"),
    ("Shift+Space", "Mark the selected session maybe"),
    ("Enter", "Show the selected session's details"),
    ("Menu, Shift+F10", "The selected session's menu"),
    ("Ctrl+1 … Ctrl+9", "Show day 1 to 9"),
    ("Ctrl+wheel", "Zoom the grid"),
    ("Esc (in the search box)", "Clear the search"),
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
        self.setWindowTitle("Keyboard shortcuts")
        self.setAttribute(Qt.WA_DeleteOnClose)
        rows = menu_shortcuts(menubar) + GRID_KEYS
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setHorizontalHeaderLabels(["Keys", "What they do"])
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
        self.resize(560, 520)


def about_text() -> str:
    from ... import __version__

    return (f"Agenda {__version__}\n\nPlan your conference: the schedule as a day × room grid, your picks and "
            "their clashes, an agenda for your phone's calendar.\n\nLicence: GNU General Public License, "
            "version 3 or later (GPL-3.0-or-later). This program comes with no warranty.")


def show_about(parent: QWidget) -> QMessageBox:
    box = QMessageBox(QMessageBox.Information, "About Agenda", about_text(), QMessageBox.Ok, parent)
    box.setTextFormat(Qt.PlainText)
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.open()
    return box
