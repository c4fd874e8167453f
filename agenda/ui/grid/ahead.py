"""Drawing other days ahead, a part of the grid: while the window is idle, the grid draws the blocks of the
view each day would open on into the pixmap cache, one day per event-loop turn, so that switching to a day
for the first time is as quick as going back to one. Also the blocks around the view (DrawAround), and how long
a scroll step may spend drawing the blocks it brings into view (FrameBudget)."""
from __future__ import annotations

import functools
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer

from ...core.plan.layout import DayLayout
from ..theme import is_dark
from ..throttle import Throttle
from .geometry import blocks_in


class DrawAhead:
    """Owns the days kept drawn ahead and the timer that draws them again after the view moved. ``grid`` is
    the GridView whose pictures it draws; ``idle`` runs the drawing between the user's events."""

    def __init__(self, grid, idle) -> None:
        self.grid, self.idle = grid, idle
        self.layouts: list[DayLayout] = []
        self.instead: Callable[[DayLayout], None] | None = None  # another view's drawing (draw_for)
        # after scrolling across or resizing, the other days open on a new view: draw them again after
        self._rewarm = Throttle(self.queue, 300, grid)

    def keep_ready(self, layouts: list[DayLayout]) -> None:
        """Days the user may switch to (an empty list when the schedule or zone changes). While the window
        is idle, and again once it has been scrolled across or resized, the grid draws the blocks of the
        view each of them would open on into the pixmap cache, one day per event-loop turn (an idle job), so
        that switching to a day for the first time is as quick as going back to one."""
        from PySide6.QtGui import QPixmapCache

        self.layouts = list(layouts)
        # Room for a screenful of block pictures (about 1.5 MiB) of each day kept ready and of the day shown:
        # a plan of several conferences has more days than one conference.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), min(64 * 1024, 2 * 1024 * (len(self.layouts) + 1))))
        self.queue()

    def rewarm(self) -> None:
        """The view moved across or changed size: draw the days ahead again once that is over."""
        if self.layouts:
            self._rewarm.trigger()

    def draw_for(self, drawer: Callable[[DayLayout], None] | None) -> None:
        """Another view shows the grid's days in its place (the list view): while it does, ``drawer(layout)``
        draws its pictures of a day ahead, for the days either side of the one shown only (a screenful of
        list rows costs more of the pixmap cache than of blocks), the first and last days counting as each
        other's neighbours (the last day's next is the first, Ctrl+1); None: the grid's own again."""
        self.instead = drawer
        self.queue()

    def day_left(self, left: DayLayout) -> None:
        """The grid switched away from ``left``: going back to it opens on its first sessions again."""
        if self.layouts:
            self.queue(first=left)

    def queue(self, first: DayLayout | None = None) -> None:
        ahead = sorted(self.layouts, key=lambda layout: layout is not first)  # ``first`` (the day just left) first
        todo = [layout for layout in ahead if layout is not self.grid.day_layout]
        if self.instead is not None:
            shown = next((i for i, layout in enumerate(self.layouts) if layout is self.grid.day_layout), None)
            n = len(self.layouts)
            todo = [] if shown is None else [self.layouts[i] for i in dict.fromkeys(((shown + 1) % n, (shown - 1) % n))
                                             if i != shown]
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
        return len(self.layouts)

    @property
    def warming(self) -> bool:
        """Whether days are still being drawn ahead."""
        return self.idle.pending("draw days ahead") or self._rewarm.pending

    def warm_day(self, layout: DayLayout) -> None:
        """Work out a day's block geometry and draw the blocks of the view it opens on (see keep_ready)."""
        g = self.grid
        if self.instead is not None:
            self.instead(layout)
            return
        if not g.painted_blocks or layout is g.day_layout or not layout.blocks:
            return  # nothing painted yet (the first frame comes first), the day shown, or an empty day
        memo = g.memo_for(layout, g.sessions)
        vw, vh = g.viewport().width(), g.viewport().height()
        _, _, col_blocks, col_x, col_w, times = g.geometry_for(layout, vw)
        size = g.content_size_for(layout, col_x, col_w, times)
        # Where set_day and scroll_to_first_block leave the scroll bars (they clamp to the new range).
        dx = min(max(0, g.horizontalScrollBar().value()), max(0, size.width() - vw))
        dy = min(max(0, g.opening_y(layout, times)), max(0, size.height() - vh))
        dark = is_dark(g.palette())
        style, dpr = g.style_key(dark), g.viewport().devicePixelRatioF()
        look = functools.cache(g.look)
        for uid, geom in blocks_in(col_x, col_w, col_blocks, dx, dy, dx + vw, dy + vh):
            if g.is_shown(uid):
                g.picture(uid, geom, style, dark, dpr, look, memo[3])


class DrawAround:
    """Owns drawing the blocks just outside the view: after a paint at a new scroll position, while the
    window is idle, the grid draws the blocks within a quarter screen of the view (half a screen in the
    direction it last moved) into the pixmap cache, nearest first, a few per event-loop turn. A wheel or
    scroll-bar step then mostly copies pictures already drawn, instead of drawing every block it brings into
    view while the user waits for the frame. They share the pixmap cache's room: pictures used longest ago
    (those of a view scrolled away from) make way for them."""

    MARGIN, AHEAD = 0.25, 0.5  # of a screen on each side; in the direction last moved (a few wheel notches)
    STEP = 3  # blocks drawn per event-loop turn (~1-2 ms: no input waits for more)

    def __init__(self, grid, idle) -> None:
        self.grid, self.idle = grid, idle
        self._day: DayLayout | None = None  # the day and view (x, y, width, height) last queued for
        self._view: tuple = ()
        self._todo: list | None = None
        self.budget = FrameBudget(grid.viewport().update)
        for bar in (grid.horizontalScrollBar(), grid.verticalScrollBar()):  # the user's steps: wheel, keys, drag
            bar.actionTriggered.connect(self.budget.step)

    def painted(self, dx: int, dy: int, vw: int, vh: int) -> FrameBudget:
        """The grid paints its blocks at (dx, dy): queue drawing around that view (nothing when it has not
        moved); and this paint's budget for drawing pictures afresh, which is limited when the view scrolled."""
        day, last = self.grid.day_layout, self._view
        view = (dx, dy, vw, vh)
        if day is self._day and view == last:
            return self.budget.start(scrolled=False)
        moved = (dx - last[0], dy - last[1]) if day is self._day and last else (0, 0)
        self._day, self._view, self._todo = day, view, None
        self.idle.run("draw around the view", lambda: self._step(day, view, moved))
        return self.budget.start(scrolled=moved != (0, 0) and last[2:] == view[2:])

    @property
    def drawing(self) -> bool:
        """Whether blocks around the view are still being drawn."""
        return self.idle.pending("draw around the view")

    def _step(self, day, view: tuple, moved: tuple[int, int]) -> bool:
        g = self.grid
        if day is not self._day or view != self._view or g.day_layout is not day:
            return False  # stale: a newer paint queued its own
        if self._todo is None:
            self._todo = self._around(*view, *moved)
        dark = is_dark(g.palette())
        style, dpr, look = g.style_key(dark), g.viewport().devicePixelRatioF(), functools.cache(g.look)
        drawn = g.pictures_drawn
        while self._todo and g.pictures_drawn - drawn < self.STEP:
            uid, geom = self._todo.pop()
            if g.is_shown(uid):
                g.picture(uid, geom, style, dark, dpr, look)
        return bool(self._todo)

    def _around(self, dx: int, dy: int, vw: int, vh: int, mx: int, my: int) -> list:
        """The blocks near the view, not in it, the nearest last (popped first)."""
        g = self.grid
        ex, ey, ax, ay = vw * self.MARGIN, vh * self.MARGIN, vw * self.AHEAD, vh * self.AHEAD
        x0, x1 = dx - (ax if mx < 0 else ex), dx + vw + (ax if mx > 0 else ex)
        y0, y1 = dy - (ay if my < 0 else ey), dy + vh + (ay if my > 0 else ey)

        def distance(item) -> float:
            x, y, w, h = item[1]
            ox = max(dx - (x + w), x - (dx + vw), 0.0)
            oy = max(dy - (y + h), y - (dy + vh), 0.0)
            ahead = (mx and (x - dx) * mx > 0) or (my and (y - dy) * my > 0)  # in the direction last moved
            return (ox + oy) * (0.5 if ahead else 1.0)

        _, _, col_blocks, col_x, col_w, _ = g.geometry_for(g.day_layout, vw)  # (memoised: the day shown's)
        near = [(uid, geom) for uid, geom in blocks_in(col_x, col_w, col_blocks, x0, y0, x1, y1)
                if distance((uid, geom)) > 0]
        near.sort(key=distance, reverse=True)
        return near


class FrameBudget:
    """Owns how long one paint may spend drawing block pictures afresh after the user scrolled. The first
    paint after a scroll step of theirs (a wheel notch, a scroll key, a drag of the bar) onto ground not drawn
    yet draws pictures while they are likely to be done within ``MS``, and the blocks left over as their
    shapes (block_paint.paint_shape: the colour and border, no text), so that the frame shows at once; the
    next event-loop turn paints the same view again, whole. Any other paint (a new day, a resize, a mark, the
    view moved by the program, a grab or a screenshot) draws every block whole. The list view has one of its
    own for its rows (listview/view.py)."""

    MS = 4.0  # the rest of such a frame (lines, shapes, header, blits, scroll bars) takes 4-8 ms here: under 16

    def __init__(self, update: Callable[[], None]) -> None:
        self.update = update  # repaints the view
        self._until = 0.0  # time.perf_counter() by which this paint's pictures are drawn; 0: no limit
        self._last = 0.0  # when this paint last asked for a picture
        self._longest = 0.0  # the longest time between two asks in this paint: what one more picture may take
        self._stepped = False  # the user scrolled since the last paint
        self.cut = False  # whether this paint left blocks as their shapes

    def step(self, *_) -> None:
        """The user moved a scroll bar (its actionTriggered)."""
        self._stepped = True

    def start(self, *, scrolled: bool) -> FrameBudget:
        """A paint begins; ``scrolled``: at a view moved since the last paint (same day, same size)."""
        limited, self._stepped, self.cut = scrolled and self._stepped, False, False
        self._last = time.perf_counter()
        self._until, self._longest = (self._last + self.MS / 1000 if limited else 0.0), 0.0
        return self

    def allows(self) -> bool:
        """Whether this paint may draw one more picture afresh: not when it would likely end past ``MS``
        (judged by the longest picture so far in this paint). The first time it may not, the view is
        repainted in the next event-loop turn (after this paint), where the blocks left as shapes are drawn whole."""
        if not self._until:
            return True
        if self.cut:
            return False
        now = time.perf_counter()
        self._longest, self._last = max(self._longest, now - self._last), now
        if now + self._longest < self._until:
            return True
        self.cut = True
        QTimer.singleShot(0, self.update)
        return False
