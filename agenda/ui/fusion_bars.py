"""Fusion, whose scroll bars are drawn from pictures of their pieces (the application's style wherever Fusion is,
theme.make_style). Its own module: the Python types of Qt's styles and style options that it needs cost
10-20 ms to build, which the window's first frame, drawn by the desktop's own Fusion, does not pay
(app.build_window gives the application this style once that frame is painted)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOptionSlider


class FusionBars(QProxyStyle):
    """Fusion, whose scroll bars are drawn from pictures of their pieces (groove, handle, arrow buttons), each
    drawn by Fusion once for each size, state and palette, then copied where Fusion would draw it. Fusion
    paints a groove and a handle as gradients, which Qt fills one pixel row at a time: 2 ms for the groove of
    a vertical bar the height of a 768-pixel screen, and 0.5 ms more for its handle and arrows, in every frame
    that moves the bar (a scroll step of the grid moves two). Copied, they are the same pictures (to 1/255
    where an edge blends), in a small part of the time. The handle is drawn at the top (left) of its groove:
    Fusion draws it alike wherever it is. At a fractional scale (1.25×, 1.5×) a piece's edges fall on the
    screen's pixels differently where it is, so there only the groove is copied, and only for a bar a whole
    number of screen pixels long (a picture 877.5 pixels long would be stretched): Fusion draws the rest."""

    LIMIT = 64  # pictures kept: the pieces of a few sizes of the grid's and the list's bars, in a few palettes
    BAR = QStyle.CC_ScrollBar
    GROOVE, SLIDER = QStyle.SC_ScrollBarGroove, QStyle.SC_ScrollBarSlider
    PIECES = ((GROOVE, GROOVE.value), (SLIDER, SLIDER.value), (QStyle.SC_ScrollBarSubLine, QStyle.SC_ScrollBarSubLine.value),
              (QStyle.SC_ScrollBarAddLine, QStyle.SC_ScrollBarAddLine.value))  # (piece, its bit), as Fusion paints them
    MARGIN = 2  # pixels round a piece kept in its picture (an outline drawn just outside its rectangle)

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))  # (the proxy owns it)
        self._pieces: dict[tuple, tuple[QPixmap, int, int]] = {}

    def drawComplexControl(self, control, option, painter: QPainter, widget=None) -> None:  # noqa: N802 (Qt's)
        """(Every frame that moves a bar: Qt's enum types cost microseconds a use from Python, so each is read once.)"""
        base = self.baseStyle()
        if control != self.BAR:
            base.drawComplexControl(control, option, painter, widget)
            return
        dpr = painter.device().devicePixelRatioF()
        r = option.rect
        copied = self._copied(r.width() * dpr, r.height() * dpr, dpr)
        if copied:
            shown, active = option.subControls.value, option.activeSubControls.value
            same = (r.width(), r.height(), option.state.value, option.palette.cacheKey(), dpr)
            for piece, bit in copied:
                if shown & bit:
                    at = r if piece == self.GROOVE else base.subControlRect(self.BAR, option, piece, widget)
                    picture, dx, dy = self._piece(option, piece, bit, active & bit, at, same, widget)
                    painter.drawPixmap(at.x() + dx, at.y() + dy, picture)
        if copied is not self.PIECES:  # the rest as Fusion draws it
            rest = QStyleOptionSlider(option)
            rest.subControls = option.subControls & ~self.GROOVE if copied else option.subControls
            base.drawComplexControl(control, rest, painter, widget)

    def _copied(self, w: float, h: float, dpr: float) -> tuple:
        """The pieces of a bar ``w`` by ``h`` screen pixels copied from pictures (the rest Fusion draws)."""
        if not dpr % 1:
            return self.PIECES
        return () if w % 1 or h % 1 else self.PIECES[:1]  # a fractional scale: the groove, if not stretched

    def _piece(self, option, piece, bit: int, active: int, rect, same: tuple, widget) -> tuple[QPixmap, int, int]:
        """A piece's picture, and where it goes from its rectangle's top left (``rect``: the piece's, the
        groove's the bar's). ``same``: what every piece of the bar depends on (its size, state, palette and
        the screen's pixel ratio)."""
        key = (bit, active) + same
        if piece == self.SLIDER:  # drawn at the top (left): its picture does not depend on where it is
            key += (rect.width(), rect.height())  # its length (the range and the page)
        elif piece != self.GROOVE:  # an arrow, which may look disabled at its end
            key += (option.sliderValue <= option.minimum, option.sliderValue >= option.maximum)
        kept = self._pieces.get(key)
        if kept is None:
            if len(self._pieces) >= self.LIMIT:
                self._pieces.clear()
            kept = self._pieces[key] = self._draw_piece(option, piece, widget, same[-1])
        return kept

    def _draw_piece(self, option, piece, widget, dpr: float) -> tuple[QPixmap, int, int]:
        r = option.rect
        alone = QStyleOptionSlider(option)
        alone.rect = r.translated(-r.topLeft())
        alone.subControls = piece
        alone.activeSubControls = option.activeSubControls & piece
        if piece == self.SLIDER:
            alone.sliderPosition = alone.sliderValue = option.minimum
        area = alone.rect  # the groove's picture: the whole bar; another piece's: its rectangle and a margin
        if piece != self.GROOVE:
            rect = self.baseStyle().subControlRect(self.BAR, alone, piece, widget)
            area = rect.adjusted(-self.MARGIN, -self.MARGIN, self.MARGIN, self.MARGIN) & alone.rect
        picture = QPixmap(max(1, round(area.width() * dpr)), max(1, round(area.height() * dpr)))
        picture.setDevicePixelRatio(dpr)
        picture.fill(Qt.transparent)
        p = QPainter(picture)
        p.translate(-area.topLeft())
        self.baseStyle().drawComplexControl(self.BAR, alone, p, widget)
        p.end()
        return (picture, 0, 0) if piece == self.GROOVE else (picture, area.x() - rect.x(), area.y() - rect.y())
