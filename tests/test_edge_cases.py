"""Reading and export edge cases (issue 23): recurrence bounds, shared UIDs, zero-length and all-day events,
refresh wording, Windows zone names, maybes, relative links, broken lines. Each has its own small feed in
tests/feeds/edge/, and exports go through the five parsers and khal."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from agenda.core.feeds.feed import read_feed

from .conftest import FEEDS
from .helpers import VALIDATE, edit_feed, khal_config, run_cli
from .helpers import validator_home as _validator_home

EDGE = FEEDS / "edge"


def copy(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    shutil.copy(EDGE / name, target)
    return target


def listed(path, data_dir, *more) -> dict:
    r = run_cli("list", str(path), "--json", "--data-dir", str(data_dir), *more)
    assert r.code == 0, r.err
    return r.json()


# ----------------------------------------------------------------------------------------------- 1
def test_recurrences_are_bounded_by_their_own_rule_and_endless_ones_say_where_they_stop():
    import recurring_ical_events

    s = read_feed(str(EDGE / "recurrence_bounds.ics"))
    cal = icalendar.Calendar.from_ical((EDGE / "recurrence_bounds.ics").read_bytes())
    for uid in ("yearly", "rdate"):  # COUNT=3, and an RDATE two years on: every occurrence, as the reference
        found = recurring_ical_events.of(cal).between(datetime(2024, 1, 1), datetime(2031, 1, 1))
        reference = sorted(e["DTSTART"].dt for e in found if str(e["UID"]) == uid)
        ours = sorted(x.start for x in s.sessions if x.uid.startswith(uid + "/"))
        assert ours == reference and len(ours) == (3 if uid == "yearly" else 2)
    weekly = [x for x in s.sessions if x.uid.startswith("weekly/")]
    assert 50 <= len(weekly) <= 60  # cut a year after the feed's last date...
    [warning] = [w for w in s.warnings if "Weekly forever" in w]
    assert "repeats without end" in warning and "UID weekly" in warning  # ...and the cut is said


def test_googles_birthday_dates_written_with_a_z_repeat_as_the_file_says(data_dir):
    """Google Calendar's birthdays export lists the earlier birthdays as ``RDATE:20131210Z`` (a date with the Z
    of a UTC time), before DTSTART. They are those dates, as ical.js reads them: the series has its three
    birthdays, where it fell back to one with a warning that quoted icalendar's exception."""
    feed = FEEDS / "google_birthdays.ics"
    doc = run_cli("list", str(feed), "--json", "--data-dir", str(data_dir)).json()
    series = sorted(s["start"][:10] for s in doc["sessions"] if s["uid"].startswith("2014_BIRTHDAY_"))
    assert series == ["2012-12-10", "2013-12-10", "2014-12-10"]
    assert doc["warnings"] == []


def test_an_unreadable_rdate_is_left_out_and_the_rest_still_repeats(tmp_path, data_dir):
    """An RDATE no reader can take is left out with a warning naming it; the series' other dates stay."""
    feed = tmp_path / "birthdays.ics"
    feed.write_bytes((FEEDS / "google_birthdays.ics").read_bytes().replace(b"RDATE:20121210Z", b"RDATE:2012-12-10Z"))
    doc = run_cli("list", str(feed), "--json", "--data-dir", str(data_dir)).json()
    series = sorted(s["start"][:10] for s in doc["sessions"] if s["uid"].startswith("2014_BIRTHDAY_"))
    assert series == ["2013-12-10", "2014-12-10"]
    assert doc["warnings"] == [f"{feed}: \"PErson #2's birthday\" (UID 2014_BIRTHDAY_79d389868f96182e@google.c…): "
                               "ignored an unreadable RDATE '2012-12-10Z'"]


def test_a_series_with_an_occurrence_decades_long_is_read_without_hanging(tmp_path, data_dir):
    """A Google Calendar export whose moved occurrence's DTSTART was typed 1969 instead of 2024 (found by
    fuzzing): the occurrence lasts from 1969 to 2024, and recurring_ical_events' after() then looked for the
    series' next occurrence 15 minutes at a time across those 55 years, for hours. The command finishes (a hang
    fails by the time-out) with every session of the file, that one from 1969 as written."""
    original = FEEDS / "google_677_recurrence_ids.ics"
    typo = tmp_path / "typo.ics"
    line = b"DTSTART;TZID=Europe/Paris:20240424T090000"
    assert original.read_bytes().count(line) == 1
    typo.write_bytes(original.read_bytes().replace(line, b"DTSTART;TZID=Europe/Paris:19690424T090000"))
    runs = {}
    for name, feed in (("original", original), ("typo", typo)):
        run = subprocess.run([sys.executable, "-m", "agenda", "list", str(feed), "--json", "--tz", "UTC",
                              "--data-dir", str(data_dir / name)], capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr
        runs[name] = {s["uid"]: s["start"] for s in json.loads(run.stdout)["sessions"]}
    moved = [uid for uid, start in runs["typo"].items() if start.startswith("1969-04-24")]
    assert len(moved) == 1 and runs["original"][moved[0]].startswith("2024-04-24")
    assert runs["typo"].keys() == runs["original"].keys()


def test_an_rdate_period_before_dtstart_is_an_occurrence_of_its_own_length(tmp_path, data_dir):
    feed = tmp_path / "workshop.ics"
    feed.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:w\r\n"
                    "DTSTART:20260407T090000Z\r\nDTEND:20260407T100000Z\r\nRRULE:FREQ=DAILY;COUNT=2\r\n"
                    "RDATE;VALUE=PERIOD:20260405T090000Z/20260405T110000Z\r\nSUMMARY:Workshop\r\nEND:VEVENT\r\n"
                    "END:VCALENDAR\r\n")
    doc = run_cli("list", str(feed), "--json", "--tz", "UTC", "--data-dir", str(data_dir)).json()
    assert [(s["start"], s["end"]) for s in doc["sessions"]] == [
        ("2026-04-05T09:00:00+00:00", "2026-04-05T11:00:00+00:00"), ("2026-04-07T09:00:00+00:00", "2026-04-07T10:00:00+00:00"),
        ("2026-04-08T09:00:00+00:00", "2026-04-08T10:00:00+00:00")]
    assert doc["warnings"] == []


# ----------------------------------------------------------------------------------------------- 2
def test_shared_uid_ids_survive_deletions_and_reordering(tmp_path, data_dir):
    feed = copy("shared_uid.ics", tmp_path)
    doc = listed(feed, data_dir)
    closing = next(x for x in doc["sessions"] if x["title"] == "Closing")
    workshop_b = next(x for x in doc["sessions"] if x["title"] == "Workshop B")
    assert len({x["uid"] for x in doc["sessions"]}) == 4
    assert run_cli("star", str(feed), closing["uid"], workshop_b["uid"], "--data-dir", str(data_dir)).code == 0
    # The organiser deletes the opening (the first event with that UID) and writes the rest in another order.
    cal = icalendar.Calendar.from_ical(feed.read_bytes())
    events = [e for e in cal.subcomponents if e.name == "VEVENT" and str(e["SUMMARY"]) != "Opening"]
    for e in events:
        cal.subcomponents.remove(e)
    for e in reversed(events):
        cal.add_component(e)
    feed.write_bytes(cal.to_ical())
    report = run_cli("refresh", str(feed), "--json", "--data-dir", str(data_dir)).json()
    assert report["changes"] == []  # nothing the user picked was cancelled or moved
    starred = {x["title"] for x in listed(feed, data_dir)["sessions"] if x["starred"] is True}
    assert starred == {"Closing", "Workshop B"}


def test_picks_kept_under_the_old_positional_ids_move_to_the_new_ones(tmp_path, data_dir):
    from agenda.core.feeds.source import feed_key
    from agenda.core.storage import DataPaths

    feed = copy("shared_uid.ics", tmp_path)
    key = feed_key(str(feed))
    picks = DataPaths.under(data_dir).picks(key)
    picks.parent.mkdir(parents=True)
    # What an older Agenda kept: the 4th event with the UID was "camp@example#4", the first plain "camp@example".
    picks.write_text(json.dumps({"version": 1, "feed": key, "picks": {"camp@example#4": "star", "camp@example": "maybe"}}))
    doc = listed(feed, data_dir)
    states = {x["title"]: x["starred"] for x in doc["sessions"] if x["starred"]}
    assert states == {"Closing": True, "Opening": "maybe"}
    kept = json.loads(picks.read_text())["picks"]
    assert "camp@example#4" not in kept and len(kept) == 2


# ----------------------------------------------------------------------------------------------- 3, 4, 7
def khal(tmp_path: Path):
    """A khal configuration with one calendar (a vdir), and a function that runs khal with it."""
    exe = Path(sys.executable).with_name("khal")
    if not exe.exists():
        pytest.skip("khal not installed (it is in the test extras)")
    vdir = tmp_path / "khal-calendar"
    vdir.mkdir()
    config = khal_config(tmp_path / "khal.conf", vdir)
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg"), "XDG_CONFIG_HOME": str(tmp_path / "xdg")}

    def run(*args: str) -> str:
        p = subprocess.run([str(exe), "-c", str(config), *args], capture_output=True, text=True, env=env, timeout=120)
        assert p.returncode == 0, p.stdout + p.stderr
        assert "warning" not in p.stderr.lower(), p.stderr
        return p.stdout

    run.vdir = vdir
    return run


def khal_list(run) -> list[str]:
    out = run("list", "--format", "{start} | {end} | {title} | {status}", "--day-format", "", "2026-04-06", "7d")
    return [line.strip() for line in out.splitlines() if " | " in line]


def validate(path: Path, events: int) -> None:
    _validator_home()
    p = subprocess.run(["bash", str(VALIDATE / "check"), str(path)], capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stdout + p.stderr
    assert p.stdout.count(f"{events} event") == 5, p.stdout


def test_zero_length_events_export_without_dtend_equal_to_dtstart(tmp_path, data_dir):
    feed = copy("zero_length.ics", tmp_path)
    ids = [x["uid"] for x in listed(feed, data_dir)["sessions"]]
    out = tmp_path / "zero.ics"
    assert run_cli("star", str(feed), *ids, "--data-dir", str(data_dir)).code == 0
    assert run_cli("export", str(feed), "-o", str(out), "--data-dir", str(data_dir)).code == 0
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    for e in cal.walk("VEVENT"):
        assert "DTEND" not in e and e["DURATION"].dt == timedelta(0)
    validate(out, 2)
    run = khal(tmp_path)
    run("import", "--batch", str(out))
    rows = khal_list(run)
    assert "2026-04-07 08:30 | 2026-04-07 08:30 | Doors open | CONFIRMED" in rows  # not an hour long
    assert "2026-04-07 14:00 | 2026-04-07 14:00 | Group photo | CONFIRMED" in rows


def test_all_day_cancellation_stays_all_day_and_maybes_are_tentative_in_khal(tmp_path, data_dir):
    feed = copy("all_day.ics", tmp_path)
    doc = listed(feed, data_dir)
    sprint = next(x["uid"] for x in doc["sessions"] if x["title"] == "Sprint day")
    talk = next(x["uid"] for x in doc["sessions"] if x["title"] == "Talk")
    out = tmp_path / "my-agenda.ics"
    run_cli("star", str(feed), sprint, "--data-dir", str(data_dir))
    run_cli("star", str(feed), talk, "--maybe", "--data-dir", str(data_dir))
    assert run_cli("export", str(feed), "--include-maybe", "-o", str(out), "--data-dir", str(data_dir)).code == 0
    run = khal(tmp_path)
    run("import", "--batch", str(out))
    assert sorted(khal_list(run)) == sorted(["2026-04-09 | 2026-04-09 | Sprint day | CONFIRMED",
                                             "2026-04-07 11:00 | 2026-04-07 11:30 | Talk | TENTATIVE"])
    files = sorted(p.name for p in run.vdir.iterdir() if p.suffix == ".ics")
    # Unstar the all-day pick: its cancellation keeps VALUE=DATE, and re-importing updates, never duplicates.
    run_cli("unstar", str(feed), sprint, "--data-dir", str(data_dir))
    assert run_cli("export", str(feed), "--include-maybe", "-o", str(out), "--data-dir", str(data_dir)).code == 0
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    cancelled = next(e for e in cal.walk("VEVENT") if str(e["STATUS"]) == "CANCELLED")
    assert b"DTSTART;VALUE=DATE:20260409" in cancelled.to_ical() and b"DTEND;VALUE=DATE:20260410" in cancelled.to_ical()
    validate(out, 2)
    run("import", "--batch", str(out))
    assert sorted(p.name for p in run.vdir.iterdir() if p.suffix == ".ics") == files  # the same two, updated
    assert sorted(khal_list(run)) == sorted(["2026-04-09 | 2026-04-09 | Sprint day | CANCELLED",
                                             "2026-04-07 11:00 | 2026-04-07 11:30 | Talk | TENTATIVE"])


# ----------------------------------------------------------------------------------------------- 5
def test_refresh_prints_local_times_and_says_what_changed(tmp_path, data_dir):
    feed = copy("all_day.ics", tmp_path)
    talk = next(x["uid"] for x in listed(feed, data_dir)["sessions"] if x["title"] == "Talk")
    run_cli("star", str(feed), talk, "--data-dir", str(data_dir))
    cal = icalendar.Calendar.from_ical(feed.read_bytes())
    for e in cal.walk("VEVENT"):
        if str(e["UID"]) == "timed-1@example":
            end = e["DTEND"].dt + timedelta(minutes=15)
            del e["DTEND"]
            e.add("DTEND", end)
    feed.write_bytes(cal.to_ical())
    text = run_cli("refresh", str(feed), "--data-dir", str(data_dir)).out
    assert "ends later: Talk (11:30 → 11:45)" in text  # Paris time, and which end moved
    assert "+00:00" not in text
    edit_feed(feed, "timed-1@example", shift=timedelta(hours=1))
    text = run_cli("refresh", str(feed), "--data-dir", str(data_dir)).out
    assert "moved: Talk (Tue 07 Apr 11:00–11:45 → Tue 07 Apr 12:00–12:45)" in text
    report = run_cli("refresh", str(feed), "--json", "--data-dir", str(data_dir)).json()
    assert report == {"changes": [], "new_sessions": 0}


def test_a_day_event_seen_before_its_dates_were_kept_as_utc_is_not_reported_moved(tmp_path, data_dir):
    """Agenda kept a DATE event's dates as midnight in the feed's zone; now as midnight UTC (so that it is on its
    own date in every zone). A snapshot of what the user saw, written before, must not make every starred
    all-day session "moved" at the next refresh; a real move of a day still is one."""
    feed = copy("all_day.ics", tmp_path)
    sprint = next(x for x in listed(feed, data_dir)["sessions"] if x["title"] == "Sprint day")
    assert run_cli("star", str(feed), sprint["uid"], "--data-dir", str(data_dir)).code == 0
    [seen] = (data_dir / "seen").glob("*.json")
    doc = json.loads(seen.read_text(encoding="utf-8"))
    snap = doc["sessions"] if "sessions" in doc else doc
    entry = snap[sprint["uid"]]
    paris = ZoneInfo("Europe/Paris")
    for k in ("start", "end"):  # as the previous version wrote it: midnight in Paris, in UTC
        day = datetime.fromisoformat(entry[k]).date()
        entry[k] = datetime.combine(day, datetime.min.time(), paris).astimezone(timezone.utc).isoformat()
    entry.pop("all_day", None)
    seen.write_text(json.dumps(doc), encoding="utf-8")
    assert run_cli("refresh", str(feed), "--json", "--data-dir", str(data_dir)).json() == {"changes": [], "new_sessions": 0}
    edit_feed(feed, sprint["uid"], shift=timedelta(days=1))
    [change] = run_cli("refresh", str(feed), "--json", "--data-dir", str(data_dir)).json()["changes"]
    assert change["kind"] == "moved" and change["uid"] == sprint["uid"]


# ----------------------------------------------------------------------------------------------- 6
def test_windows_zone_names_are_used_to_infer_the_display_zone():
    s = read_feed(str(EDGE / "windows_zone.ics"), local_zone="America/Los_Angeles")
    assert s.timezone == "Europe/Warsaw" and "TZID" in s.timezone_reason
    planning = next(x for x in s.sessions if x.title == "Planning")
    assert planning.start == datetime.fromisoformat("2026-04-07T07:00:00+00:00")  # 09:00 at UTC+2 in April


# ----------------------------------------------------------------------------------------------- 7
def test_relative_links_are_resolved_against_the_feed_url_or_left_out(tmp_path, data_dir, server):
    server.body = (EDGE / "relative_url.ics").read_bytes()
    doc = listed(server.url + "/schedule/feed.ics", data_dir)
    urls = {x["title"]: x["url"] for x in doc["sessions"]}
    assert urls == {"Relative link": server.url + "/c/talk-1", "Absolute link": "https://example.org/t/2"}
    local = {x.title: x.url for x in read_feed(str(EDGE / "relative_url.ics")).sessions}
    assert local == {"Relative link": None, "Absolute link": "https://example.org/t/2"}
    feed = copy("relative_url.ics", tmp_path)
    ids = [x["uid"] for x in listed(feed, data_dir)["sessions"]]
    run_cli("star", str(feed), *ids, "--data-dir", str(data_dir))
    out = tmp_path / "urls.ics"
    assert run_cli("export", str(feed), "-o", str(out), "--data-dir", str(data_dir)).code == 0
    assert b"URL:/c/" not in out.read_bytes() and b"URL:https://example.org/t/2" in out.read_bytes()


# ----------------------------------------------------------------------------------------------- 8
def test_a_stray_line_outside_events_is_skipped_and_named_by_line(data_dir):
    # A line that is not a property, between events (issue 32): read as lenient calendar readers do.
    r = run_cli("list", str(EDGE / "broken_line_calendar.ics"), "--data-dir", str(data_dir))
    assert r.code == 0 and "Fine" in r.out
    assert "broken_line_calendar.ics line 4: skipped a stray line outside any event ('X')" in r.err


def test_a_broken_property_line_is_refused_in_plain_words(data_dir, tmp_path):
    broken = tmp_path / "broken.ics"  # a line with a colon is not stray: it is a property that cannot be read
    broken.write_text((EDGE / "broken_line_calendar.ics").read_text().replace("X\n", ":::\n"))
    r = run_cli("list", str(broken), "--data-dir", str(data_dir))
    assert r.code == 2 and "broken.ics line 4: not a calendar line (':::')" in r.err
    assert len(r.err.strip().splitlines()) == 1 and "Content line" not in r.err
    r = run_cli("list", str(EDGE / "broken_line_event.ics"), "--json", "--data-dir", str(data_dir))
    assert r.code == 0 and [x["title"] for x in r.json()["sessions"]] == ["Has a broken line"]
    assert any("broken_line_event.ics line 8: ignored a broken line in 'Has a broken line'" in w
               for w in r.json()["warnings"])


def test_dates_listed_by_hand_beyond_the_endless_cut_are_kept(data_dir, tmp_path):
    # An endless monthly rule plus two RDATEs ten years on (issue 32): the rule is cut a year after the
    # feed's dates, the two dates the organiser listed are kept.
    from datetime import datetime, timezone

    from .helpers import calendar, event

    e = event("z", "Monthly meetup", datetime(2026, 1, 15, 18, 0, tzinfo=timezone.utc))
    e.add("RRULE", {"FREQ": "MONTHLY"})
    e.add("RDATE", [datetime(2036, 3, 3, 18, 0, tzinfo=timezone.utc)])
    e.add("RDATE", [datetime(2036, 6, 9, 18, 0, tzinfo=timezone.utc)])
    feed = tmp_path / "monthly.ics"
    feed.write_bytes(calendar([e]))
    r = run_cli("list", str(feed), "--json", "--data-dir", str(data_dir))
    assert r.code == 0
    starts = [s["start"][:10] for s in r.json()["sessions"]]
    monthly = [d for d in starts if d < "2030"]
    assert monthly[0] == "2026-01-15" and len(monthly) >= 12  # the rule, cut
    assert [d for d in starts if d > "2030"] == ["2036-03-03", "2036-06-09"]  # the dates listed by hand


def test_a_rule_icalendar_cannot_read_is_said_and_its_event_shown_as_written(tmp_path, data_dir):
    # Found by the long fuzz run (tests/test_fuzz.py, -m slow): an RRULE whose UNTIL is garbled made reading
    # the whole feed fail with icalendar's BrokenCalendarProperty, and earlier it said "skipped" of an event
    # it then showed.
    feed = tmp_path / "broken-until.ics"
    feed.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                     b"BEGIN:VEVENT\r\nUID:weekly-1\r\nDTSTART:20260407T090000Z\r\nDTEND:20260407T100000Z\r\n"
                     b"RRULE:FREQ=WEEKLY;UNTIL=>0140806T060000Z\r\nSUMMARY:Weekly sync\r\nEND:VEVENT\r\n"
                     b"BEGIN:VEVENT\r\nUID:other-2\r\nDTSTART:20260408T090000Z\r\nDTEND:20260408T100000Z\r\n"
                     b"SUMMARY:Other talk\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    r = run_cli("list", str(feed), "--json", "--data-dir", str(data_dir))
    assert r.code == 0, r.err
    listing = r.json()
    assert sorted(s["title"] for s in listing["sessions"]) == ["Other talk", "Weekly sync"]
    said = [w for w in listing["warnings"] if "Weekly sync" in w]
    assert len(said) == 1 and "broken-until.ics" in said[0] and "shown as written" in said[0]
    assert not any("skipped" in w for w in listing["warnings"])
