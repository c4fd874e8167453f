"""The window's dialogs for what the user brings, a part of the main window: File → Import picks…, Import
picks from URL… and Edit → Add my own item…. Each ends in a plain method (import_from, import_url,
add_item_from) that other code calls too."""
from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal

from ...core import jobs
from ...core.dates import local_text
from ...core.errors import FeedError, InputError
from ..i18n import dates, failure, say, tr


class _Fetched(QObject):
    """Carries a download's outcome from its thread to the UI thread (a queued signal)."""

    done = Signal(str, object)  # (url, jobs.Done[bytes] or jobs.Failed)


class PersonalDialogs:
    """Owns the import report last shown and the item dialog. ``window`` is the main window (the dialogs'
    parent, show_error, its status bar); ``days`` says which day is shown (new items start on it)."""

    def __init__(self, window, ctl, days) -> None:
        self.window, self.ctl, self.days = window, ctl, days
        self.status = window.statusBar()
        self.import_notice = None  # the report of the last import
        self.item_window = None
        self.imported = None  # the last import's report (None: it failed), when it was from a URL
        self._fetched = _Fetched(window)
        self._fetched.done.connect(self._url_fetched)

    def import_dialog(self) -> None:
        from .menus import choose_file

        path = choose_file(self.window, self.ctl, tr("Import picks"),
                           tr("Calendar files and shared favourites (*.ics *.ical *.ifb *.json *.txt);;All files (*)"))
        if path:
            self.import_from(path)

    def import_url_dialog(self) -> None:
        from .messages import ask

        ask(self.window, tr("Import picks from URL"), tr("The calendar of your picks (https://, http:// or webcal://), such "
            "as Sched's \"my schedule\" feed, or a Giggity share link:"),
            lambda url: self.import_url(url.strip()) if url.strip() else None)

    def import_url(self, url: str) -> None:
        """Download ``url`` off the UI thread, then import it as import_from does (``imported`` holds the
        report, or None when it failed)."""
        import threading

        from ...core.feeds.source import is_url, normalise_url
        from ...core.plan.shares import is_giggity_link

        if is_giggity_link(url):  # the link carries the picks: nothing to download
            self.imported = self._import_data(url.encode(), tr("the Giggity link"), tr("the Giggity link"))
            return
        if not is_url(url):
            self.window.show_error(tr('Nothing imported: {url}: only http, https and webcal URLs can be read').format(url=url))
            return
        url = normalise_url(url)
        self.status.showMessage(tr('Downloading your picks from {url}…').format(url=url))

        def fetch() -> None:
            from ...core.feeds.fetch import fetch as get

            self._fetched.done.emit(url, jobs.run(lambda: get(url).data))

        threading.Thread(target=fetch, name="agenda-import", daemon=True).start()

    def _url_fetched(self, url: str, outcome) -> None:
        self.status.clearMessage()
        if isinstance(outcome, jobs.Failed):
            self.imported = None
            self.window.show_error(tr('Nothing imported: {message}').format(message=failure(outcome, url)))
            return
        self.imported = self._import_data(outcome.value, url, url)

    def import_from(self, path: str):
        """Star what a calendar file's events match (core/plan/importing.py), as one undo step; a report says
        what did not match. Returns the report, or None after a one-line error."""
        from ...core.feeds.source import read_source

        try:
            data, name = read_source(path)
        except FeedError as exc:
            self.window.show_error(tr('Nothing imported: {exc}').format(exc=say(exc)))
            return None
        return self._import_data(data, name, Path(path).name)

    def _import_data(self, data: bytes, name: str, shown: str):
        from ...core.plan.importing import match_events, nothing_matched, read_events

        ctl = self.ctl
        if ctl.schedule is None:
            return None
        try:
            events = read_events(data, name, ctl.zone)
        except FeedError as exc:
            self.window.show_error(tr('Nothing imported: {exc}').format(exc=say(exc)))
            return None
        report = match_events(ctl.schedule, events, ctl.picks(), ctl.notes(), items=ctl.items())
        problem = nothing_matched(report, name, ctl.schedule)
        if problem:
            self.window.show_error(tr('Nothing imported: {problem}').format(problem=say(problem)))
            return None
        ctl.import_picks(report)
        self._import_report(report, shown)
        return report

    def _import_report(self, report, name: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        parts = [tr("{n} starred").format(n=report.starred), tr("{n} marked maybe").format(n=report.maybe),
                 tr("{n} already picked").format(n=report.already)]
        if report.notes:
            parts.append(tr("%n note(s)", None, len(report.notes)))
        if report.items:
            parts.append(tr("%n item(s) of your own", None, len(report.items)))
        if report.hidden:
            parts.append(tr("{n} hidden in Giggity left as they are").format(n=report.hidden))
        missed = len(report.unmatched) + len(report.ambiguous)
        text = tr("Imported from {name}: ").format(name=name) + ", ".join(parts) + "."
        box = self.import_notice = QMessageBox(QMessageBox.Information, tr("Import picks"), text, QMessageBox.Ok,
                                               self.window)
        box.setTextFormat(Qt.PlainText)
        if missed:
            box.setInformativeText(tr("%n event(s) did not match one session: star them by hand (Show Details "
                                      "lists them). Edit → Undo takes the import back.", None, missed))
            lines = [tr("Not found: {title} ({when})").format(title=u["title"], when=_when(u["start"], self.ctl.zone))
                     for u in report.unmatched]
            lines += [tr("More than one match: {title} ({when})").format(title=a["title"], when=_when(a["start"], self.ctl.zone))
                      for a in report.ambiguous]
            box.setDetailedText("\n".join(lines))
        else:
            box.setInformativeText(tr("Edit → Undo takes the import back."))
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()
        self.status.showMessage(text, 15000)

    # ------------------------------------------------------------------------------------- own items
    def add_item_dialog(self) -> None:
        from ..dialogs.item import ItemDialog

        day = self.days.current_day() or datetime.now(self.ctl.zone).date()
        start = datetime.combine(day, time(12, 0))
        dlg = self.item_window = ItemDialog(start, start + timedelta(hours=1), self.window)
        dlg.setAttribute(Qt.WA_DeleteOnClose)
        dlg.accepted.connect(lambda: self.add_item_from(dlg.title_edit.text(), dlg.start, dlg.end, dlg.where_edit.text()))
        dlg.open()

    def add_item_from(self, title: str, start: datetime, end: datetime, where: str = "") -> dict | None:
        """Add an item of the user's own; naive times are read in the display zone. None after an error."""
        from ...core.plan.mine import new_item

        zone = self.ctl.zone
        start, end = (t if t.tzinfo else t.replace(tzinfo=zone) for t in (start, end))
        try:
            item = new_item(title, start, end, where)
        except InputError as exc:
            self.window.show_error(tr('Not added: {exc}').format(exc=say(exc)))
            return None
        self.ctl.add_item(item)
        self.status.showMessage(tr('Added {title} to your agenda (the Mine column)').format(title=item['title']), 8000)
        return item


def _when(iso: str | None, zone) -> str:
    return local_text(iso, zone, dates().day_time) if iso else tr("no time")
