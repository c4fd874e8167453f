"""``Throttle``: the one way the window puts off a save until a burst of changes is over (the wheel stops
turning, the typing pauses), instead of timers made by hand in each place. ``flush()`` runs a pending call
at once (on leaving a field, on closing the window)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class Throttle(QObject):
    """Calls ``fn`` once, ``delay_ms`` after the last :meth:`trigger`; :meth:`flush` calls it now if pending."""

    def __init__(self, fn: Callable[[], object], delay_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._fire)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def trigger(self) -> None:
        self._timer.start()

    def flush(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._fire()

    def cancel(self) -> None:
        self._timer.stop()

    def _fire(self) -> None:
        self._fn()
