"""Issue 33 (first part): schedule.xml and schedule.json, the formats pentabarf, frab and pretalx publish,
read by content from a path, a URL and stdin, with the same instants as the conference's own iCalendar feed;
hostile and malformed files refused in one line. Real files from ../shared/feeds/schedules (SOURCES.tsv)."""
from __future__ import annotations

import collections
import subprocess
import sys
import time

import pytest

from .conftest import CAMP, DEMOCON, FOSDEM_ICS, FOSDEM_XML
from .helpers import listed, open_window, run_cli


def test_fosdem_from_schedule_xml_is_the_fosdem_of_its_ics(data_dir):
    xml, ics = listed(FOSDEM_XML, data_dir), listed(FOSDEM_ICS, data_dir)
    assert xml["name"] == "FOSDEM 2026" and xml["timezone"] == "Europe/Brussels"

    def key(s):
        return s["start"], s["end"], s["room"], s["title"]

    assert len(xml["sessions"]) == 1067
    assert collections.Counter(map(key, xml["sessions"])) == collections.Counter(map(key, ics["sessions"]))
    # The XML's own ids (guid) and its persons and tracks.
    welcome = next(s for s in xml["sessions"] if s["title"] == "Welcome to FOSDEM 2026")
    assert welcome["uid"] == "9c3ebb8c-7716-5130-b9fe-ff8544f5636d"
    assert welcome["speakers"] == ["FOSDEM Staff"] and welcome["track"] == "Main Track"
    assert welcome["description"] == "FOSDEM welcome and opening talk."  # HTML made plain text
    assert welcome["url"] == "https://fosdem.org/2026/schedule/event/SFKNTZ-welcome_to_fosdem_2026/"
    assert all(s["track"] for s in xml["sessions"])


@pytest.mark.parametrize("feed, name, zone, count, first", [
    (CAMP, "Chaos Communication Camp 2019", "Europe/Berlin", 79, ("Opening Ceremony", "2019-08-21T11:00:00+02:00")),
    (DEMOCON, "DemoCon", "UTC", 36, ("Focused 5thgeneration hardware", "2020-12-14T08:00:00+00:00")),
])
def test_schedule_json_from_frab_and_pretalx(data_dir, feed, name, zone, count, first):
    doc = listed(feed, data_dir)
    assert (doc["name"], doc["timezone"], len(doc["sessions"])) == (name, zone, count)
    s = doc["sessions"][0]
    assert (s["title"], s["start"]) == first and s["speakers"]


def test_recognised_by_content_from_a_url_and_stdin(data_dir, server):
    server.body = FOSDEM_XML.read_bytes()
    server.ctype = "application/xml"
    doc = listed(server.url + "/fosdem-2026/schedule/export/schedule.xml", data_dir)
    assert len(doc["sessions"]) == 1067
    server.body = CAMP.read_bytes()
    server.ctype = "application/json"
    doc = listed(server.url + "/feed.ics", data_dir)  # the name says .ics: the content decides
    assert doc["name"] == "Chaos Communication Camp 2019"
    p = subprocess.run([sys.executable, "-m", "agenda", "list", "-", "--json", "--data-dir", str(data_dir)],
                       input=DEMOCON.read_bytes(), capture_output=True, timeout=60)
    assert p.returncode == 0 and b'"DemoCon"' in p.stdout


def test_a_star_on_an_xml_session_survives_a_refresh(data_dir, tmp_path):
    feed = tmp_path / "schedule.xml"
    feed.write_bytes(FOSDEM_XML.read_bytes())
    assert run_cli("star", str(feed), "9c3ebb8c-7716-5130-b9fe-ff8544f5636d", "--data-dir", str(data_dir)).code == 0
    feed.write_bytes(FOSDEM_XML.read_bytes().replace(b"Welcome to FOSDEM 2026", b"Welcome to FOSDEM 2026!"))
    doc = listed(feed, data_dir)
    assert [s["title"] for s in doc["sessions"] if s["starred"] is True] == ["Welcome to FOSDEM 2026!"]


@pytest.mark.parametrize("body, said", [
    (b'<?xml version="1.0"?>\n<!DOCTYPE schedule [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
     b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>\n<schedule><conference><title>&c;</title></conference></schedule>',
     "refused"),
    (b'<?xml version="1.0"?>\n<!DOCTYPE schedule [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
     b"<schedule><conference><title>&x;</title></conference></schedule>", "refused"),
    (b"<?xml version='1.0'?>\n<schedule>\n<conference>\n<title>Oops</title>\n</schedule>\n", "line 5"),
    (b'{"schedule": {"conference": {"title": "X",\n "days": [}}}', "line 2"),
    (b'{"some": "json"}', "not a schedule.json"),
    (b"<schedule><conference><title>Empty</title></conference></schedule>", "no usable events"),
])
def test_hostile_and_malformed_schedules_are_refused_in_one_line(data_dir, tmp_path, body, said):
    bad = tmp_path / "schedule.xml"
    bad.write_bytes(body)
    started = time.monotonic()
    r = run_cli("list", str(bad), "--data-dir", str(data_dir))
    assert r.code == 2 and said in r.err and str(bad) in r.err, r.err
    assert len(r.err.strip().splitlines()) == 1 and "Traceback" not in r.err
    assert time.monotonic() - started < 30  # never a hang (the suite's own timeout would catch one too)
    assert "root:" not in r.out + r.err  # no external entity was ever read


def test_the_window_opens_a_schedule_xml(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir, feed=FOSDEM_XML)
    qtbot.waitUntil(lambda: ctl.schedule is not None and len(ctl.schedule.sessions) == 1067, timeout=20000)
    assert win.windowTitle().startswith("FOSDEM 2026")
    assert any(c.label == "Janson" for c in win.grid.day_layout.columns)


def test_recording_opt_out_language_and_links_are_read_and_shown(qtbot, data_dir):
    doc = listed(DEMOCON, data_dir)
    not_recorded = sorted(s["title"] for s in doc["sessions"] if s["recorded"] is False)
    assert not_recorded == ["Down-sized directional algorithm", "Monitored 24hour customer loyalty"]
    assert sum(s["recorded"] is True for s in doc["sessions"]) == 34 and doc["sessions"][0]["language"] == "en"
    welcome = next(s for s in listed(FOSDEM_XML, data_dir)["sessions"] if s["title"] == "Welcome to FOSDEM 2026")
    assert {"title": "Submit Feedback", "url": "https://pretalx.fosdem.org/fosdem-2026/talk/SFKNTZ/feedback/"} \
        in welcome["links"] and welcome["recorded"] is None  # FOSDEM's XML does not say
    slides = [link for s in listed(CAMP, data_dir)["sessions"] for link in s["links"] if link["title"] == "Slides"]
    assert slides and all(x["url"].startswith("https://fahrplan.events.ccc.de/system/") for x in slides)  # made absolute
    assert all(s["links"] == [] and s["recorded"] is None for s in listed(FOSDEM_ICS, data_dir)["sessions"][:50])
    # In the window: the details say it will not be recorded, and list the links.
    ctl, win = open_window(qtbot, data_dir, feed=DEMOCON)
    qtbot.waitUntil(lambda: ctl.schedule is not None and len(ctl.schedule.sessions) == 36)
    talk = next(s for s in ctl.schedule.sessions if s.title == "Monitored 24hour customer loyalty")
    win.days.set_day(win.days.dates.index(talk.start.astimezone(ctl.zone).date()))
    win.grid.select(talk.uid)
    assert win.details.recording.text() == "⊘ Not recorded: see it live"
    ctl2, win2 = open_window(qtbot, data_dir, feed=FOSDEM_XML)
    qtbot.waitUntil(lambda: ctl2.schedule is not None and len(ctl2.schedule.sessions) == 1067, timeout=20000)
    win2.grid.select("9c3ebb8c-7716-5130-b9fe-ff8544f5636d")
    assert "Submit Feedback</a>" in win2.details.links.text() and win2.details.recording.text() == ""


@pytest.mark.parametrize("old, new", [
    (b'"duration": "00:30"', b'"duration": "99999999:00"'),  # once an OverflowError for the whole feed
    (b'"duration": "00:30"', b'"duration": "-01:00"'),
    (b'"date": "2020-12-14T09:00:00+01:00"', b'"date": "9999-12-31T23:30:00-01:00"'),
    (b'"date": "2020-12-14T09:00:00+01:00"', b'"date": "tomorrow"'),
])
def test_one_broken_event_is_left_out_with_a_warning(data_dir, tmp_path, old, new):
    feed = tmp_path / "schedule.json"
    body = DEMOCON.read_bytes()
    assert old in body
    feed.write_bytes(body.replace(old, new, 1))
    doc = listed(feed, data_dir)
    assert len(doc["sessions"]) == 35 and len(doc["warnings"]) == 1
    assert "8079583e-8321-506c-95af-fd2903a5f075" in doc["warnings"][0] and "left out" in doc["warnings"][0]


def _eventfahrplan_share(xml_path, ids: list[str]) -> bytes:
    """The favourites share EventFahrplan writes (sharing/JsonSessionFormat.kt, models/SessionExport.kt):
    Moshi's compact JSON with SessionExport's fields in order; lecture_id is the XML event's id attribute,
    starts_at an Instant (UTC, ``Z``), speakers joined by ";"."""
    import json
    import xml.etree.ElementTree as ET
    from datetime import datetime, timezone

    lectures = []
    for ev in ET.parse(xml_path).getroot().iter("event"):
        if ev.get("id") not in ids:
            continue
        starts = datetime.fromisoformat(ev.findtext("date")).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        lectures.append({"lecture_id": ev.get("id"), "title": ev.findtext("title"), "subtitle": "", "day": 1,
                         "room": ev.findtext("room"), "slug": ev.findtext("slug"), "url": ev.findtext("url"),
                         "speakers": ";".join(p.text for p in ev.findall("persons/person")),
                         "track": ev.findtext("track"), "type": ev.findtext("type"), "lang": ev.findtext("language"),
                         "abstract": ev.findtext("abstract") or "", "description": "", "links": "",
                         "starts_at": starts, "recorded": True})
    return json.dumps({"lectures": lectures}, separators=(",", ":"), ensure_ascii=False).encode()


def test_eventfahrplan_favourites_share_stars_the_right_sessions(data_dir, tmp_path):
    share = tmp_path / "favourites.json"
    share.write_bytes(_eventfahrplan_share(FOSDEM_XML, ["8376", "7886"]))
    r = run_cli("import-picks", str(FOSDEM_XML), str(share), "--json", "--data-dir", str(data_dir))
    assert r.code == 0, r.err
    assert r.json()["starred"] == 2 and r.json()["unmatched"] == []
    starred = {s["uid"] for s in listed(FOSDEM_XML, data_dir)["sessions"] if s["starred"] is True}
    assert "9c3ebb8c-7716-5130-b9fe-ff8544f5636d" in starred and len(starred) == 2  # the guid of event 8376


@pytest.mark.parametrize("feed", [DEMOCON, FOSDEM_XML], ids=["json", "xml"])
def test_agenda_feed_from_the_command_line_opens_the_window_on_it(data_dir, tmp_path, feed):
    # `agenda FEED` starts through the start-up path (parse workers for iCalendar), which once handed a
    # schedule.xml/json to the iCalendar reader: "line 1: not an iCalendar file". Run as a person does.
    import os

    shot = tmp_path / "window.png"
    p = subprocess.run([sys.executable, "-m", "agenda", "--screenshot", str(shot), "--size", "1366x768",
                        "--data-dir", str(data_dir), str(feed)], capture_output=True, text=True, timeout=120,
                       env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert p.returncode == 0 and shot.stat().st_size > 10_000, p.stderr
    assert "not an iCalendar" not in p.stderr
