"""A block's shape: its fill by its track, as solid as its state (starred, maybe or neither) says, and its border
by its state and clash, the same in its picture and where a frame draws the shape alone (ahead.FrameBudget).
Also the track colours themselves, which the list view and the filter's swatches share."""
from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ...core.model import Session
from ...core.plan.picks import MAYBE, STAR
from .colours import NO_TRACK, Tracks, over, readable_text, track_colours

if TYPE_CHECKING:
    from .block_paint import Look

CLASH_RED = QColor("#d32f2f")


def copy_colour(c: QColor) -> QColor:
    """QColor(c), without its constructor's overloads: PySide6 resolves them by building Python enum types of
    classes a colour never needs (QByteArray's, and QImage's and QGradient's for QBrush(colour)), a few ms
    of the first frame."""
    return QColor.fromRgba(c.rgba())


_TRACK_MAPS: dict[tuple, dict[str, str]] = {}


def track_colour(track: str | None, tracks: list[str]) -> QColor:
    """A track's colour among the schedule's ``tracks`` (colours.track_colours); a track not in the list
    gets a stable one from its name."""
    if not track:
        return QColor(NO_TRACK)
    key = tracks.key() if isinstance(tracks, Tracks) else (tuple(tracks), ())
    colours = _TRACK_MAPS.get(key)
    if colours is None:
        if len(_TRACK_MAPS) > 8:
            _TRACK_MAPS.clear()
        colours = _TRACK_MAPS[key] = track_colours(tracks)
    name = colours.get(track)
    if name is None:
        from ...core.digests import md5
        from .colours import PALETTE

        name = PALETTE[int(md5(track.encode()).hexdigest(), 16) % len(PALETTE)]
    return QColor(name)


def edge_colour(colour: QColor, dark: bool, starred: bool) -> QColor:
    """A block's border: its track's colour darkened (light theme) or lightened (dark). A starred block's
    heavy border in the dark theme is light whatever the track (a dark indigo lightened is still dark), so
    starred and not starred differ in greyscale by more than the star."""
    if not dark:
        return colour.darker(150)
    if starred:
        h, s, _, _ = colour.getHsl()
        return QColor.fromHsl(max(h, 0), min(s, 160), 215)
    return colour.lighter(140)


def fill_alpha(state: str | None) -> int:
    return 235 if state == STAR else 150 if state == MAYBE else 95


def solid_fill(fill: QColor, base: QColor) -> tuple[int, int, int]:
    """``fill`` (translucent) composited over the grid's ``base``: the colour a block is filled with."""
    return over((fill.red(), fill.green(), fill.blue()), fill.alpha(), (base.red(), base.green(), base.blue()))


def text_colour_on(fill: QColor, base: QColor) -> QColor:
    """Black or white, whichever reads better on ``fill`` as composited over the grid's ``base``."""
    return QColor(*readable_text(solid_fill(fill, base)))


class Shape(NamedTuple):
    """How a block of one track in one state is filled and bordered (shape_of)."""

    fill: QColor  # opaque: the track's colour, as translucent as the state says, over the grid's base
    pen: QPen  # the border
    edge: QColor  # the border's colour
    text: QColor  # the colour its text reads in on ``fill``


def shape_of(track: str, state: str | None, clash: bool, look: Look, dark: bool, tracks: list[str]) -> Shape:
    """A block's colours and border by its track and marks, worked out once for each while the look holds
    (every frame draws tens of blocks, most of them of a few tracks in a few states)."""
    key = (track, state, clash)
    shape = look.shapes.get(key)
    if shape is None:
        colour = look.colours.get(track)
        if colour is None:
            colour = look.colours[track] = track_colour(track, tracks)
        fill = copy_colour(colour)
        fill.setAlpha(fill_alpha(state))
        rgb = solid_fill(fill, look.base)  # opaque: a tenth of the time of blending a translucent fill
        pen = QPen(edge_colour(colour, dark, state == STAR), 3.0 if state == STAR else 1.0)
        if clash:
            pen = QPen(CLASH_RED, 3.0)
        if state == MAYBE:  # dashed, whatever its colour: a clashing maybe keeps both marks
            pen.setStyle(Qt.DashLine)
            pen.setWidthF(max(pen.widthF(), 2.0))
        shape = look.shapes[key] = Shape(QColor.fromRgba(0xFF000000 | rgb[0] << 16 | rgb[1] << 8 | rgb[2]), pen,
                                         pen.color(), QColor(*readable_text(rgb)))  # (not QBrush: see copy_colour)
    return shape


def paint_shape(p: QPainter, s: Session, r: QRectF, state: str | None, clash: bool, look: Look, dark: bool,
                tracks: list[str]) -> tuple[QColor, float]:
    """A block's shape: filled by its track, its border by its state; (the colour its text reads in, how far
    the border reaches inside). paint_block draws the rest over it; alone, it stands in for a block whose
    picture a frame had no time left to draw (ahead.FrameBudget)."""
    shape = shape_of(s.track, state, clash, look, dark, tracks)
    width = shape.pen.widthF()
    inset = width / 2  # the border inside the block, on whole pixels: crisp
    p.setPen(Qt.NoPen)  # fills only: Qt strokes a thin rounded outline four times slower than it fills one
    if state == MAYBE:  # the fill, then the dashed border over its edge
        p.setBrush(shape.fill)
        p.drawRoundedRect(r, 4 + inset, 4 + inset)
        p.setPen(shape.pen)
        p.setBrush(Qt.NoBrush)
        p.drawRoundedRect(r.adjusted(inset, inset, -inset, -inset), 4, 4)
    else:  # the border's colour over the whole block, then the fill inside it: a solid border ``width`` wide
        p.setBrush(shape.edge)
        p.drawRoundedRect(r, 4 + inset, 4 + inset)
        p.setBrush(shape.fill)
        p.drawRoundedRect(r.adjusted(width, width, -width, -width), max(0.0, 4 - inset), max(0.0, 4 - inset))
    return shape.text, inset
