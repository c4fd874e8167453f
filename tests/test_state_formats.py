"""Stored files across versions (core/migrations.py) and what bad state or a bug looks like to the user.

The fixtures in tests/fixtures/state/ were written by Agenda's own earlier releases (the first release's
`agenda star`/`export`, and `agenda refresh` from the release that added the change review), run from this
repository's history; every later release still reads them."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from agenda.core.errors import StorageError
from agenda.core.feeds.source import feed_key
from agenda.core.migrations import NewerFormat, migrate
from agenda.core.opened import OpenedFeed
from agenda.core.storage import DataPaths

from .helpers import edit_feed, run_cli

STATE = Path(__file__).parent / "fixtures" / "state"
HELION = "ea4620ce0f810a15307f92b28e2664da"  # starred in the fixtures
LIGHTS = "8fc71bd0fc057864e02da6513c64cbfd"  # exported once, then unstarred
ROOT = Path(__file__).resolve().parent.parent


def _install(fixture: str, target: Path, feed: Path | None = None) -> None:
    """Put an earlier release's file where this one keeps it (its "feed" naming this test's copy)."""
    data = json.loads((STATE / fixture).read_text())
    if feed is not None and "feed" in data:
        data["feed"] = str(feed)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(data))


def _old_state(data_dir: Path, feed: Path) -> DataPaths:
    paths = DataPaths.under(data_dir)
    key = feed_key(str(feed))
    _install("picks-v1-0.1-first-release.json", paths.picks(key), feed)
    _install("export-state-v1-0.1-first-release.json", paths.export_state(key))
    _install("snapshot-v1-fetch-release.json", paths.snapshot(key))
    _install("settings-v1-0.1-first-release.json", paths.settings)
    return paths


def test_files_of_the_first_releases_are_read_as_they_were_meant(data_dir, seed_copy):
    _old_state(data_dir, seed_copy)
    doc = run_cli("list", str(seed_copy), "--json", "--data-dir", str(data_dir)).json()
    starred = {s["uid"] for s in doc["sessions"] if s["starred"] is True}
    assert starred == {HELION}
    r = run_cli("clashes", str(seed_copy), "--json", "--data-dir", str(data_dir))
    assert r.code == 0 and "kept aside" not in r.err and "settings" not in r.err  # room_change 10 read, no complaint
    # The change review compares with the old snapshot: Helion moved an hour since it was taken.
    edit_feed(seed_copy, HELION, shift=__import__("datetime").timedelta(hours=1))
    report = run_cli("refresh", str(seed_copy), "--json", "--data-dir", str(data_dir)).json()
    assert [(c["uid"], c["kind"]) for c in report["changes"]] == [(HELION, "moved")]
    # The export state of the first release: Lights went out once, so it now goes out as a cancellation.
    paths = DataPaths.under(data_dir)
    state = paths.export_state(feed_key(str(seed_copy)))
    r = run_cli("export", str(seed_copy), "-o", "-", "--data-dir", str(data_dir))
    assert r.code == 0 and "1 cancellation" in r.err
    assert "STATUS:CANCELLED" in r.out and "SEQUENCE:1" in r.out
    # It was migrated to format 2 (which sessions each destination had), the version-1 file kept beside it.
    migrated = json.loads(state.read_text())
    assert migrated["version"] == 2 and migrated["delivered"]["export"] == [HELION]
    assert json.loads(state.with_name(state.name + ".v1.bak").read_text())["version"] == 1
    again = run_cli("export", str(seed_copy), "-o", "-", "--data-dir", str(data_dir))
    assert "CANCELLED" not in again.out  # said once


def test_a_file_from_a_newer_agenda_is_left_untouched_and_never_written_over(data_dir, seed_copy):
    paths = DataPaths.under(data_dir)
    key = feed_key(str(seed_copy))
    newer = {"version": 9, "feed": str(seed_copy), "picks": {HELION: "star"}, "shape": "from the future"}
    paths.picks(key).parent.mkdir(parents=True)
    paths.picks(key).write_text(json.dumps(newer))
    r = run_cli("list", str(seed_copy), "--data-dir", str(data_dir))
    assert r.code == 0 and "newer Agenda" in r.err and str(paths.picks(key)) in r.err
    r = run_cli("star", str(seed_copy), LIGHTS, "--data-dir", str(data_dir))
    assert r.code == 2 and len(r.err.strip().splitlines()) == 2  # the notice, then: not saved
    assert json.loads(paths.picks(key).read_text()) == newer  # byte for byte the newer file's content
    assert not list(paths.picks(key).parent.glob("*.corrupt-*"))


def test_an_older_format_is_backed_up_then_migrated_step_by_step(tmp_path):
    path = tmp_path / "picks.json"
    old = {"version": 1, "picks": {"a": "star"}}
    path.write_text(json.dumps(old))
    steps = {1: lambda d: {**d, "picks": {k: {"state": v} for k, v in d["picks"].items()}},
             2: lambda d: {**d, "renamed": True}}
    data, migrated = migrate(path, json.loads(path.read_text()), "picks file", current=3, steps=steps)
    assert migrated and data == {"version": 3, "picks": {"a": {"state": "star"}}, "renamed": True}
    assert json.loads((tmp_path / "picks.json.v1.bak").read_text()) == old  # the user's data, kept first
    with pytest.raises(NewerFormat):
        migrate(path, {"version": 4}, "picks file", current=3, steps=steps)
    data, migrated = migrate(path, {"version": 3, "x": 1}, "picks file", current=3, steps=steps)
    assert not migrated and data == {"version": 3, "x": 1}


def test_deeply_nested_state_is_set_aside_with_one_line(data_dir, seed_copy):
    paths = DataPaths.under(data_dir)
    key = feed_key(str(seed_copy))
    for where in (paths.picks(key), paths.export_state(key), paths.snapshot(key), paths.settings):
        where.parent.mkdir(parents=True, exist_ok=True)
        where.write_text("[" * 200_000 + "]" * 200_000)
    r = run_cli("export", str(seed_copy), "-o", "-", "--data-dir", str(data_dir))
    assert "Traceback" not in r.err and "RecursionError" not in r.err
    assert r.err.count("nested too deeply") >= 3
    # The picks could not be read: nothing is exported (an export of "nothing picked" would cancel every
    # event on the phone), with one line saying why and naming the file.
    assert r.code == 2 and "nothing exported" in r.err and str(paths.picks(key)) in r.err and r.out == ""
    r = run_cli("star", str(seed_copy), HELION, "--data-dir", str(data_dir))
    assert r.code == 0 and "starred" in r.err
    r = run_cli("export", str(seed_copy), "-o", "-", "--data-dir", str(data_dir))
    assert r.code == 0 and "BEGIN:VEVENT" in r.out  # once starred again, the export goes ahead


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_as_picks_or_settings_file_does_not_hang(data_dir, seed_copy):
    paths = DataPaths.under(data_dir)
    key = feed_key(str(seed_copy))
    for where in (paths.picks(key), paths.settings):
        where.parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(where)
    p = subprocess.run([sys.executable, "-m", "agenda", "list", str(seed_copy), "--data-dir", str(data_dir)],
                       capture_output=True, text=True, timeout=60, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert p.returncode == 0 and "not a regular file" in p.stderr and "Traceback" not in p.stderr


def test_two_feeds_open_at_once_keep_their_own_picks(data_dir, seed_copy, tmp_path):
    other = tmp_path / "other.ics"
    shutil.copy(seed_copy, other)
    paths = DataPaths.under(data_dir)
    a, b = OpenedFeed.load(str(seed_copy), paths), OpenedFeed.load(str(other), paths)
    a.store.update({HELION: "star"})
    b.store.update({LIGHTS: "maybe"})
    assert a.key != b.key and a.store.as_dict() == {HELION: "star"} and b.store.as_dict() == {LIGHTS: "maybe"}
    assert OpenedFeed.load(str(seed_copy), paths).store.as_dict() == {HELION: "star"}  # each from its own file


def test_a_bug_is_one_line_naming_the_crash_log_not_unusable_input(data_dir, seed_copy, monkeypatch):
    import agenda.cli as cli

    def broken(ctx, ns):  # a programming error deep in a command, as a bug would raise it
        return {}["missing"]

    monkeypatch.setitem(cli.COMMANDS, "clashes", broken)
    r = run_cli("clashes", str(seed_copy), "--data-dir", str(data_dir))
    assert r.code == 1 and len(r.err.strip().splitlines()) == 1
    assert "a bug in Agenda" in r.err and "KeyError" in r.err and "Traceback" not in r.err
    log = data_dir / "crash.log"
    assert str(log) in r.err and "Traceback" in log.read_text() and "broken" in log.read_text()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_export_into_a_pipe_writes_into_it_and_leaves_it_a_pipe(data_dir, seed_copy, tmp_path):
    # `agenda export -o /dev/null` (or a named pipe) once renamed a regular file over the device as root.
    import stat
    import threading

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    got = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_bytes()), daemon=True)
    reader.start()
    run_cli("star", str(seed_copy), HELION, "--data-dir", str(data_dir))
    r = run_cli("export", str(seed_copy), "-o", str(pipe), "--data-dir", str(data_dir))
    reader.join(10)
    assert r.code == 0 and got and got[0].startswith(b"BEGIN:VCALENDAR") and HELION.encode() in got[0]
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)


def test_what_is_served_reads_a_damaged_export_state_without_touching_it(data_dir, seed_copy):
    # The share server only reads: a damaged export state serves the picks afresh and stays where it is
    # (the next real export reports it and sets it aside).
    paths = DataPaths.under(data_dir)
    feed = OpenedFeed.load(str(seed_copy), paths)
    feed.store.update({HELION: "star"})
    state = paths.export_state(feed.key)
    state.parent.mkdir(parents=True, exist_ok=True)
    state.write_text("[" * 200_000 + "]" * 200_000)
    rendered = feed.export_renderer(include_maybes=False, alarm_minutes=10)()
    assert rendered.data.count(b"BEGIN:VEVENT") == 1 and HELION.encode() in rendered.data
    with pytest.raises(StorageError):  # a download of it is not recorded over the damaged file either
        rendered.commit()
    assert state.read_text().startswith("[[[") and list(state.parent.iterdir()) == [state]
