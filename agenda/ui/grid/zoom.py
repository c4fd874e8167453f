"""The grid's zoom, a part of the grid: Ctrl+wheel and View → Zoom scale time (pixels per minute) and room
width together, 0.5–3×; "fit rooms to width" shrinks rooms so that all of them show, when they fit at a
readable width. The window remembers both per feed (settings.views)."""
from __future__ import annotations

from PySide6.QtCore import Qt

BASE_PPM = 2.4  # pixels per minute at zoom 1
MIN_COL_W = 150  # a room's width at zoom 1
FIT_MIN_COL_W = 90  # "fit rooms to width" never makes a room narrower than this


class Zoom:
    """Owns the grid's zoom, whether rooms are fitted to the width, and the pixels per minute that follow.
    ``grid`` is the GridView it scales: its scroll bars keep the time in the middle of the view in place,
    and its zoomChanged signal says what the user chose."""

    def __init__(self, grid) -> None:
        self.grid = grid
        self.zoom = 1.0  # time and column width
        self.fit = False
        self.ppm = BASE_PPM  # pixels per minute

    def min_col_w(self) -> int:
        """The narrowest a room column may be at this zoom (column_geometry widens them to fill the view)."""
        return FIT_MIN_COL_W if self.fit else max(60, int(MIN_COL_W * self.zoom))

    def set(self, zoom: float, fit: bool | None = None, *, emit: bool = True) -> None:
        """Scale time and room width (0.5–3×); ``fit`` shrinks rooms to the width when they fit (not below
        FIT_MIN_COL_W). The time at the middle of the view stays where it is."""
        from ...core.settings import ZOOM_RANGE

        zoom = round(min(max(zoom, ZOOM_RANGE[0]), ZOOM_RANGE[1]), 3)
        fit = self.fit if fit is None else fit
        if zoom == self.zoom and fit == self.fit:
            return
        g = self.grid
        vs, hs, vh = g.verticalScrollBar(), g.horizontalScrollBar(), g.viewport().height()
        middle = g.minute_at(vs.value() + vh / 2)
        across = hs.value() / max(1, g.content_size().width())
        self.zoom, self.fit, self.ppm = zoom, fit, BASE_PPM * zoom
        g.relayout()
        vs.setValue(int(g.y_for(middle) - vh / 2))
        hs.setValue(int(across * g.content_size().width()))
        g.ahead.rewarm()
        if emit:
            g.zoomChanged.emit(self.zoom, self.fit)

    def by(self, steps: float) -> None:
        """Zoom in (positive) or out by steps of 20%."""
        self.set(self.zoom * 1.2 ** steps)

    def wheel(self, event) -> bool:
        """Ctrl+wheel zooms; True when the event was that."""
        if not event.modifiers() & Qt.ControlModifier:
            return False
        steps = event.angleDelta().y() / 120
        if steps:
            self.by(steps)
        event.accept()
        return True
