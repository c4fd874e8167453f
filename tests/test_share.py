"""Send to phone: `agenda share` serves the export on 127.0.0.1 to real HTTP clients; nothing else leaks."""
from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import urllib.parse
from pathlib import Path

import pytest

from .conftest import SEED
from .helpers import VALIDATE, run_cli, without_stamps
from .helpers import validator_home as _validator_home

KEYNOTE = "5ec9e9dc8299c28c6cd041cf069866bf"
HELION = "ea4620ce0f810a15307f92b28e2664da"


class Sharing:
    """``agenda share`` running in its own process, as a user starts it."""

    def __init__(self, data_dir: Path, *args: str) -> None:
        cmd = [sys.executable, "-m", "agenda", "share", str(SEED), "--bind", "127.0.0.1", "--json",
               "--data-dir", str(data_dir), *args]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        assert line, self.proc.stderr.read()
        self.urls = json.loads(line)
        parts = urllib.parse.urlsplit(self.urls["url"])
        self.host, self.port, self.path = parts.hostname, parts.port, parts.path

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

    def start(*args: str) -> Sharing:
        started.append(Sharing(data_dir, *args))
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
    assert share.urls["webcal"] == "webcal://" + share.urls["url"][len("http://"):]
    status, headers, body = share.request()
    assert status == 200 and headers["Content-Type"].startswith("text/calendar")
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT15M" in body and b"X-PUBLISHED-TTL:PT15M" in body
    target = tmp_path / "my-agenda.ics"
    assert run_cli("export", str(SEED), "-o", str(target), "--data-dir", str(data_dir)).code == 0
    assert without_stamps(body) == without_stamps(target.read_bytes())
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
    assert share.request("HEAD")[0] == 200  # a HEAD is not a download
    assert share.proc.poll() is None
    status, _, body = share.request()
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
