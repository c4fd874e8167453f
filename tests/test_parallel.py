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
    text = data.decode("utf-8")
    assert feed_module._split_for_workers(text.lstrip("\ufeff"), 2) is not None  # really takes the parallel path
    one = read_feed_bytes(data, path.name, local_zone="Asia/Kolkata", parallel_min_bytes=10**12)
    many = read_feed_bytes(data, path.name, local_zone="Asia/Kolkata", parallel_min_bytes=0)
    assert many.sessions == one.sessions
    assert (many.name, many.timezone, many.timezone_reason) == (one.name, one.timezone, one.timezone_reason)
    assert sorted(many.warnings) == sorted(one.warnings)


@pytest.mark.parametrize("path", [FEEDS / "google_677_recurrence_ids.ics", FEEDS / "mozilla_odd_folding.ics",
                                  FEEDS / "bad_no_vcalendar_wrapper.ics", FEEDS / "bad_fuzz_garbage.ics"],
                         ids=lambda p: p.name)
def test_feeds_that_are_not_simple_stay_in_one_process(path):
    text = path.read_bytes().decode("utf-8", errors="replace")
    assert feed_module._split_for_workers(text, 2) is None
