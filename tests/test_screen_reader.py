"""Issue 34: the window read the way a screen reader (Orca) reads it: the app runs under Xvfb in a D-Bus
session with the accessibility bus (Debian's at-spi2-core), and tests/atspi_reader.py walks its tree and
listens to its events with pyatspi, as assistive technology does: the grid's sessions, focus and stars; the
list view chosen through its menu item, moved in and starred with the keys; three dialogs opened through
their menu items. .ci/run installs them."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from agenda.core.feeds.loading import read_cached
from agenda.core.feeds.tz import zone as get_zone
from agenda.core.plan.layout import index_days

from .conftest import SEED

HERE = Path(__file__).parent
LAUNCHER = next((p for p in ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
                 if Path(p).exists()), None)


def _missing() -> str | None:
    for tool in ("xvfb-run", "dbus-run-session"):
        if not shutil.which(tool):
            return tool
    if LAUNCHER is None:
        return "at-spi-bus-launcher (at-spi2-core)"
    if subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True).returncode != 0:
        return "python3-pyatspi"
    return None


def test_every_session_is_there_by_name_and_focus_and_stars_are_announced(tmp_path):
    missing = _missing()
    if missing:
        pytest.skip(f"needs {missing} (.ci/run installs it)")
    script = tmp_path / "session.sh"
    script.write_text(f"""
{LAUNCHER} --launch-immediately &
sleep 1
{sys.executable} -m agenda --data-dir {tmp_path / 'data'} {SEED} &
APP=$!
/usr/bin/python3 {HERE / 'atspi_reader.py'} Agenda
kill $APP
wait $APP 2>/dev/null || true
""")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", NO_AT_BRIDGE="0")
    env.pop("DISPLAY", None)
    p = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", "dbus-run-session", "--", "bash",
                        str(script)], capture_output=True, text=True, timeout=180, env=env)
    lines = [line for line in p.stdout.splitlines() if line.startswith("{")]
    assert lines, p.stdout + p.stderr
    seen = json.loads(lines[-1])
    assert "error" not in seen, seen
    # Every session of day 1 is an object of the grid, by its title, with what the block says.
    schedule = read_cached(SEED.read_bytes(), str(SEED), None)
    index = index_days(schedule, get_zone(schedule.timezone))
    day1 = index.by_day[index.days[0]]
    names = [s["name"] for s in seen["sessions"]]
    assert sorted(names) == sorted(s.title for s in day1)
    keynote = next(s for s in seen["sessions"] if s["name"].startswith("Keynote: Co-Evolution"))
    assert "09:00 to 09:10" in keynote["description"] and "Master Stage" in keynote["description"]
    assert {s["role"] for s in seen["sessions"]} == {"list item"}
    # Moving with the arrows announces each session; Space stars it and says so.
    assert len(seen["focus"]) >= 2 and all(f in names for f in seen["focus"]), seen["focus"]
    assert seen["checked"] and seen["checked"][-1][0] == seen["focus"][-1] and seen["checked"][-1][2] is True
    # A session offers starring as an action (Orca's "activate", a switch user's action menu): its toggle
    # action, named Star, bound to Space; done through the bus, the session is starred and says so.
    assert ["Toggle", "Star this session, or unstar it", "Space"] in seen.get("session_actions", []), seen
    assert seen["star_action_checked"] is True
    assert [seen["star_action_on"], True, True] in seen["checked"], seen["checked"]
    # Nothing a person can reach is nameless.
    assert seen["unnamed"] == [], seen["unnamed"]
    # View → List view, chosen through its menu item: the same sessions as list items, in time order, each
    # with its description; the arrows announce rows, Space stars the row and a screen reader hears it.
    rows = seen["list"]
    assert sorted(r["name"] for r in rows) == sorted(names) and {r["role"] for r in rows} == {"list item"}
    by_name: dict = {}
    for s in sorted(day1, key=lambda s: s.start):  # (a title can repeat: "Coffee Break")
        by_name.setdefault(s.title, []).append(s.start)
    starts = [by_name[r["name"]].pop(0) for r in rows]
    assert starts == sorted(starts)
    assert all(r["description"].startswith(r["name"]) for r in rows)
    focus_from, checked_from = seen["list_events_from"]
    moved = seen["focus"][focus_from:]
    assert len(moved) >= 2 and all(f in names for f in moved), seen["focus"]
    assert seen["checked"][checked_from:] and seen["checked"][-1][0] == moved[-1] and seen["checked"][-1][2] is True
    # Dialogs opened from their menu items have no nameless control either.
    # (The ones that ask for a line or a number open without blocking: QInputDialog's static calls held the
    # menu item's action, and the screen reader that chose it got no answer until the dialog closed.)
    assert set(seen["dialogs"]) == {"Export my agenda…", "Add my own item…", "Keyboard shortcuts", "Send to phone…",
                                    "Add a conference from URL…", "Minutes to change rooms…", "Open URL…",
                                    "Import picks from URL…"}, seen
    assert all(v == [] for v in seen["dialogs"].values()), seen["dialogs"]
    assert "errors" not in seen, seen["errors"]
