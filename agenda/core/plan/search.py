"""Search over a schedule's sessions: every word must appear in the title, speakers, description, room,
venue, track or the user's note on it (case-folded), combined with track, room and starred-only filters.

The index is built a slice at a time (:meth:`SearchIndex.build`), so the window can build it while idle;
a search before it is complete finishes it first, so it always covers every session. While the user types
on (the new text extends the last one, the filters unchanged), only the previous matches are searched again.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from ..model import Schedule, Session
from .layout import room_key

Row = tuple[str, str, "str | None", str]  # (uid, folded text, track, room key)


class SearchIndex:
    def __init__(self, schedule: Schedule, notes: Callable[[], dict[str, str]] | None = None) -> None:
        self.schedule = schedule
        self.notes = notes  # the user's notes as they are now (they change while the index lives)
        self._rows: list[Row] = []
        self._last: tuple | None = None  # (text, filters, rows it matched)

    @property
    def complete(self) -> bool:
        return len(self._rows) == len(self.schedule.sessions)

    def __len__(self) -> int:
        """Sessions indexed so far."""
        return len(self._rows)

    def build(self, chunk: int | None = None) -> bool:
        """Index up to ``chunk`` more sessions (all when None); True once every session is in."""
        sessions = self.schedule.sessions
        rows = self._rows
        end = len(sessions) if chunk is None else min(len(sessions), len(rows) + chunk)
        rows.extend(
            (x.uid, "\n".join(filter(None, (x.title, x.speaker_text, x.description, x.room, x.venue, x.track))).casefold(),
             x.track, room_key(x))
            for x in sessions[len(rows):end]
        )
        return end == len(sessions)

    def matches(self, text: str, *, tracks: Iterable[str] = (), rooms: Iterable[str] = (),
                starred: set[str] | None = None) -> set[str] | None:
        """Ids of sessions matching ``text`` and the filters (``starred``: only these ids); None when nothing
        filters (every session matches)."""
        text = text.strip().casefold()
        tracks, rooms = set(tracks), set(rooms)
        if not (text or tracks or rooms or starred is not None):
            self._last = None
            return None
        self.build()  # what the idle-time build has not done yet
        notes = {u: t.casefold() for u, t in self.notes().items()} if self.notes else {}
        filters = (frozenset(tracks), frozenset(rooms), starred is not None, len(starred) if starred is not None else 0,
                   frozenset(notes.items()))
        rows = self._rows
        if notes:  # a row's text with its note, for this search
            rows = [(u, h + "\n" + notes[u], t, r) if u in notes else (u, h, t, r) for u, h, t, r in rows]
        last = self._last
        if last is not None and last[1] == filters and text.startswith(last[0]) and starred is None:
            rows = last[2]  # typing on: only what matched the shorter text can match the longer one
        words = text.split()
        if not (tracks or rooms or starred is not None) and len(words) == 1:  # the common case, typing one word
            w = words[0]
            kept = [row for row in rows if w in row[1]]
        else:
            kept = []
            for row in rows:
                uid, hay, track, room = row
                if tracks and track not in tracks:
                    continue
                if rooms and room not in rooms:
                    continue
                if starred is not None and uid not in starred:
                    continue
                for w in words:
                    if w not in hay:
                        break
                else:
                    kept.append(row)
        self._last = (text, filters, kept)
        return {row[0] for row in kept}


class SpeakerIndex:
    """Each speaker's sessions in a schedule, in time order, built once on first use (a details pane shown
    on every star click must not scan 10,000 sessions each time)."""

    def __init__(self, schedule: Schedule) -> None:
        self.schedule = schedule
        self._by_name: dict[str, list[Session]] | None = None

    def others(self, session: Session) -> list[tuple[str, list[Session]]]:
        """Each of ``session``'s speakers with their other sessions (a speaker with none is left out)."""
        if not session.speakers:
            return []
        self.build()
        by_name, out = self._by_name or {}, []
        for n, k in zip(session.speakers, self.schedule.person_keys.get(session.uid) or session.speakers, strict=True):
            found = [s for s in by_name.get(k, ()) if s.uid != session.uid]
            if n and found:
                out.append((n, found))
        return out

    def build(self) -> bool:
        """Index every session by speaker now (an idle job does, before the first click needs it); False."""
        if self._by_name is None:
            by_name: dict[str, list[Session]] = {}  # by person key: two people of one name stay two
            keys = self.schedule.person_keys
            for s in self.schedule.sessions:
                for k in keys.get(s.uid) or s.speakers:
                    by_name.setdefault(k, []).append(s)
            self._by_name = by_name
        return False
