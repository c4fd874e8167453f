"""Starring by clicking, clash marks, "Keep this one", undo, and picks that survive a restart."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from agenda.core.plan.picks import MAYBE, STAR

from .helpers import by_title, choose_side_tab, click_block, click_the_gap, open_window, press, saved

HELION = "Helion 1.0: A High-Level DSL for Performance Portable Kernels"
LIGHTS = "Lights, Camera, Inference! Video Generation as a Service With VLLM-Omni"


@pytest.fixture
def window(qtbot, data_dir):
    return open_window(qtbot, data_dir)


def test_click_star_stores_and_shows(qtbot, window):
    ctl, win = window
    helion = by_title(ctl.schedule, HELION)
    click_block(qtbot, win, helion.uid)  # body click selects, does not star
    assert ctl.state(helion.uid) is None and win.grid.selected == helion.uid
    click_block(qtbot, win, helion.uid, where="star")
    assert saved(qtbot, ctl).state(helion.uid) == "star"
    assert win.grid.states[helion.uid] == "star"
    assert "starred" in win.grid.accessible_name(helion.uid)
    assert win.details.state.text().startswith("★ Starred")
    assert "1 starred" in win.agenda.summary.text()
    click_block(qtbot, win, helion.uid, where="star")
    assert saved(qtbot, ctl).state(helion.uid) is None and helion.uid not in win.grid.states


def test_starred_block_differs_in_greyscale(qtbot, window):
    """A starred block must differ from an unstarred one by more than hue: filled star, heavier border."""
    ctl, win = window
    helion = by_title(ctl.schedule, HELION)
    g = win.grid

    def grey_pixels():
        r = g.viewport_rect(helion.uid).toAlignedRect()
        img = g.viewport().grab(r).toImage().convertToFormat(img_format())
        return [img.pixelColor(x, y).value() for y in range(img.height()) for x in range(img.width())]

    g.ensure_visible(helion.uid)
    before = grey_pixels()
    ctl.toggle_star(helion.uid)
    after = grey_pixels()
    changed = sum(1 for a, b in zip(before, after, strict=True) if abs(a - b) > 40)
    assert changed > 60  # star fill and the thicker border show without colour


def img_format():
    from PySide6.QtGui import QImage

    return QImage.Format_Grayscale8


def test_space_and_shift_space_and_right_click_menu(qtbot, window):
    ctl, win = window
    helion = by_title(ctl.schedule, HELION)
    g = win.grid
    g.setFocus()
    g.select(helion.uid)
    qtbot.keyClick(g, Qt.Key_Space)
    assert ctl.state(helion.uid) == "star"
    qtbot.keyClick(g, Qt.Key_Space, Qt.ShiftModifier)
    assert ctl.state(helion.uid) == MAYBE
    qtbot.keyClick(g, Qt.Key_Space, Qt.ShiftModifier)
    assert ctl.state(helion.uid) is None
    click_block(qtbot, win, helion.uid, button=Qt.RightButton)  # opens the menu, changes nothing
    assert ctl.state(helion.uid) is None
    qtbot.waitUntil(lambda: win.session_menu.menu is not None and win.session_menu.menu.isVisible())
    qtbot.keyClick(win.session_menu.menu, Qt.Key_Escape)
    assert not win.session_menu.menu.isVisible()


def _menu_action(win, text: str):
    return next(a for a in win.session_menu.menu.actions() if a.text().replace("&", "").endswith(text))


def _choose(win, text: str) -> None:
    """Pick an entry of the open session menu, as a click on it does: run it, and the menu closes."""
    action = _menu_action(win, text)
    assert action.isEnabled()
    action.trigger()
    win.session_menu.menu.hide()


def test_right_click_menu_star_maybe_unstar_copy_show(qtbot, window):
    from PySide6.QtGui import QGuiApplication

    ctl, win = window
    helion, lights = by_title(ctl.schedule, HELION), by_title(ctl.schedule, LIGHTS)
    click_block(qtbot, win, helion.uid, button=Qt.RightButton)
    qtbot.waitUntil(lambda: win.session_menu.menu is not None and win.session_menu.menu.isVisible())
    assert win.grid.selected == helion.uid
    texts = [a.text().replace("&", "") for a in win.session_menu.menu.actions() if not a.isSeparator()]
    assert texts == ["★ Star", "☆ Maybe", "Unstar", "Open link", "Copy title", "Show in My agenda"]
    assert not _menu_action(win, "Unstar").isEnabled() and not _menu_action(win, "Show in My agenda").isEnabled()
    assert _menu_action(win, "Open link").isEnabled() == bool(helion.url)
    _choose(win, "Maybe")
    assert ctl.state(helion.uid) == MAYBE and saved(qtbot, ctl).state(helion.uid) == MAYBE
    _choose(win, "Copy title")
    assert QGuiApplication.clipboard().text() == HELION
    # The keyboard's Menu key opens it for the selected session; each change is one undo step.
    win.grid.select(lights.uid)
    win.grid.setFocus()
    qtbot.keyClick(win.grid, Qt.Key_Menu)
    qtbot.waitUntil(lambda: win.session_menu.menu.isVisible())
    _choose(win, "Star")
    assert ctl.state(lights.uid) == "star" and len(ctl.clashes) == 0  # Helion is only a maybe
    press(qtbot, win, Qt.Key_Z, Qt.ControlModifier)
    assert ctl.state(lights.uid) is None
    click_block(qtbot, win, helion.uid, button=Qt.RightButton)
    qtbot.waitUntil(lambda: win.session_menu.menu.isVisible())
    assert _menu_action(win, "Maybe").isChecked() and not _menu_action(win, "Maybe").isEnabled()
    _choose(win, "Show in My agenda")
    assert win.side.currentWidget() is win.agenda
    assert HELION in win.agenda.list.currentItem().text()
    click_block(qtbot, win, helion.uid, button=Qt.RightButton)
    qtbot.waitUntil(lambda: win.session_menu.menu.isVisible())
    _choose(win, "Unstar")
    assert ctl.state(helion.uid) is None and saved(qtbot, ctl).state(helion.uid) is None


def test_clash_marks_appear_resolve_and_vanish(qtbot, window):
    ctl, win = window
    helion, lights = by_title(ctl.schedule, HELION), by_title(ctl.schedule, LIGHTS)
    click_block(qtbot, win, helion.uid, where="star")
    assert win.clash_label.text() == "No clashes"
    click_block(qtbot, win, lights.uid, where="star")
    assert win.grid.clash_ids == {helion.uid, lights.uid}
    assert win.clash_label.text() == "⚠ 1 clash"
    assert win.grid.clash_ranges == [(11 * 60, 11 * 60 + 25)]  # marked on the time axis
    assert "clashes with another pick" in win.grid.accessible_name(lights.uid)
    qtbot.waitUntil(lambda: win.side.tabText(2) == "Clashes (1)")  # the side panels follow the grid, a turn later
    assert any("Overlap of 25 min" in x.text() for x in win.clash_panel.findChildren(type(win.details.title)))
    keep = next(b for b in win.clash_panel.keep_buttons if b.property("uid") == helion.uid)
    assert "become maybes" in keep.toolTip() and HELION in keep.toolTip()  # says what happens to the others
    qtbot.mouseClick(keep, Qt.LeftButton)
    assert ctl.state(helion.uid) == "star" and ctl.state(lights.uid) == MAYBE  # not deleted
    assert win.grid.clash_ids == set() and win.clash_label.text() == "No clashes"
    assert saved(qtbot, ctl).state(lights.uid) == MAYBE


def test_a_star_click_repaints_the_details_not_the_whole_side_panel(qtbot, window):
    """A click on a star repaints its block and the details, not the whole side panel: renaming the Clashes
    tab to the name it had, or the details of another session laid out anew, made Qt lay out and repaint
    the side panel's tab widget whole on every click. A new name still shows."""
    from PySide6.QtCore import QEvent, QObject

    ctl, win = window
    helion, lights = by_title(ctl.schedule, HELION), by_title(ctl.schedule, LIGHTS)
    apart = next(b.uid for b in win.grid.day_layout.blocks  # a session of the same day that clashes with neither
                 if not any(ctl.schedule.get(b.uid).start < s.end and s.start < ctl.schedule.get(b.uid).end
                            for s in (helion, lights)))
    click_block(qtbot, win, helion.uid, where="star")
    click_block(qtbot, win, lights.uid, where="star")
    qtbot.waitUntil(lambda: win.side.tabText(2) == "Clashes (1)" and not win.idle.busy)  # the window settled
    painted = []

    class Paints(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Paint:
                painted.append((obj, event.rect()))
            return False

    paints = Paints()
    for w in (win.side, win.side.tabBar()):
        w.installEventFilter(paints)
    click_block(qtbot, win, apart, where="star")
    qtbot.wait(100)  # the grid, the details and the side panels' idle-time refresh, all painted
    assert ctl.state(apart) == STAR and win.details.state.text().startswith("★ Starred")
    page = win.side.currentWidget().parentWidget().geometry()  # the details' place under the tabs
    assert all(obj is win.side and page.contains(rect) for obj, rect in painted)  # under the details only
    assert win.side.tabText(2) == "Clashes (1)"
    click_block(qtbot, win, lights.uid, where="star")  # unstarred: no clash left
    qtbot.waitUntil(lambda: win.side.tabText(2) == "Clashes")
    qtbot.waitUntil(lambda: any(obj is win.side.tabBar() for obj, _ in painted))


def test_a_new_clash_count_lays_out_nothing(qtbot, window):
    """The status bar's count changing ("No clashes" -> "⚠ 1 clash" -> ...) changed the label's size, which made Qt
    lay out the status bar and the main window after it: in the plan of 11,067 sessions (bench/interact.py) the
    whole window below the toolbar was repainted, the grid with it, in the turn after each star click that made or
    ended a clash. The count keeps its place and size (a widget of a fixed size tells no layout that its text
    changed); its text is whole, also for a long count."""
    ctl, win = window
    label = win.clash_label
    pairs = _apart_pairs(ctl.schedule, [b.uid for b in win.grid.day_layout.blocks], 2)
    click_block(qtbot, win, pairs[0][0], where="star")
    qtbot.waitUntil(lambda: not win.idle.busy)
    where = [label.geometry()]
    for uid, count in ((pairs[0][1], "⚠ 1 clash"), (pairs[1][0], "⚠ 1 clash"), (pairs[1][1], "⚠ 2 clashes")):
        click_block(qtbot, win, uid, where="star")
        qtbot.waitUntil(lambda count=count: label.text() == count and not win.idle.busy)
        where.append(label.geometry())
    press(qtbot, win, Qt.Key_Z, Qt.ControlModifier)
    qtbot.waitUntil(lambda: label.text() == "⚠ 1 clash" and not win.idle.busy)
    where.append(label.geometry())
    assert len(set(map(str, where))) == 1 and label.minimumSize() == label.maximumSize()
    assert label.width() >= label.fontMetrics().horizontalAdvance("⚠ 2 clashes")
    label.show_clashes(ctl.clashes * 120)  # a longer count than it was made for: it grows to show it whole
    assert label.text() == "⚠ 120 clashes" and label.width() >= label.fontMetrics().horizontalAdvance(label.text())
    label.show_clashes(ctl.clashes)
    assert label.text() == "⚠ 1 clash"


def test_the_clash_count_fits_itself_to_the_desktops_new_font(qtbot, window):
    """The count is as wide as its widest text and as tall as a line in its font: when the desktop's font grows
    (after the window shows), the label grows with it, and the count stays whole."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from agenda.ui.panels.summary import counts_text

    ctl, win = window
    label = win.clash_label
    widest = counts_text(88, 8)
    font = QApplication.font()
    try:
        bigger = QFont(font)
        bigger.setPointSizeF(font.pointSizeF() * 1.6)
        QApplication.setFont(bigger)
        qtbot.waitUntil(lambda: label.font().pointSizeF() == bigger.pointSizeF())
        qtbot.waitUntil(lambda: label.width() >= label.fontMetrics().horizontalAdvance(widest)
                        and label.height() >= label.fontMetrics().height())
    finally:
        QApplication.setFont(font)


def _apart_pairs(schedule, uids, n):
    """``n`` pairs of overlapping talks among ``uids`` (none over 90 minutes long), each pair an hour or more
    away from the others."""
    from agenda.core.plan.clashes import overlapping_pairs

    talks = [s for s in (schedule.get(u) for u in uids) if s.end - s.start <= timedelta(minutes=90)]
    chosen = []
    for a, b in overlapping_pairs(talks):
        start, end = min(a.start, b.start), max(a.end, b.end)
        if all(end + timedelta(hours=1) <= s or e + timedelta(hours=1) <= start for s, e, _ in chosen):
            chosen.append((start, end, (a.uid, b.uid)))
    assert len(chosen) >= n, "the seed has fewer separate clashes than this test needs"
    return [pair for _, _, pair in sorted(chosen)[:n]]


def test_resolving_clashes_by_keyboard_goes_on_to_the_next_clash(qtbot, window):
    """A keyboard user works down the Clashes tab: Space on "Keep this one" resolves that clash and leaves the
    focus, its frame shown, on the next clash's first "Keep this one". The rows of clashes that did not change stay as they were
    (a screen reader's place in them too); Ctrl+Z brings the clash back, in its place and in the Tab order."""
    from PySide6.QtWidgets import QApplication

    ctl, win = window
    pairs = _apart_pairs(ctl.schedule, [b.uid for b in win.grid.day_layout.blocks], 3)
    for pair in pairs:
        for uid in pair:
            click_block(qtbot, win, uid, where="star")
    assert len(ctl.clashes) == 3
    win.resize(1366, 460)  # a short window, its side panel narrow (the splitter dragged): the rows run long
    win.split.setSizes([1100, 260])
    panel = win.clash_panel
    choose_side_tab(qtbot, win, panel)
    assert win.side.currentWidget() is panel
    qtbot.waitUntil(lambda: len(panel.keep_buttons) == 6 and all(b.isVisible() for b in panel.keep_buttons))
    rows = [b.parentWidget() for b in panel.keep_buttons[::2]]  # each clash's frame, in time order
    assert [set(b.property("uid") for b in panel.keep_buttons[i:i + 2]) for i in (0, 2, 4)] == [set(p) for p in pairs]
    keep = panel.keep_buttons[0]
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    panel.others_box.setFocus()  # (where a click on the choice above leaves it), then Tab as a keyboard user does
    qtbot.keyClick(panel.others_box, Qt.Key_Tab)
    assert QApplication.focusWidget() is keep and win.testAttribute(Qt.WA_KeyboardFocusChange)  # its frame shown
    qtbot.keyClick(keep, Qt.Key_Space)
    assert len(ctl.clashes) == 2 and ctl.state(keep.property("uid")) == STAR
    qtbot.waitUntil(lambda: len(panel.keep_buttons) == 4)
    assert QApplication.focusWidget() is panel.keep_buttons[0]  # the next clash's first button
    assert win.testAttribute(Qt.WA_KeyboardFocusChange)  # with its focus frame shown (Qt hid it as the row went)
    qtbot.wait(50)
    assert panel.verticalScrollBar().value() == 0  # where the clash kept was: the panel did not jump down
    assert [b.parentWidget() for b in panel.keep_buttons[::2]] == rows[1:]  # the same rows, in the same order
    qtbot.keyClick(panel.keep_buttons[0], Qt.Key_Space)  # and on to the last one
    qtbot.waitUntil(lambda: len(panel.keep_buttons) == 2)
    assert QApplication.focusWidget() is panel.keep_buttons[0] and panel.keep_buttons[0].parentWidget() is rows[2]
    press(qtbot, win, Qt.Key_Z, Qt.ControlModifier)  # the second clash again, before the third
    qtbot.waitUntil(lambda: len(panel.keep_buttons) == 4 and all(b.isVisible() for b in panel.keep_buttons))
    assert set(b.property("uid") for b in panel.keep_buttons[:2]) == set(pairs[1])
    assert panel.keep_buttons[2].parentWidget() is rows[2]
    panel.keep_buttons[1].setFocus()
    qtbot.keyClick(panel.keep_buttons[1], Qt.Key_Tab)  # Tab follows the clashes as shown (the row made last too)
    assert QApplication.focusWidget() is panel.keep_buttons[2]


def test_starring_from_the_details_keeps_the_place_in_the_description(qtbot, window):
    """Reading down a long description, then ★ Star in the details: the description stays where it was read
    (it was set again, the same text, and jumped back to its top); the state line says it is starred."""
    ctl, win = window
    longest = max(ctl.schedule.sessions, key=lambda s: len(s.description or ""))
    win.days.show_date(longest.start.astimezone(ctl.zone).date())
    click_block(qtbot, win, longest.uid)  # selected: its details shown
    details = win.details
    box = details.description
    qtbot.waitUntil(lambda: details.uid == longest.uid and box.toPlainText().startswith(longest.description[:40]))
    bar = box.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # (a description longer than its box in this window)
    bar.setValue(bar.maximum())
    qtbot.mouseClick(details.star_btn, Qt.LeftButton)
    qtbot.waitUntil(lambda: details.state.text().startswith("★ Starred") and not win.idle.busy)
    qtbot.wait(50)
    assert ctl.state(longest.uid) == STAR and bar.value() == bar.maximum() > 0


def test_my_agenda_keeps_its_place_when_a_star_is_added(qtbot, window):
    """My agenda in view, scrolled down to a pick chosen there; a star clicked on the grid adds a row: the list
    stays where it was read, with the same pick chosen (it was filled anew and jumped back to its top)."""
    from agenda.ui.panels.lists import PickRow

    ctl, win = window
    blocks = [b.uid for b in win.grid.day_layout.blocks]
    for uid in blocks[:-1]:
        ctl.toggle_star(uid)
    agenda = win.agenda
    choose_side_tab(qtbot, win, agenda)
    lst = agenda.list
    rows = [lst.item(i) for i in range(lst.count()) if isinstance(lst.item(i).data(Qt.UserRole), PickRow)]
    chosen = rows[len(rows) * 3 // 4]
    lst.scrollToItem(chosen)
    qtbot.mouseClick(lst.viewport(), Qt.LeftButton, pos=lst.visualItemRect(chosen).center())
    uid, scrolled = chosen.data(Qt.UserRole).uid, lst.verticalScrollBar().value()
    assert scrolled > 0 and lst.currentItem() is chosen
    click_block(qtbot, win, blocks[-1], where="star")  # the last session of the day: a row at the end
    qtbot.waitUntil(lambda: ctl.state(blocks[-1]) == STAR and not win.idle.busy)
    assert lst.count() > len(rows)  # the new row is listed
    assert lst.verticalScrollBar().value() == scrolled
    assert lst.currentItem().data(Qt.UserRole).uid == uid


def test_the_clashes_panel_shows_what_a_new_one_would_after_any_changes(qtbot, window):
    """Rows kept, made and removed over many changes of picks (stars, maybes, undo) show, in order, exactly what
    a Clashes panel filled once with the same clashes shows."""
    import random

    from PySide6.QtWidgets import QLabel, QPushButton, QWidget

    from agenda.ui.panels.clashes import ClashPanel

    def shown(panel):  # each row's lines and buttons, in order
        return [[w.text() for w in frame.findChildren(QWidget) if isinstance(w, (QLabel, QPushButton))]
                for frame in dict.fromkeys(b.parentWidget() for b in panel.keep_buttons)]

    ctl, win = window
    uids = [b.uid for b in win.grid.day_layout.blocks  # talks (a day-long session would make one clash of all)
            if ctl.schedule.get(b.uid).end - ctl.schedule.get(b.uid).start <= timedelta(minutes=90)]
    turn, most = random.Random(35), 0
    panel = win.clash_panel
    choose_side_tab(qtbot, win, panel)
    for step in range(40):
        if step % 9 == 8:
            press(qtbot, win, Qt.Key_Z, Qt.ControlModifier)
        elif step % 5 == 4:
            ctl.toggle_maybe(turn.choice(uids))
        else:
            ctl.toggle_star(turn.choice(uids))
        qtbot.waitUntil(lambda: not win.idle.busy)
        fresh = ClashPanel(panel.others)
        fresh.populate(ctl.clashes, ctl.schedule, ctl.zone)
        assert shown(panel) == shown(fresh), step
        most = max(most, len(ctl.clashes))
    assert most >= 3  # (the walk made clashes to show)


def test_keep_this_one_can_unstar_the_others_and_remembers_the_choice(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir)
    helion, lights = by_title(ctl.schedule, HELION), by_title(ctl.schedule, LIGHTS)
    ctl.toggle_star(helion.uid)
    ctl.toggle_star(lights.uid)
    panel = win.clash_panel
    panel.others_box.setCurrentIndex(panel.others_box.findData("unstar"))
    keep = next(b for b in panel.keep_buttons if b.property("uid") == lights.uid)
    assert "unstar the sessions it clashes with" in keep.toolTip()
    qtbot.mouseClick(keep, Qt.LeftButton)
    assert ctl.state(lights.uid) == "star" and ctl.state(helion.uid) is None and saved(qtbot, ctl).state(helion.uid) is None
    assert ctl.clashes == []
    qtbot.keyClick(win, Qt.Key_Z, Qt.ControlModifier)  # one step takes it back
    assert ctl.state(helion.uid) == "star" and len(ctl.clashes) == 1
    win.close()
    ctl2, win2 = open_window(qtbot, data_dir)  # the choice is remembered
    assert win2.clash_panel.others == "unstar" and ctl2.settings.clash_others == "unstar"


def test_undo_redo_star_changes(qtbot, window):
    ctl, win = window
    helion, lights = by_title(ctl.schedule, HELION), by_title(ctl.schedule, LIGHTS)
    ctl.toggle_star(helion.uid)
    ctl.toggle_star(lights.uid)
    ctl.keep_only(lights.uid, ctl.clashes[0])
    assert ctl.state(helion.uid) == MAYBE
    qtbot.keyClick(win, Qt.Key_Z, Qt.ControlModifier)
    assert ctl.state(helion.uid) == "star" and len(ctl.clashes) == 1
    qtbot.keyClick(win, Qt.Key_Z, Qt.ControlModifier)
    assert ctl.state(lights.uid) is None and saved(qtbot, ctl).state(lights.uid) is None
    qtbot.keyClick(win, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert ctl.state(lights.uid) == "star"


def test_picks_survive_restart(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir)
    helion = by_title(ctl.schedule, HELION)
    click_block(qtbot, win, helion.uid, where="star")
    win.close()
    ctl2, win2 = open_window(qtbot, data_dir)
    assert ctl2.state(helion.uid) == "star"
    assert win2.grid.states.get(helion.uid) == "star"


def test_my_agenda_gaps_and_highlight(qtbot, window):
    ctl, win = window
    keynote = by_title(ctl.schedule, "Keynote: PyTorch Updates")  # 09:10-09:30
    helion = by_title(ctl.schedule, HELION)  # 11:00-11:25
    ctl.toggle_star(keynote.uid)
    ctl.toggle_star(helion.uid)
    texts = [win.agenda.list.item(i).text() for i in range(win.agenda.list.count())]
    assert texts[0] == "Tuesday 07 April"
    assert any(t.strip() == "90 min free" for t in texts)
    gap = next(win.agenda.list.item(i) for i in range(win.agenda.list.count()) if "min free" in win.agenda.list.item(i).text())
    win.agenda.list.itemClicked.emit(gap)
    fits = win.grid.highlight
    assert fits and all(keynote.end <= ctl.schedule.get(u).start and ctl.schedule.get(u).end <= helion.start for u in fits)


def test_a_gap_that_fits_one_session_says_so_in_the_singular(qtbot, window):
    """My agenda's free time between two picks that only one session fits: clicking it lights that session and
    the status bar says "1 session fits in this gap" (it said "1 sessions fit")."""
    ctl, win = window
    timed = sorted((s for s in ctl.schedule.sessions if not s.all_day), key=lambda s: (s.start, s.uid))

    def fitting(start, end) -> list:
        return [s for s in timed if start <= s.start and s.end <= end]

    day = lambda s: s.start.astimezone(ctl.zone).date()  # noqa: E731
    first, then = next((a, b) for a in timed for b in timed if day(a) == day(b)
                       and b.start - a.end >= timedelta(minutes=5) and len(fitting(a.end, b.start)) == 1)
    ctl.toggle_star(first.uid)
    ctl.toggle_star(then.uid)
    click_the_gap(qtbot, win)
    assert win.grid.highlight == {fitting(first.end, then.start)[0].uid}
    assert win.statusBar().currentMessage() == "1 session fits in this gap"


def test_next_clash_key_and_room_change_setting(qtbot, window):
    ctl, win = window
    helion, lights = by_title(ctl.schedule, HELION), by_title(ctl.schedule, LIGHTS)
    ctl.toggle_star(helion.uid)
    ctl.toggle_star(lights.uid)
    qtbot.keyClick(win, Qt.Key_2, Qt.ControlModifier)
    qtbot.keyClick(win, Qt.Key_F8)
    assert win.days.index == 0 and win.grid.selected in {helion.uid, lights.uid}
    assert win.side.currentWidget() is win.clash_panel
    ctl.set_room_change(15)
    assert ctl.settings.room_change_minutes == 15
    from agenda.core.settings import Settings

    assert Settings.load(ctl.paths.settings).room_change_minutes == 15  # the CLI uses it too


def test_corrupt_picks_reported_in_window(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir)
    ctl.toggle_star(by_title(ctl.schedule, HELION).uid)
    path = ctl.paths.picks(ctl.key)
    win.close()
    path.write_text("{ not json")
    ctl2, win2 = open_window(qtbot, data_dir)
    assert win2.last_error and "kept aside" in win2.last_error
    assert any(p.name.startswith(path.name + ".corrupt-") for p in path.parent.iterdir())


def test_export_from_window(qtbot, window, tmp_path):
    ctl, win = window
    ctl.toggle_star(by_title(ctl.schedule, HELION).uid)
    target = tmp_path / "out" / "my-agenda.ics"
    assert win.output.export_to(target)
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert f"Exported 1 session to {target}" in win.statusBar().currentMessage()
    assert ctl.settings.export_dir == str(target.parent)


def test_export_dialog_offers_maybes_and_reminder_and_says_where_it_wrote(qtbot, data_dir, tmp_path, monkeypatch):
    import icalendar

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    ctl, win = open_window(qtbot, data_dir)
    helion, lights = by_title(ctl.schedule, HELION), by_title(ctl.schedule, LIGHTS)
    ctl.toggle_star(helion.uid)
    ctl.toggle_maybe(lights.uid)
    win.output.export_dialog()
    dlg = win.output.export_window
    qtbot.waitUntil(dlg.isVisible)
    assert dlg.path == home / "my-agenda.ics"  # no Documents folder: the home folder, not the current one
    assert not dlg.maybes.isChecked() and "1 maybe" in dlg.maybes.text()
    assert dlg.alarm_minutes == 10
    dlg.maybes.setChecked(True)
    dlg.alarm.setCurrentIndex(dlg.alarm.findData(30))
    target = tmp_path / "phone" / "agenda.ics"
    dlg.path_edit.setText(str(target))
    qtbot.mouseClick(dlg.export_button, Qt.LeftButton)
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    events = [c for c in cal.walk("VEVENT")]
    assert sorted(str(e["SUMMARY"]) for e in events) == sorted([HELION, LIGHTS])
    triggers = {e.walk("VALARM")[0]["TRIGGER"].dt for e in events}
    assert triggers == {timedelta(minutes=-30)}
    notice = win.output.export_notice  # a visible confirmation naming the file, not only the status bar
    qtbot.waitUntil(notice.isVisible)
    assert str(target) in notice.text() and "Exported 2 sessions" in notice.text()
    notice.close()
    # The choices are the next export's starting point, also after a restart.
    win.close()
    ctl2, win2 = open_window(qtbot, data_dir)
    win2.output.export_dialog()
    dlg2 = win2.output.export_window
    assert dlg2.path == target.parent / "my-agenda.ics" and dlg2.maybes.isChecked() and dlg2.alarm_minutes == 30
    dlg2.alarm.setCurrentIndex(dlg2.alarm.findData(None))
    dlg2.maybes.setChecked(False)
    qtbot.mouseClick(dlg2.export_button, Qt.LeftButton)
    cal = icalendar.Calendar.from_ical((target.parent / "my-agenda.ics").read_bytes())
    status = {str(e["SUMMARY"]): str(e.get("STATUS")) for e in cal.walk("VEVENT")}
    assert status == {HELION: "CONFIRMED", LIGHTS: "CANCELLED"} and not cal.walk("VALARM")  # the maybe is taken back
    assert "and 1 cancellation" in win2.output.export_notice.text()
    win2.output.export_notice.close()


@pytest.mark.parametrize("size", [(1366, 768), (683, 384)])
def test_clicking_the_star_of_a_block_cut_at_the_views_edge_stars_it(qtbot, data_dir, size):
    """A block half under the view's bottom edge, its star showing: a click on the star stars it. Selecting the
    block scrolls it into view (and on a narrow window opens the side panel) before the click was checked
    against the star, which had moved from under the pointer: the block was selected, not starred (seen in a
    real window at 1366×768, 2×)."""
    from PySide6.QtCore import QPoint

    ctl, win = open_window(qtbot, data_dir)
    win.resize(*size)
    qtbot.waitUntil(lambda: (win.width(), win.height()) == size)
    qtbot.wait(50)
    g = win.grid
    talk = by_title(ctl.schedule, "Bringing ExecuTorch To the Next Frontiers of Edge AI")
    win.days.set_day(win.days.dates.index(talk.start.astimezone(ctl.zone).date()))
    g.ensure_visible(talk.uid)
    r = g.viewport_rect(talk.uid)
    # Scroll until the block's bottom is under the view's bottom edge, its star still in view.
    g.verticalScrollBar().setValue(g.verticalScrollBar().value() + int(r.bottom() - g.viewport().height()) - 20)
    qtbot.wait(20)
    r = g.viewport_rect(talk.uid)
    star = g.star_rect(r).center()
    assert r.bottom() > g.viewport().height() > star.y() + 8  # cut at the edge; its star in view
    qtbot.mouseClick(g.viewport(), Qt.LeftButton, pos=QPoint(int(star.x()), int(star.y())))
    qtbot.waitUntil(lambda: ctl.state(talk.uid) == STAR)
    assert g.selected == talk.uid
