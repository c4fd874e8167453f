"""What the grid does with the mouse and keyboard, a part of the grid: click the star to star, click a
block to select it, double-click or Enter for details, arrows to move, Space / Shift+Space to star or mark
maybe, right-click or the Menu key for the session's menu, Ctrl+wheel to zoom (zoom.py), Shift+wheel to scroll
across the rooms, and a tooltip with the full text on every block and room header."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolTip

from ...core.model import conference_name
from . import painter
from .block_paint import star_rect
from .geometry import neighbour
from .painter import plain_tooltip

if TYPE_CHECKING:  # the first mouse or key event makes these types, after the first frame
    from PySide6.QtGui import QKeyEvent, QMouseEvent


class GridInput:
    """Owns the text of the last tooltip shown. ``grid`` is the GridView whose events it answers (each
    method says whether it handled the event; the grid passes on the rest) and whose signals it emits."""

    def __init__(self, grid) -> None:
        self.grid = grid
        self.last_tooltip = ""

    def _on_star(self, uid: str, pos) -> bool:
        r = self.grid.viewport_rect(uid)
        return r is not None and star_rect(r).adjusted(-3, -3, 3, 3).contains(pos)

    def mouse_press(self, event: QMouseEvent) -> bool:
        g = self.grid
        uid = g.uid_at(event.position())
        if uid is None:
            return False
        # On its star? Decided where the block is now: selecting it scrolls a block cut at the view's edge into
        # view (and on a narrow window opens the side panel), which moves it from under the pointer.
        on_star = event.button() == Qt.LeftButton and self._on_star(uid, event.position())
        g.setFocus()
        g.select(uid)
        if event.button() == Qt.RightButton:
            self.open_menu(uid, event.globalPosition().toPoint())
        elif on_star:
            g.starClicked.emit(uid)
        event.accept()
        return True

    def double_click(self, event: QMouseEvent) -> None:
        uid = self.grid.uid_at(event.position())
        if uid and event.button() == Qt.LeftButton and not self._on_star(uid, event.position()):
            self.grid.sessionActivated.emit(uid)

    def tooltip(self, ev) -> bool:
        """Show the session's (or room's) tooltip where a ToolTip event ``ev`` asks; True: it was answered."""
        g = self.grid
        pos = g.viewport().mapFromGlobal(ev.globalPos())
        uid = g.uid_at(pos)
        column = g.column_at(pos) if pos.y() < g.HEADER_H else None
        if uid or column is not None:
            text = (painter.tooltip_text(g.sessions[uid], g.zone, conference_name(g.group_names, uid)) if uid
                    else painter.header_tooltip(g.day_layout, column))
            self.last_tooltip = plain_tooltip(text)
            QToolTip.showText(ev.globalPos(), self.last_tooltip, g)
        else:
            QToolTip.hideText()
        return True

    def wheel(self, event) -> bool:
        """Shift+wheel (or Alt+wheel) scrolls across the rooms, as in a browser; True when the event was that.
        Qt's own Shift+wheel pages the view down a screen at a time."""
        if not event.modifiers() & (Qt.ShiftModifier | Qt.AltModifier) or event.angleDelta().x():
            return False
        bar = self.grid.horizontalScrollBar()
        pixels = event.pixelDelta().y()  # a touchpad's, when it gives them
        if not pixels:
            from PySide6.QtWidgets import QApplication

            pixels = event.angleDelta().y() / 120 * QApplication.wheelScrollLines() * bar.singleStep()
        bar.setSliderPosition(bar.value() - round(pixels))  # as the bar's own wheel does (a scroll step: ahead.FrameBudget)
        event.accept()
        return True

    def key_press(self, event: QKeyEvent) -> bool:
        g = self.grid
        key, mods = event.key(), event.modifiers()
        direction = {Qt.Key_Left: "left", Qt.Key_Right: "right", Qt.Key_Up: "up", Qt.Key_Down: "down"}.get(key)
        if direction:
            g.select(neighbour(g.day_layout, [u for u in g.order if g.is_shown(u)], g.selected, direction)
                     if g.day_layout else None)
            return True
        if key == Qt.Key_Space and g.selected:
            (g.maybeClicked if mods & Qt.ShiftModifier else g.starClicked).emit(g.selected)
            return True
        if key == Qt.Key_Menu or (key == Qt.Key_F10 and mods & Qt.ShiftModifier):
            self.open_menu(g.selected)
            return True
        if key in (Qt.Key_Return, Qt.Key_Enter) and g.selected:
            g.sessionActivated.emit(g.selected)
            return True
        return False

    def open_menu(self, uid: str | None, where=None) -> None:
        """The session's menu at ``where`` (global), by default over the middle of its block."""
        g = self.grid
        r = g.viewport_rect(uid) if uid else None
        if r is None:
            return
        g.select(uid)
        g.menuRequested.emit(uid, where if where is not None else g.viewport().mapToGlobal(r.center().toPoint()))
