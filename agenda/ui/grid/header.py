"""The room header along the top of the grid, a part of the grid: each room's label over as many lines as fit,
elided, within the part of its column in view, never over a neighbour's; in a plan of several conferences a
row above names each conference over its rooms, in its colour. Each label is drawn once into a picture for its
width, font and colours and copied from then on: every repaint draws the header (a star click, a search key,
a scroll step), and drawing its text anew took a third of the repaint of a view whose blocks were drawn."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap

from ...core.plan.mine import MINE_ROOM
from ..i18n import tr
from .block_paint import fill
from .block_text import header_lines

GROUP_H = 20  # a plan of several conferences: the row naming each conference over its rooms
WHITE = QColor("#ffffff")


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


def conference_runs(columns) -> list[tuple[int, int]]:
    """(first, last) column of each conference's run of rooms, in order."""
    runs: list[tuple[int, int]] = []
    for i, c in enumerate(columns):
        if runs and columns[runs[-1][0]].feed == c.feed:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


class RoomHeader:
    """Owns the pictures of the header's labels (room names and conference names), keyed by all their pixels
    depend on: the text, the width in view, the height, the font, the colours and the screen's pixel ratio. A
    column wholly in view keeps its picture while the view scrolls; a half-scrolled one at either edge gets a
    new one for its new width (see _copy)."""

    LIMIT = 400  # pictures kept (a screenful of rooms is ten to twenty): then all are dropped

    def __init__(self) -> None:
        self._pictures: dict[tuple, QPixmap] = {}
        self._seen: set[tuple] = set()  # labels drawn once, straight onto the screen

    def paint(self, p: QPainter, columns, col_x: list[float], col_w: list[float], vw: int, axis_w: int, header_h: int,
              font: QFont, pal: QPalette, group_colours: tuple[str, ...] = ()) -> None:
        """The header in view (``col_x`` already scrolled), its conferences' row first when there is one."""
        button = pal.color(QPalette.Button)
        fill(p, button, QRectF(0, 0, vw, header_h))
        bold = QFont(font)
        bold.setBold(True)
        dpr = p.device().devicePixelRatioF()
        top_h = GROUP_H if columns and any(c.group for c in columns) else 0
        if top_h:
            self._paint_groups(p, columns, col_x, col_w, vw, axis_w, bold, group_colours, dpr)
        h = header_h - top_h
        ink = (bold, QFontMetrics(bold), button, pal.color(QPalette.ButtonText))
        common = (h, bold.key(), pal.cacheKey(), dpr)
        rules = []
        p.save()
        p.setFont(bold)  # (for the labels drawn straight onto the screen)
        p.setPen(ink[3])
        for i, left, width in visible_header_rects(col_x, col_w, vw, axis_w):
            width = round(width, 2)  # (the same column wholly in view: the same width wherever it is)
            label = header_label(columns[i])
            self._copy(p, (label, width) + common, QPointF(left, top_h), width, h, dpr,
                       lambda q, picture, label=label, width=width: self._draw_room(q, picture, label, width, h, ink))
            if col_x[i] + col_w[i] <= vw:  # the line between this header and the next
                rules.append(QRectF(round(col_x[i] + col_w[i]), top_h + 6, 1, h - 12))
        p.restore()
        fill(p, pal.color(QPalette.Mid), *rules)
        fill(p, button, QRectF(0, 0, axis_w, header_h))
        p.setPen(QPen(pal.color(QPalette.Mid), 1))
        p.drawLine(QPointF(0, header_h), QPointF(vw, header_h))

    def _copy(self, p: QPainter, key: tuple, at: QPointF, w: float, h: float, dpr: float, draw) -> None:
        """Draw a label at ``at`` with ``draw(painter, into_picture)`` (in its own coordinates, ``w`` by ``h``): copied from its picture,
        which is made the second time the label is drawn alike. The first time it is drawn straight onto the
        screen: a view that is not repainted again (a jump to another place) pays for no picture."""
        picture = self._pictures.get(key)
        if picture is None and key in self._seen:
            if len(self._pictures) >= self.LIMIT:
                self._pictures.clear()
                self._seen.clear()
            picture = QPixmap(max(1, round(w * dpr)), max(1, round(h * dpr)))
            picture.setDevicePixelRatio(dpr)
            q = QPainter(picture)
            draw(q, True)
            q.end()
            self._pictures[key] = picture
        if picture is not None:
            p.drawPixmap(at, picture)
            return
        if len(self._seen) >= 4 * self.LIMIT:  # (half-scrolled labels at the edges: a new width each step)
            self._seen.clear()
        self._seen.add(key)
        p.save()
        p.translate(at)
        p.setClipRect(QRectF(0, 0, w, h))
        draw(p, False)
        p.restore()

    @staticmethod
    def _draw_room(q: QPainter, picture: bool, label: str, width: float, h: float, ink: tuple) -> None:
        """A room's label, centred, over as many lines as fit in ``width``; into a picture: on the header's
        colour, in its font and colour (on the screen the header has them already)."""
        bold, fm, button, text = ink
        if picture:
            fill(q, button, QRectF(0, 0, width, h))
            q.setFont(bold)
            q.setPen(text)
        line_h = fm.height()
        lines = header_lines(label, fm, width - 8, h - 2)
        top = (h - line_h * len(lines)) / 2
        for n, line in enumerate(lines):
            q.drawText(QRectF(4, top + n * line_h, width - 8, line_h), Qt.AlignCenter, line)

    def _paint_groups(self, p: QPainter, columns, col_x, col_w, vw: int, axis_w: int, bold: QFont,
                      colours: tuple[str, ...], dpr: float) -> None:
        """The conferences' row: each one's colour over its rooms, its name in white, elided, kept in view."""
        for first, last in conference_runs(columns):
            left, right = max(col_x[first], axis_w), min(col_x[last] + col_w[last], vw)
            if right <= left:
                continue
            feed = columns[first].feed
            colour = colours[feed] if feed < len(colours) else "#555555"
            name, width = columns[first].group, round(right - left, 2)
            self._copy(p, ("group", name, colour, width, bold.key(), dpr), QPointF(left, 0), width, GROUP_H, dpr,
                       lambda q, _picture, name=name, colour=colour, width=width: self._draw_group(q, name, colour, width, bold))

    @staticmethod
    def _draw_group(q: QPainter, name: str, colour: str, width: float, bold: QFont) -> None:
        fill(q, QColor(colour), QRectF(0, 0, width, GROUP_H))
        fill(q, WHITE, QRectF(width - 1, 0, 1, GROUP_H))
        q.setFont(bold)
        q.setPen(WHITE)
        text = QFontMetrics(bold).elidedText(name, Qt.ElideRight, int(width - 8))
        q.drawText(QRectF(4, 0, width - 8, GROUP_H), Qt.AlignLeft | Qt.AlignVCenter, text)
