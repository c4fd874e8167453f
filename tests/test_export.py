"""my-agenda.ics: valid for independent parsers, stable UIDs, SEQUENCE on change, cancellations."""
from __future__ import annotations

import os
import re
import subprocess
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from agenda.core.feeds.feed import read_feed
from agenda.core.output.export import export_uid

from .conftest import SEED
from .helpers import VALIDATE, by_title, edit_feed, run_cli, validator_home


def strict_parse(data: bytes):
    """allenporter/ical, strict and independent of icalendar: every export in the suite goes through it."""
    from ical.calendar_stream import IcsCalendarStream

    stream = IcsCalendarStream.from_ics(data.decode("utf-8"))
    assert len(stream.calendars) == 1
    return stream.calendars[0]


def export(data_dir, *args):
    out = data_dir / "my-agenda.ics"
    r = run_cli("export", *args, "-o", str(out), "--data-dir", str(data_dir))
    assert r.code == 0, r.err
    data = out.read_bytes()
    strict_parse(data)
    return r, data


def ten_ids():
    s = read_feed(str(SEED))
    talks = [x for x in s.sessions if x.speakers]
    return s, [x.uid for x in talks[:40:4]]


def test_ten_starred_roundtrip_through_our_reader(data_dir):
    schedule, ids = ten_ids()
    assert run_cli("star", str(SEED), *ids, "--data-dir", str(data_dir)).code == 0
    r, data = export(data_dir, str(SEED))
    assert "exported 10 sessions" in r.err and str(data_dir / "my-agenda.ics") in r.err
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    for needle in (b"VERSION:2.0", b"PRODID:", b"CALSCALE:GREGORIAN", b"METHOD:PUBLISH",
                   b"X-WR-CALNAME:My agenda: PyTorch Conference Europe 2026"):
        assert needle in data
    back = read_feed(str(data_dir / "my-agenda.ics"))
    assert len(back.sessions) == 10
    originals = {export_uid(u): schedule.get(u) for u in ids}
    for s in back.sessions:
        o = originals[s.uid]
        assert (s.start, s.end, s.title) == (o.start, o.end, o.title)
        assert s.location == f"{o.room}, {o.venue}"
        assert s.track == o.track and s.url == o.url
        assert o.speaker_text in s.description
    cal = strict_parse(data)
    assert {e.uid for e in cal.events} == set(originals)
    assert all(e.alarm and e.alarm[0].trigger == timedelta(minutes=-10) for e in cal.events)


def test_uids_stable_and_distinct_from_feed(data_dir):
    _, ids = ten_ids()
    run_cli("star", str(SEED), *ids, "--data-dir", str(data_dir))
    _, first = export(data_dir, str(SEED))
    _, second = export(data_dir, str(SEED))
    uids = lambda d: [e.uid for e in strict_parse(d).events]
    assert uids(first) == uids(second)
    assert not set(uids(first)) & set(ids)
    assert [e.sequence for e in strict_parse(second).events] == [0] * 10  # nothing changed: no bump


def test_changed_session_gets_higher_sequence_and_unstarred_is_cancelled(data_dir, seed_copy):
    s = read_feed(str(seed_copy))
    helion = by_title(s, "Helion 1.0: A High-Level DSL for Performance Portable Kernels")
    keynote = by_title(s, "Keynote: PyTorch Updates")
    run_cli("star", str(seed_copy), helion.uid, keynote.uid, "--data-dir", str(data_dir))
    export(data_dir, str(seed_copy))
    # The organisers move Helion by an hour.
    edit_feed(seed_copy, helion.uid, shift=timedelta(hours=1))
    moved = by_title(read_feed(str(seed_copy)), helion.title)
    assert moved.start - helion.start == timedelta(hours=1)
    _, data = export(data_dir, str(seed_copy))
    seqs = {e.uid: e.sequence for e in strict_parse(data).events}
    assert seqs[export_uid(helion.uid)] == 1 and seqs[export_uid(keynote.uid)] == 0
    run_cli("unstar", str(seed_copy), keynote.uid, "--data-dir", str(data_dir))
    _, data = export(data_dir, str(seed_copy))
    events = {e.uid: e for e in strict_parse(data).events}
    gone = events[export_uid(keynote.uid)]
    assert str(gone.status).upper().endswith("CANCELLED") and gone.sequence == 1
    assert events[export_uid(helion.uid)].sequence == 1
    _, data = export(data_dir, str(seed_copy))  # the cancellation went out once
    assert export_uid(keynote.uid) not in {e.uid for e in strict_parse(data).events}


def test_alarm_option(data_dir):
    _, ids = ten_ids()
    r, data = export(data_dir, str(SEED), "--star", ids[0], "--alarm", "none")
    assert b"BEGIN:VALARM" not in data
    _, data = export(data_dir, str(SEED), "--star", ids[0], "--alarm", "25")
    assert strict_parse(data).events[0].alarm[0].trigger == timedelta(minutes=-25)
    assert run_cli("export", str(SEED), "--alarm", "soon", "--data-dir", str(data_dir)).code == 2


def test_star_option_does_not_touch_picks_and_maybe_needs_flag(data_dir):
    _, ids = ten_ids()
    export(data_dir, str(SEED), "--star", ids[0], "--star", ids[1])
    assert not (data_dir / "picks").exists() or not any((data_dir / "picks").iterdir())
    run_cli("star", str(SEED), ids[2], "--maybe", "--data-dir", str(data_dir))
    run_cli("star", str(SEED), ids[3], "--data-dir", str(data_dir))
    _, data = export(data_dir, str(SEED))
    assert len(strict_parse(data).events) == 1 + 2  # one star, plus the two earlier exports cancelled
    _, data = export(data_dir, str(SEED), "--include-maybe")
    assert {e.uid for e in strict_parse(data).events if "CANCELLED" not in str(e.status).upper()} == {export_uid(ids[2]), export_uid(ids[3])}


def test_stdout_export(data_dir):
    _, ids = ten_ids()
    r = run_cli("export", str(SEED), "--star", ids[0], "-o", "-", "--data-dir", str(data_dir))
    assert r.code == 0 and r.out.startswith("BEGIN:VCALENDAR")


def test_readonly_folder_fails_clearly_and_leaves_nothing(data_dir, tmp_path, readonly_dir):
    _, ids = ten_ids()
    target_dir = tmp_path / "out"
    target_dir.mkdir()
    readonly_dir(target_dir)
    r = run_cli("export", str(SEED), "--star", ids[0], "-o", str(target_dir / "my-agenda.ics"), "--data-dir", str(data_dir))
    assert r.code == 2
    assert "export failed" in r.err and str(target_dir / "my-agenda.ics") in r.err
    assert len(r.err.strip().splitlines()) == 1
    assert list(target_dir.iterdir()) == []
    assert not (data_dir / "exports").exists()  # no state recorded for an export that did not happen


def _instant(text: str) -> datetime:
    """A start time as each parser prints it (ISO with [zone], libical's basic form, Python's str),
    as an aware UTC datetime."""
    text, zone_name = text.strip(), None
    if " [" in text:  # ical.js: 2026-04-07T07:00:00Z [UTC]
        text, zone_name = text.split(" [", 1)
        zone_name = zone_name.rstrip("]")
    m = re.fullmatch(r"(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)(Z?)(?: (\S+))?", text)
    if m:  # libical: 20260407T070000Z UTC
        text = f"{m[1]}-{m[2]}-{m[3]}T{m[4]}:{m[5]}:{m[6]}" + ("+00:00" if m[7] else "")
        zone_name = zone_name or m[8]
    dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=ZoneInfo(zone_name or "UTC"))
    return dt.astimezone(timezone.utc)


def test_five_independent_parsers_accept_ten_starred_and_agree_on_instants(data_dir):
    home = validator_home()
    schedule, ids = ten_ids()
    run_cli("star", str(SEED), *ids, "--data-dir", str(data_dir))
    export(data_dir, str(SEED))
    target = str(data_dir / "my-agenda.ics")
    p = subprocess.run(["bash", str(VALIDATE / "check"), target], capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stdout + p.stderr
    assert p.stdout.count("10 events") == 5, p.stdout
    listed = run_cli("list", str(SEED), "--json", "--data-dir", str(data_dir)).json()["sessions"]
    expected = sorted(datetime.fromisoformat(x["start"]).astimezone(timezone.utc) for x in listed if x["starred"] is True)
    py = str(home / "venv" / "bin" / "python")
    parsers = {
        "ical.js": (["node", str(VALIDATE / "icaljs_check.mjs"), target], {"ICALJS_HOME": str(home)}),
        "libical": (["/usr/bin/python3", str(VALIDATE / "libical_check.py"), target], {}),
        "ical": ([py, str(VALIDATE / "py_ical_check.py"), target], {}),
        "vobject": ([py, str(VALIDATE / "py_vobject_check.py"), target], {}),
        "icalendar": ([py, str(VALIDATE / "py_icalendar_check.py"), "--strict", target], {}),
    }
    for name, (cmd, env) in parsers.items():
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env={**os.environ, **env})
        assert out.returncode == 0, (name, out.stderr)
        starts = sorted(_instant(line.split(" | ")[0]) for line in out.stdout.splitlines() if " | " in line)
        assert starts == expected, f"{name} disagrees on start instants"


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A home folder of our own, with no Documents folder yet (platformdirs reads HOME and XDG_*)."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    return home


def test_export_default_is_one_rule_falling_back_to_home(home, tmp_path, monkeypatch):
    from agenda.core.output.export import default_export_path

    monkeypatch.chdir(tmp_path)  # never the current folder
    assert default_export_path(None) == home / "my-agenda.ics"  # no Documents folder
    (home / "Documents").mkdir()
    assert default_export_path(None) == home / "Documents" / "my-agenda.ics"
    last = tmp_path / "last"
    assert default_export_path(str(last)) == home / "Documents" / "my-agenda.ics"  # the last folder is gone
    last.mkdir()
    assert default_export_path(str(last)) == last / "my-agenda.ics"


def test_cli_export_without_output_follows_the_rule_in_its_help(home, data_dir, seed_path, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    keynote = "5ec9e9dc8299c28c6cd041cf069866bf"
    assert run_cli("star", str(seed_path), keynote, "--data-dir", str(data_dir)).code == 0
    r = run_cli("export", str(seed_path), "--data-dir", str(data_dir))
    assert r.code == 0, r.err
    assert (home / "my-agenda.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert str(home / "my-agenda.ics") in r.err and not (tmp_path / "my-agenda.ics").exists()
    help_text = run_cli("export", "--help").out
    assert "home folder" in " ".join(help_text.split())
