"""Edit → Add my own item…: a title, a start and an end (in the times the window shows) and a place."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from ..i18n import dates, tr


def _edit(value: datetime) -> QDateTimeEdit:
    """A wall-clock editor: held as UTC so the computer's own zone (its DST gaps) never shifts the value."""
    edit = QDateTimeEdit(QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute),
                                   QTimeZone.UTC))
    edit.setDisplayFormat(dates().edit_format())
    edit.setCalendarPopup(True)
    return edit


class ItemDialog(QDialog):
    def __init__(self, start: datetime, end: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add my own item"))
        form = QFormLayout(self)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(tr("Lunch with a colleague, a booth shift…"))
        self.start_edit, self.end_edit = _edit(start), _edit(end)
        self.where_edit = QLineEdit()
        self.where_edit.setPlaceholderText(tr("optional"))
        form.addRow(tr("&What:"), self.title_edit)
        form.addRow(tr("&Starts:"), self.start_edit)
        form.addRow(tr("&Ends:"), self.end_edit)
        form.addRow(tr("W&here:"), self.where_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.add_button = buttons.addButton(tr("Add"), QDialogButtonBox.AcceptRole)
        self.add_button.setEnabled(False)
        self.title_edit.textChanged.connect(lambda t: self.add_button.setEnabled(bool(t.strip())))
        self.start_edit.dateTimeChanged.connect(self._keep_length)
        self._length = self.start_edit.dateTime().secsTo(self.end_edit.dateTime())
        self.end_edit.dateTimeChanged.connect(self._remember_length)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _keep_length(self, value: QDateTime) -> None:  # moving the start moves the end with it
        self.end_edit.setDateTime(value.addSecs(max(self._length, 60)))

    def _remember_length(self, value: QDateTime) -> None:
        self._length = self.start_edit.dateTime().secsTo(value)

    @staticmethod
    def _naive(edit: QDateTimeEdit) -> datetime:
        d, t = edit.date(), edit.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    @property
    def start(self) -> datetime:
        """Wall-clock time in the window's display zone (the caller attaches the zone)."""
        return self._naive(self.start_edit)

    @property
    def end(self) -> datetime:
        return self._naive(self.end_edit)
