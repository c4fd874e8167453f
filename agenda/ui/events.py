"""Events of a widget of the window's first frame, handed to a function once that frame is painted.

The first time Python code is handed an event through a generic handler (``event()``, ``changeEvent()``,
an event filter), PySide6 builds the Python types of every QEvent class it might be, about fifty: 5-7 ms,
once per process. A widget of the first frame that overrides such a handler makes the window pay that
before it shows. So such a widget overrides only the typed handlers (``focusInEvent()``,
``resizeEvent()``…) and takes the rest through an :class:`EventTap`, which it asks its window's idle-time
scheduler for (:func:`tap_later`): made when the scheduler starts, once the first frame is painted.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from .idle import Idle


class EventTap(QObject):
    """Hands ``widget``'s events of the types ``kinds`` to ``handler`` before the widget sees them; an event
    the handler returns True for goes no further (the widget's own handling included). A child of the widget."""

    def __init__(self, widget: QWidget, kinds: Iterable[QEvent.Type], handler: Callable[[QEvent], object]) -> None:
        super().__init__(widget)
        self._kinds = frozenset(kinds)
        self._handler = handler
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() in self._kinds and bool(self._handler(event))


def tap_later(idle: Idle, widget: QWidget, kinds: Iterable[QEvent.Type], handler: Callable[[QEvent], object]) -> None:
    """An :class:`EventTap` on ``widget``, made when ``idle`` starts (once the first frame is painted)."""
    kinds = tuple(kinds)
    idle.at_start(lambda: isValid(widget) and EventTap(widget, kinds, handler))
