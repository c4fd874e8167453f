"""Grid maths without Qt: sub-columns (lanes) for sessions overlapping in one room, and whole-day layouts."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agenda.core.feeds.feed import read_feed
from agenda.core.feeds.tz import zone
from agenda.core.plan.layout import assign_lanes, index_days, layout_day, opening_minute, room_key

from .conftest import FEEDS, SEED

intervals = st.lists(
    st.tuples(st.integers(0, 600), st.integers(0, 180)).map(lambda t: (float(t[0]), float(t[0] + t[1]))),
    max_size=40,
)


def _overlap(a, b) -> bool:
    # Zero-length sessions count as one minute (they must never sit on top of a neighbour).
    return a[0] < max(b[1], b[0] + 1) and b[0] < max(a[1], a[0] + 1)


def _clusters(items) -> list[set[str]]:
    """Groups of transitively overlapping items, by brute force."""
    by = {u: (t, b) for u, t, b in items}
    groups: list[set[str]] = []
    for uid in by:
        touching = [g for g in groups if any(_overlap(by[uid], by[o]) for o in g)]
        groups = [g for g in groups if all(g is not t for t in touching)] + [{uid}.union(*touching)]
    return groups


@settings(max_examples=300, deadline=None)
@given(intervals)
def test_lanes_never_overlap_fill_width_and_use_as_few_lanes_as_possible(spans):
    items = [(f"s{i}", top, bottom) for i, (top, bottom) in enumerate(spans)]
    by = {u: (t, b) for u, t, b in items}
    out = assign_lanes(items)
    assert set(out) == set(by)
    for lane, lanes, span in out.values():
        assert 0 <= lane < lanes and 1 <= span and lane + span <= lanes
    for group in _clusters(items):
        lanes = {out[u][1] for u in group}
        assert len(lanes) == 1  # one lane count for a whole cluster
        # As many lanes as sessions running at once at the busiest moment (no more: nothing is squeezed).
        busiest = max(sum(1 for o in group if _overlap(by[o], (by[u][0], by[u][0]))) for u in group)
        assert lanes == {busiest}
        for u in group:
            lane, n, span = out[u]
            covered = range(lane, lane + span)
            for o in group - {u}:
                if _overlap(by[u], by[o]):
                    assert out[o][0] not in covered, f"{u} drawn over {o}"
            if lane + span < n:  # a block stops widening only where a neighbour is in the way
                assert any(out[o][0] == lane + span and _overlap(by[u], by[o]) for o in group - {u})


def test_a_session_overlapping_nothing_keeps_the_full_width():
    out = assign_lanes([("a", 0.0, 60.0), ("b", 60.0, 90.0), ("c", 30.0, 45.0), ("d", 120.0, 120.0)])
    assert out["b"] == (0, 1, 1) and out["d"] == (0, 1, 1)  # back to back with a; zero length
    assert {out["a"][0], out["c"][0]} == {0, 1} and out["a"][1] == out["c"][1] == 2


def test_day_layouts_of_real_feeds_put_every_timed_session_in_its_room_once():
    for path in (SEED, FEEDS / "fosdem2026_pentabarf.ics"):
        schedule = read_feed(str(path), local_zone="UTC")
        z = zone(schedule.timezone)
        index = index_days(schedule, z)
        assert sum(len(v) for v in index.by_day.values()) == len(schedule.sessions)
        for day in index.days:
            lay = layout_day(schedule, day, z, index.by_day[day], index.columns)
            timed = {s.uid: s for s in index.by_day[day] if not s.all_day}
            assert sorted(b.uid for b in lay.blocks) == sorted(timed)
            for b in lay.blocks:
                s = timed[b.uid]
                assert lay.columns[b.column].key == room_key(s)
                assert b.bottom - b.top == pytest.approx((s.end - s.start).total_seconds() / 60)
            assert list(lay.blocks) == sorted(lay.blocks, key=lambda b: (b.column, b.top, b.lane))
            assert all(lay.column_lanes[b.column] >= b.lanes for b in lay.blocks)


def test_a_day_opens_at_its_first_talk_not_at_the_registration_desk():
    """PyTorch day 1: registration (Lobby) and the community expo open at 07:30, the keynotes at 09:00; a
    day of ordinary sessions opens at its first one whatever it is."""
    schedule = read_feed(str(SEED))
    paris = zone("Europe/Paris")
    idx = index_days(schedule, paris)
    sessions = {s.uid: s for s in schedule.sessions}
    day1 = idx.days[0]
    lay = layout_day(schedule, day1, paris, idx.by_day[day1], idx.columns)
    assert min(b.top for b in lay.blocks) == 7 * 60 + 30
    assert opening_minute(lay, sessions) == 9 * 60 == lay.opening
    assert opening_minute(lay._replace(opening=None), sessions) == 9 * 60  # worked out afresh: the same
    only_talks = lay._replace(blocks=tuple(b for b in lay.blocks if b.top >= 10 * 60), opening=None)
    assert opening_minute(only_talks, sessions) == min(b.top for b in only_talks.blocks)
    expo_only = lay._replace(blocks=tuple(b for b in lay.blocks if sessions[b.uid].title == "Community Expo"),
                             opening=None)
    assert opening_minute(expo_only, sessions) == 7 * 60 + 30  # nothing else: where the background starts


LONG = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nX-WR-TIMEZONE:Europe/Paris\r\n"
        "BEGIN:VEVENT\r\nUID:hack\r\nDTSTART:20260407T090000\r\nDTEND:20260410T100000\r\nSUMMARY:Three day hackathon\r\n"
        "LOCATION:Hall\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:years\r\nDTSTART:20260407T090000\r\nDTEND:20290410T100000\r\nSUMMARY:Three year project\r\n"
        "LOCATION:Room B\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:late\r\nDTSTART:20260407T233000\r\nDTEND:20260408T003000\r\nSUMMARY:Late talk\r\n"
        "LOCATION:Room B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")  # (times in Paris, where the feed says it is)


def long_feed(tmp_path):
    path = tmp_path / "long.ics"
    path.write_text(LONG, encoding="utf-8")
    return path


def test_a_session_days_long_is_drawn_to_the_end_of_its_first_day(tmp_path):
    """A hackathon of three days and a project of three years (a year typed wrong) made blocks days and years
    tall, and the window hung drawing them. Each now ends at its first day's midnight; a talk running past
    midnight keeps its length."""
    s = read_feed(str(long_feed(tmp_path)))
    paris = zone("Europe/Paris")
    assert s.timezone == "Europe/Paris"
    lay = layout_day(s, s.sessions[0].start.astimezone(paris).date(), paris)
    ends = {b.uid: b.bottom for b in lay.blocks}
    assert ends == {"hack": 24 * 60, "years": 24 * 60, "late": 24 * 60 + 30}
    assert lay.last_minute == 25 * 60


def test_a_span_ending_on_another_day_names_that_day(tmp_path, data_dir):
    from .helpers import run_cli

    r = run_cli("list", str(long_feed(tmp_path)), "--data-dir", str(data_dir))
    rows = {line.split("[")[-1].rstrip("]"): line for line in r.out.splitlines() if line.endswith("]")}
    assert "09:00–Fri 10 Apr 10:00 " in rows["hack"] and "09:00–Tue 10 Apr 2029 10:00 " in rows["years"]
    assert "23:30–Wed 08 Apr 00:30 " in rows["late"]


def test_a_session_of_whole_days_is_a_block_over_its_days_hours():
    """Google Calendar's US holidays are all-day events: each day's grid said "No sessions on this day". Each is
    now a block over the day's hours, in its room."""
    h = read_feed(str(FEEDS / "google_public_holidays.ics"), local_zone="UTC")
    z = zone(h.timezone)
    index = index_days(h, z)
    assert all(s.all_day for s in h.sessions)
    for day in index.days:
        lay = layout_day(h, day, z, index.by_day[day], index.columns)
        assert sorted(b.uid for b in lay.blocks) == sorted(s.uid for s in index.by_day[day]) != []
        assert all((b.top, b.bottom) == (lay.first_minute, lay.last_minute) for b in lay.blocks)


def test_a_session_of_whole_days_beside_talks_is_a_band_over_their_hours(tmp_path):
    feed = tmp_path / "hall.ics"
    feed.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nX-WR-TIMEZONE:Europe/Paris\r\n"
                    "BEGIN:VEVENT\r\nUID:hall\r\nDTSTART;VALUE=DATE:20260407\r\nDTEND;VALUE=DATE:20260408\r\n"
                    "SUMMARY:Sponsor hall open\r\nEND:VEVENT\r\n"
                    "BEGIN:VEVENT\r\nUID:keynote\r\nDTSTART:20260407T100000\r\nDTEND:20260407T110000\r\n"
                    "SUMMARY:Opening keynote\r\nEND:VEVENT\r\n"
                    "BEGIN:VEVENT\r\nUID:talk\r\nDTSTART:20260407T113000\r\nDTEND:20260407T120000\r\nSUMMARY:Second talk\r\n"
                    "LOCATION:Room A\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    s = read_feed(str(feed))
    paris = zone("Europe/Paris")
    from datetime import date
    lay = layout_day(s, date(2026, 4, 7), paris)
    blocks = {b.uid: b for b in lay.blocks}
    assert (lay.first_minute, lay.last_minute) == (10 * 60, 12 * 60)
    assert blocks["hall"].band and (blocks["hall"].top, blocks["hall"].bottom) == (10 * 60, 12 * 60)
    assert blocks["hall"].column == blocks["keynote"].column != blocks["talk"].column
    assert opening_minute(lay, {x.uid: x for x in s.sessions}) == 10 * 60
