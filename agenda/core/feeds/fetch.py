"""Fetch feeds over HTTP(S): limits, clear messages, a last-good copy for offline use and conditional GET."""
from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import NamedTuple

from ..errors import FeedError, StorageError
from ..migrations import version_of
from ..storage import DataPaths, atomic_write_bytes, atomic_write_json, load_json_state
from .source import feed_key, normalise_url

FORMAT = version_of("feed cache")  # this file's format version (core/migrations.py)

CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 30.0
MAX_BYTES = 50 * 1024 * 1024
MAX_REDIRECTS = 5
USER_AGENT = "Agenda/0.1 (conference schedule reader)"


class FetchError(FeedError):
    """A URL could not give us a feed; the message is one line naming the URL."""


class FetchCancelled(FetchError):
    """The user cancelled the download (no offline copy is offered instead)."""


class Offline(NamedTuple):
    """The feed could not be fetched and its last good copy was used."""

    fetched: str  # when that copy was downloaded, as the user's clock showed it
    reason: str  # the fetch error, one line

    def __str__(self) -> str:
        return f"offline, last updated {self.fetched} ({self.reason})"


class Fetched(NamedTuple):
    data: bytes
    name: str  # the URL as given, for messages
    offline: Offline | None = None
    note: str | None = None  # something the user should know that did not stop the load


class FetchResult(NamedTuple):
    status: int  # 200, or 304 when the cached copy is still current
    data: bytes
    etag: str | None
    last_modified: str | None
    url: str


def fetch(url: str, *, etag: str | None = None, last_modified: str | None = None,
          timeout: float = READ_TIMEOUT, max_bytes: int = MAX_BYTES, cancelled: Callable[[], bool] = lambda: False) -> FetchResult:
    """GET a feed. Raises FetchError with a one-line message for every failure."""
    import urllib.error
    import urllib.request  # here, not at the top: opening the window on a file never needs it

    class _Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS

    shown = url
    url = normalise_url(url)
    if not url.lower().startswith(("http://", "https://")):
        raise FetchError(f"{shown}: only http, https and webcal URLs can be opened")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/calendar, */*;q=0.5"})
    if etag:
        request.add_header("If-None-Match", etag)
    if last_modified:
        request.add_header("If-Modified-Since", last_modified)
    opener = urllib.request.build_opener(_Redirects())
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=min(CONNECT_TIMEOUT, timeout)) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(f"{shown}: the feed is larger than {max_bytes // (1024 * 1024)} MB; not loaded")
            chunks, size = [], 0
            while True:
                if cancelled():
                    raise FetchCancelled(f"{shown}: cancelled")
                if time.monotonic() > deadline:
                    raise FetchError(f"{shown}: timed out after {timeout:g} s")
                chunk = response.read(64 * 1024)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"{shown}: the feed is larger than {max_bytes // (1024 * 1024)} MB; not loaded")
                chunks.append(chunk)
            data = b"".join(chunks)
            ctype = response.headers.get("Content-Type", "").lower()
            final = response.geturl()
            result = FetchResult(200, data, response.headers.get("ETag"), response.headers.get("Last-Modified"), final)
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return FetchResult(304, b"", etag, last_modified, url)
        if 300 <= exc.code < 400:
            raise FetchError(f"{shown}: too many redirects (more than {MAX_REDIRECTS})") from None
        raise FetchError(f"{shown}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise FetchError(f"{shown}: timed out after {timeout:g} s") from None
        raise FetchError(f"{shown}: cannot connect ({getattr(reason, 'strerror', None) or reason})") from None
    except TimeoutError:
        raise FetchError(f"{shown}: timed out after {timeout:g} s") from None
    except OSError as exc:
        raise FetchError(f"{shown}: network error ({exc.strerror or exc})") from None
    head = result.data.lstrip()[:512].lower()
    if "html" in ctype or head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<")):
        raise FetchError(f"{shown}: this URL returned a web page, not a calendar feed")
    if b"begin:vcalendar" not in result.data[:65536].lower() and b"begin:vevent" not in result.data[:65536].lower():
        raise FetchError(f"{shown}: the response is not an iCalendar feed")
    return result


def _meta_path(cache: Path) -> Path:
    return cache.with_suffix(".json")


def load_url(url: str, paths: DataPaths, *, timeout: float = READ_TIMEOUT,
             cancelled: Callable[[], bool] = lambda: False) -> Fetched:
    """The feed at ``url``, fetched with a conditional GET, else the last good copy (``offline`` says so)."""
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
            return Fetched(cache.read_bytes(), url, Offline(meta.get("fetched", "an unknown time"), str(exc)))
        raise
    now = datetime.now(timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M %Z")
    if result.status == 304:
        meta["checked"] = now
    else:
        try:
            atomic_write_bytes(cache, result.data)
        except StorageError as exc:
            return Fetched(result.data, url, note=f"could not keep an offline copy: {exc}")
        meta = {"version": FORMAT, "url": url, "etag": result.etag, "last_modified": result.last_modified,
                "fetched": now, "checked": now}
    try:
        atomic_write_json(_meta_path(cache), meta)
    except StorageError:
        pass
    return Fetched(cache.read_bytes() if result.status == 304 else result.data, url)
