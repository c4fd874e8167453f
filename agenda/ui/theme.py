"""View → Theme: System (the desktop's own style and palette), Light or Dark (Qt's Fusion style with a light
or a dark palette). The system's look is kept when another theme is chosen, so going back restores it.

Fusion, whichever theme uses it (the desktop's own style on most Linux desktops), is given as ``FusionBars``
(fusion_bars.py): the same style, whose scroll bars' pieces are drawn once for each size and colours and then
copied. The window's first frame is drawn by the desktop's own Fusion: FusionBars comes right after it."""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

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


def style_name(style) -> str:
    """The style's name as QStyleFactory knows it, lower case ("fusion" for FusionBars)."""
    from PySide6.QtWidgets import QProxyStyle

    return (style.baseStyle() if isinstance(style, QProxyStyle) else style).name().lower()


def make_style(name: str):
    """The style QStyleFactory makes by ``name``; Fusion as FusionBars (fusion_bars.py)."""
    if name.lower() == "fusion":
        from .fusion_bars import FusionBars

        return FusionBars()
    from PySide6.QtWidgets import QStyleFactory

    return QStyleFactory.create(name)


def use_fusion_bars(app) -> None:
    """Once the window's first frame is painted: the desktop's style, when it is Fusion, as FusionBars."""
    from .fusion_bars import FusionBars

    if style_name(app.style()) == "fusion" and not isinstance(app.style(), FusionBars):
        app.setStyle(make_style("fusion"))


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
