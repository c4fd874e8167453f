"""Packaging and desktop integration: one app id everywhere, valid desktop/AppStream files,
`make install-desktop`, and a PyInstaller build that runs without Python on PATH."""
from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from agenda import APP_ID

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def desktop_entry() -> configparser.SectionProxy:
    cp = configparser.ConfigParser(interpolation=None)
    cp.optionxform = str
    cp.read(DESKTOP, encoding="utf-8")
    return cp["Desktop Entry"]


def test_one_app_id_everywhere(qapp):
    from PySide6.QtGui import QGuiApplication

    from agenda.ui.app import make_app

    assert APP_ID.count(".") >= 2 and APP_ID.split(".")[0] == "io"
    assert DESKTOP.is_file() and METAINFO.is_file()
    assert desktop_entry()["Icon"] == APP_ID
    assert (ROOT / "resources" / f"{APP_ID}.svg").is_file()
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    make_app()
    assert QGuiApplication.desktopFileName() == APP_ID
    assert not QGuiApplication.windowIcon().isNull()  # the SVG icon is used by the window too
    assert APP_ID in (ROOT / "Makefile").read_text()


def test_desktop_file_contents():
    e = desktop_entry()
    assert e["Exec"] == "agenda %u"  # one feed (a file, a file:// URL or a webcal link), as the app takes
    assert e["MimeType"] == "text/calendar;x-scheme-handler/webcal;"  # a webcal link in a browser opens Agenda
    assert e["Categories"] == "Office;Calendar;Qt;"
    assert "conference" in e["Keywords"]


def test_metainfo_contents():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("summary") and root.find("description") is not None
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert root.find("releases/release").get("version")
    shots = [s.text for s in root.iter("image")]
    assert shots and all((ROOT / "resources" / "screenshots" / Path(s).name).is_file() for s in shots)


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-validate not installed (apt: desktop-file-utils)")
def test_desktop_file_validates():
    p = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert p.returncode == 0 and not p.stdout.strip(), p.stdout + p.stderr


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstreamcli not installed (apt: appstream)")
def test_metainfo_validates():
    p = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert p.returncode == 0, p.stdout + p.stderr


def test_make_install_desktop(tmp_path):
    if not shutil.which("make"):
        pytest.skip("make not installed")
    p = subprocess.run(["make", "-s", "install-desktop", f"DATA_HOME={tmp_path}", f"VENV={Path(sys.prefix)}"],
                       cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stdout + p.stderr
    desktop = tmp_path / "applications" / f"{APP_ID}.desktop"
    assert desktop.is_file()
    assert f"Exec={Path(sys.prefix)}/bin/agenda %u" in desktop.read_text()
    assert (tmp_path / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", str(desktop)]).returncode == 0


def test_pyinstaller_build_runs_without_python(tmp_path):
    pytest.importorskip("PyInstaller", reason="PyInstaller not installed (it is in the test extras)")
    dist, work = tmp_path / "dist", tmp_path / "build"
    p = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(dist),
                        "--workpath", str(work), str(ROOT / "packaging" / "pyinstaller" / "agenda.spec")],
                       capture_output=True, text=True, timeout=900, cwd=tmp_path)
    assert p.returncode == 0, p.stderr[-3000:]
    binary = dist / "agenda" / "agenda"
    assert binary.is_file()
    # The translations: Agenda's for every shipped language, and Qt's own for its buttons and dialogs.
    from agenda.core.settings import LANGUAGES

    shipped = {p.name for p in dist.rglob("*.qm")}
    assert {f"agenda_{lang}.qm" for lang in LANGUAGES} <= shipped
    assert {f"qtbase_{lang}.qm" for lang in LANGUAGES if lang != "en"} <= shipped, sorted(shipped)[:20]
    shot = tmp_path / "shot.png"
    env = {"HOME": str(tmp_path), "PATH": "/nonexistent", "QT_QPA_PLATFORM": "offscreen"}  # no Python anywhere
    run = subprocess.run([str(binary), "--screenshot", str(shot), "--size", "1024x700", "--data-dir", str(tmp_path / "d")],
                         capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    from PySide6.QtGui import QImage

    img = QImage(str(shot))
    assert (img.width(), img.height()) == (1024, 700)
    # The same window with French chosen (View → Language writes this setting): the bundle's translation loads.
    (tmp_path / "fr").mkdir()
    (tmp_path / "fr" / "settings.json").write_text('{"version": 1, "language": "fr"}')
    shot_fr = tmp_path / "shot-fr.png"
    run = subprocess.run([str(binary), "--screenshot", str(shot_fr), "--size", "1024x700", "--data-dir", str(tmp_path / "fr")],
                         capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    top = lambda i: i.copy(0, 0, 300, 24)  # noqa: E731 (the menu bar: File, Edit, View, Help or Fichier, Édition, …)
    assert top(QImage(str(shot_fr))) != top(img)
    out = subprocess.run([str(binary), "list", "--json", "--data-dir", str(tmp_path / "d")],
                         capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0 and '"timezone": "Europe/Paris"' in out.stdout


def test_what_the_desktop_file_passes_opens(tmp_path, data_dir):
    # %u gives one argument: a path, or a file:// URL (with %20 for spaces), as file managers pass them.
    from urllib.parse import quote

    from .conftest import SEED
    from .helpers import run_cli

    feed = tmp_path / "my feed.ics"
    feed.write_bytes(SEED.read_bytes())
    url = "file://" + quote(str(feed))
    r = run_cli("list", url, "--json", "--data-dir", str(data_dir))
    assert r.code == 0 and len(r.json()["sessions"]) == 129


def test_every_picture_the_readme_shows_is_there():
    import re

    readme = (ROOT / "README.md").read_text()
    pictures = re.findall(r"\]\((resources/screenshots/[^)]+\.png)\)", readme)
    assert len(pictures) >= 10
    missing = [p for p in pictures if not (ROOT / p).is_file()]
    assert missing == []
