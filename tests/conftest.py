"""Shared fixtures. UI tests run offscreen unless the caller chose a platform."""
from __future__ import annotations

import os
import shutil
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
# The window speaks English in tests whatever the machine's language, unless a test chooses another
# (View → Language, or the settings' "language"): Qt reads the languages a user prefers from LANGUAGE.
os.environ["LANGUAGE"] = "en"

FEEDS = Path(__file__).parent / "feeds"
SEED = FEEDS / "pytorch-conference-europe-2026.ics"
SCHEDULES = FEEDS / "schedules"  # schedule.xml/json (issue 33), copied from ../shared/feeds/schedules
FOSDEM_XML = SCHEDULES / "fosdem2026_schedule.xml"
FOSDEM_ICS = FEEDS / "fosdem2026_pentabarf.ics"  # the same 1,067 sessions as FOSDEM_XML
CAMP = SCHEDULES / "camp2019_frab.json"
DEMOCON = SCHEDULES / "democon_pretalx.json"


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A private copy of the seed feed that a test may edit."""
    target = tmp_path / "seed.ics"
    shutil.copy(SEED, target)
    return target


def _make_readonly(folder: Path):
    """Make a folder refuse new files, for real: chmod for users, the immutable attribute for root."""
    import subprocess

    if os.geteuid() != 0:
        folder.chmod(0o500)
        return lambda: folder.chmod(0o700)
    if not shutil.which("chattr"):
        pytest.skip("running as root without chattr: cannot make a folder read-only")
    p = subprocess.run(["chattr", "+i", str(folder)], capture_output=True)
    if p.returncode != 0:
        pytest.skip(f"chattr +i not supported here: {p.stderr.decode().strip()}")
    return lambda: subprocess.run(["chattr", "-i", str(folder)], check=False)


@pytest.fixture
def readonly_dir():
    """Call with a folder to make it read-only until the test ends."""
    undo = []

    def make(folder: Path) -> Path:
        undo.append(_make_readonly(folder))
        return folder

    yield make
    for u in reversed(undo):
        u()


class Feed:
    """What the server answers; tests change it between requests."""

    def __init__(self) -> None:
        self.body = SEED.read_bytes()
        self.status = 200
        self.ctype = "text/calendar; charset=utf-8"
        self.delay = 0.0
        self.etag = '"v1"'
        self.requests: list[dict] = []
        self.paths: list[str] = []


@pytest.fixture
def server():
    feed = Feed()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            feed.requests.append(dict(self.headers))
            feed.paths.append(self.path)
            if self.path == "/redirect":
                self.send_response(302)
                self.send_header("Location", "/feed.ics")
                self.end_headers()
                return
            if self.path == "/loop":
                self.send_response(302)
                self.send_header("Location", "/loop")
                self.end_headers()
                return
            if feed.delay:
                time.sleep(feed.delay)
            if feed.status == 200 and self.headers.get("If-None-Match") == feed.etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(feed.status)
            self.send_header("Content-Type", feed.ctype)
            self.send_header("ETag", feed.etag)
            self.send_header("Content-Length", str(len(feed.body)))
            self.end_headers()
            try:
                self.wfile.write(feed.body)
            except (BrokenPipeError, ConnectionResetError):
                pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    feed.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield feed
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def window(qtbot, data_dir):
    from .helpers import open_window

    return open_window(qtbot, data_dir)


@pytest.fixture(autouse=True)
def isolated_state(tmp_path_factory, monkeypatch):
    """Every test, and every process it starts, keeps Agenda's default data, settings and cache in a
    folder of its own (platformdirs follows XDG_*): nothing reads or writes the real user's state."""
    home = tmp_path_factory.mktemp("xdg")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.split("_")[1].lower()))
    # Send to phone shares on loopback only: a test server never listens on a real network.
    monkeypatch.setenv("AGENDA_SHARE_ADDRESS", "127.0.0.1")
    return home


@pytest.fixture(autouse=True)
def system_look_after():
    """A test that switched the theme (View → Theme, or every menu action in turn) leaves the tests after it
    the system's look: the theme is the QApplication's, which outlives the test's window."""
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is not None and widgets.QApplication.instance() is not None:
        from agenda.ui.theme import apply_theme

        apply_theme(widgets.QApplication.instance(), "system")
