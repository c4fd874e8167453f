"""A large schedule.xml or schedule.json cut into parts for the parse workers: each part is the file's head
(conference, tracks, rooms) with a run of consecutive whole days, so that each reads into a Builder
(vocbuild.py) and the Builders, merged in order, are the whole file's. None where the file is not that simple
(a single day, a day marker inside CDATA or a comment, not one object): the one-process path then reads it, and
reports any error with its line."""
from __future__ import annotations

import json
import re

from .voc import JSON, XML

_DAY = re.compile(rb"<day[\s>]|</day\s*>")


def split(data: bytes, kind: str, parts: int) -> list[bytes] | None:
    return (split_xml if kind == XML else split_json if kind == JSON else _none)(data, parts)


def _none(data: bytes, parts: int) -> None:
    return None


def split_xml(data: bytes, parts: int) -> list[bytes] | None:
    """Parts of whole ``<day>`` elements, cut on the raw bytes (a marker is ASCII: no UTF-8 sequence is cut).
    ``<day>`` never nests; any day marker inside CDATA or a comment makes the file too irregular to cut."""
    if b"<![CDATA[" in data or b"<!--" in data[data.find(b"<day"):]:
        return None
    days: list[tuple[int, int]] = []
    start = None
    for m in _DAY.finditer(data):
        if m.group().startswith(b"</"):
            if start is None:
                return None
            days.append((start, m.end()))
            start = None
        elif start is not None:
            return None  # a day inside a day: not a schedule.xml we can cut
        else:
            start = m.start()
    parts = min(parts, len(days))
    if start is not None or parts < 2:
        return None
    head, tail = data[:days[0][0]], data[days[-1][1]:]
    if _DAY.search(tail) or b"</schedule>" not in tail:
        return None
    return [head + b"\n".join(data[a:b] for a, b in group) + tail for group in _groups(days, parts)]


def split_json(data: bytes, parts: int) -> list[bytes] | None:
    """Parts with a run of whole ``conference.days`` each (the parse is C, fast; the events are the slow part)."""
    try:
        doc = json.loads(data.decode("utf-8-sig"))
        days = doc["schedule"]["conference"]["days"]
    except (ValueError, KeyError, TypeError, RecursionError, UnicodeDecodeError):
        return None
    if not isinstance(days, list) or len(days) < 2:
        return None
    parts = min(parts, len(days))
    out = []
    sizes = [(i, i + 1) for i in range(len(days))]
    weights = [len(json.dumps(d)) for d in days]
    for group in _groups(sizes, parts, weights):
        doc["schedule"]["conference"]["days"] = [days[i] for i, _ in group]
        out.append(json.dumps(doc, ensure_ascii=False).encode())
    return out


def _groups(spans: list[tuple[int, int]], parts: int, weights: list[int] | None = None) -> list[list[tuple[int, int]]]:
    """``spans`` in ``parts`` runs of consecutive spans of about equal size (bytes), none empty."""
    weights = weights or [b - a for a, b in spans]
    share = sum(weights) / parts
    groups: list[list[tuple[int, int]]] = [[]]
    done = 0
    for i, (span, w) in enumerate(zip(spans, weights, strict=True)):
        left = len(spans) - i  # spans still to place, this one included
        if groups[-1] and len(groups) < parts and (done >= share * len(groups) or left == parts - len(groups)):
            groups.append([])
        groups[-1].append(span)
        done += w
    return groups
