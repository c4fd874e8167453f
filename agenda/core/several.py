"""Several conferences in one plan: the feeds opened together (an ``OpenedFeed`` each, with its own picks,
notes, offline copy, change review and export state), their sessions side by side, and clashes among the
picks of all of them, a talk in one conference against a talk in another included.

Session ids are each feed's own (what ``agenda star`` takes for that feed); two feeds may use the same id,
so across feeds a session is named by (feed, id). A change of venue between two feeds' sessions takes the
off-site time (clashes.OFFSITE_TRANSFER_MINUTES) at least: they are different places.
"""
from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, tzinfo
from pathlib import Path
from typing import BinaryIO, NamedTuple

from .errors import InputError
from .model import Schedule, Session
from .opened import OpenedFeed, refuse_overwriting_feeds
from .plan.clashes import Clash, find_clashes
from .plan.picks import STAR
from .storage import atomic_write_bytes

SEP = "\x1f"  # between a feed's index and a session id in a qualified id (never in a feed's own ids)


def _qualified(index: int, uid: str) -> str:
    """A session's id among several feeds: its feed's index and its own id (two feeds may share ids)."""
    return f"{index}{SEP}{uid}"


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

    def __init__(self, feeds: list[OpenedFeed]) -> None:
        if not feeds:
            raise InputError("a plan needs at least one feed")
        self.feeds = list(feeds)
        self.names: list[str] = []
        for f in self.feeds:
            name, n = f.schedule.name or f.key, 2
            while name in self.names:
                name, n = f"{f.schedule.name or f.key} ({n})", n + 1
            self.names.append(name)

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
        import icalendar

        parts = []
        for name, f in zip(self.names, self.feeds, strict=True):
            render = f.export_renderer(include_maybes=include_maybes, alarm_minutes=alarm_minutes,
                                       conference=name if len(self.feeds) > 1 else None)
            parts.append(render(now=now, destination=destination))
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

    def title(self, name: str, uid: str) -> str:
        """A session's title, by its feed's name and its id."""
        s = self.feeds[self.names.index(name)].schedule.get(uid)
        return s.title if s is not None else uid


__all__ = ["CrossClash", "SeveralFeeds", "Together"]
