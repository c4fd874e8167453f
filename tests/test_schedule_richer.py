"""Issue 33 (using the richer data): what schedule.xml/json carry beyond iCalendar, as a person meets it: rooms
in the feed's order, a talk after midnight on the evening's day, the feed's track colours, speakers with their
biographies and their other sessions, and the recording opt-out on blocks and in the Clashes panel. Real files
from ../shared/feeds/schedules; where none of them carries a field (colours, a talk after midnight), the test
changes one real file the way a later frab or pretalx writes it."""
from __future__ import annotations

import json
import re

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication

from agenda.core.plan.layout import local_midnight

from .conftest import CAMP, DEMOCON, FOSDEM_ICS, FOSDEM_XML
from .helpers import by_title, click_block, listed, open_window, run_cli


def opened(qtbot, data_dir, feed, count):
    ctl, win = open_window(qtbot, data_dir, feed=feed)
    qtbot.waitUntil(lambda: ctl.schedule is not None and len(ctl.schedule.sessions) == count, timeout=20000)
    return ctl, win


def test_rooms_come_in_the_feeds_order(qtbot, data_dir):
    text = FOSDEM_XML.read_text(encoding="utf-8")
    order = list(dict.fromkeys(re.findall(r'<room name="([^"]+)"', text)))
    doc = listed(FOSDEM_XML, data_dir)
    assert doc["rooms"] == [r.replace("&amp;", "&") for r in order]
    ctl, win = opened(qtbot, data_dir, FOSDEM_XML, 1067)
    for i in range(len(win.days.dates)):
        win.days.set_day(i)
        shown = [c.label for c in win.grid.day_layout.columns]
        assert shown == [r for r in doc["rooms"] if r in shown]
        assert shown[0] == "Janson"  # the feed's first room; by count alone it would be another
    assert listed(FOSDEM_ICS, data_dir)["rooms"] == []  # iCalendar has no room list


def _camp_with_a_late_talk(tmp_path):
    """Camp 2019 with its last talk of the first evening moved to 01:30 the next morning, still inside the
    first day (frab's day runs to 04:00, as this file's day_end says)."""
    doc = json.loads(CAMP.read_text(encoding="utf-8"))
    day = doc["schedule"]["conference"]["days"][0]
    assert day["day_end"] == "2019-08-22T04:00:00+02:00"
    events = next(iter(day["rooms"].values()))
    late = events[-1]
    late["date"], late["start"] = "2019-08-22T01:30:00+02:00", "01:30"
    path = tmp_path / "schedule.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path, late


def test_a_talk_after_midnight_belongs_to_the_evening_it_ends(qtbot, data_dir, tmp_path):
    feed, late = _camp_with_a_late_talk(tmp_path)
    doc = listed(feed, data_dir)
    row = next(s for s in doc["sessions"] if s["uid"] == late["guid"])
    assert row["start"] == "2019-08-22T01:30:00+02:00" and row["day"] == "2019-08-21"
    assert sorted({s["day"] for s in doc["sessions"]}) == [d["date"] for d in json.loads(CAMP.read_text())[
        "schedule"]["conference"]["days"]]  # no extra day
    text = run_cli("list", str(feed), "--data-dir", str(data_dir)).out
    first_day = text.split("Thursday 22 August 2019")[0]
    assert late["title"] in first_day  # listed under Wednesday's heading
    ctl, win = opened(qtbot, data_dir, feed, 79)
    assert len(win.days.dates) == 5 and win.days.dates[0].isoformat() == "2019-08-21"
    win.days.set_day(0)
    block = win.grid.day_layout.block(late["guid"])
    assert block is not None and block.top == 25.5 * 60  # below Wednesday's 23:00, not on Thursday
    assert any(label == "01:00" for _, label in win.grid.day_layout.hour_marks)
    win.days.set_day(1)
    assert win.grid.day_layout.block(late["guid"]) is None
    s = ctl.schedule.get(late["guid"])
    assert s.start == local_midnight(win.days.dates[1], ctl.zone).replace(hour=23, minute=30)  # 01:30 CEST
    # The same talk from the search goes to Wednesday.
    win.days.set_day(3)
    win.finding.reveal(s.uid)
    assert win.days.current_day().isoformat() == "2019-08-21" and win.grid.selected == s.uid


def test_track_colours_the_feed_gives_are_the_blocks_colours(qtbot, data_dir, tmp_path):
    doc = json.loads(DEMOCON.read_text(encoding="utf-8"))
    tracks = sorted({e["track"] for d in doc["schedule"]["conference"]["days"] for evs in d["rooms"].values()
                     for e in evs if e.get("track")})
    assert len(tracks) == 2
    given = {tracks[1]: "#0072b2"}  # the palette's first colour, which the other track would otherwise get
    doc["schedule"]["conference"]["tracks"] = [{"name": t, "slug": t.lower(), "color": c} for t, c in given.items()]
    feed = tmp_path / "schedule.json"
    feed.write_text(json.dumps(doc), encoding="utf-8")
    assert {t["name"]: t["colour"] for t in listed(feed, data_dir)["tracks"]} == given
    ctl, win = opened(qtbot, data_dir, feed, 36)
    win.finding.update_legend()
    legend = win.finding.legend.text()
    for track, colour in given.items():
        assert re.search(rf'<span style="color:{colour}">■</span>&nbsp;{re.escape(track)}<', legend), legend
    shown = re.findall(r'<span style="color:(#[0-9a-f]{6})">■</span>&nbsp;([^<]+)<', legend)
    assert len(shown) == 2 and shown[0][1] == tracks[0] and shown[0][0] != "#0072b2"  # never used twice


def test_a_speakers_biography_and_other_sessions_are_in_the_details(qtbot, data_dir):
    doc = listed(DEMOCON, data_dir)
    curtis = [s for s in doc["sessions"] if "Curtis Andrews" in s["speakers"]]
    bio = next(p["biography"] for p in doc["people"] if p["name"] == "Curtis Andrews")
    assert len(curtis) == 5 and bio and all(p["id"] for s in curtis for p in s["persons"])
    ctl, win = opened(qtbot, data_dir, DEMOCON, 36)
    first = curtis[0]
    win.finding.reveal(first["uid"])
    details = win.details
    assert details.title.text() == first["title"]
    assert f"About Curtis Andrews\n{bio.splitlines()[0]}" in details.description.toPlainText()
    qtbot.waitUntil(lambda: details.others.text().startswith("More by Curtis Andrews: "))
    others = details.others.text()
    for s in curtis[1:]:
        assert f'href="session:{s["uid"]}"' in others
    # A click on one of them shows it: its day, selected, its details.
    target = curtis[-1]
    details.others.linkActivated.emit(f"session:{target['uid']}")
    assert win.grid.selected == target["uid"] and details.title.text() == target["title"]
    assert win.days.current_day().isoformat() == target["start"][:10]
    # Search finds the speaker by name: exactly their five sessions.
    win.finding.search.setText("Curtis Andrews")
    assert {s["uid"] for s in curtis} == win.finding.matches()


def test_the_speakers_other_sessions_take_the_height_their_lines_need_after_a_new_session_or_font(qtbot, data_dir):
    """The speakers' other sessions are as tall as their lines at the panel's width: for another session's list,
    and when the desktop's font grows (the panel keeps the heights it worked out only while both stay)."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QLabel

    doc = listed(DEMOCON, data_dir)
    curtis = [s for s in doc["sessions"] if "Curtis Andrews" in s["speakers"]]  # four others each
    talks = {name: sum(name in s["speakers"] for s in doc["sessions"]) for s in doc["sessions"] for name in s["speakers"]}
    one_other = next(s for s in doc["sessions"] if len(s["speakers"]) == 1 and talks[s["speakers"][0]] == 2)
    ctl, win = opened(qtbot, data_dir, DEMOCON, 36)
    others = win.details.others

    def needed() -> int:  # the same lines laid out afresh at the label's width
        fresh = QLabel()
        fresh.setTextFormat(Qt.RichText)
        fresh.setWordWrap(True)
        fresh.setFont(others.font())
        fresh.setText(others.text())
        return fresh.heightForWidth(others.width())

    win.finding.reveal(curtis[0]["uid"])
    qtbot.waitUntil(lambda: others.text().startswith("More by Curtis Andrews: "))
    qtbot.waitUntil(lambda: others.height() == needed())
    four = others.height()
    win.finding.reveal(one_other["uid"])  # a speaker with one other session: fewer lines
    qtbot.waitUntil(lambda: others.text().startswith(f"More by {one_other['speakers'][0]}: "))
    qtbot.waitUntil(lambda: others.height() == needed())
    assert others.height() < four
    before, font = others.height(), QApplication.font()
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * 1.6)
    QApplication.setFont(bigger)
    try:
        qtbot.waitUntil(lambda: others.font().pointSizeF() == bigger.pointSizeF())
        qtbot.waitUntil(lambda: others.height() == needed(), timeout=3000)
        assert others.height() > before
    finally:
        QApplication.setFont(font)


def test_the_talk_that_will_not_be_recorded_is_the_one_to_see_live(qtbot, data_dir):
    ctl, win = opened(qtbot, data_dir, DEMOCON, 36)
    live = by_title(ctl.schedule, "Monitored 24hour customer loyalty")
    later = by_title(ctl.schedule, "Stand-alone asymmetric toolset")
    assert live.recorded is False and later.recorded is True
    win.finding.reveal(later.uid)
    click_block(qtbot, win, later.uid, "star")
    click_block(qtbot, win, live.uid, "star")
    assert ctl.state(live.uid) == "star" and ctl.state(later.uid) == "star" and len(ctl.clashes) == 1
    # On the grid: the block says it (screen reader and tooltip too).
    assert "not recorded" in win.grid.accessible_name(live.uid)
    assert "not recorded" not in win.grid.accessible_name(later.uid)
    g = win.grid
    g.ensure_visible(live.uid)
    pos = g.viewport_rect(live.uid).center().toPoint()
    QApplication.sendEvent(g.viewport(), QHelpEvent(QEvent.ToolTip, pos, g.viewport().mapToGlobal(pos)))  # as Qt does
    assert "Not recorded: see it live" in g.input.last_tooltip
    # The Clashes panel names it as the one to see live, and offers keeping it first.
    panel = win.clash_panel
    labels = [x.text() for x in panel.findChildren(type(win.details.title))]
    assert any(f"“{live.title}” will not be recorded: see it live. “{later.title}” will be recorded: you can "
               "watch it later." == t for t in labels), labels
    assert panel.keep_buttons[0].property("uid") == live.uid
    assert panel.keep_buttons[0].text() == "Keep this one (see it live)"
    assert panel.keep_buttons[1].text() == "Keep this one"
    qtbot.mouseClick(panel.keep_buttons[0], Qt.LeftButton)
    assert ctl.state(live.uid) == "star" and ctl.state(later.uid) == "maybe" and ctl.clashes == []


def test_a_warm_start_from_the_cache_keeps_all_of_it(data_dir, tmp_path):
    feed, _ = _camp_with_a_late_talk(tmp_path)
    for f in (feed, DEMOCON, FOSDEM_XML):
        cold = listed(f, data_dir)
        assert list((data_dir / "cache").rglob("*.cache")), "the first read stores a parsed copy"
        assert listed(f, data_dir) == cold  # rooms, people, days, tracks, links: the same from the cache
    assert any(s["day"] != s["start"][:10] for s in listed(feed, data_dir)["sessions"])


def test_day_change_decides_only_where_the_feed_does_not(data_dir, tmp_path):
    """``day_change`` is read: where a day has no end of its own, a talk after midnight belongs to the evening
    before only if it starts before day_change (one at 10:00 the next morning, listed under the previous day,
    is the feed's mistake: shown on its own date); a day listed without its date puts a 01:30 talk on the evening
    before by day_change alone. FOSDEM says day_change 09:00: its talks before 09:00 stay on their own date."""
    doc = json.loads(CAMP.read_text(encoding="utf-8"))
    conf = doc["schedule"]["conference"]
    conf["day_change"] = "04:00"
    first, second = conf["days"][0], conf["days"][1]
    del first["day_end"]
    early, morning = list(first["rooms"].values())[0][-2:]
    early["date"], morning["date"] = "2019-08-22T01:30:00+02:00", "2019-08-22T10:00:00+02:00"
    del second["date"]
    late = next(evs for evs in second["rooms"].values() if evs)[-1]
    late["date"] = "2019-08-23T02:00:00+02:00"
    feed = tmp_path / "schedule.json"
    feed.write_text(json.dumps(doc), encoding="utf-8")
    rows = {s["uid"]: s for s in listed(feed, data_dir)["sessions"]}
    assert rows[early["guid"]]["day"] == "2019-08-21"  # before day_change: the evening before
    assert rows[morning["guid"]]["day"] == "2019-08-22"  # after it: its own date, whatever the listing says
    assert rows[late["guid"]]["day"] == "2019-08-22"  # no dated day: day_change alone decides
    # FOSDEM (day_change 09:00, days end at 08:59): a talk moved to 08:30 on Sunday stays on Sunday.
    text = FOSDEM_XML.read_text(encoding="utf-8")
    assert "<day_change>09:00:00</day_change>" in text
    sunday = text.index('<day index="2"')
    at = text.index("<date>2026-02-01T", sunday)
    moved = text[:at] + "<date>2026-02-01T08:30:00+01:00</date>" + text[text.index("</date>", at) + 7:]
    guid = re.findall(r'guid="([^"]+)"', text[:at])[-1]
    xml = tmp_path / "schedule.xml"
    xml.write_text(moved, encoding="utf-8")
    row = next(s for s in listed(xml, data_dir)["sessions"] if s["uid"] == guid)
    assert row["start"] == "2026-02-01T08:30:00+01:00" and row["day"] == "2026-02-01"


def test_two_people_of_one_name_stay_two(qtbot, data_dir, tmp_path):
    """Persons are told apart by the feed's id: another speaker renamed "Curtis Andrews" (their own code and
    biography kept) is not merged with him: not in his "More by", their own biography in their details."""
    doc = json.loads(DEMOCON.read_text(encoding="utf-8"))
    events = [e for d in doc["schedule"]["conference"]["days"] for evs in d["rooms"].values() for e in evs]
    real = next(p for e in events for p in e["persons"] if p["public_name"] == "Curtis Andrews")
    other = next(e for e in events if e["persons"] and all(p["public_name"] != "Curtis Andrews" for p in e["persons"]))
    namesake = other["persons"][0]
    namesake["public_name"], namesake["biography"] = "Curtis Andrews", "The other Curtis Andrews, from the test."
    assert namesake["code"] != real["code"]
    feed = tmp_path / "schedule.json"
    feed.write_text(json.dumps(doc), encoding="utf-8")
    listing = listed(feed, data_dir)
    curtises = [p for p in listing["people"] if p["name"] == "Curtis Andrews"]
    assert sorted(p["id"] for p in curtises) == sorted([real["code"], namesake["code"]])
    row = next(s for s in listing["sessions"] if s["uid"] == other["guid"])
    assert row["persons"][0] == {"name": "Curtis Andrews", "id": namesake["code"]}
    his = [s for s in listing["sessions"] if {"name": "Curtis Andrews", "id": real["code"]} in s["persons"]]
    assert len(his) == 5
    ctl, win = opened(qtbot, data_dir, feed, 36)
    win.finding.reveal(his[0]["uid"])
    qtbot.waitUntil(lambda: win.details.others.text().startswith("More by Curtis Andrews: "))
    assert f'session:{other["guid"]}' not in win.details.others.text()
    assert "The other Curtis Andrews" not in win.details.description.toPlainText()
    win.finding.reveal(other["guid"])
    assert "About Curtis Andrews\nThe other Curtis Andrews, from the test." in win.details.description.toPlainText()
    qtbot.waitUntil(lambda: win.details.title.text() == other["title"])
    qtbot.wait(50)  # the "More by" links are laid out after the grid repaints
    assert not any(f'session:{s["uid"]}' in win.details.others.text() for s in his)


def test_the_conference_colour_is_read(data_dir, tmp_path):
    """``colors.primary`` (JSON) and ``<color primary>`` (XML), as newer frab and pretalx write them."""
    doc = json.loads(DEMOCON.read_text(encoding="utf-8"))
    doc["schedule"]["conference"]["colors"] = {"primary": "#3AA57C", "background": "#ffffff"}
    feed = tmp_path / "schedule.json"
    feed.write_text(json.dumps(doc), encoding="utf-8")
    assert listed(feed, data_dir)["colour"] == "#3aa57c"
    text = FOSDEM_XML.read_text(encoding="utf-8")
    xml = tmp_path / "schedule.xml"
    xml.write_text(text.replace("</time_zone_name>", '</time_zone_name>\n    <color primary="#6b3fa0"/>', 1),
                   encoding="utf-8")
    assert listed(xml, data_dir)["colour"] == "#6b3fa0"
    assert listed(FOSDEM_XML, data_dir)["colour"] is None
