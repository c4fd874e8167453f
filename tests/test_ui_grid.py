"""The window: grid layout, search and filters, days, details, keyboard, bad files."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QPoint, Qt

from .conftest import FEEDS, SEED
from .helpers import BEFORE, by_title, click_block, open_window, run_cli, wheel

ROOMS = ["Master Stage", "Central Room", "Junior Stage", "Founders Cafe", "Open Platform", "Lobby"]


def test_day_one_columns_all_rooms_none_dropped(window):
    ctl, win = window
    labels = [c.label for c in win.grid.day_layout.columns]
    assert labels[:6] == ["Master Stage", "Central Room", "Founders Cafe", "Open Platform", "Junior Stage", "Lobby"]
    assert set(labels[:6]) == set(ROOMS)
    assert labels[6].startswith("Biblioteca Room at La Felicità")  # off-site lunch, its own column
    assert labels[7] == "Paris, France (venue-wide)"  # the soirée with no room
    assert len(labels) == 8
    day1 = [s for s in ctl.schedule.sessions if s.start.astimezone(ctl.zone).day == 7]
    assert {b.uid for b in win.grid.day_layout.blocks} == {s.uid for s in day1}


def test_column_order_is_stable(qtbot, data_dir, tmp_path):
    _, a = open_window(qtbot, data_dir)
    _, b = open_window(qtbot, tmp_path / "other")
    assert [c.label for c in a.grid.day_layout.columns] == [c.label for c in b.grid.day_layout.columns]


def test_blocks_sit_at_their_times(window):
    ctl, win = window
    g = win.grid
    keynote = by_title(ctl.schedule, "Keynote: Co-Evolution: How the Open Source Intelligence Stack Compounds")
    helion = by_title(ctl.schedule, "Helion 1.0: A High-Level DSL for Performance Portable Kernels")
    k, h = g.block_rect(keynote.uid), g.block_rect(helion.uid)
    # Each block starts where the time axis has its start and ends where it has its end; the hour label
    # "11:00" is drawn where Helion (11:00-11:25) starts. Short sessions stretch the axis, never shrink it.
    assert k.top() - 1 == pytest.approx(g.y_for(9 * 60))
    assert h.top() - 1 == pytest.approx(g.y_for(11 * 60))
    assert h.height() + 2 == pytest.approx(g.y_for(11 * 60 + 25) - g.y_for(11 * 60))
    assert h.top() - k.top() >= 120 * g.scale.ppm  # 09:00 -> 11:00: at least two hours at the zoom's rate
    assert h.height() + 2 >= 25 * g.scale.ppm
    assert g.day_layout.block(helion.uid).top == 11 * 60  # minutes since local midnight
    marks = dict((label, m) for m, label in g.day_layout.hour_marks)
    assert marks["11:00"] == 11 * 60
    assert g.minute_at(g.y_for(11 * 60 + 7)) == pytest.approx(11 * 60 + 7)


def test_overlapping_sessions_in_one_room_get_sub_columns(window):
    ctl, win = window
    g = win.grid
    blocks = [b for b in g.day_layout.blocks if g.day_layout.columns[b.column].label == "Open Platform"]
    # Five parallel poster sessions get five lanes; the all-day Community Expo is a band beside them, not a
    # sixth lane that squeezes them.
    assert max(b.lanes for b in blocks if not b.band) >= 5
    expo = [b for b in blocks if b.band]
    assert [ctl.schedule.get(b.uid).title for b in expo] == ["Community Expo"]
    assert g.block_rect(expo[0].uid).width() < 30
    for a in blocks:
        for b in blocks:
            if a.uid < b.uid and a.top < b.bottom and b.top < a.bottom:
                assert a.lane != b.lane or a.band != b.band
                assert not g.block_rect(a.uid).intersects(g.block_rect(b.uid)), "drawn over each other"


def test_search_dims_and_hides(qtbot, window):
    ctl, win = window
    helion = by_title(ctl.schedule, "Helion 1.0: A High-Level DSL for Performance Portable Kernels")
    qtbot.keyClicks(win.finding.search, "oguz")  # speaker name, any case
    assert helion.uid in win.grid.match and 1 <= len(win.grid.match) <= 3
    for uid in win.grid.match:
        s = ctl.schedule.get(uid)
        assert "oguz" in (s.speaker_text + s.description).casefold()
    assert win.grid.uid_at(win.grid.viewport_rect(helion.uid).center()) == helion.uid
    win.finding.hide_unmatched.setChecked(True)
    other = by_title(ctl.schedule, "Keynote: PyTorch Updates")
    assert other.uid not in win.grid.match and win.grid.is_shown(other.uid) is False
    win.finding.search.clear()
    assert win.grid.match is None


def test_track_room_and_starred_filters(qtbot, window):
    ctl, win = window
    action = next(a for a in win.finding.track_menu.actions() if a.text() == "Keynote Sessions")
    action.trigger()
    assert win.grid.match and all(ctl.schedule.get(u).track == "KEYNOTE SESSIONS" for u in win.grid.match)
    action.trigger()
    room = next(a for a in win.finding.room_menu.actions() if a.text() == "Lobby")
    room.trigger()
    assert {ctl.schedule.get(u).room for u in win.grid.match} == {"Lobby"}
    room.trigger()
    win.finding.starred_only.setChecked(True)
    assert win.grid.match == set()
    ctl.toggle_star(by_title(ctl.schedule, "Keynote: PyTorch Updates").uid)
    assert len(win.grid.match) == 1


def test_day_switching_by_keyboard(qtbot, window):
    ctl, win = window
    assert [d.isoformat() for d in win.days.dates] == ["2026-04-07", "2026-04-08"]
    assert win.days.index == 0  # before the conference: first day
    qtbot.keyClick(win, Qt.Key_2, Qt.ControlModifier)
    assert win.days.index == 1 and win.grid.day_layout.day.isoformat() == "2026-04-08"
    assert win.day_tabs.currentIndex() == 1
    qtbot.keyClick(win, Qt.Key_1, Qt.ControlModifier)
    assert win.days.index == 0


def test_opens_on_today_during_the_conference_with_now_line(qtbot, data_dir):
    during = datetime(2026, 4, 8, 9, 30, tzinfo=timezone.utc)  # 11:30 in Paris on day 2
    ctl, win = open_window(qtbot, data_dir, clock=during)
    assert win.days.index == 1
    assert win.grid.now_y() == pytest.approx(win.grid.y_for(11 * 60 + 30))
    ctl2, win2 = open_window(qtbot, data_dir / "b", clock=BEFORE)
    assert win2.grid.now_y() is None


def test_detail_pane_and_plain_text(qtbot, window):
    ctl, win = window
    helion = by_title(ctl.schedule, "Helion 1.0: A High-Level DSL for Performance Portable Kernels")
    click_block(qtbot, win, helion.uid)
    d = win.details
    assert d.title.text() == helion.title
    assert d.speakers.text() == "Oguz Ulgen, Meta"
    assert "11:00–11:25" in d.when.text() and "Europe/Paris" in d.when.text()
    assert d.where.text().startswith("Master Stage")
    assert d.title.textFormat() == Qt.PlainText
    assert d.link_btn.isEnabled() and d.url.scheme() == "http"


def test_keyboard_navigation_and_enter(qtbot, window):
    ctl, win = window
    g = win.grid
    helion = by_title(ctl.schedule, "Helion 1.0: A High-Level DSL for Performance Portable Kernels")
    g.setFocus()
    g.select(helion.uid)
    qtbot.keyClick(g, Qt.Key_Right)
    right = ctl.schedule.get(g.selected)
    assert right.room == "Central Room"
    assert right.start.astimezone(ctl.zone).strftime("%H:%M") == "11:00"
    qtbot.keyClick(g, Qt.Key_Down)
    below = ctl.schedule.get(g.selected)
    assert below.room == "Central Room" and below.start > right.start
    qtbot.keyClick(g, Qt.Key_Up)
    assert g.selected == right.uid
    win.side.setCurrentIndex(1)
    qtbot.keyClick(g, Qt.Key_Return)
    assert win.side.currentWidget() is win.details and win.details.uid == right.uid


def test_every_block_has_an_accessible_name(window):
    ctl, win = window
    for b in win.grid.day_layout.blocks:
        name = win.grid.accessible_name(b.uid)
        assert ctl.schedule.get(b.uid).title in name and ("to" in name)
    win.grid.select(win.grid.day_layout.blocks[0].uid)
    assert win.grid.accessibleDescription() == win.grid.accessible_name(win.grid.day_layout.blocks[0].uid)


def test_opening_a_bad_file_keeps_the_schedule(qtbot, window):
    ctl, win = window
    before = ctl.schedule
    assert win.open_path(str(FEEDS / "bad_fuzz_garbage.ics")) is False
    assert ctl.schedule is before
    assert "bad_fuzz_garbage.ics line 55" in win.last_error
    assert win.grid.day_layout.columns  # still showing the seed


def test_open_another_feed_and_recent(qtbot, window):
    ctl, win = window
    assert win.open_path(str(FEEDS / "pyconau2023_pretalx.ics"))
    assert ctl.schedule.timezone == "Australia/Adelaide"
    assert "Australia/Adelaide" in win.zone_label.text()
    assert ctl.settings.recent_feeds[0] == str(FEEDS / "pyconau2023_pretalx.ics")


def test_zone_switch_relabels_and_moves_blocks(qtbot, window):
    ctl, win = window
    keynote = by_title(ctl.schedule, "Keynote: Co-Evolution: How the Open Source Intelligence Stack Compounds")
    assert win.zone_label.text() == "Times: Europe/Paris (venue time)"
    assert win.menus.set_custom_zone("Asia/Tokyo")
    assert win.zone_label.text() == "Times: Asia/Tokyo (chosen zone)"
    assert win.grid.day_layout.block(keynote.uid).top == 16 * 60  # 09:00 Paris is 16:00 in Tokyo
    assert not win.menus.set_custom_zone("Not/AZone") and "unknown time zone" in win.last_error
    ctl.set_zone_mode("venue")
    assert win.grid.day_layout.block(keynote.uid).top == 9 * 60


def test_fosdem_opens_and_scrolls(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir, feed=FEEDS / "fosdem2026_pentabarf.ics")
    assert len(ctl.schedule.sessions) == 1067
    total_rooms = {c.label for i in range(len(win.days.dates)) for c in (win.days.set_day(i) or win.grid.day_layout.columns)}
    assert len(total_rooms) == 37
    g = win.grid
    for value in range(0, g.horizontalScrollBar().maximum() + 1, 400):
        g.horizontalScrollBar().setValue(value)
        g.verticalScrollBar().setValue(value)
        g.viewport().repaint()
    assert not g.grab().isNull()


def test_screenshot_command(tmp_path, data_dir):
    from PySide6.QtGui import QImage

    target = tmp_path / "shot.png"
    r = run_cli("--screenshot", str(target), str(SEED), "--day", "2", "--size", "1280x800", "--data-dir", str(data_dir))
    assert r.code == 0, r.err
    img = QImage(str(target))
    assert (img.width(), img.height()) == (1280, 800)
    r = run_cli("--screenshot", str(target), str(SEED), "--day", "9", "--data-dir", str(data_dir))
    assert r.code == 2 and "--day 9" in r.err


def test_screenshot_of_a_broken_feed_is_one_line_naming_the_line(tmp_path, data_dir):
    # A first open parses in worker processes while the window starts; their error must still be the one
    # line the one-process reader gives, and no picture is written.
    broken = tmp_path / "broken.ics"
    broken.write_bytes(b"BEGIN:VCALENDAR\nVERSION:2.0\nX;;;\n:::\nEND:VCALENDAR\n")
    target = tmp_path / "shot.png"
    r = run_cli("--screenshot", str(target), str(broken), "--data-dir", str(data_dir))
    assert r.code == 2 and not target.exists()
    assert r.err.count("\n") == 1 and f"{broken} line 4: not a calendar line" in r.err


def _in_view(g) -> set[str]:
    from PySide6.QtCore import QRectF

    view = QRectF(g.viewport().rect())
    return {u for u in g.order if g.viewport_rect(u).intersects(view)}


def test_a_wheel_notch_shows_blocks_drawn_around_the_view_while_idle(qtbot, data_dir):
    """Once the window has been idle a moment, a wheel notch down, or Shift+wheel across the rooms, brings
    blocks into view that were drawn already (the frame only copies their pictures), and they show the
    pixels a fresh drawing gives."""
    from PySide6.QtGui import QPixmapCache

    _, win = open_window(qtbot, data_dir, feed=FEEDS / "fosdem2026_pentabarf.ics")
    g, vp = win.grid, win.grid.viewport()
    for modifiers in (Qt.NoModifier, Qt.ShiftModifier, Qt.NoModifier):
        qtbot.waitUntil(lambda: not g.around.drawing)
        shown, drawn = _in_view(g), g.pictures_drawn
        wheel(vp, -1, modifiers=modifiers)
        vp.repaint()
        assert _in_view(g) - shown  # new blocks came into view...
        assert g.pictures_drawn == drawn  # ...none of them drawn while the person waited for the frame
    assert g.horizontalScrollBar().value() > 0 and g.verticalScrollBar().value() > 0
    ahead = g.grab().toImage()
    QPixmapCache.clear()
    assert g.grab().toImage() == ahead


def test_shift_wheel_and_a_tilt_wheel_scroll_across_the_rooms(qtbot, data_dir):
    """Shift+wheel scrolls across (not a screen down, Qt's own), as does a tilt wheel or a sideways swipe,
    each notch about three quarters of a room, back and forth."""
    _, win = open_window(qtbot, data_dir, feed=FEEDS / "fosdem2026_pentabarf.ics")
    g = win.grid
    bar, room = g.horizontalScrollBar(), min(g.col_w)
    for notch in (lambda n: wheel(g.viewport(), n, modifiers=Qt.ShiftModifier), lambda n: wheel(g.viewport(), 0, across=n)):
        bar.setValue(0)
        top = g.verticalScrollBar().value()
        notch(-1)
        assert room / 2 < bar.value() < room and g.verticalScrollBar().value() == top
        notch(-2)
        assert bar.value() > 2 * room
        notch(3)
        assert bar.value() == 0


def test_other_days_are_drawn_ahead_while_idle(qtbot, data_dir):
    """Switching to a day for the first time shows pictures drawn while the window was idle (so it is as
    quick as going back to a day), and they are the pixels a fresh drawing gives, stars included."""
    from PySide6.QtGui import QPixmapCache

    ctl, win = open_window(qtbot, data_dir, feed=FEEDS / "fosdem2026_pentabarf.ics")
    g = win.grid
    day2 = [s for s in ctl.schedule.sessions if s.start.astimezone(ctl.zone).date() == win.days.dates[1]]
    ctl.toggle_star(min(day2, key=lambda s: s.start).uid)  # in the view day 2 opens on
    qtbot.waitUntil(lambda: g.ahead.days_ready == len(win.days.dates) and not g.ahead.warming)
    g.horizontalScrollBar().setValue(900)  # a day opens scrolled as far across as the last one was
    assert g.ahead.warming  # drawn again for the new view, once the scrolling has stopped
    qtbot.waitUntil(lambda: not g.ahead.warming)
    drawn = g.pictures_drawn
    win.days.set_day(1)
    g.viewport().repaint()
    assert g.horizontalScrollBar().value() == 900
    assert g.pictures_drawn == drawn  # nothing had to be drawn afresh
    ahead = g.grab().toImage()
    QPixmapCache.clear()
    fresh = g.grab().toImage()
    assert g.pictures_drawn > drawn + 10  # the grab above drew every block in view again
    assert ahead == fresh
    # The day left is drawn ahead too, at the view it opens on again (its first sessions).
    g.verticalScrollBar().setValue(g.verticalScrollBar().maximum())
    win.days.set_day(0)
    QPixmapCache.clear()
    qtbot.waitUntil(lambda: not g.ahead.warming)
    drawn = g.pictures_drawn
    win.days.set_day(1)
    g.viewport().repaint()
    assert g.pictures_drawn == drawn
    assert g.grab().toImage() == fresh


def test_search_right_after_opening_covers_the_whole_schedule(qtbot, data_dir):
    """The search index is built while the window is idle, a slice at a time; a search typed before it is
    done still looks at every session."""
    ctl, win = open_window(qtbot, data_dir, feed=FEEDS / "fosdem2026_pentabarf.ics")
    sessions = ctl.schedule.sessions

    def expected(word):
        return {s.uid for s in sessions
                if word in " ".join(filter(None, (s.title, s.speaker_text, s.description, s.room, s.venue, s.track))).casefold()}

    last = sessions[-1]
    word = max(last.title.casefold().split(), key=len)
    assert expected(word) < {s.uid for s in sessions}
    ctl.scheduleChanged.emit()  # as just after opening: a new index, built while idle
    index = win.finding.index
    assert not index.complete
    index.build(100)  # ... and a first slice done
    assert len(index) == 100
    qtbot.keyClicks(win.finding.search, word)
    assert last.uid in win.grid.match and win.grid.match == expected(word)
    win.finding.search.clear()
    ctl.scheduleChanged.emit()
    index = win.finding.index
    assert len(index) < len(sessions)
    qtbot.waitUntil(lambda: index.complete)  # the idle-time build, left to run
    qtbot.keyClicks(win.finding.search, "rust")
    assert win.grid.match == expected("rust") and len(win.grid.match) > 5


def test_a_scroll_step_out_of_time_shows_at_once_and_draws_the_rest_next(qtbot, data_dir):
    """A scroll step of the user's onto ground not drawn yet, on a machine too slow to draw every block it
    brings into view within the frame (here: no time at all), shows at once: the blocks as their shapes.
    Without any further input they are drawn whole in the next turns of the event loop, and a picture taken
    of the grid at any moment (a screenshot, a grab) shows every block whole."""
    from PySide6.QtGui import QPixmapCache

    _, win = open_window(qtbot, data_dir, feed=FEEDS / "fosdem2026_pentabarf.ics")
    g, vp = win.grid, win.grid.viewport()
    qtbot.waitUntil(lambda: not g.around.drawing)
    g.around.budget.MS = 0.0  # the slowest machine: no picture fits in a scroll step's frame
    QPixmapCache.clear()  # nothing drawn anywhere
    drawn = g.pictures_drawn
    for bar in (g.verticalScrollBar(), g.horizontalScrollBar()):  # as dragging each bar's thumb does
        bar.setSliderPosition(bar.maximum() // 2)
    vp.repaint()
    assert _in_view(g) and g.pictures_drawn == drawn  # the frame showed without drawing a block afresh
    grabbed = g.grab().toImage()  # at once, before the event loop ran: every block whole
    assert g.pictures_drawn >= drawn + len(_in_view(g))
    QPixmapCache.clear()
    assert g.grab().toImage() == grabbed
    # A wheel notch down onto ground not drawn: the same, and the next turns draw the blocks whole.
    g.verticalScrollBar().setValue(0)
    vp.repaint()
    QPixmapCache.clear()
    drawn = g.pictures_drawn
    wheel(vp, -1)
    vp.repaint()
    assert g.verticalScrollBar().value() > 0 and g.pictures_drawn == drawn
    qtbot.waitUntil(lambda: g.pictures_drawn >= drawn + len(_in_view(g)))  # no input: the next turns draw them
    shown = vp.grab().toImage()
    QPixmapCache.clear()
    assert vp.grab().toImage() == shown  # whole: what a fresh drawing gives


@pytest.mark.parametrize("dpr", [1.0, 1.5, 2.0])
def test_the_grids_fill_gives_the_pixels_fillrect_gives(qapp, dpr):
    # block_paint.fill stands in for QPainter.fillRect (whose first call costs start-up 2-3 ms): the same
    # pixels for the grid's kinds of rectangle, whole and fractional, opaque and translucent, antialiased.
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from agenda.ui.grid.block_paint import fill
    from agenda.ui.grid.shape import CLASH_RED

    rects = [(QRectF(0, 0, 58, 400), QColor("#f0f0f0")), (QRectF(50, 12.0, 300, 1), QColor(0, 0, 0, 38)),
             (QRectF(120, 0, 1, 400), QColor(0, 0, 0, 80)), (QRectF(63.5, 137.25, 5, 40.5), CLASH_RED),
             (QRectF(10.3, 20.7, 100.4, 30.2), QColor(30, 120, 200, 150))]
    images = []
    for use_fill in (False, True):
        image = QImage(int(400 * dpr), int(400 * dpr), QImage.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(dpr)
        image.fill(QColor("white"))
        p = QPainter(image)
        p.setRenderHint(QPainter.Antialiasing)
        for r, colour in rects:
            if use_fill:
                fill(p, colour, r)
            else:
                p.fillRect(r, colour)
        p.end()
        images.append(image)
    assert images[0] == images[1]
    assert images[1].pixelColor(int(30 * dpr), int(200 * dpr)) != QColor("white")  # something was drawn


def test_a_session_years_long_is_drawn_and_its_end_is_said(qtbot, data_dir, tmp_path):
    """A project of three years in a feed (a year typed wrong) hung the window drawing a block years tall. The
    window opens on it, its block ends with the day, and clicking it shows when it really ends."""
    from .test_layout import long_feed

    ctl, win = open_window(qtbot, data_dir, feed=long_feed(tmp_path))
    win.grid.grab()  # painted: every block of the day drawn
    assert win.grid.day_layout.last_minute == 25 * 60
    grid = win.grid
    grid.ensure_visible("years")
    top = grid.viewport_rect("years").topLeft()  # (its middle is hours below the view)
    qtbot.mouseClick(grid.viewport(), Qt.LeftButton, pos=QPoint(int(top.x()) + 20, max(0, int(top.y())) + 30))
    assert grid.selected == "years"
    qtbot.waitUntil(lambda: "09:00–Tue 10 Apr 2029 10:00" in win.details.when.text())
    assert "09:00 to Tue 10 Apr 2029 10:00" in grid.accessibleDescription()  # as a screen reader says it


def test_a_holiday_of_the_whole_day_is_on_the_grid_and_can_be_starred(qtbot, data_dir):
    """Google Calendar's US holidays: the grid said "No sessions on this day" on New Year's Day. Its block is
    there now, says "all day", opens its details and takes a star, which My agenda lists as all day."""
    from .helpers import choose_side_tab, title_lines

    feed = FEEDS / "google_public_holidays.ics"
    ctl, win = open_window(qtbot, data_dir, feed=feed)
    day = win.days.current_day()
    first = [s for s in ctl.schedule.sessions if s.start_date(ctl.zone) == day]
    assert first and all(s.all_day for s in first)
    win.grid.grab()
    assert {b.uid for b in win.grid.day_layout.blocks} == {s.uid for s in first}
    holiday = first[0]
    _, _, lines = title_lines(win, holiday.uid)
    assert "all day" in [line.text for line in lines]
    click_block(qtbot, win, holiday.uid)
    assert win.grid.selected == holiday.uid
    assert win.details.title.text() == holiday.title and win.details.when.text().endswith(", all day")
    said = win.grid.accessibleDescription()  # as a screen reader says it
    assert said.startswith(f"{holiday.title}, all day, ") and " to " not in said
    click_block(qtbot, win, holiday.uid, where="star")
    assert ctl.state(holiday.uid) == "star"
    choose_side_tab(qtbot, win, win.agenda)
    rows = [win.agenda.list.item(i).text() for i in range(win.agenda.list.count())]
    assert any(r.startswith(f"★ all day  {holiday.title}") for r in rows), rows


def test_the_days_of_a_calendar_of_several_years_say_their_year(qtbot, data_dir):
    """Google's US holidays run over several years: two tabs read "Fri 01 Jan" before, one for each New Year. Each
    tab says its year then, and so does the Days menu; a conference of one year keeps its short tabs."""
    ctl, win = open_window(qtbot, data_dir, feed=FEEDS / "google_public_holidays.ics")
    days = win.days.dates
    assert len({d.year for d in days}) > 1
    tabs = [win.days.tabs.tabText(i) for i in range(win.days.tabs.count())]
    assert all(t.endswith(f" {d.year}") for t, d in zip(tabs, days, strict=True)) and len(set(tabs)) == len(tabs)
    assert win.days.menu_btn.isVisible()  # 111 days do not fit: the menu of days is offered
    win.days.menu_btn.menu().aboutToShow.emit()
    entries = [a.text() for a in win.days.menu_btn.menu().actions()]
    assert entries and all(str(d.year) in e for e, d in zip(entries, days, strict=True))
    win.close()
    ctl, win = open_window(qtbot, data_dir)
    assert [win.days.tabs.tabText(i) for i in range(win.days.tabs.count())] == ["Tue 07 Apr", "Wed 08 Apr"]
