"""Messages the window shows: an error, in a dialog that does not block and in the status bar."""
from __future__ import annotations

from PySide6.QtCore import Qt

from ..i18n import tr


def show_error(window, message: str):
    """Show ``message`` in a non-blocking warning dialog over ``window`` and in its status bar; the dialog."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Warning, tr("Agenda"), message, QMessageBox.Ok, window)
    box.setTextFormat(Qt.PlainText)
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.open()
    window.statusBar().showMessage(message, 15000)
    return box


def ask(window, title: str, label: str, done, *, value: object = "", items: list[str] | None = None,
        limits: tuple[int, int] | None = None, cancelled=None):
    """Ask for a text (an item of ``items``, editable; a whole number within ``limits``) in a dialog that does
    not block: ``done(answer)`` runs when it is accepted, ``cancelled()`` when not. Never QInputDialog's static
    calls: their nested event loop holds whatever opened them, and a screen reader that chose the menu item
    waits for an answer that comes only once the dialog is closed."""
    from PySide6.QtWidgets import QInputDialog

    dlg = QInputDialog(window)
    dlg.setWindowTitle(title)
    dlg.setLabelText(label)
    if limits is not None:
        dlg.setInputMode(QInputDialog.IntInput)
        dlg.setIntRange(*limits)
        dlg.setIntValue(int(value or 0))
    elif items is not None:
        dlg.setComboBoxItems(items)
        dlg.setComboBoxEditable(True)
        dlg.setTextValue(str(value))
    else:
        dlg.setTextValue(str(value))
    dlg.setAttribute(Qt.WA_DeleteOnClose)
    dlg.accepted.connect(lambda: done(dlg.intValue() if limits is not None else dlg.textValue()))
    if cancelled is not None:
        dlg.rejected.connect(cancelled)
    dlg.open()
    return dlg
