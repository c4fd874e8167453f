"""In the window: Import picks (one undo step), notes in the details pane, own items in a Mine column."""
from __future__ import annotations

from datetime import datetime

import icalendar
from PySide6.QtCore import Qt

from .helpers import TITLE_HELION as HELION
from .helpers import TITLE_LIGHTS as LIGHTS
from .helpers import by_title, calendar, event, open_window, press, saved, seed_events

KEYNOTE = "Keynote: PyTorch Updates"


def test_import_is_one_undo_step_and_reports_what_did_not_match(qtbot, data_dir, tmp_path):
    ctl, win = open_window(qtbot, data_dir)
    full = seed_events()
    h, li = by_title(ctl.schedule, HELION), by_title(ctl.schedule, LIGHTS)
    path = tmp_path / "sched.ics"
    stray = event("elsewhere", "A Talk From Elsewhere", datetime(2026, 4, 7, 16, 0, tzinfo=h.start.tzinfo))
    path.write_bytes(calendar([full[h.uid], full[li.uid], stray]))
    ctl.toggle_star(by_title(ctl.schedule, KEYNOTE).uid)  # a pick made before the import
    report = win.personal.import_from(str(path))
    assert report.starred == 2 and [u["title"] for u in report.unmatched] == ["A Talk From Elsewhere"]
    assert ctl.state(h.uid) == ctl.state(li.uid) == "star" and saved(qtbot, ctl).state(h.uid) == "star"
    assert len(ctl.clashes) == 1  # re-checked: the two imported talks overlap
    notice = win.personal.import_notice
    qtbot.waitUntil(notice.isVisible)
    assert "2 starred" in notice.text() and "A Talk From Elsewhere" in notice.detailedText()
    notice.close()
    press(qtbot, win, Qt.Key_Z, Qt.ControlModifier)  # the whole import, not one pick of it
    assert ctl.state(h.uid) is None and ctl.state(li.uid) is None and ctl.clashes == []
    assert ctl.state(by_title(ctl.schedule, KEYNOTE).uid) == "star"  # what was there before stays
    assert saved(qtbot, ctl).state(h.uid) is None
    qtbot.keyClick(win, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert ctl.state(h.uid) == "star" and ctl.state(li.uid) == "star"


def test_import_of_a_file_that_is_not_a_calendar_changes_nothing(qtbot, data_dir, tmp_path):
    ctl, win = open_window(qtbot, data_dir)
    bad = tmp_path / "notes.txt"
    bad.write_text("just some text")
    assert win.personal.import_from(str(bad)) is None
    assert "Nothing imported" in win.last_error and str(bad) in win.last_error
    assert ctl.picks() == {} and not ctl.undo_stack.canUndo()


def test_note_typed_in_details_is_saved_searchable_shown_and_exported(qtbot, data_dir, tmp_path):
    ctl, win = open_window(qtbot, data_dir)
    h = by_title(ctl.schedule, HELION)
    ctl.toggle_star(h.uid)
    win.grid.select(h.uid)
    win.side.setCurrentWidget(win.details)
    note = win.details.note
    qtbot.keyClicks(note, "Ask about Triton backends")
    qtbot.waitUntil(lambda: saved(qtbot, ctl).note(h.uid) == "Ask about Triton backends", timeout=3000)
    assert any("✎ Ask about Triton backends" in win.agenda.list.item(i).text() for i in range(win.agenda.list.count()))
    qtbot.keyClicks(win.finding.search, "triton backends")
    assert "triton" not in (h.title + h.description + h.speaker_text).casefold()  # only the note says it
    assert h.uid in win.grid.match
    win.finding.search.clear()
    # Switching sessions keeps what was typed, even before the pause.
    li = by_title(ctl.schedule, LIGHTS)
    qtbot.keyClicks(note, "!")
    win.grid.select(li.uid)
    assert saved(qtbot, ctl).note(h.uid) == "Ask about Triton backends!" and note.toPlainText() == ""
    assert win.output.export_to(tmp_path / "my-agenda.ics")
    win.output.export_notice.close()
    cal = icalendar.Calendar.from_ical((tmp_path / "my-agenda.ics").read_bytes())
    [ev] = cal.walk("VEVENT")
    assert str(ev["DESCRIPTION"]).startswith("My note: Ask about Triton backends!")


def test_own_item_gets_a_mine_column_counts_in_clashes_and_can_be_removed(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir)
    h = by_title(ctl.schedule, HELION)  # 11:00-11:25
    ctl.toggle_star(h.uid)
    win.personal.add_item_dialog()
    dlg = win.personal.item_window
    qtbot.waitUntil(dlg.isVisible)
    assert not dlg.add_button.isEnabled()  # a title first
    qtbot.keyClicks(dlg.title_edit, "Call with my team")
    dlg.start_edit.setTime(dlg.start_edit.time().fromString("11:15", "HH:mm"))  # the end follows: 12:15
    dlg.where_edit.setText("Hotel lobby")
    qtbot.mouseClick(dlg.add_button, Qt.LeftButton)
    [item] = saved(qtbot, ctl).items()
    start = datetime.fromisoformat(item["start"])
    assert (start.astimezone(ctl.zone).hour, start.astimezone(ctl.zone).minute) == (11, 15)
    assert datetime.fromisoformat(item["end"]) - start == (datetime(1, 1, 1, 13) - datetime(1, 1, 1, 12))
    assert win.grid.day_layout.columns[0].label == "Mine"
    assert win.grid.day_layout.block(item["uid"]) is not None
    assert ctl.state(item["uid"]) == "star" and len(ctl.clashes) == 1
    assert set(ctl.clashes[0].sessions) == {h.uid, item["uid"]}
    # It survives a restart, then the session menu removes it.
    win.close()
    ctl2, win2 = open_window(qtbot, data_dir)
    assert ctl2.schedule.get(item["uid"]).title == "Call with my team" and len(ctl2.clashes) == 1
    win2.grid.select(item["uid"])
    win2.grid.input.open_menu(item["uid"])
    qtbot.waitUntil(lambda: win2.session_menu.menu is not None and win2.session_menu.menu.isVisible())
    remove = next(a for a in win2.session_menu.menu.actions() if a.text().replace("&", "") == "Remove my item")
    remove.trigger()
    win2.session_menu.menu.hide()
    assert ctl2.schedule.get(item["uid"]) is None and saved(qtbot, ctl2).items() == [] and ctl2.clashes == []
    assert win2.grid.day_layout.columns[0].label != "Mine"
