"""Import picks made elsewhere: Sched's "my schedule" feed, pretalx's faved export, a calendar of
bookmarks, Giggity's share link and EventFahrplan's favourites (shares.py), or our own export from
another computer.

Each event of the file is matched to a session of the open feed: by UID (Sched's personal feed shares the
full feed's UIDs; our export's UIDs are derived from the session's; schedule.xml's event ids through
Schedule.feed_ids), then by the session's URL, then by
start instant and normalised title (case, punctuation and sched.com's " - Speaker" tail ignored), then by
the title alone when only one session has it. Two or more candidates are never guessed between: they are
listed. Our export's maybes (``X-AGENDA-PICK:maybe``) come back as maybes, its notes (``X-AGENDA-NOTE``)
as notes.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, tzinfo
from typing import NamedTuple
from zoneinfo import ZoneInfo

from ..errors import FeedError
from ..feeds.reading import check_looks_like_ical, decode, one_line, parse_components
from ..feeds.speakers import split_sched
from ..model import Schedule, Session
from ..output.export import export_uid
from ..words import Said, tr
from .mine import is_own, valid_item
from .picks import MAYBE, STAR


class Event(NamedTuple):
    uid: str
    title: str
    start: datetime | None
    url: str
    maybe: bool
    note: str
    item: dict | None = None  # one of the user's own items, from our export (X-AGENDA-ITEM)
    clock: tuple[int, int] | None = None  # a time of day only (EventFahrplan's text share), in the feed's zone
    hidden: bool = False  # hidden in the app it came from (Giggity's del=): counted, never picked


class ImportReport(NamedTuple):
    changes: dict[str, str]  # session id -> new state (only what changes)
    notes: dict[str, str]  # session id -> note to keep (only where the session has none)
    items: list[dict]  # own items from our export that this feed's picks do not have yet
    starred: int
    maybe: int
    already: int
    unmatched: list[dict]
    ambiguous: list[dict]
    hidden: int = 0  # sessions the other app hid (Giggity's del=): left as they are

    def as_json(self) -> dict:
        """``agenda import-picks --json``: starred, already, unmatched, ambiguous (and maybe, notes, items,
        hidden)."""
        return {"starred": self.starred, "already": self.already, "unmatched": self.unmatched,
                "ambiguous": self.ambiguous, "maybe": self.maybe, "notes": len(self.notes), "items": len(self.items),
                "hidden": self.hidden}


def read_events(data: bytes, name: str, zone: tzinfo) -> list[Event]:
    """The events of an iCalendar file (cancelled ones left out; floating times are read in ``zone``), or of
    what the phone apps share (shares.py): EventFahrplan's favourites as JSON or text, a Giggity link.
    Raises FeedError with one line naming the file for anything unusable."""
    from . import shares

    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{":
        return shares.read_fahrplan_share(data, name)
    text = decode(data, name, [])
    if shares.is_giggity_link(text):
        return shares.read_giggity_link(text, name)
    if shares.looks_like_fahrplan_text(text):
        return shares.read_fahrplan_text(text, name)
    check_looks_like_ical(text, name)
    out = []
    for cal in parse_components(text, name):
        for ev in cal.walk("VEVENT"):
            if str(ev.get("STATUS", "")).upper() == "CANCELLED":
                continue
            start = None
            raw = ev.get("DTSTART")
            if raw is not None:
                value = raw.dt
                if isinstance(value, datetime):
                    start = value if value.tzinfo is not None else value.replace(tzinfo=zone)
                elif isinstance(value, date):
                    start = datetime.combine(value, time(), zone)
            item = None
            own = str(ev.get("X-AGENDA-ITEM", "") or "")
            end = ev.get("DTEND")
            if is_own(own) and isinstance(start, datetime) and end is not None and isinstance(end.dt, datetime):
                item = {"uid": own, "title": str(ev.get("SUMMARY", "")).strip(), "start": start.isoformat(),
                        "end": end.dt.isoformat(), "where": str(ev.get("LOCATION", "") or "")}
                item = item if valid_item(item) else None
            out.append(Event(str(ev.get("UID", "")), str(ev.get("SUMMARY", "")).strip(), start,
                             str(ev.get("URL", "") or ""), str(ev.get("X-AGENDA-PICK", "")).lower() == "maybe",
                             str(ev.get("X-AGENDA-NOTE", "") or ""), item))
    return out


def normalise_title(title: str) -> str:
    """Case, accents, punctuation and spacing ignored: "Keynote: PyTorch Updates!" == "keynote pytorch updates"."""
    text = unicodedata.normalize("NFKD", title).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def _titles(title: str) -> set[str]:
    """The event's title as written, and without a sched.com-style " - Speaker, Org" tail."""
    out = {normalise_title(title)}
    bare = split_sched(title)[0]
    if bare and bare != title:
        out.add(normalise_title(bare))
    return out - {""}


def _clock(t: datetime) -> tuple[int, int]:
    return t.hour, t.minute


def _url(url: str) -> str:
    return url.strip().rstrip("/").lower().replace("https://", "http://")


def match_events(schedule: Schedule, events: list[Event], states: dict[str, str], notes: dict[str, str],
                 *, as_maybe: bool = False, items: list[dict] | tuple = ()) -> ImportReport:
    """What importing ``events`` changes, given the current picks (``states``), ``notes`` and own ``items``."""
    live = [s for s in schedule.sessions if not s.cancelled]
    by_export = {export_uid(s.uid): s for s in live}
    by_url: dict[str, list[Session]] = {}
    by_title: dict[str, list[Session]] = {}
    for s in live:
        if s.url:
            by_url.setdefault(_url(s.url), []).append(s)
        by_title.setdefault(normalise_title(s.title), []).append(s)
    changes: dict[str, str] = {}
    new_notes: dict[str, str] = {}
    starred = maybe = already = hidden = 0
    unmatched, ambiguous = [], []
    have_items = {i["uid"] for i in items}
    new_items = []
    for ev in events:
        if ev.item is not None:
            if ev.item["uid"] in have_items:
                already += 1
            else:
                have_items.add(ev.item["uid"])
                new_items.append(ev.item)
            continue
        found = schedule.get(ev.uid) or by_export.get(ev.uid) or schedule.get(schedule.feed_ids.get(ev.uid, ""))
        candidates: list[Session] = []
        if found is None and ev.url:
            candidates = by_url.get(_url(ev.url), [])
            found = candidates[0] if len(candidates) == 1 else None
        if found is None:
            titled = {s.uid: s for t in _titles(ev.title) for s in by_title.get(t, [])}
            at_start = [s for s in titled.values() if ev.start is not None and s.start == ev.start]
            if ev.clock is not None and not at_start:
                zone = ZoneInfo(schedule.timezone)
                at_start = [s for s in titled.values() if _clock(s.start.astimezone(zone)) == ev.clock]
            candidates = at_start or list(titled.values())
            found = candidates[0] if len(candidates) == 1 else None
        when = ev.start.isoformat() if ev.start else None
        if ev.hidden:  # counted when it is a session here; a pick is never made or undone for it
            hidden += found is not None
            continue
        if found is None:
            if len(candidates) > 1:
                ambiguous.append({"title": ev.title, "start": when,
                                  "candidates": sorted(s.uid for s in candidates)})
            else:
                unmatched.append({"title": ev.title, "start": when})
            continue
        want = MAYBE if (as_maybe or ev.maybe) else STAR
        have = changes.get(found.uid, states.get(found.uid))
        if have == STAR or have == want:
            already += 1
        else:
            changes[found.uid] = want
            if want == STAR:
                starred += 1
            else:
                maybe += 1
        if ev.note.strip() and not notes.get(found.uid):
            new_notes[found.uid] = ev.note.strip()
    return ImportReport(changes, new_notes, new_items, starred, maybe, already, unmatched, ambiguous, hidden)


def nothing_matched(report: ImportReport, name: str, schedule: Schedule) -> Said | None:
    """The one-line reason an import is unusable (English, which the window says in its language), or None."""
    found = report.starred + report.maybe + report.already + len(report.items)
    total = found + len(report.unmatched) + len(report.ambiguous)
    if found == 0 and report.hidden and not report.ambiguous and not report.unmatched:
        return tr("{name}: it only hides %n session(s) (Agenda hides no single session), so there is nothing to star",
                  None, report.hidden, name=name)
    if total == 0:
        return tr("{name}: no events to import", name=name)
    if found == 0 and not report.ambiguous:
        return tr("{name}: none of its %n event(s) is a session of {conference} (is it from another conference?)",
                  None, total, name=name, conference=one_line(schedule.name, 60))
    return None


__all__ = ["Event", "FeedError", "ImportReport", "match_events", "nothing_matched", "normalise_title", "read_events"]
