"""View → Theme: System (the desktop's own style and palette), Light or Dark (Qt's Fusion style with a light
or a dark palette). The system's look is kept when another theme is chosen, so going back restores it.

Fusion, whichever theme uses it (the desktop's own style on most Linux desktops), is given as ``Grooves``:
the same style, whose scroll bars' grooves are drawn once for each size and colours and then copied."""
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


class Grooves(QProxyStyle):
    """Fusion, whose scroll bars' grooves are drawn once for each size, state and palette, then copied.
    Fusion paints a groove as a gradient across the bar, which Qt fills one pixel row at a time: 2 ms for
    a vertical bar the height of a 768-pixel screen, in every frame that moves it (a scroll step of the
    grid moves two). Copied, it is the same picture (to 1/255 where its edge blends), in a twentieth of
    the time. The rest of the bar (handle, arrows) is Fusion's, drawn as always."""

    LIMIT = 32  # pictures kept: a few sizes of the grid's and the list's bars, in a few palettes

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))  # (the proxy owns it)
        self._grooves: dict[tuple, QPixmap] = {}

    def drawComplexControl(self, control, option, painter: QPainter, widget=None) -> None:  # noqa: N802 (Qt's)
        base = self.baseStyle()
        if control != QStyle.CC_ScrollBar or not option.subControls & QStyle.SC_ScrollBarGroove:
            base.drawComplexControl(control, option, painter, widget)
            return
        r = option.rect
        painter.drawPixmap(r.topLeft(), self._groove(option, painter.device().devicePixelRatioF(), widget))
        rest = QStyleOptionSlider(option)
        rest.subControls = option.subControls & ~QStyle.SC_ScrollBarGroove
        base.drawComplexControl(control, rest, painter, widget)

    def _groove(self, option, dpr: float, widget) -> QPixmap:
        r = option.rect
        key = (r.width(), r.height(), option.state.value, option.palette.cacheKey(), dpr)
        picture = self._grooves.get(key)
        if picture is None:
            if len(self._grooves) >= self.LIMIT:
                self._grooves.clear()
            picture = QPixmap(max(1, round(r.width() * dpr)), max(1, round(r.height() * dpr)))
            picture.setDevicePixelRatio(dpr)
            picture.fill(Qt.transparent)
            alone = QStyleOptionSlider(option)
            alone.rect = r.translated(-r.topLeft())
            alone.subControls = QStyle.SC_ScrollBarGroove
            p = QPainter(picture)
            self.baseStyle().drawComplexControl(QStyle.CC_ScrollBar, alone, p, widget)
            p.end()
            self._grooves[key] = picture
        return picture


def style_name(style: QStyle) -> str:
    """The style's name as QStyleFactory knows it, lower case ("fusion" for Grooves)."""
    return (style.baseStyle() if isinstance(style, QProxyStyle) else style).name().lower()


def make_style(name: str) -> QStyle:
    """The style QStyleFactory makes by ``name``; Fusion as Grooves."""
    return Grooves() if name.lower() == "fusion" else QStyleFactory.create(name)


def use_grooves(app) -> None:
    """At start-up: the desktop's style, when it is Fusion, as Grooves."""
    if style_name(app.style()) == "fusion" and not isinstance(app.style(), Grooves):
        app.setStyle(Grooves())


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
