"""Write my-agenda.ics: one VEVENT per pick, stable UIDs, SEQUENCE that rises on change, and
cancellations for sessions the same destination took before and that are no longer picked.

What each kind of output carries (the export state remembers one record per session, shared by all of
them, so a session's SEQUENCE only ever rises whichever way it left, and per destination which sessions
the last file it took had):

- ``EXPORT`` (File → Export, ``agenda export``): the picks, plus ``STATUS:CANCELLED`` for each session the
  last exported file had and that is no longer picked. Every exported file counts as the same destination:
  Agenda cannot tell which device a file is carried to.
- ``ADD_ONCE`` (Send to phone → Add once): the same, against the last file the phone downloaded that way;
  it is recorded only when a download completes.
- ``SUBSCRIPTION`` (Send to phone → Subscribe, a ``webcal://`` link): the live set. A subscribing calendar
  replaces the whole calendar on each poll, so an unstarred session is simply absent (never cancelled);
  an event whose time, place, title, status or note changed carries a higher SEQUENCE, recorded when served.

Times are written in UTC. A VTIMEZONE generated from zoneinfo (RDATE lists) was read one hour off by
vobject, so UTC is the form every calendar parser we check agrees on; phones show it in local time.
"""
from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from icalendar import Event

from ... import APP_ID, APP_NAME, __version__
from ..errors import StorageError
from ..feeds.tz import zone as get_zone
from ..migrations import version_of
from ..model import Schedule, Session
from ..plan.mine import is_own
from ..storage import StateProblem, atomic_write_bytes, atomic_write_json, load_json_state, locked

FORMAT = version_of("export state")  # this file's format version (core/migrations.py)

EXPORT = "export"  # destinations (see above); the subscription has none: it never cancels
ADD_ONCE = "add-once"
SUBSCRIPTION = None

DEFAULT_ALARM_MINUTES = 10
REFRESH_INTERVAL = timedelta(minutes=15)


EXPORT_DEFAULT_RULE = ("my-agenda.ics in the folder the window last exported to; else in Documents if that "
                       "folder exists; else in your home folder")


def default_export_path(export_dir: str | None, home: Path | None = None) -> Path:
    """Where an export goes when the user names no file (the one rule, ``EXPORT_DEFAULT_RULE``, that both
    ``agenda export`` and the window's export dialog follow): never the current folder."""
    import platformdirs

    home = Path(home) if home is not None else Path.home()
    candidates = [Path(export_dir)] if export_dir else []
    documents = platformdirs.user_documents_dir()
    if documents and Path(documents) != home:
        candidates.append(Path(documents))
    for folder in candidates:
        if folder.is_absolute() and folder.is_dir():
            return folder / "my-agenda.ics"
    return home / "my-agenda.ics"


def picks_to_export(schedule: Schedule, states: dict[str, str], include_maybe: bool) -> tuple[list[str], set[str]]:
    """(the ids Export writes, those of them that are maybes) for the picks ``states``."""
    from ..plan.picks import MAYBE, STAR

    wanted = {STAR, MAYBE} if include_maybe else {STAR}
    ids = [s.uid for s in schedule.sessions if states.get(s.uid) in wanted]
    return ids, {u for u in ids if states.get(u) == MAYBE}


def export_uid(session_uid: str) -> str:
    """Stable per session, and never equal to the conference feed's own UID."""
    return f"my-agenda-{hashlib.sha256(session_uid.encode()).hexdigest()[:24]}@{APP_ID}"


def _fingerprint(s: Session, note: str = "", conference: str | None = None) -> str:
    return "|".join([s.start.isoformat(), s.end.isoformat(), s.place(), s.title] + ([note] if note else [])
                    + ([f"conference:{conference}"] if conference else []))


@dataclass
class ExportResult:
    data: bytes
    exported: int  # confirmed events written
    cancelled: int  # cancellations written
    state: dict
    problem: str | None = None  # the export state was unreadable and set aside (UIDs start afresh)


def _empty_state() -> dict:
    return {"version": FORMAT, "events": {}, "delivered": {}}


def load_state(path: Path, *, read_only: bool = False) -> tuple[dict, StateProblem | None]:
    data, problem = load_json_state(Path(path), "export state", read_only=read_only)
    if data is None or not isinstance(data.get("events"), dict):
        return _empty_state(), problem
    if not isinstance(data.get("delivered"), dict):
        data["delivered"] = {}
    return data, problem


def _delivered(state: dict, destination: str) -> list[str]:
    kept = state.get("delivered", {}).get(destination)
    return [u for u in kept if isinstance(u, str)] if isinstance(kept, list) else []


def merge_state(disk: dict, built: dict, destination: str | None) -> dict:
    """``disk`` (the export state as saved now) with what ``built`` (a build from an earlier reading of it)
    recorded: for each session the record with the higher SEQUENCE (the built one on a tie), and, for
    ``destination``, which sessions its file had. Nothing another writer recorded meanwhile is lost."""
    events = dict(disk.get("events", {}))
    for uid, record in built.get("events", {}).items():
        old = events.get(uid)
        if old is None or int(record.get("sequence", 0)) >= int(old.get("sequence", 0)):
            events[uid] = record
    delivered = dict(disk.get("delivered", {}))
    if destination is not None:
        delivered[destination] = built.get("delivered", {}).get(destination, [])
    return {"version": FORMAT, "feed": disk.get("feed", built.get("feed")), "events": events, "delivered": delivered}


def record_delivery(state_path: Path, built: dict, destination: str | None) -> None:
    """Remember what a served file carried (SEQUENCE numbers, and for Add once what the phone now has),
    merged under the state's lock with what was saved meanwhile. Raises StorageError, and changes nothing,
    when the state cannot be read (the next export reports it and sets it aside)."""
    with locked(state_path):
        disk, problem = load_state(state_path, read_only=True)  # a damaged state is for Export to report
        if problem:
            raise StorageError(problem.message)
        merged = merge_state(disk, built, destination)
        if (merged["events"], merged["delivered"]) != (disk.get("events", {}), disk.get("delivered", {})):
            atomic_write_json(state_path, merged)


def _description(s: Session, note: str = "", conference: str | None = None) -> str:
    parts = [f"My note: {note}"] if note else []
    if conference:  # an agenda of several conferences says which one each event belongs to
        parts.append(f"Conference: {conference}")
    if s.speaker_text:
        parts.append(s.speaker_text)
    if s.description:
        parts.append(s.description)
    if s.url:
        parts.append(s.url)
    return "\n\n".join(parts)


def build_export(
    schedule: Schedule,
    session_ids: list[str],
    state: dict,
    *,
    alarm_minutes: int | None = DEFAULT_ALARM_MINUTES,
    now: datetime | None = None,
    zone_name: str | None = None,
    maybes: set[str] | frozenset = frozenset(),
    notes: dict[str, str] | None = None,
    destination: str | None = EXPORT,
    conference: str | None = None,
) -> ExportResult:
    """The export file's bytes and the new export state (not yet saved) for ``destination`` (EXPORT,
    ADD_ONCE, or SUBSCRIPTION: no cancellations). Sessions in ``maybes`` are written as tentative and free
    time (``X-AGENDA-PICK:maybe``, read back by core/plan/importing.py); a note from ``notes`` leads the
    DESCRIPTION and is kept in ``X-AGENDA-NOTE``. ``conference``: the name of the conference, said in each
    event's description (an agenda of several conferences, core/several.py)."""
    import icalendar

    now = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)
    zone = get_zone(zone_name or schedule.timezone)
    old: dict[str, dict] = state.get("events", {})
    new: dict[str, dict] = {}

    cal = icalendar.Calendar()
    cal.add("PRODID", f"-//{APP_NAME} {__version__}//{APP_ID}//EN")
    cal.add("VERSION", "2.0")
    cal.add("CALSCALE", "GREGORIAN")
    cal.add("METHOD", "PUBLISH")
    cal.add("X-WR-CALNAME", f"My agenda: {schedule.name}")
    # How often a calendar that subscribes to this (Send to phone) should poll it; an import ignores it.
    cal.add("REFRESH-INTERVAL", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    cal.add("X-PUBLISHED-TTL", "PT%dM" % (REFRESH_INTERVAL.total_seconds() // 60))

    exported = cancelled = 0
    wanted = []
    for uid in dict.fromkeys(session_ids):
        s = schedule.get(uid)
        if s is not None:
            wanted.append(s)
    wanted.sort(key=lambda s: (s.start, s.uid))

    for s in wanted:
        prev = old.get(s.uid)
        note = (notes or {}).get(s.uid, "")
        fp = _fingerprint(s, note, conference)
        status = "CANCELLED" if s.cancelled else "TENTATIVE" if s.uid in maybes else "CONFIRMED"
        if prev is None:
            seq = 0
        elif prev.get("fingerprint") != fp or prev.get("status") != status:
            seq = int(prev.get("sequence", 0)) + 1
        else:
            seq = int(prev.get("sequence", 0))
        record = {
            "uid": (prev or {}).get("uid") or export_uid(s.uid),  # the phone's UID never changes
            "sequence": seq,
            "fingerprint": fp,
            "status": status,
            "title": s.title,
            "start": s.start.isoformat(),
            "end": s.end.isoformat(),
            "location": s.place(),
        }
        if s.all_day:  # a later cancellation keeps the dates (VALUE=DATE), not a 48-hour timed block
            first = s.start_date(zone)
            record["dates"] = [first.isoformat(), max(s.end_date(zone), first + timedelta(days=1)).isoformat()]
        new[s.uid] = record
        cal.add_component(_event(s, record, now, zone, alarm_minutes, note, conference))
        if status == "CANCELLED":
            cancelled += 1
        else:
            exported += 1

    delivered = dict(state.get("delivered", {}))
    if destination is not None:
        for uid in _delivered(state, destination):
            prev = old.get(uid)
            if uid in new or prev is None:
                continue  # still picked (or never recorded)
            if prev.get("status") != "CANCELLED":  # another destination's cancellation already counted
                prev = dict(prev, status="CANCELLED", sequence=int(prev.get("sequence", 0)) + 1)
            new[uid] = prev
            cal.add_component(_cancellation(prev, now))
            cancelled += 1
        delivered[destination] = sorted(s.uid for s in wanted)
    for uid, prev in old.items():
        new.setdefault(uid, prev)

    data = cal.to_ical()
    return ExportResult(data, exported, cancelled,
                        {"version": FORMAT, "feed": state.get("feed"), "events": new, "delivered": delivered})


def _event(s: Session, record: dict, now: datetime, zone: tzinfo, alarm_minutes: int | None,
           note: str = "", conference: str | None = None) -> Event:
    import icalendar

    ev = icalendar.Event()
    ev.add("UID", record["uid"])
    ev.add("DTSTAMP", now)
    ev.add("SEQUENCE", record["sequence"])
    ev.add("SUMMARY", s.title)
    if s.all_day:
        ev.add("DTSTART", s.start_date(zone))
        ev.add("DTEND", max(s.end_date(zone), s.start_date(zone) + timedelta(days=1)))
    else:
        ev.add("DTSTART", s.start.astimezone(timezone.utc))
        _add_end(ev, s.start, s.end)
    place = (s.venue or "") if is_own(s.uid) else s.place()  # an own item's column name is not a place
    if place:
        ev.add("LOCATION", place)
    if is_own(s.uid):
        ev.add("X-AGENDA-ITEM", s.uid)  # brought back as an own item by core/plan/importing.py
    desc = _description(s, note, conference)
    if desc:
        ev.add("DESCRIPTION", desc)
    if note:
        ev.add("X-AGENDA-NOTE", icalendar.vText(note), parameters={"VALUE": "TEXT"})  # read back unescaped
    if s.url:
        ev.add("URL", s.url)
    if s.track:
        ev.add("CATEGORIES", [s.track])
    ev.add("STATUS", record["status"])
    ev.add("TRANSP", "TRANSPARENT" if record["status"] == "TENTATIVE" else "OPAQUE")
    if record["status"] == "TENTATIVE":
        ev.add("X-AGENDA-PICK", "maybe")
    if alarm_minutes is not None and record["status"] != "CANCELLED":
        alarm = icalendar.Alarm()
        alarm.add("ACTION", "DISPLAY")
        alarm.add("DESCRIPTION", s.title)
        alarm.add("TRIGGER", timedelta(minutes=-int(alarm_minutes)))
        ev.add_component(alarm)
    return ev


def _add_end(ev: Event, start: datetime, end: datetime) -> None:
    """DTEND, or for a zero-length session DURATION:PT0S (RFC 5545 wants a DTEND after DTSTART)."""
    if end > start:
        ev.add("DTEND", end.astimezone(timezone.utc))
    else:
        ev.add("DURATION", timedelta(0))


def _cancellation(record: dict, now: datetime) -> Event:
    import icalendar

    ev = icalendar.Event()
    ev.add("UID", record["uid"])
    ev.add("DTSTAMP", now)
    ev.add("SEQUENCE", record["sequence"])
    ev.add("SUMMARY", record.get("title") or "Cancelled")
    if record.get("dates"):
        ev.add("DTSTART", date.fromisoformat(record["dates"][0]))
        ev.add("DTEND", date.fromisoformat(record["dates"][1]))
    else:
        start, end = datetime.fromisoformat(record["start"]), datetime.fromisoformat(record["end"])
        ev.add("DTSTART", start.astimezone(timezone.utc))
        _add_end(ev, start, end)
    if record.get("location"):
        ev.add("LOCATION", record["location"])
    ev.add("STATUS", "CANCELLED")
    return ev


@dataclass
class Rendered:
    """What a served file carries, and how to remember that it was taken (``commit``, after a complete
    download: SEQUENCE numbers, and for Add once which sessions the phone now has)."""

    data: bytes
    state: dict
    state_path: Path
    destination: str | None
    exported: int = 0  # confirmed events it carries
    cancelled: int = 0  # cancellations it carries

    def commit(self) -> None:
        """Raises StorageError."""
        record_delivery(self.state_path, self.state, self.destination)


def render_export(
    schedule: Schedule,
    session_ids: list[str],
    state_path: Path,
    *,
    alarm_minutes: int | None = DEFAULT_ALARM_MINUTES,
    now: datetime | None = None,
    maybes: set[str] | frozenset = frozenset(),
    notes: dict[str, str] | None = None,
    destination: str | None = EXPORT,
    conference: str | None = None,
) -> Rendered:
    """What would be written now for ``destination``, without writing anything: the export state is only
    read (an unreadable one is left for the next real export to report and set aside), and is changed
    only by ``commit()`` once the file has been taken."""
    state, _problem = load_state(Path(state_path), read_only=True)
    result = build_export(schedule, session_ids, state, alarm_minutes=alarm_minutes, now=now, maybes=maybes,
                          notes=notes, destination=destination, conference=conference)
    return Rendered(result.data, result.state, Path(state_path), destination, result.exported, result.cancelled)


def write_export(
    schedule: Schedule,
    session_ids: list[str],
    target: Path | None,
    state_path: Path,
    *,
    alarm_minutes: int | None = DEFAULT_ALARM_MINUTES,
    now: datetime | None = None,
    stdout: BinaryIO | None = None,
    maybes: set[str] | frozenset = frozenset(),
    notes: dict[str, str] | None = None,
) -> ExportResult:
    """Build, write the file atomically (or to ``stdout`` when target is None), then save the state.

    The state is saved only after the file is in place, so a failed write changes nothing; the state's
    read-modify-write holds its lock (two exports at once never number events from the same old state).
    When the file was written but the state could not be saved, ``problem`` says so (the file is good).
    """
    with locked(state_path):
        state, problem = load_state(state_path)
        if problem and problem.untouched:
            raise StorageError(problem.message)
        result = build_export(schedule, session_ids, state, alarm_minutes=alarm_minutes, now=now, maybes=maybes,
                              notes=notes, destination=EXPORT)
        if target is None:
            stdout = stdout if stdout is not None else sys.stdout.buffer
            stdout.write(result.data)
            stdout.flush()
        else:
            atomic_write_bytes(Path(target), result.data)
        result.state["feed"] = state.get("feed")
        result.problem = str(problem) if problem else None
        try:
            atomic_write_json(state_path, result.state)
        except StorageError as exc:
            result.problem = (f"the file is written, but what was exported could not be remembered ({exc}); "
                              "the next export cannot tell your phone what changed since this one")
    return result
