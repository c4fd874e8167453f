"""A grid a person can read (issue 19): wrapped titles that never spill or get cut mid-letter, headers that
never overlap, zoom remembered per feed, long events as bands, states that survive greyscale, a dark theme
with visible lines, a legend for many tracks, compacted columns, search keys, the window inside the screen."""
from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage, QPalette

from agenda.core.feeds.feed import read_feed_bytes
from agenda.core.plan.layout import index_days, is_background, layout_day, opening_minute
from agenda.core.plan.picks import MAYBE, STAR
from agenda.core.settings import Settings
from agenda.core.storage import DataPaths
from agenda.ui.grid import block_paint, shape, zoom
from agenda.ui.grid.block_paint import PAD, Marks
from agenda.ui.grid.block_text import plan_block_text
from agenda.ui.grid.colours import PALETTE, contrast, over, track_colours
from agenda.ui.grid.header import visible_header_rects
from agenda.ui.grid.painter import line_colours

from .conftest import FEEDS, SEED
from .helpers import by_title, grey_over, largest_difference, menu_action, open_window, wheel

FOSDEM = FEEDS / "fosdem2026_pentabarf.ics"
NONE = Marks(None, False, False, False, False)


def _look(win):
    return block_paint.make_look(win.grid.font(), win.grid.palette())


def _alpha_outside(img: QImage, w: float, h: float, margin: int = 2) -> int:
    """Pixels drawn (alpha > 0) further than ``margin`` outside a block's rectangle in its picture."""
    x0, y0, x1, y1 = PAD - margin, PAD - margin, PAD + w + margin, PAD + h + margin
    n = 0
    for y in range(img.height()):
        for x in range(img.width()):
            if (x < x0 or x > x1 or y < y0 or y > y1) and img.pixelColor(x, y).alpha() > 0:
                n += 1
    return n


# ------------------------------------------------------------------------------------------- block text
def test_every_line_of_text_fits_whole_inside_its_block(window):
    """For every session of both days, at the grid's sizes and at tiny and narrow ones: each planned line
    is within the text area (never cut mid-letter) and no wider than its line; a picture of the block
    draws nothing outside it."""
    ctl, win = window
    look = _look(win)
    sizes = {(round(g[2]), round(g[3])) for g in win.grid.block_geoms.values()} | {(150, 10), (46, 60), (150, 34)}
    checked = 0
    for s in ctl.schedule.sessions[:60]:
        for w, h in sorted(x for x in sizes if x[0] >= 30)[:12]:  # (bands are planned on their side)
            inner_w, inner_h = w - 8, h - 4
            lines = plan_block_text(s.title, [s.speaker_text, "09:00–09:30"], inner_w, inner_h, 21, 21,
                                    look.bold, look.bold_fm, look.small, look.small_fm)
            for line in lines:
                assert line.y + line.fm.height() <= inner_h + 1, (s.title, w, h, line.text)
                assert line.fm.horizontalAdvance(line.text) <= line.width + 1, (s.title, w, h, line.text)
                checked += 1
    assert checked > 500
    for s in ctl.schedule.sessions[:25]:
        for w, h in ((150, 10), (60, 80), (21, 300)):
            pm = block_paint.render_block(s, w, h, NONE, look, False, ctl.zone, win.days.tracks, 1.0)
            assert _alpha_outside(pm.toImage(), w, h) == 0, (s.title, w, h)


def test_titles_wrap_then_elide_and_the_time_gives_way_first(window):
    ctl, win = window
    look = _look(win)
    helion = by_title(ctl.schedule, "Helion 1.0: A High-Level DSL for Performance Portable Kernels")
    args = (look.bold, look.bold_fm, look.small, look.small_fm)
    tall = plan_block_text(helion.title, [helion.speaker_text, "11:00–11:25"], 140, 200, 21, 21, *args)
    assert " ".join(line.text for line in tall[:-2]) == helion.title  # whole title over several lines
    assert len(tall) - 2 >= 2 and [line.text for line in tall[-2:]] == [helion.speaker_text, "11:00–11:25"]
    title_h = look.bold_fm.height()
    short = plan_block_text(helion.title, [helion.speaker_text, "11:00–11:25"], 140, 3 * title_h + 2, 21, 21, *args)
    assert all(line.font is not look.small for line in short)  # speaker and time gave way to the title
    assert short[-1].text.endswith("…") and len(short) == 3
    # In the window at the default zoom, the 25-minute Helion block shows more than one line of its title.
    g = win.grid.block_rect(helion.uid)
    lines = plan_block_text(helion.title, [helion.speaker_text], g.width() - 8, g.height() - 4, 21, 21, *args)
    assert sum(1 for line in lines if line.font is look.bold) >= 2



def test_a_compound_too_wide_for_its_line_breaks_after_a_hyphen_not_elided(window):
    """A block too narrow for "Data-Parallel-Aware" shows "Data-Parallel-" and then "Aware Scheduling" on the
    next line: all of the title, where it was "Data-Parallel-Aw…" (seen in a real window, a clash's bar
    narrowing the block). A word with no hyphen is elided as before."""
    ctl, win = window
    look = _look(win)
    talk = by_title(ctl.schedule, "Why WideEP Inference Needs Data-Parallel-Aware Scheduling")
    fm = look.bold_fm
    width = fm.horizontalAdvance("Data-Parallel-Aware") - 4  # the compound does not fit; its head does
    assert fm.horizontalAdvance("Data-Parallel-") <= width
    lines = plan_block_text(talk.title, [], width, 20 * fm.height(), 0, 0, look.bold, fm, look.small, look.small_fm)
    texts = [line.text for line in lines]
    assert "Data-Parallel-" in texts and texts[texts.index("Data-Parallel-") + 1].startswith("Aware")
    assert "".join("".join(texts).split()) == "".join(talk.title.split())  # the whole title, nothing elided
    assert all(fm.horizontalAdvance(t) <= width for t in texts)
    unbroken = plan_block_text("Disaggregated Tokenization", [], fm.horizontalAdvance("Disaggregated") - 4,
                               20 * fm.height(), 0, 0, look.bold, fm, look.small, look.small_fm)
    assert unbroken[0].text.endswith("…")  # no hyphen: elided, as before


def test_remembered_word_widths_give_the_same_lines_and_follow_a_font_change(window):
    """The grid keeps titles' word widths from paint to paint: the lines are those measured afresh, and a
    new font (a larger system font) brings new widths, so titles wrap for the font they are drawn in."""
    ctl, win = window
    g = win.grid
    look = g.look()
    args = (look.bold, look.bold_fm, look.small, look.small_fm)
    for s in ctl.schedule.sessions:
        for w, h in ((140, 200), (90, 60), (200, 40)):
            fresh = plan_block_text(s.title, [s.speaker_text or ""], w, h, 21, 21, *args)
            assert plan_block_text(s.title, [s.speaker_text or ""], w, h, 21, 21, *args, look.widths) == fresh
    assert look.widths and g.look() is look  # kept while the style holds
    bigger = g.font()
    bigger.setPointSizeF(bigger.pointSizeF() * 1.6)
    g.setFont(bigger)
    new = g.look()
    assert new is not look and not new.widths
    helion = by_title(ctl.schedule, "Helion 1.0: A High-Level DSL for Performance Portable Kernels")
    lines = plan_block_text(helion.title, [], 140, 400, 21, 21, new.bold, new.bold_fm, new.small, new.small_fm,
                            new.widths)
    assert all(new.bold_fm.horizontalAdvance(line.text) <= line.width for line in lines)
    assert len(lines) > len(plan_block_text(helion.title, [], 140, 400, 21, 21, *args))


def test_a_small_block_leaves_out_a_prefix_many_titles_share(window):
    """48 PyTorch titles start "Lightning Talk: "; in a 10-minute block that leaves room for a line, the
    talk's own words show instead (the tooltip and details keep the whole title). A title that fits stays
    whole, and a prefix only one session has ("TorchStore: ") is part of that title."""
    from agenda.ui.grid.block_text import common_prefixes, without_prefix

    ctl, win = window
    g = win.grid
    prefixes = common_prefixes(s.title for s in ctl.schedule.sessions)
    assert {"Lightning Talk", "Keynote", "Sponsored Keynote"} <= prefixes and "TorchStore" not in prefixes
    assert g.prefixes == prefixes
    assert without_prefix("Keynote: Keynote: Streaming", prefixes) == "Streaming"
    assert without_prefix("TorchStore: A Store", prefixes) is None
    look = g.look()
    lightning = [s for s in ctl.schedule.sessions if s.title.startswith("Lightning Talk: ")]
    short_blocks = 0
    for s in lightning:
        r = g.block_rect(s.uid) if s.uid in g.block_geoms else None
        if r is None or r.height() > 40:
            continue
        short_blocks += 1
        pm = block_paint.render_block(s, r.width(), r.height(), NONE, look, False, ctl.zone, win.days.tracks, 1.0,
                                      g.prefixes)
        whole = block_paint.render_block(s, r.width(), r.height(), NONE, look, False, ctl.zone, win.days.tracks, 1.0)
        assert pm.toImage() != whole.toImage()  # different text drawn
        rest = s.title.split(": ", 1)[1]
        lines = plan_block_text(rest, [], r.width() - 8, r.height() - 4, 21, 21, look.bold, look.bold_fm,
                                look.small, look.small_fm)
        assert lines and rest.startswith(lines[0].text.rstrip("…").rstrip())
    assert short_blocks >= 5
    assert lightning[0].title in g.accessible_name(lightning[0].uid)  # what a screen reader says: the whole title
    from agenda.ui.grid.painter import tooltip_text

    assert tooltip_text(lightning[0], ctl.zone).startswith(lightning[0].title + "\n")  # and the tooltip
    # Tall enough for the whole title: it is drawn whole, prefix and all.
    tall = block_paint.render_block(lightning[0], 160, 300, NONE, look, False, ctl.zone, win.days.tracks, 1.0, prefixes)
    assert tall.toImage() == block_paint.render_block(lightning[0], 160, 300, NONE, look, False, ctl.zone,
                                                      win.days.tracks, 1.0).toImage()


def test_room_headers_never_overlap_after_any_sideways_scroll(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir, feed=FOSDEM)
    g = win.grid
    hs = g.horizontalScrollBar()
    assert hs.maximum() > 1000
    fm = g.fontMetrics()
    for value in range(0, hs.maximum() + 1, 37):
        hs.setValue(value)
        xs = [x - value for x in g.col_x]
        rects = visible_header_rects(xs, g.col_w, g.viewport().width(), g.AXIS_W)
        for (_, left, width), (_, left2, _) in zip(rects, rects[1:], strict=False):
            assert left + width <= left2 + 0.01
        for i, left, width in rects:
            assert left >= g.AXIS_W and left + width <= g.viewport().width() + 0.01
            assert g.col_x[i] - value <= left
    # A truncated header has a tooltip with the full name.
    hs.setValue(0)
    col = max(range(len(g.day_layout.columns)), key=lambda i: fm.horizontalAdvance(g.day_layout.columns[i].label))
    pos = QPoint(int(g.col_x[col] - hs.value() + 10), 10)
    if pos.x() > g.viewport().width():
        hs.setValue(int(g.col_x[col] - g.AXIS_W))
        pos = QPoint(int(g.col_x[col] - hs.value() + 10), 10)
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(g.viewport(), QHelpEvent(QEvent.ToolTip, pos, g.viewport().mapToGlobal(pos)))  # as Qt does
    assert g.day_layout.columns[col].label.replace("&", "&amp;") in g.input.last_tooltip


def test_room_header_drawn_again_from_its_pictures_is_the_header_first_drawn(qtbot, data_dir):
    """Each room's label is drawn once and then copied (grid/header.RoomHeader): the header a star click, a key
    or a scroll step repaints is, pixel for pixel, the one first drawn; scrolled across it shows other rooms,
    and scrolled back the first ones again."""
    ctl, win = open_window(qtbot, data_dir, feed=FOSDEM)
    g = win.grid
    hs = g.horizontalScrollBar()

    def header():
        return g.viewport().grab(QRect(0, 0, g.viewport().width(), g.HEADER_H + 1)).toImage()

    hs.setValue(37)  # a half-scrolled room at the left, cut at its edge
    first = header()
    assert header() == first and header() == first  # drawn straight; its pictures made; copied from them
    hs.setValue(hs.maximum() // 2)
    assert header() != first
    hs.setValue(37)
    assert header() == first
    menu_action(win, "Dark").trigger()
    qtbot.waitUntil(lambda: g.palette().color(QPalette.Button).lightness() < 100)
    dark = header()
    assert header() == dark and dark.pixelColor(g.AXIS_W + 2, 2).lightness() < 100  # not the light pictures


# ------------------------------------------------------------------------------------------------- zoom
def _ctrl_wheel(grid, notches: int) -> None:
    wheel(grid.viewport(), notches, modifiers=Qt.ControlModifier)


def test_zoom_scales_time_and_width_and_is_remembered_per_feed(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir)
    g = win.grid
    helion = by_title(ctl.schedule, "Helion 1.0: A High-Level DSL for Performance Portable Kernels").uid
    h0, w0 = g.block_rect(helion).height(), g.scale.min_col_w()
    hours0 = g.y_for(13 * 60 + 30) - g.y_for(12 * 60 + 30)  # an hour of lunch: no short session stretches it
    _ctrl_wheel(g, 2)
    assert g.scale.zoom == pytest.approx(1.44)
    assert g.y_for(13 * 60 + 30) - g.y_for(12 * 60 + 30) == pytest.approx(hours0 * 1.44)
    assert g.block_rect(helion).height() > h0
    assert g.scale.min_col_w() > w0
    qtbot.keyClick(g, Qt.Key_Minus, Qt.ControlModifier)
    assert g.scale.zoom == pytest.approx(1.2)
    qtbot.waitUntil(lambda: json.loads(Path(DataPaths.under(data_dir).settings).read_text())
                    .get("views", {}).get(ctl.key, {}).get("zoom") == 1.2, timeout=3000)
    win.close()
    ctl2, win2 = open_window(qtbot, data_dir)
    assert win2.grid.scale.zoom == pytest.approx(1.2)
    qtbot.keyClick(win2.grid, Qt.Key_0, Qt.ControlModifier)
    assert win2.grid.scale.zoom == 1.0
    # Another feed keeps its own zoom.
    win2.open_path(str(FOSDEM))
    qtbot.waitUntil(lambda: len(ctl2.schedule.sessions) > 1000, timeout=20000)
    assert win2.grid.scale.zoom == 1.0


def test_fit_rooms_to_width(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir)
    g = win.grid
    assert g.content_size().width() > g.viewport().width()  # 8 rooms do not fit at 150 px
    win.view_options.fit_action.trigger()
    assert g.scale.fit and g.content_size().width() <= g.viewport().width() + 1
    assert min(g.col_w) >= zoom.FIT_MIN_COL_W
    win.view_options.fit_action.trigger()
    assert not g.scale.fit and g.content_size().width() > g.viewport().width()


# ----------------------------------------------------------------------------------------- background
def test_long_background_events_are_bands_unless_alone_in_their_room():
    schedule = read_feed_bytes(SEED.read_bytes(), "seed")
    expo = by_title(schedule, "Community Expo")
    registration = by_title(schedule, "Registration & Badge Pick-Up")
    coffee = by_title(schedule, "Coffee Break")
    assert is_background(expo) and is_background(registration) and not is_background(coffee)
    from zoneinfo import ZoneInfo

    zone = ZoneInfo("Europe/Paris")
    idx = index_days(schedule, zone)
    day = expo.start.astimezone(zone).date()
    lay = layout_day(schedule, day, zone, idx.by_day[day], idx.columns)
    blocks = {b.uid: b for b in lay.blocks}
    assert blocks[expo.uid].band  # beside the Open Platform sessions
    assert not blocks[registration.uid].band  # alone in the Lobby: an ordinary block
    posters = [b for b in lay.blocks if b.column == blocks[expo.uid].column and not b.band]
    assert max(b.lanes for b in posters) == lay.lanes_in_column(blocks[expo.uid].column)


# --------------------------------------------------------------------------------------------- states
def _mark_diff(a: QImage, b: QImage, tile: int = 12) -> float:
    """The mean grey-level difference of the most different ``tile``-pixel square: where a mark is."""
    best = 0.0
    for ty in range(0, a.height() - tile + 1, tile // 2):
        for tx in range(0, a.width() - tile + 1, tile // 2):
            total = sum(abs(a.pixelColor(x, y).red() - b.pixelColor(x, y).red())
                        for y in range(ty, ty + tile) for x in range(tx, tx + tile))
            best = max(best, total / (tile * tile))
    return best


def test_states_stay_distinct_in_greyscale_on_every_track_colour(window):
    ctl, win = window
    look = _look(win)
    s = by_title(ctl.schedule, "Helion 1.0: A High-Level DSL for Performance Portable Kernels")
    states = {
        "plain": NONE, "star": Marks(STAR, False, False, False, False), "maybe": Marks(MAYBE, False, False, False, False),
        "clash": Marks(None, False, True, False, False), "selected": Marks(None, True, False, False, False),
        "changed": Marks(None, False, False, False, True),
        "selected clashing maybe": Marks(MAYBE, True, True, False, False),
    }
    tracks = list(PALETTE)
    worst = 99.0
    for colour in tracks[:: 2]:
        session = dataclasses.replace(s, track=colour)
        pics = {k: grey_over(block_paint.render_block(session, 120, 44, m, look, False, ctl.zone, tracks, 1.0), look.base)
                for k, m in states.items()}
        names = list(pics)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                d = _mark_diff(pics[a], pics[b])
                worst = min(worst, d)
                assert d > 20, (colour, a, b, d)  # a 12-px patch differing by 20+ grey levels: plainly visible
        # The star keeps its outline on any fill: dark and light pixels inside the star box.
        star = pics["star"].copy(int(120 - 20 + PAD - 1), PAD + 1, 20, 20)
        values = [star.pixelColor(x, y).red() for y in range(star.height()) for x in range(star.width())]
        assert max(values) - min(values) > 120, colour
    assert worst > 20


def test_a_star_copied_from_its_picture_looks_as_one_drawn_straight(qapp):
    """A starred or a maybe star (drawn in every starred block's and row's picture) is drawn once for each size,
    halo and place within a screen pixel, then copied (block_paint.paint_star): the same pixels as drawing it
    there, at any scale and any fraction of a pixel. A painter at an opacity under 1 draws it straight."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QPainter, QPixmap

    def drawn(dpr, sr, state, text, opacity):
        pm = QPixmap(int(60 * dpr), int(40 * dpr))
        pm.setDevicePixelRatio(dpr)
        pm.fill(QColor(40, 120, 200))
        p = QPainter(pm)
        p.setRenderHint(QPainter.Antialiasing)
        p.translate(3.3, 1)
        p.setOpacity(opacity)
        block_paint.paint_star(p, sr, state, text)
        p.end()
        return pm.toImage()

    for dpr in (1.0, 1.5, 2.0):
        for state in (STAR, MAYBE):
            for text in (QColor("black"), QColor("white")):
                for sr in (QRectF(20.5, 3, 20, 20), QRectF(13.25, 7.7, 20, 20), QRectF(10, 10, 14.6, 14.6)):
                    copied = drawn(dpr, sr, state, text, 1.0)
                    assert copied == drawn(dpr, sr, state, text, 1.0)  # (the second time: from its picture)
                    straight = drawn(dpr, sr, state, text, 0.9999)
                    assert largest_difference(copied, straight) <= 2, (dpr, state, text.name(), sr)
                    assert largest_difference(copied, drawn(dpr, sr.translated(1, 0), state, text, 1.0)) > 100


def test_titles_contrast_at_least_4_5_on_every_fill_light_and_dark():
    from agenda.ui.theme import dark_palette

    for base in ((255, 255, 255), tuple(dark_palette().color(QPalette.Base).getRgb()[:3])):
        for name in PALETTE + list(track_colours([f"t{i}" for i in range(71)]).values()):
            for state in (None, STAR, MAYBE):
                colour = block_paint.QColor(name)
                colour.setAlpha(shape.fill_alpha(state))
                text = shape.text_colour_on(colour, block_paint.QColor(*base))
                fill = over((colour.red(), colour.green(), colour.blue()), colour.alpha(), base)
                assert contrast((text.red(), text.green(), text.blue()), fill) >= 4.5, (name, state, base)


def test_dark_theme_grid_lines_are_visible(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir)
    try:
        win.view_options.set_theme("dark")
        g = win.grid
        qtbot.waitUntil(lambda: g.palette().color(QPalette.Base).lightness() < 80)
        pal = g.palette()
        base = pal.color(QPalette.Base)
        _, strong = line_colours(pal)
        line = over((strong.red(), strong.green(), strong.blue()), strong.alpha(), base.getRgb()[:3])
        assert contrast(line, base.getRgb()[:3]) >= 1.6  # was 1.05 (rgb 54 on 50)
        # And in pixels: the row of an hour line differs from the base beside it.
        img = g.viewport().grab().toImage()
        y = int(g.y_for(g.day_layout.hour_marks[1][0]) - g.verticalScrollBar().value())
        x = g.AXIS_W + 4
        if 0 < y < img.height() - 3:
            assert abs(img.pixelColor(x, y).lightness() - img.pixelColor(x, y + 3).lightness()) >= 20
        assert json.loads(Path(DataPaths.under(data_dir).settings).read_text())["theme"] == "dark"
    finally:
        win.view_options.set_theme("system")
    qtbot.waitUntil(lambda: win.grid.palette().color(QPalette.Base).lightness() > 128)


def test_grid_lines_reach_the_views_right_edge_in_their_colours(qtbot, data_dir):
    """Scrolled far to the right in a day of many rooms, the quarter-hour and hour lines still run to the
    view's right edge, and room lines show, each in the text colour made faint over the base: 38 of 255 for
    quarters and rooms, 80 for hours (they are drawn only as far as the view reaches, in opaque colours)."""
    from .conftest import FOSDEM_ICS

    ctl, win = open_window(qtbot, data_dir, feed=FOSDEM_ICS)
    g = win.grid
    hbar, vbar = g.horizontalScrollBar(), g.verticalScrollBar()
    qtbot.waitUntil(lambda: hbar.maximum() > 1000)
    hbar.setValue(hbar.maximum() * 2 // 3)
    img = g.viewport().grab().toImage()
    dx, dy, vw, vh = hbar.value(), vbar.value(), img.width(), img.height()
    pal = g.palette()
    text, base = pal.color(QPalette.Text), pal.color(QPalette.Base)
    faint, strong = (over(text.getRgb()[:3], alpha, base.getRgb()[:3]) for alpha in (38, 80))

    def bare(x: int, y: int) -> bool:  # content point on no block (nor the ring around one)
        return not any(bx - PAD <= x <= bx + bw + PAD and by - PAD <= y <= by + bh + PAD
                       for bx, by, bw, bh in g.block_geoms.values())

    def near(colour, rgb) -> bool:
        return all(abs(a - b) <= 2 for a, b in zip(colour.getRgb()[:3], rgb, strict=True))

    first, last = g.day_layout.first_minute, g.day_layout.last_minute
    rows = {round(g.y_for(first + 15 * i)): i % 4 == 0 for i in range(int((last - first) // 15) + 1)}
    columns = {round(x) for x in g.col_x[1:] if dx + g.AXIS_W < round(x) < dx + vw - 1}
    checked_rows = checked_columns = 0
    for y, hour in rows.items():
        x = dx + vw - 3
        if g.HEADER_H + 2 < y - dy < vh - 2 and bare(x, y) and x not in columns:
            assert near(img.pixelColor(x - dx, y - dy), strong if hour else faint), (y, hour)
            assert near(img.pixelColor(x - dx, y - dy + 2), base.getRgb()[:3]) or not bare(x, y + 2)
            checked_rows += 1
    for x in columns:
        y = next((y for y in range(dy + g.HEADER_H + 4, dy + vh - 2) if bare(x, y) and y not in rows), None)
        if y is not None:
            assert near(img.pixelColor(x - dx, y - dy), faint), x
            checked_columns += 1
    assert checked_rows >= 3 and checked_columns >= 1, (checked_rows, checked_columns)


# ------------------------------------------------------------------------------- legend and filters
def test_legend_handles_many_tracks_and_filters_on_click(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir, feed=FOSDEM)
    assert len(win.days.tracks) > 60
    colours = track_colours(win.days.tracks)
    assert len(set(colours.values())) == len(win.days.tracks)  # none repeats
    text = win.finding.legend.text()
    assert "more…" in text
    assert len(win.finding.track_menu.actions()) == len(win.days.tracks)  # every track, with its colour, one click away
    first = win.days.tracks[0]
    win.finding.legend_link("track:0")
    assert win.finding.track_filter == {first}
    assert all(ctl.schedule.get(u).track == first for u in win.grid.match)
    win.finding.legend_link("track:0")
    assert win.finding.track_filter == set() and win.grid.match is None


def test_hide_others_and_starred_only_compact_the_columns_left(qtbot, window):
    ctl, win = window
    g = win.grid
    rooms_before, width_before = len(g.day_layout.columns), max(g.col_w)
    qtbot.keyClicks(win.finding.search, "keynote")
    assert len(g.day_layout.columns) == rooms_before  # dimmed, not hidden: all rooms stay
    win.finding.hide_unmatched.setChecked(True)
    assert len(g.day_layout.columns) < rooms_before
    assert all(b.uid in g.match for b in g.day_layout.blocks)
    assert max(g.col_w) > width_before
    win.finding.hide_unmatched.setChecked(False)
    win.finding.search.clear()
    assert len(g.day_layout.columns) == rooms_before
    ctl.toggle_star(by_title(ctl.schedule, "Keynote: PyTorch Updates").uid)
    win.finding.starred_only.setChecked(True)
    assert [c.label for c in g.day_layout.columns] == ["Master Stage"]
    win.finding.starred_only.setChecked(False)
    assert len(g.day_layout.columns) == rooms_before


def test_search_enter_f3_walk_matches_across_days_and_esc_clears(qtbot, window):
    ctl, win = window
    qtbot.keyClicks(win.finding.search, "keynote")
    n = len(win.grid.match)
    assert win.finding.search_count.text() == f"{n} matches"
    qtbot.keyClick(win.finding.search, Qt.Key_Return)
    hits = [u for u in win.finding.search_ordered() if u in win.grid.match]
    assert win.grid.selected == hits[0] and win.finding.search_count.text() == f"1 of {n}"
    days = set()
    for i in range(1, n):
        qtbot.keyClick(win, Qt.Key_F3)
        assert win.grid.selected == hits[i]
        days.add(win.days.current_day())
    assert len(days) == 2  # walked into the second day
    qtbot.keyClick(win, Qt.Key_F3)
    assert win.grid.selected == hits[0]  # wraps round
    qtbot.keyClick(win, Qt.Key_F3, Qt.ShiftModifier)
    assert win.grid.selected == hits[-1] and win.finding.search_count.text() == f"{n} of {n}"
    win.finding.search.setFocus()
    qtbot.keyClick(win.finding.search, Qt.Key_Escape)
    assert win.finding.search.text() == "" and win.grid.match is None and win.finding.search_count.text() == ""


def test_side_panel_toggles_and_is_remembered(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir)
    assert win.side.isVisible() and win.panel_btn.isChecked()
    width = win.grid.width()
    qtbot.keyClick(win, Qt.Key_F9)
    assert not win.side.isVisible() and not win.panel_btn.isChecked() and not win.view_options.panel_action.isChecked()
    qtbot.waitUntil(lambda: win.grid.width() > width)
    win.close()
    ctl2, win2 = open_window(qtbot, data_dir)
    assert not win2.side.isVisible()
    win2.panel_btn.click()
    assert win2.side.isVisible() and win2.view_options.panel_action.isChecked()


def test_each_day_opens_at_its_first_talk_with_that_hour_labelled_whole_below_the_header(qtbot, window):
    ctl, win = window
    g = win.grid
    sessions = {s.uid: s for s in ctl.schedule.sessions}
    for index in range(len(win.days.dates)):
        win.days.set_day(index)
        top = g.verticalScrollBar().value()
        first = opening_minute(g.day_layout, sessions)
        labelled = [m for m, _ in g.day_layout.hour_marks if g.y_for(m) - top - 9 + 3 >= g.HEADER_H]
        assert labelled and labelled[0] <= first  # the hour the day starts in is labelled, whole
        assert g.y_for(first) - top < g.HEADER_H + 200  # the first talk near the top
    # Day 1: registration and the expo open at 07:30, the keynotes at 09:00: the day opens on the keynotes,
    # not on an hour and a half of empty grid beside two background events.
    win.days.set_day(0)
    keynote = min((s for s in ctl.schedule.sessions if s.title.startswith("Keynote")), key=lambda s: s.start)
    expo = by_title(ctl.schedule, "Community Expo")
    top = g.verticalScrollBar().value()
    assert g.viewport_rect(keynote.uid).top() >= g.HEADER_H  # whole, below the header
    assert g.viewport_rect(keynote.uid).top() < g.HEADER_H + 60
    assert g.viewport_rect(expo.uid).top() < g.HEADER_H  # its start is above: the band runs on down the view
    assert top > 0


# ------------------------------------------------------------------------------------- window on screen
PLACE = r"""
import io, json, sys
from agenda.cli import Context
from agenda.core.settings import Settings
from agenda.core.storage import DataPaths
from agenda.ui.app import build_window, make_app
app = make_app()
paths = DataPaths.under(sys.argv[1])
settings = Settings.load(paths.settings)
ctx = Context(paths, settings, io.StringIO(), io.StringIO(), None)
ctl, win = build_window(ctx, sys.argv[2])
win.view_options.show_placed()
for _ in range(20):
    app.processEvents()
avail = win.screen().availableGeometry()
bar = win.statusBar()
top_left = bar.mapToGlobal(bar.rect().topLeft())
print(json.dumps({"avail": [avail.x(), avail.y(), avail.width(), avail.height()],
                  "frame": [win.frameGeometry().x(), win.frameGeometry().y(), win.frameGeometry().width(),
                            win.frameGeometry().height()],
                  "bar": [top_left.x(), top_left.y(), bar.width(), bar.height()], "visible": bar.isVisible(),
                  "size": [win.width(), win.height()]}))
win.close()
"""


def _inside(rect, area) -> bool:
    return (rect[0] >= area[0] and rect[1] >= area[1] and rect[0] + rect[2] <= area[0] + area[2]
            and rect[1] + rect[3] <= area[1] + area[3])


@pytest.mark.parametrize("saved", [None, [2400, 1400], [1100, 640]])
def test_window_and_status_bar_are_inside_a_1366x768_screen(tmp_path, saved):
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    data = tmp_path / "data"
    data.mkdir()
    if saved:
        s = Settings()
        s.window_size = saved
        s.save(DataPaths.under(data).settings)
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}"}
    p = subprocess.run([sys.executable, "-c", PLACE, str(data), str(SEED)], capture_output=True, text=True,
                       env=env, timeout=60)
    assert p.returncode == 0, p.stderr
    got = json.loads(p.stdout.strip().splitlines()[-1])
    assert got["avail"] == [0, 0, 1366, 768]
    assert _inside(got["frame"], got["avail"]), got
    assert got["visible"] and _inside(got["bar"], got["avail"]), got
    if saved == [1100, 640]:
        assert got["size"] == [1100, 640]  # the user's size, as they left it
