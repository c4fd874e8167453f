"""Drawing what surrounds the blocks: grid lines, the time axis, the now line (the room header: header.py); and a
block's tooltip and spoken description. What a block itself looks like is block_paint.py's; where blocks go is
view.py's."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen

from ...core.model import Session
from ...core.plan.picks import MAYBE, STAR
from ..i18n import dates, tr
from .block_paint import fill
from .colours import over
from .shape import CLASH_RED

NOW_RED = QColor("#e53935")
RIGHT_MIDDLE = Qt.AlignRight | Qt.AlignVCenter  # (an enum | costs µs)
HOUR_LABEL_H = 18


def escape_html(text: str) -> str:
    """html.escape(text, quote=True), without importing html (and its entity tables) at start-up."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("'", "&#x27;"))


def plain_tooltip(text: str) -> str:
    """Tooltips guess rich text from the content; feed text is escaped so it always shows literally
    (a title like <img src=...> must never load anything)."""
    return '<p style="white-space:pre-wrap">' + escape_html(text).replace("\n", "<br>") + "</p>"


def paint_axis(p: QPainter, vh: int, axis_w: int, header_h: int, pal: QPalette, dark: bool,
               clashes: list[tuple[float, float]], hours: list[tuple[float, str]]) -> None:
    """The time axis at the left: clashing ranges marked red, hour labels (viewport y values given); a label
    the header would half cover is left out rather than cut."""
    fill(p, pal.color(QPalette.AlternateBase) if not dark else pal.color(QPalette.Window), QRectF(0, 0, axis_w, vh))
    fill(p, CLASH_RED, *(QRectF(axis_w - 8, y1, 6, max(2.0, y2 - y1)) for y1, y2 in clashes))
    p.setPen(pal.color(QPalette.Text))
    half = HOUR_LABEL_H / 2
    clock = dates()
    for y, label in hours:
        if header_h <= y - half + 3 and y - half < vh:
            p.drawText(QRectF(2, y - half, axis_w - 12, HOUR_LABEL_H), RIGHT_MIDDLE, clock.hour_mark(label))


def describe(s: Session, zone, state: str | None, clash: bool, conference: str | None = None) -> str:
    """A block as a screen reader says it: title, speakers, time, room, state."""
    parts = [s.title]
    if s.speaker_text:
        parts.append(s.speaker_text)
    if zone is not None and s.all_day:
        parts.append(dates().all_day_text)
    elif zone is not None:  # (an end on another day with its day, as the block shows it: Dates.until)
        a, b = s.start.astimezone(zone), s.end.astimezone(zone)
        parts.append(tr("{start} to {end}").format(start=dates().time(a), end=dates().until(a, b)))
    parts.append(s.room or tr("no room"))
    if conference:
        parts.append(conference)
    if s.recorded is False:
        parts.append(tr("not recorded"))
    if state == STAR:
        parts.append(tr("starred"))
    elif state == MAYBE:
        parts.append(tr("maybe"))
    if clash:
        parts.append(tr("clashes with another pick"))
    return ", ".join(parts)


def line_colours(pal: QPalette) -> tuple[QColor, QColor]:
    """(quarter-hour and column lines, hour lines): the text colour, faint, so they show on a light or a
    dark base alike (the palette's Mid is nearly the Base in many dark themes). Opaque, as that faint text
    composited over the base they are drawn on: Qt blends a translucent line pixel by pixel, and a column's
    vertical line that way took 0.2 ms of every frame, a tenth of a 16 ms frame for a view of eight rooms."""
    text, base = pal.color(QPalette.Text), pal.color(QPalette.Base)
    text_rgb, base_rgb = (text.red(), text.green(), text.blue()), (base.red(), base.green(), base.blue())
    return QColor(*over(text_rgb, 38, base_rgb)), QColor(*over(text_rgb, 80, base_rgb))


def paint_grid_lines(p: QPainter, pal: QPalette, quarters: list[tuple[float, bool]], xs: list[float], left: float,
                     right: float, dx: int, dy: int, vw: int, vh: int) -> None:
    """Quarter-hour lines (hours stronger) and column lines, in content coordinates, for the view at (dx, dy),
    only as far as the view reaches (a day of many rooms is tens of thousands of pixels wide). Straight 1 px
    lines as filled rectangles: crisp, and several times cheaper than drawLine."""
    line, strong = line_colours(pal)
    right = min(right, float(dx + vw))
    rows = [(QRectF(left, round(y), right - left, 1), hour) for y, hour in quarters if dy <= y <= dy + vh]
    columns = [QRectF(round(x), dy, 1, vh) for x in xs if dx <= x <= dx + vw]
    fill(p, line, *columns)
    fill(p, line, *(r for r, hour in rows if not hour))
    fill(p, strong, *(r for r, hour in rows if hour))


def tooltip_text(s: Session, zone, conference: str | None = None) -> str:
    """A block's or a list row's tooltip; ``conference``: its conference's name, in a plan of several."""
    when = f"{dates().day_time(s.start.astimezone(zone))}–{dates().time(s.end.astimezone(zone))}"
    live = tr("⊘ Not recorded: see it live") if s.recorded is False else ""
    where = " · ".join(x for x in (s.room or s.venue, conference) if x)
    return "\n".join(x for x in (s.title, s.speaker_text, when, where, live) if x)


def header_tooltip(layout, column: int) -> str:
    """A room header's tooltip: the full room name and how many sessions it has that day."""
    col = layout.columns[column]
    n = sum(1 for b in layout.blocks if b.column == column)
    where = tr("off-site: ") if col.offsite else ""
    return where + col.label + "\n" + tr("%n session(s) this day", None, n)


def paint_now(p: QPainter, x0: float, x1: float, y: float) -> None:
    p.setPen(QPen(NOW_RED, 2))
    p.drawLine(QPointF(x0, y), QPointF(x1, y))


def paint_sticky(p: QPainter, picture, label, g, top: float, strip: float, pad: int, dpr: float,
                 opacity: float) -> None:
    """A long block whose top has scrolled under the header: the top of its picture (its border, title lines
    and star: ``label()`` long, block_paint.label_length, or one ``strip``) drawn again at ``top``, with a
    faint rule under it, so its title stays in view while more than that and a ``strip`` of the block is.
    Nothing for a block whose picture a scroll step had no time to draw (its shape shows), whose label is
    then not measured either."""
    if picture is None:
        return
    length = label() or strip
    if not g[1] < top < g[1] + g[3] - length - strip:
        return
    p.setOpacity(opacity)
    p.drawPixmap(QRectF(g[0] - pad, top, g[2] + 2 * pad, length),
                 picture, QRectF(0, pad * dpr, picture.width(), length * dpr))
    rule = QColor(0, 0, 0, 60)
    p.setPen(QPen(rule, 1))
    p.drawLine(QPointF(g[0] + 3, top + length), QPointF(g[0] + g[2] - 3, top + length))


def paint_focus(p: QPainter, vw: int, vh: int, pal: QPalette, focused: bool) -> None:
    """When the grid has the keyboard focus: a 2-pixel frame in the highlight colour round the whole view."""
    if not focused:
        return
    p.setPen(QPen(pal.color(QPalette.Highlight), 2))
    p.setBrush(Qt.NoBrush)
    p.drawRect(QRectF(1, 1, vw - 2, vh - 2))
