"""Drawing the printed agenda (core/output/sheet.py's day sheets) on pages: a printer or a PDF.

One page per day, portrait, A4 or Letter: the conference and the day as heading with the time zone named;
each pick as its time beside the wrapped title, then the room and speakers, then its marks in words with a
symbol (⚠ CLASH, ☆ maybe, ⇄ tight room change: they survive black-and-white printing, and a clash has a black
bar in the margin too); free time in italics. An entry that does not fit goes on a continuation page; nothing is drawn past the margins. PDFs are
written by QPdfWriter (fonts embedded, text selectable) to a temporary file that replaces the target only
once complete.
"""
from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter

from ...core.output.sheet import DaySheet, Entry, zone_label
from ...core.storage import StorageError
from ..i18n import dates, tr

PAPERS = {"a4": QPageSize.A4, "letter": QPageSize.Letter}
MARGIN_MM = 15


def paper_for_locale() -> str:
    """Letter where the locale measures in US units (US, Canada's English, …), else A4."""
    from PySide6.QtCore import QLocale

    return "letter" if QLocale.system().measurementSystem() == QLocale.ImperialUSSystem else "a4"


def ensure_gui() -> None:
    """Fonts need an application object; the command line makes one on the offscreen platform (no display).
    A QApplication, not a bare QGuiApplication, so that a window can still be opened in the same process."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        ensure_gui.app = QApplication(["agenda", "-platform", "offscreen"])


class _Placed(NamedTuple):
    entry: Entry
    y: float
    height: float


class _Page(NamedTuple):
    sheet: DaySheet
    continued: bool
    items: list[_Placed]


class SheetPainter:
    """Lays out and paints sheets on any QPagedPaintDevice (QPdfWriter, QPrinter)."""

    def __init__(self, device, title: str, zone) -> None:
        self.device, self.title, self.zone = device, title, zone
        self.dpi = device.resolution()
        rect = device.pageLayout().paintRectPixels(self.dpi)
        self.width, self.height = float(rect.width()), float(rect.height())
        self.fonts = {
            "title": self._font(10.5, bold=True), "body": self._font(9.5), "small": self._font(8),
            "conf": self._font(11, bold=True), "day": self._font(17, bold=True), "marks": self._font(8.5, bold=True),
            "free": self._font(9, italic=True),
        }
        self.time_w = self._mm(34)
        self.gap = self._mm(2.2)

    def _mm(self, mm: float) -> float:
        return mm / 25.4 * self.dpi

    def _font(self, points: float, *, bold: bool = False, italic: bool = False) -> QFont:
        f = QFont("DejaVu Sans")
        f.setStyleHint(QFont.SansSerif)
        f.setPointSizeF(points)
        f.setBold(bold)
        f.setItalic(italic)
        for tag in ("liga", "clig"):  # "ff" stays two letters, so the PDF's text is found by searching
            f.setFeature(QFont.Tag(tag), 0)
        return f

    def _text_h(self, font: str, text: str, width: float) -> float:
        fm = QFontMetricsF(self.fonts[font], self.device)
        return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt.TextWordWrap, text).height()

    # ------------------------------------------------------------------------------------------ layout
    def marks(self, e: Entry) -> list[str]:
        """The words (with symbols) that mark a pick: they read the same in black and white."""
        out = []
        if e.clash_with:
            shown = "; ".join(e.clash_with[:2])
            if len(e.clash_with) > 2:
                shown += tr(" and {n} more").format(n=len(e.clash_with) - 2)
            out.append(tr("⚠ CLASH with {shown}").format(shown=shown))
        if e.maybe:
            out.append(tr("☆ maybe (a backup)"))
        if e.transfer_minutes is not None:
            out.append(tr("⇄ only {minutes} min to get there").format(minutes=e.transfer_minutes))
        return out

    def when(self, e: Entry) -> str:
        return dates().when(e.start, e.end, e.session is not None and e.session.all_day)

    def lines(self, e: Entry) -> list[tuple[str, str]]:
        """(font, text) of the right-hand column, in reading order: title, place and speakers, marks."""
        if e.kind == "free":
            minutes = int((e.end - e.start).total_seconds() // 60)
            if minutes >= 60:
                span = tr("{hours} h {minutes:02d} min").format(hours=minutes // 60, minutes=minutes % 60)
            else:
                span = tr("{minutes} min").format(minutes=minutes)
            return [("free", tr("free {span} ({length})").format(span=dates().span(e.start, e.end), length=span))]
        s = e.session
        second = e.place(tr("venue-wide"), tr(" (off-site)")) + (f" — {s.speaker_text}" if s.speaker_text else "")
        return [("title", s.title), ("body", second)] + [("marks", m) for m in self.marks(e)]

    def entry_height(self, e: Entry) -> float:
        text_w = self.width - self.time_w
        right = sum(self._text_h(f, t, text_w) for f, t in self.lines(e))
        left = self._text_h("body", self.when(e), self.time_w) if e.kind == "pick" else 0.0
        return max(right, left) + self.gap

    def heading_height(self) -> float:
        return (self._text_h("conf", self.title, self.width) + self._text_h("day", "Xg", self.width)
                + self._text_h("small", "Xg", self.width) + self._mm(5))

    def paginate(self, sheets: list[DaySheet]) -> list[_Page]:
        bottom = self.height - self._text_h("small", "Xg", self.width) - self._mm(3)
        pages: list[_Page] = []
        for sheet in sheets:
            page = _Page(sheet, False, [])
            y = self.heading_height()
            for e in sheet.entries:
                h = self.entry_height(e)
                if page.items and y + h > bottom:
                    pages.append(page)
                    page, y = _Page(sheet, True, []), self.heading_height()
                page.items.append(_Placed(e, y, h))
                y += h
            pages.append(page)
        return pages

    # ------------------------------------------------------------------------------------------- paint
    def paint(self, sheets: list[DaySheet], new_page) -> int:
        """Paint every page; ``new_page()`` moves the device on. Returns the number of pages."""
        pages = self.paginate(sheets)
        p = QPainter(self.device)
        try:
            for n, page in enumerate(pages, 1):
                if n > 1:
                    new_page()
                self._paint_page(p, page, n, len(pages))
        finally:
            p.end()
        return len(pages)

    def _draw(self, p: QPainter, font: str, rect: QRectF, text: str, colour: QColor | None = None,
              flags=Qt.TextWordWrap) -> float:
        p.setFont(self.fonts[font])
        p.setPen(colour or QColor("black"))
        used = p.boundingRect(rect, flags, text)
        p.drawText(rect, flags, text)
        return used.height()

    def _paint_page(self, p: QPainter, page: _Page, n: int, total: int) -> None:
        w = self.width
        y = self._draw(p, "conf", QRectF(0, 0, w, 1e4), self.title, QColor(70, 70, 70))
        day = dates().day_long(page.sheet.day) + (tr("  (continued)") if page.continued else "")
        y += self._draw(p, "day", QRectF(0, y, w, 1e4), day)
        first = page.sheet.entries[0].start if page.sheet.entries else datetime.now(self.zone)
        picks = page.sheet.picks
        stars = sum(1 for e in picks if not e.maybe)
        clashes = sum(1 for e in picks if e.clash_with)
        summary = tr("Times in {zone} · {stars} starred").format(zone=zone_label(self.zone, first), stars=stars)
        if len(picks) > stars:
            summary += tr(", {n} maybe").format(n=len(picks) - stars)
        if clashes:
            summary += tr(" · ⚠ %n session(s) clash", None, clashes)
        y += self._draw(p, "small", QRectF(0, y, w, 1e4), summary, QColor(60, 60, 60))
        p.setPen(QColor(0, 0, 0))
        p.drawLine(0, int(y + self._mm(2)), int(w), int(y + self._mm(2)))
        grey = QColor(105, 105, 105)
        for placed in page.items:  # paginate() never gives an entry less height than it needs
            e = placed.entry
            clip = QRectF(-self._mm(4), placed.y, w + self._mm(4), placed.height)
            p.save()
            p.setClipRect(clip)
            colour = grey if e.maybe or e.kind == "free" else None
            if e.kind == "pick":
                self._draw(p, "body", QRectF(0, placed.y, self.time_w, 1e4), self.when(e), colour)
                if e.clash_with:  # a thick bar beside a clash: seen at a glance, in black and white
                    p.fillRect(QRectF(-self._mm(3.5), placed.y, self._mm(1.2), placed.height - self.gap),
                               QColor("black"))
            ry = placed.y
            for font, text in self.lines(e):
                ry += self._draw(p, font, QRectF(self.time_w, ry, w - self.time_w, 1e4), text, colour)
            p.restore()
        footer = tr("My agenda · page {n} of {total} · printed by Agenda").format(n=n, total=total)
        self._draw(p, "small", QRectF(0, self.height - self._text_h("small", footer, w), w, 1e4), footer,
                   QColor(90, 90, 90), Qt.AlignRight)


def page_layout(paper: str) -> QPageLayout:
    return QPageLayout(QPageSize(PAPERS[paper]), QPageLayout.Portrait,
                       QMarginsF(MARGIN_MM + 4, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Millimeter)


def write_pdf(path: Path, sheets: list[DaySheet], *, title: str, zone, paper: str | None = None) -> int:
    """Write the sheets as a PDF at ``path`` (atomically); the number of pages. StorageError if it cannot."""
    ensure_gui()
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise StorageError(f"{path}: cannot write ({exc.strerror or exc})") from None
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setResolution(300)
        writer.setPageLayout(page_layout(paper or paper_for_locale()))
        writer.setTitle(tr('My agenda: {title}').format(title=title))
        writer.setCreator("Agenda")
        pages = SheetPainter(writer, title, zone).paint(sheets, writer.newPage)
        del writer  # finishes the file
        if os.path.getsize(tmp) == 0:
            raise StorageError(f"{path}: cannot write (the PDF came out empty)")
        os.replace(tmp, path)
    except OSError as exc:
        raise StorageError(f"{path}: cannot write ({exc.strerror or exc})") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return pages


def print_sheets(printer, sheets: list[DaySheet], *, title: str, zone) -> int:
    """Paint the sheets on a QPrinter set up by the print dialog; the number of pages."""
    layout = printer.pageLayout()
    layout.setOrientation(QPageLayout.Portrait)
    printer.setPageLayout(layout)
    return SheetPainter(printer, title, zone).paint(sheets, printer.newPage)
