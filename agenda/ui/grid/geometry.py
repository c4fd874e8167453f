"""Grid geometry in pixels, with no Qt: where each room column and each block of a day go at a viewport
width and a zoom (pixels per minute), which blocks a rectangle touches, and which block the arrow keys move
to. The grid view (view.py) memoises these per day and width."""
from __future__ import annotations

from ...core.model import Session
from ...core.plan.layout import DayLayout
from .timescale import TimeScale

Rect = tuple[float, float, float, float]  # x, y, width, height in content coordinates
BAND_W = 24  # a background band's width (a long event beside a room's sessions)


def column_geometry(layout: DayLayout, width: int, axis_w: int, min_col_w: int) -> tuple[list[float], list[float]]:
    """(x, width) of each column: rooms with parallel sessions get up to 2.5× the width."""
    factors = [1 + 0.5 * (min(layout.lanes_in_column(i), 4) - 1) for i in range(len(layout.columns))]
    base = max(float(min_col_w), (width - axis_w) / max(sum(factors), 1))
    col_x, col_w = [], []
    x = float(axis_w)
    for f in factors:
        col_x.append(x)
        col_w.append(base * f)
        x += base * f
    return col_x, col_w


def block_geometry(layout: DayLayout, col_x: list[float], col_w: list[float], times: TimeScale,
                   header: int) -> tuple[dict[str, Rect], list[list[tuple[str, Rect]]]]:
    """(rectangle by uid, (uid, rectangle) by column) of a day's blocks: plain tuples, grouped by column, so
    painting and hit-testing only look at the columns in view (3,000 blocks a day at 10,000 sessions).
    ``times`` places minutes down the day (timescale.py)."""
    geom: dict[str, Rect] = {}
    col_blocks: list[list[tuple[str, Rect]]] = [[] for _ in col_x]
    first, ppm = layout.first_minute, times.ppm
    linear = not times.stretched
    y_at: dict[float, float] = {}  # minute -> y: blocks share their starts and ends (3,000 blocks, ~100 minutes)

    def y_of(minute: float) -> float:
        y = y_at.get(minute)
        if y is None:
            y = y_at[minute] = times.y(minute)
        return y

    bands = layout.column_bands
    for uid, column, lane, lanes, top, bottom, span, band in layout.blocks:
        if linear:
            y0, h = (top - first) * ppm, (bottom - top) * ppm
        else:
            y0 = y_of(top)
            h = y_of(bottom if bottom > top else top + 1) - y0
        y, h = header + y0 + 1, (h if h > 8.0 else 8.0) - 2
        if band:
            g = (col_x[column] + lane * BAND_W + 2, y, BAND_W - 3, h)
        else:
            offset = bands[column] * BAND_W if bands else 0
            cw = (col_w[column] - offset) / lanes
            g = (col_x[column] + offset + lane * cw + 2, y, cw * span - 4, h)
        geom[uid] = g
        col_blocks[column].append((uid, g))
    return geom, col_blocks


def blocks_in(col_x: list[float], col_w: list[float], col_blocks: list[list], x0: float, y0: float, x1: float, y1: float):
    """(uid, (x, y, w, h)) of the blocks intersecting a content rectangle, looking in the columns in view only."""
    for i, cx in enumerate(col_x):
        if cx > x1 or cx + col_w[i] < x0:
            continue
        for uid, g in col_blocks[i]:
            if g[1] <= y1 and g[1] + g[3] >= y0 and g[0] <= x1 and g[0] + g[2] >= x0:
                yield uid, g


def scrolled_to_show(g: Rect, h: int, v: int, vw: int, vh: int, axis_w: int, header_h: int) -> tuple[int, int]:
    """The scroll values (horizontal, vertical) that bring the block at ``g`` into a ``vw`` × ``vh`` view now
    scrolled to ``h``, ``v``, moving as little as possible (a tall block: its top half)."""
    left, top, right, height = g[0], g[1], g[0] + g[2], g[3]
    if left - axis_w < h:
        h = int(left - axis_w - 4)
    elif right > h + vw:
        h = int(right - vw + 4)
    if top - header_h < v:
        v = int(top - header_h - 4)
    elif top + min(height, vh / 2) > v + vh:
        v = int(top + min(height, vh / 2) - vh + 8)
    return h, v


def neighbour(layout: DayLayout, visible: list[str], selected: str | None, direction: str) -> str | None:
    """The block an arrow key ("up", "down", "left", "right") moves the selection to, among ``visible``
    (in block order): the next in the same column, or the nearest in time in the next column with any."""
    if not visible:
        return None
    if selected not in visible:
        return visible[0]
    blocks = {b.uid: b for b in layout.blocks}
    cur = blocks[selected]
    if direction in ("up", "down"):
        same = [u for u in visible if blocks[u].column == cur.column]
        i = same.index(selected)
        j = i - 1 if direction == "up" else i + 1
        return same[j] if 0 <= j < len(same) else selected
    step = -1 if direction == "left" else 1
    col = cur.column + step
    last = max(blocks[u].column for u in visible)
    mid = (cur.top + cur.bottom) / 2
    while 0 <= col <= last:
        candidates = [u for u in visible if blocks[u].column == col]
        if candidates:
            return min(candidates, key=lambda u: (abs((blocks[u].top + blocks[u].bottom) / 2 - mid), blocks[u].lane))
        col += step
    return selected


def day_memo(layout: DayLayout, sessions: dict[str, Session]) -> tuple:
    """(layout, sessions, block order, fingerprints, uid set) of a day. A fingerprint is what a block shows of
    its session: part of the pixmap cache key, so refreshed data never reuses an old picture of the same id."""
    order = [b.uid for b in layout.blocks]  # already sorted by column, top, lane
    fingerprints = {
        u: hash((sessions[u].title, sessions[u].speaker_text, sessions[u].start, sessions[u].end, sessions[u].track,
                 sessions[u].cancelled))
        for u in order
    }
    return layout, sessions, order, fingerprints, set(order)


def memoised(memo: dict, key, owners: tuple, make):
    """``make()``, kept in ``memo`` under ``key`` while its first items are still the objects ``owners``
    (an id() in a key can be reused once its object is gone). Past 16 entries the one used longest ago goes:
    the days drawn ahead stay while those of a schedule replaced (or of an old width) leave."""
    hit = memo.pop(key, None)
    if hit is None or any(a is not b for a, b in zip(hit, owners, strict=False)):
        hit = make()
    memo[key] = hit  # the most recently used last
    while len(memo) > 16:
        del memo[next(iter(memo))]
    return hit
