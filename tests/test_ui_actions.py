"""Every action works the way a person uses it (issue 32): each menu action and each action of a session's
menu is triggered as a click would (QAction.trigger), every dialog it opens is answered (accepted in one
run, cancelled in the other), and any exception raised in a slot fails the test (pytest-qt reports them).
Print, which did nothing when clicked while its test called print_to() directly, prints to a PDF here
through its own dialog."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QMessageBox

from agenda.core.settings import Settings

from .helpers import TITLE_HELION, TITLE_LIGHTS, by_title, open_window


def _leaves(menu):
    for a in menu.actions():
        if a.menu() is not None:
            yield from _leaves(a.menu())
        elif not a.isSeparator() and a.isEnabled():
            yield a


class Answerer:
    """Answers every dialog that shows, as a person would: ``accept`` (OK, Save, Print) or cancel. A print
    dialog's printer is sent to ``pdf`` first (this machine has no printer). Runs from a timer, so it also
    answers the modal dialogs that block inside trigger()."""

    def __init__(self, accept: bool, pdf) -> None:
        self.accept, self.pdf = accept, pdf
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self.answer)
        self.timer.start()

    def answer(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        for w in QApplication.topLevelWidgets():
            if not isinstance(w, QDialog) or not w.isVisible():
                continue
            self.seen.append(type(w).__name__ + ": " + w.windowTitle())
            if isinstance(w, QPrintDialog):  # "Print to File (PDF)", this file: typed as a person would
                w.findChild(QLineEdit, "filename").setText(str(self.pdf))
            if isinstance(w, QFileDialog) and (not self.accept or w.acceptMode() != QFileDialog.AcceptSave):
                w.reject()  # an Open dialog cannot be accepted without choosing a file
            elif isinstance(w, QMessageBox) or self.accept:
                w.accept()
            else:
                w.reject()


@pytest.mark.parametrize("accept", [True, False], ids=["accept", "cancel"])
def test_every_menu_and_session_menu_action_works_when_clicked(qtbot, data_dir, tmp_path, accept):
    settings = Settings(export_dir=str(tmp_path / "exports"))
    (tmp_path / "exports").mkdir()
    ctl, win = open_window(qtbot, data_dir, settings=settings)
    qtbot.waitUntil(lambda: win.ready and ctl.schedule is not None)
    helion, lights = by_title(ctl.schedule, TITLE_HELION), by_title(ctl.schedule, TITLE_LIGHTS)
    ctl.toggle_star(helion.uid)
    ctl.toggle_star(lights.uid)
    answerer = Answerer(accept, tmp_path / "printed.pdf")
    try:
        actions = [a for m in win.menuBar().actions() for a in _leaves(m.menu())]
        texts = [a.text().replace("&", "") for a in actions]
        for wanted in ("Print my agenda…", "Print preview…", "Export my agenda…", "Send to phone…", "Import picks…",
                       "Save agenda as PDF…", "Add my own item…", "Open URL…"):
            assert wanted in texts
        for action in actions:
            if action.text().replace("&", "") == "Quit":
                continue  # last
            action.trigger()
            qtbot.wait(80)
            answerer.answer()
            qtbot.wait(20)
        # The session menu: each of its actions, on a starred session.
        for i in range(8):
            win.grid.input.open_menu(helion.uid)
            menu = win.session_menu.menu
            qtbot.waitUntil(lambda m=menu: m.isVisible())
            items = [a for a in menu.actions() if not a.isSeparator() and a.isEnabled()
                     and a.text().replace("&", "") != "Open link"]  # a browser is not a dialog to answer
            if i >= len(items):
                menu.hide()
                break
            menu.hide()
            items[i].trigger()
            qtbot.wait(30)
    finally:
        answerer.timer.stop()
    if accept:
        assert (tmp_path / "printed.pdf").stat().st_size > 1000  # printed, through the dialog a click opens
        assert (tmp_path / "exports" / "my-agenda.ics").exists()
    assert any(s.startswith("QPrintDialog") for s in answerer.seen)
    assert any(s.startswith("QPrintPreviewDialog") for s in answerer.seen)
    if win.output.sharing is not None:
        win.output.sharing.stop()
    quit_action = next(a for a in actions if a.text().replace("&", "") == "Quit")
    quit_action.trigger()
    qtbot.waitUntil(lambda: not win.isVisible())


def test_small_things_seen_on_screen(qtbot, data_dir, tmp_path):
    from datetime import datetime, timezone

    from .helpers import calendar, click_block, event

    # "&" in a track name shows in the Tracks menu (it was taken as a shortcut mark and vanished).
    feed = tmp_path / "amp.ics"
    talk = event("t1", "Rendering", datetime(2026, 4, 7, 9, 0, tzinfo=timezone.utc))
    talk.add("CATEGORIES", ["Audio, Video & Graphics Creation"])
    other = event("t2", "Next day", datetime(2026, 4, 8, 9, 0, tzinfo=timezone.utc))
    feed.write_bytes(calendar([talk, other]))
    ctl, win = open_window(qtbot, data_dir, feed=feed)
    qtbot.waitUntil(lambda: win.ready and ctl.schedule is not None)
    shown = [a.text().replace("&&", "&") for a in win.finding.track_menu.actions()]
    assert "Audio, Video & Graphics Creation" in shown
    # The details follow the day: a Tuesday session is not shown after switching to Wednesday.
    click_block(qtbot, win, "t1")
    assert "Rendering" in win.details.title.text()
    win.day_tabs.setCurrentIndex(1)
    assert "Rendering" not in win.details.title.text()
    # "Include my 0 maybes" is not offered.
    ctl.toggle_star("t1")
    next(a for m in win.menuBar().actions() for a in _leaves(m.menu())
         if a.text().replace("&", "") == "Export my agenda…").trigger()
    qtbot.waitUntil(lambda: win.output.export_window is not None and win.output.export_window.isVisible())
    assert not win.output.export_window.maybes.isEnabled()
    win.output.export_window.reject()


def test_a_feed_that_fails_to_open_keeps_what_was_open(qtbot, data_dir, tmp_path):
    broken = tmp_path / "broken.ics"
    broken.write_text("BEGIN:VCALENDAR\nVERSION:2.0\n:::\nEND:VCALENDAR\n")
    ctl, win = open_window(qtbot, data_dir)
    qtbot.waitUntil(lambda: win.ready and ctl.schedule is not None)
    before = ctl.schedule

    def choose() -> None:  # File → Open…, the broken file's path typed in the dialog, then Open
        w = QApplication.activeModalWidget()
        if isinstance(w, QFileDialog):
            w.findChild(QLineEdit, "fileNameEdit").setText(str(broken))
            w.accept()
        if win.last_error is None:
            QTimer.singleShot(50, choose)

    QTimer.singleShot(30, choose)

    QTimer.singleShot(30, choose)
    next(a for m in win.menuBar().actions() for a in _leaves(m.menu()) if a.text().replace("&", "") == "Open…").trigger()
    qtbot.waitUntil(lambda: win.last_error is not None)
    assert ctl.schedule is before and win.windowTitle().startswith(before.name)
    assert "broken.ics line 3: not a calendar line (':::')" in win.last_error and "Content line" not in win.last_error


def test_keep_this_one_says_what_it_did_and_the_share_dialog_names_the_clients_that_can_subscribe(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir)
    qtbot.waitUntil(lambda: win.ready and ctl.schedule is not None)
    helion, lights = by_title(ctl.schedule, TITLE_HELION), by_title(ctl.schedule, TITLE_LIGHTS)
    ctl.toggle_star(helion.uid)
    ctl.toggle_star(lights.uid)
    assert ctl.clashes
    button = next(b for b in win.clash_panel.keep_buttons if b.property("uid") == helion.uid)
    button.click()
    text = win.statusBar().currentMessage()
    assert text.startswith(f"Kept {helion.title}") and "Ctrl+Z" in text
    next(a for m in win.menuBar().actions() for a in _leaves(m.menu())
         if a.text().replace("&", "") == "Send to phone…").trigger()
    dlg = win.output.share_window
    dlg.subscribe.setChecked(True)
    assert "ICSx⁵" in dlg.note.text() and "Google" in dlg.note.text()
    win.output.sharing.stop()
