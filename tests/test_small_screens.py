"""Every screen (issue 34): on a narrow window the side panel closes itself until a session is selected; on
a wide one it never takes more than its share; the days stay reachable from a menu when their tabs do not
fit; a short window (1366×768 at 2×: 384 pixels) scrolls the details instead of squeezing them; "Fit rooms
to width" says how many rooms it fitted."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from agenda.ui.window.view_options import SIDE_MAX_W

from .conftest import CAMP, FOSDEM_ICS, FOSDEM_XML
from .helpers import TITLE_HELION, by_title, click_block, menu_action, open_window


def _resize(qtbot, win, w, h):
    win.resize(w, h)
    qtbot.waitUntil(lambda: win.width() == w and win.height() == h)
    qtbot.wait(20)


def test_on_a_narrow_window_the_side_panel_opens_for_a_selected_session_only(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir)
    assert win.side.isVisible()  # 1366 across: beside the grid
    _resize(qtbot, win, 1024, 600)
    assert not win.side.isVisible() and win.panel_btn.isChecked()  # closed by itself, still on
    grid_width = win.grid.width()
    helion = by_title(ctl.schedule, TITLE_HELION)
    click_block(qtbot, win, helion.uid)
    qtbot.waitUntil(lambda: win.side.isVisible() and win.grid.width() < grid_width)
    assert win.details.title.text() == TITLE_HELION
    win.days.set_day(1)  # another day: nothing selected, the grid has the width again
    qtbot.waitUntil(lambda: not win.side.isVisible())
    qtbot.keyClick(win, Qt.Key_F9)  # F9 twice: off, then on by hand, which shows it even here
    qtbot.keyClick(win, Qt.Key_F9)
    assert win.side.isVisible()
    _resize(qtbot, win, 1920, 1080)
    assert win.side.isVisible() and win.side.width() <= SIDE_MAX_W
    assert win.grid.width() > 1920 - SIDE_MAX_W - 80  # the rest is the grid's


def test_a_short_window_scrolls_the_details_instead_of_squeezing_them(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir)
    helion = by_title(ctl.schedule, TITLE_HELION)
    click_block(qtbot, win, helion.uid)
    _resize(qtbot, win, 1100, 384)
    d = win.details
    assert win.side.isVisible() and win.height() == 384
    # Every line keeps its own height: none drawn over the next.
    labels = [d.title, d.speakers, d.when, d.where, d.track, d.state]
    tops = [w.mapTo(d, w.rect().topLeft()).y() for w in labels if w.isVisible()]
    assert tops == sorted(tops) and all(b - a >= d.title.fontMetrics().height() for a, b in zip(tops, tops[1:], strict=False))
    assert d.title.height() >= d.title.minimumSizeHint().height()
    assert win.statusBar().geometry().bottom() <= win.height()


def test_days_are_reachable_from_a_menu_when_their_tabs_do_not_fit(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir, feed=CAMP)
    qtbot.waitUntil(lambda: ctl.schedule is not None and len(win.days.dates) >= 5)
    assert not win.days.menu_btn.isVisible()  # 1366 across: every tab shows
    _resize(qtbot, win, 683, 384)
    qtbot.waitUntil(lambda: win.days.menu_btn.isVisible())
    actions = win.days.menu_btn.menu().actions()
    assert len(actions) == len(win.days.dates)
    actions[-1].trigger()
    assert win.days.current_day() == win.days.dates[-1] and actions[-1].isChecked()
    _resize(qtbot, win, 1366, 768)
    qtbot.waitUntil(lambda: not win.days.menu_btn.isVisible())


def test_fit_rooms_to_width_says_how_many_rooms_it_fitted(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir)
    menu_action(win, "Fit rooms to width").trigger()
    assert win.statusBar().currentMessage().endswith(f"all {len(win.grid.col_x)} rooms fitted to the width")
    win.open_path(str(FOSDEM_XML))
    qtbot.waitUntil(lambda: ctl.schedule is not None and len(ctl.schedule.sessions) > 1000, timeout=20000)
    menu_action(win, "Fit rooms to width").trigger()  # (each feed keeps its own: off for FOSDEM)
    if not win.grid.scale.fit:
        menu_action(win, "Fit rooms to width").trigger()
    g = win.grid
    shown = sum(1 for x, w in zip(g.col_x, g.col_w, strict=True) if x + w <= g.viewport().width() + 1)
    assert 0 < shown < len(g.col_x)
    assert f"{shown} of {len(g.col_x)} rooms fit" in win.statusBar().currentMessage()


def _dark_pixels(img, x0, y0, x1, y1) -> int:
    return sum(1 for x in range(int(x0), int(x1)) for y in range(int(y0), int(y1))
               if img.pixelColor(x, y).lightness() < 90)


def test_a_long_blocks_title_stays_in_view_while_any_of_it_is(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir)
    g = win.grid
    lunch = by_title(ctl.schedule, "Attendee Lunch")
    r = g.block_rect(lunch.uid)
    g.verticalScrollBar().setValue(int(r.top() - g.HEADER_H + 60))  # its top 60 px under the header
    g.horizontalScrollBar().setValue(0)
    v = g.viewport_rect(lunch.uid)
    assert v.top() < g.HEADER_H < v.bottom() - 100
    img = g.viewport().grab().toImage()
    line = g.look().bold_fm.height()
    head = _dark_pixels(img, v.left() + 4, g.HEADER_H + 2, v.right() - 30, g.HEADER_H + line)
    middle = _dark_pixels(img, v.left() + 4, g.HEADER_H + 3 * line, v.right() - 30, g.HEADER_H + 4 * line)
    assert head > 30 and middle == 0  # the title, drawn again where the block starts showing


def test_a_long_blocks_title_of_two_lines_stays_whole_at_the_top(qtbot, data_dir):
    """The Lobby's all-day "Registration & Badge Pick-Up" starts before the day opens (at its first talk):
    at the top of the view it shows both lines of its title, not only the first."""
    ctl, win = open_window(qtbot, data_dir)
    g = win.grid
    desk = next(s for s in ctl.schedule.sessions if s.title == "Registration & Badge Pick-Up"
                and s.start.astimezone(ctl.zone).date() == win.days.dates[0])
    g.ensure_visible(desk.uid)
    g.verticalScrollBar().setValue(int(g.block_rect(desk.uid).top() - g.HEADER_H + 120))  # its top scrolled away
    v = g.viewport_rect(desk.uid)
    assert v.top() < g.HEADER_H and v.left() >= g.AXIS_W
    img = g.viewport().grab().toImage()
    line = g.look().bold_fm.height()
    first = _dark_pixels(img, v.left() + 4, g.HEADER_H + 2, v.right() - 30, g.HEADER_H + line)
    second = _dark_pixels(img, v.left() + 4, g.HEADER_H + line + 2, v.right() - 30, g.HEADER_H + 2 * line)
    assert first > 30 and second > 30  # "Registration &", then "Badge Pick-Up" under it


def test_screenshot_at_2x_in_greyscale(tmp_path, data_dir):
    """`agenda --screenshot --greyscale` (how README's greyscale pictures are made), at 1366×768 with 2× scale:
    683×384 logical pixels make a 1366×768 picture with no colour in it."""
    import os
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    from .conftest import SEED

    shot = tmp_path / "grey.png"
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen")
    p = subprocess.run([sys.executable, "-m", "agenda", "--data-dir", str(data_dir), "--screenshot", str(shot),
                        "--size", "683x384", "--greyscale", str(SEED)], capture_output=True, text=True, env=env,
                       timeout=120)
    assert p.returncode == 0, p.stderr
    img = QImage(str(shot))
    assert (img.width(), img.height()) == (1366, 768)
    colours = {img.pixelColor(x, y).getRgb()[:3] for x in range(0, img.width(), 5) for y in range(0, img.height(), 5)}
    assert all(r == g == b for r, g, b in colours) and len(colours) > 20


def test_a_bands_title_stays_in_view_too(qtbot, data_dir):
    """The all-day Community Expo band (07:30-18:35) when the day opens at 09:00: its star and its title,
    on their side, are drawn again at the top of the view."""
    from agenda.ui.grid import block_paint

    ctl, win = open_window(qtbot, data_dir)
    g = win.grid
    expo = by_title(ctl.schedule, "Community Expo")
    g.horizontalScrollBar().setValue(0)
    v = g.viewport_rect(expo.uid)
    assert v.top() < g.HEADER_H and v.width() < 30  # a band, its top scrolled away
    length = block_paint.label_length(expo, tuple(g.block_geoms[expo.uid]), g.look(), g.zone, g.prefixes)
    img = g.viewport().grab().toImage()
    title = _dark_pixels(img, v.left() + 2, g.HEADER_H + 24, v.right() - 2, g.HEADER_H + length - 6)
    below = _dark_pixels(img, v.left() + 3, g.HEADER_H + length + 6, v.right() - 3, g.HEADER_H + length + 40)
    assert title > 40 and below == 0


def test_a_bands_title_at_the_top_leaves_no_cut_copy_under_it(qtbot, data_dir):
    """A long band repeats its title down its length. Scrolled so that a copy starts halfway down the title
    drawn at the top of the view, that copy's cut end ("ommunity Expo") must not show under it."""
    from agenda.ui.grid.block_paint import BAND_REPEAT, label_length

    ctl, win = open_window(qtbot, data_dir)
    g = win.grid
    expo = next(s for s in ctl.schedule.sessions if s.title == "Community Expo"
                and s.start.astimezone(ctl.zone).date() == win.days.dates[0])
    r = g.block_rect(expo.uid)
    length = label_length(expo, g.block_geoms[expo.uid], g.look(), ctl.zone)
    g.ensure_visible(expo.uid)
    g.verticalScrollBar().setValue(int(r.top() + BAND_REPEAT - length / 2 - g.HEADER_H))
    v = g.viewport_rect(expo.uid)
    assert v.top() < g.HEADER_H and v.bottom() > g.HEADER_H + 2 * length and v.width() < 40  # a band, scrolled
    img = g.viewport().grab().toImage()
    title = _dark_pixels(img, v.left() + 2, g.HEADER_H, v.right() - 2, g.HEADER_H + length)
    under = _dark_pixels(img, v.left() + 2, g.HEADER_H + length + 2, v.right() - 2, g.HEADER_H + 1.5 * length - 3)
    assert title > 30 and under == 0


def test_a_long_title_in_the_details_shows_whole_on_a_small_screen(qtbot, data_dir):
    """At 1024×600 the details of a session with a four-line title: every line shows (the panel scrolls if the
    lines need more room than it has), none is cut through the middle."""
    ctl, win = open_window(qtbot, data_dir)
    _resize(qtbot, win, 1024, 560)
    talk = next(s for s in ctl.schedule.sessions if s.title.startswith("Lightning Talk: Why Your Forecasting"))
    click_block(qtbot, win, talk.uid)
    title = win.details.title
    qtbot.waitUntil(lambda: win.side.isVisible() and title.text() == talk.title)
    qtbot.wait(50)  # the panel's own fitting, after the text changed
    assert title.height() >= title.heightForWidth(title.width()) > 3 * title.fontMetrics().lineSpacing()



def test_the_details_fit_the_side_panel_of_a_window_at_2x(qtbot, data_dir):
    """1366×768 at 2× (683×384): the details' lines wrap to the side panel's width, every one within it. The
    panel scrolls down there, and its Star, Maybe and Open link buttons side by side were wider than the
    panel: the lines were laid out at the buttons' width and cut at the panel's edge ("Keynote: PyTorch
    Upd", seen in a real window)."""
    from PySide6.QtWidgets import QPushButton

    ctl, win = open_window(qtbot, data_dir)
    _resize(qtbot, win, 683, 384)
    talk = by_title(ctl.schedule, "Keynote: PyTorch Updates")
    click_block(qtbot, win, talk.uid)
    details = win.details
    qtbot.waitUntil(lambda: win.side.isVisible() and details.title.text() == talk.title)
    qtbot.wait(50)  # the panel's own fitting, after the text changed
    seen = details.scroll.viewport() if details.scroll is not None else details
    assert details.scroll is not None  # (the case at hand: too short for the lines)
    for w in [details.title, details.speakers, details.when, details.where, details.track, details.link,
              *details.findChildren(QPushButton)]:
        if w.isVisible():
            right = w.mapTo(seen, w.rect().topRight()).x()
            assert right <= seen.width(), (w.text() if hasattr(w, "text") else w)
    title = details.title
    assert title.height() >= title.heightForWidth(title.width())  # all of its lines
    # The session's address, too long for the panel, is shortened in its middle; hovering shows it whole.
    assert talk.url and details.link.toolTip() == talk.url and "…" in details.link.text()


def test_print_preview_fits_the_screen(qtbot, data_dir):
    """File → Print preview… opens a window no larger than the screen (it was 900×700 on a 1024×600 one)."""
    from PySide6.QtWidgets import QApplication

    ctl, win = open_window(qtbot, data_dir)
    ctl.toggle_star(by_title(ctl.schedule, TITLE_HELION).uid)
    menu_action(win, "Print preview…").trigger()
    qtbot.waitUntil(lambda: any(type(w).__name__ == "QPrintPreviewDialog" and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    dlg = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "QPrintPreviewDialog")
    avail = win.screen().availableGeometry()
    assert 0 < dlg.width() <= avail.width() and 0 < dlg.height() <= avail.height()
    dlg.close()


def test_the_clashes_panel_fits_a_small_screens_side_panel(qtbot, data_dir):
    """At 1024×600 the side panel is about 300 px wide: each "Keep this one" button shows whole, and the
    panel needs no sideways scrolling (its choice of what happens to the others sat beside its label, wider
    than the panel, and pushed the buttons past its edge)."""
    ctl, win = open_window(qtbot, data_dir)
    _resize(qtbot, win, 1024, 600)
    for title in ("Lightning Talk: Why Your Forecasting", "Lights, Camera, Inference!"):
        ctl.toggle_star(next(s for s in ctl.schedule.sessions if s.title.startswith(title)).uid)
    qtbot.waitUntil(lambda: bool(ctl.clashes))
    qtbot.keyClick(win, Qt.Key_F9)  # F9 twice: off, then on by hand (a narrow window hides it until a session
    qtbot.keyClick(win, Qt.Key_F9)  # is picked)
    qtbot.waitUntil(lambda: win.side.isVisible())
    win.side.setCurrentWidget(win.clash_panel)
    panel = win.clash_panel
    qtbot.waitUntil(lambda: len(panel.keep_buttons) >= 2 and panel.keep_buttons[0].isVisible())
    qtbot.wait(50)
    assert panel.width() < 400
    assert not panel.horizontalScrollBar().isVisible()
    for button in panel.keep_buttons:
        right = button.mapTo(panel.viewport(), button.rect().topRight()).x()
        assert right < panel.viewport().width(), button.text()



SHORT_SCREEN = """
import json, sys
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QPushButton
from agenda.ui import app as ui

real = ui.make_app


def make_app(*args):
    app = real(*args)

    def run():  # instead of the event loop: open the menu action (argv[4]) as a person does, then report
        win = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")
        while not win.ready:
            app.processEvents()
        actions = [a for m in win.menuBar().actions() for a in m.menu().actions()]
        next(a for a in actions if a.text().replace("&", "") == sys.argv[4]).trigger()
        for _ in range(20):
            app.processEvents()
        dlg = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == sys.argv[5] and w.isVisible())
        avail, frame = dlg.screen().availableGeometry(), dlg.frameGeometry()
        bottoms = {b.text().replace("&", ""): b.mapToGlobal(QPoint(0, b.height())).y()
                   for b in dlg.findChildren(QPushButton) if b.isVisible()}
        dlg.grab().save(sys.argv[3])
        print(json.dumps({"screen": [avail.width(), avail.height()], "frame": [frame.width(), frame.height()],
                          "bottom": avail.bottom(), "buttons": bottoms, "url": getattr(getattr(dlg, "url", None), "text", str)()}))
        return 0

    app.exec = run
    return app


ui.make_app = make_app
from agenda.cli import main
sys.exit(main([sys.argv[1], "--data-dir", sys.argv[2]]))
"""


def _on_a_short_screen(tmp_path, scale: str, action: str, dialog: str) -> dict:
    """Open ``action`` from the menus in a window on a 1366×768 screen at ``scale`` (offscreen), and say where
    its ``dialog`` went (a picture of it in tmp_path/dialog.png)."""
    import json
    import os
    import subprocess
    import sys

    from .conftest import SEED

    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=scale,
               AGENDA_SHARE_ADDRESS="127.0.0.1")
    out = subprocess.run([sys.executable, "-c", SHORT_SCREEN, str(SEED), str(tmp_path / "data"),
                          str(tmp_path / "dialog.png"), action, dialog],
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-800:]
    seen = json.loads(out.stdout.splitlines()[-1])
    assert seen["screen"][1] < 520  # the short screen, in logical pixels
    assert seen["frame"][0] <= seen["screen"][0] and seen["frame"][1] <= seen["screen"][1]
    for text, bottom in seen["buttons"].items():
        assert bottom <= seen["bottom"] + 1, text
    return seen


@pytest.mark.parametrize("scale", ["1.5", "2"])
def test_send_to_phone_fits_a_short_screen(tmp_path, scale):
    """File → Send to phone… on a 1366×768 screen at 1.5× (512 pixels high) and 2× (384) fits it: the buttons
    at the bottom are on the screen and the whole code shows (a phone reads the link from it); the
    explanations scroll. At 1.5× it ran past the screen's bottom edge, Close and Stop sharing out of reach."""
    zxingcpp = pytest.importorskip("zxingcpp")
    from PySide6.QtGui import QImage

    seen = _on_a_short_screen(tmp_path, scale, "Send to phone…", "ShareDialog")
    assert {"Close", "Stop sharing"} <= set(seen["buttons"])
    found = zxingcpp.read_barcodes(QImage(str(tmp_path / "dialog.png")))
    assert [f.text for f in found] == [seen["url"]]


def test_keyboard_shortcuts_fit_a_short_screen(tmp_path):
    """Help → Keyboard shortcuts on a 1366×768 screen at 1.5×: its Close button is on the screen (the list
    scrolls). It was 520 pixels high there, its Close button under the screen's bottom edge."""
    seen = _on_a_short_screen(tmp_path, "1.5", "Keyboard shortcuts", "ShortcutsDialog")
    assert "Close" in seen["buttons"]


def _legend_lines(legend) -> list[str]:
    """The legend's lines, as the label lays out its text at its width."""
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setDefaultFont(legend.font())
    doc.setDocumentMargin(0)
    doc.setHtml(legend.text())
    doc.setTextWidth(legend.contentsRect().width())
    doc.size()  # (laid out now)
    block = doc.begin()
    layout, text = block.layout(), block.text()
    starts = [layout.lineAt(i).textStart() for i in range(layout.lineCount())]
    return [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)], strict=True)]


def test_a_plan_of_two_conferences_keeps_the_legend_to_two_lines(qtbot, data_dir):
    """At 1024×600 with FOSDEM added to the seed (95 tracks, and a long line saying FOSDEM's zone): the
    legend still takes two lines, and the row above the grid is no taller than with one conference. The
    zone's long line squeezed the legend into a narrow column of five lines, taking the grid's room (seen
    in a real window)."""
    from .helpers import answer_dialog, choose_file

    ctl, win = open_window(qtbot, data_dir)
    _resize(qtbot, win, 1024, 600)
    qtbot.wait(50)
    grid_top = win.grid.mapTo(win, win.grid.rect().topLeft()).y()
    answer_dialog(qtbot, choose_file(FOSDEM_ICS))
    menu_action(win, "Add a conference…").trigger()
    qtbot.waitUntil(lambda: ctl.plan is not None and len(ctl.plan.feeds) == 2, timeout=20000)
    qtbot.wait(100)  # the legend is refilled once laid out
    lines = _legend_lines(win.finding.legend)
    assert 1 <= len(lines) <= 2, lines
    assert "more" in lines[-1]  # the rest of the 95 tracks: in the Tracks menu
    assert win.zone_label.text().count("Europe/Brussels") == 1  # the zone line still says it
    assert win.grid.mapTo(win, win.grid.rect().topLeft()).y() <= grid_top


def test_each_legend_item_stays_on_one_line(qtbot, data_dir):
    """At 1024×600 the legend's two lines hold whole items: "Breaks/Exhibits/Special Events" was broken after
    a slash, "Special Events" alone at the start of the second line, like a track without a colour (seen
    in a real window)."""
    ctl, win = open_window(qtbot, data_dir)
    for width in (1024, 1100, 1366):
        _resize(qtbot, win, width, 600)
        qtbot.wait(50)  # the legend is refilled once laid out
        lines = _legend_lines(win.finding.legend)
        assert lines
        for line in lines[1:]:  # each line after the first starts with an item's swatch, or "+N more…"
            assert line.startswith("■") or line.startswith("+"), (width, lines)
