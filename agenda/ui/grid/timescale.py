"""The grid's time axis, with no Qt: where each minute of a day goes down the grid. Time runs at the zoom's
pixels per minute, except where a session is too short to be read at that rate: there the axis stretches
(as pretalx's schedule does) just enough for the session's block to hold two title lines (ten minutes or
longer) or one (shorter). The axis stays truthful: hour labels, quarter lines, the now line and clash marks
are all placed through the same map, so each label is where its time is; only the spacing between them
changes."""
from __future__ import annotations

from bisect import bisect_right

from ...core.plan.layout import DayLayout

LONG_FROM = 10  # minutes: a session this long gets two title lines, a shorter one one line


class TimeScale:
    """Minute of the day ↔ pixels below the day's first minute. Linear at ``ppm`` unless ``mins``/``ys``
    (the breakpoints, ascending) say where it stretches; between breakpoints it is linear."""

    __slots__ = ("first", "ppm", "mins", "ys")

    def __init__(self, first: float, ppm: float, mins: list[float] | None = None, ys: list[float] | None = None):
        self.first, self.ppm = first, ppm
        self.mins, self.ys = mins, ys

    @property
    def stretched(self) -> bool:
        return self.mins is not None

    def y(self, minute: float) -> float:
        """Pixels from the first minute down to ``minute``."""
        mins = self.mins
        if mins is None:
            return (minute - self.first) * self.ppm
        i = bisect_right(mins, minute) - 1
        if i < 0:
            return (minute - mins[0]) * self.ppm + self.ys[0]
        if i >= len(mins) - 1:
            return self.ys[-1] + (minute - mins[-1]) * self.ppm
        m0, m1, y0, y1 = mins[i], mins[i + 1], self.ys[i], self.ys[i + 1]
        return y0 + (minute - m0) * (y1 - y0) / (m1 - m0)

    def minute(self, y: float) -> float:
        """The minute at ``y`` pixels below the first minute (the inverse of ``y``)."""
        mins, ys = self.mins, self.ys
        if mins is None:
            return self.first + y / self.ppm
        i = bisect_right(ys, y) - 1
        if i < 0:
            return mins[0] + (y - ys[0]) / self.ppm
        if i >= len(ys) - 1:
            return mins[-1] + (y - ys[-1]) / self.ppm
        y0, y1, m0, m1 = ys[i], ys[i + 1], mins[i], mins[i + 1]
        return m0 + (y - y0) * (m1 - m0) / (y1 - y0) if y1 > y0 else m0


def time_scale(layout: DayLayout, ppm: float, need_long: float, need_short: float) -> TimeScale:
    """The axis of a day at ``ppm``: each session block of ``LONG_FROM`` minutes or more at least
    ``need_long`` pixels tall, each shorter one ``need_short`` (background bands are long; they never
    stretch it). The shortest sessions are fitted first; fitting a longer one only ever adds height, so
    none that fitted stops fitting. A day of long sessions keeps the plain linear axis (and its cost)."""
    first = layout.first_minute
    short: list[tuple[float, float, float]] = []
    for b in layout.blocks:
        if b.band:
            continue
        bottom = b.bottom if b.bottom > b.top else b.top + 1  # (a session with no length: a minute's block)
        span = bottom - b.top
        need = need_long if span >= LONG_FROM else need_short
        if span * ppm < need:
            short.append((span, b.top, bottom))
    if not short:
        return TimeScale(first, ppm)
    mins = sorted({first, layout.last_minute, *(t for _, t, _ in short), *(b for _, _, b in short)})
    heights = [(mins[k + 1] - mins[k]) * ppm for k in range(len(mins) - 1)]
    index = {m: k for k, m in enumerate(mins)}
    short.sort()
    for span, top, bottom in short:
        i, j = index[top], index[bottom]
        have = sum(heights[i:j])
        need = need_long if span >= LONG_FROM else need_short
        if have < need:
            f = need / have
            for k in range(i, j):
                heights[k] *= f
    ys = [(mins[0] - first) * ppm]
    for h in heights:
        ys.append(ys[-1] + h)
    return TimeScale(first, ppm, mins, ys)


def opening_offset(times: TimeScale, day_first: float, first: float, top_pad: int) -> int:
    """The vertical scroll position a day opens at: its first session (minute ``first``) near the top, with
    the hour it starts in labelled whole below the header when that hour line is near."""
    hour = max(day_first, first // 60 * 60)
    if times.y(first) - times.y(hour) < 160:
        return int(times.y(hour) + top_pad - 12)
    return int(times.y(first) + top_pad - 20)
