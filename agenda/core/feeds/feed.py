"""Read an iCalendar schedule feed into a :class:`Schedule`, in this process: reading (reading.py), then
extraction (extract.py), then assembly (assemble.py).

Parsing is icalendar's; those modules decide what each event *means* for a conference attendee: which zone
floating times belong to, how recurrences become occurrences with their own ids, what the room and venue
are, and which events cannot be understood (skipped with a warning that names them). This function never
starts a process; the loading layer (loading.py) decides when parse workers (workers.py) help.
"""
from __future__ import annotations

from typing import BinaryIO

from ..model import Schedule
from ..words import tr
from .assemble import assemble, room_and_venue
from .extract import Extract, extract
from .reading import check_looks_like_ical, decode
from .source import FeedError, read_source
from .tz import is_zone


def read_feed_bytes(
    data: bytes | str,
    source: str = "<feed>",
    *,
    tz: str | None = None,
    local_zone: str | None = None,
    extracted: Extract | None = None,
) -> Schedule:
    """Parse feed bytes into a Schedule, in this process. Raises FeedError (one line) for unusable input.

    ``extracted``: the records parse workers already extracted from these same bytes (workers.py), so only
    the assembly is left to do here; the result is the same Schedule.

    The cyclic garbage collector is paused meanwhile: parsing makes hundreds of thousands of objects
    that live until the end, and collecting over them repeatedly costs ~15% of the parse."""
    import gc

    if tz is not None and not is_zone(tz):
        raise FeedError(tr("unknown time zone {name} (use an IANA name such as Europe/Paris)", name=repr(tz)))
    paused = gc.isenabled()
    gc.disable()
    try:
        ex = extracted if extracted is not None else extract_bytes(data, source)
        return assemble(ex, source, source, tz, local_zone)
    finally:
        if paused:
            gc.enable()


def extract_bytes(data: bytes | str, name: str) -> Extract:
    """Reading and extraction: the feed's records, with the warnings of repairing its text first."""
    warnings: list[str] = []
    text = data if isinstance(data, str) else decode(data, name, warnings)
    ex = extract_text(text, name)
    ex.warnings[:0] = warnings
    return ex


def extract_text(text: str, name: str) -> Extract:
    """The records of a feed's text (a parse worker's whole job). Raises FeedError."""
    if text.startswith("\ufeff"):
        text = text[1:]
    check_looks_like_ical(text, name)
    return extract(text, name)


def read_feed(source: str, *, tz: str | None = None, local_zone: str | None = None,
              stdin: BinaryIO | None = None) -> Schedule:
    data, name = read_source(source, stdin=stdin)
    return read_feed_bytes(data, name, tz=tz, local_zone=local_zone)


__all__ = ["FeedError", "read_feed", "read_feed_bytes", "read_source", "room_and_venue", "extract_bytes", "extract_text"]
