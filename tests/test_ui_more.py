"""More window behaviour: dark palette, drag and drop, last feed, and settings shared with the CLI."""
from __future__ import annotations

import shutil

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QColor, QPalette

from agenda.core.settings import Settings

from .conftest import FEEDS, SEED
from .helpers import by_title, drop_and_open, open_window, run_cli, saved


def test_dark_palette_is_honoured(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir)
    dark = QPalette()
    for role, colour in ((QPalette.Base, "#1e1e1e"), (QPalette.Window, "#2b2b2b"), (QPalette.Text, "#eeeeee"),
                         (QPalette.Button, "#333333"), (QPalette.ButtonText, "#eeeeee"), (QPalette.AlternateBase, "#262626")):
        dark.setColor(role, QColor(colour))
    win.grid.setPalette(dark)
    img = win.grid.viewport().grab().toImage()
    # The Master Stage column before the 09:00 keynotes is empty: drawn in the dark base colour.
    g = win.grid
    bg = img.pixelColor(g.AXIS_W + 30, g.HEADER_H + 11)
    assert bg.lightness() < 50, bg.name()
    assert img.pixelColor(5, img.height() // 2).lightness() < 60  # time axis
    assert img.pixelColor(img.width() // 2, 3).lightness() < 70  # room header


def test_drop_an_ics_file_opens_it(qtbot, data_dir, tmp_path):
    ctl, win = open_window(qtbot, data_dir)
    target = tmp_path / "pretalx.ics"
    shutil.copy(FEEDS / "pyconau2023_pretalx.ics", target)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(target))])
    drop_and_open(qtbot, win, mime)  # asked whether to add it to the plan or open it: opened
    assert ctl.schedule.timezone == "Australia/Adelaide" and len(ctl.schedule.sessions) == 94


def test_window_reopens_the_last_feed(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir)
    assert win.open_path(str(FEEDS / "pyconau2023_pretalx.ics"))
    win.close()
    ctl2, win2 = open_window(qtbot, data_dir, feed=None)
    assert ctl2.source == str(FEEDS / "pyconau2023_pretalx.ics")
    assert "pretalx" in win2.windowTitle().lower() or len(ctl2.schedule.sessions) == 94


def test_room_change_set_in_window_is_used_by_cli(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir)
    zone = ctl.zone
    junior = next(s for s in ctl.schedule.sessions if s.room == "Junior Stage" and s.start.astimezone(zone).strftime("%d %H:%M") == "07 11:00")
    central = next(s for s in ctl.schedule.sessions if s.room == "Central Room" and s.start.astimezone(zone).strftime("%d %H:%M") == "07 11:15")
    ctl.toggle_star(junior.uid)
    ctl.toggle_star(central.uid)
    assert ctl.clashes == []
    ctl.set_room_change(10)
    assert [c.kind for c in ctl.clashes] == ["transfer"]
    assert "1 tight transfer" in win.clash_label.text()
    saved(qtbot, ctl)
    r = run_cli("clashes", str(SEED), "--json", "--data-dir", str(data_dir))
    assert [c["kind"] for c in r.json()] == ["transfer"]
    r = run_cli("clashes", str(SEED), "--json", "--room-change", "0", "--data-dir", str(data_dir))
    assert r.json() == []


def test_picks_survive_reordering_and_refresh_of_the_feed(qtbot, data_dir, tmp_path):
    import icalendar

    feed = tmp_path / "feed.ics"
    shutil.copy(SEED, feed)
    ctl, win = open_window(qtbot, data_dir, feed=feed)
    helion = by_title(ctl.schedule, "Helion 1.0: A High-Level DSL for Performance Portable Kernels")
    ctl.toggle_star(helion.uid)
    win.close()
    cal = icalendar.Calendar.from_ical(feed.read_bytes())
    cal.subcomponents.reverse()  # the organisers' export comes out in another order
    feed.write_bytes(cal.to_ical())
    ctl2, win2 = open_window(qtbot, data_dir, feed=feed)
    assert ctl2.state(helion.uid) == "star"
    assert Settings.load(ctl2.paths.settings).last_feed == str(feed)


def test_no_display_is_a_clear_one_line_error():
    from agenda.ui.app import display_problem

    assert "DISPLAY is not set" in display_problem({})
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None


def test_window_command_without_display_exits_2(data_dir):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    p = subprocess.run([sys.executable, "-m", "agenda", str(SEED), "--data-dir", str(data_dir)], capture_output=True,
                       text=True, env=env, timeout=120)
    assert p.returncode == 2
    assert p.stderr.strip().startswith("agenda: no display found") and len(p.stderr.strip().splitlines()) == 1
