"""The window's one idle-time scheduler.

Work that can wait for the user's input and paints (the change review after a first open, the other days'
layouts, the search index, drawing other days ahead, the side panels' refresh) is a named job: a function
that does one small step each time it is called and returns True while there is more to do. One zero-delay
timer runs one step per event-loop turn, so no input or paint waits for more than one step. Jobs queued
before :meth:`start` (which the window calls once its first frame is painted) wait for it; so do calls
queued with :meth:`at_start`, which start() makes itself, before any job.

Queueing a job under a name that is already queued replaces it in its place: the old work is stale (a new
schedule, a new zone). One-off calls (:meth:`once`) run before the stepping jobs' next step; ``first=True``
puts one at the very front (what the user sees next, such as the side panels after a star click).
"""
from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class Idle(QObject):
    def __init__(self, parent: QObject | None = None, *, started: bool = False) -> None:
        super().__init__(parent)
        self._soon: dict[str, Callable[[], object]] = {}  # one-off calls, in order, before any stepping job
        self._jobs: dict[str, Callable[[], bool]] = {}  # stepping jobs, taking turns
        self._started = started
        self._at_start: list[Callable[[], object]] = []  # calls waiting for start(), in order
        self._anonymous = itertools.count()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def start(self) -> None:
        """Let queued jobs run (after the first frame); first, what waits for it (:meth:`at_start`)."""
        self._started = True
        waiting, self._at_start = self._at_start, []
        for fn in waiting:
            fn()
        self._kick()

    def at_start(self, fn: Callable[[], object]) -> None:
        """Call ``fn()`` in :meth:`start`, before any job: at once if the scheduler has started."""
        if self._started:
            fn()
        else:
            self._at_start.append(fn)

    def run(self, name: str, step: Callable[[], bool]) -> None:
        """Call ``step()`` once per event-loop turn while it returns True, taking turns with other jobs."""
        self._jobs[name] = step
        self._kick()

    def once(self, fn: Callable[[], object], name: str | None = None, *, first: bool = False) -> None:
        """Call ``fn()`` once, on a later event-loop turn, before the stepping jobs' next step (``first``:
        before the other one-off calls too)."""
        name = name or f"once-{next(self._anonymous)}"
        if first:
            self._soon = {name: fn, **{k: v for k, v in self._soon.items() if k != name}}
        else:
            self._soon[name] = fn
        self._kick()

    def cancel(self, name: str) -> None:
        self._soon.pop(name, None)
        self._jobs.pop(name, None)

    def pending(self, name: str) -> bool:
        return name in self._soon or name in self._jobs

    @property
    def busy(self) -> bool:
        """Whether any job is queued."""
        return bool(self._soon or self._jobs)

    def _kick(self) -> None:
        if self._started and (self._soon or self._jobs) and not self._timer.isActive():
            self._timer.start()

    def _step(self) -> None:
        try:
            if self._soon:
                name, fn = next(iter(self._soon.items()))
                del self._soon[name]
                fn()
            elif self._jobs:
                name, step = next(iter(self._jobs.items()))
                more = False
                try:
                    more = step()
                finally:
                    if self._jobs.get(name) is step:  # (the step may have replaced or cancelled its own job)
                        del self._jobs[name]
                        if more:  # to the back of the line: the next job gets the next turn
                            self._jobs[name] = step
        finally:
            self._kick()
