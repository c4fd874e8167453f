"""Large feeds are parsed by several processes; the schedule must be exactly the one-process one."""
from __future__ import annotations

import os
import sys

import pytest

from agenda.core import feed as feed_module
from agenda.core.feed import BackgroundParse, FeedError, read_feed_bytes

from .conftest import FEEDS, SEED


@pytest.mark.parametrize("path", [SEED, FEEDS / "fosdem2026_pentabarf.ics", FEEDS / "pyconau2023_pretalx.ics",
                                  FEEDS / "pyconuk2015_vobject.ics", FEEDS / "inpycon2021_icspy.ics"],
                         ids=lambda p: p.name)
def test_parallel_equals_sequential(path):
    data = path.read_bytes()
    assert feed_module._split_for_workers(data, 2) is not None  # really takes the parallel path
    one = read_feed_bytes(data, path.name, local_zone="Asia/Kolkata", parallel_min_bytes=10**12)
    many = read_feed_bytes(data, path.name, local_zone="Asia/Kolkata", parallel_min_bytes=0)
    assert many.sessions == one.sessions
    assert (many.name, many.timezone, many.timezone_reason) == (one.name, one.timezone, one.timezone_reason)
    assert sorted(many.warnings) == sorted(one.warnings)


@pytest.mark.parametrize("path", [FEEDS / "google_677_recurrence_ids.ics", FEEDS / "mozilla_odd_folding.ics",
                                  FEEDS / "bad_no_vcalendar_wrapper.ics", FEEDS / "bad_fuzz_garbage.ics"],
                         ids=lambda p: p.name)
def test_feeds_that_are_not_simple_stay_in_one_process(path):
    assert feed_module._split_for_workers(path.read_bytes(), 2) is None


def test_feeds_the_workers_cannot_read_as_they_are_give_the_same_schedule(tmp_path):
    """Invalid UTF-8 and NUL bytes are repaired by the one-process reader; the parallel path must not
    read them differently."""
    data = (FEEDS / "fosdem2026_pentabarf.ics").read_bytes()
    at = data.index(b"SUMMARY:") + len(b"SUMMARY:")
    for damaged in (data[:at] + b"\xff\xfe" + data[at:], data[:at] + b"\x00" + data[at:]):
        one = read_feed_bytes(damaged, "f.ics", local_zone="UTC", parallel_min_bytes=10**12)
        many = read_feed_bytes(damaged, "f.ics", local_zone="UTC", parallel_min_bytes=0)
        assert many.sessions == one.sessions and many.warnings == one.warnings


MANY_CORES = (os.cpu_count() or 1) > 1


@pytest.mark.parametrize("path", [SEED, FEEDS / "fosdem2026_pentabarf.ics", FEEDS / "google_677_recurrence_ids.ics",
                                  FEEDS / "bad_bom_crlf.ics", FEEDS / "xwrtimezone_floating_repro.ics",
                                  FEEDS / "bad_no_vcalendar_wrapper.ics"], ids=lambda p: p.name)
def test_a_parse_started_in_the_background_gives_the_same_schedule(path):
    # Start-up hands an unparsed feed to worker processes (whole, or split when large) and collects it
    # once the window is built: recurrences, a BOM, floating times and a missing wrapper read the same.
    data = path.read_bytes()
    background = BackgroundParse(data, path.name, local_zone="Asia/Kolkata")
    got = background.result()
    want = read_feed_bytes(data, path.name, local_zone="Asia/Kolkata")
    assert background.by_workers == MANY_CORES
    assert got.sessions == want.sessions
    assert (got.name, got.timezone, got.timezone_reason, got.generator) == (want.name, want.timezone,
                                                                           want.timezone_reason, want.generator)
    assert sorted(got.warnings) == sorted(want.warnings)


def test_input_the_background_workers_refuse_is_read_here_with_the_same_result_or_error():
    data = SEED.read_bytes()
    at = data.index(b"SUMMARY:") + len(b"SUMMARY:")
    for damaged in (data[:at] + b"\xff\xfe" + data[at:], data[:at] + b"\x00" + data[at:]):  # not UTF-8; NUL
        background = BackgroundParse(damaged, "f.ics", local_zone="UTC")
        got, want = background.result(), read_feed_bytes(damaged, "f.ics", local_zone="UTC")
        assert not background.by_workers
        assert got.sessions == want.sessions and got.warnings == want.warnings
    broken = b"BEGIN:VCALENDAR\nVERSION:2.0\nX;;;\n:::\nEND:VCALENDAR\n"
    for name, bad_data in (("garbage.ics", (FEEDS / "bad_fuzz_garbage.ics").read_bytes()), ("broken.ics", broken)):
        with pytest.raises(FeedError) as one:
            read_feed_bytes(bad_data, name, local_zone="UTC")
        assert " line " in str(one.value)
        try:
            BackgroundParse(bad_data, name, local_zone="UTC").result()
        except FeedError as exc:
            assert str(exc) == str(one.value)  # the same one line, with the same line number
        else:
            pytest.fail(f"{name}: no error from the background parse")
    html = b"<!DOCTYPE html><html><body>Not a feed</body></html>"
    with pytest.raises(FeedError, match="web page"):
        BackgroundParse(html, "page.ics", local_zone="UTC").result()


@pytest.mark.parametrize("command", [["/nonexistent/agenda-worker"], [sys.executable, "-c", "import sys; sys.exit(1)"],
                                     [sys.executable, "-c", "import sys; sys.stdout.write('not a pickle')"]],
                         ids=["cannot start", "exits 1", "writes garbage"])
def test_workers_that_cannot_run_leave_the_parse_to_this_process(monkeypatch, command):
    monkeypatch.setattr(feed_module, "_worker_command", lambda name: command)
    data = SEED.read_bytes()
    background = BackgroundParse(data, "seed.ics", local_zone="UTC")
    got = background.result()
    assert not background.by_workers
    assert got.sessions == read_feed_bytes(data, "seed.ics", local_zone="UTC").sessions
