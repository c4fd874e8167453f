"""Bundled files (feed, icon). Installed as the ``agenda/resources`` folder; in a source checkout they
are read from the top-level ``resources/`` folder."""
from __future__ import annotations

from pathlib import Path

BUNDLED_FEED = "pytorch-conference-europe-2026.ics"
ICON = "io.github.agenda_app.Agenda.svg"


def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    installed = here / "resources"
    if (installed / BUNDLED_FEED).is_file():
        return installed
    return here.parent / "resources"


def resource(name: str) -> Path:
    return resources_dir() / name


def bundled_feed() -> Path:
    return resource(BUNDLED_FEED)
