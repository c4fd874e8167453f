"""Hostile input: thousands of mutated real feeds. The reader returns sessions plus warnings, or
raises one clear FeedError; never another exception, a hang, or a session that ends before it starts.

The quick run is part of `make test`; `pytest -m slow tests/test_fuzz.py` runs the long one.
"""
from __future__ import annotations

import signal
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agenda.core.feeds.feed import FeedError, read_feed_bytes

from .conftest import FEEDS, SEED

CORPUS = {
    "seed": SEED.read_bytes()[:60_000],
    "pretalx": (FEEDS / "pyconau2023_pretalx.ics").read_bytes()[:40_000],
    "fosdem": (FEEDS / "fosdem2026_pentabarf.ics").read_bytes()[:40_000],
    "google": (FEEDS / "google_677_recurrence_ids.ics").read_bytes()[:40_000],
    "icspy": (FEEDS / "inpycon2021_icspy.ics").read_bytes(),
    "khal": (FEEDS / "rrule_recurrence_id_override.ics").read_bytes(),
    "exchange": (FEEDS / "exchange2010_undefined_tzid.ics").read_bytes(),
}
HANG_SECONDS = 30


@contextmanager
def no_hang(seconds: int = HANG_SECONDS):
    def boom(signum, frame):
        raise AssertionError(f"reader still running after {seconds} s: a hang")

    old = signal.signal(signal.SIGALRM, boom)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def _common(draw, kind: str, data: bytes) -> bytes | None:
    """The mutations every format takes (cut, flip a byte, drop or repeat a line); None for another kind."""
    if kind == "truncate":
        return data[: draw(st.integers(0, len(data)))]
    if kind == "flip":
        if not data:
            return data
        pos = draw(st.integers(0, len(data) - 1))
        return data[:pos] + bytes([data[pos] ^ draw(st.integers(1, 255))]) + data[pos + 1:]
    if kind in ("drop_line", "dup_line"):
        lines = _lines(data)
        i = draw(st.integers(0, max(0, len(lines) - 1)))
        if kind == "drop_line":
            del lines[i]
        else:
            lines.insert(i, lines[i])
        return b"\n".join(lines)
    return None


@st.composite
def mutated(draw):
    data = draw(st.sampled_from(sorted(CORPUS)))
    data = CORPUS[data]
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from([
            "truncate", "flip", "drop_line", "dup_line", "move_fold", "mix_eol", "bad_utf8", "huge_line",
            "nest", "unterminated", "absurd_date", "absurd_duration", "swap_times", "garbage_param",
        ]))
        common = _common(draw, kind, data)
        if common is not None:
            data = common
            continue
        lines = _lines(data)
        i = draw(st.integers(0, max(0, len(lines) - 1)))
        if kind == "move_fold":
            lines[i] = b" " + lines[i]
            data = b"\n".join(lines)
        elif kind == "mix_eol":
            data = b"\n".join(l.rstrip(b"\r") + (b"\r" if j % 2 else b"") for j, l in enumerate(lines))
        elif kind == "bad_utf8":
            data = b"\n".join(lines[:i] + [lines[i] + b"\xff\xfe\xc3"] + lines[i + 1:])
        elif kind == "huge_line":
            lines.insert(i, b"DESCRIPTION:" + b"x" * draw(st.integers(1000, 300_000)))
            data = b"\n".join(lines)
        elif kind == "nest":
            depth = draw(st.integers(1, 400))
            lines.insert(i, b"BEGIN:VEVENT\n" * depth + b"END:VEVENT\n" * draw(st.integers(0, depth)))
            data = b"\n".join(lines)
        elif kind == "unterminated":
            data = b"\n".join(l for l in lines if not l.startswith(b"END:"))
        elif kind == "absurd_date":
            year = draw(st.sampled_from([b"0000", b"0001", b"9999", b"1600", b"2100", b"99999"]))
            data = data.replace(b"DTSTART:2026", b"DTSTART:" + year, 1).replace(b"DTSTART;TZID=Australia/Adelaide:2023", b"DTSTART;TZID=Australia/Adelaide:" + year, 1)
        elif kind == "absurd_duration":
            lines.insert(i, draw(st.sampled_from([b"DURATION:P99999999W", b"DURATION:-PT5H", b"DURATION:PT", b"DURATION:P1Y"])))
            data = b"\n".join(lines)
        elif kind == "swap_times":
            data = data.replace(b"DTSTART", b"DTXXXXX", 1).replace(b"DTEND", b"DTSTART", 1).replace(b"DTXXXXX", b"DTEND", 1)
        elif kind == "garbage_param":
            lines[i] = lines[i].replace(b":", b";;X=\"\\:", 1)
            data = b"\n".join(lines)
    return data


def check(data: bytes) -> None:
    with no_hang():
        try:
            schedule = read_feed_bytes(data, "mutant.ics", local_zone="Europe/Paris")
        except FeedError as exc:
            message = str(exc)
            assert message.startswith("mutant.ics") and "\n" not in message and len(message) < 400
            return
    for s in schedule.sessions:
        assert s.start.tzinfo is not None and s.end >= s.start
    assert len({s.uid for s in schedule.sessions}) == len(schedule.sessions)
    assert all("\n" not in w for w in schedule.warnings)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(mutated())
def test_mutated_feeds_quick(data):
    check(data)


@pytest.mark.slow
@settings(max_examples=5000, deadline=None, suppress_health_check=list(HealthCheck))
@given(mutated())
def test_mutated_feeds_long(data):
    check(data)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(st.binary(max_size=4000))
def test_random_bytes(data):
    check(b"BEGIN:VCALENDAR\n" + data)


# schedule.xml and schedule.json (issue 33): the same promise through the reader that recognises them.
SCHEDULE_CORPUS = {
    "fosdem_xml": (FEEDS / "schedules" / "fosdem2026_schedule.xml").read_bytes()[:40_000].rsplit(b"</event>", 1)[0]
    + b"</event></room></day></schedule>",
    "frab_json": (FEEDS / "schedules" / "camp2019_frab.json").read_bytes(),
    "pretalx_json": (FEEDS / "schedules" / "democon_pretalx.json").read_bytes(),
}


@st.composite
def schedule_mutants(draw):
    data = SCHEDULE_CORPUS[draw(st.sampled_from(sorted(SCHEDULE_CORPUS)))]
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["truncate", "flip", "drop_line", "dup_line", "absurd_date", "absurd_duration",
                                     "nest", "null", "entity"]))
        common = _common(draw, kind, data)
        if common is not None:
            data = common
            continue
        if kind == "absurd_date":
            year = draw(st.sampled_from([b"0000", b"0001", b"9999", b"99999", b"20x6"]))
            data = data.replace(b"2026-01-31T", year + b"-01-31T", 1).replace(b"2019-08-2", year + b"-08-2", 1)
        elif kind == "absurd_duration":
            value = draw(st.sampled_from([b"99999999:00", b"-01:00", b"", b"1:2:3:4", b"aa:bb"]))
            data = data.replace(b"<duration>00:20</duration>", b"<duration>" + value + b"</duration>", 1).replace(
                b'"duration": "00:30"', b'"duration": "' + value + b'"', 1)
        elif kind == "nest":
            depth = draw(st.integers(1, 100_000))
            data = (b"[" * depth + b"]" * depth) if data.lstrip().startswith(b"{") else data
        elif kind == "null":
            data = data.replace(b'"title": "', b'"title": null, "x": "', 1).replace(b'"persons": [', b'"persons": [null, 3, ', 1)
        elif kind == "entity":
            data = data.replace(b"<schedule>", b'<!DOCTYPE schedule [<!ENTITY e "x">]><schedule>', 1)
    return data


def check_schedule(data: bytes) -> None:
    from agenda.core.feeds.loading import parse

    with no_hang():
        try:
            schedule = parse(data, "mutant.xml", tz=None, local_zone="Europe/Paris")
        except FeedError as exc:
            message = str(exc)
            assert message.startswith("mutant.xml") and "\n" not in message and len(message) < 400, message
            return
    for s in schedule.sessions:
        assert s.start.tzinfo is not None and s.end >= s.start
    assert len({s.uid for s in schedule.sessions}) == len(schedule.sessions)


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(schedule_mutants())
def test_mutated_schedule_xml_and_json(data):
    check_schedule(data)
