"""File → Export my agenda…: where to write my-agenda.ics, whether maybes go too, and the reminder; the
choices are remembered and the file name starts from the one default rule (core.export)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ..i18n import tr

ALARMS = [(None, QT_TR_NOOP("No reminder")), (0, QT_TR_NOOP("When it starts")), (5, QT_TR_NOOP("5 minutes before")),
          (10, QT_TR_NOOP("10 minutes before")), (15, QT_TR_NOOP("15 minutes before")),
          (30, QT_TR_NOOP("30 minutes before")), (60, QT_TR_NOOP("1 hour before"))]  # (translated where shown)


class ExportDialog(QDialog):
    """The choices only; the window writes the file (``MainWindow.export_to``) once it is accepted."""

    def __init__(self, path: Path, include_maybes: bool, alarm: int | None, counts: tuple[int, int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export my agenda"))
        form = QFormLayout(self)
        stars, maybes = counts
        intro = QLabel(tr("Writes your %n starred session(s) as an iCalendar file for your phone or calendar. "
                          "Importing it again updates the events instead of adding them twice.", None, stars))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.PlainText)
        form.addRow(intro)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(str(path))
        self.path_edit.setAccessibleName(tr("File to write"))
        self.path_edit.setMinimumWidth(360)
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        label = QLabel(tr("&File:"))
        label.setBuddy(self.path_edit)
        form.addRow(label, row)
        self.maybes = QCheckBox(tr("Include my %n maybe(s)", None, maybes))
        self.maybes.setChecked(include_maybes)  # kept as chosen (remembered), only not a choice now
        self.maybes.setEnabled(maybes > 0)  # nothing to include: not a choice
        form.addRow("", self.maybes)
        self.alarm = QComboBox()
        for minutes, text in ALARMS:
            self.alarm.addItem(tr(text), minutes)
        if alarm not in [m for m, _ in ALARMS]:
            self.alarm.addItem(tr('%n minute(s) before', None, alarm), alarm)
        self.alarm.setCurrentIndex(self.alarm.findData(alarm) if alarm is not None else 0)
        form.addRow(tr("&Reminder:"), self.alarm)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.export_button = buttons.addButton(tr("Export"), QDialogButtonBox.AcceptRole)
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.path_edit.textChanged.connect(lambda t: self.export_button.setEnabled(bool(t.strip())))
        form.addRow(buttons)

    @property
    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    @property
    def alarm_minutes(self) -> int | None:
        return self.alarm.currentData()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export my agenda"), str(self.path), tr("iCalendar (*.ics)"))
        if path:
            self.path_edit.setText(path)
