"""Shared fixtures. UI tests run offscreen unless the caller chose a platform."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

FEEDS = Path(__file__).parent / "feeds"
SEED = FEEDS / "pytorch-conference-europe-2026.ics"


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
