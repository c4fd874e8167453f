"""Settings are checked field by field: a bad value is one line naming the file and the field, and only that
field falls back to its default."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from agenda.core.settings import Settings

from .conftest import SEED
from .helpers import run_cli

BAD = {"version": 1, "refresh_minutes": "5", "custom_tz": "Mars/Base", "tz_mode": "custom", "room_change_minutes": 12,
       "alarm_minutes": -3, "recent_feeds": "not a list", "last_feed": str(SEED)}


def _write(data_dir, data) -> None:
    (data_dir / "settings.json").write_text(json.dumps(data))


def test_each_bad_field_is_named_and_falls_back_alone(data_dir):
    _write(data_dir, BAD)
    s = Settings.load(data_dir / "settings.json")
    assert (s.refresh_minutes, s.custom_tz, s.alarm_minutes, s.recent_feeds) == (0, None, 10, [])
    assert s.tz_mode == "venue"  # "custom" with no usable zone
    assert s.room_change_minutes == 12 and s.last_feed == str(SEED)  # the good fields are kept
    named = sorted(p.split("setting ")[1].split()[0] for p in s.problems)
    assert named == ["'alarm_minutes'", "'custom_tz'", "'recent_feeds'", "'refresh_minutes'"]
    assert all(str(data_dir / "settings.json") in p and "\n" not in p for p in s.problems)


def test_the_command_line_reports_bad_settings_and_still_works(data_dir):
    _write(data_dir, BAD)
    r = run_cli("clashes", "--json", "--data-dir", str(data_dir))
    assert r.code == 0 and r.json() == []
    lines = r.err.splitlines()
    assert len(lines) == 4 and all(line.startswith("agenda: ") for line in lines)
    assert "'5'" in r.err and "'Mars/Base'" in r.err and "Traceback" not in r.err


def test_a_screenshot_with_bad_settings_is_drawn_without_a_traceback(tmp_path, data_dir):
    _write(data_dir, BAD)
    target = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    p = subprocess.run([sys.executable, "-m", "agenda", "--screenshot", str(target), "--data-dir", str(data_dir)],
                       capture_output=True, text=True, env=env, timeout=120)
    assert p.returncode == 0, p.stderr
    assert target.stat().st_size > 10_000
    assert "Traceback" not in p.stderr and "Mars/Base" in p.stderr


def test_the_computer_zone_comes_from_tz_then_the_system(monkeypatch):
    from tzlocal import get_localzone_name

    from agenda.core.feeds import tz

    monkeypatch.setenv("TZ", "Asia/Kolkata")
    assert tz.computer_zone() == "Asia/Kolkata"
    monkeypatch.setenv("TZ", ":America/Los_Angeles")
    assert tz.computer_zone() == "America/Los_Angeles"
    monkeypatch.setenv("TZ", "Mars/Base")  # not a zone: the system's own setting decides
    expected = tz.linked_zone() or get_localzone_name() or "UTC"
    assert tz.computer_zone() == expected and tz.is_zone(expected)


def test_two_processes_saving_settings_keep_each_others_choices(tmp_path):
    # Two windows open at once: each saved its whole settings, so the later save undid the other's choice.
    from agenda.core.settings import Settings

    path = tmp_path / "settings.json"
    Settings(theme="light").save(path)
    first, second = Settings.load(path), Settings.load(path)
    first.update(theme="dark")
    first.save(path)
    second.update(room_change_minutes=15)
    second.save(path)
    now = Settings.load(path)
    assert (now.theme, now.room_change_minutes) == ("dark", 15)
    second.update(theme="system")  # a field changed again is the last writer's
    second.save(path)
    assert (Settings.load(path).theme, Settings.load(path).room_change_minutes) == ("system", 15)
