"""The list view widget and how a row looks: the start time at the head of each group of sessions that start
together, the track's colour, the star box, the title over the time, room and speakers, and the marks the
grid's blocks carry (clash, maybe, not recorded, changed), each in words or shape as well as colour. The
keys are the grid's: arrows move (Left/Right by start time), Space stars, Shift+Space marks maybe, Enter
opens the details, the Menu key or a right-click opens the session's menu."""
from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TR_NOOP, QItemSelectionModel, QModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAccessibleStateChangeEvent,
    QColor,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QPixmapCache,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate

from ...core.model import conference_name, track_label
from ...core.plan.picks import MAYBE, STAR
from ..grid.ahead import FrameBudget
from ..grid.block_paint import LEFT_MIDDLE, Look, fill, paint_star
from ..grid.block_text import draw_line
from ..grid.shape import CLASH_RED, copy_colour, track_colour
from ..i18n import dates, tr
from ..panels.details import FOCUS_FRAME
from ..theme import is_dark
from .model import UID_ROLE, DayListModel

TIME_W = 64  # the start-time column
STAR_W = 26


class RowStyle(NamedTuple):
    """What every row's pixels depend on besides its session and marks, taken once per paint."""
    dark: bool
    look: Look
    key: str


def star_box(row: QRectF) -> QRectF:
    """Where a row's star box is (a click there stars the session): 22 px square, after the track's bar."""
    return QRectF(row.left() + TIME_W + 10, row.center().y() - 11, 22, 22)


class RowDelegate(QStyledItemDelegate):
    """Paints a row of ``view`` (the DayListView) from its grid's state; every row is the same height."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option, index) -> QSize:
        look = self.view.grid.look()
        return QSize(200, look.bold_fm.height() + look.small_fm.height() + 12)

    def paint(self, p: QPainter, option, index) -> None:
        """(Qt's item painting; the view paints its rows itself, see DayListView.paintEvent.)"""
        row = index.row()
        if row < len(self.view.list_model.uids):
            self.blit(p, option.rect, row, bool(option.state & QStyle.State_Selected), option.palette,
                      self.view.now_style(option.palette))

    def blit(self, p: QPainter, rect, row: int, selected: bool, pal, style: RowStyle, budget=None) -> None:
        """A row's picture from the pixmap cache (drawn there when missing), faded when the search or
        filters leave it out: a star click redraws one row, a scroll none. ``style``: taken once per paint;
        ``budget`` (grid.ahead.FrameBudget): a picture it has no time for is left as the row's shape."""
        g, model = self.view.grid, self.view.list_model
        uid = model.uids[row]
        pm = self.picture(uid, row, row in model.group_starts, rect.size(), selected, pal, style,
                          p.device().devicePixelRatioF(), budget)
        dim = g.match is not None and uid not in g.match
        if dim:
            p.setOpacity(g.DIM)
        if pm is None:
            self.shape(p, QRectF(rect), uid, style)
        else:
            p.drawPixmap(rect.topLeft(), pm)
        if dim:
            p.setOpacity(1.0)

    def shape(self, p: QPainter, r: QRectF, uid: str, style: RowStyle) -> None:
        """A row's colours: its track's bar, a clash's red bar, a starred row's tint of its track. Alone, it
        stands for a row whose picture a scroll step had no time to draw (the next event-loop turn draws it)."""
        g = self.view.grid
        colour = track_colour(g.sessions[uid].track, g.tracks)
        fill(p, colour, QRectF(r.left() + TIME_W, r.top() + 3, 6, r.height() - 6))
        if uid in g.clash_ids:  # a red bar and the word (draw): both read without colour
            fill(p, CLASH_RED, QRectF(r.left() + TIME_W - 6, r.top() + 3, 4, r.height() - 6))
        if g.states.get(uid) == STAR:  # starred rows keep a tint of their track, as a starred block is filled solid
            tint = copy_colour(colour)
            tint.setAlpha(90 if style.dark else 60)
            fill(p, tint, QRectF(r.left() + TIME_W + 6, r.top() + 1, r.width() - TIME_W - 6, r.height() - 2))

    def picture(self, uid: str, row: int, group_start: bool, size, selected: bool, pal, style: RowStyle,
                dpr: float, budget=None) -> QPixmap | None:
        """The picture of ``uid``'s row (``row``: its place in the day; ``group_start``: the first at its
        time), from the pixmap cache or drawn into it; None when ``budget`` ran out."""
        g, model = self.view.grid, self.view.list_model
        w, h = size.width(), size.height()
        key = (f"list|{uid}|{model.fingerprint(uid)}|{w}x{h}|{g.states.get(uid)}|{uid in g.clash_ids:d}{selected:d}"
               f"{group_start:d}{uid in g.changed_ids:d}|{dpr}|{style.key}")
        pm = QPixmapCache.find(key)
        if pm is None or pm.isNull():
            if budget is not None and not budget.allows():
                return None
            pm = QPixmap(int(w * dpr), int(h * dpr))
            pm.setDevicePixelRatio(dpr)
            pm.fill(Qt.transparent)
            q = QPainter(pm)
            q.setRenderHint(QPainter.Antialiasing)
            self.draw(q, QRectF(0, 0, w, h), uid, row, group_start, selected, pal, style)
            q.end()
            self.view.rows_drawn += 1
            QPixmapCache.insert(key, pm)
        return pm

    def draw(self, p: QPainter, r: QRectF, uid: str, row: int, group_start: bool, selected: bool, pal,
             style: RowStyle) -> None:
        g = self.view.grid
        s = g.sessions[uid]
        look, dark = style.look, style.dark
        text = pal.color(QPalette.Text)
        state, clash = g.states.get(uid), uid in g.clash_ids
        p.save()
        if selected:
            highlight = copy_colour(pal.color(QPalette.Highlight))
            highlight.setAlpha(70)
            fill(p, highlight, QRectF(r))
            p.setPen(QPen(pal.color(QPalette.Highlight), 2))
            p.drawRect(r.adjusted(TIME_W + 1, 1, -1, -1))
        if group_start:
            p.setPen(QPen(text, 1) if row else Qt.NoPen)
            p.drawLine(r.topLeft(), r.topRight())
            p.setFont(look.bold)
            when = s.start.astimezone(g.zone) if g.zone else s.start
            p.setPen(text)
            p.drawText(QRectF(r.left() + 6, r.top() + 4, TIME_W - 8, look.bold_fm.height()), LEFT_MIDDLE,
                       dates().time(when))
        self.shape(p, r, uid, style)
        paint_star(p, star_box(r), state, text)
        tags = [tr(t) for t, on in ((QT_TR_NOOP("Clash"), clash), (QT_TR_NOOP("Maybe"), state == MAYBE),
                                    (QT_TR_NOOP("⊘ not recorded"), s.recorded is False),
                                    (QT_TR_NOOP("Changed"), uid in g.changed_ids), (QT_TR_NOOP("Cancelled"), s.cancelled)) if on]
        x = r.left() + TIME_W + 10 + STAR_W + 6
        right = r.right() - 8
        if tags:
            tag_text = "  ".join(tags)
            p.setFont(look.bold)
            tw = look.bold_fm.horizontalAdvance(tag_text)
            p.setPen(CLASH_RED if clash and not dark else (QColor("#ff8a80") if clash else text))
            p.drawText(QRectF(right - tw, r.top() + 4, tw, look.bold_fm.height()), LEFT_MIDDLE, tag_text)
            right -= tw + 12
        p.setPen(text)
        p.setFont(look.struck if s.cancelled else look.bold)
        title_w = max(0.0, right - x)
        draw_line(p, QRectF(x, r.top() + 4, title_w, look.bold_fm.height()),
                  look.bold_fm.elidedText(s.title, Qt.ElideRight, int(title_w)), LEFT_MIDDLE)
        meta = []
        if g.zone is not None:
            a, b = s.start.astimezone(g.zone), s.end.astimezone(g.zone)
            meta.append(dates().when(a, b, s.all_day))
        meta += [x for x in (s.room or s.venue, conference_name(g.group_names, uid), s.speaker_text,
                             s.track and track_label(s.track)) if x]
        p.setFont(look.small)
        y2 = r.top() + 6 + look.bold_fm.height()
        w2 = r.right() - 8 - x
        p.drawText(QRectF(x, y2, w2, look.small_fm.height()), LEFT_MIDDLE,
                   look.small_fm.elidedText("  ·  ".join(meta), Qt.ElideRight, int(w2)))
        p.restore()

    def editorEvent(self, event, model, option, index) -> bool:
        return False  # clicks and keys are the view's (a star click, Space), not Qt's check-box toggling


class DayListView(QListView):
    """The list widget. ``grid`` is the GridView whose day, marks, filter and selection it shows (it follows
    them through the grid's signals and selects through ``grid.select``); its own signals are the grid's."""

    sessionActivated = Signal(str)
    starClicked = Signal(str)
    maybeClicked = Signal(str)
    menuRequested = Signal(str, object)
    firstPainted = Signal()

    def __init__(self, grid, parent=None) -> None:
        super().__init__(parent)
        self.grid = grid
        self.list_model = DayListModel(grid, star=self.starClicked.emit)
        self.setModel(self.list_model)
        self.setItemDelegate(RowDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.setAccessibleName(tr("Schedule list"))
        self.setAccessibleDescription(tr("The day's sessions in time order"))
        self.setStyleSheet(FOCUS_FRAME.format(kind="QListView"))
        self.painted_once = False
        self.rows_drawn = 0  # row pictures drawn (not taken from the pixmap cache), as the grid's pictures_drawn
        self.budget = FrameBudget(self.viewport().update)  # after a scroll step of the user's (as the grid's)
        self.verticalScrollBar().actionTriggered.connect(self.budget.step)
        self._painted: tuple = ()  # (scroll position, size, rows) of the last paint
        self._stale = True
        self._following = False
        self._match: set[str] | None = None  # the grid's match the rows were last faded by
        self.selectionModel().currentChanged.connect(self._current)
        grid.shownChanged.connect(self.follow)
        grid.selectionChanged.connect(self._follow_selection)

    # ---------------------------------------------------------------------------------- following
    def follow(self) -> None:
        """The grid's day, marks or filter changed: the rows again (or only repainted); nothing while hidden."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        if self.grid.match is not self._match:  # the search or filters changed which rows are faded
            self._match = self.grid.match
            self.viewport().update()
        if self.list_model.sync():
            self._follow_selection(self.grid.selected or "")
            if not self.grid.selected and self.list_model.uids:
                self.scrollToTop()

    def dataChanged(self, top_left, bottom_right, roles=()) -> None:  # noqa: N802 (Qt's slot)
        """A row's marks changed: repaint it and tell accessibility clients (QAbstractItemView's part).
        QListView's part would lay every row out again (5 ms at 3,000 rows): rows are all one height and
        never change it."""
        QAbstractItemView.dataChanged(self, top_left, bottom_right, list(roles))
        if Qt.CheckStateRole in roles and QAccessible.isActive():  # a screen reader hears "checked"/"not checked"
            view = QAccessible.queryAccessibleInterface(self)
            for row in range(top_left.row(), bottom_right.row() + 1):
                cell = view.child(row) if view is not None else None
                if cell is not None:
                    state = QAccessible.State()
                    state.checked = True
                    QAccessible.updateAccessibility(QAccessibleStateChangeEvent(cell, state))

    def _follow_selection(self, uid: str) -> None:
        row = self.list_model.row_of(uid)
        self._following = True
        try:
            if row < 0:
                self.selectionModel().clear()
            else:
                index = self.list_model.index(row)
                self.selectionModel().setCurrentIndex(index, QItemSelectionModel.ClearAndSelect)
                self.scrollTo(index)
        finally:
            self._following = False

    def currentChanged(self, current, previous) -> None:  # noqa: N802 (Qt's slot)
        """Qt tells accessibility clients of the new current row only while the window is active; keys sent
        through the accessibility bus reach the list when it is the window's focus widget, so say it then too."""
        super().currentChanged(current, previous)
        if current.isValid() and QAccessible.isActive() and not self.hasFocus() and self.window().focusWidget() is self:
            view = QAccessible.queryAccessibleInterface(self)
            cell = view.child(current.row()) if view is not None else None
            if cell is not None:
                QAccessible.updateAccessibility(QAccessibleEvent(cell, QAccessible.Event.Focus))

    def _current(self, index: QModelIndex, _previous=None) -> None:
        if not self._following and index.isValid():
            self.grid.select(index.data(UID_ROLE))

    def focusInEvent(self, event) -> None:
        """Qt makes the first row current on focus; here nothing is selected until an arrow or a click says so
        (the grid's way), so that showing the list never changes the details."""
        self._following = True
        try:
            super().focusInEvent(event)
            if self.currentIndex().isValid() and self.current_uid() != self.grid.selected:
                self.selectionModel().clearCurrentIndex()
        finally:
            self._following = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.follow()

    def paintEvent(self, event) -> None:
        """The rows in view, each a cached picture (RowDelegate.blit): Qt's own item painting costs more
        than the pictures, per row and per paint."""
        vp = self.viewport()
        p = QPainter(vp)
        pal = self.palette()
        fill(p, pal.color(QPalette.Base), QRectF(event.rect()))
        model, delegate = self.list_model, self.itemDelegate()
        if model.uids:
            first = self.indexAt(event.rect().topLeft())
            first_row = first.row() if first.isValid() else 0
            rect = self.visualRect(model.index(first_row))
            style = self.now_style(pal)
            selected = self.grid.selected
            bottom = event.rect().bottom()
            row = first_row
            painted, self._painted = self._painted, (self.verticalScrollBar().value(), vp.size(), model.uids)
            moved = bool(painted) and painted[0] != self._painted[0] and painted[1] == vp.size() and painted[2] is model.uids
            budget = self.budget.start(scrolled=moved)
            while row < len(model.uids) and rect.top() <= bottom:
                delegate.blit(p, rect, row, model.uids[row] == selected, pal, style, budget)
                rect.translate(0, rect.height())
                row += 1
        else:
            p.setPen(pal.color(QPalette.Text))
            p.drawText(vp.rect(), Qt.AlignCenter, self.grid.empty_text)
        p.end()
        if not self.painted_once:
            self.painted_once = True
            QTimer.singleShot(0, self.firstPainted.emit)

    def warm_day(self, layout) -> None:
        """Draw the rows another day opens on (its first screenful) into the pixmap cache, so that switching
        to it costs a blit per row (the grid's DrawAhead calls this while the list is shown)."""
        model = self.list_model
        if not self.isVisible() or not model.uids:
            return
        size = self.visualRect(model.index(0)).size()
        uids, groups, _ = model.rows_for(layout)
        pal = self.palette()
        style, dpr = self.now_style(pal), self.viewport().devicePixelRatioF()
        rows = self.viewport().height() // max(1, size.height()) + 1
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(),
                                       min(64 * 1024, int(3 * rows * size.width() * size.height() * dpr * dpr * 4 / 1024))))
        for row, uid in enumerate(uids[:rows]):
            self.itemDelegate().picture(uid, row, row in groups, size, False, pal, style, dpr)

    def now_style(self, pal) -> RowStyle:
        dark = is_dark(pal)
        return RowStyle(dark, self.grid.look(), self.grid.style_key(dark))

    def current_uid(self) -> str | None:
        index = self.currentIndex()
        return index.data(UID_ROLE) if index.isValid() else None

    # --------------------------------------------------------------------------------------- input
    def keyPressEvent(self, event) -> None:
        key, mods, uid = event.key(), event.modifiers(), self.current_uid()
        if key == Qt.Key_Space and uid:
            (self.maybeClicked if mods & Qt.ShiftModifier else self.starClicked).emit(uid)
        elif key in (Qt.Key_Return, Qt.Key_Enter) and uid:
            self.sessionActivated.emit(uid)
        elif key == Qt.Key_Menu or (key == Qt.Key_F10 and mods & Qt.ShiftModifier):
            self._menu(self.currentIndex())
        elif key in (Qt.Key_Left, Qt.Key_Right):
            self._by_start(-1 if key == Qt.Key_Left else 1)
        elif key in (Qt.Key_Up, Qt.Key_Down) and not self.currentIndex().isValid() and self.list_model.uids:
            self.setCurrentIndex(self.list_model.index(0))
        else:
            super().keyPressEvent(event)

    def _by_start(self, step: int) -> None:
        """Left/Right: to the first session of the previous or next start time."""
        starts = sorted(self.list_model.group_starts)
        if not starts:
            return
        row = max(self.currentIndex().row(), 0)
        here = max((s for s in starts if s <= row), default=0)
        i = starts.index(here) + step if self.currentIndex().isValid() else 0
        self.setCurrentIndex(self.list_model.index(starts[min(max(i, 0), len(starts) - 1)]))

    def mousePressEvent(self, event) -> None:
        index = self.indexAt(event.position().toPoint())
        if not index.isValid():
            return super().mousePressEvent(event)
        self.setFocus()
        self.setCurrentIndex(index)
        if event.button() == Qt.RightButton:
            self._menu(index, event.globalPosition().toPoint())
        elif event.button() == Qt.LeftButton and star_box(QRectF(self.visualRect(index))).adjusted(-3, -3, 3, 3) \
                .contains(event.position()):
            self.starClicked.emit(index.data(UID_ROLE))
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        """The press did the work (select, star, menu); Qt's release handling walks every row (6,000 calls
        into the model at 3,000 rows) to find nothing to do."""
        if self.indexAt(event.position().toPoint()).isValid():
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and event.button() == Qt.LeftButton \
                and not star_box(QRectF(self.visualRect(index))).contains(event.position()):
            self.sessionActivated.emit(index.data(UID_ROLE))

    def _menu(self, index: QModelIndex, where=None) -> None:
        if not index.isValid():
            return
        if where is None:
            where = self.viewport().mapToGlobal(self.visualRect(index).center())
        self.menuRequested.emit(index.data(UID_ROLE), where)
