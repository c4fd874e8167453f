"""Reading real feeds: counts, speaker splits, rooms, tracks and times."""
from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from agenda.core.feeds.feed import FeedError, read_feed, read_feed_bytes
from agenda.core.feeds.tz import computer_zone

from .conftest import FEEDS, SEED
from .helpers import by_title

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture(scope="module")
def seed():
    return read_feed(str(SEED))


def local(dt, zone="Europe/Paris"):
    return dt.astimezone(ZoneInfo(zone)).isoformat()


# --------------------------------------------------------------------------------------------- seed
def test_seed_counts_zone_and_name(seed):
    assert len(seed.sessions) == 129
    assert seed.timezone == "Europe/Paris"
    assert seed.timezone_reason == "venue city"  # X-WR-TIMEZONE is just UTC, so the city decides
    assert seed.name == "PyTorch Conference Europe 2026"
    assert seed.warnings == ()
    assert len({s.uid for s in seed.sessions}) == 129


def test_seed_opening_keynote_time(seed):
    keynote = by_title(seed, "Keynote: Co-Evolution: How the Open Source Intelligence Stack Compounds")
    assert local(keynote.start) == "2026-04-07T09:00:00+02:00"
    assert local(keynote.end) == "2026-04-07T09:10:00+02:00"
    assert keynote.room == "Master Stage" and keynote.venue == "Paris, France"
    assert keynote.track == "KEYNOTE SESSIONS"
    assert keynote.speakers == ("Mark Collier",)
    assert keynote.speaker_text.startswith("Mark Collier, Executive Director, PyTorch Foundation")


@pytest.mark.parametrize(
    "title, speaker_text",
    [
        ("Lightning Talk: Trinity Large - Torchtitan on 2000+ B300s", "Matej Sirovatka, Prime Intellect"),
        (
            "Keynote: vLLM & Ray Updates",
            "Tyler Michael Smith, Chief Architect - Inference Engineering, Red Hat & Artur Niederfahrenhorst, "
            "Member of Technical Staff,Anyscale",
        ),
        ("Keynote: Keynote: Stream Everything - Moving from Request input to Streaming input",
         "Patrick von Platen, Research Engineer, Mistral AI"),
        ("Lightning Talk: Ball Tracking and Detection in Soccer Videos - Comparison of VLMs and Traditional Pipelines",
         "Maciej Szymkowski, Future Processing"),
        ("Lights, Camera, Inference! Video Generation as a Service With VLLM-Omni",
         "Ricardo Noriega, Red Hat & Doug Smith, Red Hat, Inc"),
        ("Lightning Talk: Building a PyTorch‑native VLLM Plugin for IBM Spyre",
         "Thomas Parnell, IBM Research & Thomas Ortner, IBM Research Europe - Zurich"),
    ],
)
def test_seed_titles_with_dashes_split_right(seed, title, speaker_text):
    s = by_title(seed, title)
    assert s.speaker_text == speaker_text


@pytest.mark.parametrize(
    "title",
    [
        "Sponsor Activity - Lobster Trap: OpenClaw in Containers",
        "Sponsor Activity - Validating AI on CPUs: The vLLM 3-Phase Evaluation Framework",
        "Coffee Break",
        "Community Expo",
        "Open Source AI Soirée hosted by Label Studio and Docling",
    ],
)
def test_seed_sessions_without_speakers_keep_whole_summary(seed, title):
    s = by_title(seed, title)
    assert s.speakers == () and s.speaker_text == ""


def test_seed_every_summary_splits_losslessly_and_names_are_people(seed):
    import icalendar

    cal = icalendar.Calendar.from_ical(SEED.read_bytes())
    summaries = {str(e["UID"]): str(e["SUMMARY"]) for e in cal.walk("VEVENT")}
    with_speakers = 0
    for s in seed.sessions:
        summary = summaries[s.uid]
        if s.speaker_text:
            with_speakers += 1
            assert summary == f"{s.title} - {s.speaker_text}"
            assert s.speakers, s.title
            for name in s.speakers:  # a name is a person, never an affiliation fragment or a title
                assert " - " not in name and ":" not in name and 1 <= len(name.split()) <= 4, name
        else:
            assert summary == s.title
    # Counted by hand: breaks, registration, expo, lunches, meet-the-devs, posters, soirée, flare party
    # and the two "Sponsor Activity - ..." sessions have no speakers.
    assert with_speakers == 105


def test_seed_speaker_names_best_effort(seed):
    assert by_title(seed, "Teaching PyTorch To Read Your Worst PDFs With Docling").speakers == (
        "Mingxuan Zhao", "Peter Staar", "Carol Chen")
    assert by_title(seed, "Keynote: Community Led Open Source RL").speakers == ("Joe Spisak",)
    assert by_title(seed, "Optimizing Reinforcement Learning at Trillion-Parameter Scale").speakers == ("Songlin Jiang",)
    bof = by_title(seed, "Birds of A Feather: Disaggregated Tokenization: Building Toward Tokens-In-Tokens-Out LLM Inference")
    assert bof.speakers == ("Maroon Ayoub", "Hang Yin", "Xi Ning Wang", "Nili Guy", "Hyunkyun Moon")


def test_seed_rooms_venue_offsite(seed):
    rooms = Counter(s.room for s in seed.sessions)
    assert set(rooms) == {
        "Master Stage", "Central Room", "Junior Stage", "Founders Cafe", "Open Platform", "Lobby",
        "Biblioteca Room at La Felicità, 5 Parv. Alan Turing, 75013 Paris, France", None,
    }
    soiree = by_title(seed, "Open Source AI Soirée hosted by Label Studio and Docling")
    assert soiree.room is None and soiree.venue == "Paris, France"
    lunch = by_title(seed, "Women & Non-Binary in PyTorch Lunch")
    assert lunch.offsite and lunch.room.startswith("Biblioteca Room at La Felicità")
    assert not any(s.offsite for s in seed.sessions if s is not lunch)


def test_seed_tracks_and_escapes(seed):
    tracks = Counter(s.track for s in seed.sessions)
    assert tracks["FRAMEWORKS & COMPILERS"] == 26
    assert tracks["BREAKS/EXHIBITS/SPECIAL EVENTS"] == 15
    assert len(tracks) == 13
    # "\," decoded, and "DESCRIPTION:\n" is an empty description
    assert by_title(seed, "Community Expo").description == ""
    menu = [s for s in seed.sessions if s.title == "Coffee Break" and s.description][0].description
    assert menu.startswith("Menu: \n-Apple and pecan nut cake (Vegan, Vegetarian)")  # &nbsp; decoded
    assert "Lights, Camera" in by_title(seed, "Lights, Camera, Inference! Video Generation as a Service With VLLM-Omni").title


def test_seed_explicit_zone_changes_display_not_instants(seed):
    tokyo = read_feed(str(SEED), tz="Asia/Tokyo")
    assert tokyo.timezone == "Asia/Tokyo" and tokyo.timezone_reason == "chosen"
    assert [s.start for s in tokyo.sessions] == [s.start for s in seed.sessions]


def test_unknown_explicit_zone_is_one_clear_error():
    with pytest.raises(FeedError, match="unknown time zone 'Mars/Olympus'"):
        read_feed(str(SEED), tz="Mars/Olympus")


# ------------------------------------------------------------------------------------ other generators
def test_fosdem_floating_times_in_x_wr_timezone():
    f = read_feed(str(FEEDS / "fosdem2026_pentabarf.ics"))
    assert len(f.sessions) == 1067
    assert f.timezone == "Europe/Brussels"
    assert len({s.room for s in f.sessions}) == 37
    welcome = by_title(f, "Welcome to FOSDEM 2026")
    assert local(welcome.start, "Europe/Brussels") == "2026-01-31T09:30:00+01:00"
    assert welcome.speakers == ("FOSDEM Staff",)  # from ATTENDEE;CN=
    assert welcome.url.startswith("https://fosdem.org/")  # "https:/fosdem.org" repaired
    # FOSDEM titles contain " - " of their own: no sched-style split there
    by_title(f, "Multimodal support in llama.cpp - Achievements and Future Directions")
    assert "Local-First, sync engines, CRDTs" in {s.track for s in f.sessions}


def test_pretalx_vtimezone_and_speakers():
    p = read_feed(str(FEEDS / "pyconau2023_pretalx.ics"))
    assert len(p.sessions) == 94
    assert p.timezone == "Australia/Adelaide" and p.timezone_reason == "event TZIDs"
    opening = by_title(p, "Specialist Tracks Combined Opening Address")
    assert local(opening.start, "Australia/Adelaide") == "2023-08-18T09:00:00+09:30"
    assert opening.speakers == ("Pedro Junqueira", "Jack Skinner", "Nicky Ringland", "Katie McLaughlin", "Lilly Ryan")
    assert by_title(p, "Roll for Initiative: how to make the world of AI a more ethical place").speakers == ("J. Rosenbaum",)
    assert by_title(p, "Thar Be Dragons - Ethical, Legal, and Policy Challenges when Measuring Open Source").speakers == ("amanda casari",)


def test_vobject_duplicate_uids_and_missing_dtend():
    v = read_feed(str(FEEDS / "pyconuk2015_vobject.ics"), local_zone="Europe/London")
    assert len(v.sessions) == 162
    ids = [s.uid for s in v.sessions]
    assert len(set(ids)) == 162
    dup = "20160417T070217Z-58703@testing-worker-linux-docker-3ee836b9-3394-linux-5"
    shared = [s for s in v.sessions if s.uid.startswith(dup + "@")]  # named by what identifies them
    assert len(shared) >= 2 and dup not in ids and dup + "#2" not in ids
    assert set(v.renamed) >= {dup, dup + "#2"} and set(v.renamed.values()) <= set(ids)
    dinner = by_title(v, "The PyCon UK Dinner (Ticket required)")
    assert dinner.end == dinner.start  # no DTEND, DATE-TIME start: zero length (RFC 5545)
    by_title(v, "Gabbi - Declarative HTTP Testing (talk by Chris)")  # not split: vobject has no convention


def test_icspy_duration_instead_of_dtend():
    i = read_feed(str(FEEDS / "inpycon2021_icspy.ics"), local_zone="Asia/Kolkata")
    assert len(i.sessions) == 60
    s = by_title(i, "No Code Platform powered by Python & Django")
    assert s.duration == timedelta(minutes=30)
    assert s.speakers == ("Bhagvan Kommadi",)
    assert s.start == datetime(2021, 9, 19, 10, 30, tzinfo=ZoneInfo("UTC"))


def test_recurrence_override_expands_with_distinct_ids():
    k = read_feed(str(FEEDS / "rrule_recurrence_id_override.ics"))
    assert len(k.sessions) == 6
    assert len({s.uid for s in k.sessions}) == 6
    moved = k.get("event_rrule_recurrence_id/20140707T050000Z")
    assert local(moved.start, "Europe/Berlin") == "2014-07-07T09:00:00+02:00"
    regular = k.get("event_rrule_recurrence_id/20140714T050000Z")
    assert local(regular.start, "Europe/Berlin") == "2014-07-14T07:00:00+02:00"


def test_google_recurrences_stable_ids():
    a = read_feed(str(FEEDS / "google_677_recurrence_ids.ics"))
    b = read_feed(str(FEEDS / "google_677_recurrence_ids.ics"))
    assert a.timezone == "Europe/Paris"
    assert len(a.sessions) > 677  # RRULEs expanded into occurrences
    assert len({s.uid for s in a.sessions}) == len(a.sessions)
    assert [s.uid for s in a.sessions] == [s.uid for s in b.sessions]
    assert all(s.end >= s.start for s in a.sessions)


def test_google_birthdays_rdate_written_with_a_z_is_read_as_its_date():
    # "RDATE:20131210Z" (a DATE with a UTC Z) is repaired to the date (as ical.js reads it), no longer shown as
    # written with a warning: the 2014 series has its three birthdays beside the three of the other series.
    g = read_feed(str(FEEDS / "google_birthdays.ics"))
    assert len(g.sessions) == 6 and all(s.all_day for s in g.sessions) and g.warnings == ()
    assert sorted(s.start.date().isoformat() for s in g.sessions if s.uid.startswith("2014_BIRTHDAY")) == [
        "2012-12-10", "2013-12-10", "2014-12-10"]


def test_google_holidays_all_day_in_utc():
    h = read_feed(str(FEEDS / "google_public_holidays.ics"), local_zone="America/New_York")
    assert len(h.sessions) == 111
    assert h.timezone == "America/New_York"  # X-WR-TIMEZONE is only UTC: falls through to this computer
    assert all(s.all_day and s.duration == timedelta(days=1) for s in h.sessions)


def test_floating_repro_reads_in_x_wr_timezone():
    x = read_feed(str(FEEDS / "xwrtimezone_floating_repro.ics"), local_zone="Asia/Kolkata")
    assert local(x.sessions[0].start, "Europe/Brussels") == "2021-09-16T21:00:00+02:00"


def test_exchange_undefined_tzid_warns_and_reads_in_display_zone():
    e = read_feed(str(FEEDS / "exchange2010_undefined_tzid.ics"), local_zone="Europe/Berlin")
    assert len(e.sessions) == 1
    assert any("Customized Time Zone" in w for w in e.warnings)
    assert local(e.sessions[0].start, "Europe/Berlin") == "2024-04-26T14:00:00+02:00"
    assert e.sessions[0].room is None  # empty LOCATION


def test_unicode_titles():
    u = read_feed(str(FEEDS / "unicode_languages.ics"), local_zone="UTC")
    assert {s.title for s in u.sessions} >= {"中文", "日本語", "한국어", "עִברִית", "देवनागरी", "ไทย"}


def test_escaped_commas_in_categories():
    c = read_feed(str(FEEDS / "categories_escaped_commas.ics"), local_zone="UTC")
    assert "Meeting, John" in c.sessions[0].track and "Work, Sarah" in c.sessions[0].track


def test_wordpress_feed_recurrences_and_timezone():
    w = read_feed(str(FEEDS / "wordpress_icalcreator.ics"))
    assert w.timezone == "Europe/Berlin"
    assert len(w.sessions) >= 28
    assert w.get("") is None


def test_mozilla_odd_folding_two_calendars():
    m = read_feed(str(FEEDS / "mozilla_odd_folding.ics"), local_zone="UTC")
    assert sorted(s.title for s in m.sessions) == ["Boxing Day", "Christmas Day", "Christmas again!"]
    assert any("2 calendars" in w for w in m.warnings)


def test_large_google_export():
    g = read_feed(str(FEEDS / "google_personal_4778_events.ics"))
    assert len(g.sessions) >= 4778 - 10
    assert len({s.uid for s in g.sessions}) == len(g.sessions)


# -------------------------------------------------------------------------------------- malformed input
def test_bom_and_empty_calendar():
    b = read_feed(str(FEEDS / "bad_bom_crlf.ics"), local_zone="UTC")
    assert b.sessions == ()
    assert any("no events" in w for w in b.warnings)


def test_unreadable_dtstart_is_skipped_with_warning_naming_it():
    b = read_feed(str(FEEDS / "bad_double_semicolon_param.ics"), local_zone="UTC")
    assert b.sessions == ()
    assert any("An Event with too many semicolons" in w and "DTSTART" in w for w in b.warnings)


def test_bare_vevents_are_read_with_a_warning():
    b = read_feed(str(FEEDS / "bad_no_vcalendar_wrapper.ics"), local_zone="America/New_York")
    assert len(b.sessions) == 4 + 4 + 6 + 10  # COUNTs of the four RRULEs
    assert any("not inside a VCALENDAR" in w for w in b.warnings)
    assert any("US-Eastern" in w for w in b.warnings)
    assert len({s.uid for s in b.sessions}) == len(b.sessions)


def test_fuzz_garbage_is_one_error_with_line():
    with pytest.raises(FeedError) as err:
        read_feed(str(FEEDS / "bad_fuzz_garbage.ics"))
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith(str(FEEDS / "bad_fuzz_garbage.ics") + " line 55:")


@pytest.mark.parametrize(
    "data, fragment",
    [
        (b"", "empty file"),
        (b"<!DOCTYPE html><html><body>Schedule</body></html>", "web page"),
        (b"hello world\n", "line 1: not an iCalendar file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not an iCalendar file"),
        (b"BEGIN:VCARD\nFN:x\nEND:VCARD\n", "not an iCalendar file"),
    ],
)
def test_not_icalendar_gives_one_line_error(data, fragment):
    with pytest.raises(FeedError) as err:
        read_feed_bytes(data, "thing.ics")
    assert fragment in str(err.value) and str(err.value).startswith("thing.ics")
    assert "\n" not in str(err.value)


# ---------------------------------------------------------------------------------- zone inference
def _feed(*events: str, header: str = "") -> bytes:
    body = "".join(f"BEGIN:VEVENT\nUID:e{i}\nDTSTAMP:20260101T000000Z\n{e}\nEND:VEVENT\n" for i, e in enumerate(events))
    return f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//x//EN\n{header}{body}END:VCALENDAR\n".encode()


def test_zone_order_x_wr_timezone_beats_tzids_and_city():
    data = _feed("DTSTART;TZID=Asia/Tokyo:20260301T100000\nLOCATION:Room 1, Paris, France", header="X-WR-TIMEZONE:America/Chicago\n")
    assert read_feed_bytes(data, "t.ics", local_zone="UTC").timezone == "America/Chicago"


def test_zone_order_tzids_majority_beat_city():
    data = _feed(
        "DTSTART;TZID=Asia/Tokyo:20260301T100000\nLOCATION:Paris",
        "DTSTART;TZID=Asia/Tokyo:20260301T110000\nLOCATION:Paris",
        "DTSTART;TZID=Europe/Rome:20260301T120000\nLOCATION:Paris",
    )
    assert read_feed_bytes(data, "t.ics", local_zone="UTC").timezone == "Asia/Tokyo"


def test_zone_city_matches_whole_parts_only():
    data = _feed("DTSTART:20260301T100000Z\nLOCATION:Parisian Room, Lisbon, Portugal")
    assert read_feed_bytes(data, "t.ics", local_zone="UTC").timezone == "Europe/Lisbon"
    data = _feed("DTSTART:20260301T100000Z\nLOCATION:Parisian Room")
    s = read_feed_bytes(data, "t.ics", local_zone="Asia/Kolkata")
    assert (s.timezone, s.timezone_reason) == ("Asia/Kolkata", "this computer")


def test_zone_names_cover_the_zones_zoneinfo_knows():
    # The city index and the zone chooser read the tzdata package's list instead of walking the system's
    # zoneinfo folder; the list must still hold every real zone (and only zones).
    from zoneinfo import available_timezones

    from agenda.core.feeds.tz import is_zone, zone_names

    names = zone_names()
    assert {"Europe/Paris", "America/Argentina/Buenos_Aires", "Asia/Kolkata", "UTC"} <= names
    assert all(is_zone(n) for n in names)
    real = {n for n in available_timezones() if n != "localtime" and not n.startswith(("posix/", "right/"))}
    assert len(real - names) <= len(real) // 50, sorted(real - names)[:10]  # (a system's tzdata may be newer)


def test_floating_times_without_x_wr_use_the_inferred_zone():
    data = _feed("DTSTART:20260301T100000\nDTEND:20260301T110000\nLOCATION:Hall A, Lisbon, Portugal")
    s = read_feed_bytes(data, "t.ics", local_zone="Asia/Kolkata")
    assert local(s.sessions[0].start, "Europe/Lisbon") == "2026-03-01T10:00:00+00:00"


def test_default_fallback_is_this_computer():
    data = _feed("DTSTART:20260301T100000Z")
    assert read_feed_bytes(data, "t.ics").timezone == computer_zone()


def test_end_before_start_is_clamped_with_warning():
    data = _feed("SUMMARY:Backwards\nDTSTART:20260301T100000Z\nDTEND:20260301T090000Z")
    s = read_feed_bytes(data, "t.ics", local_zone="UTC")
    assert s.sessions[0].end == s.sessions[0].start
    assert any("Backwards" in w and "ends before it starts" in w for w in s.warnings)


def test_cancelled_status_is_kept_and_marked():
    data = _feed("SUMMARY:Gone\nSTATUS:CANCELLED\nDTSTART:20260301T100000Z\nDTEND:20260301T110000Z")
    s = read_feed_bytes(data, "t.ics", local_zone="UTC")
    assert s.sessions[0].cancelled


def test_dst_change_days_are_split_in_display_zone():
    # 29 March 2026: Paris springs forward at 02:00. 23:30 UTC on the 28th is 00:30 on the 29th in Paris.
    data = _feed(
        "SUMMARY:Late\nDTSTART:20260328T233000Z\nDTEND:20260329T003000Z",
        "SUMMARY:Morning\nDTSTART:20260329T070000Z\nDTEND:20260329T080000Z",
        header="X-WR-TIMEZONE:Europe/Paris\n",
    )
    s = read_feed_bytes(data, "t.ics")
    late, morning = by_title(s, "Late"), by_title(s, "Morning")
    assert late.start.astimezone(PARIS).date().isoformat() == "2026-03-29"
    assert local(morning.start) == "2026-03-29T09:00:00+02:00"  # after the change, +02:00
    assert local(late.start) == "2026-03-29T00:30:00+01:00"  # before it, +01:00


@pytest.mark.parametrize("tz", ["America/Los_Angeles", "Asia/Kolkata", "Pacific/Kiritimati"])
def test_a_holiday_is_on_its_own_date_in_every_zone(tz, data_dir, tmp_path):
    """An all-day event's DATE floats: New Year's Day is 1 January wherever it is shown. Google's holidays
    (X-WR-TIMEZONE UTC) shown in Los Angeles were listed, laid out and exported on 31 December."""
    from .helpers import run_cli

    feed = FEEDS / "google_public_holidays.ics"
    doc = run_cli("list", str(feed), "--json", "--tz", tz, "--data-dir", str(data_dir)).json()
    new_year = next(s for s in doc["sessions"] if s["title"] == "New Year's Day")
    assert new_year["all_day"] and new_year["day"] == "2021-01-01"
    assert new_year["start"].startswith("2021-01-01T00:00:00") and new_year["end"].startswith("2021-01-02T00:00:00")
    assert run_cli("star", str(feed), new_year["uid"], "--data-dir", str(data_dir)).code == 0
    out = tmp_path / "my-agenda.ics"
    assert run_cli("export", str(feed), "--tz", tz, "-o", str(out), "--data-dir", str(data_dir)).code == 0
    [event] = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert (event["DTSTART"].dt, event["DTEND"].dt) == (date(2021, 1, 1), date(2021, 1, 2))
