"""The window process's one owner of Python's cyclic garbage collector.

Left to itself, Python collects whenever enough objects have been allocated, in whichever thread allocates
them: a feed being read in a background thread, or the middle of a scroll step. With 10,000 sessions open,
one collection over a new schedule's objects takes 15-25 ms (measured: a missed frame), and one run in a
background thread may destroy Qt wrappers there, outside the GUI thread, which Qt does not allow.

So automatic collection stays off for the window's life (``app.hold_collections`` turns it off before
start-up; nothing is collected until the first frame). Then a Collector takes over, in the GUI thread only:

- It freezes what exists after the first frame and after each schedule shown. Frozen objects stay where
  they are (reference counting still frees them); collections no longer go over them.
- Every :data:`INTERVAL_MS`, between event-loop turns (never inside an input's handling or a paint), it
  collects the generation that is due by Python's own thresholds. Not while a feed is being read: what the
  reading makes is the new schedule (measured: 7-9 ms collections over it, collecting nothing). When more
  than :data:`BULK` objects were made since the last collection and still live, they are new long-lived
  data (a schedule read, the days laid out ahead): it freezes them instead of going over them, which would
  cost a frame. (Cyclic garbage made in the same half second is frozen with them and kept: a bounded
  amount, once per such bulk.)
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500
BULK = 10_000  # objects: going over them takes about 2.5 ms here (measured: 38,000 took 9 ms)


class Collector(QObject):
    def __init__(self, parent: QObject, settled=(), busy=lambda: False) -> None:
        """``settled``: signals after which the objects then living are long-lived (a schedule shown);
        ``busy()``: whether a feed is being read now."""
        super().__init__(parent)
        self.busy = busy
        gc.disable()  # (already, since start-up: app.hold_collections)
        gc.freeze()
        for signal in settled:
            signal.connect(self.freeze)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def freeze(self) -> None:
        """What lives now is long-lived: out of the collector's way. (Not collected first: at 10,000 sessions
        the young generation is the whole new schedule, and going over it once costs 15 ms.)"""
        gc.freeze()

    def collect_due(self) -> None:
        """Collect the oldest generation due by Python's thresholds, or freeze a bulk of new objects."""
        if self.busy():
            return
        (c0, c1, c2), (t0, t1, t2) = gc.get_count(), gc.get_threshold()
        if c0 > BULK:
            self.freeze()
        elif c0 > t0:
            generation = 2 if c2 > t2 else 1 if c1 > t1 else 0
            gc.collect(generation)
