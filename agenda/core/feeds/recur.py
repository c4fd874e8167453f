"""Recurring events expanded into occurrences, lazily and within bounds: MAX_OCCURRENCES per series, a
budget of occurrences and seconds per feed, and no expansion of a rule repeating every second (a 977-byte
feed must not fill the memory). Every cut is said in a warning. Used by extract.py."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from ..words import tr
from .extract import _anchor, _dt, _label, _rid_text, _text
from .reading import one_line

MAX_OCCURRENCES = 1000  # of one recurring series
MAX_FEED_OCCURRENCES = 20_000  # of all series in a feed together (a conference has a few thousand sessions)
EXPAND_SECONDS = 10.0  # spent expanding a feed's recurrences, at most
TOO_FREQUENT = ("SECONDLY",)  # a session never repeats every second: such a rule is shown as written


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

    def take(self) -> bool:
        """Count one occurrence; False once occurrences or time have run out."""
        if self.left <= 0:
            self.spent_reason = tr("{n} occurrences", n=MAX_FEED_OCCURRENCES)
        elif self.clock() > self.deadline:
            self.spent_reason = f"{self.seconds:g} s"
        else:
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
            for occ in query.after(min(starts) - timedelta(days=1)):
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
    listed = sorted({_anchor(d.dt) for c in comps for rd in _as_list(c.get("RDATE")) for d in rd.dts
                     if _anchor(d.dt) > after})
    found = []
    for when in listed[:MAX_OCCURRENCES]:
        for occ in query.between(when, when + timedelta(minutes=1)):
            if _anchor(_dt(occ, "DTSTART")) == when and budget.take():  # type: ignore[arg-type]
                found.append(occ)
    return found


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
