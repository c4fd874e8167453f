"""Recurring events expanded into occurrences, lazily and within bounds: MAX_OCCURRENCES per series, a
budget of occurrences and seconds per feed, and no expansion of a rule repeating every second (a 977-byte
feed must not fill the memory). Every cut is said in a warning. Used by extract.py."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

from ..words import tr
from .extract import _anchor, _dt, _label, _rid_text, _text
from .reading import one_line

MAX_OCCURRENCES = 1000  # of one recurring series
MAX_FEED_OCCURRENCES = 20_000  # of all series in a feed together (a conference has a few thousand sessions)
EXPAND_SECONDS = 10.0  # spent expanding a feed's recurrences, at most
TOO_FREQUENT = ("SECONDLY",)  # a session never repeats every second: such a rule is shown as written
MIN_STEP = timedelta(minutes=15)  # the narrowest window looked in for a series' next occurrence


class Budget:
    """What expanding one feed's recurrences may still spend: occurrences and time (``clock`` for tests)."""

    def __init__(self, occurrences: int = MAX_FEED_OCCURRENCES, seconds: float = EXPAND_SECONDS,
                 clock: Any = None) -> None:
        import time as _time

        self.clock = clock or _time.monotonic
        self.left = occurrences
        self.deadline = self.clock() + seconds
        self.seconds = seconds
        self.spent_reason = ""  # set once the budget ran out: what ran out

    def out_of_time(self) -> bool:
        """Whether the time has run out (then ``spent_reason`` says so)."""
        if self.clock() > self.deadline:
            self.spent_reason = f"{self.seconds:g} s"
            return True
        return False

    def take(self) -> bool:
        """Count one occurrence; False once occurrences or time have run out."""
        if self.left <= 0:
            self.spent_reason = tr("{n} occurrences", n=MAX_FEED_OCCURRENCES)
        elif not self.out_of_time():
            self.left -= 1
            return True
        return False


def expand_series(
    cal: Any, series: list[Any], name: str, warnings: list[str], window_end: datetime, xwr: str | None,
    budget: Budget | None = None,
) -> list[tuple[Any, str]]:
    """Occurrences of recurring events, as (component, recurrence-id text).

    Each UID's components (master plus RECURRENCE-ID overrides) are expanded on their own, so one
    broken rule costs only that series: it falls back to the components as written, with a warning.
    Expansion is lazy and bounded: MAX_OCCURRENCES per series, and ``budget`` (occurrences and time) for
    the whole feed; a rule repeating every second is not expanded. Every cut is said in a warning.
    """
    budget = budget or Budget()
    import icalendar
    import recurring_ical_events
    import x_wr_timezone

    timezones = list(cal.walk("VTIMEZONE"))
    groups: dict[str, list[Any]] = {}
    for comp in series:
        _repair_dates(comp, name, warnings)
        groups.setdefault(_text(comp, "UID"), []).append(comp)
    out: list[tuple[Any, str]] = []
    for comps in groups.values():
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
                warnings.append(tr("{name}: could not apply X-WR-TIMEZONE {zone}: {reason}", name=name, zone=repr(xwr),
                                   reason=one_line(exc, 80)))
        endless = any(_endless(c) for c in comps)
        frequent = next((f for c in comps for f in _frequencies(c) if f in TOO_FREQUENT), None)
        if frequent or budget.spent_reason:
            if frequent:
                warnings.append(tr("{name}: recurring event {event} repeats every second (FREQ={freq}); shown once, as "
                                   "written", name=name, event=_label(comps[0]), freq=frequent))
            out.extend((c, _rid_text(_dt(c, "RECURRENCE-ID") or _dt(c, "DTSTART"))) for c in comps  # type: ignore[arg-type]
                       if _dt(c, "DTSTART") is not None)
            continue
        try:
            occurrences: list = []
            query = recurring_ical_events.of(sub)
            # Lazily, in start order. A rule with COUNT or UNTIL, or RDATEs alone, says where it ends: all of
            # it (up to the caps). Only a rule that never ends is cut, a year after the feed's last date.
            # From a day before the first start, not from year 1: the query looks in growing windows of
            # time, and one of those spanning centuries would hold millions of occurrences of a frequent rule.
            starts = [_anchor(d) for d in (_dt(c, "DTSTART") for c in comps) if d is not None]
            starts += _listed(comps)  # an RDATE may be earlier than DTSTART
            for occ in _in_order(query, min(starts) - timedelta(days=1), budget):
                if endless and _anchor(_dt(occ, "DTSTART")) > window_end:  # type: ignore[arg-type]
                    warnings.append(tr("{name}: recurring event {event} repeats without end; showing its occurrences up "
                                       "to {date}", name=name, event=_label(comps[0]), date=f"{window_end:%Y-%m-%d}"))
                    occurrences += _listed_after(query, comps, window_end, budget)  # dates given by hand stay
                    break
                if len(occurrences) == MAX_OCCURRENCES:
                    warnings.append(
                        f"{name}: recurring event {_label(comps[0])} has more than {MAX_OCCURRENCES} "
                        f"occurrences; showing the first {MAX_OCCURRENCES}"
                    )
                    break
                if not budget.take():
                    warnings.append(tr("{name}: recurring events stopped expanding at {limit} (at {event}); later "
                                       "occurrences are not shown", name=name, limit=budget.spent_reason,
                                       event=_label(comps[0])))
                    break
                occurrences.append(occ)
            else:  # the series ended, or the time ran out while looking for its next occurrence
                if budget.out_of_time():
                    warnings.append(tr("{name}: recurring events stopped expanding at {limit} (at {event}); later "
                                       "occurrences are not shown", name=name, limit=budget.spent_reason,
                                       event=_label(comps[0])))
        except Exception as exc:  # a broken rule must not take the rest of the feed down
            warnings.append(tr("{name}: could not expand the recurrence of {event} ({reason}); shown as written", name=name,
                               event=_label(comps[0]), reason=one_line(exc, 80)))
            occurrences = comps
        for occ in occurrences:
            rid_value = _dt(occ, "RECURRENCE-ID") or _dt(occ, "DTSTART")
            out.append((occ, _rid_text(rid_value)))  # type: ignore[arg-type]  # DTSTART is always there
    return out


def _listed_after(query: Any, comps: list[Any], after: datetime, budget: Budget) -> list[Any]:
    """The occurrences at dates the organiser listed by hand (RDATE) after ``after``, where an endless rule
    is cut: each is a date someone chose, never an endless stream."""
    listed = sorted({when for when in _listed(comps) if when > after})
    found = []
    for when in listed[:MAX_OCCURRENCES]:
        for occ in query.between(when, when + timedelta(minutes=1)):
            if _anchor(_dt(occ, "DTSTART")) == when and budget.take():  # type: ignore[arg-type]
                found.append(occ)
    return found


def _in_order(query: Any, start: datetime, budget: Budget) -> Iterator[Any]:
    """The series' occurrences from ``start`` on, in start order, as recurring_ical_events' ``after()`` gives
    them, except that the window looked in grows again whenever it holds nothing new. ``after()`` narrows its
    window while any occurrence overlaps it, also one it returned before: one event lasting decades (a DTSTART
    typed 1969 for 2024) made it step through them 15 minutes at a time, for hours, returning nothing, so no
    budget could stop it. Here the budget's clock is read at each window."""
    step, seen = timedelta(days=1), set()
    while not budget.out_of_time():
        try:
            end = start + step
        except OverflowError:
            return
        found = []
        for occ in query.between(start, end):
            begins = _anchor(_dt(occ, "DTSTART"))  # type: ignore[arg-type]
            key = (_rid_text(_dt(occ, "RECURRENCE-ID") or _dt(occ, "DTSTART")), begins)  # type: ignore[arg-type]
            if key not in seen:
                seen.add(key)
                found.append((begins, occ))
        found.sort(key=lambda pair: pair[0])
        yield from (occ for _, occ in found)
        step = max(step / 2, MIN_STEP) if found else step * 2
        start = end


def _listed(comps: list[Any]) -> list[datetime]:
    """The start of each date the series' organiser listed by hand (RDATE: a date, a time or a PERIOD's start)."""
    return [_anchor(d.dt[0] if isinstance(d.dt, tuple) else d.dt)
            for c in comps for rd in _as_list(c.get("RDATE")) for d in rd.dts]


def _repair_dates(component: Any, name: str, warnings: list[str]) -> None:
    """RDATE and EXDATE values icalendar could not read, repaired in place. A date written with a UTC "Z"
    (Google Calendar's birthdays: ``RDATE:20131210Z``) is that date, as ical.js reads it; any other is left out
    with a warning, so that the rest of the series still repeats instead of falling back to the event as written."""
    import icalendar

    for prop in ("RDATE", "EXDATE"):
        looked = [(v, _unreadable(v)) for v in _as_list(component.get(prop))]
        broken = [v for v, bad in looked if bad]
        if not broken:
            continue
        kept, dates = [v for v, bad in looked if not bad], []
        for item in (i.strip() for v in broken for i in v.to_ical().decode("utf-8", "replace").split(",")):
            when = _date_with_z(item)
            if when is None:
                warnings.append(tr("{name}: {event}: ignored an unreadable {prop} {text}", name=name,
                                   event=_label(component), prop=prop, text=repr(one_line(item, 40))))
            else:
                dates.append(when)
        if dates:
            kept.append(icalendar.prop.vDDDLists(dates))
        del component[prop]
        if kept:
            component[prop] = kept if len(kept) > 1 else kept[0]


def _unreadable(value: Any) -> bool:
    try:
        value.dts  # noqa: B018  (a broken property raises on any attribute its type would have)
    except Exception:
        return True
    return False


def _date_with_z(text: str) -> date | None:
    """``20131210Z``, a DATE with the "Z" of a UTC time: the date; None for anything else."""
    if len(text) != 9 or text[8] != "Z" or not text[:8].isdigit():
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


def _as_list(value: Any) -> list[Any]:
    return [] if value is None else value if isinstance(value, list) else [value]


def _rules(component: Any) -> list[Any]:
    """The RRULEs of a component that icalendar could read (each a vRecur, a dict). One it could not read
    ("UNTIL=>0140806T060000Z") is left to the expansion, which says so and shows the event as written."""
    rules = component.get("RRULE")
    return [r for r in (rules if isinstance(rules, list) else [rules]) if isinstance(r, dict)]


def _frequencies(component: Any) -> list[str]:
    """The FREQ of each RRULE of a component, upper-case."""
    return [str(f).upper() for r in _rules(component) for f in (r.get("FREQ") or [])]


def _endless(component: Any) -> bool:
    """A component with an RRULE that has neither COUNT nor UNTIL."""
    return any("COUNT" not in r and "UNTIL" not in r for r in _rules(component))
