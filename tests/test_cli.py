"""The command-line contract: `agenda list` and friends, exit codes and one-line errors."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import FEEDS, SEED
from .helpers import run_cli

REALWORLD = sorted(p for p in FEEDS.glob("*.ics") if p.name != SEED.name)
ROOT = Path(__file__).resolve().parent.parent


def test_list_json_seed_shape(data_dir):
    r = run_cli("list", str(SEED), "--json", "--data-dir", str(data_dir))
    assert r.code == 0, r.err
    doc = r.json()
    assert set(doc) >= {"name", "timezone", "sessions", "warnings"}
    assert doc["timezone"] == "Europe/Paris"
    assert len(doc["sessions"]) == 129
    first = doc["sessions"][0]
    assert set(first) >= {"uid", "title", "speakers", "speaker_text", "track", "room", "venue", "start", "end",
                          "url", "description", "starred"}
    keynote = next(s for s in doc["sessions"] if s["title"].startswith("Keynote: Co-Evolution"))
    assert keynote["start"] == "2026-04-07T09:00:00+02:00"
    assert keynote["starred"] is False
    soiree = next(s for s in doc["sessions"] if "Soirée" in s["title"])
    assert soiree["room"] is None


def test_list_default_is_bundled_feed(data_dir, tmp_path):
    r = run_cli("list", "--json", "--data-dir", str(data_dir))
    assert r.code == 0 and len(r.json()["sessions"]) == 129


def test_list_tz_option(data_dir):
    r = run_cli("list", str(SEED), "--json", "--tz", "America/New_York", "--data-dir", str(data_dir))
    doc = r.json()
    assert doc["timezone"] == "America/New_York"
    keynote = next(s for s in doc["sessions"] if s["title"].startswith("Keynote: Co-Evolution"))
    assert keynote["start"] == "2026-04-07T03:00:00-04:00"


def test_list_stdin(data_dir):
    r = run_cli("list", "-", "--json", "--data-dir", str(data_dir), stdin=SEED.read_bytes())
    assert r.code == 0 and len(r.json()["sessions"]) == 129


def test_list_text_output_groups_days(data_dir):
    r = run_cli("list", str(SEED), "--data-dir", str(data_dir))
    assert r.code == 0
    assert "Tuesday 07 April 2026" in r.out and "Wednesday 08 April 2026" in r.out
    assert "09:00–09:10  Master Stage" in r.out


@pytest.mark.parametrize("feed", REALWORLD, ids=lambda p: p.name)
def test_every_realworld_feed_exits_0_or_2_without_traceback(feed, data_dir):
    r = run_cli("list", str(feed), "--json", "--data-dir", str(data_dir))
    assert r.code in (0, 2)
    assert "Traceback" not in r.err and "internal error" not in r.err
    if r.code == 2:
        assert len(r.err.strip().splitlines()) == 1 and str(feed) in r.err
    else:
        doc = r.json()
        assert all(s["end"] >= s["start"] for s in doc["sessions"])


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["list", "/nonexistent/feed.ics"], "/nonexistent/feed.ics: no such file"),
        (["list", str(FEEDS)], "is a folder"),
        (["list", str(SEED), "--tz", "Nowhere/Land"], "unknown time zone 'Nowhere/Land'"),
        (["list", "--bogus"], "unrecognized arguments"),
        (["star", str(SEED), "no-such-id"], "no session with id 'no-such-id'"),
    ],
)
def test_bad_input_is_one_line_exit_2(args, fragment, data_dir):
    r = run_cli(*args, "--data-dir", str(data_dir))
    assert r.code == 2
    assert fragment in r.err
    assert len(r.err.strip().splitlines()) == 1


def test_real_process_never_prints_traceback(tmp_path):
    """The installed entry point, as a script would run it, on garbage and on a good feed."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    garbage = tmp_path / "garbage.ics"
    garbage.write_bytes(b"BEGIN:VCALENDAR\n\xff\xfe\x00BEGIN:VEVENT\nDTSTART;;;:x\n" * 50)
    for feed, codes in ((FEEDS / "bad_fuzz_garbage.ics", {2}), (garbage, {0, 2}), (SEED, {0})):
        p = subprocess.run([sys.executable, "-m", "agenda", "list", str(feed), "--data-dir", str(tmp_path / "d")],
                           capture_output=True, text=True, env=env, timeout=120)
        assert p.returncode in codes, p.stderr
        assert "Traceback" not in p.stderr


def test_core_imports_no_qt():
    code = (
        "import sys, pkgutil, importlib, agenda, agenda.core\n"
        "mods = ['agenda', 'agenda.cli', 'agenda.bundle'] + ['agenda.core.' + m.name for m in pkgutil.iter_modules(agenda.core.__path__)]\n"
        "[importlib.import_module(m) for m in mods]\n"
        "from agenda.cli import main\n"
        "import io\n"
        "main(['list', '--json', '--data-dir', sys.argv[1]], stdout=io.StringIO(), stderr=io.StringIO())\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not qt, qt\n"
        "print(len(mods))\n"
    )
    p = subprocess.run([sys.executable, "-c", code, "/tmp/agenda-noqt-test"], capture_output=True, text=True,
                       env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=120)
    assert p.returncode == 0, p.stderr
    assert int(p.stdout) >= 8


def test_plain_install_bundles_the_feed(tmp_path):
    """`pip install .` (no editable magic) ships the seed feed; `agenda list` works from any folder."""
    target = tmp_path / "site"
    p = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                        "--target", str(target), str(ROOT)], capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr[-2000:]
    assert (target / "agenda" / "resources" / SEED.name).is_file()
    run = subprocess.run([sys.executable, "-m", "agenda", "list", "--json", "--data-dir", str(tmp_path / "d")],
                         capture_output=True, text=True, cwd=tmp_path, env=dict(os.environ, PYTHONPATH=str(target)),
                         timeout=120)
    assert run.returncode == 0, run.stderr
    assert '"timezone": "Europe/Paris"' in run.stdout


def test_list_says_many_warnings_of_one_kind_as_two_and_a_count(data_dir):
    # A Google Calendar export with 14 events that repeat without end: a page of warnings said the same thing 14
    # times. `agenda list` says the first two and how many more; --json still lists every one.
    feed = FEEDS / "google_677_recurrence_ids.ics"
    doc = run_cli("list", str(feed), "--json", "--data-dir", str(data_dir)).json()
    everything = doc["warnings"]
    endless = [w for w in everything if "repeats without end" in w]
    assert len(endless) == len(everything) > 3
    r = run_cli("list", str(feed), "--data-dir", str(data_dir))
    assert r.code == 0 and all(f"[{s['uid']}]" in r.out for s in doc["sessions"])  # every session still listed
    assert r.err.splitlines() == [f"agenda: warning: {w}" for w in endless[:2]] + [
        f"agenda: warning: and {len(endless) - 2} more like these (agenda list --json lists them all)"]


def test_list_says_a_few_warnings_each_whole(data_dir):
    feed = FEEDS / "edge" / "recurrence_bounds.ics"
    everything = run_cli("list", str(feed), "--json", "--data-dir", str(data_dir)).json()["warnings"]
    assert 1 <= len(everything) <= 3
    r = run_cli("list", str(feed), "--data-dir", str(data_dir))
    assert r.code == 0 and r.err.splitlines() == [f"agenda: warning: {w}" for w in everything]


def test_a_count_of_one_is_said_in_the_singular(data_dir):
    # Exchange 2010's calendar of one event in an undefined zone said "1 sessions" and "(1 events)".
    feed = FEEDS / "exchange2010_undefined_tzid.ics"
    doc = run_cli("list", str(feed), "--json", "--data-dir", str(data_dir)).json()
    assert len(doc["sessions"]) == 1
    r = run_cli("list", str(feed), "--data-dir", str(data_dir))
    assert r.code == 0 and r.out.startswith(f"{doc['name']}: 1 session, times in {doc['timezone']}\n")
    assert r.err.splitlines() == [f"agenda: warning: {feed}: unknown time zone 'Customized Time Zone' (1 event); "
                                  f"times read in {doc['timezone']}"]
    many = run_cli("list", str(FEEDS / "fosdem2026_pentabarf.ics"), "--data-dir", str(data_dir))
    assert many.out.startswith("fosdem2026_pentabarf: 1067 sessions, times in Europe/Brussels\n")


def test_an_import_of_one_note_and_one_item_says_each_in_the_singular(data_dir, tmp_path):
    # Agenda's own export from another computer, carrying one star with its note and one item of the user's own.
    there, export = tmp_path / "there", tmp_path / "my-agenda.ics"
    uid = run_cli("list", str(SEED), "--json", "--data-dir", str(there)).json()["sessions"][3]["uid"]
    for args in (("star", str(SEED), uid), ("note", str(SEED), uid, "bring questions"),
                 ("add-item", str(SEED), "--title", "Lunch with Ana", "--start", "2026-04-07T12:30",
                  "--end", "2026-04-07T13:15"), ("export", str(SEED), "-o", str(export))):
        assert run_cli(*args, "--data-dir", str(there)).code == 0
    r = run_cli("import-picks", str(SEED), str(export), "--data-dir", str(data_dir))
    assert r.code == 0
    assert r.out.splitlines()[0] == "1 starred, 0 marked maybe, 0 already picked, 1 note, 1 item of your own"
    assert run_cli("list", str(SEED), "--json", "--data-dir", str(data_dir)).json()["sessions"][3]["starred"] is True
