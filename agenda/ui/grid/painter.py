"""Drawing what surrounds the blocks: grid lines, the time axis, the room header (labels over two lines,
never over a neighbour's, elided), the now line; and a block's tooltip and spoken description. What a
block itself looks like is block_paint.py's; where blocks go is view.py's."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen

from ...core.model import Session
from ...core.plan.mine import MINE_ROOM
from ...core.plan.picks import MAYBE, STAR
from ..i18n import dates, tr
from .block_paint import CLASH_RED, fill
from .block_text import header_lines
from .colours import over

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


def header_label(col) -> str:
    label = tr("Mine") if col.label == MINE_ROOM else col.label  # the user's own items' column
    return ("⇱ " if col.offsite else "") + label


def visible_header_rects(col_x: list[float], col_w: list[float], vw: int, axis_w: int) -> list[tuple[int, float, float]]:
    """(column, left, width) of the part of each column's header in view (``col_x`` already scrolled): a
    half-scrolled column's label gets only the width still showing, so it never runs over its neighbour."""
    out = []
    for i, (x, cw) in enumerate(zip(col_x, col_w, strict=True)):
        left, right = max(x, float(axis_w)), min(x + cw, float(vw))
        if cw > 0 and right - left > 1:
            out.append((i, left, right - left))
    return out


GROUP_H = 20  # a plan of several conferences: the row naming each conference over its rooms


def paint_header(p: QPainter, columns, col_x: list[float], col_w: list[float], vw: int, axis_w: int, header_h: int,
                 font: QFont, pal: QPalette, group_colours: tuple[str, ...] = ()) -> None:
    """The room header along the top (``col_x`` already scrolled): each label over as many lines as fit,
    elided, within the part of its column in view. In a plan of several conferences a row above names each
    conference over its rooms, in its colour (its name stays in view while its rooms are)."""
    fill(p, pal.color(QPalette.Button), QRectF(0, 0, vw, header_h))
    bold = QFont(font)
    bold.setBold(True)
    p.setFont(bold)
    fm = QFontMetrics(bold)
    line_h = fm.height()
    top_h = GROUP_H if columns and any(c.group for c in columns) else 0
    if top_h:
        paint_groups(p, columns, col_x, col_w, vw, axis_w, fm, group_colours)
    p.setPen(pal.color(QPalette.ButtonText))
    for i, left, width in visible_header_rects(col_x, col_w, vw, axis_w):
        lines = header_lines(header_label(columns[i]), fm, width - 8, header_h - top_h - 2)
        top = top_h + (header_h - top_h - line_h * len(lines)) / 2
        p.save()
        p.setClipRect(QRectF(left, top_h, width, header_h - top_h))
        for n, text in enumerate(lines):
            p.drawText(QRectF(left + 4, top + n * line_h, width - 8, line_h), Qt.AlignCenter, text)
        p.restore()
        if col_x[i] + col_w[i] <= vw:  # the line between this header and the next
            fill(p, pal.color(QPalette.Mid), QRectF(round(col_x[i] + col_w[i]), top_h + 6, 1, header_h - top_h - 12))
    fill(p, pal.color(QPalette.Button), QRectF(0, 0, axis_w, header_h))
    p.setFont(font)
    p.setPen(QPen(pal.color(QPalette.Mid), 1))
    p.drawLine(QPointF(0, header_h), QPointF(vw, header_h))


def conference_runs(columns) -> list[tuple[int, int]]:
    """(first, last) column of each conference's run of rooms, in order."""
    runs: list[tuple[int, int]] = []
    for i, c in enumerate(columns):
        if runs and columns[runs[-1][0]].feed == c.feed:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def paint_groups(p: QPainter, columns, col_x, col_w, vw: int, axis_w: int, fm: QFontMetrics,
                 colours: tuple[str, ...]) -> None:
    """The conferences' row: each one's colour over its rooms, its name in white, elided, kept in view."""
    for first, last in conference_runs(columns):
        left, right = max(col_x[first], axis_w), min(col_x[last] + col_w[last], vw)
        if right <= left:
            continue
        feed = columns[first].feed
        colour = QColor(colours[feed] if feed < len(colours) else "#555555")
        fill(p, colour, QRectF(left, 0, right - left, GROUP_H))
        fill(p, QColor("#ffffff"), QRectF(right - 1, 0, 1, GROUP_H))
        p.setPen(QColor("#ffffff"))
        text = fm.elidedText(columns[first].group, Qt.ElideRight, int(right - left - 8))
        p.drawText(QRectF(left + 4, 0, right - left - 8, GROUP_H), Qt.AlignLeft | Qt.AlignVCenter, text)


def describe(s: Session, zone, state: str | None, clash: bool, conference: str | None = None) -> str:
    """A block as a screen reader says it: title, speakers, time, room, state."""
    parts = [s.title]
    if s.speaker_text:
        parts.append(s.speaker_text)
    if zone is not None:
        parts.append(tr("{start} to {end}").format(start=dates().time(s.start.astimezone(zone)),
                                                   end=dates().time(s.end.astimezone(zone))))
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
