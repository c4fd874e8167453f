"""Feeds over HTTP from a real http.server on 127.0.0.1: limits, messages, offline copy, 304, changes."""
from __future__ import annotations

from datetime import timedelta

import pytest

from agenda.core.feeds.fetch import FetchError, fetch

from .conftest import SEED
from .helpers import by_title, edit_feed, run_cli


def test_list_by_url_and_webcal(server, data_dir):
    r = run_cli("list", server.url + "/feed.ics", "--json", "--data-dir", str(data_dir))
    assert r.code == 0, r.err
    assert len(r.json()["sessions"]) == 129
    r = run_cli("list", server.url.replace("http://", "webcal://") + "/feed.ics", "--json", "--data-dir", str(data_dir))
    # webcal is tried as https, then, as calendar apps do, as plain http (this server's only language); said,
    # and never in OpenSSL's words.
    assert r.code == 0, r.err
    assert len(r.json()["sessions"]) == 129 and "fetched over plain http" in r.err and "SSL" not in r.err


def test_redirects_followed_but_bounded(server):
    assert fetch(server.url + "/redirect").status == 200
    with pytest.raises(FetchError, match="redirect"):
        fetch(server.url + "/loop")


@pytest.mark.parametrize(
    "setup, fragment",
    [
        (lambda f: setattr(f, "status", 404), "HTTP 404"),
        (lambda f: (setattr(f, "ctype", "text/html"), setattr(f, "body", b"<html><body>Oops</body></html>")),
         "returned a web page, not a calendar feed"),
        (lambda f: setattr(f, "body", b"just some text"), "not an iCalendar feed"),
    ],
)
def test_errors_are_one_clear_line(server, data_dir, setup, fragment):
    setup(server)
    r = run_cli("list", server.url + "/feed.ics", "--data-dir", str(data_dir))
    assert r.code == 2 and fragment in r.err and server.url in r.err
    assert len(r.err.strip().splitlines()) == 1


def test_slow_response_times_out(server):
    server.delay = 2.0
    with pytest.raises(FetchError, match="timed out"):
        fetch(server.url + "/feed.ics", timeout=0.5)


def test_oversized_body_refused(server):
    with pytest.raises(FetchError, match="larger than"):
        fetch(server.url + "/feed.ics", max_bytes=1024)


def test_offline_copy_and_conditional_get(server, data_dir):
    url = server.url + "/feed.ics"
    assert run_cli("list", url, "--data-dir", str(data_dir)).code == 0
    r = run_cli("list", url, "--json", "--data-dir", str(data_dir))
    assert r.code == 0 and server.requests[-1].get("If-None-Match") == '"v1"'  # 304 path
    assert len(r.json()["sessions"]) == 129
    server.status = 500
    r = run_cli("list", url, "--json", "--data-dir", str(data_dir))
    assert r.code == 0 and "offline, last updated" in r.err
    assert len(r.json()["sessions"]) == 129


def _editable_copy(tmp_path, name="feed.ics"):
    """(a private copy of the seed to edit, its schedule, Helion, the PyTorch keynote)."""
    from agenda.core.feeds.feed import read_feed

    work = tmp_path / name
    work.write_bytes(SEED.read_bytes())
    s = read_feed(str(work))
    helion = by_title(s, "Helion 1.0: A High-Level DSL for Performance Portable Kernels")
    keynote = by_title(s, "Keynote: PyTorch Updates")
    return work, s, helion, keynote


def _editable_feed(server, tmp_path):
    """(url, a private copy of the seed to edit and serve, its schedule, Helion, the PyTorch keynote)."""
    return (server.url + "/feed.ics", *_editable_copy(tmp_path))


def test_refresh_reports_changes_to_picks_and_keeps_stars(server, data_dir, tmp_path):
    url, work, s, helion, keynote = _editable_feed(server, tmp_path)
    lights = by_title(s, "Lights, Camera, Inference! Video Generation as a Service With VLLM-Omni")
    assert run_cli("star", url, helion.uid, keynote.uid, lights.uid, "--data-dir", str(data_dir)).code == 0
    first = run_cli("refresh", url, "--json", "--data-dir", str(data_dir))
    assert first.json() == {"changes": [], "new_sessions": 0}
    edit_feed(work, helion.uid, shift=timedelta(minutes=30))
    edit_feed(work, lights.uid, location="Master Stage, Paris, France")
    edit_feed(work, keynote.uid, remove=True)
    server.body, server.etag = work.read_bytes(), '"v2"'
    r = run_cli("refresh", url, "--json", "--data-dir", str(data_dir))
    assert r.code == 0, r.err
    kinds = {(c["uid"], c["kind"]) for c in r.json()["changes"]}
    assert kinds == {(helion.uid, "moved"), (lights.uid, "room"), (keynote.uid, "cancelled")}
    doc = run_cli("list", url, "--json", "--data-dir", str(data_dir)).json()
    starred = {x["uid"] for x in doc["sessions"] if x["starred"] is True}
    assert starred == {helion.uid, lights.uid}  # the removed one is gone from the feed, not from the picks file
    assert run_cli("refresh", url, "--json", "--data-dir", str(data_dir)).json()["changes"] == []  # acknowledged


def _first_look_then_change(feed: str, data_dir, work, helion, keynote, publish) -> dict:
    """list, star, the organiser moves one starred talk an hour and removes another, refresh: the report."""
    assert run_cli("list", feed, "--data-dir", str(data_dir)).code == 0
    assert run_cli("star", feed, helion.uid, keynote.uid, "--data-dir", str(data_dir)).code == 0
    edit_feed(work, helion.uid, shift=timedelta(hours=1))
    edit_feed(work, keynote.uid, remove=True)
    publish()
    r = run_cli("refresh", feed, "--json", "--data-dir", str(data_dir))
    assert r.code == 0, r.err
    return r.json()


def test_first_command_takes_the_first_look_so_refresh_sees_changes_over_http(server, data_dir, tmp_path):
    url, work, s, helion, keynote = _editable_feed(server, tmp_path)

    def publish():
        server.body, server.etag = work.read_bytes(), '"v2"'

    report = _first_look_then_change(url, data_dir, work, helion, keynote, publish)
    by_kind = {c["kind"]: c for c in report["changes"]}
    assert set(by_kind) == {"moved", "cancelled"}
    assert by_kind["moved"]["uid"] == helion.uid and by_kind["cancelled"]["uid"] == keynote.uid
    assert by_kind["moved"]["after"] == (helion.start + timedelta(hours=1)).isoformat()
    assert report["new_sessions"] == 0


def test_first_command_takes_the_first_look_for_a_local_file_too(data_dir, tmp_path):
    work, s, helion, keynote = _editable_copy(tmp_path, "local.ics")
    report = _first_look_then_change(str(work), data_dir, work, helion, keynote, lambda: None)
    assert {(c["uid"], c["kind"]) for c in report["changes"]} == {(helion.uid, "moved"), (keynote.uid, "cancelled")}


def test_later_lists_never_swallow_a_change(server, data_dir, tmp_path):
    url, work, s, helion, keynote = _editable_feed(server, tmp_path)
    assert run_cli("star", url, helion.uid, "--data-dir", str(data_dir)).code == 0
    edit_feed(work, helion.uid, shift=timedelta(minutes=45))
    server.body, server.etag = work.read_bytes(), '"v2"'
    for _ in range(2):  # reading the changed feed is not the same as the user seeing the change
        assert run_cli("list", url, "--data-dir", str(data_dir)).code == 0
        assert run_cli("export", url, "-o", str(tmp_path / "out.ics"), "--data-dir", str(data_dir)).code == 0
    kinds = [c["kind"] for c in run_cli("refresh", url, "--json", "--data-dir", str(data_dir)).json()["changes"]]
    assert kinds == ["moved"]


def test_refresh_reports_retitled_cancelled_status_and_new_sessions(server, data_dir, tmp_path):
    import icalendar

    url, work, s, helion, keynote = _editable_feed(server, tmp_path)
    run_cli("star", url, helion.uid, keynote.uid, "--data-dir", str(data_dir))
    assert run_cli("refresh", url, "--json", "--data-dir", str(data_dir)).json()["changes"] == []
    edit_feed(work, helion.uid, summary="Helion 2.0: Renamed - Oguz Ulgen, Meta")
    edit_feed(work, keynote.uid, status="CANCELLED")
    cal = icalendar.Calendar.from_ical(work.read_bytes())
    extra = icalendar.Event()
    for key, value in (("UID", "brand-new-1"), ("SUMMARY", "Late addition - A Person, Org"),
                       ("LOCATION", "Lobby, Paris, France")):
        extra.add(key, value)
    extra.add("DTSTART", s.sessions[0].start)
    extra.add("DTEND", s.sessions[0].end)
    cal.add_component(extra)
    work.write_bytes(cal.to_ical())
    server.body, server.etag = work.read_bytes(), '"v3"'
    report = run_cli("refresh", url, "--json", "--data-dir", str(data_dir)).json()
    changes = {(c["uid"], c["kind"]): c for c in report["changes"]}
    assert set(changes) == {(helion.uid, "retitled"), (keynote.uid, "cancelled")}
    assert changes[(helion.uid, "retitled")]["after"] == "Helion 2.0: Renamed"
    assert report["new_sessions"] == 1
    text = run_cli("refresh", url, "--data-dir", str(data_dir))
    assert "0 change(s) to your picks, 0 new session(s)" in text.out  # acknowledged by the last run
