"""What leaves the app, a part of the main window: File → Export my agenda…, Send to phone…, Print my
agenda… and Save agenda as PDF…. Each dialog ends in a plain method (export_to, print_to, save_pdf) that
other code calls too; sharing, once started, follows each export's choices."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from ...core.errors import StorageError
from ..i18n import say, tr


class Output:
    """Owns the export, print and share dialogs, the notices they leave and the sharing (made when the user
    first opens Send to phone). ``window`` is the main window: the dialogs' parent, its status bar and
    show_error."""

    def __init__(self, window, ctl) -> None:
        self.window, self.ctl = window, ctl
        self.status = window.statusBar()
        self.export_window = None  # the open export dialog
        self.export_notice = None  # the message that says where the last export went
        self.sharing = None  # ui.dialogs.share.Sharing
        self.share_window = None
        self.share_label = None
        self._share_stop = None
        self._printer = None
        self.print_window = self.preview_window = None  # the print dialog and preview last opened
        self._preview_printer = None

    def export_dialog(self) -> None:
        """Ask where to write (default: core.export's one rule), whether maybes go too and the reminder."""
        from ...core.output.export import default_export_path
        from ...core.plan.picks import MAYBE, STAR
        from ..dialogs.export import ExportDialog

        states = [self.ctl.state(s.uid) for s in self.ctl.picked_sessions()]
        settings = self.ctl.settings
        dlg = self.export_window = ExportDialog(default_export_path(settings.export_dir), settings.export_maybes,
                                                settings.alarm_minutes, (states.count(STAR), states.count(MAYBE)), self.window)
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
            self.window.show_error(tr('Export failed: {exc}').format(exc=say(exc)))
            return False
        if self.sharing is not None:  # what is shared follows the export's choices
            self.sharing.publish()
        n = result.exported
        message = tr("Exported %n session(s)", None, n)
        if result.cancelled:
            message += tr(" and %n cancellation(s)", None, result.cancelled)
        if result.conferences > 1:
            message += tr(" from %n conferences", None, result.conferences)
        message += tr(" to {path}").format(path=path)
        if result.problem:
            message += tr(". Note: {problem}").format(problem=say(result.problem))
        self.status.showMessage(message, 15000)
        self._export_written(message, path)
        return True

    def _sheets(self):
        """The printed agenda of the picks (maybes included, set apart), or None after saying there is none."""
        from ...core.output.sheet import day_sheets

        ctl = self.ctl
        if ctl.schedule is None:
            return None
        plan = ctl.plan
        several = plan is not None and plan.several
        sheets = day_sheets(ctl.schedule, ctl.picks(), ctl.zone, room_change_minutes=ctl.settings.room_change_minutes,
                            feed_of=plan.feed_of_ids(s.uid for s in ctl.schedule.sessions) if several else None,
                            conferences=plan.names if several else None)
        if not sheets:
            self.window.show_error(tr("Nothing to print yet: star the sessions you want on paper first."))
            return None
        return sheets

    def print_dialog(self) -> None:
        """File → Print my agenda…: Qt's print dialog; accepting it prints."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self._sheets() is None:
            return
        from PySide6.QtPrintSupport import QPrinterInfo

        from ...core.output.export import default_export_path

        self._printer = QPrinter(QPrinter.HighResolution)
        if not QPrinterInfo.availablePrinterNames():  # only "Print to File": offer a file, not the home folder
            self._printer.setOutputFileName(str(default_export_path(self.ctl.settings.export_dir).with_suffix(".pdf")))
        dlg = self.print_window = QPrintDialog(self._printer, self.window)
        dlg.setAttribute(Qt.WA_DeleteOnClose)
        dlg.setWindowModality(Qt.WindowModal)
        dlg.accepted.connect(lambda: self.print_to(self._printer))
        dlg.show()  # not open(): PySide6 binds QPrintDialog.open only as open(receiver, member)

    def preview_dialog(self) -> None:
        """File → Print preview…: the pages as they will print, with Qt's preview (zoom, pages, Print)."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from ..dialogs.print_sheet import print_sheets

        if self._sheets() is None:
            return
        printer = self._preview_printer = QPrinter(QPrinter.HighResolution)  # kept: the dialog only points to it
        dlg = self.preview_window = QPrintPreviewDialog(printer, self.window)
        dlg.setWindowTitle(tr("Print preview — my agenda"))
        dlg.setAttribute(Qt.WA_DeleteOnClose)
        dlg.setWindowModality(Qt.WindowModal)
        dlg.paintRequested.connect(lambda p: print_sheets(p, self._sheets() or [], title=self.ctl.schedule.name,
                                                          zone=self.ctl.zone))
        from ..placement import within_screen

        dlg.resize(*within_screen(self.window, 900, 700))  # all of it on a small screen
        dlg.show()

    def print_to(self, printer) -> int:
        """Print the agenda on ``printer``; the number of pages (0 when there was nothing to print)."""
        from ..dialogs.print_sheet import print_sheets

        sheets = self._sheets()
        if sheets is None:
            return 0
        pages = print_sheets(printer, sheets, title=self.ctl.schedule.name, zone=self.ctl.zone)
        self.status.showMessage(tr("Printed your agenda: %n page(s)", None, pages), 15000)
        return pages

    def pdf_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from ...core.output.export import default_export_path

        if self._sheets() is None:
            return
        start = default_export_path(self.ctl.settings.export_dir).with_suffix(".pdf")
        path, _ = QFileDialog.getSaveFileName(self.window, tr("Save agenda as PDF"), str(start), tr("PDF (*.pdf)"))
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> bool:
        from ..dialogs.print_sheet import write_pdf

        sheets = self._sheets()
        if sheets is None:
            return False
        try:
            pages = write_pdf(path, sheets, title=self.ctl.schedule.name, zone=self.ctl.zone)
        except StorageError as exc:
            self.window.show_error(tr('Saving the PDF failed: {exc}').format(exc=say(exc)))
            return False
        self.status.showMessage(tr("Saved your agenda (%n page(s)) to {path}", None, pages).format(path=path), 15000)
        return True

    def share_dialog(self) -> None:
        """Send to phone: opening the dialog starts sharing (never before); closing it leaves it on."""
        from PySide6.QtWidgets import QLabel, QPushButton

        from ...core.output.links import ShareLinks
        from ..dialogs.share import ShareDialog, Sharing

        if self.sharing is None:
            self.sharing = Sharing(self.ctl, ShareLinks(self.ctl.paths.share_links), self.window)
            self.share_label = QLabel(tr("Sharing with your phone"))
            self._share_stop = QPushButton(tr("Stop sharing"))
            self._share_stop.clicked.connect(self.sharing.stop)
            for w in (self.share_label, self._share_stop):
                w.hide()
                self.status.insertPermanentWidget(0, w)
            self.sharing.changed.connect(self._sharing_changed)
        if self.share_window is None:
            self.share_window = ShareDialog(self.sharing, self.window)
            self.share_window.saveFileRequested.connect(self.export_dialog)
        self.share_window.start()  # before showing, so that it opens at the size its content needs
        self.share_window.show()
        self.share_window.raise_()

    def _sharing_changed(self) -> None:
        on = self.sharing.running
        self.share_label.setText(tr("Sharing with your phone: {url}").format(url=self.sharing.server.url) if on else "")
        self.share_label.setVisible(on)
        self._share_stop.setVisible(on)

    def _export_written(self, message: str, path: Path) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        box = self.export_notice = QMessageBox(QMessageBox.Information, tr("Export my agenda"), message,
                                               QMessageBox.Ok, self.window)
        box.setTextFormat(Qt.PlainText)
        box.setInformativeText(tr("Import it in your phone's or computer's calendar; after a change, export again "
                               "and import the new file: events are updated, not doubled."))
        folder = box.addButton(tr("Open folder"), QMessageBox.ActionRole)
        folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()
