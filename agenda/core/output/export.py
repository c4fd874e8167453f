"""Write my-agenda.ics: one VEVENT per pick, stable UIDs, SEQUENCE that rises on change, and
cancellations for sessions that were exported before and are no longer picked (or were cancelled).

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


def _fingerprint(s: Session, note: str = "") -> str:
    return "|".join([s.start.isoformat(), s.end.isoformat(), s.place(), s.title] + ([note] if note else []))


@dataclass
class ExportResult:
    data: bytes
    exported: int  # confirmed events written
    cancelled: int  # cancellations written
    state: dict
    problem: str | None = None  # the export state was unreadable and set aside (UIDs start afresh)


def load_state(path: Path) -> tuple[dict, StateProblem | None]:
    data, problem = load_json_state(Path(path), "export state")
    if data is None or not isinstance(data.get("events"), dict):
        return {"version": FORMAT, "events": {}}, problem
    return data, problem


def _description(s: Session, note: str = "") -> str:
    parts = [f"My note: {note}"] if note else []
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
) -> ExportResult:
    """The export file's bytes and the new export state (not yet saved). Sessions in ``maybes`` are written
    as tentative and free time (``X-AGENDA-PICK:maybe``, read back by core/plan/importing.py); a note from
    ``notes`` leads the DESCRIPTION and is kept in ``X-AGENDA-NOTE``."""
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
        fp = _fingerprint(s, note)
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
            first = s.start.astimezone(zone).date()
            record["dates"] = [first.isoformat(), max(s.end.astimezone(zone).date(), first + timedelta(days=1)).isoformat()]
        new[s.uid] = record
        cal.add_component(_event(s, record, now, zone, alarm_minutes, note))
        if status == "CANCELLED":
            cancelled += 1
        else:
            exported += 1

    for uid, prev in old.items():
        if uid in new or prev.get("status") == "CANCELLED":
            continue  # still picked, or its cancellation already went out
        record = dict(prev, status="CANCELLED", sequence=int(prev.get("sequence", 0)) + 1)
        new[uid] = record
        cal.add_component(_cancellation(record, now))
        cancelled += 1
    for uid, prev in old.items():
        new.setdefault(uid, prev)

    data = cal.to_ical()
    return ExportResult(data, exported, cancelled, {"version": FORMAT, "feed": state.get("feed"), "events": new})


def _event(s: Session, record: dict, now: datetime, zone: tzinfo, alarm_minutes: int | None,
           note: str = "") -> Event:
    import icalendar

    ev = icalendar.Event()
    ev.add("UID", record["uid"])
    ev.add("DTSTAMP", now)
    ev.add("SEQUENCE", record["sequence"])
    ev.add("SUMMARY", s.title)
    if s.all_day:
        ev.add("DTSTART", s.start.astimezone(zone).date())
        ev.add("DTEND", max(s.end.astimezone(zone).date(), s.start.astimezone(zone).date() + timedelta(days=1)))
    else:
        ev.add("DTSTART", s.start.astimezone(timezone.utc))
        _add_end(ev, s.start, s.end)
    place = (s.venue or "") if is_own(s.uid) else s.place()  # an own item's column name is not a place
    if place:
        ev.add("LOCATION", place)
    if is_own(s.uid):
        ev.add("X-AGENDA-ITEM", s.uid)  # brought back as an own item by core/plan/importing.py
    desc = _description(s, note)
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


def render_export(
    schedule: Schedule,
    session_ids: list[str],
    state_path: Path,
    *,
    alarm_minutes: int | None = DEFAULT_ALARM_MINUTES,
    now: datetime | None = None,
    maybes: set[str] | frozenset = frozenset(),
    notes: dict[str, str] | None = None,
) -> bytes:
    """What write_export would write now, without writing anything: the export state is only read, and an
    unreadable one is left for the next real export to report and set aside."""
    state, _problem = load_json_state(Path(state_path), "export state", read_only=True)
    if state is None or not isinstance(state.get("events"), dict):
        state = {"version": FORMAT, "events": {}}
    return build_export(schedule, session_ids, state, alarm_minutes=alarm_minutes, now=now, maybes=maybes,
                        notes=notes).data


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
                              notes=notes)
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
