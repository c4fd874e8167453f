"""Drawing one session's block: its fill by track, its border and marks by state (starred, maybe, clash,
selected, highlighted, changed), the star box and its text, never outside its rectangle. The grid view
(grid.py) decides where blocks go and which are in view; this module decides what one looks like, and
makes the cached picture the grid blits.
"""
from __future__ import annotations

import math
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap, QPolygonF

from ..core.model import Session
from ..core.picks import MAYBE, STAR

CLASH_RED, NOW_RED = QColor("#d32f2f"), QColor("#e53935")
LEFT_MIDDLE, RIGHT_MIDDLE = Qt.AlignLeft | Qt.AlignVCenter, Qt.AlignRight | Qt.AlignVCenter  # (an enum | costs µs)
WHITE, NEAR_BLACK = QColor("#ffffff"), QColor("#111111")
STAR_GOLD, STAR_EDGE = QColor("#ffb300"), QColor("#5d4037")

# Colour-blind-safe qualitative palette (Okabe–Ito plus Tol's muted), assigned to tracks in order.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#332288",
           "#88CCEE", "#117733", "#999933", "#AA4499", "#44AA99", "#882255", "#DDCC77", "#6699CC"]


def copy_colour(c: QColor) -> QColor:
    """QColor(c), without its constructor's overloads: PySide6 resolves them by building Python enum types of
    classes a colour never needs (QByteArray's, and QImage's and QGradient's for QBrush(colour)), a few ms
    of the first frame."""
    return QColor.fromRgba(c.rgba())


def track_colour(track: str | None, tracks: list[str]) -> QColor:
    if not track:
        return QColor("#8a8f98")
    if track in tracks:
        return QColor(PALETTE[tracks.index(track) % len(PALETTE)])
    import hashlib

    return QColor(PALETTE[int(hashlib.md5(track.encode()).hexdigest(), 16) % len(PALETTE)])


def escape_html(text: str) -> str:
    """html.escape(text, quote=True), without importing html (and its entity tables) at start-up."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("'", "&#x27;"))


def plain_tooltip(text: str) -> str:
    """Tooltips guess rich text from the content; feed text is escaped so it always shows literally
    (a title like <img src=...> must never load anything)."""
    return '<p style="white-space:pre-wrap">' + escape_html(text).replace("\n", "<br>") + "</p>"


_STARS: dict[float, QPolygonF] = {}  # radius -> five-pointed star around the origin


def star_polygon(center: QPointF, r: float) -> QPolygonF:
    shape = _STARS.get(r)
    if shape is None:
        pts = []
        for i in range(10):
            rad = r if i % 2 == 0 else r * 0.45
            a = -math.pi / 2 + i * math.pi / 5
            pts.append(QPointF(rad * math.cos(a), rad * math.sin(a)))
        shape = _STARS[r] = QPolygonF(pts)
    return shape.translated(center)


PAD = 3  # room around a block's picture for the selection and highlight outlines
STAR_BOX = 20


class Marks(NamedTuple):
    """Everything about a block's state that changes its pixels."""

    state: str | None  # STAR, MAYBE or None
    selected: bool
    clash: bool
    highlight: bool
    changed: bool

    def key(self) -> str:
        return "".join((self.state or "-", "s" if self.selected else "", "c" if self.clash else "",
                        "h" if self.highlight else "", "n" if self.changed else ""))


class Look(NamedTuple):
    """Fonts, their metrics and colours for one paint (make_look), plus a track -> colour memo."""

    bold: QFont
    bold_fm: QFontMetrics
    small: QFont
    small_fm: QFontMetrics
    struck: QFont
    text: QColor
    highlight: QColor
    colours: dict


def make_look(font: QFont, pal: QPalette) -> Look:
    bold = QFont(font)
    bold.setBold(True)
    small = QFont(font)
    small.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
    struck = QFont(bold)
    struck.setStrikeOut(True)
    return Look(bold, QFontMetrics(bold), small, QFontMetrics(small), struck, pal.color(QPalette.Text),
                pal.color(QPalette.Highlight), {})


def style_key(font: QFont, pal: QPalette, dark: bool, zone, tracks_key: int) -> str:
    """What every block's pixels depend on besides its session and marks (part of the cache key)."""
    zone_name = getattr(zone, "key", "")
    return (f"{font.key()}|{pal.color(QPalette.Text).rgba()}|{pal.color(QPalette.Highlight).rgba()}|{dark}|"
            f"{zone_name}|{tracks_key}")


def star_rect(rect: QRectF) -> QRectF:
    """The star box of a block: its top right corner (clicking it stars the session)."""
    s = min(STAR_BOX, rect.height(), rect.width() / 3)
    return QRectF(rect.right() - s - 1, rect.top() + 1, s, s)


def render_block(s: Session, w: float, h: float, marks: Marks, look: Look, dark: bool, zone, tracks: list[str],
                 dpr: float) -> QPixmap:
    """A block's picture, ``PAD`` larger than the block on every side, at the screen's pixel ratio."""
    pm = QPixmap(int((w + 2 * PAD) * dpr) + 1, int((h + 2 * PAD) * dpr) + 1)
    pm.setDevicePixelRatio(dpr)
    pm.fill(Qt.transparent)
    bp = QPainter(pm)
    bp.setRenderHint(QPainter.Antialiasing)
    paint_block(bp, s, QRectF(PAD, PAD, w, h), marks, look, dark, zone, tracks)
    bp.end()
    return pm


def paint_block(p: QPainter, s: Session, r: QRectF, marks: Marks, look: Look, dark: bool, zone, tracks: list[str]) -> None:
    """Draw one session's block in ``r``: fill by track, border by state, marks, then its text, clipped to it."""
    state = marks.state
    bold, bold_fm, small, small_fm, struck, base_text, highlight, colours = look
    colour = colours.get(s.track)
    if colour is None:
        colour = colours[s.track] = track_colour(s.track, tracks)
    fill = copy_colour(colour)
    fill.setAlpha(235 if state == STAR else 150 if state == MAYBE else 95)
    p.setBrush(fill)  # (not QBrush(fill): see copy_colour)
    pen_colour = colour.darker(150) if not dark else colour.lighter(140)
    width = 3.0 if state == STAR else 1.0
    pen = QPen(pen_colour, width)
    if state == MAYBE:
        pen.setStyle(Qt.DashLine)
        pen.setWidthF(2.0)
    if marks.clash:
        pen = QPen(CLASH_RED, 3.0)
    if marks.selected:
        pen = QPen(highlight, 3.5)
    p.setPen(pen)
    p.drawRoundedRect(r, 4, 4)
    if marks.clash:  # hatching reads in greyscale too
        p.save()
        p.setClipRect(r)
        p.setPen(QPen(QColor(211, 47, 47, 120), 1.2))
        step = 8
        x = r.left() - r.height()
        while x < r.right():
            p.drawLine(QPointF(x, r.bottom()), QPointF(x + r.height(), r.top()))
            x += step
        p.restore()
    if marks.highlight:
        p.setPen(QPen(QColor("#2e7d32"), 3, Qt.DotLine))
        p.setBrush(Qt.NoBrush)
        p.drawRoundedRect(r.adjusted(-2, -2, 2, 2), 5, 5)
    # Star box.
    sr = star_rect(r)
    star = star_polygon(sr.center(), sr.height() * 0.42)
    text_colour = base_text
    if fill.alpha() > 200:  # a solid (starred) fill: pick text by its luminance
        lum = 0.299 * fill.red() + 0.587 * fill.green() + 0.114 * fill.blue()
        text_colour = WHITE if lum < 140 else NEAR_BLACK
    if state == STAR:
        p.setBrush(STAR_GOLD)
        p.setPen(QPen(STAR_EDGE, 1))
        p.drawPolygon(star)
    elif state == MAYBE:
        p.setBrush(Qt.NoBrush)
        p.setPen(QPen(STAR_GOLD, 1.6, Qt.DashLine))
        p.drawPolygon(star)
    else:
        p.setBrush(Qt.NoBrush)
        faint = copy_colour(text_colour)
        faint.setAlpha(110)
        p.setPen(QPen(faint, 1))
        p.drawPolygon(star)
    # Text: title, speakers, time; elided to fit.
    inner = r.adjusted(5, 2, -(sr.width() + 3), -2)
    if inner.height() < 6 or inner.width() < 10:
        return
    p.setPen(text_colour)
    lines = [(struck if s.cancelled else bold, bold_fm, s.title)]
    if s.speaker_text:
        lines.append((small, small_fm, s.speaker_text))
    if zone is not None:
        a, b = s.start.astimezone(zone), s.end.astimezone(zone)
        when = "%02d:%02d–%02d:%02d" % (a.hour, a.minute, b.hour, b.minute)  # (strftime imports per call)
        if marks.changed:
            when += "  • changed"
        lines.append((small, small_fm, when))
    y = inner.top()
    width = int(inner.width())
    p.save()
    p.setClipRect(r.adjusted(1, 1, -1, -1))  # a 5-minute block shows what fits, never spills over
    for i, (f, fm, t) in enumerate(lines):
        h = fm.height()
        if y + h > inner.bottom() + 2 and i > 0:
            break
        p.setFont(f)
        p.drawText(QRectF(inner.left(), y, inner.width(), h), LEFT_MIDDLE,
                   fm.elidedText(t, Qt.ElideRight, width))
        y += h
    p.restore()


def paint_axis(p: QPainter, vh: int, axis_w: int, header_h: int, pal: QPalette, dark: bool,
               clashes: list[tuple[float, float]], hours: list[tuple[float, str]]) -> None:
    """The time axis at the left: clashing ranges marked red, hour labels (viewport y values given)."""
    p.fillRect(QRectF(0, 0, axis_w, vh), pal.color(QPalette.AlternateBase) if not dark else pal.color(QPalette.Window))
    for y1, y2 in clashes:
        p.fillRect(QRectF(axis_w - 8, y1, 6, max(2.0, y2 - y1)), CLASH_RED)
    p.setPen(pal.color(QPalette.Text))
    for y, label in hours:
        if -20 < y < vh + 20 and y >= header_h - 2:
            p.drawText(QRectF(2, y - 9, axis_w - 12, 18), RIGHT_MIDDLE, label)


def paint_header(p: QPainter, columns, col_x: list[float], col_w: list[float], vw: int, axis_w: int, header_h: int,
                 font: QFont, pal: QPalette) -> None:
    """The room header along the top (``col_x`` already scrolled), elided to each column."""
    p.fillRect(QRectF(0, 0, vw, header_h), pal.color(QPalette.Button))
    p.setPen(pal.color(QPalette.ButtonText))
    bold = QFont(font)
    bold.setBold(True)
    p.setFont(bold)
    fm = QFontMetrics(bold)
    for col, x, cw in zip(columns, col_x, col_w):
        if x + cw < axis_w or x > vw:
            continue
        label = ("⇱ " if col.offsite else "") + col.label
        rect = QRectF(max(x, axis_w) + 4, 0, cw - 8, header_h)
        p.drawText(rect, Qt.AlignCenter, fm.elidedText(label, Qt.ElideRight, int(cw - 8)))
    p.fillRect(QRectF(0, 0, axis_w, header_h), pal.color(QPalette.Button))
    p.setFont(font)
    p.setPen(QPen(pal.color(QPalette.Mid), 1))
    p.drawLine(QPointF(0, header_h), QPointF(vw, header_h))


def describe(s: Session, zone, state: str | None, clash: bool) -> str:
    """A block as a screen reader says it: title, speakers, time, room, state."""
    parts = [s.title]
    if s.speaker_text:
        parts.append(s.speaker_text)
    if zone is not None:
        parts.append(f"{s.start.astimezone(zone):%H:%M} to {s.end.astimezone(zone):%H:%M}")
    parts.append(s.room or "no room")
    if state == STAR:
        parts.append("starred")
    elif state == MAYBE:
        parts.append("maybe")
    if clash:
        parts.append("clashes with another pick")
    return ", ".join(parts)


def paint_grid_lines(p: QPainter, mid: QColor, quarters: list[tuple[float, bool]], xs: list[float], left: float,
                     right: float, dx: int, dy: int, vw: int, vh: int) -> None:
    """Quarter-hour lines (hours stronger) and column lines, in content coordinates, for the view at (dx, dy).
    Straight 1 px lines as filled rectangles: crisp, and several times cheaper than drawLine."""
    line = copy_colour(mid)
    line.setAlpha(60)
    strong = copy_colour(mid)
    strong.setAlpha(140)
    for y, hour in quarters:
        if dy <= y <= dy + vh:
            p.fillRect(QRectF(left, round(y), right - left, 1), strong if hour else line)
    for x in xs:
        if dx <= x <= dx + vw:
            p.fillRect(QRectF(round(x), dy, 1, vh), line)


def tooltip_text(s: Session, zone) -> str:
    when = f"{s.start.astimezone(zone):%a %d %b %H:%M}–{s.end.astimezone(zone):%H:%M}"
    return "\n".join(x for x in (s.title, s.speaker_text, when, s.room or s.venue or "") if x)


def paint_now(p: QPainter, x0: float, x1: float, y: float) -> None:
    p.setPen(QPen(NOW_RED, 2))
    p.drawLine(QPointF(x0, y), QPointF(x1, y))
