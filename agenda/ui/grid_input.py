"""What the grid does with the mouse and keyboard (mixed into GridView): click the star to star, click a
block to select it, double-click or Enter for details, arrows to move, Space / Shift+Space to star or mark
maybe, right-click or the Menu key for the session's menu, Ctrl+wheel to zoom, and a tooltip with the full
text on every block and room header."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QToolTip

from . import painter
from .block_paint import star_rect
from .geometry import neighbour
from .painter import plain_tooltip


class GridInput:
    """Needs from the grid: _vp (its viewport), uid_at, viewport_rect, select, selected, sessions, zone, day_layout, _order,
    _visible and the signals sessionActivated, starClicked, maybeClicked and menuRequested."""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        uid = self.uid_at(event.position())
        if uid is None:
            return super().mousePressEvent(event)
        self.setFocus()
        self.select(uid)
        if event.button() == Qt.RightButton:
            self.open_menu(uid, event.globalPosition().toPoint())
        elif event.button() == Qt.LeftButton:
            r = self.viewport_rect(uid)
            if r is not None and star_rect(r).adjusted(-3, -3, 3, 3).contains(event.position()):
                self.starClicked.emit(uid)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        uid = self.uid_at(event.position())
        if uid and event.button() == Qt.LeftButton:
            r = self.viewport_rect(uid)
            if r is not None and not star_rect(r).adjusted(-3, -3, 3, 3).contains(event.position()):
                self.sessionActivated.emit(uid)

    def event(self, ev) -> bool:
        if ev.type() == ev.Type.ToolTip:
            pos = self._vp.mapFromGlobal(ev.globalPos())
            uid = self.uid_at(pos)
            column = self.column_at(pos) if pos.y() < self.HEADER_H else None
            if uid or column is not None:
                text = (painter.tooltip_text(self.sessions[uid], self.zone) if uid
                        else painter.header_tooltip(self.day_layout, column))
                self.last_tooltip = plain_tooltip(text)
                QToolTip.showText(ev.globalPos(), self.last_tooltip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(ev)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        direction = {Qt.Key_Left: "left", Qt.Key_Right: "right", Qt.Key_Up: "up", Qt.Key_Down: "down"}.get(key)
        if direction:
            self.select(neighbour(self.day_layout, [u for u in self._order if self.is_shown(u)], self.selected,
                                  direction) if self.day_layout else None)
            return
        if key == Qt.Key_Space and self.selected:
            (self.maybeClicked if mods & Qt.ShiftModifier else self.starClicked).emit(self.selected)
            return
        if key == Qt.Key_Menu or (key == Qt.Key_F10 and mods & Qt.ShiftModifier):
            self.open_menu(self.selected)
            return
        if key in (Qt.Key_Return, Qt.Key_Enter) and self.selected:
            self.sessionActivated.emit(self.selected)
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The session's menu is opened on the right button's press and by the Menu key (see above); a
        context menu event Qt makes from those as well must not open it a second time."""
        event.accept()

    def open_menu(self, uid: str | None, where=None) -> None:
        """The session's menu at ``where`` (global), by default over the middle of its block."""
        r = self.viewport_rect(uid) if uid else None
        if r is None:
            return
        self.select(uid)
        self.menuRequested.emit(uid, where if where is not None else self._vp.mapToGlobal(r.center().toPoint()))
