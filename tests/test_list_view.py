"""The list view (View → List view): the day's sessions in time order, grouped by start time, with the
grid's marks, filters, search, selection and keys; remembered; read by a screen reader as a list of
named, checkable items."""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from agenda.core.plan.layout import session_day
from agenda.core.plan.picks import MAYBE, STAR
from agenda.core.storage import DataPaths
from agenda.ui.listview.view import star_box

from .conftest import FEEDS
from .helpers import TITLE_HELION, TITLE_LIGHTS, by_title, menu_action, open_window


def _list(qtbot, win):
    menu_action(win, "List view").trigger()
    lv = win.view_options.list_view
    qtbot.waitUntil(lambda: lv.isVisible() and not win.grid.isVisible())
    return lv


def _click_star(qtbot, lv, uid):
    index = lv.list_model.index(lv.list_model.row_of(uid))
    lv.scrollTo(index)
    pos = star_box(lv.visualRect(index).toRectF()).center().toPoint()
    qtbot.mouseClick(lv.viewport(), Qt.LeftButton, pos=QPoint(pos.x(), pos.y()))


def _on_day(ctl, day):
    return {s.uid for s in ctl.schedule.sessions if session_day(s, ctl.zone, ctl.schedule.feed_days) == day}


def _rows_drawn_switching_to(qtbot, win, ctl, lv, n: int) -> int:
    """How many rows the list draws afresh when Ctrl+``n`` switches it to day ``n`` and it repaints."""
    lv.viewport().repaint()
    drawn = lv.rows_drawn
    qtbot.keyClick(win, getattr(Qt, f"Key_{n}"), Qt.ControlModifier)
    qtbot.waitUntil(lambda: set(lv.list_model.uids) == _on_day(ctl, win.days.dates[n - 1]))
    lv.viewport().repaint()
    return lv.rows_drawn - drawn


def test_the_list_shows_each_day_in_time_order_grouped_and_is_remembered(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir)
    lv = _list(qtbot, win)
    rows = lv.list_model.uids
    assert set(rows) == _on_day(ctl, win.days.current_day()) and len(rows) > 50
    starts = [ctl.schedule.get(u).start for u in rows]
    assert starts == sorted(starts)
    # A group (a time label) where the start changes, and only there.
    assert lv.list_model.group_starts == {i for i in range(len(rows)) if i == 0 or starts[i] != starts[i - 1]}
    assert len(lv.list_model.group_starts) < len(rows)
    qtbot.keyClick(win, Qt.Key_2, Qt.ControlModifier)  # the second day, as on the grid
    qtbot.waitUntil(lambda: set(lv.list_model.uids) == _on_day(ctl, win.days.dates[1]))
    settings = Path(DataPaths.under(data_dir).settings)
    qtbot.waitUntil(lambda: json.loads(settings.read_text()).get("list_view") is True, timeout=3000)
    win.close()
    ctl2, win2 = open_window(qtbot, data_dir)
    assert win2.view_options.list_view is not None and win2.view_options.list_view.isVisible()
    assert not win2.grid.isVisible()
    menu_action(win2, "List view").trigger()  # and back to the grid
    assert win2.grid.isVisible() and not win2.view_options.list_view.isVisible()


def test_the_grids_keys_and_clicks_work_in_the_list(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir)
    lv = _list(qtbot, win)
    assert lv.hasFocus()
    qtbot.keyClick(lv, Qt.Key_Down)
    first = lv.current_uid()
    assert first == lv.list_model.uids[0] and win.grid.selected == first
    assert win.details.title.text() == ctl.schedule.get(first).title
    qtbot.keyClick(lv, Qt.Key_Down)
    second = lv.current_uid()
    assert second == lv.list_model.uids[1] and win.grid.selected == second
    qtbot.keyClick(lv, Qt.Key_Space)
    assert ctl.state(second) == STAR
    qtbot.keyClick(lv, Qt.Key_Space, Qt.ShiftModifier)
    assert ctl.state(second) == MAYBE
    qtbot.keyClick(lv, Qt.Key_Right)  # the next start time
    nxt = lv.list_model.uids.index(lv.current_uid())
    assert nxt in lv.list_model.group_starts and nxt > 1
    # A click on a row's star stars it; two that overlap are a clash, said on both rows.
    helion, lights = by_title(ctl.schedule, TITLE_HELION).uid, by_title(ctl.schedule, TITLE_LIGHTS).uid
    _click_star(qtbot, lv, helion)
    _click_star(qtbot, lv, lights)
    assert ctl.state(helion) == STAR and ctl.state(lights) == STAR
    for uid in (helion, lights):
        index = lv.list_model.index(lv.list_model.row_of(uid))
        assert "clashes with another pick" in index.data(Qt.AccessibleDescriptionRole)
        assert index.data(Qt.CheckStateRole) == Qt.Checked
    assert win.clash_label.text() != "No clashes"
    # Enter opens the details of the row.
    win.side.setCurrentWidget(win.agenda)
    qtbot.keyClick(lv, Qt.Key_Return)
    assert win.side.currentWidget() is win.details and win.details.title.text() == TITLE_LIGHTS
    # The Menu key opens the session's menu, as on the grid.
    qtbot.keyClick(lv, Qt.Key_Menu)
    qtbot.waitUntil(lambda: win.session_menu.menu is not None and win.session_menu.menu.isVisible())
    win.session_menu.menu.hide()


def test_search_and_filters_apply_to_the_list(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir)
    lv = _list(qtbot, win)
    everything = list(lv.list_model.uids)
    qtbot.keyClicks(win.finding.search, "keynote")
    assert lv.list_model.uids == everything  # dimmed, not hidden
    assert win.grid.match and not set(everything) <= win.grid.match
    win.finding.hide_unmatched.setChecked(True)
    qtbot.waitUntil(lambda: set(lv.list_model.uids) == set(everything) & win.grid.match)
    qtbot.keyClick(win.finding.search, Qt.Key_Return)  # Enter walks the matches: the list follows
    assert lv.current_uid() == win.grid.selected and lv.current_uid() in win.grid.match
    win.finding.hide_unmatched.setChecked(False)
    win.finding.search.clear()
    assert lv.list_model.uids == everything
    helion = by_title(ctl.schedule, TITLE_HELION).uid
    ctl.toggle_star(helion)
    win.finding.starred_only.setChecked(True)
    assert lv.list_model.uids == [helion]


def test_the_list_draws_the_days_either_side_ahead_while_idle(qtbot, data_dir):
    """Switching day in the list shows rows drawn while the window was idle, the same pixels as drawn afresh."""
    from PySide6.QtGui import QPixmapCache

    ctl, win = open_window(qtbot, data_dir, feed=FEEDS / "fosdem2026_pentabarf.ics")
    lv = _list(qtbot, win)
    g = win.grid
    day2 = [s for s in ctl.schedule.sessions if s.start.astimezone(ctl.zone).date() == win.days.dates[1]]
    ctl.toggle_star(min(day2, key=lambda s: s.start).uid)  # a starred row among those day 2 opens on
    qtbot.waitUntil(lambda: g.ahead.days_ready == len(win.days.dates) and not g.ahead.warming)
    assert _rows_drawn_switching_to(qtbot, win, ctl, lv, 2) == 0  # nothing had to be drawn afresh
    drawn = lv.rows_drawn
    ahead = lv.viewport().grab().toImage()
    QPixmapCache.clear()
    fresh = lv.viewport().grab().toImage()
    assert lv.rows_drawn > drawn + 5  # the grab above drew every row in view again
    assert ahead == fresh
    menu_action(win, "List view").trigger()  # back to the grid: it draws its own days ahead again
    qtbot.waitUntil(lambda: not g.ahead.warming)
    drawn = g.pictures_drawn
    qtbot.keyClick(win, Qt.Key_1, Qt.ControlModifier)
    g.viewport().repaint()
    assert g.pictures_drawn == drawn


def test_the_list_on_the_last_day_has_the_first_drawn_ahead(qtbot, data_dir):
    """From the last day, Ctrl+1 goes back to the first: the list has drawn its rows ahead while idle (the first
    and last days are each other's neighbours), as it has the days either side; before, the first day's rows
    were drawn while the person waited (12-18 ms for a screenful at 10,000 sessions)."""
    ctl, win = open_window(qtbot, data_dir, feed=FEEDS / "pyconau2023_pretalx.ics")
    assert len(win.days.dates) == 3
    lv = _list(qtbot, win)
    g = win.grid
    qtbot.keyClick(win, Qt.Key_3, Qt.ControlModifier)
    qtbot.waitUntil(lambda: set(lv.list_model.uids) == _on_day(ctl, win.days.dates[2]))
    qtbot.waitUntil(lambda: g.ahead.days_ready == 3 and not g.ahead.warming)
    assert _rows_drawn_switching_to(qtbot, win, ctl, lv, 1) == 0  # nothing had to be drawn afresh


def test_a_list_scroll_step_out_of_time_shows_at_once_and_draws_the_rest_next(qtbot, data_dir):
    """As the grid's: a drag of the list's thumb onto rows not drawn yet, on a machine too slow to draw any row
    within the frame (here: no time at all), shows at once, the rows as their colours (track bar, a starred
    row's tint); the next turns of the event loop draw them whole, and a grab at any moment shows them whole."""
    from PySide6.QtGui import QPixmapCache

    ctl, win = open_window(qtbot, data_dir, feed=FEEDS / "fosdem2026_pentabarf.ics")
    lv = _list(qtbot, win)
    vp, bar = lv.viewport(), lv.verticalScrollBar()
    qtbot.waitUntil(lambda: lv.painted_once and bar.maximum() > 2000)
    lv.budget.MS = 0.0  # the slowest machine: no row fits in a scroll step's frame
    QPixmapCache.clear()
    drawn = lv.rows_drawn
    bar.setSliderPosition(bar.maximum() // 2)  # as dragging the thumb does
    vp.repaint()
    assert lv.rows_drawn == drawn  # the frame showed without drawing a row afresh
    grabbed = vp.grab().toImage()  # at once, before the event loop ran: every row whole
    rows = vp.height() // lv.visualRect(lv.list_model.index(0)).height()
    assert lv.rows_drawn >= drawn + rows
    QPixmapCache.clear()
    bar.setValue(0)
    vp.repaint()
    QPixmapCache.clear()
    drawn = lv.rows_drawn
    bar.setSliderPosition(bar.maximum() // 2)
    vp.repaint()
    assert lv.rows_drawn == drawn
    qtbot.waitUntil(lambda: lv.rows_drawn >= drawn + rows)  # no input: the next turn draws them whole
    assert vp.grab().toImage() == grabbed


def test_typing_a_search_dims_the_lists_other_rows_on_screen_at_once(qtbot, data_dir):
    # What the screen shows (the window's backing store), not a fresh drawing of the list: before, the rows
    # kept their old look until something else repainted the list, such as a scroll.
    ctl, win = open_window(qtbot, data_dir)
    lv = _list(qtbot, win)
    qtbot.waitUntil(lambda: lv.painted_once)
    qtbot.wait(50)
    other = next(row for row, uid in enumerate(lv.list_model.uids) if "Lunch" not in ctl.schedule.get(uid).title)
    r = lv.visualRect(lv.list_model.index(other))
    assert lv.viewport().rect().contains(r.center())

    def row_strip():
        img = win.screen().grabWindow(win.winId()).toImage()
        top_left = lv.viewport().mapTo(win, r.topLeft())
        return [img.pixelColor(top_left.x() + x, top_left.y() + y).rgb()
                for x in range(100, 400, 3) for y in range(2, r.height() - 2, 2)]

    before = row_strip()
    qtbot.keyClicks(win.finding.search, "Lunch")
    qtbot.waitUntil(lambda: win.grid.match is not None)
    qtbot.waitUntil(lambda: row_strip() != before, timeout=2000)  # dimmed: a row that does not match
    assert lv.list_model.uids[other] not in win.grid.match


def test_the_list_spells_a_track_as_the_legend_and_the_details_do(qtbot, data_dir, tmp_path):
    """A track the feed names in capitals ("BREAKS/EXHIBITS/SPECIAL EVENTS") reads in title case in a list
    row, as in the legend, the Tracks menu and the details: the row looks as it does for a feed that spells
    it "Breaks/Exhibits/Special Events" (the list wrote the capitals)."""
    seed = FEEDS / "pytorch-conference-europe-2026.ics"
    titled = tmp_path / "titled.ics"
    titled.write_text(seed.read_text(encoding="utf-8").replace("BREAKS/EXHIBITS/SPECIAL EVENTS",
                                                               "Breaks/Exhibits/Special Events"), encoding="utf-8")

    def meta_line(feed, folder):
        folder.mkdir(exist_ok=True)
        ctl, win = open_window(qtbot, folder, feed=feed)
        lv = _list(qtbot, win)
        uid = next(s.uid for s in ctl.schedule.sessions if s.title.startswith("Registration & Badge"))
        assert ctl.schedule.get(uid).track.lower() == "breaks/exhibits/special events"
        index = lv.list_model.index(lv.list_model.row_of(uid))
        lv.scrollTo(index)
        qtbot.wait(50)
        r = lv.visualRect(index)
        img = lv.viewport().grab().toImage()
        half = r.top() + r.height() // 2  # the row's second line: time, room, speakers, track
        line = img.copy(r.left() + 120, half, r.width() - 130, r.height() // 2 - 2)
        win.close()
        return line

    capitals, title_case = meta_line(seed, data_dir), meta_line(titled, tmp_path / "second")
    assert capitals.size() == title_case.size()
    assert len({capitals.pixel(x, y) for x in range(capitals.width()) for y in range(capitals.height())}) > 3  # text
    assert capitals == title_case


def test_clicking_the_star_of_a_row_cut_at_the_lists_edge_stars_it(qtbot, data_dir):
    """A row half under the list's bottom edge, its star showing: a click on the star stars it, as it does on the
    grid (where selecting a block cut at the edge scrolled it from under the pointer first: test_ui_stars)."""
    ctl, win = open_window(qtbot, data_dir)
    lv = _list(qtbot, win)
    vp = lv.viewport()

    def cut_row():  # a row whose lower part is under the list's bottom edge, its star (mid-row) in view
        for i in range(len(lv.list_model.uids)):
            r = lv.visualRect(lv.list_model.index(i))
            if r.top() + 0.7 * r.height() < vp.height() < r.bottom():
                return i
        return None

    for height in range(600, 760, 4):  # the list scrolls by rows: the window's height puts a row at the edge
        win.resize(1366, height)
        qtbot.waitUntil(lambda h=height: win.height() == h)
        if cut_row() is not None:
            break
    row = cut_row()
    assert row is not None
    index = lv.list_model.index(row)
    r = lv.visualRect(index)
    star = star_box(r.toRectF()).center().toPoint()
    assert r.bottom() > vp.height() > star.y() + 4  # cut at the edge; its star in view
    uid = lv.list_model.uids[row]
    qtbot.mouseClick(vp, Qt.LeftButton, pos=QPoint(star.x(), star.y()))
    qtbot.waitUntil(lambda: ctl.state(uid) == STAR)
