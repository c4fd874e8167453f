"""Colour maths for the grid, with no Qt: track colours (a colour-blind-safe palette, or for many tracks
colours spread evenly in OKLCH so none repeats), and WCAG contrast, so a title is always readable on its
block's fill in a light or a dark theme."""
from __future__ import annotations

import functools
import math

# Colour-blind-safe qualitative palette (Okabe–Ito plus Tol's muted), used in order while it lasts.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#332288",
           "#88CCEE", "#117733", "#999933", "#AA4499", "#44AA99", "#882255", "#DDCC77", "#6699CC"]
NO_TRACK = "#8a8f98"

RGB = tuple[int, int, int]


def _encode(x: float) -> float:
    return 12.92 * x if x <= 0.0031308 else 1.055 * x ** (1 / 2.4) - 0.055


def oklch_to_rgb(lightness: float, chroma: float, hue_degrees: float) -> RGB | None:
    """sRGB (0–255) of an OKLCH colour; None if it is outside the sRGB gamut."""
    h = math.radians(hue_degrees)
    a, b = chroma * math.cos(h), chroma * math.sin(h)
    l_ = (lightness + 0.3963377774 * a + 0.2158037573 * b) ** 3
    m_ = (lightness - 0.1055613458 * a - 0.0638541728 * b) ** 3
    s_ = (lightness - 0.0894841775 * a - 1.2914855480 * b) ** 3
    linear = (4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
              -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
              -0.0041960863 * l_ - 0.7034186147 * m_ + 1.7076147010 * s_)
    if any(c < -1e-4 or c > 1 + 1e-4 for c in linear):
        return None
    return tuple(round(255 * _encode(min(1.0, max(0.0, c)))) for c in linear)  # type: ignore[return-value]


def spread_colours(n: int) -> list[str]:
    """``n`` colours as far apart as a flat list allows: hues evenly round the OKLCH circle, interleaved so
    neighbours in the list differ most, at three lightness levels; chroma reduced only to stay in gamut."""
    out = []
    levels = (0.70, 0.56, 0.82)
    for i in range(n):
        hue = (i * 137.508) % 360  # the golden angle: every prefix of the list is spread round the circle
        lightness = levels[i % len(levels)]
        chroma = 0.15
        rgb = oklch_to_rgb(lightness, chroma, hue)
        while rgb is None and chroma > 0:
            chroma -= 0.01
            rgb = oklch_to_rgb(lightness, chroma, hue)
        out.append("#%02x%02x%02x" % (rgb or (128, 128, 128)))
    return out


class Tracks(tuple):
    """A schedule's track names in order, with the colours its feed gives some of them (schedule.xml/json:
    ``given``, track -> ``#rrggbb``)."""

    given: dict[str, str]

    def __new__(cls, names=(), given: dict[str, str] | None = None) -> Tracks:
        self = super().__new__(cls, names)
        self.given = {t: c for t, c in (given or {}).items() if t in self}
        return self

    def key(self) -> tuple:
        return (tuple(self), tuple(sorted(self.given.items())))


def track_colours(tracks: list[str] | Tracks) -> dict[str, str]:
    """Each track's colour (``#rrggbb``): the feed's own where it gives one, else the palette while it lasts,
    else an even spread, never repeating (a colour the feed gives is not used again for another track)."""
    given = getattr(tracks, "given", {})
    rest = [t for t in tracks if t not in given]
    colours = PALETTE if len(rest) + len(given) <= len(PALETTE) else spread_colours(len(rest) + len(given))
    taken = {c.lower() for c in given.values()}
    free = iter([c for c in colours if c.lower() not in taken] + colours)
    out = dict(given)
    for t in rest:
        out[t] = next(free)
    return {t: out[t] for t in tracks}


def hex_rgb(name: str) -> RGB:
    name = name.lstrip("#")
    return int(name[0:2], 16), int(name[2:4], 16), int(name[4:6], 16)


def luminance(rgb: RGB) -> float:
    """WCAG relative luminance."""
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: RGB, b: RGB) -> float:
    """WCAG contrast ratio, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def over(fill: RGB, alpha: int, base: RGB) -> RGB:
    """``fill`` at ``alpha`` (0–255) composited over ``base``."""
    return tuple(round(f * alpha / 255 + b * (255 - alpha) / 255) for f, b in zip(fill, base, strict=True))  # type: ignore[return-value]


DARK_TEXT, LIGHT_TEXT = (0, 0, 0), (255, 255, 255)  # (#111 would fall to 4.35:1 on mid tones)


@functools.lru_cache(maxsize=4096)  # a few fills per track and state: asked for every block drawn
def readable_text(background: RGB) -> RGB:
    """Near-black or white, whichever contrasts more with ``background`` (at least 4.5:1 for any colour)."""
    return DARK_TEXT if contrast(DARK_TEXT, background) >= contrast(LIGHT_TEXT, background) else LIGHT_TEXT
