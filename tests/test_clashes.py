"""Clash detection: seed scenarios from the issue, and properties against a brute-force check."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from agenda.core.feeds.feed import read_feed
from agenda.core.model import Session
from agenda.core.plan.clashes import find_clashes, overlapping_pairs

from .conftest import SEED
from .helpers import by_title, run_cli

T0 = datetime(2026, 4, 7, 7, 0, tzinfo=timezone.utc)


def mk(uid, start_min, length, room="A", offsite=False):
    return Session(uid=uid, title=uid, start=T0 + timedelta(minutes=start_min),
                   end=T0 + timedelta(minutes=start_min + length), room=room, offsite=offsite)


sessions_st = st.lists(
    st.tuples(st.integers(0, 600), st.integers(0, 120), st.sampled_from(["A", "B", "C"])), max_size=25
).map(lambda xs: [mk(f"s{i}", a, n, r) for i, (a, n, r) in enumerate(xs)])


def brute_pairs(sessions):
    return {frozenset((a.uid, b.uid)) for a, b in combinations(sessions, 2)
            if a.start < b.end and b.start < a.end and a.end > a.start and b.end > b.start}


@settings(max_examples=300, deadline=None)
@given(sessions_st)
def test_sweep_matches_brute_force(sessions):
    assert {frozenset((a.uid, b.uid)) for a, b in overlapping_pairs(sessions)} == brute_pairs(sessions)


@settings(max_examples=200, deadline=None)
@given(sessions_st, st.randoms())
def test_clashes_do_not_depend_on_order(sessions, rnd):
    shuffled = list(sessions)
    rnd.shuffle(shuffled)
    assert find_clashes(sessions, 10) == find_clashes(shuffled, 10)


@settings(max_examples=200, deadline=None)
@given(sessions_st)
def test_overlap_groups_cover_exactly_the_overlapping_sessions(sessions):
    clashes = [c for c in find_clashes(sessions) if c.kind == "overlap"]
    in_groups = {u for c in clashes for u in c.sessions}
    assert in_groups == {u for p in brute_pairs(sessions) for u in p}
    for c in clashes:
        assert c.minutes > 0 and c.start < c.end


@given(st.integers(0, 500), st.integers(1, 90), st.integers(1, 90))
def test_back_to_back_never_clashes(start, a_len, b_len):
    a, b = mk("a", start, a_len, "A"), mk("b", start + a_len, b_len, "A")
    assert find_clashes([a, b], room_change_minutes=30) == []


def test_symmetric_pair():
    a, b = mk("a", 0, 60), mk("b", 30, 60, "B")
    (c1,), (c2,) = find_clashes([a, b]), find_clashes([b, a])
    assert c1 == c2 and c1.minutes == 30 and set(c1.sessions) == {"a", "b"}


def test_transfer_needs_room_change_minutes_and_offsite_always_counts():
    a, b = mk("a", 0, 10, "A"), mk("b", 15, 10, "B")
    assert find_clashes([a, b], 0) == []
    (t,) = find_clashes([a, b], 10)
    assert t.kind == "transfer" and t.minutes == 5
    far = mk("far", 20, 60, "Bistro, 5 Street, Paris", offsite=True)
    (t2,) = find_clashes([a, far], 0)
    assert t2.kind == "transfer" and t2.sessions == ("a", "far")


# ------------------------------------------------------------------------------------- seed scenarios
def _uids(schedule, *titles):
    return [by_title(schedule, t).uid for t in titles]


def test_seed_helion_vs_lights_camera(data_dir):
    s = read_feed(str(SEED))
    ids = _uids(s, "Helion 1.0: A High-Level DSL for Performance Portable Kernels",
                "Lights, Camera, Inference! Video Generation as a Service With VLLM-Omni")
    assert run_cli("star", str(SEED), *ids, "--data-dir", str(data_dir)).code == 0
    r = run_cli("clashes", str(SEED), "--json", "--data-dir", str(data_dir))
    assert r.code == 0, r.err
    (clash,) = r.json()
    assert clash["kind"] == "overlap" and clash["overlap_minutes"] == 25
    assert sorted(clash["sessions"]) == sorted(ids)
    assert clash["start"] == "2026-04-07T11:00:00+02:00" and clash["end"] == "2026-04-07T11:25:00+02:00"


def _central_lightning(s):
    central = [x for x in s.sessions if x.room == "Central Room" and x.start.astimezone().date().isoformat() == "2026-04-07"]
    paris = lambda d: d.astimezone(__import__("zoneinfo").ZoneInfo("Europe/Paris")).strftime("%H:%M")
    first = next(x for x in central if paris(x.start) == "11:00" and paris(x.end) == "11:10")
    second = next(x for x in central if paris(x.start) == "11:15" and paris(x.end) == "11:25")
    return first, second, paris


def test_seed_back_to_back_central_room_is_no_clash(data_dir):
    s = read_feed(str(SEED))
    first, second, _ = _central_lightning(s)
    run_cli("star", str(SEED), first.uid, second.uid, "--data-dir", str(data_dir))
    r = run_cli("clashes", str(SEED), "--json", "--room-change", "10", "--data-dir", str(data_dir))
    assert r.json() == []


def test_seed_tight_transfer_with_room_change(data_dir):
    s = read_feed(str(SEED))
    _, central, paris = _central_lightning(s)
    junior = next(x for x in s.sessions if x.room == "Junior Stage" and paris(x.start) == "11:00"
                  and paris(x.end) == "11:10" and x.start.day == 7)
    run_cli("star", str(SEED), junior.uid, central.uid, "--data-dir", str(data_dir))
    assert run_cli("clashes", str(SEED), "--json", "--data-dir", str(data_dir)).json() == []
    (t,) = run_cli("clashes", str(SEED), "--json", "--room-change", "10", "--data-dir", str(data_dir)).json()
    assert t["kind"] == "transfer" and t["gap_minutes"] == 5 and t["sessions"] == [junior.uid, central.uid]
    assert "overlap_minutes" not in t


def test_maybe_never_counts(data_dir):
    s = read_feed(str(SEED))
    a, b = _uids(s, "Helion 1.0: A High-Level DSL for Performance Portable Kernels",
                 "Lights, Camera, Inference! Video Generation as a Service With VLLM-Omni")
    run_cli("star", str(SEED), a, "--data-dir", str(data_dir))
    run_cli("star", str(SEED), b, "--maybe", "--data-dir", str(data_dir))
    assert run_cli("clashes", str(SEED), "--json", "--data-dir", str(data_dir)).json() == []
    doc = run_cli("list", str(SEED), "--json", "--data-dir", str(data_dir)).json()
    states = {x["uid"]: x["starred"] for x in doc["sessions"]}
    assert states[a] is True and states[b] == "maybe"
    run_cli("unstar", str(SEED), a, b, "--data-dir", str(data_dir))
    doc = run_cli("list", str(SEED), "--json", "--data-dir", str(data_dir)).json()
    assert not any(x["starred"] for x in doc["sessions"])
