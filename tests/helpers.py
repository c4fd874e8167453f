"""Small helpers shared by tests (no fixtures here)."""
from __future__ import annotations

import io
import json

from agenda.cli import main


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self):
        return json.loads(self.out)


class _Stdout(io.StringIO):
    def __init__(self) -> None:
        super().__init__()
        self.buffer = io.BytesIO()


def run_cli(*args: str, stdin: bytes | None = None) -> Result:
    """Run the real command-line entry point in-process and capture what it prints."""
    out, err = _Stdout(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err, stdin=io.BytesIO(stdin) if stdin is not None else None)
    text = out.getvalue() + out.buffer.getvalue().decode("utf-8", errors="replace")
    return Result(code, text, err.getvalue())


def by_title(schedule, title: str):
    matches = [s for s in schedule.sessions if s.title == title]
    assert matches, f"no session titled {title!r}"
    return matches[0]


def edit_feed(path, uid: str, *, shift=None, location=None, summary=None, status=None, remove=False):
    """Change one event of a feed file the way an organiser would, using icalendar (not text edits)."""
    import icalendar

    cal = icalendar.Calendar.from_ical(path.read_bytes())
    for ev in list(cal.subcomponents):
        if ev.name != "VEVENT" or str(ev.get("UID")) != uid:
            continue
        if remove:
            cal.subcomponents.remove(ev)
            continue
        if shift is not None:
            start, end = ev["DTSTART"].dt + shift, ev["DTEND"].dt + shift
            del ev["DTSTART"], ev["DTEND"]
            ev.add("DTSTART", start)
            ev.add("DTEND", end)
        if location is not None:
            ev["LOCATION"] = icalendar.vText(location)
        if summary is not None:
            ev["SUMMARY"] = icalendar.vText(summary)
        if status is not None:
            ev["STATUS"] = icalendar.vText(status)
    path.write_bytes(cal.to_ical())
