"""A real calendar client subscribed to `agenda share`: vdirsyncer polls the webcal link (as the phone's
calendar does) into a folder of events, and khal shows that folder as a person would read it. Across a
session of changes (a star, an unstar, a moved session, an edited note) every poll shows the picks as they
are, each once. Skipped where vdirsyncer or khal is not installed (.ci/run installs both from Debian)."""
from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from .helpers import edit_feed, khal_config, run_cli
from .test_share import HELION, KEYNOTE, Sharing

pytestmark = pytest.mark.skipif(not (shutil.which("vdirsyncer") and shutil.which("khal")),
                                reason="vdirsyncer and khal are not installed")

LIGHTS = "8fc71bd0fc057864e02da6513c64cbfd"  # "Lights, Camera, Inference! …", 7 April 09:00 Paris


class Phone:
    """vdirsyncer (http → a vdir folder) and khal (reads the folder), configured in ``root``."""

    def __init__(self, root: Path, url: str) -> None:
        self.root, self.cal = root, root / "cal"
        self.cal.mkdir(parents=True)
        (root / "status").mkdir()
        self.vdirsyncer = root / "vdirsyncer.conf"
        self.vdirsyncer.write_text(f"""[general]
status_path = "{root / 'status'}/"

[pair subscription]
a = "agenda"
b = "phone"
collections = null
conflict_resolution = "a wins"

[storage agenda]
type = "http"
url = "{url}"

[storage phone]
type = "filesystem"
path = "{self.cal}/"
fileext = ".ics"
""")
        self.khal = khal_config(root / "khal.conf", self.cal, name="agenda", db=root / "khal.db")
        self._run("vdirsyncer", "-c", str(self.vdirsyncer), "discover")

    def _run(self, *cmd: str) -> str:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=self.root,
                           env={"PATH": "/usr/bin:/bin", "HOME": str(self.root), "LANG": "C.UTF-8"})
        assert p.returncode == 0, p.stdout + p.stderr
        return p.stdout

    def poll(self) -> dict[str, tuple[str, str]]:
        """Sync, then what khal lists for the conference: title -> (start, description); a title listed
        twice fails (a duplicate on the phone)."""
        self._run("vdirsyncer", "-c", str(self.vdirsyncer), "sync")
        out = self._run("khal", "-c", str(self.khal), "list", "--day-format", "",
                        "--format", "@@{start}|{title}|{description}", "2026-04-06", "4d")
        shown: dict[str, tuple[str, str]] = {}
        for entry in out.split("@@")[1:]:
            start, title, description = entry.split("|", 2)
            assert title not in shown, f"{title} shown twice"
            shown[title] = (start, description)
        assert len(list(self.cal.glob("*.ics"))) == len(shown)  # one event file each, nothing left over
        return shown


def test_a_subscribed_calendar_follows_a_session_of_changes(tmp_path, data_dir, seed_copy):
    cli = lambda *a: run_cli(*a, "--data-dir", str(data_dir))  # noqa: E731
    assert cli("star", str(seed_copy), KEYNOTE, HELION).code == 0
    assert cli("export", str(seed_copy), "-o", str(tmp_path / "earlier.ics")).code == 0  # history must not matter
    share = Sharing(data_dir, feed=seed_copy)
    try:
        phone = Phone(tmp_path / "phone", "http://" + share.urls["webcal"][len("webcal://"):])
        first = phone.poll()
        keynote = next(t for t in first if t.startswith("Keynote: Co-Evolution"))
        helion = next(t for t in first if t.startswith("Helion 1.0"))
        assert len(first) == 2 and first[keynote][0] == "2026-04-07 09:00"

        assert cli("star", str(seed_copy), LIGHTS).code == 0  # a star
        shown = phone.poll()
        assert len(shown) == 3 and any(t.startswith("Lights, Camera") for t in shown)

        assert cli("unstar", str(seed_copy), HELION).code == 0  # an unstar: gone, not a cancelled copy
        shown = phone.poll()
        assert helion not in shown and len(shown) == 2

        edit_feed(seed_copy, KEYNOTE, shift=timedelta(hours=1))  # the organiser moves the keynote
        shown = phone.poll()
        assert shown[keynote][0] == "2026-04-07 10:00" and len(shown) == 2

        for note in ("ask about the roadmap", "ask about the roadmap, then lunch"):  # a note, then edited
            assert cli("note", str(seed_copy), KEYNOTE, note).code == 0
            shown = phone.poll()
            assert shown[keynote][1].startswith(f"My note: {note}\n") and len(shown) == 2
    finally:
        share.stop()
