"""The schedule formats pentabarf, frab, pretalx and osem publish beside iCalendar (the C3VOC definitions):
``schedule.xml`` and its JSON twin ``schedule.json``, read into the same Schedule as a calendar feed.

Recognised by content, never by name (:func:`sniff`). XML is parsed with defusedxml: no entity expansion,
no external entities, nothing fetched. Times come from each event's ``date`` (ISO 8601 with its offset);
a ``date`` without an offset is read in the conference's ``time_zone_name``. The display zone is the
conference's ``time_zone_name`` (else ``--tz``, else the zone the offsets name, else the computer's).
HTML in abstracts and descriptions becomes plain text (tags dropped, never rendered). Each session's id is
its ``guid``, else its ``id``: stable across refreshes, as a calendar's UID is.
"""
from __future__ import annotations

import json
import re

from ..errors import FeedError
from ..model import Schedule
from ..words import tr
from .vocbuild import Builder
from .vocfields import opted_out as _opted_out
from .vocfields import plain_text

XML, JSON = "schedule.xml", "schedule.json"


def sniff(data: bytes) -> str | None:
    """XML or JSON when ``data`` is one of these formats (by its first bytes: a ``<schedule>`` root, a JSON
    object), None otherwise (iCalendar, a web page, anything else: the iCalendar reader says what it is)."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        return JSON
    if head.startswith(b"<") and re.search(rb"<schedule[\s>]", head):
        return XML
    return None


def read_xml(data: bytes, name: str, *, tz: str | None = None, local_zone: str | None = None) -> Schedule:
    """A ``schedule.xml``. Raises FeedError with one line (and the line number for malformed XML)."""
    return build_xml(data, name, tz=tz, local_zone=local_zone).schedule()


def build_xml(data: bytes, name: str, *, tz: str | None = None, local_zone: str | None = None) -> Builder:
    """read_xml's Builder, before the Schedule is made (a part of a large file, in a parse worker)."""
    import defusedxml.ElementTree as ET
    from defusedxml import DefusedXmlException

    try:
        root = ET.fromstring(data, forbid_dtd=True)
    except ET.ParseError as exc:
        line = getattr(exc, "position", (None,))[0]
        where = tr("{name} line {line}", name=name, line=line) if line else name
        raise FeedError(tr("{where}: not well-formed XML ({reason})", where=where, reason=str(exc).split(":")[0])) from None
    except DefusedXmlException as exc:
        what = {"DTDForbidden": tr("a DTD"), "EntitiesForbidden": tr("entity declarations"),
                "ExternalReferenceForbidden": tr("an external reference")}.get(type(exc).__name__, tr("a forbidden construct"))
        raise FeedError(tr("{name}: refused: the XML has {what}, which a schedule never needs (nothing was expanded "
                           "or fetched)", name=name, what=what)) from None
    if root.tag != "schedule":
        raise FeedError(tr("{name}: an XML file, but not a schedule.xml (its root is <{root}>)", name=name, root=root.tag))
    b = Builder(name, tz, local_zone, XML)
    conf = root.find("conference")
    b.title = (conf.findtext("title") or "").strip() if conf is not None else ""
    if conf is not None:
        b.set_zone((conf.findtext("time_zone_name") or "").strip())
        b.set_day_change((conf.findtext("day_change") or "").strip())
        colour = conf.find("color")
        b.set_colour(colour.get("primary") if colour is not None else None)
    for track in root.findall("tracks/track") + root.findall("conference/track") + root.findall("conference/tracks/track"):
        b.add_track(track.get("name") or track.text, track.get("color"))
    for room in root.findall("rooms/room") + root.findall("conference/rooms/room"):
        b.add_room(room.get("name") or room.text)
    for day in root.iter("day"):
        b.add_day(day.get("date"), day.get("end"))
        for room in day.findall("room"):
            b.add_room(room.get("name"))
            for ev in room.findall("event"):
                persons = [b.add_person(p.text, p.get("guid") or p.get("id"), p.get("biography") or p.findtext("biography"))
                           for p in ev.findall("persons/person")]
                optout = _opted_out(ev.findtext("recording/optout"))
                links = [(a.text, a.get("href")) for a in ev.findall("links/link") + ev.findall("attachments/attachment")]
                b.add(recorded=None if optout is None else not optout, language=ev.findtext("language"), links=links,
                      guid=ev.get("guid"), ident=ev.get("id"), title=ev.findtext("title"), date=ev.findtext("date"),
                      start=ev.findtext("start"), day=day.get("date"), duration=ev.findtext("duration"),
                      room=ev.findtext("room") or room.get("name"), track=ev.findtext("track"), persons=persons,
                      abstract=ev.findtext("abstract"), description=ev.findtext("description"),
                      url=ev.findtext("url"), subtitle=ev.findtext("subtitle"), feedback=ev.findtext("feedback_url"))
    return b


def read_json(data: bytes, name: str, *, tz: str | None = None, local_zone: str | None = None) -> Schedule:
    """A ``schedule.json``. Raises FeedError with one line (and the line for malformed JSON)."""
    return build_json(data, name, tz=tz, local_zone=local_zone).schedule()


def build_json(data: bytes, name: str, *, tz: str | None = None, local_zone: str | None = None) -> Builder:
    """read_json's Builder, before the Schedule is made (a part of a large file, in a parse worker)."""
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise FeedError(tr("{name}: not UTF-8 text", name=name)) from None
    except json.JSONDecodeError as exc:
        raise FeedError(tr("{where}: not valid JSON ({reason})", where=tr("{name} line {line}", name=name, line=exc.lineno),
                           reason=exc.msg)) from None
    except RecursionError:
        raise FeedError(tr("{name}: JSON nested too deeply", name=name)) from None
    conf = doc.get("schedule", {}).get("conference") if isinstance(doc, dict) and isinstance(doc.get("schedule"), dict) else None
    if not isinstance(conf, dict):
        raise FeedError(tr("{name}: JSON, but not a schedule.json (no schedule.conference)", name=name))
    b = Builder(name, tz, local_zone, JSON)
    b.title = str(conf.get("title") or "")
    b.set_zone(conf.get("time_zone_name") if isinstance(conf.get("time_zone_name"), str) else None)
    b.set_day_change(conf.get("day_change") if isinstance(conf.get("day_change"), str) else None)
    colours = conf.get("colors")
    b.set_colour(colours.get("primary") if isinstance(colours, dict) else None)
    tracks, listed_rooms = conf.get("tracks"), conf.get("rooms")
    for x in tracks if isinstance(tracks, list) else []:
        if isinstance(x, dict):
            b.add_track(x.get("name"), x.get("color"))
    for x in listed_rooms if isinstance(listed_rooms, list) else []:
        if isinstance(x, dict):
            b.add_room(x.get("name"))
    days = conf.get("days")
    for day in days if isinstance(days, list) else []:
        rooms = day.get("rooms") if isinstance(day, dict) else None
        if not isinstance(rooms, dict):
            continue
        b.add_day(day.get("date"), day.get("day_end"))
        for room_name, events in rooms.items():
            b.add_room(room_name)
            for ev in events if isinstance(events, list) else []:
                if not isinstance(ev, dict):
                    continue
                people = ev.get("persons")
                persons = [b.add_person(p.get("public_name") or p.get("name"), p.get("guid") or p.get("code") or p.get("id"),
                                        p.get("biography")) if isinstance(p, dict) else b.add_person(p, None, None)
                           for p in (people if isinstance(people, list) else [])]
                optout = _opted_out(ev.get("do_not_record"))
                pairs = []
                for key in ("links", "attachments"):
                    found = ev.get(key)
                    pairs += [(x.get("title"), x.get("url")) for x in (found if isinstance(found, list) else [])
                              if isinstance(x, dict)]
                b.add(recorded=None if optout is None else not optout, language=ev.get("language"), links=pairs,
                      guid=ev.get("guid"), ident=ev.get("id"), title=ev.get("title"), date=ev.get("date"),
                      start=ev.get("start"), day=day.get("date"), duration=ev.get("duration"),
                      room=ev.get("room") or room_name, track=ev.get("track"), persons=persons,
                      abstract=ev.get("abstract"), description=ev.get("description"), url=ev.get("url"),
                      subtitle=ev.get("subtitle"), feedback=ev.get("feedback_url"))
    return b


def read(data: bytes, name: str, kind: str, *, tz: str | None = None, local_zone: str | None = None) -> Schedule:
    return build(data, name, kind, tz=tz, local_zone=local_zone).schedule()


def build(data: bytes, name: str, kind: str, *, tz: str | None = None, local_zone: str | None = None) -> Builder:
    return (build_xml if kind == XML else build_json)(data, name, tz=tz, local_zone=local_zone)


__all__ = ["JSON", "XML", "build", "plain_text", "read", "read_json", "read_xml", "sniff"]
