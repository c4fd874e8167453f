"""Drawing one session's block: its fill by track (its shape: shape.py), and a mark for each state that does not rest on hue
alone, so that they survive greyscale and combine: starred (solid fill, heavy border, filled star with a
halo), maybe (dashed border, half-filled star), clash (red border, hatching and a bar down the left edge),
selected (a ring outside the block, leaving its own border alone), changed (a folded corner). Then its
text (block_text.py), in black or white by contrast with the fill. A long background event in a column
with sessions is a thin band, its title turned on its side. The grid blits the cached picture."""
from __future__ import annotations

import math
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap, QPolygonF

from ...core.model import Session
from ...core.plan.picks import MAYBE, STAR
from ..i18n import dates, tr
from .block_text import draw_line, plan_block_text, without_prefix
from .shape import CLASH_RED, copy_colour, paint_shape

LEFT_MIDDLE = Qt.AlignLeft | Qt.AlignVCenter  # (an enum | costs µs)
STAR_GOLD, STAR_EDGE = QColor("#ffb300"), QColor("#3e2723")
PAD, STAR_BOX = 5, 20  # PAD: room around a block's picture for the selection ring and the gap highlight
BAND_MAX_W = 30  # a block this narrow and at least 3× as tall is a band (a long background event)
BAND_REPEAT = 480  # a band's title again every this many pixels down it
CLASH_BAR = 5


_HATCH: dict[float, QBrush] = {}  # pixel ratio -> brush, made on first use (not at import: start-up)


def _hatch(dpr: float) -> QBrush:
    """Diagonal hatching 8 px apart: a brush tiling one 8 × 8 picture (a tenth of the time of drawing the
    lines, and unlike Qt's pattern brushes it keeps its spacing on a 2× screen)."""
    brush = _HATCH.get(dpr)
    if brush is None:
        tile = QPixmap(round(8 * dpr), round(8 * dpr))
        tile.setDevicePixelRatio(dpr)
        tile.fill(Qt.transparent)
        tp = QPainter(tile)
        tp.setRenderHint(QPainter.Antialiasing)
        tp.setPen(QPen(QColor(211, 47, 47, 120), 1.2))
        for d in (-8, 0, 8):  # the line and the ends of its neighbours, so that the tiles join
            tp.drawLine(QPointF(d - 1, 9), QPointF(d + 9, -1))
        tp.end()
        brush = _HATCH[dpr] = QBrush(tile)
    return brush


_STARS: dict[float, QPolygonF] = {}  # radius -> five-pointed star around the origin


def star_polygon(center: QPointF, r: float) -> QPolygonF:
    shape = _STARS.get(r)
    if shape is None:
        pts = []
        for i in range(10):
            rad = r if i % 2 == 0 else r * 0.45
            a = -math.pi / 2 + i * math.pi / 5
            pts.append(QPointF(rad * math.cos(a), rad * math.sin(a)))
        shape = _STARS[r] = QPolygonF(pts)
    return shape.translated(center)


def fill(p: QPainter, colour: QColor | QBrush, *rects: QRectF) -> None:
    """Fill ``rects`` (none: nothing drawn) in ``colour``, no outline. Not QPainter.fillRect: its overloads name
    QGradient.Preset, so its first call builds that 169-value enum (2-3 ms of the first frame)."""
    p.save()
    p.setPen(Qt.NoPen)
    p.setBrush(colour)
    p.drawRects(list(rects))
    p.restore()


class Marks(NamedTuple):
    """Everything about a block's state that changes its pixels."""

    state: str | None  # STAR, MAYBE or None
    selected: bool
    clash: bool
    highlight: bool
    changed: bool

    def key(self) -> str:
        return "".join((self.state or "-", "s" if self.selected else "", "c" if self.clash else "",
                        "h" if self.highlight else "", "n" if self.changed else ""))


class Look(NamedTuple):
    """Fonts, their metrics and colours (make_look), a track -> colour memo and a word -> advance memo for
    titles; the grid keeps one as long as its style (style_key) holds."""

    bold: QFont
    bold_fm: QFontMetrics
    small: QFont
    small_fm: QFontMetrics
    struck: QFont
    text: QColor
    highlight: QColor
    colours: dict
    base: QColor
    widths: dict  # word -> advance in bold_fm (titles are measured with it, struck or not)
    labels: dict  # (uid, width, height) -> (session, label_length): a long block's, for each scroll step
    shapes: dict  # (track, state, clash) -> Shape: a block's colours and border (shape_of)


def make_look(font: QFont, pal: QPalette) -> Look:
    bold = QFont(font)
    bold.setBold(True)
    small = QFont(font)
    small.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
    struck = QFont(bold)
    struck.setStrikeOut(True)
    return Look(bold, QFontMetrics(bold), small, QFontMetrics(small), struck, pal.color(QPalette.Text),
                pal.color(QPalette.Highlight), {}, pal.color(QPalette.Base), {}, {}, {})


def style_key(font: QFont, pal: QPalette, dark: bool, zone, tracks_key: int) -> str:
    """What every block's pixels depend on besides its session and marks (part of the cache key)."""
    zone_name = getattr(zone, "key", "")
    return (f"{font.key()}|{pal.color(QPalette.Text).rgba()}|{pal.color(QPalette.Highlight).rgba()}|"
            f"{pal.color(QPalette.Base).rgba()}|{dark}|{zone_name}|{tracks_key}")


def is_band(w: float, h: float) -> bool:
    return w <= BAND_MAX_W and h >= 3 * w


def star_rect(rect: QRectF) -> QRectF:
    """The star box of a block: its top right corner (clicking it stars the session); a band's top."""
    if is_band(rect.width(), rect.height()):
        s = rect.width() - 2
        return QRectF(rect.left() + 1, rect.top() + 1, s, s)
    s = min(STAR_BOX, rect.height(), rect.width() / 3)
    return QRectF(rect.right() - s - 1, rect.top() + 1, s, s)


def render_block(s: Session, w: float, h: float, marks: Marks, look: Look, dark: bool, zone, tracks: list[str],
                 dpr: float, prefixes: frozenset[str] = frozenset()) -> QPixmap:
    """A block's picture, ``PAD`` larger than the block on every side, at the screen's pixel ratio. The block
    is drawn on whole pixels (up to a pixel narrower and shorter than ``w`` × ``h``): filling a rounded
    rectangle with fractional edges takes ten times as long."""
    pm = QPixmap(int((w + 2 * PAD) * dpr) + 1, int((h + 2 * PAD) * dpr) + 1)
    pm.setDevicePixelRatio(dpr)
    pm.fill(Qt.transparent)
    bp = QPainter(pm)
    bp.setRenderHint(QPainter.Antialiasing)
    paint_block(bp, s, QRectF(PAD, PAD, max(1, int(w)), max(1, int(h))), marks, look, dark, zone, tracks, prefixes)
    bp.end()
    return pm


def paint_block(p: QPainter, s: Session, r: QRectF, marks: Marks, look: Look, dark: bool, zone, tracks: list[str],
                prefixes: frozenset[str] = frozenset(), shape_only: bool = False) -> None:
    """Draw one session's block in ``r``: fill by track, border and marks by state, then its text, all inside
    ``r`` (the selection ring and gap highlight go in the ``PAD`` around it). A title too long for the block
    loses its ``prefixes`` (block_text.common_prefixes) first: ten "Lightning Talk: …" blocks say nothing.
    ``shape_only``: the fill and border alone (paint_shape), on whole pixels (as a picture is: render_block)."""
    state = marks.state
    if shape_only:
        paint_shape(p, s, QRectF(round(r.x()), round(r.y()), max(1, int(r.width())), max(1, int(r.height()))),
                    state, marks.clash, look, dark, tracks)
        return
    text_colour, inset = paint_shape(p, s, r, state, marks.clash, look, dark, tracks)
    band = is_band(r.width(), r.height())
    left = 0.0
    if marks.clash:  # hatching and a solid bar: both read without colour
        inner = r.adjusted(inset, inset, -inset, -inset)
        fill(p, _hatch(p.device().devicePixelRatioF()), inner)
        if not band:
            fill(p, CLASH_RED, QRectF(r.left(), r.top(), CLASH_BAR, r.height()))
            left = CLASH_BAR
    if marks.changed:  # a folded corner at the bottom right
        k = min(10.0, r.height() / 2, r.width() / 3)
        p.setPen(Qt.NoPen)
        p.setBrush(text_colour)
        p.drawPolygon(QPolygonF([QPointF(r.right(), r.bottom() - k), QPointF(r.right(), r.bottom()),
                                 QPointF(r.right() - k, r.bottom())]))
    if marks.selected:
        paint_selection(p, r, look.highlight)
    if marks.highlight:
        p.setPen(QPen(QColor("#2e7d32"), 2, Qt.DotLine))
        p.setBrush(Qt.NoBrush)
        p.drawRoundedRect(r.adjusted(-4.5 if marks.selected else -2, -4.5 if marks.selected else -2,
                                     4.5 if marks.selected else 2, 4.5 if marks.selected else 2), 6, 6)
    sr = star_rect(r)
    paint_star(p, sr, state, text_colour)
    p.setPen(text_colour)
    lines, x0, y0 = block_lines(s, r, marks, look, zone, prefixes, left, sr)
    p.save()
    p.setClipRect(r.adjusted(1, 1, -1, -1))  # belt and braces: the plan only has lines that fit
    if band:  # the text turned on its side, reading downwards from below the star box
        p.translate(r.right(), r.top())
        p.rotate(90)
    for line in lines:
        p.setFont(line.font)
        draw_line(p, QRectF(x0 + line.x, y0 + line.y, line.width, line.fm.height()), line.text, LEFT_MIDDLE)
    p.restore()


def label_length(s: Session, g, look: Look, zone, prefixes: frozenset[str] = frozenset(),
                 top: float = -math.inf) -> float | None:
    """How far down a block's picture its title reaches (all its lines), or a band's star and sideways title,
    for drawing that top of the picture again when the block's top has scrolled away (None: no title line).
    For a band seen from ``top``, on past a copy of its title further down that the strip would cut."""
    r = QRectF(*g)
    band, key = is_band(r.width(), r.height()), (s.uid, r.width(), r.height())
    kept = None if band else look.labels.get(key)
    if kept is not None and kept[0] is s:  # (the same session: not one a refresh of the feed replaced)
        return kept[1]
    lines, x0, y0 = block_lines(s, r, Marks(None, False, False, False, False), look, zone, prefixes)
    if not band:  # kept while the look lasts: the same fonts, zone and title prefixes
        title = [line.y + line.fm.height() for line in lines if line.font.bold()]
        if len(look.labels) > 4096:
            look.labels.clear()
        length = y0 - r.top() + max(title) + 2 if title else None
        look.labels[key] = (s, length)
        return length
    length = x0 + max((line.fm.horizontalAdvance(line.text) for line in lines if line.x == 0), default=0) + 6
    below = top - r.top()  # how far down the band the strip is drawn
    for shift in sorted({line.x for line in lines if line.x > 0}):  # each copy of the title, ``shift`` further
        start, end = x0 + shift, shift + length
        if start < below + length < end and end - below <= x0 + BAND_REPEAT:  # cut; plain fill down to ``end``
            length = end - below
    return length


def paint_selection(p: QPainter, r: QRectF, highlight: QColor) -> None:
    """The selected block's ring, outside its rectangle ``r`` (the grid draws it over the block's cached
    picture, so that selecting another block never draws either picture again)."""
    p.setPen(QPen(highlight, 2.5))
    p.setBrush(Qt.NoBrush)
    p.drawRoundedRect(r.adjusted(-3, -3, 3, 3), 6, 6)


def block_lines(s: Session, r: QRectF, marks: Marks, look: Look, zone, prefixes: frozenset[str] = frozenset(),
                left: float = 0.0, sr: QRectF | None = None) -> tuple[list, float, float]:
    """The text lines a block in ``r`` shows (block_text.Line) and where its text area starts: the title over
    as many lines as fit, then the speakers and the time. ``left`` is taken by a clash bar; ``sr`` is the
    star box (star_rect). A band's lines read downwards from below its star box, repeated down the band
    (its text area starts at the band's top right corner, turned a quarter)."""
    sr = star_rect(r) if sr is None else sr
    title_font = look.struck if s.cancelled else look.bold
    extras = [s.speaker_text] if s.speaker_text else []
    if zone is not None:
        a, b = s.start.astimezone(zone), s.end.astimezone(zone)
        when = dates().when(a, b, s.all_day)
        extras.append(when + (tr("  • changed") if marks.changed else "") + (tr("  ⊘ not recorded") if s.recorded is False else ""))
    elif s.recorded is False:
        extras.append(tr("⊘ not recorded"))
    if is_band(r.width(), r.height()):
        span = r.height() - sr.height() - 6
        lines = plan_block_text(s.title, extras[:1], min(span, 360.0), r.width() - 2, 0, 0,
                                title_font, look.bold_fm, look.small, look.small_fm, look.widths)
        first = [line for line in lines if line.font is not look.small] or lines[:1]  # the title, again further down
        text_w = max((line.fm.horizontalAdvance(line.text) for line in first), default=0)
        k = 1
        while first and k * BAND_REPEAT + text_w < span:
            lines += [line._replace(x=line.x + k * BAND_REPEAT) for line in first]
            k += 1
        return lines, sr.height() + 4, 1.0
    short = r.height() < 18  # a few minutes long: the text may use the whole height
    inner_w, inner_h = r.width() - 5 - left - 3, r.height() - (2 if short else 4)
    lines = []
    if inner_w >= 10 and inner_h >= 6:
        plan = (extras, inner_w, inner_h, sr.width() + 1, sr.height() + 1, title_font, look.bold_fm, look.small,
                look.small_fm, look.widths)
        lines = plan_block_text(s.title, *plan)
        kind_less = without_prefix(s.title, prefixes) if prefixes else None
        if kind_less and not "".join("".join(line.text for line in lines).split()).startswith("".join(s.title.split())):
            lines = plan_block_text(kind_less, *plan)
    return lines, r.left() + 5 + left, r.top() + (1 if short else 2)


def paint_star(p: QPainter, sr: QRectF, state: str | None, text_colour: QColor) -> None:
    """The star box: filled with a dark edge and a light halo (starred), half filled (maybe), or an outline
    in the text's colour; each keeps its contrast on any fill. A starred or a maybe star (two strokes, one
    of them wide, and a fill: 0.2 ms) is drawn once for each size, halo and place within a screen pixel, and
    copied from then on, pixel for pixel where it would have been drawn (every starred block's and row's
    picture has one)."""
    if state in (STAR, MAYBE) and p.opacity() == 1.0:
        t = p.deviceTransform()
        scale = t.m11()
        if scale > 0 and scale == t.m22() and not (t.m12() or t.m21() or t.m13() or t.m23()):  # (no turn: not a band's)
            centre = t.map(sr.center())  # in the device's pixels
            x, y = math.floor(centre.x()), math.floor(centre.y())
            key = (state, text_colour.lightness() < 128, sr.width(), sr.height(), scale, centre.x() - x, centre.y() - y)
            kept = _STAR_PICTURES.get(key)
            if kept is None:
                if len(_STAR_PICTURES) >= 256:
                    _STAR_PICTURES.clear()
                kept = _STAR_PICTURES[key] = _star_picture(sr, state, text_colour, scale, centre.x() - x, centre.y() - y)
            picture, half = kept
            p.drawPixmap(t.inverted()[0].map(QPointF(x - half, y - half)), picture)
            return
    _draw_star(p, sr, state, text_colour)


_STAR_PICTURES: dict[tuple, tuple[QPixmap, int]] = {}


def _star_picture(sr: QRectF, state: str | None, text_colour: QColor, scale: float, fx: float,
                  fy: float) -> tuple[QPixmap, int]:
    """A star drawn as _draw_star draws it at ``scale`` with its centre ``fx``, ``fy`` into a device pixel, in a
    picture whose pixel (half, half) holds that pixel; (the picture, half)."""
    half = math.ceil((max(sr.width(), sr.height()) / 2 + 3) * scale)
    picture = QPixmap(2 * half + 1, 2 * half + 1)
    picture.fill(Qt.transparent)
    q = QPainter(picture)
    q.setRenderHint(QPainter.Antialiasing)
    q.translate(half + fx, half + fy)
    q.scale(scale, scale)
    _draw_star(q, sr.translated(-sr.center()), state, text_colour)
    q.end()
    picture.setDevicePixelRatio(scale)
    return picture, half


def _draw_star(p: QPainter, sr: QRectF, state: str | None, text_colour: QColor) -> None:
    star = star_polygon(sr.center(), sr.height() * 0.42)
    if state in (STAR, MAYBE):
        halo = QColor(255, 255, 255, 200) if text_colour.lightness() < 128 else QColor(0, 0, 0, 170)
        p.setBrush(Qt.NoBrush)
        p.setPen(QPen(halo, 3.2))
        p.drawPolygon(star)
        if state == STAR:
            p.setBrush(STAR_GOLD)
            p.setPen(QPen(STAR_EDGE, 1.2))
            p.drawPolygon(star)
        else:
            p.save()
            p.setClipRect(QRectF(sr.left(), sr.top(), sr.width() / 2, sr.height()))
            p.setBrush(STAR_GOLD)
            p.setPen(Qt.NoPen)
            p.drawPolygon(star)
            p.restore()
            p.setBrush(Qt.NoBrush)
            p.setPen(QPen(STAR_EDGE, 1.2))
            p.drawPolygon(star)
    else:
        faint = copy_colour(text_colour)
        faint.setAlpha(130)
        p.setBrush(Qt.NoBrush)
        p.setPen(QPen(faint, 1))
        p.drawPolygon(star)
