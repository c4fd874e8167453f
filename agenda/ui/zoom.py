"""The grid's zoom (mixed into GridView): Ctrl+wheel and View → Zoom scale time (pixels per minute) and room
width together, 0.5–3×; "fit rooms to width" shrinks rooms so that all of them show, when they fit at a
readable width. The window remembers both per feed (settings.views)."""
from __future__ import annotations

from PySide6.QtCore import Qt


class GridZoom:
    """Needs from the grid: zoom, fit_rooms, ppm, BASE_PPM, MIN_COL_W, FIT_MIN_COL_W, HEADER_H, _relayout,
    content_size, _ahead, _rewarm, zoomChanged and its scroll bars."""

    def min_col_w(self) -> int:
        """The narrowest a room column may be at this zoom (column_geometry widens them to fill the view)."""
        return self.FIT_MIN_COL_W if self.fit_rooms else max(60, int(self.MIN_COL_W * self.zoom))

    def set_zoom(self, zoom: float, fit: bool | None = None, *, emit: bool = True) -> None:
        """Scale time and room width (0.5–3×); ``fit`` shrinks rooms to the width when they fit (not below
        FIT_MIN_COL_W). The time at the middle of the view stays where it is."""
        from ..core.settings import ZOOM_RANGE

        zoom = round(min(max(zoom, ZOOM_RANGE[0]), ZOOM_RANGE[1]), 3)
        fit = self.fit_rooms if fit is None else fit
        if zoom == self.zoom and fit == self.fit_rooms:
            return
        vs, hs, vh = self.verticalScrollBar(), self.horizontalScrollBar(), self.viewport().height()
        middle = (vs.value() + vh / 2 - self.HEADER_H) / self.ppm
        across = hs.value() / max(1, self.content_size().width())
        self.zoom, self.fit_rooms, self.ppm = zoom, fit, self.BASE_PPM * zoom
        self._relayout()
        vs.setValue(int(middle * self.ppm + self.HEADER_H - vh / 2))
        hs.setValue(int(across * self.content_size().width()))
        if self._ahead:
            self._rewarm.trigger()
        if emit:
            self.zoomChanged.emit(self.zoom, self.fit_rooms)

    def zoom_by(self, steps: float) -> None:
        """Zoom in (positive) or out by steps of 20%."""
        self.set_zoom(self.zoom * 1.2 ** steps)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(steps)
            event.accept()
            return
        super().wheelEvent(event)
