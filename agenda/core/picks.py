"""The user's picks for one feed: session id -> "star" or "maybe", saved atomically on every change."""
from __future__ import annotations

import time
from pathlib import Path

from .storage import STATE_VERSION, StorageError, atomic_write_json, load_json_state

STAR = "star"
MAYBE = "maybe"
STATES = (STAR, MAYBE)


class PicksStore:
    """Picks keyed by session id. Use :meth:`open`; the constructor does no I/O."""

    def __init__(self, path: Path, feed_key: str, picks: dict[str, str] | None = None) -> None:
        self.path = Path(path)
        self.feed_key = feed_key
        self._picks: dict[str, str] = dict(picks or {})
        self.problem: str | None = None  # what went wrong loading, for the user
        self.read_only = False  # set when an unreadable file could not be moved aside
        self.unsaved = False  # in-memory picks newer than the file (a save failed)

    @classmethod
    def open(cls, path: Path, feed_key: str) -> "PicksStore":
        data, problem = load_json_state(Path(path), "picks file")
        picks: dict[str, str] = {}
        if data is not None:
            raw = data.get("picks", {})
            if isinstance(raw, dict):
                picks = {str(k): v for k, v in raw.items() if v in STATES}
        store = cls(path, feed_key, picks)
        store.problem = problem.message if problem else None
        store.read_only = bool(problem and problem.untouched)
        return store

    # ------------------------------------------------------------------------------------------ reads
    def state(self, uid: str) -> str | None:
        return self._picks.get(uid)

    def starred(self) -> set[str]:
        return {u for u, s in self._picks.items() if s == STAR}

    def as_dict(self) -> dict[str, str]:
        return dict(self._picks)

    # ----------------------------------------------------------------------------------------- writes
    def set(self, uid: str, state: str | None) -> None:
        self.update({uid: state})

    def update(self, changes: dict[str, str | None]) -> None:
        """Apply changes in memory, then save. On a failed save the picks stay in memory (``unsaved``)
        and StorageError is raised; the next successful save writes them."""
        for uid, state in changes.items():
            if state is None:
                self._picks.pop(uid, None)
            elif state in STATES:
                self._picks[uid] = state
            else:
                raise ValueError(f"unknown pick state {state!r}")
        self.unsaved = True
        self.save()

    def save(self) -> None:
        if self.read_only:
            raise StorageError(f"{self.path}: not saved, the existing picks file could not be read or moved aside")
        atomic_write_json(
            self.path,
            {"version": STATE_VERSION, "feed": self.feed_key, "picks": self._picks, "saved": time.strftime("%Y-%m-%dT%H:%M:%S%z")},
        )
        self.unsaved = False
