"""Send to phone: `agenda share` serves the export on 127.0.0.1 to real HTTP clients; nothing else leaks."""
from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from .conftest import SEED
from .helpers import VALIDATE, edit_feed, run_cli, without_stamps
from .helpers import validator_home as _validator_home

KEYNOTE = "5ec9e9dc8299c28c6cd041cf069866bf"
HELION = "ea4620ce0f810a15307f92b28e2664da"


class Sharing:
    """``agenda share`` running in its own process, as a user starts it."""

    def __init__(self, data_dir: Path, *args: str, feed: Path = SEED) -> None:
        cmd = [sys.executable, "-m", "agenda", "share", str(feed), "--bind", "127.0.0.1", "--json",
               "--data-dir", str(data_dir), *args]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        assert line, self.proc.stderr.read()
        self.urls = json.loads(line)
        once = urllib.parse.urlsplit(self.urls["url"])  # Add once
        subscription = urllib.parse.urlsplit(self.urls["webcal"])
        self.host, self.port, self.path = subscription.hostname, subscription.port, subscription.path
        self.once_path = once.path
        assert (once.hostname, once.port) == (self.host, self.port)

    def request(self, method: str = "GET", path: str | None = None, headers: dict | None = None):
        conn = http.client.HTTPConnection(self.host, self.port, timeout=10)
        conn.request(method, path or self.path, headers=headers or {})
        r = conn.getresponse()
        body = r.read()
        conn.close()
        return r.status, dict(r.getheaders()), body

    def raw(self, data: bytes) -> bytes:
        with socket.create_connection((self.host, self.port), timeout=10) as s:
            s.sendall(data)
            chunks = []
            while chunk := s.recv(65536):
                chunks.append(chunk)
        return b"".join(chunks)

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
        return self.proc.wait(timeout=20)


@pytest.fixture
def sharing(data_dir):
    started = []

    def start(*args: str, feed: Path = SEED) -> Sharing:
        started.append(Sharing(data_dir, *args, feed=feed))
        return started[-1]

    yield start
    for s in started:
        if s.proc.poll() is None:
            s.proc.kill()
            s.proc.wait()


def test_json_contract_and_the_body_is_the_export(sharing, data_dir, tmp_path):
    assert run_cli("star", str(SEED), KEYNOTE, HELION, "--data-dir", str(data_dir)).code == 0
    share = sharing()
    assert set(share.urls) == {"url", "webcal"}
    token = share.path.split("/")[1]
    assert len(token) >= 22 and share.path == f"/{token}/my-agenda.ics"  # 128+ random bits in the URL
    assert share.urls["url"].startswith("http://") and share.once_path == f"/{token}/add-once/my-agenda.ics"
    status, headers, body = share.request()
    assert status == 200 and headers["Content-Type"].startswith("text/calendar")
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT15M" in body and b"X-PUBLISHED-TTL:PT15M" in body
    once = share.request(path=share.once_path)[2]
    target = tmp_path / "my-agenda.ics"
    assert run_cli("export", str(SEED), "-o", str(target), "--data-dir", str(data_dir)).code == 0
    # Before anything was removed, the subscription, Add once and an export carry the same events.
    assert without_stamps(body) == without_stamps(target.read_bytes()) == without_stamps(once)
    assert share.stop() == 0


def test_served_calendar_passes_the_five_parsers(sharing, data_dir, tmp_path):
    _validator_home()
    assert run_cli("star", str(SEED), KEYNOTE, HELION, "--data-dir", str(data_dir)).code == 0
    share = sharing()
    target = tmp_path / "served.ics"
    target.write_bytes(share.request()[2])
    p = subprocess.run(["bash", str(VALIDATE / "check"), str(target)], capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stdout + p.stderr
    assert p.stdout.count("2 events") == 5, p.stdout


def test_stars_change_the_next_response_and_its_etag_polls_get_304(sharing, data_dir):
    assert run_cli("star", str(SEED), KEYNOTE, "--data-dir", str(data_dir)).code == 0
    share = sharing()
    status, headers, body = share.request()
    etag = headers["ETag"]
    again = share.request()
    assert again[2] == body and again[1]["ETag"] == etag  # unchanged picks: the same bytes
    assert share.request(headers={"If-None-Match": etag})[:1] == (304,)
    assert share.request(headers={"If-Modified-Since": headers["Last-Modified"]})[0] == 304
    assert b"Helion" not in body
    assert run_cli("star", str(SEED), HELION, "--data-dir", str(data_dir)).code == 0
    status, headers2, body2 = share.request(headers={"If-None-Match": etag})
    assert status == 200 and headers2["ETag"] != etag and b"Helion 1.0" in body2
    assert run_cli("unstar", str(SEED), HELION, "--data-dir", str(data_dir)).code == 0
    body3 = share.request()[2]
    assert b"Helion 1.0" not in body3 and b"Keynote: Co-Evolution" in body3
    assert share.stop() == 0


def test_nothing_else_is_served_and_nothing_leaks(sharing, data_dir):
    share = sharing()
    token = share.path.split("/")[1]
    wrong = "x" * len(token)
    for path in (f"/{wrong}/my-agenda.ics", "/", f"/{token}/", f"/{token}", f"/{token}/../{token}/my-agenda.ics",
                 f"/{token}/my-agenda.ics/..", "/my-agenda.ics", f"/{token}/settings.json", "/../../etc/passwd"):
        status, _, body = share.request(path=path)
        assert (status, body) == (404, b""), path
    for method in ("POST", "PUT", "DELETE", "OPTIONS"):
        status, _, body = share.request(method, headers={"Content-Length": "0"})
        assert (status, body) == (404, b""), method
    assert share.request("HEAD")[:1] == (200,) and share.request("HEAD")[2] == b""
    huge = share.raw(f"GET {share.path} HTTP/1.1\r\nHost: x\r\nX-Big: {'a' * 70000}\r\n\r\n".encode())
    assert huge.startswith(b"HTTP/1.0 400") and huge.endswith(b"\r\n\r\n")  # no body, no explanation
    many = "".join(f"X-{i}: y\r\n" for i in range(200))
    assert share.raw(f"GET {share.path} HTTP/1.1\r\n{many}\r\n".encode()).startswith(b"HTTP/1.0 400")
    long_line = share.raw(b"GET /" + b"a" * 10000 + b" HTTP/1.1\r\n\r\n")
    assert long_line.startswith(b"HTTP/1.0 400")
    assert share.raw(b"NONSENSE\r\n\r\n").startswith(b"HTTP/1.0 400")
    for reply in (huge, long_line):
        assert b"Agenda" not in reply.split(b"\r\n\r\n")[1]
    slow = socket.create_connection((share.host, share.port), timeout=10)
    slow.sendall(b"GET /")  # a client that never finishes its request line holds only its own thread
    assert share.request()[0] == 200  # still serving, to everyone else
    slow.close()
    assert share.stop() == 0
    assert share.proc.stderr.read().count("\n") <= 2  # no tracebacks, no request log


def test_once_exits_after_the_first_download(sharing, data_dir):
    assert run_cli("star", str(SEED), KEYNOTE, "--data-dir", str(data_dir)).code == 0
    share = sharing("--once")
    assert share.request("HEAD", path=share.once_path)[0] == 200  # a HEAD is not a download
    assert share.request()[0] == 200  # nor is a subscribed calendar's poll
    time.sleep(0.3)
    assert share.proc.poll() is None
    status, _, body = share.request(path=share.once_path)
    assert status == 200 and b"Keynote: Co-Evolution" in body
    assert share.proc.wait(timeout=20) == 0
    with pytest.raises(OSError):
        share.request()


def test_bad_bind_address_is_one_line(data_dir):
    r = run_cli("share", str(SEED), "--bind", "203.0.113.7", "--data-dir", str(data_dir))
    assert r.code == 2 and "cannot share on 203.0.113.7" in r.err and len(r.err.strip().splitlines()) == 1
    r = run_cli("share", str(SEED), "--port", "70000", "--data-dir", str(data_dir))
    assert r.code == 2 and "70000" in r.err


def test_qr_in_the_terminal_encodes_the_url(data_dir):
    zxingcpp = pytest.importorskip("zxingcpp")

    proc = subprocess.Popen([sys.executable, "-m", "agenda", "share", str(SEED), "--bind", "127.0.0.1", "--qr",
                             "--json", "--once", "--data-dir", str(data_dir)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ})
    try:
        url = json.loads(proc.stdout.readline())["url"]
        conn = http.client.HTTPConnection(*urllib.parse.urlsplit(url).netloc.split(":"), timeout=10)
        conn.request("GET", urllib.parse.urlsplit(url).path)
        assert conn.getresponse().status == 200
        assert proc.wait(timeout=20) == 0
        art = proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
    # segno's compact terminal form: two modules per character, light ones drawn as blocks (for dark
    # terminals); paint the dark ones black on white and let a real decoder read it.
    from PySide6.QtGui import QColor, QImage, QPainter

    rows = [line for line in art.splitlines() if line.strip() and set(line) <= set("█▀▄ ")]
    assert rows
    img = QImage(len(rows[0]) * 8, len(rows) * 16, QImage.Format_Grayscale8)
    img.fill(QColor("white"))
    painter = QPainter(img)
    for y, line in enumerate(rows):
        for x, ch in enumerate(line):
            if ch in " ▄":
                painter.fillRect(x * 8, y * 16, 8, 8, QColor("black"))
            if ch in " ▀":
                painter.fillRect(x * 8, y * 16 + 8, 8, 8, QColor("black"))
    painter.end()
    assert [b.text for b in zxingcpp.read_barcodes(img)] == [url]


def _events(body: bytes) -> dict[str, tuple[str, int, str, str]]:
    """SUMMARY -> (STATUS, SEQUENCE, DTSTART, DESCRIPTION) of each event served, read with icalendar."""
    import icalendar

    cal = icalendar.Calendar.from_ical(body)
    found = {}
    for ev in cal.walk("VEVENT"):
        assert str(ev["SUMMARY"]) not in found, "an event served twice"
        found[str(ev["SUMMARY"])] = (str(ev["STATUS"]), int(ev["SEQUENCE"]), ev["DTSTART"].dt.isoformat(),
                                     str(ev.get("DESCRIPTION", "")))
    return found


def test_subscription_is_the_live_set_add_once_cancels_what_the_phone_had(sharing, data_dir, tmp_path):
    # An export before sharing once made every later unstar a CANCELLED event in the subscription, forever.
    assert run_cli("star", str(SEED), KEYNOTE, HELION, "--data-dir", str(data_dir)).code == 0
    assert run_cli("export", str(SEED), "-o", str(tmp_path / "a.ics"), "--data-dir", str(data_dir)).code == 0
    share = sharing()
    added = _events(share.request(path=share.once_path)[2])  # the phone adds the file once
    assert {v[0] for v in added.values()} == {"CONFIRMED"} and len(added) == 2
    assert run_cli("unstar", str(SEED), HELION, "--data-dir", str(data_dir)).code == 0
    live = _events(share.request()[2])
    assert list(live) == ["Keynote: Co-Evolution: How the Open Source Intelligence Stack Compounds"]  # simply gone
    again = _events(share.request(path=share.once_path)[2])  # the phone that had Helion is told it is off
    helion = next(k for k in again if k.startswith("Helion"))
    assert again[helion][0] == "CANCELLED" and again[helion][1] > added[helion][1]
    # Said once: the download is recorded as soon as it is complete (just after the client has it all).
    deadline = time.monotonic() + 10
    while any(k.startswith("Helion") for k in _events(share.request(path=share.once_path)[2])):
        assert time.monotonic() < deadline, "the phone is told again and again"
        time.sleep(0.05)
    # The next export cancels it too: the exported file had it.
    assert run_cli("export", str(SEED), "-o", str(tmp_path / "b.ics"), "--data-dir", str(data_dir)).code == 0
    assert _events((tmp_path / "b.ics").read_bytes())[helion][0] == "CANCELLED"
    assert share.stop() == 0


def test_while_sharing_sequence_rises_with_each_change_of_a_note(sharing, data_dir):
    assert run_cli("star", str(SEED), KEYNOTE, "--data-dir", str(data_dir)).code == 0
    share = sharing()
    title = "Keynote: Co-Evolution: How the Open Source Intelligence Stack Compounds"
    seen = [_events(share.request()[2])[title][1]]
    for text in ("ask about MoE", "ask about MoE and FSDP", "sit near the front"):
        assert run_cli("note", str(SEED), KEYNOTE, text, "--data-dir", str(data_dir)).code == 0
        status, seq, _start, desc = _events(share.request()[2])[title]
        assert text in desc
        seen.append(seq)
    assert seen == sorted(set(seen)) and len(seen) == 4  # each poll after a change: a higher SEQUENCE
    assert _events(share.request()[2])[title][1] == seen[-1]  # and no change: the same
    assert share.stop() == 0


def test_share_follows_a_change_of_the_feed_file(sharing, data_dir, seed_copy):
    assert run_cli("star", str(seed_copy), KEYNOTE, "--data-dir", str(data_dir)).code == 0
    share = sharing(feed=seed_copy)
    title = "Keynote: Co-Evolution: How the Open Source Intelligence Stack Compounds"
    before = _events(share.request()[2])[title]
    edit_feed(seed_copy, KEYNOTE, shift=timedelta(hours=1))  # the organiser moves it by an hour
    after = _events(share.request()[2])[title]
    assert datetime.fromisoformat(after[2]) - datetime.fromisoformat(before[2]) == timedelta(hours=1)
    assert after[1] > before[1]
    seed_copy.write_text("BEGIN:VCALENDAR\nnot a calendar\n")  # a half-saved file keeps the last reading
    assert _events(share.request()[2])[title][2] == after[2]
    assert share.stop() == 0
    assert share.proc.stderr.read().count("still serving") == 1


def test_ctrl_c_as_the_link_is_printed_stops_sharing_cleanly(sharing):
    """Ctrl+C the moment the link shows stops sharing with exit 0, not the 130 of an interrupted command:
    the stop used to be caught only once the serving loop had begun, a few statements after the link was
    printed (a run of the restart test below hit that gap)."""
    for _ in range(8):
        share = sharing()  # returns as soon as the link's line is read
        assert share.stop() == 0
        assert "Traceback" not in share.proc.stderr.read()


def test_the_link_is_the_same_after_a_restart_until_new_link(sharing, data_dir):
    first = sharing()
    urls = first.urls
    assert first.stop() == 0
    again = sharing()
    assert again.urls == urls and again.request()[0] == 200  # the phone's link still works
    assert again.stop() == 0
    renewed = sharing("--new-link")
    assert renewed.urls["webcal"] != urls["webcal"] and renewed.port == again.port
    assert renewed.request(path=again.path)[0] == 404 and renewed.request()[0] == 200  # the old token is revoked
    assert renewed.stop() == 0
