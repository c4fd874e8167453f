"""Large feeds are parsed by several processes; the schedule must be exactly the one-process one."""
from __future__ import annotations

import pytest

from agenda.core import feed as feed_module
from agenda.core.feed import read_feed_bytes

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
