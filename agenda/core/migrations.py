"""Stored files evolve by migration, not by being set aside: each kind of state file has its format version
and an ordered list of steps, step ``n`` turning a version-``n`` document into version ``n + 1``.

``storage.load_json_state`` reads a file, then :func:`migrate` brings an older document up to date (after
the file is copied to ``NAME.vN.bak``, so the user's data survives a step that goes wrong); a file from a
newer version of Agenda is left untouched, with a message, and is not written over. Every kind is at
version 1 today, the only format ever written; a format change adds a step here and a fixture of the old
format under tests/fixtures/state/.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from .errors import StorageError
from .words import tr

Step = Callable[[dict], dict]

# Format version of each kind of state file (the ``kind`` load_json_state is called with).
VERSIONS: dict[str, int] = {
    "picks file": 1,
    "export state": 2,
    "schedule snapshot": 1,
    "settings file": 1,
    "feed cache": 1,
    "share links": 1,
}



def _export_state_1_to_2(data: dict) -> dict:
    """Version 2 remembers per destination which sessions the last file it took had (cancellations go
    only to a destination that had the session). Version 1 knew one destination, the exported files: each
    session recorded and not cancelled was in the last export."""
    events = data.get("events")
    if not isinstance(events, dict):
        events = {}
    had = sorted(uid for uid, r in events.items() if isinstance(r, dict) and r.get("status") != "CANCELLED")
    return dict(data, delivered={"export": had})


# kind -> {n: step from version n to n + 1}.
STEPS: dict[str, dict[int, Step]] = {kind: {} for kind in VERSIONS}
STEPS["export state"][1] = _export_state_1_to_2


class NewerFormat(StorageError):
    """The file was written by a newer Agenda: it is left untouched and must not be written over."""


class UnknownFormat(StorageError):
    """The file's version is not one this Agenda knows how to read (no migration path)."""


def kind_said(kind: str) -> str:
    """A stored file's kind ("picks file", the key its format version goes by) in words the window translates."""
    words = {"picks file": tr("picks file"), "settings file": tr("settings file"), "schedule snapshot": tr("schedule snapshot"),
             "feed cache": tr("feed cache"), "export state": tr("export state"), "share links": tr("share links")}
    return words.get(kind, kind)


def version_of(kind: str) -> int:
    return VERSIONS.get(kind, 1)


def migrate(path: Path, data: dict, kind: str, *, current: int | None = None,
            steps: Mapping[int, Step] | None = None, backup: bool = True) -> tuple[dict, bool]:
    """(document at the current version, whether it was migrated). Raises NewerFormat for a newer file and
    UnknownFormat when no path leads from its version to the current one. Before a migration, the file is
    copied to ``NAME.vN.bak`` beside it (StorageError if that copy cannot be made: nothing is changed then)."""
    current = version_of(kind) if current is None else current
    steps = STEPS.get(kind, {}) if steps is None else steps
    found = data.get("version")
    if not isinstance(found, int) or isinstance(found, bool):
        raise UnknownFormat(tr("{path}: {kind} has no usable version ({found})", path=path, kind=kind_said(kind),
                               found=repr(found)))
    if found > current:
        raise NewerFormat(tr("{path}: {kind} was written by a newer Agenda (format {found}, this one reads up to "
                             "{current}); left untouched, update Agenda to use it", path=path, kind=kind_said(kind),
                             found=found, current=current))
    if found == current:
        return data, False
    missing = [n for n in range(found, current) if n not in steps]
    if missing:
        raise UnknownFormat(tr("{path}: {kind} format {found} cannot be read by this Agenda (no way from {step})",
                               path=path, kind=kind_said(kind), found=found, step=missing[0]))
    if backup:  # (a reader that only reads, such as the share server, migrates in memory and keeps no copy)
        import shutil

        copy = path.with_name(f"{path.name}.v{found}.bak")
        try:
            if not copy.exists():
                shutil.copy2(path, copy)
        except OSError as exc:
            raise StorageError(tr("{path}: cannot keep a copy before updating its format ({reason})", path=path,
                                  reason=exc.strerror or exc)) from None
    for n in range(found, current):
        data = steps[n](dict(data))
        data["version"] = n + 1
    return data, True


__all__ = ["NewerFormat", "STEPS", "UnknownFormat", "VERSIONS", "migrate", "version_of"]
