"""Drawing other days ahead (mixed into GridView): while the window is idle, the grid draws the blocks of
the view each day would open on into the pixmap cache, one day per event-loop turn, so that switching to a
day for the first time is as quick as going back to one."""
from __future__ import annotations

import functools

from ..core.layout import DayLayout
from .geometry import blocks_in
from .theme import is_dark


class DrawAhead:
    """Needs from the grid: idle, day_layout, sessions, _ahead, _rewarm, _direct and its geometry and picture
    helpers."""

    def keep_ready(self, layouts: list[DayLayout]) -> None:
        """Days the user may switch to (an empty list when the schedule or zone changes). While the window
        is idle, and again once it has been scrolled across or resized, the grid draws the blocks of the
        view each of them would open on into the pixmap cache, one day per event-loop turn (an idle job), so
        that switching to a day for the first time is as quick as going back to one."""
        self._ahead = list(layouts)
        self._queue_warm()

    def _queue_warm(self, first: DayLayout | None = None) -> None:
        ahead = sorted(self._ahead, key=lambda layout: layout is not first)  # ``first`` (the day just left) first
        todo = [layout for layout in ahead if layout is not self.day_layout]
        if not todo:
            self.idle.cancel("draw days ahead")
            return

        def step() -> bool:
            self.warm_day(todo.pop(0))
            return bool(todo)

        self.idle.run("draw days ahead", step)

    @property
    def days_ready(self) -> int:
        """How many days are kept drawn ahead (see keep_ready)."""
        return len(self._ahead)

    @property
    def warming(self) -> bool:
        """Whether days are still being drawn ahead."""
        return self.idle.pending("draw days ahead") or self._rewarm.pending

    def warm_day(self, layout: DayLayout) -> None:
        """Work out a day's block geometry and draw the blocks of the view it opens on (see keep_ready)."""
        if self._direct or layout is self.day_layout or not layout.blocks:
            return  # nothing painted yet (the first frame comes first), the day shown, or an empty day
        memo = self._memo_for(layout, self.sessions)
        vw, vh = self.viewport().width(), self.viewport().height()
        _, _, col_blocks, col_x, col_w = self._geometry_for(layout, vw)
        size = self._content_size(layout, col_x, col_w)
        # Where set_day and scroll_to_first_block leave the scroll bars (they clamp to the new range).
        dx = min(max(0, self.horizontalScrollBar().value()), max(0, size.width() - vw))
        dy = min(max(0, self._opening_y(layout)), max(0, size.height() - vh))
        dark = is_dark(self.palette())
        style, dpr = self._style_key(dark), self.viewport().devicePixelRatioF()
        look = functools.cache(self.look)
        for uid, g in blocks_in(col_x, col_w, col_blocks, dx, dy, dx + vw, dy + vh):
            if self.is_shown(uid):
                self._picture(uid, g, style, dark, dpr, look, memo[3])
