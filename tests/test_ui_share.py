"""File → Send to phone: the QR code a phone scans is the URL served, it follows the picks, and it stops."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from .helpers import by_title, http_get, open_window, run_cli, saved, without_stamps

HELION = "Helion 1.0: A High-Level DSL for Performance Portable Kernels"
KEYNOTE = "Keynote: PyTorch Updates"


def scanned(qtbot, dialog) -> str:
    """What a phone's camera reads from the dialog as it is drawn on screen."""
    zxingcpp = pytest.importorskip("zxingcpp")
    qtbot.wait(50)
    image = dialog.grab().toImage()
    found = zxingcpp.read_barcodes(image)
    if not found:
        image.save("/tmp/scan-failed.png")
    assert len(found) == 1
    return found[0].text


def open_share(qtbot, win):
    win.output.share_dialog()
    dlg = win.output.share_window
    qtbot.waitUntil(dlg.isVisible)
    assert dlg.address.currentData() == "127.0.0.1"  # AGENDA_SHARE_ADDRESS (conftest): loopback only
    assert win.output.sharing.running
    return dlg


def test_nothing_is_served_before_the_dialog_opens(qtbot, data_dir):
    import threading

    ctl, win = open_window(qtbot, data_dir)
    ctl.toggle_star(by_title(ctl.schedule, HELION).uid)
    assert win.output.sharing is None
    assert not [t for t in threading.enumerate() if t.name == "agenda-share"]  # no server thread, no socket
    open_share(qtbot, win)
    assert [t for t in threading.enumerate() if t.name == "agenda-share"]
    win.close()
    qtbot.waitUntil(lambda: not [t for t in threading.enumerate() if t.name == "agenda-share"])


def test_qr_code_is_the_served_url_and_follows_the_picks(qtbot, data_dir, tmp_path):
    ctl, win = open_window(qtbot, data_dir)
    helion, keynote = by_title(ctl.schedule, HELION), by_title(ctl.schedule, KEYNOTE)
    ctl.toggle_star(helion.uid)
    dlg = open_share(qtbot, win)
    assert dlg.subscribe.isChecked()
    url = scanned(qtbot, dlg)
    assert url == dlg.shown_url and url.startswith("webcal://127.0.0.1:") and url.endswith("/my-agenda.ics")
    assert "Remove Alerts" in dlg.note.text() and "same network" in " ".join(
        w.text() for w in dlg.findChildren(type(dlg.note)))
    assert win.output.share_label.isVisible() and "Sharing with your phone" in win.output.share_label.text()
    status, headers, body = http_get(url)
    assert status == 200 and b"Helion 1.0" in body
    win.output.export_to(tmp_path / "my-agenda.ics")  # what is served is what Export writes
    win.output.export_notice.close()
    assert without_stamps(http_get(url)[2]) == without_stamps((tmp_path / "my-agenda.ics").read_bytes())
    etag = http_get(url)[1]["ETag"]
    assert http_get(url, {"If-None-Match": etag})[0] == 304
    ctl.toggle_star(keynote.uid)  # a star in the window shows in the phone's next poll
    status, headers, body = http_get(url, {"If-None-Match": etag})
    assert status == 200 and headers["ETag"] != etag and b"Keynote: PyTorch Updates" in body
    # "Add once" is an http:// URL beside the subscription's, and sharing stops after the download.
    dlg.add_once.setChecked(True)
    once = scanned(qtbot, dlg)
    assert once == url.replace("webcal://", "http://").replace("/my-agenda.ics", "/add-once/my-agenda.ics")
    assert "reminders included" in dlg.note.text()
    assert http_get(url)[0] == 200 and win.output.sharing.running  # a subscribed calendar's poll does not stop it
    assert http_get(once)[0] == 200
    qtbot.waitUntil(lambda: "Sharing stopped" in dlg.status.text())
    assert not win.output.sharing.running and not win.output.share_label.isVisible() and dlg.shown_url == ""
    with pytest.raises(OSError):
        http_get(once)


def test_stop_sharing_and_closing_the_window_stop_the_server(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir)
    ctl.toggle_star(by_title(ctl.schedule, HELION).uid)
    dlg = open_share(qtbot, win)
    url = dlg.shown_url
    assert http_get(url)[0] == 200
    qtbot.mouseClick(dlg.start_stop, Qt.LeftButton)  # "Stop sharing"
    assert not win.output.sharing.running and dlg.shown_url == "" and "stopped" in dlg.status.text()
    with pytest.raises(OSError):
        http_get(url)
    qtbot.mouseClick(dlg.start_stop, Qt.LeftButton)  # start again: the same link keeps working
    assert dlg.shown_url == url and http_get(url)[0] == 200
    dlg.close()  # closing the dialog leaves sharing on, shown in the status bar
    assert win.output.sharing.running and win.output.share_label.isVisible() and http_get(url)[0] == 200
    win.close()
    with pytest.raises(OSError):
        http_get(url)


def test_save_file_is_the_fallback(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir)
    dlg = open_share(qtbot, win)
    qtbot.mouseClick(dlg.save_file, Qt.LeftButton)
    qtbot.waitUntil(lambda: win.output.export_window is not None and win.output.export_window.isVisible())
    win.output.export_window.reject()
    win.output.sharing.stop()


def test_cli_and_window_serve_the_same_calendar(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir)
    ctl.toggle_star(by_title(ctl.schedule, HELION).uid)
    saved(qtbot, ctl)
    dlg = open_share(qtbot, win)
    served = http_get(dlg.shown_url)[2]
    exported = run_cli("export", str(ctl.source), "-o", "-", "--data-dir", str(data_dir))
    assert exported.code == 0
    assert without_stamps(served) == without_stamps(exported.out.encode())
    win.output.sharing.stop()


def test_add_once_stops_by_itself_when_nobody_downloads(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir)
    dlg = open_share(qtbot, win)
    url = dlg.shown_url
    win.output.sharing.once_timeout = 0.2  # ONCE_TIMEOUT is ten minutes; the same timer, shortened
    dlg.add_once.setChecked(True)
    qtbot.waitUntil(lambda: not win.output.sharing.running, timeout=5000)
    assert dlg.shown_url == "" and not win.output.share_label.isVisible()
    with pytest.raises(OSError):
        http_get(url)


def _pick_network(qtbot, dlg, key) -> None:
    """Choose another network in the dialog with the keyboard, as a person does."""
    dlg.address.setFocus()
    qtbot.keyClick(dlg.address, key)


def test_the_link_stays_across_networks_and_restarts_until_new_link(qtbot, data_dir, monkeypatch):
    # A phone subscribed yesterday must reach the same URL today: switching networks in the dialog once
    # moved the port, and every restart made a new token.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    monkeypatch.setenv("AGENDA_SHARE_ADDRESS", "127.0.0.1,127.0.0.2")  # two "networks", both loopback
    ctl, win = open_window(qtbot, data_dir)
    ctl.toggle_star(by_title(ctl.schedule, HELION).uid)
    dlg = open_share(qtbot, win)
    first = dlg.shown_url
    _pick_network(qtbot, dlg, Qt.Key_Down)
    qtbot.waitUntil(lambda: "127.0.0.2" in dlg.shown_url)
    other = dlg.shown_url
    assert http_get(other)[0] == 200 and other.split("/")[3] == first.split("/")[3]  # the same token
    _pick_network(qtbot, dlg, Qt.Key_Up)
    qtbot.waitUntil(lambda: "127.0.0.1" in dlg.shown_url)
    assert dlg.shown_url == first and http_get(first)[0] == 200  # back on the first network: the same port
    win.close()

    ctl, win = open_window(qtbot, data_dir)  # the next day
    dlg = open_share(qtbot, win)
    assert dlg.shown_url == first and http_get(first)[0] == 200

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            assert "stops working" in box.text()
            box.button(QMessageBox.Yes).click()
        else:
            QTimer.singleShot(30, answer_yes)

    QTimer.singleShot(30, answer_yes)
    qtbot.mouseClick(dlg.new_link, Qt.LeftButton)
    renewed = dlg.shown_url
    assert renewed != first and renewed.split("/")[2] == first.split("/")[2]  # same host and port, new token
    assert http_get(first)[0] == 404 and http_get(renewed)[0] == 200 and "old one no longer works" in dlg.status.text()
    win.close()
    # `agenda share` on the same address gives the same link as the window.
    import json
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-m", "agenda", "share", "--bind", "127.0.0.1", "--json",
                             "--data-dir", str(data_dir)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert line, proc.stderr.read()
        assert json.loads(line)["webcal"] == renewed
    finally:
        proc.kill()
        proc.wait()


def test_the_network_list_never_offers_loopback_beside_a_network(monkeypatch):
    from agenda.ui.dialogs.share import network_addresses

    monkeypatch.delenv("AGENDA_SHARE_ADDRESS")
    offered = network_addresses()
    loopback = [label for address, label in offered if address.startswith("127.")]
    networks = [a for a, _ in offered if not a.startswith("127.") and a != "0.0.0.0"]
    if networks:  # this computer is on a network: no phone can reach 127.0.0.1
        assert loopback == []
    else:  # no network at all: the one loopback entry says so
        assert len(loopback) == 1 and "no network" in loopback[0]
    assert offered[-1][0] == "0.0.0.0"


def test_a_note_typed_while_sharing_reaches_the_phone_with_a_higher_sequence(qtbot, data_dir):
    import icalendar

    ctl, win = open_window(qtbot, data_dir)
    helion = by_title(ctl.schedule, HELION)
    ctl.toggle_star(helion.uid)
    dlg = open_share(qtbot, win)
    url = dlg.shown_url

    def served():
        [ev] = icalendar.Calendar.from_ical(http_get(url)[2]).walk("VEVENT")
        return int(ev["SEQUENCE"]), str(ev.get("DESCRIPTION", ""))

    before = served()
    win.grid.select(helion.uid)
    qtbot.keyClicks(win.details.note, "Ask about Triton")
    qtbot.waitUntil(lambda: served()[1].startswith("My note: Ask about Triton\n"), timeout=5000)
    after = served()
    assert after[0] > before[0]
    qtbot.keyClicks(win.details.note, "!")
    qtbot.waitUntil(lambda: served()[1].startswith("My note: Ask about Triton!"), timeout=5000)
    assert served()[0] > after[0]
    win.output.sharing.stop()
