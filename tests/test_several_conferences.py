"""Several conferences at once (issue 35), from the command line: ``FEED --also FEED``.

The second conference is PyCon AU 2023's real pretalx iCalendar export
(../shared/feeds/realworld/pyconau2023_pretalx.ics) with its dates moved: helpers.moved_pycon_au writes a copy in which
every event is shifted by the same amount, so that its talk "A Recent History of Python Through Stack
Overflow" (Hall C, 11:00-11:30 in Adelaide) starts when the seed's Helion talk starts (Tuesday 7 April 2026,
11:00 in Paris). Its days then overlap the seed's; nothing else about it changes."""
from __future__ import annotations

from datetime import datetime

import icalendar

from .conftest import SEED
from .helpers import ANCHOR, TITLE_HELION, listed, moved_pycon_au, run_cli


def _start(session: dict) -> datetime:
    return datetime.fromisoformat(session["start"])


def test_list_gives_both_conferences_each_session_named_by_its_feed(tmp_path, data_dir):
    moved, _ = moved_pycon_au(tmp_path, data_dir)
    alone_seed, alone_au = listed(SEED, data_dir), listed(moved, data_dir)
    both = listed(SEED, data_dir, "--also", str(moved))
    assert both["name"] == alone_seed["name"] and both["timezone"] == alone_seed["timezone"]
    assert [f["name"] for f in both["feeds"]] == [alone_seed["name"], alone_au["name"]]
    by_feed = {}
    for s in both["sessions"]:
        by_feed.setdefault(s["feed"], []).append(s["uid"])
    assert sorted(by_feed[alone_seed["name"]]) == sorted(s["uid"] for s in alone_seed["sessions"])
    assert sorted(by_feed[alone_au["name"]]) == sorted(s["uid"] for s in alone_au["sessions"])
    starts = [_start(s) for s in both["sessions"]]
    assert starts == sorted(starts)  # one programme, in time order
    days = {s["day"] for s in alone_seed["sessions"]} & {s["day"] for s in alone_au["sessions"]}
    assert days  # the moved conference's days overlap the seed's
    # Without --also, each session still says its conference, and nothing else changes.
    assert {s["feed"] for s in alone_seed["sessions"]} == {alone_seed["name"]}
    assert [f["name"] for f in alone_seed["feeds"]] == [alone_seed["name"]]
    text = run_cli("list", str(SEED), "--also", str(moved), "--data-dir", str(data_dir))
    assert text.code == 0 and f"({alone_au['name']})" in text.out and ANCHOR in text.out


def test_a_pick_in_one_conference_clashes_with_a_pick_in_the_other(tmp_path, data_dir):
    moved, helion = moved_pycon_au(tmp_path, data_dir)
    au = listed(moved, data_dir)
    anchor = next(s for s in au["sessions"] if s["title"].startswith(ANCHOR))
    after = next(s for s in au["sessions"] if s["room"] == anchor["room"]
                 and 0 < (_start(s) - datetime.fromisoformat(helion["end"])).total_seconds() / 60 < 30)
    for feed, uid in ((SEED, helion["uid"]), (moved, anchor["uid"])):
        assert run_cli("star", str(feed), uid, "--data-dir", str(data_dir)).code == 0
    # Each conference alone: one star, no clash (and the JSON as before: no "feeds").
    for feed in (SEED, moved):
        r = run_cli("clashes", str(feed), "--json", "--data-dir", str(data_dir))
        assert r.code == 0 and r.json() == []
    r = run_cli("clashes", str(SEED), "--also", str(moved), "--json", "--data-dir", str(data_dir))
    assert r.code == 0, r.err
    clashes = r.json()
    assert len(clashes) == 1
    c = clashes[0]
    assert c["kind"] == "overlap" and set(c["sessions"]) == {helion["uid"], anchor["uid"]}
    names = {helion["uid"]: listed(SEED, data_dir)["name"], anchor["uid"]: au["name"]}
    assert c["feeds"] == [names[u] for u in c["sessions"]]
    assert c["overlap_minutes"] == 25 and c["start"] == helion["start"]
    text = run_cli("clashes", str(SEED), "--also", str(moved), "--data-dir", str(data_dir))
    assert f"{TITLE_HELION} ({names[helion['uid']]})" in text.out and f"({au['name']})" in text.out

    # The talk after the anchor, in the anchor's own room: no change of room in PyCon AU, but from the
    # Paris venue it is another conference's venue, so the off-site time applies even with no room buffer.
    run_cli("unstar", str(moved), anchor["uid"], "--data-dir", str(data_dir))
    run_cli("star", str(moved), after["uid"], "--data-dir", str(data_dir))
    gap = int((_start(after) - datetime.fromisoformat(helion["end"])).total_seconds() // 60)
    r = run_cli("clashes", str(SEED), "--also", str(moved), "--json", "--room-change", "0", "--data-dir",
                str(data_dir))
    (t,) = r.json()
    assert t == {"kind": "transfer", "sessions": [helion["uid"], after["uid"]], "start": helion["end"], "end": t["end"],
                 "gap_minutes": gap, "feeds": [names[helion["uid"]], au["name"]]}
    assert datetime.fromisoformat(t["end"]) == _start(after)  # (in the first feed's zone: Paris)


def test_an_unreadable_second_feed_is_one_line_naming_it(tmp_path, data_dir):
    r = run_cli("clashes", str(SEED), "--also", str(tmp_path / "missing.ics"), "--data-dir", str(data_dir))
    assert r.code == 2 and "missing.ics" in r.err and len(r.err.strip().splitlines()) == 1 and "Traceback" not in r.err


def test_one_agenda_out_holds_both_conferences_with_their_own_uids(tmp_path, data_dir):
    import subprocess

    from .helpers import VALIDATE, validator_home

    moved, helion = moved_pycon_au(tmp_path, data_dir)
    au = listed(moved, data_dir)
    anchor = next(s for s in au["sessions"] if s["title"].startswith(ANCHOR))
    run_cli("star", str(SEED), helion["uid"], "--data-dir", str(data_dir))
    run_cli("star", str(moved), anchor["uid"], "--data-dir", str(data_dir))
    # Each conference's own export first: the UIDs the phone knows.
    uids = {}
    for feed in (SEED, moved):
        out = tmp_path / f"alone-{feed.stem}.ics"
        assert run_cli("export", str(feed), "-o", str(out), "--data-dir", str(data_dir)).code == 0
        (ev,) = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
        uids[str(ev["SUMMARY"])] = (str(ev["UID"]), int(ev["SEQUENCE"]))
    both = tmp_path / "my-agenda.ics"
    r = run_cli("export", str(SEED), "--also", str(moved), "-o", str(both), "--data-dir", str(data_dir))
    assert r.code == 0 and "exported 2 sessions from 2 conferences" in r.err, r.err
    cal = icalendar.Calendar.from_ical(both.read_bytes())
    events = {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {TITLE_HELION, anchor["title"]}
    seed_name = listed(SEED, data_dir)["name"]
    assert f"Conference: {seed_name}" in str(events[TITLE_HELION]["DESCRIPTION"])
    assert f"Conference: {au['name']}" in str(events[anchor["title"]]["DESCRIPTION"])
    for title, e in events.items():  # the same UID; the description changed, so the next SEQUENCE
        assert str(e["UID"]) == uids[title][0] and int(e["SEQUENCE"]) == uids[title][1] + 1
    assert seed_name in str(cal["X-WR-CALNAME"]) and au["name"] in str(cal["X-WR-CALNAME"])
    # Unstarring in one conference cancels that event in the next agenda out, by the same UID.
    run_cli("unstar", str(moved), anchor["uid"], "--data-dir", str(data_dir))
    run_cli("export", str(SEED), "--also", str(moved), "-o", str(both), "--data-dir", str(data_dir))
    again = {str(e["UID"]): str(e["STATUS"]) for e in icalendar.Calendar.from_ical(both.read_bytes()).walk("VEVENT")}
    assert again == {uids[TITLE_HELION][0]: "CONFIRMED", uids[anchor["title"]][0]: "CANCELLED"}
    home = validator_home()  # five independent parsers accept the combined file (skips without them)
    p = subprocess.run(["bash", str(VALIDATE / "check"), str(both)], capture_output=True, text=True, timeout=300,
                       env={**__import__("os").environ, "ICS_VALIDATE_HOME": str(home)})
    assert p.returncode == 0, p.stdout + p.stderr


def test_send_to_phone_serves_both_conferences_picks(tmp_path, data_dir):
    """`agenda share FEED --also FEED` as a person runs it: the served Add once file holds both conferences'
    picks, fetched from the real server on 127.0.0.1."""
    import json
    import signal
    import subprocess
    import sys
    import urllib.request

    moved, helion = moved_pycon_au(tmp_path, data_dir)
    au = listed(moved, data_dir)
    anchor = next(s for s in au["sessions"] if s["title"].startswith(ANCHOR))
    run_cli("star", str(SEED), helion["uid"], "--data-dir", str(data_dir))
    run_cli("star", str(moved), anchor["uid"], "--data-dir", str(data_dir))
    proc = subprocess.Popen([sys.executable, "-m", "agenda", "share", str(SEED), "--also", str(moved), "--bind",
                             "127.0.0.1", "--json", "--data-dir", str(data_dir)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert line, proc.stderr.read()
        urls = json.loads(line)
        subscription = "http://" + urls["webcal"].split("://", 1)[1]
        for url in (urls["url"], subscription):
            with urllib.request.urlopen(url, timeout=10) as r:
                cal = icalendar.Calendar.from_ical(r.read())
            titles = {str(e["SUMMARY"]) for e in cal.walk("VEVENT")}
            assert titles == {TITLE_HELION, anchor["title"]}, url
            assert all("Conference: " in str(e["DESCRIPTION"]) for e in cal.walk("VEVENT"))
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=20)


def test_the_printed_agenda_holds_both_conferences_and_their_clash(tmp_path, data_dir):
    import shutil
    import subprocess

    import pytest

    if not shutil.which("pdftotext"):
        pytest.skip("needs pdftotext (poppler-utils; .ci/run installs it)")
    moved, helion = moved_pycon_au(tmp_path, data_dir)
    au = listed(moved, data_dir)
    anchor = next(s for s in au["sessions"] if s["title"].startswith(ANCHOR))
    run_cli("star", str(SEED), helion["uid"], "--data-dir", str(data_dir))
    run_cli("star", str(moved), anchor["uid"], "--data-dir", str(data_dir))
    pdf = tmp_path / "agenda.pdf"
    r = run_cli("print", str(SEED), "--also", str(moved), "-o", str(pdf), "--data-dir", str(data_dir))
    assert r.code == 0 and "printed 2 sessions" in r.err, r.err
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "Helion 1.0" in text and "A Recent History of Python" in text
    assert f"({au['name']})" in text and "CLASH" in text
    # each pick's place line names its own conference
    assert f"· {au['name']}" in text and f"· {listed(SEED, data_dir)['name']}" in text
