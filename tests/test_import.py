"""Picks travel: import from Sched, pretalx and bookmark exports and our own; notes; own items."""
from __future__ import annotations

import json
import subprocess
from datetime import datetime, timedelta

import icalendar
import pytest

from agenda.core.feeds.feed import read_feed

from .conftest import FEEDS, SEED
from .helpers import TITLE_HELION as HELION
from .helpers import TITLE_LIGHTS as LIGHTS
from .helpers import VALIDATE, by_title, calendar, event, run_cli, seed_events
from .helpers import validator_home as _validator_home

KEYNOTE = "Keynote: PyTorch Updates"
LUNCH = "Women & Non-Binary in PyTorch Lunch"


@pytest.fixture(scope="module")
def seed():
    return read_feed(str(SEED))


def picks(data_dir) -> dict:
    doc = run_cli("list", str(SEED), "--json", "--data-dir", str(data_dir)).json()
    return {x["uid"]: x["starred"] for x in doc["sessions"] if x["starred"]}


def test_sched_personal_feed_matches_by_uid(seed, data_dir, tmp_path):
    full = seed_events()
    wanted = [by_title(seed, t).uid for t in (HELION, KEYNOTE, LUNCH)]
    mine = [full[u] for u in wanted] + [event("not-in-feed@sched", "A Talk From Elsewhere - Some One",
                                              datetime(2026, 4, 7, 16, 0, tzinfo=seed.sessions[0].start.tzinfo))]
    path = tmp_path / "sched-my-schedule.ics"
    path.write_bytes(calendar(mine, "-//Sched.com//EN"))
    r = run_cli("import-picks", str(SEED), str(path), "--json", "--data-dir", str(data_dir))
    assert r.code == 0, r.err
    report = r.json()
    assert (report["starred"], report["already"], report["ambiguous"]) == (3, 0, [])
    assert report["unmatched"] == [{"title": "A Talk From Elsewhere - Some One", "start": "2026-04-07T16:00:00+00:00"}]
    assert picks(data_dir) == {u: True for u in wanted}
    again = run_cli("import-picks", str(SEED), str(path), "--json", "--data-dir", str(data_dir)).json()
    assert (again["starred"], again["already"]) == (0, 3)


def test_pretalx_faved_export_matches_by_start_and_title_with_speaker_tail(seed, data_dir, tmp_path):
    from zoneinfo import ZoneInfo

    paris = ZoneInfo("Europe/Paris")
    h, k = by_title(seed, HELION), by_title(seed, KEYNOTE)
    events = [  # other UIDs, local times with TZID, "Title - Speaker" summaries, different case and punctuation
        event("pretalx-1@example", f"{h.title.upper()} - {h.speaker_text}", h.start.astimezone(paris)),
        event("pretalx-2@example", "keynote pytorch updates!!", k.start.astimezone(paris)),
        event("pretalx-3@example", "Coffee Break", datetime(2026, 4, 7, 7, 0, tzinfo=paris)),  # many of those
    ]
    path = tmp_path / "faved.ics"
    path.write_bytes(calendar(events, "-//pretalx//EN"))
    r = run_cli("import-picks", str(SEED), str(path), "--maybe", "--json", "--data-dir", str(data_dir))
    assert r.code == 0, r.err
    report = r.json()
    assert report["maybe"] == 2 and report["unmatched"] == []
    [amb] = report["ambiguous"]
    coffee = sorted(s.uid for s in seed.sessions if s.title == "Coffee Break")
    assert len(coffee) > 1 and amb["title"] == "Coffee Break" and amb["candidates"] == coffee  # never guessed
    assert picks(data_dir) == {h.uid: "maybe", k.uid: "maybe"}


def test_bookmarks_with_titles_only_and_urls(seed, data_dir, tmp_path):
    lights, lunch = by_title(seed, LIGHTS), by_title(seed, LUNCH)
    events = [
        # Giggity/FOSDEM Companion style: its own UID, the title, a time that was exported as floating UTC
        event("bookmark-1", LIGHTS, lights.start.replace(tzinfo=None)),
        # only the session's link in common
        event("bookmark-2", "Lunch (renamed)", lunch.start + timedelta(hours=3), url=lunch.url),
    ]
    path = tmp_path / "bookmarks.ics"
    path.write_bytes(calendar(events))
    report = run_cli("import-picks", str(SEED), str(path), "--json", "--data-dir", str(data_dir)).json()
    assert report["starred"] == 2 and report["unmatched"] == [] and report["ambiguous"] == []
    assert picks(data_dir) == {lights.uid: True, lunch.uid: True}


def test_import_by_url_from_a_real_server(seed, data_dir, server):
    full = seed_events()
    server.body = calendar([full[by_title(seed, HELION).uid]])
    r = run_cli("import-picks", str(SEED), server.url + "/mine.ics", "--json", "--data-dir", str(data_dir))
    assert r.code == 0, r.err
    assert r.json()["starred"] == 1 and server.paths == ["/mine.ics"]
    assert picks(data_dir) == {by_title(seed, HELION).uid: True}


@pytest.mark.parametrize("content, fragment", [
    (b"this is not a calendar", "not an iCalendar file"),
    (b"", "empty file"),
    (None, "is it from another conference?"),
])
def test_bad_input_is_one_line_exit_2_and_changes_nothing(seed, data_dir, tmp_path, content, fragment):
    assert run_cli("star", str(SEED), by_title(seed, HELION).uid, "--data-dir", str(data_dir)).code == 0
    before = picks(data_dir)
    path = tmp_path / "in.ics"
    path.write_bytes(content if content is not None else (FEEDS / "fosdem2026_pentabarf.ics").read_bytes())
    r = run_cli("import-picks", str(SEED), str(path), "--data-dir", str(data_dir))
    assert r.code == 2 and fragment in r.err and str(path) in r.err
    assert len(r.err.strip().splitlines()) == 1
    assert picks(data_dir) == before


def test_round_trip_through_our_export_keeps_stars_maybes_notes_and_items(seed, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    h, k, li = (by_title(seed, t).uid for t in (HELION, KEYNOTE, LIGHTS))
    note = "Ask about backends, Triton; café ☕\nand the roadmap"
    for args in (("star", h, k), ("star", li, "--maybe"), ("note", h, note)):
        assert run_cli(*args[:1], str(SEED), *args[1:], "--data-dir", str(a)).code == 0
    r = run_cli("add-item", str(SEED), "--title", "Lunch with Ana", "--start", "2026-04-07T12:30",
                "--end", "2026-04-07T13:30", "--where", "Café de Flore", "--json", "--data-dir", str(a))
    assert r.code == 0, r.err
    item = r.json()
    exported = tmp_path / "my-agenda.ics"
    assert run_cli("export", str(SEED), "--include-maybe", "-o", str(exported), "--data-dir", str(a)).code == 0
    r = run_cli("import-picks", str(SEED), str(exported), "--json", "--data-dir", str(b))
    assert r.code == 0, r.err
    assert r.json()["unmatched"] == [] and r.json()["notes"] == 1 and r.json()["items"] == 1
    assert picks(b) == picks(a) == {h: True, k: True, li: "maybe", item["uid"]: True}
    doc_a = run_cli("list", str(SEED), "--json", "--data-dir", str(a)).json()["sessions"]
    doc_b = run_cli("list", str(SEED), "--json", "--data-dir", str(b)).json()["sessions"]
    mine_b = [x for x in doc_b if x["uid"] == item["uid"]]
    assert mine_b == [x for x in doc_a if x["uid"] == item["uid"]]  # the own item, same time and place
    assert mine_b[0]["room"] == "Mine" and mine_b[0]["start"] == "2026-04-07T12:30:00+02:00"
    assert len(doc_b) == len(doc_a) == len(seed.sessions) + 1
    cal = icalendar.Calendar.from_ical(exported.read_bytes())
    by_summary = {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}
    assert str(by_summary[LIGHTS]["STATUS"]) == "TENTATIVE" and str(by_summary[LIGHTS]["TRANSP"]) == "TRANSPARENT"
    assert str(by_summary[HELION]["DESCRIPTION"]).startswith(f"My note: {note}")
    assert str(by_summary["Lunch with Ana"]["LOCATION"]) == "Café de Flore"
    # the note came back exactly (newline, comma, semicolon, non-ASCII)
    exported_b = tmp_path / "b.ics"
    assert run_cli("export", str(SEED), "--include-maybe", "-o", str(exported_b), "--data-dir", str(b)).code == 0
    cal_b = icalendar.Calendar.from_ical(exported_b.read_bytes())
    notes_b = {str(e["SUMMARY"]): str(e.get("X-AGENDA-NOTE", "")) for e in cal_b.walk("VEVENT")}
    assert notes_b[HELION] == note


def test_note_with_newlines_commas_and_unicode_passes_the_five_parsers(seed, data_dir, tmp_path):
    _validator_home()
    h = by_title(seed, HELION).uid
    run_cli("star", str(SEED), h, "--data-dir", str(data_dir))
    run_cli("star", str(SEED), by_title(seed, LIGHTS).uid, "--maybe", "--data-dir", str(data_dir))
    assert run_cli("note", str(SEED), h, "Ask: a, b; c\nZweite Zeile — ünïcödé ☕ 日本語", "--data-dir",
                   str(data_dir)).code == 0
    run_cli("add-item", str(SEED), "--title", "Booth shift", "--start", "2026-04-08T10:00", "--end",
            "2026-04-08T12:00", "--data-dir", str(data_dir))
    out = tmp_path / "notes.ics"
    assert run_cli("export", str(SEED), "--include-maybe", "-o", str(out), "--data-dir", str(data_dir)).code == 0
    p = subprocess.run(["bash", str(VALIDATE / "check"), str(out)], capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stdout + p.stderr
    assert p.stdout.count("3 events") == 5, p.stdout


def test_own_items_count_in_clashes_and_bad_items_are_refused(seed, data_dir):
    h = by_title(seed, HELION)
    assert run_cli("star", str(SEED), h.uid, "--data-dir", str(data_dir)).code == 0
    r = run_cli("add-item", str(SEED), "--title", "Call with my team", "--start", "2026-04-07T11:15",
                "--end", "2026-04-07T11:45", "--data-dir", str(data_dir))
    assert r.code == 0, r.err
    clashes = run_cli("clashes", str(SEED), "--json", "--data-dir", str(data_dir)).json()
    assert len(clashes) == 1 and h.uid in clashes[0]["sessions"]
    for args, fragment in ((("--start", "2026-04-07T12:00", "--end", "2026-04-07T11:00"), "before it starts"),
                           (("--start", "tomorrow", "--end", "2026-04-07T11:00"), "not a date and time")):
        r = run_cli("add-item", str(SEED), "--title", "x", *args, "--data-dir", str(data_dir))
        assert r.code == 2 and fragment in r.err and len(r.err.strip().splitlines()) == 1
    assert run_cli("note", str(SEED), "no-such-id", "x", "--data-dir", str(data_dir)).code == 2
    refresh = run_cli("refresh", str(SEED), "--json", "--data-dir", str(data_dir)).json()
    assert refresh == {"changes": [], "new_sessions": 0}  # an own item is not a change to the schedule


def test_json_field_names_are_the_contract(seed, data_dir, tmp_path):
    path = tmp_path / "x.ics"
    path.write_bytes(calendar([seed_events()[by_title(seed, HELION).uid]]))
    report = run_cli("import-picks", str(SEED), str(path), "--json", "--data-dir", str(data_dir)).json()
    assert {"starred", "already", "unmatched", "ambiguous"} <= set(report)
    assert json.loads(json.dumps(report)) == report
