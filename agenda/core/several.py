"""Several conferences in one plan: the feeds opened together (an ``OpenedFeed`` each, with its own picks,
notes, offline copy, change review and export state), their sessions side by side, and clashes among the
picks of all of them, a talk in one conference against a talk in another included.

Session ids are each feed's own (what ``agenda star`` takes for that feed); two feeds may use the same id,
so across feeds a session is named by (feed, id). A change of venue between two feeds' sessions takes the
off-site time (clashes.OFFSITE_TRANSFER_MINUTES) at least: they are different places.

The window shows a plan as one schedule (:meth:`SeveralFeeds.combined`): the first feed's sessions keep their
ids, the others' are qualified by their feed's place (model.QUALIFIER), and :class:`PlanStore` keeps each
pick, note and own item in its own feed's store.
"""
from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from datetime import datetime, tzinfo
from pathlib import Path
from typing import BinaryIO, NamedTuple

from .errors import InputError, StorageError
from .model import QUALIFIER as SEP
from .model import Schedule, Session, feed_index
from .opened import OpenedFeed, refuse_overwriting_feeds
from .plan.clashes import Clash, find_clashes
from .plan.picks import STAR, PicksStore
from .storage import atomic_write_bytes

# A conference's colour in a plan when its feed names none (schedule.xml/json colors.primary): Okabe-Ito's
# hues, told apart in colour-blind sight, dark enough for white text on the group header.
PLAN_COLOURS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#8a6d00", "#56508a")


def _qualified(index: int, uid: str) -> str:
    """A session's id among several feeds: its feed's index and its own id (two feeds may share ids)."""
    return f"{index}{SEP}{uid}"


def own_id(uid: str) -> tuple[int, str]:
    """(feed index, the feed's own session id) of an id of the combined schedule."""
    index = feed_index(uid)
    return (index, uid.split(SEP, 1)[1]) if index else (0, uid)


def plan_id(index: int, uid: str) -> str:
    """The combined schedule's id of feed ``index``'s session ``uid`` (the first feed's ids are its own)."""
    return _qualified(index, uid) if index else uid


class CrossClash(NamedTuple):
    """A clash among the picks of several feeds: the clash, and the feed of each of its sessions (by name)."""

    clash: Clash
    feeds: tuple[str, ...]

    def to_json(self, zone: tzinfo) -> dict:
        """The clash as ``agenda clashes --json`` gives it (its fields unchanged), and "feeds": the name of the
        conference each of its "sessions" belongs to, in the same order."""
        return dict(self.clash.to_json(zone), feeds=list(self.feeds))


class Together(NamedTuple):
    """One agenda rendered from several feeds: its bytes, and each feed's part (an export.Rendered)."""

    data: bytes
    parts: list

    def commit(self) -> None:
        """Record in each feed's export state what this agenda carried (after a complete download or write).
        Raises StorageError."""
        for part in self.parts:
            part.commit()


class SeveralFeeds:
    """Owns the list of feeds in the plan, in the order given (the first is the one the command or window
    was opened on), and each one's display name: its schedule's name, made unique with " (2)"."""

    def __init__(self, feeds: list[OpenedFeed], colours: list[str | None] | None = None) -> None:
        if not feeds:
            raise InputError("a plan needs at least one feed")
        self.feeds = list(feeds)
        self.names: list[str] = []
        for f in self.feeds:
            name, n = f.schedule.name or f.key, 2
            while name in self.names:
                name, n = f"{f.schedule.name or f.key} ({n})", n + 1
            self.names.append(name)
        # Each conference's colour: the one remembered for it, else the one its feed gives, else the next of
        # PLAN_COLOURS not taken.
        given = list(colours or []) + [None] * len(self.feeds)
        self.colours: list[str] = []
        for i, f in enumerate(self.feeds):
            colour = given[i] or f.schedule.colour or None
            if colour is None or colour in self.colours:
                colour = next((c for c in PLAN_COLOURS if c not in self.colours), PLAN_COLOURS[i % len(PLAN_COLOURS)])
            self.colours.append(colour)
        self._combined: Schedule | None = None
        self._combined_from: tuple = ()

    def __len__(self) -> int:
        return len(self.feeds)

    def sessions(self) -> Iterator[tuple[int, Session]]:
        """(feed index, session) of every feed, each feed's in its own order."""
        for i, f in enumerate(self.feeds):
            for s in f.schedule.sessions:
                yield i, s

    def in_time_order(self) -> list[tuple[int, Session]]:
        """Every session of every feed, by start (then feed order, then the feed's own order)."""
        return sorted(self.sessions(), key=lambda p: (p[1].start, p[0]))

    def state(self, index: int, uid: str) -> str | None:
        return self.feeds[index].store.state(uid)

    def clashes(self, room_change_minutes: int = 0) -> list[CrossClash]:
        """Overlaps and tight transfers among the starred sessions of all the feeds. A transfer between two
        feeds' sessions needs the off-site time at least."""
        picked: list[Session] = []
        feed_of: dict[str, int] = {}
        for i, s in self.sessions():
            if self.state(i, s.uid) == STAR:
                q = _qualified(i, s.uid)
                picked.append(replace(s, uid=q))
                feed_of[q] = i
        out = []
        for c in find_clashes(picked, room_change_minutes, feed_of=feed_of):
            ids = tuple(q.split(SEP, 1)[1] for q in c.sessions)
            feeds = tuple(self.names[feed_of[q]] for q in c.sessions)
            out.append(CrossClash(c._replace(sessions=ids), feeds))
        return out

    def render(self, *, include_maybes: bool, alarm_minutes: int | None, destination: str | None = "export",  # (export.EXPORT)
               now: datetime | None = None) -> Together:
        """One agenda of every conference's picks for ``destination`` (default: an export): its bytes, and
        ``commit()`` to record in each feed's own export state what it carried (export.EXPORT, ADD_ONCE or
        SUBSCRIPTION, which is None: the live set, no cancellations). Each event keeps its feed's
        UID and SEQUENCE and says its conference in its description. Raises StorageError (see
        OpenedFeed.export_picks)."""
        renders = self.renderers(include_maybes=include_maybes, alarm_minutes=alarm_minutes)
        return self.together([render(now=now, destination=destination) for render in renders])

    def renderers(self, *, include_maybes: bool, alarm_minutes: int | None) -> list[Callable]:
        """Each feed's ``render(now=None, destination=...)`` (OpenedFeed.export_renderer: the picks taken once,
        now), naming its conference when there are several. Raises StorageError (see OpenedFeed.export_picks)."""
        several = len(self.feeds) > 1
        return [f.export_renderer(include_maybes=include_maybes, alarm_minutes=alarm_minutes,
                                  conference=name if several else None) for name, f in zip(self.names, self.feeds, strict=True)]

    def together(self, parts: list) -> Together:
        """The feeds' rendered parts (export.Rendered, in feed order) as one calendar."""
        import icalendar

        if len(parts) == 1:
            return Together(parts[0].data, parts)
        merged = icalendar.Calendar.from_ical(parts[0].data)
        merged["X-WR-CALNAME"] = icalendar.vText("My agenda: " + " + ".join(self.names))
        for part in parts[1:]:
            for component in icalendar.Calendar.from_ical(part.data).subcomponents:
                merged.add_component(component)
        return Together(merged.to_ical(), parts)

    def write_export(self, target: Path | None, *, include_maybes: bool, alarm_minutes: int | None,
                     stdout: BinaryIO | None = None) -> tuple[int, int]:
        """Write the one agenda (``None``: to ``stdout``), then record in each feed's export state what went
        out; (events, cancellations). Raises StorageError; nothing is recorded when the file is not written."""
        refuse_overwriting_feeds(target, [f.source for f in self.feeds])
        together = self.render(include_maybes=include_maybes, alarm_minutes=alarm_minutes)
        data = together.data
        if target is None:
            stream = stdout if stdout is not None else sys.stdout.buffer
            stream.write(data)
            stream.flush()
        else:
            atomic_write_bytes(Path(target), data)
        together.commit()
        return sum(p.exported for p in together.parts), sum(p.cancelled for p in together.parts)

    def joined(self) -> tuple[Schedule, dict[str, str], dict[str, int]]:
        """Every conference as one schedule to print: (the schedule, the picks by its ids, id -> feed). With
        several, ids are qualified by feed and each title names its conference; the first feed's name and
        zone head it."""
        first = self.feeds[0].schedule
        if len(self.feeds) == 1:
            return first, self.feeds[0].store.as_dict(), {}
        sessions, states, feed_of, feed_days = [], {}, {}, {}
        for i, s in self.sessions():
            q = _qualified(i, s.uid)
            sessions.append(replace(s, uid=q, title=f"{s.title} ({self.names[i]})"))
            feed_of[q] = i
            state = self.state(i, s.uid)
            if state is not None:
                states[q] = state
            day = self.feeds[i].schedule.feed_days.get(s.uid)
            if day is not None:
                feed_days[q] = day
        name = " + ".join(self.names)
        return Schedule(name, first.timezone, tuple(sessions), feed_days=feed_days), states, feed_of

    def combined(self) -> Schedule:
        """Every conference as one schedule for the window: the first feed's sessions with their own ids, the
        others' qualified by their place (plan_id); their rooms, days and persons likewise; ``feed_names`` and
        ``feed_colours`` say which conference is which. Made again only when a feed's schedule changed."""
        first = self.feeds[0].schedule
        if len(self.feeds) == 1:
            return first
        key = tuple(id(f.schedule) for f in self.feeds)
        if self._combined is not None and self._combined_from == key:
            return self._combined
        sessions = list(first.sessions)
        rooms, feed_days = list(first.rooms), dict(first.feed_days)
        colours, people, person_keys = dict(first.track_colours), dict(first.people), dict(first.person_keys)
        for i, f in enumerate(self.feeds[1:], 1):
            other = f.schedule
            qualify = functools.partial(_qualified, i)
            sessions += [_with_uid(s, qualify(s.uid)) for s in other.sessions]
            rooms += [qualify(r) for r in other.rooms]
            feed_days.update((qualify(u), d) for u, d in other.feed_days.items())
            for track, colour in other.track_colours.items():
                colours.setdefault(track, colour)
            for k, person in other.people.items():
                people[k if k not in people or people[k] == person else qualify(k)] = person
            person_keys.update((qualify(u), ks) for u, ks in other.person_keys.items())
        sessions.sort(key=_by_start)
        warnings = tuple(f"{n}: {w}" for n, f in zip(self.names, self.feeds, strict=True) for w in f.schedule.warnings)
        self._combined = Schedule(
            name=" + ".join(self.names), timezone=first.timezone, sessions=tuple(sessions), warnings=warnings,
            source=first.source, timezone_reason=first.timezone_reason, generator=first.generator,
            renamed=first.renamed, rooms=tuple(rooms), track_colours=colours, people=people,
            person_keys=person_keys, feed_days=feed_days, feed_ids=first.feed_ids, colour=first.colour,
            feed_names=tuple(self.names), feed_colours=tuple(self.colours))
        self._combined_from = key
        return self._combined

    def title(self, name: str, uid: str) -> str:
        """A session's title, by its feed's name and its id."""
        s = self.feeds[self.names.index(name)].schedule.get(uid)
        return s.title if s is not None else uid


def _with_uid(s: Session, uid: str) -> Session:
    """``s`` under another id: its fields copied as they are (they were checked when the feed was read)."""
    copy = object.__new__(Session)
    for name in Session.__slots__:
        object.__setattr__(copy, name, getattr(s, name))
    object.__setattr__(copy, "uid", uid)
    return copy


def _by_start(s: Session) -> tuple:
    return (s.start, feed_index(s.uid))


class PlanStore:
    """The picks, notes and own items of every feed in a plan, by the combined schedule's ids: what the
    window's controller uses in place of one feed's PicksStore while several conferences are open. Each
    feed's PicksStore stays the one writer of its own file; own items belong to the first feed."""

    def __init__(self, feeds: list[OpenedFeed]) -> None:
        self.feeds = feeds

    def _own(self, uid: str) -> tuple[PicksStore, str]:
        index, own = own_id(uid)
        return self.feeds[index].store, own

    def _by_feed(self, changes: dict) -> dict[int, dict]:
        out: dict[int, dict] = {}
        for uid, value in changes.items():
            index, own = own_id(uid)
            out.setdefault(index, {})[own] = value
        return out

    def _each(self, work: Mapping[int, Callable[[PicksStore], object]]) -> None:
        """Run each feed's part; a failure in one does not stop the others (the first is raised after)."""
        failed: StorageError | None = None
        for index, do in work.items():
            try:
                do(self.feeds[index].store)
            except StorageError as exc:
                failed = failed or exc
        if failed is not None:
            raise failed

    @property
    def problem(self) -> str | None:
        return next((f.store.problem for f in self.feeds if f.store.problem), None)

    @property
    def unsaved(self) -> bool:
        return any(f.store.unsaved for f in self.feeds)

    def save(self) -> None:
        self._each({i: (lambda store: store.save() if store.unsaved else None) for i in range(len(self.feeds))})

    def state(self, uid: str) -> str | None:
        store, own = self._own(uid)
        return store.state(own)

    def note(self, uid: str) -> str:
        store, own = self._own(uid)
        return store.note(own)

    def as_dict(self) -> dict[str, str]:
        return {plan_id(i, u): v for i, f in enumerate(self.feeds) for u, v in f.store.as_dict().items()}

    def starred(self) -> set[str]:
        return {plan_id(i, u) for i, f in enumerate(self.feeds) for u in f.store.starred()}

    def notes(self) -> dict[str, str]:
        return {plan_id(i, u): v for i, f in enumerate(self.feeds) for u, v in f.store.notes().items()}

    def items(self) -> list[dict]:
        return self.feeds[0].store.items()

    def update(self, changes: dict[str, str | None], *, save: bool = True) -> None:
        self._each({i: functools.partial(PicksStore.update, changes=part, save=save)
                    for i, part in self._by_feed(changes).items()})

    def set_note(self, uid: str, text: str) -> None:
        store, own = self._own(uid)
        store.set_note(own, text)

    def add_item(self, item: dict) -> None:
        self.feeds[0].store.add_item(item)

    def remove_item(self, uid: str) -> None:
        self.feeds[0].store.remove_item(uid)

    def bring(self, notes: dict[str, str], items: list[dict], *, undo: bool = False) -> None:
        parts = self._by_feed(notes)
        work = {i: functools.partial(PicksStore.bring, notes=part, items=items if i == 0 else [], undo=undo)
                for i, part in parts.items()}
        if items and 0 not in work:
            work[0] = functools.partial(PicksStore.bring, notes={}, items=items, undo=undo)
        self._each(work)

    def changed_on_disk(self) -> bool:
        return any(f.store.changed_on_disk() for f in self.feeds)


__all__ = ["PLAN_COLOURS", "CrossClash", "PlanStore", "SeveralFeeds", "Together", "own_id", "plan_id"]
