"""Opening by URL and refreshing in the window: off the UI thread, changes reviewed, stars kept."""
from __future__ import annotations

import threading
from datetime import timedelta

from PySide6.QtCore import Qt, QTimer

from .conftest import SEED
from .helpers import by_title, drop_and_open, edit_feed, open_window


def test_open_url_refresh_changes_and_acknowledge(qtbot, data_dir, server, tmp_path):
    url = server.url + "/feed.ics"
    ctl, win = open_window(qtbot, data_dir)
    win.open_path(url)
    qtbot.waitUntil(lambda: ctl.source == url and not ctl.busy, timeout=20000)
    assert len(ctl.schedule.sessions) == 129
    helion = by_title(ctl.schedule, "Helion 1.0: A High-Level DSL for Performance Portable Kernels")
    keynote = by_title(ctl.schedule, "Keynote: PyTorch Updates")
    lights = by_title(ctl.schedule, "Lights, Camera, Inference! Video Generation as a Service With VLLM-Omni")
    for uid in (helion.uid, keynote.uid, lights.uid):
        ctl.toggle_star(uid)
    # The organisers publish a new version: Helion moves, a room changes, the keynote is dropped.
    work = tmp_path / "v2.ics"
    work.write_bytes(SEED.read_bytes())
    edit_feed(work, helion.uid, shift=timedelta(minutes=30))
    edit_feed(work, lights.uid, location="Junior Stage, Paris, France")
    edit_feed(work, keynote.uid, remove=True)
    server.body, server.etag = work.read_bytes(), '"v2"'
    qtbot.keyClick(win, Qt.Key_F5)
    qtbot.waitUntil(lambda: not ctl.busy and bool(ctl.changes), timeout=20000)
    kinds = {(c.uid, c.kind) for c in ctl.changes}
    assert kinds == {(helion.uid, "moved"), (lights.uid, "room"), (keynote.uid, "cancelled")}
    assert win.side.currentWidget() is win.changes_panel
    assert win.changes_panel.list.count() == 3
    assert win.grid.changed_ids == {helion.uid, lights.uid, keynote.uid}
    # Stars kept; the removed pick stays in My agenda, struck through, until removed.
    assert ctl.state(helion.uid) == "star" and ctl.state(keynote.uid) == "star"
    items = [win.agenda.list.item(i) for i in range(win.agenda.list.count())]
    ghost = next(i for i in items if "Keynote: PyTorch Updates" in i.text())
    assert ghost.font().strikeOut() and "removed from the schedule" in ghost.text()
    assert win.agenda.summary.text() == "2 starred, 0 maybe, 1 removed"  # the removed one counted apart
    # Clashes re-checked: Lights (now Junior Stage 11:00) still clashes with nothing new; Helion moved away.
    assert ctl.clashes == []
    win.changes_panel.ack.click()
    assert ctl.changes == [] and win.grid.changed_ids == set()
    # Reopening does not bring acknowledged changes back, and the ghost remains until removed.
    ctl2, win2 = open_window(qtbot, data_dir, feed=None)
    qtbot.waitUntil(lambda: ctl2.source == url and not ctl2.busy and bool(ctl2.ghosts), timeout=20000)
    assert ctl2.changes == [] and [g.uid for g in ctl2.ghosts] == [keynote.uid]
    rows = win2.agenda.list
    ghost2 = next(rows.item(i) for i in range(rows.count()) if "Keynote: PyTorch Updates" in rows.item(i).text())
    rows.scrollToItem(ghost2)
    qtbot.mouseClick(rows.viewport(), Qt.LeftButton, pos=rows.visualItemRect(ghost2).center())  # as a person does
    assert ctl2.ghosts == [] and ctl2.state(keynote.uid) is None
    assert win2.agenda.summary.text() == "2 starred, 0 maybe"


def _ticking() -> QTimer:
    """A timer whose ``ticks`` list grows by one every 20 ms while the event loop runs."""
    timer = QTimer()
    timer.ticks = []
    timer.timeout.connect(lambda: timer.ticks.append(1))
    timer.start(20)
    return timer


def _scroll_while_busy(qtbot, ctl, win, timer: QTimer) -> int:
    """Scroll the grid step by step for as long as the controller is loading, then stop ``timer``;
    returns the steps taken. The work runs on a thread of its own, not the UI thread."""
    bar = win.grid.verticalScrollBar()
    steps = 0
    if ctl.busy:
        assert any(t.name.startswith("agenda-fetch") and t is not threading.current_thread() and t.is_alive()
                   for t in threading.enumerate())
    while ctl.busy:
        bar.setValue((bar.value() + 37) % max(1, bar.maximum()))
        qtbot.wait(15)
        steps += 1
    timer.stop()
    return steps


def test_refresh_keeps_ui_responsive_while_scrolling(qtbot, data_dir, server):
    url = server.url + "/feed.ics"
    ctl, win = open_window(qtbot, data_dir)
    win.open_path(url)
    qtbot.waitUntil(lambda: ctl.source == url and not ctl.busy, timeout=20000)
    server.delay, server.etag = 1.5, '"slow"'
    timer = _ticking()
    ctl.refresh()
    assert ctl.busy and win.progress.isVisible() and win.cancel_btn.isVisible()
    step = _scroll_while_busy(qtbot, ctl, win, timer)  # the user keeps scrolling while the feed downloads
    assert step > 20 and len(timer.ticks) > 20  # the event loop kept running during the fetch
    assert not win.progress.isVisible()


def test_cancel_and_errors_keep_the_schedule(qtbot, data_dir, server):
    ctl, win = open_window(qtbot, data_dir)
    before = ctl.schedule
    server.delay = 2.0
    win.open_path(server.url + "/feed.ics")
    assert ctl.busy
    win.cancel_btn.click()
    assert not ctl.busy and ctl.schedule is before
    server.delay, server.status = 0.0, 404
    win.open_path(server.url + "/missing.ics")
    qtbot.waitUntil(lambda: not ctl.busy and win.last_error is not None, timeout=20000)
    assert "HTTP 404" in win.last_error and ctl.schedule is before


def test_offline_label_when_server_is_down(qtbot, data_dir, server):
    url = server.url + "/feed.ics"
    ctl, win = open_window(qtbot, data_dir)
    win.open_path(url)
    qtbot.waitUntil(lambda: ctl.source == url and not ctl.busy, timeout=20000)
    server.status = 503
    ctl.refresh()
    qtbot.waitUntil(lambda: not ctl.busy and win.offline_label.isVisible(), timeout=20000)
    assert win.offline_label.text().startswith("Offline, last updated")
    assert len(ctl.schedule.sessions) == 129


def test_drop_a_link_opens_the_url(qtbot, data_dir, server):
    from PySide6.QtCore import QMimeData, QUrl

    ctl, win = open_window(qtbot, data_dir)
    mime = QMimeData()
    mime.setUrls([QUrl(server.url + "/feed.ics")])
    drop_and_open(qtbot, win, mime)
    qtbot.waitUntil(lambda: ctl.source == server.url + "/feed.ics" and not ctl.busy, timeout=20000)
    assert len(ctl.schedule.sessions) == 129


def test_auto_refresh_setting_starts_the_timer(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir)
    assert not win.menus.refresh_timer.isActive()
    win.menus.set_auto_refresh(15)
    assert win.menus.refresh_timer.isActive() and win.menus.refresh_timer.interval() == 15 * 60_000
    win.menus.set_auto_refresh(0)
    assert not win.menus.refresh_timer.isActive()


def test_ctrl_f_focuses_search(qtbot, data_dir):
    from PySide6.QtWidgets import QApplication

    ctl, win = open_window(qtbot, data_dir)
    win.activateWindow()  # window shortcuts need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=5000)
    win.grid.setFocus()
    qtbot.keyClick(win, Qt.Key_F, Qt.ControlModifier)
    assert win.focusWidget() is win.finding.search  # the window's focus (offscreen windows are never "active")


def test_a_large_file_not_parsed_before_loads_off_the_ui_thread_with_progress(qtbot, data_dir, tmp_path):
    # Files over FeedLoader.ASYNC_BYTES (1 MB: the 10,000-session feed) that have no cache entry are parsed
    # on a worker thread (and its parse processes) while the window keeps running and shows progress.
    # Lowered here so that FOSDEM (531 kB, about a second to parse) takes that path.
    from .conftest import FEEDS

    ctl, win = open_window(qtbot, data_dir)
    seed = ctl.schedule
    big = tmp_path / "fosdem.ics"
    big.write_bytes((FEEDS / "fosdem2026_pentabarf.ics").read_bytes())
    ctl.reading.loader.ASYNC_BYTES = 100_000
    timer = _ticking()
    assert win.open_path(str(big))
    assert ctl.busy and win.progress.isVisible() and win.cancel_btn.isVisible()
    assert ctl.schedule is seed  # the old schedule stays usable meanwhile
    steps = _scroll_while_busy(qtbot, ctl, win, timer)
    assert steps > 10 and len(timer.ticks) > 10  # the event loop kept running during the parse
    assert ctl.source == str(big) and len(ctl.schedule.sessions) > 1000 and not win.progress.isVisible()
    assert win.windowTitle() == "fosdem — Agenda"  # the file's name: the feed has no calendar name
    assert set(win.grid.sessions) <= {s.uid for s in ctl.schedule.sessions} and win.grid.day_layout.blocks


def test_a_first_schedule_still_loading_says_so_instead_of_no_sessions(qtbot, tmp_path, monkeypatch):
    # Opening a large file nothing was shown before (the 10,000-session feed at start-up): the grid is
    # empty while it loads, and must say it is loading, not that the day has no sessions.
    from agenda.ui.loader import FeedLoader

    from .conftest import FEEDS

    big = tmp_path / "fosdem.ics"
    big.write_bytes((FEEDS / "fosdem2026_pentabarf.ics").read_bytes())
    monkeypatch.setattr(FeedLoader, "ASYNC_BYTES", 100_000)
    ctl, win = open_window(qtbot, tmp_path / "data", feed=big)
    assert ctl.busy and ctl.schedule is None
    assert win.grid.empty_text == "Loading the schedule…" and win.progress.isVisible()
    qtbot.waitUntil(lambda: not ctl.busy, timeout=30000)
    assert len(ctl.schedule.sessions) > 1000 and win.grid.day_layout.blocks
    assert win.grid.empty_text == "No sessions on this day"
    # Cancelled before anything was shown: the grid says there is no schedule, and how to open one.
    ctl2, win2 = open_window(qtbot, tmp_path / "data2", feed=big)
    assert ctl2.busy
    win2.cancel_btn.click()
    assert not ctl2.busy and ctl2.schedule is None
    assert win2.grid.empty_text == "No schedule open (File › Open)"


def test_a_webcal_link_to_plain_http_opens_in_the_window_and_says_how(qtbot, server, data_dir):
    # Agenda's own subscription links are webcal:// over plain http on the LAN: tried as https first, as
    # calendar apps do, then over http, and the status bar says so (never an OpenSSL message).
    from .helpers import open_window

    ctl, win = open_window(qtbot, data_dir, feed=None)
    qtbot.waitUntil(lambda: ctl.schedule is not None and not ctl.busy, timeout=20000)
    link = server.url.replace("http://", "webcal://") + "/feed.ics"
    win.open_path(link)
    qtbot.waitUntil(lambda: ctl.source == link and not ctl.busy, timeout=20000)
    assert len(ctl.schedule.sessions) == 129 and win.last_error is None
    assert "fetched over plain http" in win.statusBar().currentMessage()


def test_open_url_typed_into_its_dialog_opens_the_feed(qtbot, data_dir, server):
    """File → Open URL…, answered as a person would: the URL typed, OK. (It raised AttributeError before
    the several-conferences work found it: no test had typed a URL into it.)"""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    from .helpers import menu_action

    ctl, win = open_window(qtbot, data_dir)

    def type_url() -> None:
        w = QApplication.activeModalWidget()
        if not isinstance(w, QInputDialog):
            QTimer.singleShot(20, type_url)
            return
        w.setTextValue(server.url + "/feed.ics")
        w.accept()

    QTimer.singleShot(20, type_url)
    menu_action(win, "Open URL…").trigger()
    qtbot.waitUntil(lambda: ctl.source == server.url + "/feed.ics" and not ctl.busy, timeout=20000)
    assert len(ctl.schedule.sessions) == 129 and server.paths[-1] == "/feed.ics"
