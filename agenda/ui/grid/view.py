"""The day × room grid view: one custom-painted scroll area. Room header and time axis stay put while the body
scrolls; only blocks in view are painted, overlaps in one room in sub-columns. What a block looks like: painter.py."""
from __future__ import annotations

import functools
from datetime import datetime

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPalette, QPixmap, QPixmapCache
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from ...core.model import Session, conference_name
from ...core.plan.layout import DayLayout, minute_in_day, opening_minute
from ..events import tap_later
from ..i18n import tr
from ..idle import Idle
from ..theme import is_dark
from . import accessible, block_paint, painter
from .ahead import DrawAhead, DrawAround
from .block_paint import PAD, Marks, star_rect
from .block_text import common_prefixes
from .colours import Tracks
from .geometry import blocks_in, day_memo, memoised, scrolled_to_show
from .header import GROUP_H, RoomHeader
from .input import GridInput
from .sizing import Sizing
from .timescale import TimeScale, opening_offset
from .zoom import Zoom


class GridView(QAbstractScrollArea):
    """The grid widget: owns the day shown, its geometry and marks, and paints them. Its parts: ``scale`` (zoom.py),
    ``input`` (mouse and keys, input.py), ``ahead`` and ``around`` (other days, and around the view: ahead.py)."""

    sessionActivated = Signal(str)  # Enter / double-click
    selectionChanged = Signal(str)
    starClicked = Signal(str)
    maybeClicked = Signal(str)
    menuRequested = Signal(str, object)  # uid, global QPoint: right-click, the Menu key or Shift+F10
    firstPainted = Signal()  # once, from the event loop after the first paint
    zoomChanged = Signal(float, bool)  # zoom, fit rooms to width: by Ctrl+wheel, the keys or View → Fit
    shownChanged = Signal()  # the day, its marks or the filter changed (the list view follows them)

    HEADER_H = 36
    DIM = 0.28  # opacity of blocks that do not match the search or filters
    TOP_PAD = 12  # above the first hour, so that its label shows whole below the header
    AXIS_W = 58

    def __init__(self, parent: QWidget | None = None, *, idle: Idle | None = None) -> None:
        super().__init__(parent)
        idle = idle if idle is not None else Idle(self, started=True)  # drawing other days ahead runs here
        # Our own viewport widget, held from Python: asking Qt for it (viewport() returns a QWidget*) makes
        # PySide6 load every QtWidgets class to find the pointer's exact type, ~30 ms at start-up. Opaque:
        # paintEvent fills all it paints, so Qt does not paint the window, splitter and frame under it first.
        self._vp = QWidget()
        self._vp.setAttribute(Qt.WA_OpaquePaintEvent)
        self.setViewport(self._vp)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setMouseTracking(True)
        self._vp.setMouseTracking(True)
        self.setAccessibleName(tr("Schedule grid"))
        accessible.install()  # each session of the shown day an accessible child (once per process)
        self.scale, self.input = Zoom(self), GridInput(self)
        tap_later(idle, self, (QEvent.ToolTip,), self.input.tooltip)  # (events.py: not before the first frame)
        self.ahead, self.around = DrawAhead(self, idle), DrawAround(self, idle)  # (ahead.py)
        self.sizing = Sizing(self)  # each day's geometry and the content's height (sizing.py)
        self.header = RoomHeader()  # (header.py)
        self.group_colours: tuple[str, ...] = ()  # several conferences: each one's colour, in plan order
        self.group_names: tuple[str, ...] = ()  # ... and name (said with each session's room)
        self.day_layout: DayLayout | None = None
        self.sessions: dict[str, Session] = {}
        self.tracks: list[str] = []
        self.states: dict[str, str] = {}
        self.clash_ids: set[str] = set()
        self.clash_ranges: list[tuple[float, float]] = []
        self.changed_ids: set[str] = set()
        self.match: set[str] | None = None  # None: everything matches
        self.hide_unmatched = False
        self.selected: str | None = None
        self.highlight: set[str] = set()
        self.zone = None
        self.now: datetime | None = None
        self.block_geoms: dict[str, tuple[float, float, float, float]] = {}
        self._col_blocks: list[list[tuple[str, tuple[float, float, float, float]]]] = []
        self.order: list[str] = []  # the day's blocks in reading order
        self.col_x: list[float] = []
        self.col_w: list[float] = []
        self.times = TimeScale(0, self.scale.ppm)  # where each minute of the day shown goes (timescale.py)
        self.empty_text = tr("No sessions on this day")  # what an empty grid says (the window changes it)
        self._fingerprints: dict[str, int] = {}
        self._day_memo: dict[int, tuple] = {}
        self._tracks_key = 0
        self.prefixes: frozenset[str] = frozenset()  # title prefixes a small block leaves out ("Lightning Talk")
        self._prefixes_of: dict | None = None
        self._kept_look: tuple[str, block_paint.Look] | None = None
        self.painted_once = False
        self.pictures_drawn = 0  # block pictures drawn afresh (not found in the pixmap cache), for the curious
        self.painted_blocks = False  # until then blocks are drawn directly, not via the pixmap cache
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), 12 * 1024))  # KiB: a screenful on several days

    def viewport(self) -> QWidget:  # noqa: D102 (same widget as Qt's, without the type lookup)
        return self._vp

    # ------------------------------------------------------------------------------------------ data
    def set_empty_text(self, text: str) -> None:
        if text != self.empty_text:
            self.empty_text = text
            self.viewport().update()

    def set_day(self, sessions: dict[str, Session], layout: DayLayout, zone, tracks: list[str]) -> None:
        left = self.day_layout
        grouped = any(c.group for c in layout.columns)  # several conferences: a row names each over its rooms
        self.HEADER_H = type(self).HEADER_H + (GROUP_H if grouped else 0)
        self.sessions, self.day_layout, self.zone, self.tracks = sessions, layout, zone, tracks
        memo = self.memo_for(layout, sessions)
        self.order, self._fingerprints, uids = memo[2], memo[3], memo[4]
        if sessions is not self._prefixes_of:
            self._prefixes_of, self.prefixes = sessions, common_prefixes(s.title for s in sessions.values())
        self._tracks_key = hash((tracks.key() if isinstance(tracks, Tracks) else tuple(tracks), self.prefixes))
        if self.selected not in uids:
            self.selected = None
            self.selectionChanged.emit("")  # the details no longer show a session of another day
        self.relayout()
        self.update_accessible(day=True)
        if left is not None and left is not layout:
            self.ahead.day_left(left)

    def memo_for(self, layout: DayLayout, sessions: dict[str, Session]) -> tuple:
        """(layout, sessions, block order, fingerprints, uid set) of a day (geometry.day_memo), memoised."""
        return memoised(self._day_memo, id(layout), (layout, sessions), lambda: day_memo(layout, sessions))

    def set_marks(self, states: dict[str, str], clash_ids: set[str], clash_ranges: list[tuple[float, float]]) -> None:
        before, self.states, self.clash_ids, self.clash_ranges = self.states, states, clash_ids, clash_ranges
        self.viewport().update()
        self.update_accessible(before=before)

    def set_filter(self, match: set[str] | None, hide: bool) -> None:
        self.match, self.hide_unmatched = match, hide
        self.viewport().update()
        self.update_accessible(day=True)

    def set_highlight(self, uids: set[str]) -> None:
        self.highlight = uids
        self.viewport().update()

    def set_now(self, now: datetime | None) -> None:
        self.now = now
        self.viewport().update()

    # ---------------------------------------------------------------------------------------- geometry
    def content_size_for(self, layout: DayLayout | None, col_x: list[float], col_w: list[float],
                         times: TimeScale | None = None) -> QSize:
        return self.sizing.content_size_for(layout, col_x, col_w, times or self.times)

    def content_size(self) -> QSize:
        return self.content_size_for(self.day_layout, self.col_x, self.col_w)

    def y_for(self, minute: float) -> float:
        """Content y (before scrolling) of a minute since local midnight, on the day's time axis."""
        return self.HEADER_H + self.TOP_PAD + self.times.y(minute)

    def minute_at(self, y: float) -> float:
        """The minute since local midnight at a content y (the inverse of y_for)."""
        return self.times.minute(y - self.HEADER_H - self.TOP_PAD)

    def geometry_for(self, layout: DayLayout, width: int) -> tuple:
        """A day's geometry at a viewport width, memoised (sizing.Sizing.geometry_for)."""
        return self.sizing.geometry_for(layout, width)

    def relayout(self) -> None:
        if self.day_layout:
            _, self.block_geoms, self._col_blocks, self.col_x, self.col_w, self.times = self.geometry_for(
                self.day_layout, self.viewport().width())
        else:
            self.block_geoms, self._col_blocks, self.col_x, self.col_w = {}, [], [], []
            self.times = TimeScale(0, self.scale.ppm)
        size, vp, hs, vs = self.content_size(), self.viewport().size(), self.horizontalScrollBar(), self.verticalScrollBar()
        hs.setRange(0, max(0, size.width() - vp.width()))
        hs.setPageStep(vp.width())
        hs.setSingleStep(max(8, int(min(self.col_w, default=120.0) / 4)))  # a wheel notch: 3/4 of a room across
        vs.setRange(0, max(0, size.height() - vp.height()))
        vs.setPageStep(vp.height())
        vs.setSingleStep(int(15 * self.scale.ppm))
        self.viewport().update()

    def _in_view(self, x0: float, y0: float, x1: float, y1: float):
        """(uid, (x, y, w, h)) of blocks intersecting the content rectangle, columns in view only."""
        return blocks_in(self.col_x, self.col_w, self._col_blocks, x0, y0, x1, y1)

    def block_rect(self, uid: str) -> QRectF | None:
        """Content coordinates of a block (tests and the keyboard use this)."""
        return QRectF(*self.block_geoms[uid]) if uid in self.block_geoms else None

    def viewport_rect(self, uid: str) -> QRectF | None:
        g = self.block_geoms.get(uid)
        return None if g is None else QRectF(g[0] - self.horizontalScrollBar().value(),
                                             g[1] - self.verticalScrollBar().value(), g[2], g[3])

    star_rect = staticmethod(star_rect)  # where a block's star box is (clicking it stars the session)

    def uid_at(self, pos) -> str | None:
        if pos.y() < self.HEADER_H or pos.x() < self.AXIS_W:
            return None
        x = pos.x() + self.horizontalScrollBar().value()
        y = pos.y() + self.verticalScrollBar().value()
        for uid, _ in self._in_view(x, y, x, y):
            if self.is_shown(uid):
                return uid
        return None

    def column_at(self, pos) -> int | None:
        """The room column under a viewport point (its header or body); None over the time axis."""
        if pos.x() < self.AXIS_W:
            return None
        x = pos.x() + self.horizontalScrollBar().value()
        for i, (cx, cw) in enumerate(zip(self.col_x, self.col_w, strict=True)):
            if cx <= x < cx + cw:
                return i
        return None

    def is_shown(self, uid: str) -> bool:
        return not (self.hide_unmatched and self.match is not None and uid not in self.match)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.relayout()
        self.ahead.rewarm()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()
        if dx:
            self.ahead.rewarm()

    # Events: the input part answers what it knows (it says so), Qt the rest.
    def mousePressEvent(self, event) -> None:
        self.input.mouse_press(event) or super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        self.input.double_click(event)

    def keyPressEvent(self, event) -> None:
        self.input.key_press(event) or super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:
        self.scale.wheel(event) or self.input.wheel(event) or super().wheelEvent(event)

    def focusInEvent(self, event) -> None:  # and focusOutEvent: the focus frame (painter.paint_focus) comes or goes
        super().focusInEvent(event) if event.gotFocus() else super().focusOutEvent(event)
        self._vp.update()

    focusOutEvent = focusInEvent

    def contextMenuEvent(self, event) -> None:
        """Qt's own, after the right button or the Menu key: the input part opened the session's menu already."""
        event.accept()

    def ensure_visible(self, uid: str) -> None:
        g = self.block_geoms.get(uid)
        if g is not None:
            hs, vs, vp = self.horizontalScrollBar(), self.verticalScrollBar(), self.viewport().size()
            h, v = scrolled_to_show(g, hs.value(), vs.value(), vp.width(), vp.height(), self.AXIS_W, self.HEADER_H)
            hs.setValue(h)
            vs.setValue(v)

    def scroll_to_first_block(self) -> None:
        """Scroll the day so that its first session is near the top (where a day opens)."""
        if self.day_layout and self.day_layout.blocks:
            self.verticalScrollBar().setValue(self.opening_y(self.day_layout))

    def opening_y(self, layout: DayLayout, times: TimeScale | None = None) -> int:
        """The vertical scroll position a day opens at (timescale.opening_offset)."""
        return opening_offset(times or self.times, layout.first_minute, opening_minute(layout, self.sessions),
                              self.TOP_PAD)

    # ------------------------------------------------------------------------------------------ paint
    def paintEvent(self, event) -> None:
        p = QPainter(self.viewport())
        p.setRenderHint(QPainter.Antialiasing)
        pal = self.palette()
        base, text = pal.color(QPalette.Base), pal.color(QPalette.Text)
        block_paint.fill(p, base, QRectF(event.rect()))
        if not self.painted_once:
            self.painted_once = True
            QTimer.singleShot(0, self.firstPainted.emit)
        if not self.day_layout or not self.day_layout.columns:
            p.setPen(text)
            p.drawText(self.viewport().rect(), Qt.AlignCenter, self.empty_text)
            return
        dx, dy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        vw, vh = self.viewport().width(), self.viewport().height()
        right = self.col_x[-1] + self.col_w[-1]
        dark = is_dark(self.palette())
        p.save()
        p.translate(-dx, -dy)
        first, last = self.day_layout.first_minute, self.day_layout.last_minute
        quarters = [(self.y_for(first + 15 * i), i % 4 == 0) for i in range(int((last - first) // 15) + 1)]
        painter.paint_grid_lines(p, pal, quarters, self.col_x + [right], self.AXIS_W + dx, right, dx, dy, vw, vh)
        # Blocks in view only, each a cached picture, blitted; the first paint draws them straight onto the
        # screen (nothing is cached yet; making pictures would only delay the first frame).
        style = self.style_key(dark)
        direct, self.painted_blocks = not self.painted_blocks, True
        look = functools.cache(self.look)  # made once in this paint, if a block is drawn
        dpr = self.viewport().devicePixelRatioF()
        match, pad = self.match, PAD
        top, strip, sticky = dy + self.HEADER_H, look().bold_fm.height() + 3, []
        budget = self.around.painted(dx, dy, vw, vh)  # the blocks just outside the view: drawn next, while idle
        for uid, g in self._in_view(dx, dy, dx + vw, dy + vh):
            if not self.is_shown(uid):
                continue
            dimmed = match is not None and uid not in match
            if dimmed:  # by a search or filter: the same picture, faded, so a search never re-renders a block
                p.setOpacity(self.DIM)
            pm = None if direct else self.picture(uid, g, style, dark, dpr, look, budget=budget)
            if pm is not None:
                p.drawPixmap(QPointF(g[0] - pad, g[1] - pad), pm)
            else:  # straight onto the screen: whole on the first paint, its shape on a scroll step out of time
                block_paint.paint_block(p, self.sessions[uid], QRectF(*g), self._marks(uid), look(), dark, self.zone,
                                        self.tracks, self.prefixes, shape_only=not direct)
            if dimmed:
                p.setOpacity(1.0)
            if g[1] < top < g[1] + g[3] - 2 * strip:  # its label has scrolled away
                sticky.append((uid, g, dimmed))
        for uid, g, dimmed in sticky:  # the top of a long block's picture, again where the block now starts showing
            pm = self.picture(uid, g, style, dark, dpr, look, None, budget)  # None: out of time (its shape shows)
            label = functools.partial(block_paint.label_length, self.sessions[uid], g, look(), self.zone, self.prefixes, top)
            painter.paint_sticky(p, pm, label, g, top, strip, pad, dpr, self.DIM if dimmed else 1.0)
        p.setOpacity(1.0)
        if self.selected in self.block_geoms and self.is_shown(self.selected):
            block_paint.paint_selection(p, QRectF(*self.block_geoms[self.selected]), pal.color(QPalette.Highlight))
        now_y = self.now_y()
        if now_y is not None:
            painter.paint_now(p, self.AXIS_W, right, now_y)
        p.restore()
        clashes = [(self.y_for(start) - dy, self.y_for(end) - dy) for start, end in self.clash_ranges]
        hours = [(self.y_for(minute) - dy, label) for minute, label in self.day_layout.hour_marks]
        painter.paint_axis(p, vh, self.AXIS_W, self.HEADER_H, pal, dark, clashes, hours)
        self.header.paint(p, self.day_layout.columns, [x - dx for x in self.col_x], self.col_w, vw, self.AXIS_W,
                             self.HEADER_H, self.font(), pal, self.group_colours)
        painter.paint_focus(p, vw, vh, pal, self.hasFocus())

    def look(self) -> block_paint.Look:
        """The fonts, colours and text memos blocks are drawn with, kept while the style holds."""
        style = self.style_key(is_dark(self.palette()))
        if self._kept_look is None or self._kept_look[0] != style:
            self._kept_look = (style, block_paint.make_look(self.font(), self.palette()))
        return self._kept_look[1]

    def style_key(self, dark: bool) -> str:
        return block_paint.style_key(self.font(), self.palette(), dark, self.zone, self._tracks_key)

    def _marks(self, uid: str) -> Marks:  # (the selection ring is drawn over the picture: paintEvent)
        return Marks(self.states.get(uid), False, uid in self.clash_ids, uid in self.highlight, uid in self.changed_ids)

    def picture(self, uid: str, g, style: str, dark: bool, dpr: float, look, fingerprints=None,
                budget=None) -> QPixmap | None:
        """A block's picture from the pixmap cache, drawn there when missing (``fingerprints``: of another day), or
        None when ``budget`` (ahead.FrameBudget) ran out. Its key holds all the pixels depend on."""
        marks = self._marks(uid)
        fingerprint = (self._fingerprints if fingerprints is None else fingerprints).get(uid)
        key = f"agenda|{uid}|{fingerprint}|{g[2]:.1f}x{g[3]:.1f}|{marks.key()}|{dpr}|{style}"
        pm = QPixmapCache.find(key)
        if pm is None or pm.isNull():
            if budget is not None and not budget.allows():
                return None
            pm = block_paint.render_block(self.sessions[uid], g[2], g[3], marks, look(), dark, self.zone, self.tracks, dpr,
                                          self.prefixes)
            self.pictures_drawn += 1
            QPixmapCache.insert(key, pm)
        return pm

    def now_y(self) -> float | None:
        """Content y of the now line; None when now is not within the day shown."""
        m = minute_in_day(self.now, self.day_layout, self.zone) if self.now and self.zone and self.day_layout else None
        return None if m is None else self.y_for(m)

    # ------------------------------------------------------------------------------------ interaction
    def select(self, uid: str | None) -> None:
        if uid == self.selected:
            return
        self.selected = uid
        if uid:
            self.ensure_visible(uid)
        self.viewport().update()
        self.update_accessible(selection=True)
        self.selectionChanged.emit(uid or "")

    def accessible_name(self, uid: str) -> str:
        return painter.describe(self.sessions[uid], self.zone, self.states.get(uid), uid in self.clash_ids,
                                conference_name(self.group_names, uid))

    def update_accessible(self, **what) -> None:
        """The grid's description (its selection), and what accessibility clients are told (accessible.py)."""
        selected = self.selected in self.sessions
        self.setAccessibleDescription(self.accessible_name(self.selected) if selected else tr("No session selected"))
        accessible.changed(self, **what)
        if "selection" not in what:
            self.shownChanged.emit()

    def sizeHint(self) -> QSize:
        return QSize(900, 600)
