"""States in dark greyscale and a visible focus (issue 34): a starred block differs from a plain one by its
whole edge, not only its star, on every track colour in the dark theme; every legend swatch stands out
from the dark window; the grid, the list and the text boxes show plainly which has the keyboard focus."""
from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPalette

from agenda.core.plan.picks import STAR
from agenda.ui.grid import block_paint, shape
from agenda.ui.grid.block_paint import PAD, Marks
from agenda.ui.grid.colours import PALETTE, contrast, track_colours
from agenda.ui.theme import dark_palette
from agenda.ui.window.finding import legend_swatch

from .helpers import TITLE_HELION, by_title, click_block, fusion_twin, grey_over, largest_difference, menu_action

W, H = 140, 60


def _edge_mean(img: QImage) -> float:
    """Mean grey level of a block's 3-pixel edge, away from the star box."""
    values = []
    for x in range(PAD + 6, PAD + W - 30):
        for y in range(PAD, PAD + 3):
            values.append(img.pixelColor(x, y).red())
            values.append(img.pixelColor(x, PAD + H - 1 - (y - PAD)).red())
    for y in range(PAD + 24, PAD + H - 6):
        for x in range(PAD, PAD + 3):
            values.append(img.pixelColor(x, y).red())
    return sum(values) / len(values)


def test_starred_blocks_differ_by_their_edge_in_dark_greyscale_on_every_track_colour(window):
    ctl, win = window
    pal = dark_palette()
    look = block_paint.make_look(win.grid.font(), pal)
    base = pal.color(QPalette.Base)
    s = by_title(ctl.schedule, TITLE_HELION)
    tracks = list(PALETTE)
    for colour in tracks:
        session = dataclasses.replace(s, track=colour)
        plain = grey_over(block_paint.render_block(session, W, H, Marks(None, False, False, False, False), look, True,
                                                    ctl.zone, tracks, 1.0), base)
        star = grey_over(block_paint.render_block(session, W, H, Marks(STAR, False, False, False, False), look, True,
                                                   ctl.zone, tracks, 1.0), base)
        assert _edge_mean(star) - _edge_mean(plain) > 60, colour  # a light ring: seen without the star


def test_every_legend_swatch_stands_out_from_the_dark_window(qtbot, window):
    ctl, win = window
    menu_action(win, "Dark").trigger()
    qtbot.waitUntil(lambda: win.palette().color(QPalette.Window).lightness() < 80)
    pal = win.palette()
    bg = pal.color(QPalette.Window)
    names = list(track_colours([f"t{i}" for i in range(40)]).values()) + list(PALETTE)
    for name in names:
        c = legend_swatch(block_paint.QColor(name), pal)
        assert contrast((c.red(), c.green(), c.blue()), (bg.red(), bg.green(), bg.blue())) >= 3.0, name
    # The legend the window shows uses them: the Keynote track's swatch is no longer its dark indigo.
    keynote = next(t for t in win.days.tracks if "KEYNOTE" in t.upper())
    dark_indigo = shape.track_colour(keynote, win.days.tracks).name()
    shown = legend_swatch(shape.track_colour(keynote, win.days.tracks), pal).name()
    assert shown in win.finding.legend.text() and (shown != dark_indigo or contrast(
        block_paint.QColor(dark_indigo).getRgb()[:3], bg.getRgb()[:3]) >= 3.0)
    # And the Tracks menu's swatches, made again for the new theme.
    for a in (a for a in win.finding.track_menu.actions() if a.data()):
        c = a.icon().pixmap(12, 12).toImage().pixelColor(6, 6)
        assert contrast((c.red(), c.green(), c.blue()), (bg.red(), bg.green(), bg.blue())) >= 3.0, a.text()
    menu_action(win, "System").trigger()


def _edge_pixels(widget) -> list:
    img = widget.grab().toImage()
    w, h = img.width(), img.height()
    return [img.pixelColor(x, 1).rgb() for x in range(4, w - 4, 7)] + [img.pixelColor(1, y).rgb() for y in range(4, h - 4, 7)]


def _highlight_share(widget) -> float:
    hl = widget.palette().color(QPalette.Highlight).rgb()
    edge = _edge_pixels(widget)
    return sum(1 for c in edge if c == hl) / len(edge)


def test_the_keyboard_focus_is_plain_to_see(qtbot, window):
    ctl, win = window
    g = win.grid
    win.finding.search.setFocus()
    qtbot.waitUntil(lambda: win.finding.search.hasFocus())
    assert _highlight_share(g.viewport()) < 0.1
    g.setFocus()
    qtbot.waitUntil(g.hasFocus)
    assert _highlight_share(g.viewport()) > 0.8  # a frame in the highlight colour all round
    click_block(qtbot, win, by_title(ctl.schedule, TITLE_HELION).uid)
    box = win.details.description
    unfocused = _edge_pixels(box)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    assert _edge_pixels(box) != unfocused and _highlight_share(box) > 0.8
    qtbot.keyClick(win, Qt.Key_L, Qt.ControlModifier | Qt.ShiftModifier)  # the list view, by its shortcut
    lv = win.view_options.list_view
    qtbot.waitUntil(lambda: lv is not None and lv.isVisible() and lv.hasFocus())
    assert _highlight_share(lv) > 0.8


def test_the_grids_focus_frame_comes_and_goes_on_screen_with_the_keyboard_focus(qtbot, window):
    """What the screen shows (the window's pixels as the platform has them, not a picture drawn afresh): the
    frame round the grid appears when the keyboard focus comes to it and goes when the focus leaves."""
    ctl, win = window
    vp = win.grid.viewport()

    def framed() -> float:  # the share of the view's top edge in the highlight colour, on screen
        img = win.screen().grabWindow(win.winId()).toImage()
        at = vp.mapTo(win, vp.rect().topLeft())
        hl = vp.palette().color(QPalette.Highlight).rgb()
        edge = [img.pixelColor(x, at.y() + 1).rgb() for x in range(at.x() + 4, at.x() + vp.width() - 4, 7)]
        return sum(1 for c in edge if c == hl) / len(edge)

    qtbot.waitUntil(lambda: not win.idle.busy)  # nothing else left to repaint the view
    for widget, shown in ((win.finding.search, False), (win.grid, True), (win.finding.search, False)):
        widget.setFocus()
        qtbot.waitUntil(lambda w=widget: w.hasFocus())
        qtbot.wait(50)
        assert (framed() > 0.8) == shown, widget


def test_scroll_bars_look_as_fusion_draws_them_in_every_theme(qtbot, data_dir):
    """The window draws the pieces of Fusion's scroll bars once and copies them (fusion_bars.FusionBars): what shows
    must be what Fusion itself draws, wherever the handle is, in the dark theme (dark grooves, not the light
    ones drawn before) and back."""
    from PySide6.QtWidgets import QApplication

    from agenda.ui.fusion_bars import FusionBars

    from .conftest import FOSDEM_ICS
    from .helpers import open_window

    ctl, win = open_window(qtbot, data_dir, feed=FOSDEM_ICS)
    win.resize(900, 600)
    g = win.grid
    bars = (g.verticalScrollBar(), g.horizontalScrollBar())
    qtbot.waitUntil(lambda: all(b.maximum() > 0 for b in bars))
    for theme in ("Dark", "Light", "System"):
        menu_action(win, theme).trigger()
        assert isinstance(QApplication.instance().style(), FusionBars)
        dark = theme == "Dark"
        qtbot.waitUntil(lambda d=dark: (bars[0].palette().color(QPalette.Window).lightness() < 100) == d)
        for bar in bars:
            for where in (0.0, 0.3, 1.0):  # the handle at either end (an arrow there may look disabled) and between
                bar.setValue(int(bar.maximum() * where))
                shown = bar.grab().toImage()
                assert largest_difference(shown, fusion_twin(win, bar)) <= 2, (theme, bar.orientation(), where)
            bar.setValue(int(bar.maximum() * 0.6))
        shown = bars[1].grab().toImage()
        groove = shown.pixelColor(shown.width() - 3, shown.height() // 2)  # the horizontal bar, right of its handle
        assert (groove.lightness() < 100) == dark, (theme, groove.name())


SCALED_BARS = r"""
import io, json, sys
from agenda.cli import Context
from agenda.core.settings import Settings
from agenda.core.storage import DataPaths
from agenda.ui.app import build_window, make_app
from tests.helpers import fusion_twin, largest_difference

app = make_app()
paths = DataPaths.under(sys.argv[2])
ctl, win = build_window(Context(paths, Settings.load(paths.settings), io.StringIO(), io.StringIO(), None), sys.argv[1])
win.resize(900, 600)
win.show()
bars = (win.grid.verticalScrollBar(), win.grid.horizontalScrollBar())
while ctl.busy or not win.ready or win.idle.busy or not all(b.maximum() > 0 for b in bars):
    app.processEvents()
seen = {"style": type(app.style()).__name__}  # the desktop's Fusion becomes FusionBars after the first frame
for n, bar in enumerate(bars):
    for where in (0.0, 0.3, 1.0):
        bar.setValue(int(bar.maximum() * where))
        shown = bar.grab().toImage()
        seen[f"{bar.orientation().name} at {where}"] = (shown.devicePixelRatio(), largest_difference(shown, fusion_twin(win, bar)))
print(json.dumps(seen))
"""


@pytest.mark.parametrize("scale", ["1.25", "1.5", "2"])
def test_scroll_bars_look_as_fusion_draws_them_at_every_scale(tmp_path, scale):
    """The same at the scales people use (QT_SCALE_FACTOR): at 1.25× and 1.5× a copied handle or arrow put its
    edges on other screen pixels than Fusion does where it is (by up to 45/255), so there Fusion draws them."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    from .conftest import FOSDEM_ICS

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale)
    out = subprocess.run([sys.executable, "-c", SCALED_BARS, str(FOSDEM_ICS), str(tmp_path / "data")], env=env,
                         capture_output=True, text=True, timeout=120, cwd=Path(__file__).parents[1])
    assert out.returncode == 0, out.stderr[-800:]
    seen = json.loads(out.stdout.splitlines()[-1])
    assert seen.pop("style") == "FusionBars"
    assert len(seen) == 6 and all(dpr == float(scale) for dpr, _ in seen.values())
    assert all(difference <= 2 for _, difference in seen.values()), seen
