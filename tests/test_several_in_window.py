"""Several conferences at once (issue 35), in the window: File → Add a conference…, one grid with each
conference's rooms under its name and colour, a clash across them found, resolved and undone, one export of
both, each conference refreshed on its own with its change review, the plan remembered and a conference
removed without losing its picks.

The second conference is PyCon AU 2023's real pretalx iCalendar export with its dates moved so that its talk
"A Recent History of Python Through Stack Overflow" starts when the seed's Helion talk does (Tuesday 7 April
2026, 11:00 in Paris): see helpers.moved_pycon_au, which writes it."""
from __future__ import annotations

from datetime import timedelta

import icalendar
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from agenda.core.plan.clashes import ClashKind

from .conftest import FOSDEM_ICS, SEED
from .helpers import (
    ANCHOR,
    TITLE_HELION,
    VALIDATE,
    answer_dialog,
    by_title,
    choose_file,
    click_block,
    click_the_gap,
    flat,
    http_get,
    listed,
    menu_action,
    moved_pycon_au,
    open_window,
    run_cli,
    saved,
    text_of,
    validator_home,
)


def _add_through_the_menu(qtbot, ctl, win, path, feeds=2):
    answer_dialog(qtbot, choose_file(path))
    menu_action(win, "Add a conference…").trigger()
    qtbot.waitUntil(lambda: ctl.plan is not None and len(ctl.plan.feeds) == feeds, timeout=20000)


def _conferences_menu(win):
    menu = next(a.menu() for a in win.menuBar().actions()[0].menu().actions()
                if a.menu() is not None and a.text().replace("&", "") == "Conferences in this plan")
    menu.aboutToShow.emit()  # filled as it opens
    return {a.text(): a for a in menu.actions()}


def _au_session(ctl, title_start):
    return next(s for s in ctl.schedule.sessions if s.title.startswith(title_start))


def test_two_conferences_in_one_grid_a_clash_across_them_resolved_undone_and_exported(qtbot, data_dir, tmp_path):
    moved, _ = moved_pycon_au(tmp_path, data_dir)
    au_name = listed(moved, data_dir)["name"]
    ctl, win = open_window(qtbot, data_dir)
    seed_name, seed_days = ctl.schedule.name, list(win.days.dates)
    _add_through_the_menu(qtbot, ctl, win, moved)
    assert ctl.schedule.feed_names == (seed_name, au_name)
    assert len(ctl.schedule.sessions) == 129 + len(listed(moved, data_dir)["sessions"])
    # Days: the union of both conferences' (the moved AU days overlap the seed's and run past them).
    au_days = sorted({s.start.astimezone(ctl.zone).date() for s in ctl.schedule.sessions if "\x1f" in s.uid})
    assert set(win.days.dates) == set(seed_days) | set(au_days) and set(au_days) & set(seed_days)
    helion = by_title(ctl.schedule, TITLE_HELION)
    anchor = _au_session(ctl, ANCHOR)
    assert helion.start == anchor.start
    win.days.show_date(helion.start.astimezone(ctl.zone).date())
    columns = win.grid.day_layout.columns
    groups = [c.group for c in columns]
    assert groups == sorted(groups, key=[seed_name, au_name].index) and set(groups) == {seed_name, au_name}
    assert anchor.room in [c.label for c in columns if c.group == au_name]  # rooms named as the feed names them
    # The feeds' zones differ: one zone is shown (the first's), and the label says the other is shown in it.
    au_zone = listed(moved, data_dir)["timezone"]
    assert au_zone == "Australia/Adelaide"
    assert win.zone_label.text() == f"Times: Europe/Paris (venue time; {au_name}'s {au_zone} shown in it)"
    # The Rooms filter names each room's conference, and filters one conference's room, not its namesake's.
    rooms = {a.text(): a for a in win.finding.room_menu.actions()}
    assert f"{anchor.room} · {au_name}" in rooms and "Master Stage · " + seed_name in rooms
    rooms[f"{anchor.room} · {au_name}"].setChecked(True)
    assert anchor.uid in win.finding.matches() and helion.uid not in win.finding.matches()
    rooms[f"{anchor.room} · {au_name}"].setChecked(False)
    # The header's first row shows each conference in its colour, over its own rooms.
    img = win.grid.viewport().grab().toImage()
    ratio = img.width() / win.grid.viewport().width()
    seen = {img.pixelColor(int(x * ratio), int(6 * ratio)).name() for x in range(win.grid.AXIS_W, win.grid.viewport().width(), 4)}
    assert ctl.plan.colours[0] in seen
    win.grid.ensure_visible(anchor.uid)
    img = win.grid.viewport().grab().toImage()
    seen = {img.pixelColor(int(x * ratio), int(6 * ratio)).name() for x in range(win.grid.AXIS_W, win.grid.viewport().width(), 4)}
    assert ctl.plan.colours[1] in seen
    # A pick in each: one clash across the two conferences, shown and named.
    click_block(qtbot, win, helion.uid, "star")
    click_block(qtbot, win, anchor.uid, "star")
    assert ctl.state(helion.uid) == "star" and ctl.state(anchor.uid) == "star"
    assert [set(c.sessions) for c in ctl.clashes] == [{helion.uid, anchor.uid}]
    assert win.clash_label.text().startswith("⚠ 1 clash")
    # Its details name its conference, and so does what a screen reader says of its block.
    assert f"{anchor.room}, {au_name}" in win.grid.accessible_name(anchor.uid)
    win.grid.select(anchor.uid)
    assert au_name in win.details.where.text() and anchor.room in win.details.where.text()
    # "Keep this one" on the AU talk: one undo step across both conferences.
    keep = next(b for b in win.clash_panel.keep_buttons if b.property("uid") == anchor.uid)
    qtbot.mouseClick(keep, Qt.LeftButton)
    assert ctl.state(anchor.uid) == "star" and ctl.state(helion.uid) == "maybe" and ctl.clashes == []
    saved(qtbot, ctl)
    # Each pick is in its own conference's file: the command line sees them feed by feed.
    assert next(s for s in listed(SEED, data_dir)["sessions"] if s["uid"] == helion.uid)["starred"] == "maybe"
    au_uid = anchor.uid.split("\x1f", 1)[1]
    assert next(s for s in listed(moved, data_dir)["sessions"] if s["uid"] == au_uid)["starred"] is True
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)  # the file dialog has gone: keys reach the window again
    qtbot.keyClick(win, Qt.Key_Z, Qt.ControlModifier)
    assert ctl.state(helion.uid) == "star" and ctl.state(anchor.uid) == "star" and len(ctl.clashes) == 1
    # One export of both, through File → Export my agenda… and its dialog.
    target = tmp_path / "my-agenda.ics"

    def export(w) -> bool:
        if w.windowTitle() != "Export my agenda":
            return False
        w.findChild(QLineEdit).setText(str(target))
        w.accept()
        return True

    answer_dialog(qtbot, export)
    menu_action(win, "Export my agenda…").trigger()
    qtbot.waitUntil(target.exists, timeout=10000)
    events = {str(e["SUMMARY"]): e for e in icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")}
    assert set(events) == {TITLE_HELION, anchor.title}
    assert seed_name in str(events[TITLE_HELION]["DESCRIPTION"]) and au_name in str(events[anchor.title]["DESCRIPTION"])
    assert "2 sessions" in win.statusBar().currentMessage() and "2 conferences" in win.statusBar().currentMessage()
    import subprocess

    validator_home()  # the five parsers (../shared/tools/ics-validate), as for every export
    p = subprocess.run(["bash", str(VALIDATE / "check"), str(target)], capture_output=True, text=True, timeout=300)
    assert p.returncode == 0 and p.stdout.count("2 events") == 5, p.stdout + p.stderr


def test_going_between_two_conferences_takes_the_off_site_time(qtbot, data_dir, tmp_path):
    moved, _ = moved_pycon_au(tmp_path, data_dir)
    ctl, win = open_window(qtbot, data_dir)
    _add_through_the_menu(qtbot, ctl, win, moved)
    helion = by_title(ctl.schedule, TITLE_HELION)
    after = next(s for s in ctl.schedule.sessions if "\x1f" in s.uid
                 and timedelta(0) < s.start - helion.end <= timedelta(minutes=20))
    ctl.toggle_star(helion.uid)
    ctl.toggle_star(after.uid)
    assert ctl.settings.room_change_minutes == 0  # no buffer set: only the venues differ
    assert [(c.kind, set(c.sessions)) for c in ctl.clashes] == [(ClashKind.TRANSFER, {helion.uid, after.uid})]


def test_the_plan_is_remembered_and_a_removed_conference_keeps_its_picks(qtbot, data_dir, tmp_path):
    moved, _ = moved_pycon_au(tmp_path, data_dir)
    au_name = listed(moved, data_dir)["name"]
    ctl, win = open_window(qtbot, data_dir)
    _add_through_the_menu(qtbot, ctl, win, moved)
    anchor = _au_session(ctl, ANCHOR)
    ctl.toggle_star(anchor.uid)
    win.close()
    ctl, win = open_window(qtbot, data_dir)  # reopened with the conference added to it, and its pick
    qtbot.waitUntil(lambda: len(ctl.plan.feeds) == 2, timeout=20000)
    assert ctl.schedule.feed_names[1] == au_name and ctl.state(anchor.uid) == "star"
    colour = ctl.plan.colours[1]
    _conferences_menu(win)[f"Remove {au_name} from the plan"].trigger()
    assert len(ctl.plan.feeds) == 1 and ctl.schedule.feed_names == () and ctl.state(anchor.uid) is None
    assert all(c.group == "" for c in win.grid.day_layout.columns)
    assert ctl.settings.plan(str(SEED)) == [] if ctl.source == str(SEED) else ctl.settings.plans == {}
    au_uid = anchor.uid.split("\x1f", 1)[1]
    assert next(s for s in listed(moved, data_dir)["sessions"] if s["uid"] == au_uid)["starred"] is True
    win.close()
    ctl, win = open_window(qtbot, data_dir)
    qtbot.wait(200)
    assert len(ctl.plan.feeds) == 1  # removed: not reopened
    _add_through_the_menu(qtbot, ctl, win, moved)  # added again: its pick is back, its colour as it was
    assert ctl.state(anchor.uid) == "star" and ctl.plan.colours[1] == colour


def test_each_conference_refreshes_on_its_own_with_its_change_review(qtbot, data_dir, tmp_path, server):
    moved, _ = moved_pycon_au(tmp_path, data_dir)
    server.body = moved.read_bytes()
    url = server.url + "/feed.ics"
    ctl, win = open_window(qtbot, data_dir)

    def type_url(w) -> bool:
        if not isinstance(w, QInputDialog):
            return False
        w.setTextValue(url)
        w.accept()
        return True

    answer_dialog(qtbot, type_url)
    menu_action(win, "Add a conference from URL…").trigger()
    qtbot.waitUntil(lambda: len(ctl.plan.feeds) == 2 and not ctl.busy, timeout=20000)
    anchor = _au_session(ctl, ANCHOR)
    helion = by_title(ctl.schedule, TITLE_HELION)
    ctl.toggle_star(anchor.uid)
    ctl.toggle_star(helion.uid)
    # The AU feed moves its talk by an hour; the seed does not change.
    cal = icalendar.Calendar.from_ical(server.body)
    for e in cal.walk("VEVENT"):
        if str(e["SUMMARY"]).startswith(ANCHOR):
            for key in ("DTSTART", "DTEND"):
                when = e[key].dt + timedelta(hours=1)
                e.pop(key)
                e.add(key, when)
    server.body, server.etag = cal.to_ical(), '"v2"'
    asked = len(server.paths)
    _conferences_menu(win)[f"Refresh {ctl.plan.names[1]}"].trigger()
    qtbot.waitUntil(lambda: len(ctl.changes) == 1, timeout=20000)
    assert len(server.paths) == asked + 1  # this conference alone was read again
    change = ctl.changes[0]
    assert change.uid == anchor.uid and str(change.kind) == "moved"
    assert ctl.schedule.get(anchor.uid).start == anchor.start + timedelta(hours=1)
    assert ctl.state(anchor.uid) == "star" and ctl.state(helion.uid) == "star" and ctl.clashes == []
    assert win.side.tabText(3) == "What changed (1)"
    # The server gone: the AU feed's last good copy is used, said in the status bar, and nothing is lost.
    server.status = 500
    _conferences_menu(win)[f"Refresh {ctl.plan.names[1]}"].trigger()
    qtbot.waitUntil(lambda: "last good copy" in win.statusBar().currentMessage().lower()
                    or "offline" in win.statusBar().currentMessage().lower(), timeout=20000)
    assert len(ctl.plan.feeds) == 2 and ctl.state(anchor.uid) == "star"


def test_a_feed_dropped_on_the_window_can_join_the_plan(qtbot, data_dir, tmp_path):
    moved, _ = moved_pycon_au(tmp_path, data_dir)
    ctl, win = open_window(qtbot, data_dir)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(moved))])

    def add(w) -> bool:
        if not isinstance(w, QMessageBox):
            return False
        assert "Add pyconau-moved.ics to this plan" in w.text()
        next(b for b in w.buttons() if b.text().replace("&", "") == "Add to this plan").click()
        return True

    answer_dialog(qtbot, add)
    win.dropEvent(QDropEvent(QPoint(50, 50).toPointF(), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))
    qtbot.waitUntil(lambda: len(ctl.plan.feeds) == 2, timeout=20000)
    assert ctl.plan.feeds[0].source == str(SEED) or ctl.plan.feeds[0].key.startswith("bundled:")
    assert run_cli("list", str(moved), "--data-dir", str(data_dir)).code == 0


def test_search_list_view_my_agenda_clash_jumps_and_send_to_phone_span_both(qtbot, data_dir, tmp_path):

    moved, _ = moved_pycon_au(tmp_path, data_dir)
    au_name = listed(moved, data_dir)["name"]
    ctl, win = open_window(qtbot, data_dir)
    _add_through_the_menu(qtbot, ctl, win, moved)
    helion, anchor = by_title(ctl.schedule, TITLE_HELION), _au_session(ctl, ANCHOR)
    ctl.toggle_star(helion.uid)
    ctl.toggle_star(anchor.uid)
    # Search finds a talk of the added conference by a word of its title.
    win.finding.search.setText("Stack Overflow")
    assert anchor.uid in win.finding.matches()
    win.finding.search.clear()
    # My agenda lists the picks of both conferences.
    agenda = win.agenda
    shown = [agenda.list.item(i).text() for i in range(agenda.list.count())]
    assert any(TITLE_HELION in t for t in shown) and any(anchor.title in t for t in shown)
    # The clash jump (F8) goes to the clash between them, on its day.
    win.days.set_day(len(win.days.dates) - 1)
    menu_action(win, "Next clash").trigger()
    assert win.days.current_day() == helion.start.astimezone(ctl.zone).date()
    assert win.grid.selected in (helion.uid, anchor.uid)
    # The list view (View → List view) has both on that day, in time order.
    menu_action(win, "List view").trigger()
    uids = win.view_options.list_view.list_model.uids
    assert helion.uid in uids and anchor.uid in uids
    menu_action(win, "List view").trigger()
    # Send to phone: the subscription carries both conferences' picks, each saying its conference.
    win.output.share_dialog()
    dlg = win.output.share_window
    qtbot.waitUntil(dlg.isVisible)
    status, _, body = http_get(dlg.shown_url)
    assert status == 200
    events = {str(e["SUMMARY"]): str(e.get("DESCRIPTION", "")) for e in icalendar.Calendar.from_ical(body).walk("VEVENT")}
    assert set(events) == {TITLE_HELION, anchor.title} and au_name in events[anchor.title]
    ctl.toggle_star(anchor.uid)  # unstarred in the window: gone from the phone's next poll
    assert {str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(http_get(dlg.shown_url)[2]).walk("VEVENT")} == {TITLE_HELION}
    win.close()


def test_a_note_on_an_added_conferences_talk_and_the_pdf_of_both(qtbot, data_dir, tmp_path):

    moved, _ = moved_pycon_au(tmp_path, data_dir)
    ctl, win = open_window(qtbot, data_dir)
    _add_through_the_menu(qtbot, ctl, win, moved)
    helion, anchor = by_title(ctl.schedule, TITLE_HELION), _au_session(ctl, ANCHOR)
    ctl.toggle_star(helion.uid)
    ctl.toggle_star(anchor.uid)
    # A note typed in the details of the AU talk is kept in the AU feed's own file.
    win.finding.reveal(anchor.uid)
    win.details.note.setFocus()
    qtbot.keyClicks(win.details.note, "Ask about the SO data dump")
    win.finding.reveal(helion.uid)  # leaving the session keeps its note
    assert ctl.note(anchor.uid) == "Ask about the SO data dump" and ctl.note(helion.uid) == ""
    out = tmp_path / "au.ics"
    r = run_cli("export", str(moved), "-o", str(out), "--data-dir", str(data_dir))
    assert r.code == 0, r.err
    (au,) = [e for e in icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")]
    assert str(au["SUMMARY"]) == anchor.title and "Ask about the SO data dump" in str(au["DESCRIPTION"])
    # File → Save agenda as PDF…: one printed agenda of both conferences' picks.
    pdf = tmp_path / "both.pdf"

    answer_dialog(qtbot, choose_file(pdf))  # (the Save dialog names its file the same way)
    menu_action(win, "Save agenda as PDF…").trigger()
    qtbot.waitUntil(pdf.exists, timeout=10000)
    import shutil

    if shutil.which("pdftotext"):
        text = flat(text_of(pdf))
        assert TITLE_HELION in text and anchor.title in text
        # each pick's place line names its own conference
        seed_name, au_name = ctl.plan.names
        assert f"· {seed_name}" in text and f"· {au_name}" in text


def test_list_rows_my_agenda_clashes_and_tooltips_name_their_conference_in_a_plan(qtbot, data_dir, tmp_path):
    """In a plan of two conferences, a list row says which conference its session is in, after the room (the
    grid stands each conference's rooms under its name; the list could not tell them apart): the seed's
    registration row's second line reaches further right, by its conference's name, than with the seed alone.
    My agenda says it of each pick too, the Clashes tab of each side of a clash, and the tooltips."""
    from PySide6.QtGui import QPalette

    moved, _ = moved_pycon_au(tmp_path, data_dir)
    ctl, win = open_window(qtbot, data_dir)
    menu_action(win, "List view").trigger()
    lv = win.view_options.list_view
    qtbot.waitUntil(lambda: lv.isVisible())

    def right_end_of_second_line() -> int:
        uid = _au_session(ctl, "Registration & Badge").uid
        win.days.show_date(ctl.schedule.get(uid).start.astimezone(ctl.zone).date())
        qtbot.waitUntil(lambda: lv.list_model.row_of(uid) >= 0)
        index = lv.list_model.index(lv.list_model.row_of(uid))
        lv.scrollTo(index)
        qtbot.wait(50)
        r = lv.visualRect(index)
        img = lv.viewport().grab().toImage()
        base = lv.palette().color(QPalette.Base).rgb()
        top = r.top() + r.height() // 2  # the row's second line: time, room, (conference,) speakers, track
        return max(x for x in range(r.left() + 120, r.right()) for y in range(top, r.bottom() - 1)
                   if img.pixel(x, y) & 0xFFFFFF != base & 0xFFFFFF)

    alone = right_end_of_second_line()
    _add_through_the_menu(qtbot, ctl, win, moved)
    in_plan = right_end_of_second_line()
    name = ctl.schedule.feed_names[0]
    assert in_plan - alone >= win.grid.look().small_fm.horizontalAdvance("  ·  " + name) - 3, (alone, in_plan)
    seed_pick, au_pick = _au_session(ctl, "Registration & Badge"), _au_session(ctl, ANCHOR)
    for s in (seed_pick, au_pick):
        ctl.toggle_star(s.uid)
    rows = [win.agenda.list.item(i).text() for i in range(win.agenda.list.count())]
    for s, conference in ((seed_pick, name), (au_pick, ctl.schedule.feed_names[1])):
        row = next(r for r in rows if s.title in r)
        assert row.splitlines()[1].strip() == f"{s.room} · {conference}", row
    # The Clashes tab, a clash across the two: each side named with its room and conference.
    helion = by_title(ctl.schedule, TITLE_HELION)
    ctl.toggle_star(helion.uid)
    assert any({helion.uid, au_pick.uid} <= set(c.sessions) for c in ctl.clashes)
    from PySide6.QtWidgets import QLabel

    said = " ".join(label.text() for label in win.clash_panel.findChildren(QLabel))
    assert f"{helion.title} · {helion.room} · {name}" in said and f"{au_pick.title} · {au_pick.room} · {ctl.schedule.feed_names[1]}" in said
    # Tooltips, in the list and on the grid: the room and the conference.
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication

    au_where = f"{au_pick.room} · {ctl.schedule.feed_names[1]}"
    index = lv.list_model.index(lv.list_model.row_of(au_pick.uid))
    assert au_where in lv.list_model.data(index, Qt.ToolTipRole).splitlines()
    menu_action(win, "List view").trigger()  # back to the grid
    g = win.grid
    qtbot.waitUntil(lambda: g.isVisible())
    g.ensure_visible(au_pick.uid)
    pos = g.viewport_rect(au_pick.uid).center().toPoint()
    QApplication.sendEvent(g.viewport(), QHelpEvent(QEvent.ToolTip, pos, g.viewport().mapToGlobal(pos)))  # as Qt does
    assert au_where in g.input.last_tooltip


def test_a_gap_between_picks_in_two_conferences_finds_the_talks_of_both_that_fit(qtbot, data_dir, tmp_path):
    """My agenda's free time between a pick in one conference and a later pick in the other: clicking it lights
    up the talks of both conferences that fit in it, and the status bar counts them."""
    moved, _ = moved_pycon_au(tmp_path, data_dir)
    ctl, win = open_window(qtbot, data_dir)
    _add_through_the_menu(qtbot, ctl, win, moved)
    seed_name, au_name = ctl.plan.names
    day = by_title(ctl.schedule, TITLE_HELION).start.astimezone(ctl.zone).date()
    talks = sorted((s for s in ctl.schedule.sessions if not s.all_day and s.start.astimezone(ctl.zone).date() == day),
                   key=lambda s: s.start)

    def fitting(start, end) -> set[str]:
        return {ctl.plan.conference_of(s.uid) for s in talks if start <= s.start and s.end <= end}

    # The seed's first talk of the day of an hour or less, and the first talk of the added conference starting an
    # hour or more after it with talks of both conferences in between (the moved PyCon AU runs through that day).
    first = next(s for s in talks if ctl.plan.conference_of(s.uid) == seed_name and s.end - s.start <= timedelta(hours=1))
    later = next(s for s in talks if ctl.plan.conference_of(s.uid) == au_name and s.start - first.end >= timedelta(hours=1)
                 and fitting(first.end, s.start) == {seed_name, au_name})
    ctl.toggle_star(first.uid)
    ctl.toggle_star(later.uid)
    assert ctl.clashes == []
    click_the_gap(qtbot, win)
    lit = win.grid.highlight
    assert {ctl.plan.conference_of(u) for u in lit} == {seed_name, au_name}
    assert all(first.end <= ctl.schedule.get(u).start and ctl.schedule.get(u).end <= later.start for u in lit)
    assert win.statusBar().currentMessage() == f"{len(lit)} sessions fit in this gap"
    win.close()


def test_the_tracks_filter_offers_both_conferences_tracks_and_finds_their_talks(qtbot, data_dir):
    """With FOSDEM added to the seed, the Tracks menu lists the tracks of both; choosing one of each finds the talks
    of those two tracks in both conferences, and nothing else."""
    ctl, win = open_window(qtbot, data_dir)
    _add_through_the_menu(qtbot, ctl, win, FOSDEM_ICS)
    seed_name, fosdem_name = ctl.plan.names
    tracks_of = {name: {s.track for s in ctl.schedule.sessions if s.track and ctl.plan.conference_of(s.uid) == name}
                 for name in (seed_name, fosdem_name)}
    offered = {a.data() for a in win.finding.track_menu.actions() if a.data()}
    assert tracks_of[seed_name] | tracks_of[fosdem_name] <= offered
    chosen = {min(tracks_of[seed_name] - tracks_of[fosdem_name]), min(tracks_of[fosdem_name] - tracks_of[seed_name])}
    for action in win.finding.track_menu.actions():
        if action.data() in chosen:
            action.trigger()  # (a click on a menu entry)
    assert win.finding.track_btn.text() == "Tracks (2)"
    found = set(win.finding.matches())
    assert found == {s.uid for s in ctl.schedule.sessions if s.track in chosen}
    assert {ctl.plan.conference_of(u) for u in found} == {seed_name, fosdem_name}
    win.close()
