"""Fetch feeds over HTTP(S): limits, clear messages, a last-good copy for offline use and conditional GET."""
from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import FeedError, StorageError
from ..migrations import version_of
from ..storage import DataPaths, atomic_write_bytes, atomic_write_json, load_json_state
from ..words import tr
from .source import MAX_FEED_BYTES, feed_key, normalise_url

FORMAT = version_of("feed cache")  # this file's format version (core/migrations.py)

READ_TIMEOUT = 30.0
MAX_BYTES = MAX_FEED_BYTES  # the same cap as for a file
MAX_REDIRECTS = 5
USER_AGENT = "Agenda/0.1 (conference schedule reader)"


class FetchError(FeedError):
    """A URL could not give us a feed; the message is one line naming the URL."""


class NoConnection(FetchError):
    """No answer at all: the connection (or its TLS handshake) failed, before any HTTP status."""


class FetchCancelled(FetchError):
    """The user cancelled the download (no offline copy is offered instead)."""


class Offline(NamedTuple):
    """The feed could not be fetched, or what it gave could not be read, and its last good copy was used."""

    fetched: str  # when that copy was downloaded, as the user's clock showed it
    reason: str  # the fetch error, one line
    refused: bool = False  # the server answered, but with a feed that could not be read

    def __str__(self) -> str:
        return self.said()

    def said(self) -> str:
        if self.refused:
            return tr("showing the copy from {fetched}: the server's new copy was refused ({reason})",
                      fetched=self.fetched, reason=self.reason)
        return tr("offline, last updated {fetched} ({reason})", fetched=self.fetched, reason=self.reason)


class Fetched(NamedTuple):
    data: bytes
    name: str  # the URL as given, for messages
    offline: Offline | None = None
    note: str | None = None  # something the user should know that did not stop the load
    value: Any = None  # what ``read`` made of ``data`` (see load_url)


class _Watchdog:
    """Ends a fetch at its overall deadline, or when cancelled, by shutting its sockets down: a server that
    trickles its headers or body byte by byte cannot keep it past the deadline the error names."""

    def __init__(self, seconds: float, cancelled: Callable[[], bool]) -> None:
        import threading

        self.sockets: list = []
        self.expired = self.was_cancelled = False
        self._stop = threading.Event()
        self._deadline = time.monotonic() + seconds
        self._cancelled = cancelled
        self._thread = threading.Thread(target=self._run, name="fetch-deadline", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.05):
            if self._cancelled():
                self.was_cancelled = True
            elif time.monotonic() > self._deadline:
                self.expired = True
            else:
                continue
            self.kill()
            return

    def kill(self) -> None:
        import socket

        for sock in list(self.sockets):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def stop(self) -> None:
        self._stop.set()


def _opener(watch: _Watchdog, shown: str) -> Any:
    """A urllib opener whose connections register their sockets with ``watch``, and which follows only
    http(s) redirects (never https to plain http), at most MAX_REDIRECTS."""
    import http.client
    import urllib.request
    from urllib.parse import urlsplit

    class Conn(http.client.HTTPConnection):
        def connect(self) -> None:
            super().connect()
            watch.sockets.append(self.sock)

    class SecureConn(http.client.HTTPSConnection):
        def connect(self) -> None:
            super().connect()
            watch.sockets.append(self.sock)

    class Plain(urllib.request.HTTPHandler):
        def http_open(self, req: Any) -> Any:
            return self.do_open(Conn, req)

    class Secure(urllib.request.HTTPSHandler):
        def https_open(self, req: Any) -> Any:
            return self.do_open(SecureConn, req, context=self._context)  # type: ignore[attr-defined]

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS

        def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
            scheme = urlsplit(newurl).scheme.lower()
            if scheme not in ("http", "https"):
                raise FetchError(tr("{url}: redirected to a {scheme}: URL ({target}); only http and https redirects are "
                                    "followed", url=shown, scheme=scheme or "relative", target=newurl[:120]))
            if req.full_url.lower().startswith("https:") and scheme == "http":
                raise FetchError(tr("{url}: redirected from https to unencrypted http ({target}); refused", url=shown,
                                    target=newurl[:120]))
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return urllib.request.build_opener(Plain(), Secure(), Redirects())


class FetchResult(NamedTuple):
    status: int  # 200, or 304 when the cached copy is still current
    data: bytes
    etag: str | None
    last_modified: str | None
    url: str
    note: str | None = None  # how it was fetched, when the user should know (webcal over plain http)


def fetch(url: str, *, etag: str | None = None, last_modified: str | None = None,
          timeout: float = READ_TIMEOUT, max_bytes: int = MAX_BYTES, cancelled: Callable[[], bool] = lambda: False) -> FetchResult:
    """GET a feed. Raises FetchError with a one-line message for every failure. A ``webcal://`` URL is tried
    as https, then, when no https connection can be made, as plain http, as calendar apps do (the result's
    note says so)."""
    if not url.strip().lower().startswith("webcal://"):
        return _fetch(url, etag, last_modified, timeout, max_bytes, cancelled)
    deadline = time.monotonic() + timeout
    try:
        return _fetch(url, etag, last_modified, timeout, max_bytes, cancelled)
    except NoConnection as secure:
        plain = "http://" + url.strip()[len("webcal://"):]
        left = deadline - time.monotonic()
        if left <= 0.5:
            raise
        try:
            result = _fetch(plain, etag, last_modified, left, max_bytes, cancelled, shown=url)
        except NoConnection:
            raise secure from None
        return result._replace(note=f"{url}: no https at this address; fetched over plain http")


def _fetch(url: str, etag: str | None, last_modified: str | None, timeout: float, max_bytes: int,
           cancelled: Callable[[], bool], shown: str | None = None) -> FetchResult:
    import urllib.error
    import urllib.request  # here, not at the top: opening the window on a file never needs it

    shown = shown or url
    url = normalise_url(url)
    if not url.lower().startswith(("http://", "https://")):
        raise FetchError(tr("{url}: only http, https and webcal URLs can be opened", url=shown))
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/calendar, */*;q=0.5"})
    if etag:
        request.add_header("If-None-Match", etag)
    if last_modified:
        request.add_header("If-Modified-Since", last_modified)
    watch = _Watchdog(timeout, cancelled)
    opener = _opener(watch, shown)
    late = tr("{url}: timed out after {seconds} s (no complete answer by then)", url=shown, seconds=f"{timeout:g}")
    try:
        with opener.open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(tr("{url}: the feed is larger than {mb} MB; not loaded", url=shown, mb=max_bytes // (1024 * 1024)))
            chunks, size = [], 0
            while True:
                chunk = response.read1(64 * 1024)  # what has arrived: a trickle cannot hold it past the deadline
                if watch.was_cancelled:
                    raise FetchCancelled(f"{shown}: cancelled")
                if watch.expired:
                    raise FetchError(late)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(tr("{url}: the feed is larger than {mb} MB; not loaded", url=shown, mb=max_bytes // (1024 * 1024)))
                chunks.append(chunk)
            data = b"".join(chunks)
            ctype = response.headers.get("Content-Type", "").lower()
            final = response.geturl()
            result = FetchResult(200, data, response.headers.get("ETag"), response.headers.get("Last-Modified"), final)
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return FetchResult(304, b"", etag, last_modified, url)
        if 300 <= exc.code < 400 and "not allowed" in str(exc.reason):  # urllib's own check (file:, data:...)
            raise FetchError(tr("{url}: redirected to a URL that is not http or https; not followed", url=shown)) from None
        if 300 <= exc.code < 400:
            raise FetchError(tr("{url}: too many redirects (more than {n})", url=shown, n=MAX_REDIRECTS)) from None
        raise FetchError(tr("{url}: HTTP {code} {reason}", url=shown, code=exc.code, reason=exc.reason)) from None
    except (OSError, http_errors()) as exc:
        if watch.was_cancelled:
            raise FetchCancelled(f"{shown}: cancelled") from None
        if watch.expired or isinstance(exc, TimeoutError) or "timed out" in str(getattr(exc, "reason", exc)):
            raise FetchError(late) from None
        if isinstance(exc, urllib.error.URLError):
            reason = exc.reason
            if "ssl" in type(reason).__module__.lower() or "SSL" in str(reason):  # never OpenSSL's words
                raise NoConnection(tr("{url}: no secure (https) connection could be made", url=shown)) from None
            raise NoConnection(tr("{url}: cannot connect ({reason})", url=shown,
                                  reason=getattr(reason, "strerror", None) or reason)) from None
        if isinstance(exc, OSError):
            raise NoConnection(tr("{url}: network error ({reason})", url=shown, reason=exc.strerror or exc)) from None
        raise FetchError(tr("{url}: the server's answer broke off ({reason})", url=shown, reason=type(exc).__name__)) from None
    finally:
        watch.stop()
    from .voc import sniff

    if sniff(result.data) is not None:  # a schedule.xml or schedule.json: the reader checks the rest
        return result
    head = result.data.lstrip()[:512].lower()
    if "html" in ctype or head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<")):
        raise FetchError(tr("{url}: this URL returned a web page, not a calendar feed or schedule", url=shown))
    if b"begin:vcalendar" not in result.data[:65536].lower() and b"begin:vevent" not in result.data[:65536].lower():
        raise FetchError(tr("{url}: the response is not an iCalendar feed, schedule.xml or schedule.json", url=shown))
    return result


def http_errors() -> type[Exception]:
    """http.client's base error (a reply cut off by the deadline can end in one)."""
    import http.client

    return http.client.HTTPException


def _meta_path(cache: Path) -> Path:
    return cache.with_suffix(".json")


def load_url(url: str, paths: DataPaths, *, timeout: float = READ_TIMEOUT,
             cancelled: Callable[[], bool] = lambda: False, read: Callable[[bytes], Any] | None = None) -> Fetched:
    """The feed at ``url``, fetched with a conditional GET, else the last good copy (``offline`` says so).

    ``read`` turns the bytes into a schedule (raising FeedError when it cannot); a download is kept as the
    offline copy only once it has been read. A download that cannot be read leaves the last good copy in
    place and that copy is used (``offline.refused`` says so); with no copy, the error is raised."""
    read = read or (lambda data: None)
    cache = paths.feed_cache(feed_key(url))
    meta, _ = load_json_state(_meta_path(cache), "feed cache")
    meta = meta or {}
    have_cache = cache.is_file()
    try:
        result = fetch(url, etag=meta.get("etag") if have_cache else None,
                       last_modified=meta.get("last_modified") if have_cache else None, timeout=timeout,
                       cancelled=cancelled)
    except FetchCancelled:
        raise
    except FetchError as exc:
        if have_cache:
            data = cache.read_bytes()
            return Fetched(data, url, Offline(meta.get("fetched", "an unknown time"), str(exc)), value=read(data))
        raise
    now = datetime.now(timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M %Z")
    if result.status == 304:
        data = cache.read_bytes()
        value = read(data)
        meta["checked"] = now
    else:
        data = result.data
        try:
            value = read(data)
        except FeedError as exc:
            if not have_cache:
                raise
            old_copy = cache.read_bytes()
            reason = str(exc).removeprefix(f"{url}: ")
            return Fetched(old_copy, url, Offline(meta.get("fetched", "an unknown time"), reason, refused=True),
                           value=read(old_copy))
        try:
            atomic_write_bytes(cache, data)
        except StorageError as exc:
            return Fetched(data, url, note=f"could not keep an offline copy: {exc}", value=value)
        meta = {"version": FORMAT, "url": url, "etag": result.etag, "last_modified": result.last_modified,
                "fetched": now, "checked": now}
    try:
        atomic_write_json(_meta_path(cache), meta)
    except StorageError:
        pass
    return Fetched(data, url, note=result.note, value=value)
