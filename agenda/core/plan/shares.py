"""Picks shared by the phone apps that read schedule.xml/json, read into importing.Event records:

- **Giggity** shares a selection as a link, ``https://ggt.gaa.st/#url=<feed URL>&see=<ids>`` (ScheduleUI.
  exportLink): ``see`` is base64url (no padding) of zlib of a JSON list of event ids, numbers where the id is
  one. Nothing is fetched: the link carries the ids. ``del`` (the same encoding) lists the events hidden in
  Giggity: they are matched and counted, never picked or unpicked (Agenda hides no single session; Giggity's own
  import leaves hidden events out unless asked, ImportView).
- **EventFahrplan** shares favourites as JSON (JsonSessionFormat: ``{"lectures": [...]}``) or as plain text
  (SimpleSessionFormat): blocks of title / localised date and time, room / URL, between ``---`` lines.
"""
from __future__ import annotations

import base64
import binascii
import json
import re
import zlib
from datetime import datetime
from urllib.parse import unquote, urlsplit

from ..errors import FeedError
from ..words import tr
from .importing import Event

GIGGITY_HOST = "ggt.gaa.st"
MAX_IDS_BYTES = 1_000_000  # what a "see" list may inflate to: far more than any conference has ids


def is_giggity_link(text: str) -> bool:
    """Whether ``text`` (a pasted link, a file's content) is a Giggity share link with a selection."""
    text = text.strip()
    if not text.lower().startswith(("https://", "http://")) or len(text.split()) != 1:
        return False
    parts = urlsplit(text)
    return parts.hostname == GIGGITY_HOST and ("see=" in parts.fragment or "del=" in parts.fragment)


def read_giggity_link(text: str, name: str) -> list[Event]:
    """The events a Giggity link selects (``see``), as ids (matched to the feed's guid or event id), then the
    ones it hides (``del``, Event.hidden)."""
    params = dict(p.split("=", 1) for p in urlsplit(text.strip()).fragment.split("&") if "=" in p)
    return [Event(str(i), f"event {i}", None, "", False, "", hidden=key == "del")
            for key in ("see", "del") for i in _giggity_ids(unquote(params.get(key, "")), key, name)]


def _giggity_ids(raw: str, key: str, name: str) -> list:
    if not raw:
        return []
    try:
        packed = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))
        inflate = zlib.decompressobj()
        body = inflate.decompress(packed, MAX_IDS_BYTES)
        if inflate.unconsumed_tail:
            raise FeedError(tr("{name}: the Giggity link's selection is too large", name=name))
        ids = json.loads(body.decode("utf-8"))
    except (binascii.Error, ValueError, zlib.error, UnicodeDecodeError, RecursionError):
        raise FeedError(tr("{name}: a Giggity link, but its selection ({key}=) cannot be read", name=name, key=key)) from None
    if not isinstance(ids, list):
        raise FeedError(tr("{name}: a Giggity link, but its selection ({key}=) is not a list of events", name=name, key=key))
    return [i for i in ids if isinstance(i, (int, str)) and not isinstance(i, bool) and str(i).strip()]


def read_fahrplan_share(data: bytes, name: str) -> list[Event]:
    """EventFahrplan's "share favourites as JSON" (sharing/JsonSessionFormat.kt): ``{"lectures":
    [{"lecture_id", "title", "url", "starts_at": "…Z", …}]}``. Its ``lecture_id`` is the schedule.xml event
    id (matched through Schedule.feed_ids), then URL, then start and title."""
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise FeedError(tr("{name}: not valid JSON", name=name)) from None
    lectures = doc.get("lectures") if isinstance(doc, dict) else None
    if not isinstance(lectures, list):
        raise FeedError(tr("{name}: JSON, but not an EventFahrplan favourites share (no \"lectures\")", name=name))
    out = []
    for lec in lectures:
        if not isinstance(lec, dict):
            continue
        start = None
        try:
            start = datetime.fromisoformat(str(lec.get("starts_at") or "").replace("Z", "+00:00"))
            start = start if start.tzinfo is not None else None
        except ValueError:
            pass
        out.append(Event(str(lec.get("lecture_id") or ""), str(lec.get("title") or "").strip(), start,
                         str(lec.get("url") or ""), False, ""))
    return out


_CLOCK = re.compile(r"(?<![\d:+-])(\d{1,2})[:.](\d{2})(?:\s*([AaPp])\.?\s*[Mm]\b)?")


def looks_like_fahrplan_text(text: str) -> bool:
    """Whether ``text`` is EventFahrplan's plain-text share: a title line, then a line with a time of day."""
    lines = [line for line in text.strip().splitlines()]
    return len(lines) >= 2 and "BEGIN:VCALENDAR" not in text[:4096].upper() and bool(_CLOCK.search(lines[1]))


def read_fahrplan_text(text: str, name: str) -> list[Event]:
    """EventFahrplan's plain-text share (sharing/SimpleSessionFormat.kt). The date is written in the phone's
    language ("Freitag, 27. Dezember 2019, 11:00 MEZ (Europe/Berlin), Room"), so only its time of day is
    read (``Event.clock``: it tells apart sessions with the same title); the URL is matched first."""
    out = []
    for block in re.split(r"\n[ \t]*---[ \t]*\n", text.replace("\r\n", "\n").strip()):
        lines = [line.strip() for line in block.strip().splitlines()]
        if len(lines) < 2 or not lines[0]:
            continue
        url = next((line for line in lines[2:] if line.lower().startswith(("http://", "https://"))), "")
        clock = None
        m = _CLOCK.search(lines[1])
        if m:
            hour, minute = int(m.group(1)), int(m.group(2))
            if m.group(3):
                hour = hour % 12 + (12 if m.group(3).lower() == "p" else 0)
            clock = (hour, minute) if hour < 24 and minute < 60 else None
        out.append(Event("", lines[0], None, url, False, "", clock=clock))
    if not out:
        raise FeedError(tr("{name}: no sessions in this EventFahrplan share", name=name))
    return out
