"""Extraction: icalendar components to plain, picklable records (:class:`Record`), one per event or per
occurrence of a recurring series, plus what the zone inference needs (TZIDs seen, X-WR-TIMEZONE, the
calendars' names). No icalendar object survives this step, so it can run in a parse worker process.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from ..errors import FeedError
from ..words import tr
from .reading import _line_of, one_line, parse_components
from .tz import is_zone


# ------------------------------------------------------------------------------------- event records
@dataclass(slots=True)
class Record:
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


def _record(comp: Any, start: date | datetime, rid: str | None = None) -> Record:
    return Record(
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
class Extract:
    """What one pass of icalendar over (part of) a feed yields."""

    raws: list[Record]
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
    summary = one_line(_text(component, "SUMMARY"), 60)
    uid = _text(component, "UID")
    if summary and uid:
        return f"{summary!r} (UID {one_line(uid, 40)})"
    if summary:
        return repr(summary)
    if uid:
        return f"UID {one_line(uid, 40)}"
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


def _windows_zone(name: str) -> str | None:
    """The IANA zone for a Windows zone name (icalendar ships the CLDR table), or None."""
    try:
        from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON
    except ImportError:
        return None
    return WINDOWS_TO_OLSON.get(name.strip())


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


def _anchor(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return datetime.combine(value, time())


def _collect(ev: Any, idx: int, name: str, warnings: list[str], raws: list[Record], tzids: list[str],
             unknown_tzids: Counter[str], all_starts: list[datetime], series_by_cal: dict, text: str = "") -> None:
    """Sort one VEVENT into plain events or recurring series, noting its zone for inference."""
    start = _dt(ev, "DTSTART")
    if start is None:
        problem = tr("no DTSTART") if "DTSTART" not in ev else tr("unreadable DTSTART")
        for key, err in getattr(ev, "errors", []) or []:
            if key in (None, "DTSTART") and "DTSTART" in str(err):
                problem = tr("unreadable DTSTART")
        warnings.append(tr("{name}: skipped {event}: {problem}", name=name, event=_label(ev), problem=problem))
        return
    for key, err in getattr(ev, "errors", []) or []:  # lines icalendar could not read inside the event
        if key is None and "Content line" in str(err):
            line = _line_of(text, str(err)) if text else None
            where = tr("{name} line {line}", name=name, line=line) if line else name
            warnings.append(tr("{where}: ignored a broken line in {event}", where=where, event=_label(ev)))
    if not _text(ev, "UID").strip():  # content-derived, so stable across runs
        import hashlib

        ev["UID"] = "nouid-" + hashlib.sha1(ev.to_ical()).hexdigest()[:12]
    prop = ev.get("DTSTART")
    tzid = prop.params.get("TZID") if hasattr(prop, "params") else None
    if isinstance(start, datetime) and start.tzinfo is None and tzid:
        unknown_tzids[str(tzid)] += 1
    if isinstance(start, datetime) and start.tzinfo is not None:
        key = getattr(start.tzinfo, "key", None) or (str(tzid) if tzid else None)
        if key and not is_zone(key):  # Exchange/Outlook: "Central European Standard Time"
            key = _windows_zone(key) or key
        if key:
            tzids.append(key)
    all_starts.append(_anchor(start))
    if _is_series(ev):
        series_by_cal.setdefault(idx, []).append(ev)
        until = None
        rrule = ev.get("RRULE")
        if isinstance(rrule, dict):  # one rule, read (one icalendar could not read: recur.py reports it)
            until = (rrule.get("UNTIL") or [None])[0]
        if isinstance(until, (date, datetime)):
            all_starts.append(_anchor(until))
        return
    raws.append(_record(ev, start))


def extract(text: str, name: str) -> Extract:
    """icalendar's pass: calendars, plain events and expanded recurrences, as plain records."""
    warnings: list[str] = []
    top = parse_components(text, name, warnings)

    import icalendar

    cals: list[Any] = []
    bare: list[Any] = []
    for comp in top:
        if comp.name == "VCALENDAR":
            cals.append(comp)
        elif comp.name == "VEVENT":
            bare.append(comp)
        else:
            warnings.append(tr("{name}: ignored a top-level {component} outside any VCALENDAR", name=name, component=comp.name))
    if bare:
        wrapper = icalendar.Calendar()
        for ev in bare:
            wrapper.add_component(ev)
        cals.append(wrapper)
        warnings.append(tr("{name}: %n event(s) not inside a VCALENDAR; read anyway", None, len(bare), name=name))
    if not cals:
        raise FeedError(tr("{name}: no VCALENDAR found, not an iCalendar feed", name=name))
    if len(cals) > 1:
        warnings.append(tr("{name}: {n} calendars in one file; merged", name=name, n=len(cals)))

    xwr = next((_text(c, "X-WR-TIMEZONE").strip() for c in cals if _text(c, "X-WR-TIMEZONE").strip()), None)
    if xwr and not is_zone(xwr):
        warnings.append(tr("{name}: X-WR-TIMEZONE {zone} is not a known time zone; ignored", name=name, zone=repr(xwr)))
        xwr = None
    prodid = next((_text(c, "PRODID") for c in cals if _text(c, "PRODID")), "")

    # Floating times are localised per event later (in X-WR-TIMEZONE, else the display zone), so the
    # x-wr-timezone rewrite is only needed where recurrences are expanded (see recur.expand_series).
    raws: list[Record] = []
    tzids: list[str] = []
    unknown_tzids: Counter[str] = Counter()
    all_starts: list[datetime] = []
    series_by_cal: dict[int, list[Any]] = {}
    for idx, cal in enumerate(cals):
        for ev in cal.walk("VEVENT"):
            try:
                _collect(ev, idx, name, warnings, raws, tzids, unknown_tzids, all_starts, series_by_cal, text)
            except Exception as exc:  # one unreadable event never costs the rest of the feed
                warnings.append(tr("{name}: skipped {event}: {problem}", name=name, event=_safe_label(ev),
                                   problem=one_line(exc, 80)))

    if series_by_cal:
        last = max(all_starts) if all_starts else datetime(2100, 1, 1)
        window_end = last + timedelta(days=366) if last < datetime.max - timedelta(days=366) else datetime.max
        from .recur import Budget, expand_series  # only for feeds with recurring events

        budget = Budget()
        for idx, series in series_by_cal.items():
            for occ, rid in expand_series(cals[idx], series, name, warnings, window_end, xwr, budget):
                start = _dt(occ, "DTSTART")
                if start is None:
                    continue
                try:
                    raws.append(_record(occ, start, rid))
                except Exception as exc:
                    warnings.append(tr("{name}: skipped {event}: {problem}", name=name, event=_safe_label(occ),
                                       problem=one_line(exc, 80)))
    names = [(_text(c, "X-WR-CALNAME").strip(), _text(c, "PRODID")) for c in cals]
    return Extract(raws, tzids, unknown_tzids, warnings, xwr, prodid, names)
