"""Messages the window shows: an error, in a dialog that does not block and in the status bar."""
from __future__ import annotations

from PySide6.QtCore import Qt


def show_error(window, message: str):
    """Show ``message`` in a non-blocking warning dialog over ``window`` and in its status bar; the dialog."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Warning, "Agenda", message, QMessageBox.Ok, window)
    box.setTextFormat(Qt.PlainText)
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.open()
    window.statusBar().showMessage(message, 15000)
    return box
