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
