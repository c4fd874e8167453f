"""The grid as a screen reader sees it: each session of the shown day is an accessible child of the grid
(Qt's QAccessibleInterface for what a custom-painted view draws), with its title as name, the block's full
description (time, room, speakers, starred, maybe, clash, not recorded), and states: checkable and checked
when starred, selected and focused when it is the grid's selection. Moving the selection (arrows, Tab, a
click) sends a focus event for the session, so Orca says it; a star changes its checked state and says so.

The interfaces are made only when an accessibility client asks (QAccessible.isActive), one per session and
kept while the grid lives: Qt holds their pointers and must never see one freed under it. Each session also
offers actions (SessionActions): Star, the toggle action (Space does the same), and Select.
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleStateChangeEvent,
)
from PySide6.QtWidgets import QAccessibleWidget

from ...core.plan.picks import STAR
from ..i18n import tr

_GRIDS: dict[int, GridAccessible] = {}  # id(grid) -> its interface, while the grid lives


class SessionActions(QAccessibleActionInterface):
    """What a screen reader can do with a session: Star (the toggle action, Space), and Select (set focus).
    Its own object, kept by its SessionAccessible, whose interface_cast hands it to Qt."""

    def __init__(self, session: SessionAccessible) -> None:
        super().__init__()
        self.session = session

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.toggleAction(), QAccessibleActionInterface.setFocusAction()]

    def localizedActionName(self, name: str) -> str:
        return tr("Star") if name == QAccessibleActionInterface.toggleAction() else tr("Select")

    def localizedActionDescription(self, name: str) -> str:
        return (tr("Star this session, or unstar it") if name == QAccessibleActionInterface.toggleAction()
                else tr("Select this session and show its details"))

    def keyBindingsForAction(self, name: str) -> list[str]:
        return ["Space"] if name == QAccessibleActionInterface.toggleAction() else []

    def doAction(self, name: str) -> None:
        view, uid = self.session.grid.view, self.session.uid
        if uid not in self.session.grid.index:
            return
        view.select(uid)
        if name == QAccessibleActionInterface.toggleAction():
            view.starClicked.emit(uid)


class SessionAccessible(QAccessibleInterface):
    """One session's block on the grid."""

    def __init__(self, grid: GridAccessible, uid: str) -> None:
        super().__init__()
        self.grid, self.uid = grid, uid
        self.actions = SessionActions(self)  # kept here: Qt holds its pointer while this interface lives

    def interface_cast(self, t) -> shiboken6.VoidPtr:
        # A VoidPtr each time: an int (or None) returned here is not read as a pointer, and Qt crashes on it.
        return shiboken6.VoidPtr(self.actions if t == QAccessible.InterfaceType.ActionInterface else 0)

    def _view(self):
        return self.grid.view

    def isValid(self) -> bool:
        return self.uid in self.grid.index

    def object(self):
        return None

    def window(self):
        return self._view().window().windowHandle()

    def role(self):
        return QAccessible.Role.ListItem

    def text(self, t) -> str:
        view = self._view()
        if self.uid not in view.sessions:
            return ""
        if t == QAccessible.Text.Name:
            return view.sessions[self.uid].title
        if t == QAccessible.Text.Description:
            return view.accessible_name(self.uid)
        return ""

    def setText(self, t, text: str) -> None:
        pass

    def state(self):
        view = self._view()
        st = QAccessible.State()
        st.focusable = st.selectable = st.checkable = True
        st.checked = view.states.get(self.uid) == STAR
        st.selected = view.selected == self.uid
        st.focused = st.selected and _has_focus(view)
        r = view.viewport_rect(self.uid)
        st.invisible = st.offscreen = r is None or not r.intersects(view.viewport().rect())
        return st

    def rect(self) -> QRect:
        view = self._view()
        r = view.viewport_rect(self.uid)
        if r is None:
            return QRect()
        vp = view.viewport()
        return QRect(vp.mapToGlobal(r.topLeft().toPoint()), r.size().toSize())

    def parent(self):
        return self.grid

    def child(self, index: int):
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child) -> int:
        return -1

    def childAt(self, x: int, y: int):
        return None

    def focusChild(self):
        return None

    def relations(self, match=None):
        return []


class GridAccessible(QAccessibleWidget):
    """The grid: a list whose children are the shown day's sessions, in the order of the blocks (room by
    room, in time order); the selected one is its focus child."""

    def __init__(self, view) -> None:
        super().__init__(view, QAccessible.Role.List)
        self.view = view
        self.items: dict[str, SessionAccessible] = {}
        self.order: list[str] = []
        self.index: dict[str, int] = {}
        self.refresh()

    def refresh(self) -> None:
        layout = self.view.day_layout
        self.order = [b.uid for b in layout.blocks if self.view.is_shown(b.uid)] if layout is not None else []
        self.index = {uid: i for i, uid in enumerate(self.order)}

    def item(self, uid: str) -> SessionAccessible | None:
        if uid not in self.index:
            return None
        found = self.items.get(uid)
        if found is None:
            found = self.items[uid] = SessionAccessible(self, uid)
        return found

    def childCount(self) -> int:
        return len(self.order)

    def child(self, index: int):
        return self.item(self.order[index]) if 0 <= index < len(self.order) else None

    def indexOfChild(self, child) -> int:
        return self.index.get(getattr(child, "uid", None), -1)

    def focusChild(self):
        return self.item(self.view.selected) if self.view.selected else None

    def childAt(self, x: int, y: int):
        uid = self.view.uid_at(self.view.viewport().mapFromGlobal(QRect(x, y, 1, 1).topLeft()))
        return self.item(uid) if uid else None


def _factory(class_name: str, obj):
    if class_name != "GridView":
        return None
    grid_id = id(obj)
    found = _GRIDS.get(grid_id)
    if found is None or found.view is not obj:
        found = _GRIDS[grid_id] = GridAccessible(obj)
        obj.destroyed.connect(lambda *_: _GRIDS.pop(grid_id, None))
    return found


_installed = False


def install() -> None:
    """Make the grid's sessions visible to accessibility clients (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def changed(view, *, day: bool = False, selection: bool = False, before: dict | None = None) -> None:
    """Tell accessibility clients what changed: the day shown (its sessions), the selection (focus moves to
    the session), or the picks (``before``: the states they replace; each session whose state changed says
    so). Nothing when no client listens."""
    if not QAccessible.isActive():
        return
    grid = _GRIDS.get(id(view))
    if grid is None or grid.view is not view:
        return
    if day:
        grid.refresh()
        QAccessible.updateAccessibility(QAccessibleEvent(view, QAccessible.Event.ObjectReorder))
    if selection and view.selected:
        item = grid.item(view.selected)
        if item is not None:
            QAccessible.updateAccessibility(QAccessibleEvent(item, QAccessible.Event.Selection))
            if _has_focus(view):
                QAccessible.updateAccessibility(QAccessibleEvent(item, QAccessible.Event.Focus))
    for uid in _changed(before, view.states) if before is not None else ():
        item = grid.item(uid)
        if item is not None:
            st = QAccessible.State()
            st.checked = True
            QAccessible.updateAccessibility(QAccessibleStateChangeEvent(item, st))
            QAccessible.updateAccessibility(QAccessibleEvent(item, QAccessible.Event.DescriptionChanged))


def _changed(before: dict, after: dict) -> list[str]:
    return [uid for uid in before.keys() | after.keys() if before.get(uid) != after.get(uid)]


def _has_focus(view) -> bool:
    """Whether keys go to the grid: its window's focus widget (also while another window is active, as a
    key sent through the accessibility bus still reaches it)."""
    return view.hasFocus() or view.window().focusWidget() is view
