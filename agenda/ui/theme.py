"""View → Theme: System (the desktop's own style and palette), Light or Dark (Qt's Fusion style with a light
or a dark palette). The system's look is kept when another theme is chosen, so going back restores it.

Fusion, whichever theme uses it (the desktop's own style on most Linux desktops), is given as ``FusionBars``:
the same style, whose scroll bars' pieces are drawn once for each size and colours and then copied."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOptionSlider

_DARK = {  # role -> (active, disabled)
    "Window": ((45, 45, 48), None), "WindowText": ((232, 232, 232), (127, 127, 127)),
    "Base": ((30, 30, 33), None), "AlternateBase": ((45, 45, 48), None),
    "ToolTipBase": ((60, 60, 64), None), "ToolTipText": ((240, 240, 240), None),
    "PlaceholderText": ((150, 150, 150), None), "Text": ((232, 232, 232), (127, 127, 127)),
    "Button": ((53, 53, 57), None), "ButtonText": ((232, 232, 232), (127, 127, 127)),
    "BrightText": ((255, 80, 80), None), "Light": ((80, 80, 84), None), "Midlight": ((66, 66, 70), None),
    "Mid": ((90, 90, 95), None), "Dark": ((22, 22, 24), None), "Shadow": ((0, 0, 0), None),
    "Highlight": ((61, 142, 230), (80, 80, 84)), "HighlightedText": ((255, 255, 255), None),
    "Link": ((110, 170, 255), None), "LinkVisited": ((180, 140, 255), None),
}


def dark_palette() -> QPalette:
    pal = QPalette()
    for role, (active, disabled) in _DARK.items():
        r = getattr(QPalette.ColorRole, role)
        pal.setColor(QPalette.All, r, QColor(*active))
        if disabled:
            pal.setColor(QPalette.Disabled, r, QColor(*disabled))
    return pal


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


def style_name(style: QStyle) -> str:
    """The style's name as QStyleFactory knows it, lower case ("fusion" for FusionBars)."""
    return (style.baseStyle() if isinstance(style, QProxyStyle) else style).name().lower()


def make_style(name: str) -> QStyle:
    """The style QStyleFactory makes by ``name``; Fusion as FusionBars."""
    return FusionBars() if name.lower() == "fusion" else QStyleFactory.create(name)


def use_fusion_bars(app) -> None:
    """At start-up: the desktop's style, when it is Fusion, as FusionBars."""
    if style_name(app.style()) == "fusion" and not isinstance(app.style(), FusionBars):
        app.setStyle(FusionBars())


def apply_theme(app, theme: str) -> None:
    """Give the application the theme's style and palette (remembering the system's the first time)."""
    if not hasattr(app, "_agenda_system_look"):
        app._agenda_system_look = (style_name(app.style()), QPalette(app.palette()))
    system_style, system_palette = app._agenda_system_look
    if theme == "system":
        if style_name(app.style()) != system_style:
            app.setStyle(make_style(system_style))
        app.setPalette(system_palette)
        return
    if style_name(app.style()) != "fusion":
        app.setStyle(make_style("fusion"))
    app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.Base).lightness() < 128
