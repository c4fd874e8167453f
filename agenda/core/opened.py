"""An opened feed: the one object that owns everything kept for one feed (the facade the CLI and the window
both use, as khal's CalendarCollection is for its calendars).

It holds the feed's key and source, the schedule as read and with the user's own items joined in, the picks
store (picks, notes, own items), and the files kept beside them: the change snapshot (first look and change
review) and the export state (UIDs and SEQUENCE). Nothing else opens a picks store or moves state kept under
old session ids (``carry_over_ids``); several OpenedFeeds can be open at once, each with its own files.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from .errors import StorageError
from .feeds.loading import load_schedule
from .model import Schedule, Session
from .plan.mine import with_items
from .plan.picks import PicksStore
from .storage import DataPaths, atomic_write_json
from .words import tr

if TYPE_CHECKING:  # export.py is imported when something is exported, review.py after the first frame
    from .output.export import ExportResult, Rendered
    from .plan.review import ChangeReview, Report


def carry_over_ids(paths: DataPaths, key: str, renamed: dict[str, str]) -> bool:
    """Move what is kept under an old id of a session that shares its UID (picks, notes, export records,
    the change snapshot; see assemble.shared_uid_ids) to its stable id; never over something already
    there. A file that cannot be read is left for its own reader to report. True if anything moved."""
    if not renamed:
        return False
    moved = False
    for path, sections in ((paths.picks(key), ("picks", "notes")), (paths.export_state(key), ("events",)),
                           (paths.snapshot(key), ("sessions",))):
        try:
            data = json.loads(Path(path).read_bytes())
        except (OSError, ValueError, RecursionError):
            continue
        changed = False
        delivered = data.get("delivered") if isinstance(data, dict) else None
        for had in delivered.values() if isinstance(delivered, dict) else ():
            if isinstance(had, list):  # which sessions each destination has (export state)
                for i, old in enumerate(had):
                    if isinstance(old, str) and renamed.get(old, old) != old and renamed[old] not in had:
                        had[i] = renamed[old]
                        changed = True
        for section in sections:
            kept = data.get(section) if isinstance(data, dict) else None
            if not isinstance(kept, dict):
                continue
            for old, new in renamed.items():
                if old != new and old in kept and new not in kept:
                    kept[new] = kept.pop(old)
                    changed = True
        if changed:
            try:
                atomic_write_json(Path(path), data, compact=sections == ("sessions",))
                moved = True
            except StorageError:
                pass  # kept under the old id: still there next time
    return moved


def refuse_overwriting_feeds(target: Path | None, sources: list[str]) -> None:
    """Raise StorageError when ``target`` is one of the feed files read (an export or a PDF written with
    ``-o`` over the schedule itself would destroy it); nothing is written then."""
    if target is None:
        return
    from .feeds.source import is_url

    for source in sources:
        if source == "-" or is_url(source):
            continue
        try:
            same = Path(target).exists() and Path(target).samefile(source)
        except OSError:
            same = False
        if same:
            raise StorageError(tr("{path}: that is the schedule feed being read; choose another file (nothing written)",
                                  path=target))


def _source_stamp(source: str) -> object:
    """(mtime, size, inode) of a feed file, None for a URL, stdin or a file that is not there."""
    from .feeds.source import is_url
    from .plan.picks import file_stamp

    if source == "-" or is_url(source):
        return None
    return file_stamp(Path(source))


class OpenedFeed:
    """One feed as the user has it: schedule, picks, snapshot and export state. Make one with :meth:`load`
    (read a FEED argument) or :meth:`attach` (a schedule already read, e.g. on a worker thread); the
    constructor does no I/O."""

    def __init__(self, paths: DataPaths, key: str, source: str, feed_schedule: Schedule, store: PicksStore, *,
                 offline: object | None = None, note: str | None = None) -> None:
        self.paths = paths
        self.key = key
        self.source = source
        self.feed_schedule = feed_schedule  # as the feed gave it, without the user's own items
        self.store = store
        self.offline = offline  # fetch.Offline: the URL failed and its last good copy was used
        self.note = note  # something that did not stop the load
        self.schedule = with_items(feed_schedule, store.items())
        self._read_as: tuple[str | None, Path | None, object] | None = None  # (tz, bundled, file stamp) by load()

    # ------------------------------------------------------------------------------------------ opening
    @classmethod
    def load(cls, source: str, paths: DataPaths, *, tz: str | None = None, stdin: BinaryIO | None = None, bundled: Path | None = None,
             cancelled: Callable[[], bool] = lambda: False) -> "OpenedFeed":
        """Read a FEED argument (path, ``-``, URL) and attach its state. Raises FeedError."""
        stamp = _source_stamp(source)  # before reading: a change while it is read is seen next time
        loaded = load_schedule(source, paths, tz=tz, stdin=stdin, bundled=bundled, cancelled=cancelled)
        feed = cls.attach(paths, loaded.key, source, loaded.schedule, offline=loaded.offline, note=loaded.note)
        feed._read_as = (tz, bundled, stamp)
        return feed

    @classmethod
    def attach(cls, paths: DataPaths, key: str, source: str, schedule: Schedule, *, offline: object | None = None,
               note: str | None = None) -> "OpenedFeed":
        """The state kept for ``key`` joined to a schedule read elsewhere (picks moved to renamed ids first)."""
        carry_over_ids(paths, key, schedule.renamed)
        store = PicksStore.open(paths.picks(key), key)
        return cls(paths, key, source, schedule, store, offline=offline, note=note)

    @property
    def problem(self) -> str | None:
        """What went wrong reading the picks file (moved aside, or left untouched), for the user."""
        return self.store.problem

    def refreshed(self, schedule: Schedule) -> None:
        """A new reading of the same feed: picks follow renamed ids, own items join the new schedule. The
        reading it replaces becomes the first look if none was kept yet (the window keeps it after its first
        frame: a refresh before then must still be compared with what the user opened)."""
        try:
            self.take_first_look()
        except StorageError:
            pass  # the review that follows says it could not be kept
        if carry_over_ids(self.paths, self.key, schedule.renamed):
            self.store = PicksStore.open(self.paths.picks(self.key), self.key)
        self.feed_schedule = schedule
        self.items_changed()

    def reread(self, *, cancelled: Callable[[], bool] = lambda: False) -> bool:
        """Read the feed again from where :meth:`load` read it (a URL is fetched, conditionally) and take the
        new reading (see refreshed); True if the schedule changed. Raises FeedError, keeping the reading
        it has; a feed from stdin or attached from elsewhere is not read again (False)."""
        if self._read_as is None or self.source == "-":
            return False
        tz, bundled, _ = self._read_as
        stamp = _source_stamp(self.source)
        loaded = load_schedule(self.source, self.paths, tz=tz, bundled=bundled, cancelled=cancelled)
        self._read_as = (tz, bundled, stamp)
        if loaded.schedule == self.feed_schedule:
            return False
        self.refreshed(loaded.schedule)
        return True

    def source_changed(self) -> bool:
        """The feed's file was saved since it was read (a file only; URLs are read again by the caller's
        refresh schedule)."""
        return self._read_as is not None and _source_stamp(self.source) != self._read_as[2]

    def items_changed(self) -> None:
        """The user's own items changed in the store: join them to the schedule again."""
        self.schedule = with_items(self.feed_schedule, self.store.items())

    def reload_picks(self, *, read_only: bool = False) -> None:
        """Read the picks file again (another process changed it); ``read_only``: never set a damaged file
        aside (what serving does)."""
        self.store = PicksStore.open(self.paths.picks(self.key), self.key, read_only=read_only)
        self.items_changed()

    def reload_if_changed(self, *, read_only: bool = False) -> bool:
        """Read the picks again if another process saved them since; True if it did."""
        if not self.store.changed_on_disk():
            return False
        if self.store.unsaved:  # changes not saved yet (waiting for their save, or a save failed) stay on top
            self.store.refresh()
            self.items_changed()
        else:
            self.reload_picks(read_only=read_only)
        return True

    # ------------------------------------------------------------------------------------ change review
    def _review(self) -> ChangeReview:
        from .plan.review import ChangeReview

        return ChangeReview(self.paths.snapshot(self.key))

    def take_first_look(self) -> bool:
        """Keep this reading as the user's first look at the feed, unless one exists. Raises StorageError."""
        return self._review().first_look(self.feed_schedule)

    def review_changes(self) -> Report:
        """Compare with what the user last acknowledged (the first reading becomes that). Raises StorageError."""
        return self._review().review(self.feed_schedule, set(self.store.as_dict()))

    def acknowledge(self, ghosts: list[Session] | tuple = ()) -> None:
        """The user has seen the feed as it is now (removed picks in ``ghosts`` stay known). Raises StorageError."""
        self._review().save(self.feed_schedule, ghosts)

    # ------------------------------------------------------------------------------------------- export
    def export_picks(self, include_maybes: bool) -> tuple[list[str], set[str]]:
        """(ids to export, which of them are maybes) from the picks as stored. Raises StorageError when the
        picks could not be read, or their file is gone while events were exported before: exporting
        "nothing picked" then would cancel the user's events on their phone."""
        from .output.export import picks_to_export

        if self.store.problem:
            raise StorageError(tr("{problem}; nothing exported, so that no event is cancelled on your phone (star your "
                                  "sessions again, then export)", problem=self.store.problem))
        if not self.store.path.exists() and not self.store.as_dict() and self._events_went_out():
            raise StorageError(tr("{path}: your picks file is missing; nothing exported, so that the events exported "
                                  "before are not cancelled on your phone", path=self.store.path))
        return picks_to_export(self.schedule, self.store.as_dict(), include_maybes)

    def _events_went_out(self) -> bool:
        """Whether any file or subscription carried an event that has not been cancelled since."""
        from .output.export import load_state

        state, _problem = load_state(self.paths.export_state(self.key), read_only=True)
        return any(isinstance(r, dict) and r.get("status") != "CANCELLED" for r in state["events"].values())

    def write_export(self, target: Path | None, ids: list[str], *, alarm_minutes: int | None,
                     maybes: set[str] | frozenset = frozenset(), notes: dict[str, str] | None = None,
                     stdout: BinaryIO | None = None) -> ExportResult:
        """Write my-agenda.ics (None: to ``stdout``) and record what was exported. Raises StorageError (also
        for a ``target`` that is the feed file itself)."""
        from .output.export import write_export

        refuse_overwriting_feeds(target, [self.source])
        return write_export(self.schedule, ids, target, self.paths.export_state(self.key), alarm_minutes=alarm_minutes,
                            stdout=stdout, maybes=set(maybes), notes=self.store.notes() if notes is None else notes)

    def export_renderer(self, *, include_maybes: bool, alarm_minutes: int | None,
                        conference: str | None = None) -> Callable[..., Rendered]:
        """``render(now=None, destination=SUBSCRIPTION) -> Rendered``: what would be served now from the picks
        as they are, taken once here so that the share server's threads can call it while the picks change.
        Raises StorageError (see export_picks)."""
        from .output.export import SUBSCRIPTION, render_export

        ids, maybes = self.export_picks(include_maybes)
        schedule, notes, state_path = self.schedule, self.store.notes(), self.paths.export_state(self.key)

        def render(now: datetime | None = None, destination: str | None = SUBSCRIPTION) -> Rendered:
            return render_export(schedule, ids, state_path, alarm_minutes=alarm_minutes, now=now, maybes=maybes,
                                 notes=notes, destination=destination, conference=conference)

        return render


__all__ = ["OpenedFeed", "carry_over_ids", "refuse_overwriting_feeds"]
