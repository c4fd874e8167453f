"""How days, dates and times read: the one helper every date shown to a person goes through.

:class:`Dates` writes them in English with a 24-hour clock, whatever the process's locale (the command
line's human text; its JSON stays ISO 8601). The window passes ``ui.i18n.LocalDates``, the same methods
through QLocale: the user's language, and a 12- or 24-hour clock as the language has it or the user chose.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, tzinfo

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


class Dates:
    """English, 24-hour: 'Tue 07 Apr', 'Tuesday 07 April 2026', '14:00'."""

    def day_tab(self, d: date) -> str:
        """A day in a tab or a short heading: 'Tue 07 Apr'."""
        return f"{DAYS[d.weekday()][:3]} {d.day:02d} {MONTHS[d.month - 1][:3]}"

    def day(self, d: date) -> str:
        """A day named in full without its year: 'Tuesday 07 April'."""
        return f"{DAYS[d.weekday()]} {d.day:02d} {MONTHS[d.month - 1]}"

    def day_long(self, d: date) -> str:
        """A day in full: 'Tuesday 07 April 2026'."""
        return f"{self.day(d)} {d.year}"

    def weekday(self, d: date) -> str:
        """'Tue'."""
        return DAYS[d.weekday()][:3]

    def time(self, t: datetime) -> str:
        """A time of day: '14:00'."""
        return f"{t.hour:02d}:{t.minute:02d}"

    def hour_mark(self, label: str) -> str:
        """A label of the grid's time axis ('14:00', as the core lays the day out) as this clock writes it."""
        return label

    all_day_text = "all day"

    def when(self, a: datetime, b: datetime, all_day: bool = False) -> str:
        """A session's time: its span, or 'all day' for a session of whole days."""
        return self.all_day_text if all_day else self.span(a, b)

    def span(self, a: datetime, b: datetime) -> str:
        """'14:00–15:30'; an end on another day with its day, and year if another: '09:00–Fri 10 Apr 10:00'."""
        return f"{self.time(a)}–{self.until(a, b)}"

    def until(self, a: datetime, b: datetime) -> str:
        """The end ``b`` of a time from ``a``: '15:30', or with its day (and year) on another: 'Fri 10 Apr 10:00'."""
        if b.date() == a.date():
            return self.time(b)
        year = "" if b.year == a.year else f" {b.year}"
        return f"{self.day_tab(b.date())}{year} {self.time(b)}"

    def day_time(self, t: datetime) -> str:
        """'Tue 07 Apr 14:00'."""
        return f"{self.day_tab(t.date())} {self.time(t)}"

    def weekday_time(self, t: datetime) -> str:
        """'Tue 14:00'."""
        return f"{self.weekday(t.date())} {self.time(t)}"


ENGLISH = Dates()


def local_text(iso: str | None, zone: tzinfo, show: Callable[[datetime], str] = ENGLISH.day_time) -> str:
    """An ISO time as ``zone``'s local time in words (``show``: "Tue 07 Apr 09:00", or a Dates method such as
    ``time``); what it was given if not a time."""
    try:
        return show(datetime.fromisoformat(iso).astimezone(zone))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return str(iso)
