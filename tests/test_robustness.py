"""Nothing lost: saves survive SIGKILL at random moments; unreadable state is kept aside; feed text is
never interpreted as HTML; only http, https and mailto links are opened."""
from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from agenda.core.feeds.feed import read_feed
from agenda.core.feeds.source import feed_key
from agenda.core.output.export import load_state
from agenda.core.plan.picks import PicksStore
from agenda.core.storage import DataPaths

from .conftest import SEED
from .helpers import run_cli

ROOT = Path(__file__).resolve().parent.parent
KILLS_QUICK = 60


def _kill_loop(tmp_path: Path, kills: int) -> dict:
    """Kill a writer right after it reports round N saved (N drawn per kill), then check that what is on disk
    is round N or later, whole and consistent: nothing reported saved is lost, nothing is half written."""
    data = tmp_path / "data"
    paths = DataPaths.under(data)
    key = feed_key(str(SEED))
    rng = random.Random(1234)
    seen = {"picks_states": set(), "rounds": set()}
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for _ in range(kills):
        child = subprocess.Popen([sys.executable, str(Path(__file__).with_name("kill_writer.py")), str(data), str(SEED)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        assert child.stdout.readline().strip() == b"ready", child.stderr.read()
        target, reported = rng.randint(1, 45), 0
        while reported < target:
            line = child.stdout.readline()
            assert line.startswith(b"saved "), (line, child.stderr.read())
            reported = int(line.split()[1])
        child.send_signal(signal.SIGKILL)  # somewhere in round reported + 1 (or a little later)
        child.wait()
        # The next start must read old-or-new state, never a broken or empty file.
        store = PicksStore.open(paths.picks(key), key)
        assert store.problem is None, store.problem
        note = store.note(read_feed(str(SEED)).sessions[0].uid)
        m = re.fullmatch(r"note (\d+), über; café\nsecond line", note)  # a note is old or new, never cut
        assert m, note
        done = int(m.group(1))
        assert done >= reported  # every round reported saved is on disk
        assert len(store.starred()) in {done % 40, (done + 1) % 40}  # picks of that round or the next
        state, problem = load_state(paths.export_state(key))
        assert problem is None, problem
        exported = read_feed(str(data / "my-agenda.ics"))
        live = [s for s in exported.sessions if not s.cancelled]  # unstarred ones are sent as cancellations
        assert len(live) in {done % 40, (done - 1) % 40}  # the export of that round or the last
        seen["picks_states"].add(len(store.starred()))
        seen["rounds"].add(done)
        for p in [p for p in (data / "picks").iterdir() if p.suffix == ".tmp"]:
            p.unlink()  # a killed writer may leave its temp file; it is never the real one
    return seen


def test_sigkill_during_saves_never_breaks_state(tmp_path):
    seen = _kill_loop(tmp_path, KILLS_QUICK)
    assert len(seen["picks_states"]) > 3 and len(seen["rounds"]) > 3  # killed at many different moments


@pytest.mark.slow
def test_sigkill_during_saves_long(tmp_path):
    _kill_loop(tmp_path, 500)


@pytest.mark.parametrize("command", [["list"], ["star", "x"], ["unstar", "x"], ["clashes"], ["export", "-o", "-"], ["refresh"]])
def test_every_command_exits_2_on_unusable_input(command, data_dir, tmp_path):
    bad = tmp_path / "bad.ics"
    bad.write_bytes(b"<html><body>not a feed</body></html>")
    args = [command[0], str(bad), *command[1:]]
    r = run_cli(*args, "--data-dir", str(data_dir))
    assert r.code == 2, (command, r.err)
    assert len(r.err.strip().splitlines()) == 1 and "web page" in r.err and "Traceback" not in r.err


def test_unreadable_picks_are_kept_aside_and_newer_ones_left_alone(data_dir):
    key = feed_key(str(SEED))
    path = DataPaths.under(data_dir).picks(key)
    path.parent.mkdir(parents=True)
    for content in ('{"version": "seven", "picks": {"a": "star"}}', '{"version": 1, "picks": {"a": "st'):
        path.write_text(content)
        r = run_cli("list", str(SEED), "--json", "--data-dir", str(data_dir))
        assert r.code == 0 and "kept aside" in r.err
        assert not path.exists()  # moved, not overwritten
    kept = sorted(p.read_text() for p in path.parent.glob(path.name + ".corrupt-*"))
    assert len(kept) == 2
    path.write_text('{"version": 7, "picks": {"a": "star"}}')  # from a newer Agenda: migrated by none, kept
    r = run_cli("list", str(SEED), "--json", "--data-dir", str(data_dir))
    assert r.code == 0 and "newer Agenda" in r.err and path.read_text() == '{"version": 7, "picks": {"a": "star"}}'


HOSTILE_TITLE = '<img src="{url}/title.png"><b>Bold</b> & <a href="javascript:alert(1)">x</a>'
HOSTILE_DESC = '<html><body><img src="{url}/desc.png"><script>alert(1)</script></body></html>'


def test_feed_text_is_plain_everywhere_and_loads_nothing(qtbot, data_dir, tmp_path, server):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication

    from agenda.ui.panels.lists import safe_url

    from .helpers import edit_feed, open_window

    feed = tmp_path / "hostile.ics"
    feed.write_bytes(SEED.read_bytes())
    helion_uid = "ea4620ce0f810a15307f92b28e2664da"
    edit_feed(feed, helion_uid, summary=HOSTILE_TITLE.format(url=server.url))
    import icalendar

    cal = icalendar.Calendar.from_ical(feed.read_bytes())
    for ev in cal.walk("VEVENT"):
        if str(ev["UID"]) == helion_uid:
            ev["DESCRIPTION"] = icalendar.vText(HOSTILE_DESC.format(url=server.url))
            ev["URL"] = icalendar.vText("javascript:alert(1)")
    feed.write_bytes(cal.to_ical())
    ctl, win = open_window(qtbot, data_dir, feed=feed)
    s = ctl.schedule.get(helion_uid)
    assert s.title.startswith("<img src=")
    g = win.grid
    g.select(helion_uid)
    win.grid.sessionActivated.emit(helion_uid)  # Enter / double-click
    assert win.details.title.text().startswith("<img src=")  # shown literally
    assert win.details.description.toPlainText().startswith("<html>")
    assert not win.details.link_btn.isEnabled() and win.details.open_link() is False  # javascript: never opened
    ctl.toggle_star(helion_uid)
    g.ensure_visible(helion_uid)
    center = g.viewport_rect(helion_uid).center().toPoint()
    QApplication.sendEvent(g.viewport(), QHelpEvent(QEvent.ToolTip, center, g.viewport().mapToGlobal(center)))  # as Qt does
    assert "&lt;img" in g.input.last_tooltip and "<img" not in g.input.last_tooltip
    for _ in range(10):
        qtbot.wait(20)
        g.viewport().repaint()
        win.grab()
    assert not any(p for p in server.paths if p.endswith(".png")), server.paths
    for url, ok in (("https://example.org/x", True), ("http://a.b/", True), ("mailto:a@b.c", True),
                    ("javascript:alert(1)", False), ("file:///etc/passwd", False), ("ftp://x/y", False), ("", False)):
        assert (safe_url(url) is not None) is ok, url


def test_readonly_data_folder_star_fails_visibly_and_saves_later(qtbot, tmp_path):
    from .conftest import _make_readonly
    from .helpers import open_window, saved

    data = tmp_path / "data"
    data.mkdir()
    ctl, win = open_window(qtbot, data)
    first, second, third = (ctl.schedule.sessions[i].uid for i in (5, 6, 7))
    ctl.toggle_star(first)  # creates the picks folder and file
    saved(qtbot, ctl)
    folder = ctl.paths.picks(ctl.key).parent
    undo = _make_readonly(folder)
    try:
        ctl.toggle_star(second)
        qtbot.waitUntil(lambda: "could not be saved" in (win.last_error or ""))  # said after the frame
        assert ctl.state(second) == "star" and ctl.unsaved_picks  # kept in memory
        assert win.grid.states.get(second) == "star"  # and on screen
        assert PicksStore.open(ctl.paths.picks(ctl.key), ctl.key).starred() == {first}  # old file intact
    finally:
        undo()
    ctl.toggle_star(third)  # the next save writes everything that was kept in memory
    assert saved(qtbot, ctl).starred() == {first, second, third}


@pytest.fixture
def full_disk(tmp_path):
    """A real 256 KiB filesystem that a test can fill up (needs root: mount -t tmpfs)."""
    import shutil as _shutil

    mnt = tmp_path / "small"
    mnt.mkdir()
    if os.geteuid() != 0 or not _shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root")
    p = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mnt)], capture_output=True)
    if p.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {p.stderr.decode().strip()}")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_disk_full_star_fails_visibly_and_saves_later(qtbot, full_disk):
    from .helpers import open_window, saved

    ctl, win = open_window(qtbot, full_disk / "data")
    first, second, third = (ctl.schedule.sessions[i].uid for i in (5, 6, 7))
    ctl.toggle_star(first)
    saved(qtbot, ctl)
    filler = full_disk / "filler"
    with open(filler, "wb", buffering=0) as fh:  # fill every last block
        try:
            while True:
                fh.write(b"\0" * 4096)
                fh.flush()
        except OSError:
            pass
    ctl.toggle_star(second)
    qtbot.waitUntil(lambda: "could not be saved" in (win.last_error or ""))  # said after the frame
    assert "No space" in win.last_error
    assert ctl.state(second) == "star" and ctl.unsaved_picks
    assert PicksStore.open(ctl.paths.picks(ctl.key), ctl.key).starred() == {first}  # old file whole
    assert not [p for p in ctl.paths.picks(ctl.key).parent.iterdir() if p.suffix == ".tmp"]  # no debris
    filler.unlink()
    ctl.toggle_star(third)
    assert saved(qtbot, ctl).starred() == {first, second, third}
