"""Reading iCalendar text: bytes to text (BOM, invalid UTF-8, NUL bytes), a first look that refuses what is
not a calendar (HTML pages, empty files), and icalendar's parse into components, its errors turned into one
line naming the file and the line. Extraction (extract.py) and assembly (assemble.py) come after it.
"""
from __future__ import annotations

import re
from typing import Any

from ..errors import FeedError
from ..words import tr

MAX_TIMEZONES = 1_000
_VTIMEZONE = re.compile(r"^BEGIN:VTIMEZONE\s*$", re.M | re.I)


def one_line(text: object, limit: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------------------------- input
def decode(data: bytes, name: str, warnings: list[str]) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        warnings.append(tr("{where}: invalid UTF-8 replaced", where=tr("{name} line {line}", name=name, line=line)))
        text = data.decode("utf-8", errors="replace")
    return text.replace("\x00", "")


def check_looks_like_ical(text: str, name: str) -> None:
    head = text.lstrip()[:2048]
    if not head:
        raise FeedError(tr("{name}: empty file, not an iCalendar feed", name=name))
    upper = head.upper()
    if upper.startswith(("<!DOCTYPE HTML", "<HTML", "<?XML", "<")):
        raise FeedError(tr("{name}: this is a web page (HTML/XML), not a calendar feed", name=name))
    if not upper.startswith("BEGIN:"):
        raise FeedError(tr("{name} line {line}: not an iCalendar file (expected BEGIN:VCALENDAR)", name=name, line=1))
    if "BEGIN:VCALENDAR" not in text.upper() and "BEGIN:VEVENT" not in text.upper():
        raise FeedError(tr("{name}: not an iCalendar file (no BEGIN:VCALENDAR or BEGIN:VEVENT)", name=name))


def _line_of(text: str, message: str) -> int | None:
    """Line number of the content line quoted in an icalendar error message ('X': the whole line, else
    its first characters)."""
    m = re.search(r"'(.+?)'(?::|$)", message) or re.search(r"'(.+?)'", message)
    if not m:
        return None
    quoted = m.group(1)
    lines = text.split("\n")  # not splitlines(): form feeds are not line ends here
    for i, line in enumerate(lines, 1):
        if line.rstrip("\r") == quoted:
            return i
    needle = quoted[:20]
    if len(needle) < 3:
        return None
    for i, line in enumerate(lines, 1):
        if line.startswith(needle):
            return i
    return None


MAX_STRAY_LINES = 100  # stray lines skipped in one feed before it is refused


def _outside_events(lines: list[str], index: int) -> bool:
    """Whether line ``index`` (0-based) sits between components, not inside an event, to-do or alarm."""
    depth = 0
    for line in lines[:index]:
        word = line.strip().upper()
        if word.startswith("BEGIN:") and word != "BEGIN:VCALENDAR":
            depth += 1
        elif word.startswith("END:") and word != "END:VCALENDAR":
            depth -= 1
    return depth <= 0


def parse_components(text: str, name: str, warnings: list[str] | None = None) -> list[Any]:
    """The calendars in ``text`` (icalendar). A stray line that is not a property (no ":"), outside any
    event, is skipped with a warning naming its line, as lenient calendar readers do; anything else that
    cannot be parsed is refused with one line naming the line and saying what is wrong with it."""
    import icalendar

    zones = len(_VTIMEZONE.findall(text))
    if zones > MAX_TIMEZONES:  # 100,000 of them took 30 s and 700 MB to read; a schedule has a few
        raise FeedError(tr("{name}: {zones} time zone definitions (VTIMEZONE); a calendar feed has a few, and at most "
                           "{most} are read", name=name, zones=f"{zones:,}", most=f"{MAX_TIMEZONES:,}"))
    lines = text.split("\n")
    for _ in range(MAX_STRAY_LINES + 1):
        try:
            return icalendar.Calendar.from_ical(text, multiple=True)
        except RecursionError:
            raise FeedError(tr("{name}: components nested too deeply", name=name)) from None
        except Exception as exc:  # icalendar raises ValueError and friends; any failure is "unusable input"
            line = _line_of(text, str(exc))
            raw = lines[line - 1].rstrip("\r") if line else ""
            stray = line is not None and ":" not in raw and not raw.startswith((" ", "\t")) \
                and _outside_events(lines, line - 1)
            if warnings is None or line is None or not stray:
                where = tr("{name} line {line}", name=name, line=line) if line else name
                if raw:
                    raise FeedError(tr("{where}: not a calendar line ({raw}): the file is damaged or not iCalendar",
                                       where=where, raw=repr(one_line(raw, 60)))) from None
                raise FeedError(tr("{where}: cannot read this calendar ({reason})", where=where,
                                   reason=one_line(exc, 120))) from None
            warnings.append(tr("{where}: skipped a stray line outside any event ({raw})",
                               where=tr("{name} line {line}", name=name, line=line), raw=repr(one_line(raw, 60))))
            lines[line - 1] = ""
            text = "\n".join(lines)
    raise FeedError(tr("{name}: more than {n} stray lines; not a calendar file", name=name, n=MAX_STRAY_LINES))
