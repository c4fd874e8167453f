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


@st.composite
def mutated(draw):
    data = draw(st.sampled_from(sorted(CORPUS)))
    data = CORPUS[data]
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from([
            "truncate", "flip", "drop_line", "dup_line", "move_fold", "mix_eol", "bad_utf8", "huge_line",
            "nest", "unterminated", "absurd_date", "absurd_duration", "swap_times", "garbage_param",
        ]))
        lines = _lines(data)
        i = draw(st.integers(0, max(0, len(lines) - 1)))
        if kind == "truncate":
            data = data[: draw(st.integers(0, len(data)))]
        elif kind == "flip" and data:
            pos = draw(st.integers(0, len(data) - 1))
            data = data[:pos] + bytes([data[pos] ^ draw(st.integers(1, 255))]) + data[pos + 1:]
        elif kind == "drop_line":
            del lines[i]
            data = b"\n".join(lines)
        elif kind == "dup_line":
            lines.insert(i, lines[i])
            data = b"\n".join(lines)
        elif kind == "move_fold":
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
