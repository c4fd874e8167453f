"""Send to phone: a small read-only HTTP server for the current picks (no Qt).

It serves two paths under a secret TOKEN (192 random bits, ``secrets``):

- ``/TOKEN/my-agenda.ics``, the subscription (what a ``webcal://`` link polls): the live set of picks, a
  changed event with a higher SEQUENCE (core/output/export.py says what each kind of file carries);
- ``/TOKEN/add-once/my-agenda.ics``, Add once: what Export writes for the phone, with cancellations for
  picks removed since the last file the phone took this way.

A body is built again when the picks, notes or feed change, so that a star, an unstar or a refresh shows
in the next request; its DTSTAMP is the time the content last changed, so the same picks give the same
bytes, a strong ETag and 304s to a polling calendar. What a complete download carried is remembered
(``commit``), so SEQUENCE rises while sharing. Every other path, token or method gets an empty 404; a
request line or header block over its bound gets an empty 400. A request is read by the gate (gate.py) before
any thread is given to it: a slow client costs a socket until its time is up, and never blocks anyone else.
"""
from __future__ import annotations

import collections
import hashlib
import io
import os
import re
import secrets
import socket
import threading
import time
from datetime import datetime, timezone
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, NamedTuple, Protocol

from ..errors import AgendaError, ShareError
from ..words import tr

FILE_NAME = "my-agenda.ics"
ONCE_DIR = "add-once"  # Add once's path: /TOKEN/add-once/my-agenda.ics
SUBSCRIBED, ADDED_ONCE = "subscription", "add-once"  # what a download was (on_download's argument)
MAX_LINE = 4096  # bytes in the request line and in each header line
MAX_HEADERS = 40
CLIENT_TIMEOUT = 10.0  # seconds a client may take to send its request
REQUEST_DEADLINE = 15.0  # seconds a connection may last in all, however slowly it trickles
MAX_CLIENTS = 64  # requests answered at once; as many more may wait for a slot
MAX_READY = 1024  # whole requests waiting for a thread (a burst of phones); more are closed
BACKLOG = 1024  # connections the kernel keeps waiting
ONCE_TIMEOUT = 10 * 60  # "Add once" stops after this long without a download
_STAMP = re.compile(rb"^DTSTAMP[;:].*\r\n", re.MULTILINE)


def default_address() -> str:
    """The address of the interface with the default route (what a phone on the same network reaches),
    found without sending anything; 127.0.0.1 when this computer has no route out."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed anywhere; UDP connect sends nothing
            return s.getsockname()[0]
        except OSError:
            return "127.0.0.1"


class Body(Protocol):
    """What ``AgendaFeed.make`` returns (core.output.export.Rendered)."""

    data: bytes

    def commit(self) -> None: ...


class Served(NamedTuple):
    body: bytes
    etag: str
    last_modified: datetime
    commit: Callable[[], None]  # after a complete download: remember what it carried


class AgendaFeed:
    """The served calendar: ``make(stamp)`` builds the export bytes with DTSTAMP ``stamp``. The stamp moves
    on (to ``clock()``) only when the content apart from DTSTAMP changes, so unchanged picks give
    byte-identical answers. ``version()``, when given, is a cheap token of what the content depends on
    (the picks file as saved, the feed): while it stays the same the body and ETag built for it are served
    again without building them. When ``make`` raises an AgendaError (unreadable picks), the last body
    served is served again: a damaged picks file never becomes a calendar of cancellations. Thread-safe:
    requests come on the server's threads."""

    def __init__(self, make: Callable[[datetime], Body], clock: Callable[[], datetime] | None = None,
                 version: Callable[[], object] | None = None) -> None:
        self.make = make
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self.version = version
        self._lock = threading.Lock()
        self._stamp = self._now()
        self._key: bytes | None = None
        self._served: Served | None = None
        self._served_version: object = None
        self.builds = 0  # bodies built (the rest were served from the last one)

    def _now(self) -> datetime:
        return self.clock().astimezone(timezone.utc).replace(microsecond=0)

    def current(self) -> Served:
        with self._lock:
            version = self.version() if self.version is not None else object()
            if self._served is not None and version == self._served_version:
                return self._served
            try:
                made = self.make(self._stamp)
                key = hashlib.sha256(_STAMP.sub(b"", made.data)).digest()
                if self._key is not None and key != self._key:
                    self._stamp = self._now()
                    made = self.make(self._stamp)
            except AgendaError:
                if self._served is None:
                    raise
                return self._served  # built again on the next request
            self.builds += 1
            self._key = key
            body = made.data
            self._served = Served(body, '"' + hashlib.sha256(body).hexdigest()[:32] + '"', self._stamp, made.commit)
            self._served_version = version
            return self._served


class ShareServer:
    """Serves ``feed`` (the subscription) at http://ADDRESS:PORT/TOKEN/my-agenda.ics and ``once_feed`` (Add
    once) at …/TOKEN/add-once/my-agenda.ics on a thread of its own until stop(). ``on_download(kind)`` is
    called (on a server thread) after each complete 200 answer, ``kind`` SUBSCRIBED or ADDED_ONCE; with
    ``once`` the server stops itself after the first Add once download. ``start`` raises ShareError with
    a one-line reason."""

    def __init__(self, feed: AgendaFeed, address: str, port: int = 0, *, once: bool = False,
                 on_download: Callable[[str], None] | None = None, token: str | None = None,
                 once_feed: AgendaFeed | None = None) -> None:
        self.feed, self.address, self.port, self.once = feed, address, port, once
        self.once_feed = once_feed or feed
        self.on_download = on_download
        self.token = token or secrets.token_urlsafe(24)
        self.downloads = 0
        self.stopped = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self.gate: Any = None  # gate.Gate, made by start()
        self._thread: threading.Thread | None = None

    @property
    def path(self) -> str:
        return f"/{self.token}/{FILE_NAME}"

    @property
    def once_path(self) -> str:
        return f"/{self.token}/{ONCE_DIR}/{FILE_NAME}"

    @property
    def url(self) -> str:
        """The subscription as http:// (what the webcal:// link fetches)."""
        return self._base + self.path

    @property
    def once_url(self) -> str:
        """Add once: the file a phone imports."""
        return self._base + self.once_path

    @property
    def _base(self) -> str:
        host = f"[{self.address}]" if ":" in self.address else self.address
        return f"http://{host}:{self.port}"

    @property
    def webcal(self) -> str:
        return "webcal://" + self.url[len("http://"):]

    @property
    def running(self) -> bool:
        return self._httpd is not None and not self.stopped.is_set()

    def start(self) -> "ShareServer":
        from .gate import Gate, Received

        handler = _handler(self)
        family = socket.AF_INET6 if ":" in self.address else socket.AF_INET
        slots = threading.BoundedSemaphore(MAX_CLIENTS)  # requests answered at once
        threads = threading.BoundedSemaphore(2 * MAX_CLIENTS)  # threads answering, or waiting for a slot
        ready: collections.deque = collections.deque()  # whole requests waiting for a thread, oldest first
        ready_lock = threading.Lock()

        def process_request(server: ThreadingHTTPServer, request: Any, client: Any) -> None:
            gate.add(request, client)  # its request is read there, on no thread of its own

        def dispatch(received: Received, client: Any) -> None:  # (the gate's thread) a whole request
            with ready_lock:
                if self.stopped.is_set() or len(ready) >= MAX_READY:
                    httpd.shutdown_request(received)
                    return
                ready.append((received, client, time.monotonic() + REQUEST_DEADLINE))
            if threads.acquire(blocking=False):
                threading.Thread(target=drain, name="agenda-share-answer", daemon=True).start()

        def drain() -> None:
            # Answer waiting requests until none is left; a request still waiting at its deadline is closed.
            # Checked again after the thread gives back its place, so that no request is left without one.
            while True:
                while True:
                    with ready_lock:
                        item = ready.popleft() if ready else None
                    if item is None:
                        break
                    answer(*item)
                threads.release()
                with ready_lock:
                    more = bool(ready)
                if not more or not threads.acquire(blocking=False):
                    return

        def answer(request: Any, client: Any, deadline: float) -> None:
            # At most MAX_CLIENTS answered at once; the wait for a slot is in short steps, so that stop() is
            # never held up by it.
            try:
                while not slots.acquire(timeout=0.1):
                    if self.stopped.is_set() or time.monotonic() > deadline:
                        return
                try:
                    if time.monotonic() <= deadline:
                        httpd.finish_request(request, client)
                finally:
                    slots.release()
            except Exception:  # a client that misbehaves is only dropped
                pass
            finally:
                httpd.shutdown_request(request)

        server_class = type("_Server", (ThreadingHTTPServer,), {
            "address_family": family, "daemon_threads": True, "request_queue_size": BACKLOG,
            "process_request": process_request,
            # the same port again after a stop (past TIME_WAIT); on Windows the option would let others share it
            "allow_reuse_address": os.name != "nt",
            "handle_error": lambda self, request, client: None,  # a client that misbehaves is only dropped
        })
        try:
            httpd = self._httpd = server_class((self.address, self.port), handler)
        except OSError as exc:
            raise ShareError(tr("cannot share on {address}:{port}: {reason}", address=self.address, port=self.port,
                                reason=exc.strerror or exc)) from None
        # Every connection is accepted at once and its request read by the gate: a socket that trickles its
        # request holds no thread and no slot, and a phone's poll beside thousands of them is answered at once.
        gate = self.gate = Gate(dispatch, self.stopped, deadline=CLIENT_TIMEOUT, max_bytes=MAX_LINE * (MAX_HEADERS + 2))
        self.port = httpd.server_address[1]
        self._thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.2},
                                        name="agenda-share", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket; safe to call from any thread, more than once."""
        if self.stopped.is_set():
            return
        self.stopped.set()
        httpd = self._httpd
        if httpd is None:
            return
        if threading.current_thread() is self._thread:
            threading.Thread(target=httpd.shutdown, daemon=True).start()
        else:
            httpd.shutdown()
        httpd.server_close()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the server stops (True) or ``timeout`` seconds pass (False)."""
        return self.stopped.wait(timeout)

    def _downloaded(self, kind: str, once: bool) -> None:
        """After a complete answer; ``once``: the server was in "Add once" mode when the request came."""
        self.downloads += 1
        if once and kind == ADDED_ONCE:  # stopped before anyone is told, so that whoever is told sees it stopped
            self.stop()
        if self.on_download is not None:
            self.on_download(kind)


def _handler(share: ShareServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        timeout = CLIENT_TIMEOUT
        server_version = "Agenda"
        sys_version = ""

        def log_message(self, *args: object) -> None:  # nothing about clients is written anywhere
            pass

        def setup(self) -> None:
            super().setup()
            # However slowly a client sends, its connection ends at the deadline (a slowloris holds no thread).
            self._deadline = threading.Timer(REQUEST_DEADLINE, self._cut)
            self._deadline.daemon = True
            self._deadline.start()

        def _cut(self) -> None:
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

        def finish(self) -> None:
            self._deadline.cancel()
            try:
                super().finish()
            except OSError:
                pass

        def handle_one_request(self) -> None:
            self.close_connection = True  # one request per connection: nothing to keep alive or bound
            self.request_version = "HTTP/1.0"  # until the request line is parsed (0.9 would send no headers)
            try:
                line = self.rfile.readline(MAX_LINE + 1)
                if not line:
                    return
                head: list[bytes] = []
                too_long = False
                while len(line) <= MAX_LINE and len(head) <= MAX_HEADERS:
                    h = self.rfile.readline(MAX_LINE + 1)
                    if h in (b"\r\n", b"\n", b""):
                        break
                    if len(h) > MAX_LINE:
                        too_long = True
                        break
                    head.append(h)
                if too_long or len(line) > MAX_LINE or len(head) > MAX_HEADERS:
                    self._empty(400)
                    return
                self.raw_requestline = line
                sock_file, self.rfile = self.rfile, io.BytesIO(b"".join(head) + b"\r\n")
                try:
                    if not self.parse_request():
                        return
                finally:
                    self.rfile = sock_file
                path = self.path.split("?", 1)[0]
                kind = SUBSCRIBED if path == share.path else ADDED_ONCE if path == share.once_path else None
                if self.command not in ("GET", "HEAD") or kind is None:
                    self._empty(404)
                    return
                self._answer(kind, self.command == "GET")
            except (TimeoutError, ConnectionError):
                pass

        def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
            self.request_version = "HTTP/1.0"  # never an HTTP/0.9 answer (it has no status line)
            self._empty(400 if code != 404 else 404)  # what http.server would have explained stays unsaid

        def _empty(self, code: int) -> None:
            self.send_response_only(code)
            self.send_header("Content-Length", "0")
            self.send_header("Connection", "close")
            self.end_headers()
            if code == 400:  # the client may still be sending: take a bounded rest of it, so that closing
                self._drain()  # with unread data (a reset) does not destroy the answer before it is read

        def _drain(self) -> None:
            try:
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_WR)
                self.connection.settimeout(1.0)
                left = 1 << 20
                while left > 0 and (chunk := self.connection.recv(min(left, 65536))):
                    left -= len(chunk)
            except OSError:
                pass

        def _answer(self, kind: str, with_body: bool) -> None:
            once = share.once
            served = (share.feed if kind == SUBSCRIBED else share.once_feed).current()
            tags = [t.strip() for t in self.headers.get("If-None-Match", "").split(",") if t.strip()]
            fresh = served.etag in tags or "*" in tags
            if not tags and self.headers.get("If-Modified-Since"):
                try:
                    fresh = served.last_modified <= parsedate_to_datetime(self.headers["If-Modified-Since"])
                except (TypeError, ValueError):
                    fresh = False
            self.send_response_only(304 if fresh else 200)
            self.send_header("ETag", served.etag)
            self.send_header("Last-Modified", format_datetime(served.last_modified, usegmt=True))
            self.send_header("Cache-Control", "no-cache")
            self.send_header("Connection", "close")
            if fresh:
                self.end_headers()
                return
            self.send_header("Content-Type", "text/calendar; charset=utf-8")
            self.send_header("Content-Disposition", f'inline; filename="{FILE_NAME}"')
            self.send_header("Content-Length", str(len(served.body)))
            self.end_headers()
            if with_body:
                self.wfile.write(served.body)
                self.wfile.flush()
                try:
                    served.commit()
                except AgendaError:  # served all the same; the next file repeats what this one said
                    pass
                share._downloaded(kind, once)

    return Handler
