"""The window's plan: the feed it was opened on and the conferences added to it (File → Add a conference…),
each an OpenedFeed with its own picks, notes, offline copy, change review and export state.

With one feed, everything is that feed's own: its schedule, its PicksStore. With several, the window sees one
combined schedule (SeveralFeeds.combined: the added feeds' session ids qualified by their place) and one
PlanStore that keeps each pick and note in its own feed's file. What the plan holds (which feeds, in which
order, each one's colour) is remembered by the window's settings (Preferences), not here.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .errors import InputError, StorageError
from .model import Schedule, Session, conference_name
from .opened import OpenedFeed
from .several import PlanStore, SeveralFeeds, own_id, plan_id
from .words import tr

if TYPE_CHECKING:
    from .plan.picks import PicksStore
    from .plan.review import Change, Report


class Exported(NamedTuple):
    """What an export of the plan wrote (an export.ExportResult's counts, for one or several feeds)."""

    exported: int
    cancelled: int
    problem: str | None = None
    conferences: int = 1


class Plan:
    """Owns the list of opened feeds (the first is the one the window was opened on) and their colours."""

    def __init__(self, first: OpenedFeed, others: list[OpenedFeed] | None = None,
                 colours: list[str | None] | None = None) -> None:
        self.feeds: list[OpenedFeed] = [first, *(others or [])]
        self._given = list(colours or [])
        self._several = SeveralFeeds(self.feeds, self._given)
        self._store = PlanStore(self.feeds)

    # ------------------------------------------------------------------------------------------ what is open
    @property
    def first(self) -> OpenedFeed:
        return self.feeds[0]

    @property
    def several(self) -> bool:
        return len(self.feeds) > 1

    @property
    def names(self) -> list[str]:
        return self._several.names

    @property
    def colours(self) -> list[str]:
        return self._several.colours

    @property
    def schedule(self) -> Schedule:
        return self._several.combined() if self.several else self.first.schedule

    @property
    def store(self) -> PicksStore | PlanStore:  # the same methods
        return self._store if self.several else self.first.store

    def index_of(self, key: str) -> int | None:
        return next((i for i, f in enumerate(self.feeds) if f.key == key), None)

    def conference_of(self, uid: str) -> str | None:
        """The name of the conference a session of the combined schedule belongs to (None with one feed)."""
        return conference_name(self.names, uid)

    def zones_apart(self, zone: str) -> list[tuple[str, str]]:
        """(name, time zone) of each conference of several whose own zone is not ``zone`` (the one shown)."""
        return [(n, f.schedule.timezone) for n, f in zip(self.names, self.feeds, strict=True)
                if self.several and f.schedule.timezone != zone]

    def feed_of_ids(self, uids: Iterable[str]) -> dict[str, int]:
        """Each id's feed (find_clashes: going between two conferences' venues takes the off-site time)."""
        return {u: own_id(u)[0] for u in uids}

    # ----------------------------------------------------------------------------------- adding, removing
    def add(self, feed: OpenedFeed, colour: str | None = None) -> None:
        """Add a conference at the end. Raises InputError for a feed already in the plan."""
        if self.index_of(feed.key) is not None:
            raise InputError(tr("{name} is already in this plan", name=feed.schedule.name or feed.source))
        self.feeds.append(feed)
        self._given = [*self.colours, colour]
        self._rebuild()

    def remove(self, index: int) -> OpenedFeed:
        """Take an added conference out of the plan (its picks stay in its own file). The first cannot be."""
        if index <= 0 or index >= len(self.feeds):
            raise InputError("only a conference added to the plan can be removed from it")
        gone = self.feeds.pop(index)
        self._given = [c for i, c in enumerate(self.colours) if i != index]
        self._rebuild()
        return gone

    def _rebuild(self) -> None:
        self._several = SeveralFeeds(self.feeds, self._given)
        self._store = PlanStore(self.feeds)

    def refreshed(self, index: int, schedule: Schedule) -> None:
        self.feeds[index].refreshed(schedule)

    def items_changed(self) -> None:
        self.first.items_changed()

    def reload_if_changed(self) -> bool:
        """Picks another process saved since, in any feed's file: read again. True if any was."""
        return any([f.reload_if_changed() for f in self.feeds])

    # -------------------------------------------------------------------------------------- change review
    def review_changes(self, index: int | None = None) -> list[tuple[int, Report]]:
        """Each feed's change review (or feed ``index``'s), with the combined schedule's ids. Raises
        StorageError (the first look could not be kept) after reviewing the others."""
        out, failed = [], None
        for i, f in enumerate(self.feeds):
            if index is not None and i != index:
                continue
            try:
                report = f.review_changes()
            except StorageError as exc:
                failed = failed or exc
                continue
            out.append((i, report._replace(changes=[replace(c, uid=plan_id(i, c.uid)) for c in report.changes],
                                           ghosts=[_requalified(g, i) for g in report.ghosts])))
        if failed is not None and not out:
            raise failed
        return out

    def review(self) -> tuple[list[Change], int, list[Session], list[str]]:
        """Every feed's review merged: (changes to picks, new sessions, removed picks, problems to tell); a feed
        seen for the first time adds nothing. Raises StorageError when no feed could be reviewed."""
        changes, new, ghosts, problems = [], 0, [], []
        for _, report in self.review_changes():
            if report.problem:
                problems.append(str(report.problem))
            if not report.first_look:
                changes += report.changes
                new += report.new_sessions
                ghosts += report.ghosts
        return changes, new, ghosts, problems

    def acknowledge(self, ghosts: list[Session]) -> str | None:
        """The user has seen every feed as it is now (each keeps its own removed picks); what could not be
        kept, in one line, or None."""
        problem = None
        for i, f in enumerate(self.feeds):
            try:
                f.acknowledge([_requalified(g, 0, own_id(g.uid)[1]) for g in ghosts if own_id(g.uid)[0] == i])
            except StorageError as exc:
                problem = problem or str(exc)
        return problem

    # --------------------------------------------------------------------------------------------- export
    def export_to(self, path: Path, *, include_maybes: bool, alarm_minutes: int | None) -> Exported:
        """Write my-agenda.ics of every conference's picks. Raises StorageError."""
        if not self.several:
            ids, maybes = self.first.export_picks(include_maybes)
            result = self.first.write_export(path, ids, alarm_minutes=alarm_minutes, maybes=maybes)
            return Exported(result.exported, result.cancelled, result.problem)
        done = self._several.write_export(path, include_maybes=include_maybes, alarm_minutes=alarm_minutes)
        return Exported(*done, conferences=len(self.feeds))

    def export_renderer(self, *, include_maybes: bool, alarm_minutes: int | None) -> Callable:
        """``render(now=None, destination=SUBSCRIPTION)``: what would be served now (see
        OpenedFeed.export_renderer: the picks are taken once, here, so that the share server's threads can call
        it while they change); with several, one calendar of every conference's picks. Raises StorageError."""
        if not self.several:
            return self.first.export_renderer(include_maybes=include_maybes, alarm_minutes=alarm_minutes)
        from .output.export import SUBSCRIPTION

        several = self._several
        renders = several.renderers(include_maybes=include_maybes, alarm_minutes=alarm_minutes)

        def render(now: datetime | None = None, destination: str | None = SUBSCRIPTION) -> object:
            return several.together([r(now=now, destination=destination) for r in renders])

        return render


def _requalified(s: Session, index: int, uid: str | None = None) -> Session:
    """A removed pick (a ghost, kept only in the snapshot) under the combined schedule's id, or back."""
    return replace(s, uid=uid if uid is not None else plan_id(index, s.uid))


__all__ = ["Exported", "Plan"]
