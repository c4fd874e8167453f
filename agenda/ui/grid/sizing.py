"""The grid's day geometry and content size, a part of the grid: each day's room columns, blocks and time
axis at a viewport width (memoised, so switching back to a day costs nothing), and the height of the
content. Every day of a schedule is given the height of the tallest seen so far at this zoom: with the
time axis stretched for short sessions the days' heights differ, and a scroll range that changed with each
day would redraw the scroll bar on every switch (and make the view jump), as it never did when all days
shared one hour range."""
from __future__ import annotations

from PySide6.QtCore import QSize

from ...core.plan.layout import DayLayout
from .block_paint import STAR_BOX
from .geometry import block_geometry, column_geometry, memoised
from .timescale import TimeScale, time_scale


class Sizing:
    """Owns the geometry memo and the tallest day's height per schedule and zoom. ``grid`` is the GridView
    measured: its zoom (``scale``), look (fonts) and the header and axis sizes."""

    def __init__(self, grid) -> None:
        self.grid = grid
        self._memo: dict[tuple, tuple] = {}
        self._times: dict[tuple, tuple] = {}  # a day's time axis does not depend on the width: kept apart
        self._tallest: tuple[tuple, float] = ((), 0.0)  # (schedule's sessions, ppm, block heights) -> pixels

    def block_heights(self) -> tuple[float, float]:
        """Short blocks' heights on the time axis: two title lines (10+ minutes), one and a star box (less)."""
        hb = self.grid.look().bold_fm.height()
        return 2 * hb + 8, max(hb + 6, STAR_BOX + 4)

    def geometry_for(self, layout: DayLayout, width: int) -> tuple:
        """(layout, geometry by uid, blocks by column, column x, column width, time axis) of a day at a
        viewport width: block geometry as plain tuples, grouped by column, so painting and hit-testing only
        look at the columns in view (3,000 blocks a day at 10,000 sessions)."""
        g = self.grid

        def make() -> tuple:
            col_x, col_w = column_geometry(layout, width, g.AXIS_W, min_w)
            times = memoised(self._times, (id(layout), ppm, heights), (layout,),
                             lambda: (layout, time_scale(layout, ppm, *heights)))[1]
            return (layout, *block_geometry(layout, col_x, col_w, times, g.HEADER_H + g.TOP_PAD), col_x, col_w, times)

        min_w, ppm, heights = g.scale.min_col_w(), g.scale.ppm, self.block_heights()
        return memoised(self._memo, (id(layout), width, ppm, min_w, heights), (layout,), make)

    def content_size_for(self, layout: DayLayout | None, col_x: list[float], col_w: list[float],
                         times: TimeScale) -> QSize:
        """The content's size for a day: its columns' width; the tallest day's height (see the module)."""
        if not layout or not col_x:
            return QSize(0, 0)
        g = self.grid
        key = (id(g.sessions), times.ppm, self.block_heights())
        tallest = self._tallest[1] if self._tallest[0] == key else 0.0
        h = max(times.y(layout.last_minute), tallest)
        self._tallest = (key, h)
        return QSize(int(col_x[-1] + col_w[-1]), int(g.HEADER_H + g.TOP_PAD + h + 8))
