"""Large feeds are parsed by several processes; the schedule must be exactly the one-process one."""
from __future__ import annotations

import os
import re
import sys

import pytest

from agenda.core.feeds import workers as pool
from agenda.core.feeds.feed import FeedError, read_feed_bytes
from agenda.core.feeds.loading import parse
from agenda.core.feeds.voc import XML
from agenda.core.feeds.voc import read as read_voc
from agenda.core.feeds.workers import BackgroundParse, BackgroundVoc, Workers, split_for_workers

from .conftest import FEEDS, FOSDEM_XML, SEED


@pytest.mark.parametrize("path", [SEED, FEEDS / "fosdem2026_pentabarf.ics", FEEDS / "pyconau2023_pretalx.ics",
                                  FEEDS / "pyconuk2015_vobject.ics", FEEDS / "inpycon2021_icspy.ics"],
                         ids=lambda p: p.name)
def test_parallel_equals_sequential(path):
    data = path.read_bytes()
    chunks = split_for_workers(data, 2)
    assert chunks is not None and len(chunks) == 2  # really takes the parallel path
    extracted = Workers(chunks, path.name).collect()
    assert extracted is not None and len(extracted.raws) > 0  # the workers' records, not a fallback
    one = read_feed_bytes(data, path.name, local_zone="Asia/Kolkata")
    many = read_feed_bytes(data, path.name, local_zone="Asia/Kolkata", extracted=extracted)
    assert len(many.sessions) > 0 and many.sessions == one.sessions
    assert (many.name, many.timezone, many.timezone_reason) == (one.name, one.timezone, one.timezone_reason)
    assert sorted(many.warnings) == sorted(one.warnings)


@pytest.mark.parametrize("path", [FEEDS / "google_677_recurrence_ids.ics", FEEDS / "mozilla_odd_folding.ics",
                                  FEEDS / "bad_no_vcalendar_wrapper.ics", FEEDS / "bad_fuzz_garbage.ics"],
                         ids=lambda p: p.name)
def test_feeds_that_are_not_simple_stay_in_one_process(path):
    assert split_for_workers(path.read_bytes(), 2) is None


def test_feeds_the_workers_cannot_read_as_they_are_give_the_same_schedule(tmp_path):
    """Invalid UTF-8 and NUL bytes are repaired by the one-process reader; the parallel path must not
    read them differently."""
    data = (FEEDS / "fosdem2026_pentabarf.ics").read_bytes()
    at = data.index(b"SUMMARY:") + len(b"SUMMARY:")
    for damaged in (data[:at] + b"\xff\xfe" + data[at:], data[:at] + b"\x00" + data[at:]):
        one = read_feed_bytes(damaged, "f.ics", local_zone="UTC")
        many = parse(damaged, "f.ics", tz=None, local_zone="UTC")  # large: the loading layer tries the workers
        assert len(one.sessions) > 1000 and any("invalid UTF-8" in w for w in one.warnings) == (b"\xff" in damaged)
        assert many.sessions == one.sessions and many.warnings == one.warnings


MANY_CORES = (os.cpu_count() or 1) > 1


@pytest.mark.parametrize("fork", [True, False], ids=["forked", "new interpreter"])
@pytest.mark.parametrize("path", [SEED, FEEDS / "fosdem2026_pentabarf.ics", FEEDS / "google_677_recurrence_ids.ics",
                                  FEEDS / "bad_bom_crlf.ics", FEEDS / "xwrtimezone_floating_repro.ics",
                                  FEEDS / "bad_no_vcalendar_wrapper.ics"], ids=lambda p: p.name)
def test_a_parse_started_in_the_background_gives_the_same_schedule(path, fork):
    # Start-up hands an unparsed feed to worker processes (whole, or split when large) and collects it
    # once the window is built: recurrences, a BOM, floating times and a missing wrapper read the same,
    # whether the workers are forked from this process or new interpreters.
    data = path.read_bytes()
    background = BackgroundParse(data, path.name, local_zone="Asia/Kolkata", fork=fork)
    got = background.result()
    want = read_feed_bytes(data, path.name, local_zone="Asia/Kolkata")
    assert background.by_workers == MANY_CORES and background.forked == (fork and MANY_CORES)
    assert got.sessions == want.sessions
    assert (got.name, got.timezone, got.timezone_reason, got.generator) == (want.name, want.timezone,
                                                                           want.timezone_reason, want.generator)
    assert sorted(got.warnings) == sorted(want.warnings)


@pytest.mark.parametrize("fork", [True, False], ids=["forked", "new interpreter"])
def test_input_the_background_workers_refuse_is_read_here_with_the_same_result_or_error(fork):
    data = SEED.read_bytes()
    at = data.index(b"SUMMARY:") + len(b"SUMMARY:")
    for damaged in (data[:at] + b"\xff\xfe" + data[at:], data[:at] + b"\x00" + data[at:]):  # not UTF-8; NUL
        background = BackgroundParse(damaged, "f.ics", local_zone="UTC", fork=fork)
        got, want = background.result(), read_feed_bytes(damaged, "f.ics", local_zone="UTC")
        assert not background.by_workers
        assert got.sessions == want.sessions and got.warnings == want.warnings
    broken = b"BEGIN:VCALENDAR\nVERSION:2.0\nX;;;\n:::\nEND:VCALENDAR\n"
    for name, bad_data in (("garbage.ics", (FEEDS / "bad_fuzz_garbage.ics").read_bytes()), ("broken.ics", broken)):
        with pytest.raises(FeedError) as one:
            read_feed_bytes(bad_data, name, local_zone="UTC")
        assert " line " in str(one.value)
        try:
            BackgroundParse(bad_data, name, local_zone="UTC", fork=fork).result()
        except FeedError as exc:
            assert str(exc) == str(one.value)  # the same one line, with the same line number
        else:
            pytest.fail(f"{name}: no error from the background parse")
    html = b"<!DOCTYPE html><html><body>Not a feed</body></html>"
    with pytest.raises(FeedError, match="web page"):
        BackgroundParse(html, "page.ics", local_zone="UTC", fork=fork).result()


@pytest.mark.parametrize("command", [["/nonexistent/agenda-worker"], [sys.executable, "-c", "import sys; sys.exit(1)"],
                                     [sys.executable, "-c", "import sys; sys.stdout.write('not a pickle')"]],
                         ids=["cannot start", "exits 1", "writes garbage"])
def test_workers_that_cannot_run_leave_the_parse_to_this_process(monkeypatch, command):
    monkeypatch.setattr(pool, "worker_command", lambda name, voc=None: command)
    data = SEED.read_bytes()
    background = BackgroundParse(data, "seed.ics", local_zone="UTC", fork=False)
    got = background.result()
    assert not background.by_workers
    assert got.sessions == read_feed_bytes(data, "seed.ics", local_zone="UTC").sessions


def _garbage(data, name, voc=None):
    return b"not a pickle"


def _dies(data, name, voc=None):
    raise MemoryError


@pytest.mark.skipif(not MANY_CORES, reason="one core: no workers")
@pytest.mark.parametrize("parse_part", [_garbage, _dies], ids=["writes garbage", "dies"])
def test_forked_workers_that_fail_leave_the_parse_to_this_process(monkeypatch, parse_part):
    # A forked worker runs this process's code: a failure in it is caught there, never comes back here.
    from agenda.core.feeds import worker

    monkeypatch.setattr(worker, "parse_part", parse_part)
    data = SEED.read_bytes()
    background = BackgroundParse(data, "seed.ics", local_zone="UTC", fork=True)
    got = background.result()
    assert background.forked and not background.by_workers
    assert got.sessions == read_feed_bytes(data, "seed.ics", local_zone="UTC").sessions


@pytest.mark.skipif(not MANY_CORES, reason="one core: no workers")
def test_when_forking_fails_the_workers_are_new_interpreters(monkeypatch):
    def no_fork():
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    data = SEED.read_bytes()
    background = BackgroundParse(data, "seed.ics", local_zone="UTC", fork=True)
    got = background.result()
    assert not background.forked and background.by_workers
    assert got.sessions == read_feed_bytes(data, "seed.ics", local_zone="UTC").sessions


MAY_FORK = """
import sys, threading
from agenda.core.feeds.workers import may_fork
alone = may_fork()
stop = threading.Event()
t = threading.Thread(target=stop.wait)
t.start()
print(alone, may_fork())
stop.set()
"""


def test_workers_are_forked_only_from_a_process_with_one_thread():
    # Forking copies only the calling thread: with another one running (the window's, Qt's), workers are
    # new interpreters instead. The start-up path forks before Qt is imported.
    import subprocess

    out = subprocess.run([sys.executable, "-c", MAY_FORK], capture_output=True, text=True, check=True,
                         timeout=60).stdout.split()
    assert out == [str(sys.platform.startswith("linux")), "False"]


def _days_xml(copies: int) -> bytes:
    """FOSDEM 2026's schedule.xml with its days repeated on the following weekends (ids made unique): a
    schedule.xml of ``copies`` times FOSDEM's size, each day a real FOSDEM day."""
    import re
    from datetime import date, timedelta

    text = FOSDEM_XML.read_text(encoding="utf-8")
    a, b = text.index("<day "), text.rindex("</day>") + len("</day>")
    days = []
    for k in range(copies):
        def later(m, k=k):
            return (date.fromisoformat(m.group()) + timedelta(weeks=k)).isoformat()

        block = re.sub(r"2026-0[12]-\d\d", later, text[a:b])
        days.append(re.sub(r'(guid|id)="([^"]+)"', lambda m, k=k: f'{m.group(1)}="{m.group(2)}{"-" if m.group(1) == "guid" else ""}{k}"', block))
    return (text[:a] + "\n".join(days) + text[b:]).encode()


@pytest.mark.parametrize("fork", [True, False], ids=["forked", "new interpreter"])
@pytest.mark.parametrize("copies", [1, 3])
def test_a_large_schedule_xml_is_read_by_parse_workers_with_the_same_result(fork, copies):
    """Issue 33's "parse workers for big files": a schedule.xml is cut into runs of whole days over the
    workers, and the merged result is the one-process read: sessions, days, persons, rooms, ids, warnings."""
    data = _days_xml(copies)
    background = BackgroundVoc(data, "schedule.xml", XML, local_zone="America/Los_Angeles", fork=fork, whole=False)
    got = background.result()
    want = read_voc(data, "schedule.xml", XML, local_zone="America/Los_Angeles")
    assert len(want.sessions) == 1067 * copies
    assert background.by_workers == MANY_CORES and background.parts == (min(pool.worker_count(), 2 * copies) if MANY_CORES else 0)
    assert got == want  # name, zone, every session
    assert (got.people, got.person_keys, got.feed_days, got.feed_ids, got.rooms, got.track_colours) == (
        want.people, want.person_keys, want.feed_days, want.feed_ids, want.rooms, want.track_colours)
    # parse() (what every command and a refresh use) takes the same road for a file this large.
    assert parse(data, "schedule.xml", tz=None, local_zone="America/Los_Angeles") == want


@pytest.mark.parametrize("fork", [True, False], ids=["forked", "new interpreter"])
def test_a_broken_part_of_a_schedule_xml_is_reported_as_one_process_reports_it(fork):
    """A malformed event on the second day: the workers' read fails, and the file is read here, so the error
    is the same one line with the same line number."""
    data = _days_xml(1)
    at = data.index(b"<title>", data.index(b'<day index="2"'))
    broken = data[:at] + b"<title>Unclosed & broken" + data[at + len(b"<title>"):]
    with pytest.raises(FeedError) as one:
        read_voc(broken, "schedule.xml", XML, local_zone="UTC")
    assert " line " in str(one.value)
    with pytest.raises(FeedError) as background:
        BackgroundVoc(broken, "schedule.xml", XML, local_zone="UTC", fork=fork, whole=False).result()
    assert str(background.value) == str(one.value)
    # A session id on two days (a broken feed): numbered as the one-process read numbers it.
    guid = re.search(rb'guid="([^"]+)"', data).group(1)
    second = data.index(b'guid="', data.index(b'<day index="2"'))
    twice = data[:second] + b'guid="' + guid + data[data.index(b'"', second + 6):]
    background = BackgroundVoc(twice, "schedule.xml", XML, local_zone="UTC", fork=fork, whole=False)
    assert background.result() == read_voc(twice, "schedule.xml", XML, local_zone="UTC")
    assert not background.by_workers


def test_a_first_open_of_a_schedule_xml_is_parsed_while_the_window_is_built(tmp_path):
    """At start-up (start_local) a schedule.xml not read before goes to a worker at once, as iCalendar does:
    it is done without result() being asked, and result() gives the one-process read."""
    import time

    from agenda.core.feeds.loading import start_local
    from agenda.core.feeds.tz import computer_zone

    pending = start_local(str(FOSDEM_XML), tmp_path / "cache")
    assert not pending.from_cache
    deadline = time.monotonic() + 60
    while MANY_CORES and not pending.done() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert pending.done() == MANY_CORES
    got = pending.result().schedule
    assert got == read_voc(FOSDEM_XML.read_bytes(), str(FOSDEM_XML), XML, local_zone=computer_zone())
    assert start_local(str(FOSDEM_XML), tmp_path / "cache").from_cache  # and kept for the next start
