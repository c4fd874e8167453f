"""Read an iCalendar schedule feed into a :class:`Schedule`.

Parsing is icalendar's; this module decides what each event *means* for a conference attendee:
which zone floating times belong to, how recurrences become occurrences with their own ids, what the
room and venue are, and which events cannot be understood (skipped with a warning that names them).
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

from . import speakers as spk
from .source import FeedError, read_source  # noqa: F401  (part of this module's interface)
from .model import Schedule, Session
from .tz import computer_zone, infer_zone, is_utc, is_zone, zone

MAX_OCCURRENCES = 1000
UNTITLED = "(untitled)"


def _one_line(text: str, limit: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------------------------- input
def _decode(data: bytes, name: str, warnings: list[str]) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        warnings.append(f"{name} line {line}: invalid UTF-8 replaced")
        text = data.decode("utf-8", errors="replace")
    return text.replace("\x00", "")


def _check_looks_like_ical(text: str, name: str) -> None:
    head = text.lstrip()[:2048]
    if not head:
        raise FeedError(f"{name}: empty file, not an iCalendar feed")
    upper = head.upper()
    if upper.startswith(("<!DOCTYPE HTML", "<HTML", "<?XML", "<")):
        raise FeedError(f"{name}: this is a web page (HTML/XML), not a calendar feed")
    if not upper.startswith("BEGIN:"):
        raise FeedError(f"{name} line 1: not an iCalendar file (expected BEGIN:VCALENDAR)")
    if "BEGIN:VCALENDAR" not in text.upper() and "BEGIN:VEVENT" not in text.upper():
        raise FeedError(f"{name}: not an iCalendar file (no BEGIN:VCALENDAR or BEGIN:VEVENT)")


def _line_of(text: str, message: str) -> int | None:
    """Line number of the content line quoted in an icalendar error message."""
    m = re.search(r"'(.{3,}?)'", message)
    if not m:
        return None
    needle = m.group(1)[:20]
    for i, line in enumerate(text.split("\n"), 1):  # not splitlines(): form feeds are not line ends here
        if line.startswith(needle):
            return i
    return None


def _parse(text: str, name: str) -> list[Any]:
    import icalendar

    try:
        return icalendar.Calendar.from_ical(text, multiple=True)
    except RecursionError:
        raise FeedError(f"{name}: components nested too deeply") from None
    except Exception as exc:  # icalendar raises ValueError and friends; any failure is "unusable input"
        line = _line_of(text, str(exc))
        where = f"{name} line {line}" if line else name
        raise FeedError(f"{where}: cannot parse iCalendar ({_one_line(exc, 120)})") from None


# ------------------------------------------------------------------------------------- event records
@dataclass(slots=True)
class _Raw:
    """One VEVENT (or one occurrence of a series) as plain, picklable values: everything the
    assembly step needs, with no icalendar objects left (so extraction can run in another process)."""

    uid: str
    summary: str
    start: date | datetime
    end: date | datetime | None
    duration: timedelta | None
    label: str
    location: str
    description: str
    categories: list[str]
    url: str | None
    attendees: list[str]
    status: str
    rid: str | None = None  # recurrence id suffix


def _record(comp: Any, start: date | datetime, rid: str | None = None) -> _Raw:
    return _Raw(
        uid=_text(comp, "UID").strip(),
        summary=_text(comp, "SUMMARY"),
        start=start,
        end=_dt(comp, "DTEND"),
        duration=_duration(comp),
        label=_safe_label(comp),
        location=_text(comp, "LOCATION"),
        description=_text(comp, "DESCRIPTION"),
        categories=_categories(comp),
        url=_url(comp),
        attendees=_attendee_names(comp),
        status=_text(comp, "STATUS").strip().upper(),
        rid=rid,
    )


@dataclass
class _Extract:
    """What one pass of icalendar over (part of) a feed yields."""

    raws: list[_Raw]
    tzids: list[str]
    unknown_tzids: Counter
    warnings: list[str]
    xwr: str | None
    prodid: str
    names: list[tuple[str, str]]  # (X-WR-CALNAME, PRODID) per calendar, for naming the schedule


def _text(component: Any, key: str) -> str:
    value = component.get(key)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value)


def _label(component: Any) -> str:
    summary = _one_line(_text(component, "SUMMARY"), 60)
    uid = _text(component, "UID")
    if summary and uid:
        return f"{summary!r} (UID {_one_line(uid, 40)})"
    if summary:
        return repr(summary)
    if uid:
        return f"UID {_one_line(uid, 40)}"
    return "an event with no SUMMARY or UID"


def _safe_label(component: Any) -> str:
    try:
        return _label(component)
    except Exception:
        return "an unreadable event"


def _dt(component: Any, key: str) -> date | datetime | None:
    prop = component.get(key)
    if prop is None:
        return None
    if isinstance(prop, list):
        prop = prop[0]
    try:
        value = prop.dt
    except Exception:  # icalendar raises BrokenCalendarProperty for unreadable values
        return None
    if isinstance(value, (date, datetime)):
        return value
    return None


def _duration(component: Any) -> timedelta | None:
    prop = component.get("DURATION")
    try:
        value = prop.dt if prop is not None else None
    except Exception:
        return None
    return value if isinstance(value, timedelta) else None


def _is_series(component: Any) -> bool:
    return any(k in component for k in ("RRULE", "RDATE", "RECURRENCE-ID"))


def _rid_text(value: date | datetime) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return value.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        return value.strftime("%Y%m%dT%H%M%S")
    return value.strftime("%Y%m%d")


def _anchor(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return datetime.combine(value, time())


def _expand_series(
    cal: Any, series: list[Any], name: str, warnings: list[str], window_end: datetime, xwr: str | None
) -> list[tuple[Any, str]]:
    """Occurrences of recurring events, as (component, recurrence-id text).

    Each UID's components (master plus RECURRENCE-ID overrides) are expanded on their own, so one
    broken rule costs only that series: it falls back to the components as written, with a warning.
    """
    import icalendar
    import recurring_ical_events
    import x_wr_timezone

    timezones = list(cal.walk("VTIMEZONE"))
    groups: dict[str, list[Any]] = {}
    for comp in series:
        groups.setdefault(_text(comp, "UID"), []).append(comp)
    out: list[tuple[Any, str]] = []
    for uid, comps in groups.items():
        sub = icalendar.Calendar()
        for tz in timezones:
            sub.add_component(tz)
        for comp in comps:
            sub.add_component(comp)
        if xwr:  # floating series repeat in X-WR-TIMEZONE wall-clock time, as calendar apps do
            try:
                sub.add("X-WR-TIMEZONE", xwr)
                sub = x_wr_timezone.to_standard(sub)
            except Exception as exc:
                warnings.append(f"{name}: could not apply X-WR-TIMEZONE {xwr!r}: {_one_line(exc, 80)}")
        starts = [_anchor(d) for d in (_dt(c, "DTSTART") for c in comps) if d is not None]
        window_start = min(starts) - timedelta(days=1)
        try:
            occurrences = []
            for occ in recurring_ical_events.of(sub).between(window_start, window_end):
                if len(occurrences) == MAX_OCCURRENCES:
                    warnings.append(
                        f"{name}: recurring event {_label(comps[0])} has more than {MAX_OCCURRENCES} "
                        f"occurrences; showing the first {MAX_OCCURRENCES}"
                    )
                    break
                occurrences.append(occ)
        except Exception as exc:  # a broken rule must not take the rest of the feed down
            warnings.append(f"{name}: could not expand the recurrence of {_label(comps[0])} ({_one_line(exc, 80)}); shown as written")
            occurrences = comps
        for occ in occurrences:
            rid_value = _dt(occ, "RECURRENCE-ID") or _dt(occ, "DTSTART")
            out.append((occ, _rid_text(rid_value)))
    return out


# ------------------------------------------------------------------------------------ room and venue
def _split_location(location: str) -> list[str]:
    return [p.strip() for p in location.split(",") if p.strip()]


def _venue_suffix(locations: list[str]) -> str | None:
    """The 'City, Country' tail most located events share (sched.com style), if most share one."""
    tails = Counter()
    located = 0
    for loc in locations:
        parts = _split_location(loc)
        if not parts:
            continue
        located += 1
        if len(parts) >= 2:
            tails[", ".join(parts[-2:])] += 1
    if not tails:
        return None
    tail, count = tails.most_common(1)[0]
    return tail if count * 2 >= located and count >= 2 else None


def room_and_venue(location: str, venue: str | None) -> tuple[str | None, str | None, bool]:
    """(room, venue, offsite) for a LOCATION, given the feed's common venue tail."""
    location = location.strip()
    if not location:
        return None, None, False
    if venue is None:
        return location, None, False
    norm = ", ".join(_split_location(location))
    if norm == venue:
        return None, venue, False
    suffix = ", " + venue
    if norm.endswith(suffix):
        prefix = norm[: -len(suffix)]
        if "," not in prefix:
            return prefix, venue, False
    return norm, None, True


# -------------------------------------------------------------------------------------------- naming
def _calendar_name(names: list[tuple[str, str]], source: str) -> str:
    for calname, prodid in names:
        m = re.match(r"-//Sched\.com (.+?)//", prodid)
        if m and (not calname or " " not in calname):
            return m.group(1).strip()
        if calname and calname.lower() not in {"ical", "calendar", "kalender", "schedule"}:
            return calname
    stem = Path(source).stem if source not in ("<stdin>", "") else "Schedule"
    return stem or "Schedule"


def _url(component: Any) -> str | None:
    url = _text(component, "URL").strip()
    if not url:
        return None
    m = re.match(r"^(https?):/(?!/)(.+)$", url, re.IGNORECASE)  # FOSDEM writes "https:/host/..."
    if m:
        url = f"{m.group(1)}://{m.group(2)}"
    return url


def _categories(component: Any) -> list[str]:
    out: list[str] = []
    props = component.get("CATEGORIES")
    if props is None:
        return out
    if not isinstance(props, list):
        props = [props]
    for prop in props:
        for cat in getattr(prop, "cats", [prop]):
            text = str(cat).strip()
            if text and text not in out:
                out.append(text)
    return out


def _attendee_names(component: Any) -> list[str]:
    props = component.get("ATTENDEE")
    if props is None:
        return []
    if not isinstance(props, list):
        props = [props]
    names = []
    for prop in props:
        cn = getattr(prop, "params", {}).get("CN")
        if cn and str(cn).strip() and str(cn).strip() not in names:
            names.append(str(cn).strip())
    return names


_SPEAKER_LINE = re.compile(r"^\s*speakers?\s*:\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE)


def _collect(ev, idx, name, warnings, raws, tzids, unknown_tzids, all_starts, series_by_cal) -> None:
    """Sort one VEVENT into plain events or recurring series, noting its zone for inference."""
    start = _dt(ev, "DTSTART")
    if start is None:
        problem = "no DTSTART" if "DTSTART" not in ev else "unreadable DTSTART"
        for key, err in getattr(ev, "errors", []) or []:
            if key in (None, "DTSTART") and "DTSTART" in str(err):
                problem = "unreadable DTSTART"
        warnings.append(f"{name}: skipped {_label(ev)}: {problem}")
        return
    if not _text(ev, "UID").strip():  # content-derived, so stable across runs
        import hashlib

        ev["UID"] = "nouid-" + hashlib.sha1(ev.to_ical()).hexdigest()[:12]
    prop = ev.get("DTSTART")
    tzid = prop.params.get("TZID") if hasattr(prop, "params") else None
    if isinstance(start, datetime) and start.tzinfo is None and tzid:
        unknown_tzids[str(tzid)] += 1
    if isinstance(start, datetime) and start.tzinfo is not None:
        key = getattr(start.tzinfo, "key", None) or (str(tzid) if tzid else None)
        if key:
            tzids.append(key)
    all_starts.append(_anchor(start))
    if _is_series(ev):
        series_by_cal.setdefault(idx, []).append(ev)
        until = None
        rrule = ev.get("RRULE")
        if rrule is not None and not isinstance(rrule, list):
            until = (rrule.get("UNTIL") or [None])[0]
        if isinstance(until, (date, datetime)):
            all_starts.append(_anchor(until))
        return
    raws.append(_record(ev, start))


# -------------------------------------------------------------------------------------------- reader
PARALLEL_MIN_BYTES = 400_000  # feeds larger than this are parsed by several processes (measured: FOSDEM, 530 kB,
# 1.07 -> 0.80 s on 2 cores; the 171 kB seed is faster in one process)


def read_feed_bytes(
    data: bytes | str,
    source: str = "<feed>",
    *,
    tz: str | None = None,
    local_zone: str | None = None,
    parallel_min_bytes: int | None = None,
) -> Schedule:
    """Parse feed bytes into a Schedule. Raises FeedError (one line) for unusable input.

    Large feeds with one calendar and no recurrences are split into groups of whole VEVENTs that
    icalendar parses in parallel processes; the result is identical to the one-process path.

    The cyclic garbage collector is paused meanwhile: parsing makes hundreds of thousands of objects
    that live until the end, and collecting over them repeatedly costs ~15% of the parse."""
    return _read_paused(data, source, tz, local_zone, parallel_min_bytes, None)


def _read_paused(data, source, tz, local_zone, parallel_min_bytes, workers) -> Schedule:
    import gc

    paused = gc.isenabled()
    gc.disable()
    try:
        return _read_feed_bytes(data, source, tz, local_zone, parallel_min_bytes, workers)
    finally:
        if paused:
            gc.enable()


def _read_feed_bytes(data, source, tz, local_zone, parallel_min_bytes, workers) -> Schedule:
    """read_feed_bytes; ``workers`` are parse processes already started on these bytes (BackgroundParse),
    whose records are used when they all succeed."""
    warnings: list[str] = []
    name = source
    if tz is not None and not is_zone(tz):
        raise FeedError(f"unknown time zone {tz!r} (use an IANA name such as Europe/Paris)")
    threshold = PARALLEL_MIN_BYTES if parallel_min_bytes is None else parallel_min_bytes
    ex = None
    if workers is not None:
        ex = workers.collect()
    elif len(data) >= threshold:  # the bytes go to the workers as they are: no decoded copy is kept here
        ex = _extract_parallel(data if isinstance(data, bytes) else data.encode("utf-8"), name)
    if ex is None:
        text = data if isinstance(data, str) else _decode(data, name, warnings)
        if text.startswith("\ufeff"):
            text = text[1:]
        _check_looks_like_ical(text, name)
        ex = _extract(text, name)
    ex.warnings[:0] = warnings
    schedule = _assemble(ex, name, source, tz, local_zone)
    if len(data) >= threshold:
        del ex
        _return_free_memory()
    return schedule


def _return_free_memory() -> None:
    """After a large parse, hand the C heap's freed scratch memory (the parts, the workers' results)
    back to the system, so the window's later growth starts from the schedule, not from the peak.
    glibc only; elsewhere nothing happens."""
    import ctypes

    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _extract(text: str, name: str) -> _Extract:
    """icalendar's pass: calendars, plain events and expanded recurrences, as plain records."""
    top = _parse(text, name)

    import icalendar

    warnings: list[str] = []
    cals: list[Any] = []
    bare: list[Any] = []
    for comp in top:
        if comp.name == "VCALENDAR":
            cals.append(comp)
        elif comp.name == "VEVENT":
            bare.append(comp)
        else:
            warnings.append(f"{name}: ignored a top-level {comp.name} outside any VCALENDAR")
    if bare:
        wrapper = icalendar.Calendar()
        for ev in bare:
            wrapper.add_component(ev)
        cals.append(wrapper)
        warnings.append(f"{name}: {len(bare)} events are not inside a VCALENDAR; read anyway")
    if not cals:
        raise FeedError(f"{name}: no VCALENDAR found, not an iCalendar feed")
    if len(cals) > 1:
        warnings.append(f"{name}: {len(cals)} calendars in one file; merged")

    xwr = next((_text(c, "X-WR-TIMEZONE").strip() for c in cals if _text(c, "X-WR-TIMEZONE").strip()), None)
    if xwr and not is_zone(xwr):
        warnings.append(f"{name}: X-WR-TIMEZONE {xwr!r} is not a known time zone; ignored")
        xwr = None
    prodid = next((_text(c, "PRODID") for c in cals if _text(c, "PRODID")), "")

    # Floating times are localised per event later (in X-WR-TIMEZONE, else the display zone), so the
    # x-wr-timezone rewrite is only needed where recurrences are expanded (see _expand_series).
    raws: list[_Raw] = []
    tzids: list[str] = []
    unknown_tzids: Counter[str] = Counter()
    all_starts: list[datetime] = []
    series_by_cal: dict[int, list[Any]] = {}
    for idx, cal in enumerate(cals):
        for ev in cal.walk("VEVENT"):
            try:
                _collect(ev, idx, name, warnings, raws, tzids, unknown_tzids, all_starts, series_by_cal)
            except Exception as exc:  # one unreadable event never costs the rest of the feed
                warnings.append(f"{name}: skipped {_safe_label(ev)}: {_one_line(exc, 80)}")

    if series_by_cal:
        window_end = (max(all_starts) if all_starts else datetime(2100, 1, 1)) + timedelta(days=366)
        for idx, series in series_by_cal.items():
            for occ, rid in _expand_series(cals[idx], series, name, warnings, window_end, xwr):
                start = _dt(occ, "DTSTART")
                if start is None:
                    continue
                try:
                    raws.append(_record(occ, start, rid))
                except Exception as exc:
                    warnings.append(f"{name}: skipped {_safe_label(occ)}: {_one_line(exc, 80)}")
    names = [(_text(c, "X-WR-CALNAME").strip(), _text(c, "PRODID")) for c in cals]
    return _Extract(raws, tzids, unknown_tzids, warnings, xwr, prodid, names)


_MARKS = re.compile(
    rb"^(?:(BEGIN|END):([A-Za-z-]+)[ \t]*\r?$|(RRULE|RDATE|EXRULE|RECURRENCE-ID)[;:])",
    re.IGNORECASE | re.MULTILINE,
)


def _split_for_workers(data: bytes, parts: int) -> list[bytes] | None:
    """Split one calendar into `parts` calendars of consecutive whole VEVENTs, each with the calendar's
    own properties and every VTIMEZONE. None when the feed is not that simple (more than one
    VCALENDAR, recurrences, other components, text outside the calendar, NUL bytes): the one-process
    path then reads it. Works on the raw bytes (the markers are ASCII, so a UTF-8 sequence is never cut);
    only component boundaries are scanned, and the bytes are sliced, not copied line by line."""
    if b"\x00" in data:
        return None  # the one-process path drops NULs while decoding
    events: list[tuple[int, int]] = []
    zones: list[tuple[int, int]] = []
    header: list[bytes] = []
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    state, start, tail, gap_from = "head", 0, len(data), 0
    for m in _MARKS.finditer(data):
        kind, comp, recur = (m.group(1) or b"").upper(), (m.group(2) or b"").upper(), m.group(3)
        if state == "event":
            if recur or (kind == b"BEGIN" and comp in (b"VEVENT", b"VCALENDAR")):
                return None  # recurrences need the whole feed; nesting is broken
            if kind == b"END" and comp == b"VEVENT":
                events.append((start, m.end()))
                state, gap_from = "body", m.end()
            continue
        if state == "zone":
            if kind == b"END" and comp == b"VTIMEZONE":
                zones.append((start, m.end()))
                state, gap_from = "body", m.end()
            continue
        if recur:
            return None
        if state == "head":
            if kind == b"BEGIN" and comp == b"VCALENDAR" and not data[bom:m.start()].strip():
                state, gap_from = "body", m.end()
                continue
            return None
        if state == "done":
            return None
        header.append(data[gap_from:m.start()])  # calendar properties between components
        if kind == b"BEGIN" and comp in (b"VEVENT", b"VTIMEZONE"):
            state, start = ("event" if comp == b"VEVENT" else "zone"), m.start()
        elif kind == b"END" and comp == b"VCALENDAR":
            state, tail = "done", m.end()
        else:
            return None  # other components: let icalendar see the whole file
    if state != "done" or data[tail:].strip():  # nothing may follow END:VCALENDAR
        return None
    if len(events) < parts * 2:
        return None
    head = b"BEGIN:VCALENDAR\n" + b"\n".join(h.strip(b"\r\n") for h in header if h.strip()) + b"\n"
    head += b"\n".join(data[a:b].strip(b"\r\n") for a, b in zones)
    size = -(-len(events) // parts)
    return [head + b"\n" + b"\n".join(data[a:b].strip(b"\r\n") for a, b in events[i:i + size])
            + b"\nEND:VCALENDAR\n" for i in range(0, len(events), size)]


def _worker_command(name: str) -> list[str]:
    import sys

    if getattr(sys, "frozen", False):  # a PyInstaller build: the app binary is the interpreter
        return [sys.executable, "--parse-worker", name]
    return [sys.executable, "-m", "agenda.core.worker", name]


def _extract_parallel(data: bytes, name: str) -> _Extract | None:
    """Run icalendar over parts of the feed in worker processes (one per core, at most four).
    None when the feed cannot be split or a worker fails: the one-process path reads it instead."""
    cores = _worker_count()
    chunks = _split_for_workers(data, cores) if cores > 1 else None
    return _Workers(chunks, name).collect() if chunks else None


def _worker_count() -> int:
    import os

    return max(1, min(4, os.cpu_count() or 1))


def _may_fork() -> bool:
    """Whether parse workers may be forked from this process: on Linux, while it has a single thread (a fork
    copies only the calling thread, so a lock another thread held would stay locked in the child). That is
    the case at start-up, before Qt is imported, and in the command line."""
    import os
    import sys

    if not sys.platform.startswith("linux"):
        return False  # macOS's system libraries are not fork-safe; Windows cannot fork
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


class _Workers:
    """icalendar's pass over feed parts in worker processes, running while the caller goes on.

    Not multiprocessing: nothing depends on how the app itself was started. Where it is safe (_may_fork)
    the workers are forked: each starts with the modules this process has imported and the bytes already
    in memory, so a small feed's parse is done far sooner than by a new interpreter, which is what the
    workers are otherwise (agenda.core.worker, fed on stdin). Each worker is read by a thread of its own
    (pipe I/O only). collect() gives the merged records, or None on any failure (no processes here, a
    part that is not UTF-8, a parse error): the caller then reads the feed in one process, which also
    reports errors with the right line number. ``fork`` forces the choice (tests)."""

    def __init__(self, chunks: list[bytes], name: str, *, fork: bool | None = None) -> None:
        import threading

        self.results: list = [None] * len(chunks)
        self.collected = False  # True once collect() has merged every worker's records
        self.forked = _may_fork() if fork is None else fork
        talks = self._fork(chunks, name) if self.forked else None
        if talks is None:
            self.forked = False
            talks = self._spawn(chunks, name)
        if talks is None:  # no processes here (sandbox, embedded interpreter): the caller parses in-process
            self.threads: list | None = None
            return
        self.threads = []
        for i, talk in enumerate(talks):
            t = threading.Thread(target=talk, name=f"agenda-parse-{i}", daemon=True)
            t.start()
            self.threads.append(t)

    def _fork(self, chunks: list[bytes], name: str):
        import os
        import signal

        from .worker import run_forked

        started: list[tuple[int, int]] = []  # (pid, read end of its pipe)
        try:
            for chunk in chunks:  # all forked before any thread starts: each fork is of a one-thread process
                r, w = os.pipe()
                pid = os.fork()
                if pid == 0:  # the child: never comes back from here
                    try:
                        os.close(r)
                        for _, fd in started:
                            os.close(fd)
                        run_forked(chunk, name, w)
                    finally:
                        os._exit(1)
                os.close(w)
                started.append((pid, r))
        except OSError:  # cannot fork (limits): stop what started, spawn instead
            for pid, fd in started:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                os.close(fd)
            return None
        return [lambda i=i, pid=pid, fd=fd: self._listen(i, pid, fd) for i, (pid, fd) in enumerate(started)]

    def _listen(self, index: int, pid: int, fd: int) -> None:
        import os
        import pickle

        result = None
        try:
            with open(fd, "rb") as fh:
                result = pickle.load(fh)  # straight from the pipe: no copy of the whole pickle
        except (OSError, EOFError, ValueError, pickle.UnpicklingError):
            result = None
        _, status = os.waitpid(pid, 0)
        self._keep(index, os.waitstatus_to_exitcode(status), result)

    def _spawn(self, chunks: list[bytes], name: str):
        import os
        import subprocess

        env = dict(os.environ)
        package_root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = package_root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        procs: list = []
        try:
            for _ in chunks:
                procs.append(subprocess.Popen(_worker_command(name), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                              stderr=subprocess.DEVNULL, env=env))
        except Exception:
            for proc in procs:  # no worker is left waiting for its input
                proc.kill()
                proc.wait()
            return None
        return [lambda i=i, proc=proc: self._talk(i, proc, chunks) for i, proc in enumerate(procs)]

    def _talk(self, index: int, proc, chunks: list[bytes]) -> None:
        import pickle

        result = None
        try:
            # The worker reads all its input before it writes anything, so writing first cannot deadlock.
            proc.stdin.write(chunks[index])
            proc.stdin.close()
            chunks[index] = b""  # sent: free it before the (larger) result arrives
            result = pickle.load(proc.stdout)  # straight from the pipe: no copy of the whole pickle
        except (OSError, EOFError, ValueError, pickle.UnpicklingError):
            result = None
        finally:
            proc.stdout.close()
            try:
                code = proc.wait(timeout=600)
            except Exception:  # stuck: give up on it, the caller reads the feed itself
                proc.kill()
                code = None
        self._keep(index, code, result)

    def _keep(self, index: int, code: int | None, result) -> None:
        """A worker's records count only if it also exited 0 (a part that is not valid UTF-8 exits 3)."""
        if code == 0 and result is not None:
            self.results[index] = result

    def done(self) -> bool:
        """Whether collect() would return at once."""
        return self.threads is None or not any(t.is_alive() for t in self.threads)

    def collect(self) -> _Extract | None:
        if self.threads is None:
            return None
        for t in self.threads:
            t.join()
        if any(r is None or r[0] != "ok" for r in self.results):
            return None
        parts = [part for _, part in self.results]
        merged = _Extract([], [], Counter(), [], parts[0].xwr, parts[0].prodid, parts[0].names)
        for part in parts:
            merged.raws.extend(part.raws)
            merged.tzids.extend(part.tzids)
            merged.unknown_tzids.update(part.unknown_tzids)
            merged.warnings.extend(part.warnings)
        self.results, self.collected = [], True
        return merged


class BackgroundParse:
    """read_feed_bytes, started now and finished by result(): icalendar's pass runs in worker processes
    meanwhile, so the caller's own start-up work (importing Qt, building the window: about as long as
    parsing a conference's feed) overlaps with it. A feed from PARALLEL_MIN_BYTES is split over the
    cores as read_feed_bytes would; a smaller one goes whole to one worker. With one core, or input the
    workers do not take (NUL bytes, not UTF-8, not iCalendar), result() parses here as read_feed_bytes
    does. Either way result() returns the same Schedule, or raises the same FeedError."""

    def __init__(self, data: bytes, source: str = "<feed>", *, tz: str | None = None,
                 local_zone: str | None = None, fork: bool | None = None) -> None:
        self.data, self.source, self.tz, self.local_zone = data, source, tz, local_zone
        self._workers = None
        self.by_workers = False  # after result(): True when the workers' records were used
        self.forked = False
        cores = _worker_count()
        if cores < 2 or b"\x00" in data or (tz is not None and not is_zone(tz)):
            return
        chunks = _split_for_workers(data, cores) if len(data) >= PARALLEL_MIN_BYTES else None
        self._workers = _Workers(chunks or [data], source, fork=fork)
        self.forked = self._workers.forked  # (tests) forked rather than new interpreters

    def done(self) -> bool:
        """Whether the workers have finished, so that result() has only the assembly left to do (False when
        result() would parse here)."""
        return self._workers is not None and self._workers.done()

    def result(self) -> Schedule:
        workers, self._workers = self._workers, None
        schedule = _read_paused(self.data, self.source, self.tz, self.local_zone, None, workers)
        self.by_workers = workers is not None and workers.collected
        return schedule


def _assemble(ex: _Extract, name: str, source: str, tz: str | None, local_zone: str | None) -> Schedule:
    """Decisions that need the whole feed: display zone, venue, unique ids, name, order."""
    warnings = ex.warnings
    conv = spk.convention(ex.prodid)
    locations = [r.location for r in ex.raws]
    display, reason = infer_zone(
        explicit=tz,
        x_wr_timezone=ex.xwr,
        tzids=ex.tzids,
        locations=locations,
        fallback=local_zone or computer_zone(),
    )
    display_zone = zone(display)
    floating_zone = zone(ex.xwr) if ex.xwr else display_zone
    for tzid, count in sorted(ex.unknown_tzids.items()):
        warnings.append(f"{name}: unknown time zone {tzid!r} ({count} events); their times are read in {display}")

    venue = _venue_suffix(locations)
    del locations
    sessions: list[Session] = []
    used: set[str] = set()
    raws, ex.raws = ex.raws, []
    for i, raw in enumerate(raws):
        raws[i] = None  # each record is freed once its session exists: the two never add up
        try:
            session, problem = _build(raw, conv, venue, floating_zone)
        except (ValueError, OverflowError, TypeError) as exc:
            warnings.append(f"{name}: skipped {raw.label}: {_one_line(exc, 80)}")
            continue
        if problem:
            warnings.append(f"{name}: {problem}")
        if session.uid in used:  # duplicate UID in the feed: keep both, the later one gets a suffix
            n = 2
            while f"{session.uid}#{n}" in used:
                n += 1
            session = replace(session, uid=f"{session.uid}#{n}")
        used.add(session.uid)
        sessions.append(session)

    if not sessions:
        warnings.append(f"{name}: no events in this feed")
    sessions.sort(key=lambda s: (s.start, s.end, s.room or "", s.title, s.uid))
    return Schedule(
        name=_calendar_name(ex.names, name),
        timezone=display,
        sessions=tuple(sessions),
        warnings=tuple(warnings),
        source=source,
        timezone_reason=reason,
        generator=ex.prodid,
    )


def _aware(value: date | datetime, floating_zone) -> tuple[datetime, bool]:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=floating_zone)
        return value.astimezone(timezone.utc), False
    return datetime.combine(value, time(), tzinfo=floating_zone).astimezone(timezone.utc), True


def _build(raw: _Raw, conv: str | None, venue: str | None, floating_zone) -> tuple[Session, str | None]:
    start, all_day = _aware(raw.start, floating_zone)
    if raw.end is not None:
        end, _ = _aware(raw.end, floating_zone)
    elif raw.duration is not None:
        if all_day:
            end_date = raw.start + raw.duration
            end, _ = _aware(end_date, floating_zone)
        else:
            end = start + raw.duration
    elif all_day:
        end, _ = _aware(raw.start + timedelta(days=1), floating_zone)
    else:
        end = start
    problem = None
    if end < start:
        problem = f"{raw.label} ends before it starts; shown with no duration"
        end = start

    summary = raw.summary.strip()
    title, names, speaker_text = spk.split_summary(summary, conv)
    if not names and raw.attendees:
        names, speaker_text = list(raw.attendees), ", ".join(raw.attendees)
    description = raw.description.replace("\r\n", "\n")
    if "&" in description:  # sched.com leaves HTML entities (&nbsp;) in its plain-text descriptions
        from html import unescape

        description = unescape(description).replace("\xa0", " ")
    description = description.strip()
    if not names:
        m = _SPEAKER_LINE.search(description)
        if m:
            speaker_text = m.group(1)
            names = [n.strip() for n in re.split(r",|&|;", speaker_text) if n.strip()]
            if title.endswith(spk.SEP + speaker_text):  # ics.py feeds: "Title - Speaker" + "Speaker: ..."
                title = title[: -len(spk.SEP + speaker_text)].strip()

    location = raw.location.strip()
    room, ven, offsite = room_and_venue(location, venue)
    cats = raw.categories
    uid = raw.uid
    if raw.rid:
        uid = f"{uid}/{raw.rid}"
    session = Session(
        uid=uid,
        title=title or UNTITLED,
        start=start,
        end=end,
        speakers=tuple(names),
        speaker_text=speaker_text,
        track=", ".join(cats) if cats else None,
        room=room,
        venue=ven,
        description=description,
        url=raw.url,
        location=location,
        offsite=offsite,
        all_day=all_day,
        cancelled=raw.status == "CANCELLED",
    )
    return session, problem


def read_feed(source: str, *, tz: str | None = None, local_zone: str | None = None, stdin=None) -> Schedule:
    data, name = read_source(source, stdin=stdin)
    return read_feed_bytes(data, name, tz=tz, local_zone=local_zone)


__all__ = ["FeedError", "read_feed", "read_feed_bytes", "read_source", "room_and_venue", "is_utc"]
