"""The user's picks for one feed, saved atomically on every change: session id -> "star" or "maybe", a short
personal note per session, and the user's own items (a meeting, a booth shift: see core/plan/mine.py)."""
from __future__ import annotations

import time
from enum import StrEnum
from pathlib import Path

from ..errors import InputError, StorageError
from ..migrations import version_of
from ..storage import atomic_write_json, load_json_state, locked
from ..words import tr

FORMAT = version_of("picks file")  # this file's format version (core/migrations.py)


class PickState(StrEnum):
    """A pick's state; stored in JSON as its text ("star", "maybe"). No pick: None."""

    STAR = "star"
    MAYBE = "maybe"


STAR = PickState.STAR
MAYBE = PickState.MAYBE
STATES = tuple(PickState)
MAX_NOTE = 2000  # characters


class PicksStore:
    """Picks keyed by session id. Use :meth:`open`; the constructor does no I/O."""

    def __init__(self, path: Path, feed_key: str, picks: dict[str, str] | None = None,
                 notes: dict[str, str] | None = None, items: list[dict] | None = None) -> None:
        self.path = Path(path)
        self.feed_key = feed_key
        self._picks: dict[str, PickState] = {k: PickState(v) for k, v in (picks or {}).items()}
        self._notes: dict[str, str] = dict(notes or {})
        self._items: list[dict] = [dict(i) for i in items or ()]
        self.problem: str | None = None  # what went wrong loading, for the user
        self.read_only = False  # set when an unreadable file could not be moved aside
        self.unsaved = False  # in-memory picks newer than the file (a save failed)
        self.stamp: tuple[int, int, int] | None = None  # the file as last read or written (file_stamp)
        # Changes made here since the last save, replayed onto what is on disk when another process saved
        # in between (see save): ("pick", uid, state), ("note", uid, text), ("add", item), ("remove", uid).
        self._pending: list[tuple] = []
        self._swept = False  # whether a save has cleared temp files a killed writer left

    @classmethod
    def open(cls, path: Path, feed_key: str, *, read_only: bool = False) -> "PicksStore":
        """The picks as saved. ``read_only``: change nothing on disk even when the file is unreadable (the
        share server never writes); such a store cannot be saved."""
        data, problem = load_json_state(Path(path), "picks file", read_only=read_only)
        picks: dict[str, str] = {}
        notes: dict[str, str] = {}
        items: list[dict] = []
        if data is not None:
            raw = data.get("picks", {})
            if isinstance(raw, dict):  # made PickStates by the constructor
                picks = {str(k): v for k, v in raw.items() if v in STATES and _writable(k)}
            raw = data.get("notes", {})
            if isinstance(raw, dict):
                notes = {str(k): v for k, v in raw.items() if isinstance(v, str) and v.strip() and _writable(k, v)}
            raw = data.get("items", [])
            if isinstance(raw, list):
                from .mine import valid_item

                items = [i for i in raw if valid_item(i)]
        store = cls(path, feed_key, picks, notes, items)
        store.problem = problem.message if problem else None
        store.read_only = bool(problem and problem.untouched)
        store.stamp = file_stamp(store.path)
        return store

    def changed_on_disk(self) -> bool:
        """Whether the file is no longer the one this store last read or wrote (another process saved)."""
        return file_stamp(self.path) != self.stamp

    # ------------------------------------------------------------------------------------------ reads
    def state(self, uid: str) -> PickState | None:
        return self._picks.get(uid)

    def starred(self) -> set[str]:
        return {u for u, s in self._picks.items() if s == STAR}

    def as_dict(self) -> dict[str, str]:
        return dict(self._picks)

    def note(self, uid: str) -> str:
        return self._notes.get(uid, "")

    def notes(self) -> dict[str, str]:
        return dict(self._notes)

    def items(self) -> list[dict]:
        """The user's own items, as stored (see core/plan/mine.py for their fields)."""
        return [dict(i) for i in self._items]

    # ----------------------------------------------------------------------------------------- writes
    def set(self, uid: str, state: str | None) -> None:
        self.update({uid: state})

    def update(self, changes: dict[str, str | None], *, save: bool = True) -> None:
        """Apply changes in memory, then save. On a failed save the picks stay in memory (``unsaved``)
        and StorageError is raised; the next successful save writes them. ``save=False``: in memory only,
        ``unsaved`` until the caller's :meth:`save` (the window saves after the frame showing the change)."""
        for state in changes.values():
            if state is not None and state not in STATES:
                raise InputError(f"unknown pick state {state!r}")
        for uid, state in changes.items():
            self._apply(("pick", uid, state))
        if save:
            self._changed()
        else:
            self.unsaved = True

    def set_note(self, uid: str, text: str) -> None:
        """Keep ``text`` (trimmed, at most MAX_NOTE characters; empty removes it) as the note on ``uid``."""
        self._note(uid, text)
        self._changed()

    def add_item(self, item: dict) -> None:
        """Add (or replace, by uid) one of the user's own items; it is starred, so it counts in clashes."""
        self._add_item(item)
        self._changed()

    def remove_item(self, uid: str) -> None:
        self._remove_item(uid)
        self._changed()

    def bring(self, notes: dict[str, str], items: list[dict], *, undo: bool = False) -> None:
        """An import's notes and own items, in one save (``undo``: take them away again). Raises StorageError."""
        for uid, text in notes.items():
            self._note(uid, "" if undo else text)
        for item in items:
            self._remove_item(item["uid"]) if undo else self._add_item(item)
        self._changed()

    # The changes themselves, in memory (and kept to replay); each public writer above saves once after them.
    def _note(self, uid: str, text: str) -> None:
        self._apply(("note", uid, (text or "").strip()[:MAX_NOTE]))

    def _add_item(self, item: dict) -> None:
        self._apply(("add", dict(item)))

    def _remove_item(self, uid: str) -> None:
        self._apply(("remove", uid))

    def _apply(self, change: tuple, *, replay: bool = False) -> None:
        kind, key = change[0], change[1]
        if kind == "pick":
            if change[2] is None:
                self._picks.pop(key, None)
            else:
                self._picks[key] = PickState(change[2])
        elif kind == "note":
            if change[2]:
                self._notes[key] = change[2]
            else:
                self._notes.pop(key, None)
        elif kind == "add":  # replaced in place (by uid) or added: no list rebuilt per item of an import
            at = next((n for n, i in enumerate(self._items) if i["uid"] == key["uid"]), None)
            if at is None:
                self._items.append(dict(key))
            else:
                self._items[at] = dict(key)
            self._picks[key["uid"]] = STAR
        elif kind == "remove":
            self._items = [i for i in self._items if i["uid"] != key]
            self._picks.pop(key, None)
            self._notes.pop(key, None)
        if not replay:
            self._pending.append(change)

    def _changed(self) -> None:
        self.unsaved = True
        self.save()

    def save(self) -> None:
        """Write the picks, under the file's lock. The file as saved now is read first and this store's
        changes since its last save are replayed onto it, so that neither side's stars are lost when
        another process saved in between. Raises StorageError (the changes stay in memory, ``unsaved``)."""
        if self.read_only:
            raise StorageError(tr("{path}: not saved, the existing picks file could not be read or moved aside",
                                  path=self.path))
        with locked(self.path):
            self._merge_from_disk()  # always: a stamp (mtime, size, inode) can repeat within a clock tick
            if not self._swept:  # once per store: temp files left by a writer that was killed
                for stale in self.path.parent.glob(f".{self.path.name}.*.tmp"):
                    try:  # only a temp file nobody has touched for a minute: a writer still at work keeps its own
                        if time.time() - stale.stat().st_mtime > 60:
                            stale.unlink(missing_ok=True)
                    except OSError:
                        pass
                self._swept = True
            atomic_write_json(
                self.path,
                {"version": FORMAT, "feed": self.feed_key, "picks": self._picks, "notes": self._notes,
                 "items": self._items, "saved": time.strftime("%Y-%m-%dT%H:%M:%S%z")},
            )
            self.stamp = file_stamp(self.path)
        self.unsaved = False
        self.problem = None  # what went wrong reading the old file is history once a new one is saved
        self._pending.clear()

    def refresh(self) -> None:
        """Take what another process saved, keeping this store's unsaved changes on top of it (the next save
        writes them): reading the file afresh would drop them."""
        stamp = file_stamp(self.path)
        self._merge_from_disk()
        self.stamp = stamp

    def _merge_from_disk(self) -> None:
        """Take the file as saved now (another process may have saved since) and replay this store's
        unsaved changes onto it. A missing file, or one just set aside as unreadable, leaves this store's
        picks as they are."""
        if file_stamp(self.path) is None:
            return
        disk = PicksStore.open(self.path, self.feed_key)
        if disk.read_only:
            self.read_only = True
            raise StorageError(tr("{path}: not saved, the picks file another process wrote could not be read",
                                  path=self.path))
        if disk.problem:
            self.problem = disk.problem
            return
        self._picks, self._notes, self._items = disk._picks, disk._notes, disk._items
        for change in self._pending:
            self._apply(change, replay=True)


def _writable(*texts: object) -> bool:
    """Whether ``texts`` can be written back as UTF-8 (a lone surrogate from a hand-edited file cannot:
    kept, it would fail every later save)."""
    try:
        for t in texts:
            str(t).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def file_stamp(path: Path) -> tuple[int, int, int] | None:
    """(mtime_ns, size, inode) of a file, None when it is not there: enough to notice that another process
    saved (each save renames a new file into place)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size, st.st_ino
