"""Large feeds are parsed by several processes; the schedule must be exactly the one-process one."""
from __future__ import annotations

import os
import sys

import pytest

from agenda.core.feeds import workers as pool
from agenda.core.feeds.feed import FeedError, read_feed_bytes
from agenda.core.feeds.loading import parse
from agenda.core.feeds.workers import BackgroundParse, Workers, split_for_workers

from .conftest import FEEDS, SEED


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
    monkeypatch.setattr(pool, "worker_command", lambda name: command)
    data = SEED.read_bytes()
    background = BackgroundParse(data, "seed.ics", local_zone="UTC", fork=False)
    got = background.result()
    assert not background.by_workers
    assert got.sessions == read_feed_bytes(data, "seed.ics", local_zone="UTC").sessions


def _garbage(data, name):
    return b"not a pickle"


def _dies(data, name):
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
