"""Fetch feeds over HTTP(S): limits, clear messages, a last-good cache and conditional GET.

Also the schedule-change review used by ``agenda refresh``: compare a feed with the snapshot the user
last saw (kept beside the picks, separate from the download cache).
"""
from __future__ import annotations

import json
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import NamedTuple

from .source import FeedError
from .storage import STATE_VERSION, StorageError, atomic_write_bytes, atomic_write_json, load_json_state

CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 30.0
MAX_BYTES = 50 * 1024 * 1024
MAX_REDIRECTS = 5
USER_AGENT = "Agenda/0.1 (conference schedule reader)"


class FetchError(FeedError):
    """A URL could not give us a feed; the message is one line naming the URL."""


def is_url(text: str) -> bool:
    return text.strip().lower().startswith(("http://", "https://", "webcal://"))


def normalise_url(url: str) -> str:
    url = url.strip()
    if url.lower().startswith("webcal://"):
        return "https://" + url[len("webcal://"):]
    return url


class FetchResult(NamedTuple):
    status: int  # 200, or 304 when the cached copy is still current
    data: bytes
    etag: str | None
    last_modified: str | None
    url: str


def fetch(url: str, *, etag: str | None = None, last_modified: str | None = None,
          timeout: float = READ_TIMEOUT, max_bytes: int = MAX_BYTES, cancelled=lambda: False) -> FetchResult:
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
                    raise FetchError(f"{shown}: cancelled")
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


def load_url(url: str, paths, *, notes: list[str], timeout: float = READ_TIMEOUT, cancelled=lambda: False) -> tuple[bytes, str]:
    """The feed at ``url``, fetched with a conditional GET, else the last good copy (offline).

    Notes for the user ("offline, last updated ...") are appended to ``notes``.
    """
    from .storage import feed_key

    key = feed_key(url)
    cache = paths.feed_cache(key)
    meta, _ = load_json_state(_meta_path(cache), "feed cache")
    meta = meta or {}
    have_cache = cache.is_file()
    say = notes.append
    try:
        result = fetch(url, etag=meta.get("etag") if have_cache else None,
                       last_modified=meta.get("last_modified") if have_cache else None, timeout=timeout,
                       cancelled=cancelled)
    except FetchError as exc:
        if have_cache and "cancelled" not in str(exc):
            when = meta.get("fetched", "an unknown time")
            say(f"offline, last updated {when} ({exc})")
            return cache.read_bytes(), url
        raise
    now = datetime.now(timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M %Z")
    if result.status == 304:
        meta["checked"] = now
    else:
        try:
            atomic_write_bytes(cache, result.data)
        except StorageError as exc:
            say(f"could not keep an offline copy: {exc}")
            return result.data, url
        meta = {"version": STATE_VERSION, "url": url, "etag": result.etag, "last_modified": result.last_modified,
                "fetched": now, "checked": now}
    try:
        atomic_write_json(_meta_path(cache), meta)
    except StorageError:
        pass
    return (cache.read_bytes() if result.status == 304 else result.data), url


# ------------------------------------------------------------------------------------------- changes
def snapshot_of(schedule) -> dict:
    return {
        s.uid: {"title": s.title, "start": s.start.isoformat(), "end": s.end.isoformat(), "room": s.room,
                "cancelled": s.cancelled}
        for s in schedule.sessions
    }


def compare(before: dict, schedule, picked: set[str]) -> dict:
    """Changes to picked sessions since ``before`` (a snapshot), plus the number of new sessions."""
    now = snapshot_of(schedule)
    changes = []
    for uid in sorted(picked):
        old = before.get(uid)
        if old is None:
            continue
        new = now.get(uid)
        if new is None or new["cancelled"]:  # gone from the feed, or STATUS:CANCELLED
            if not old.get("cancelled"):
                changes.append({"uid": uid, "kind": "cancelled", "title": old["title"], "before": old["start"], "after": None})
            continue
        if (new["start"], new["end"]) != (old["start"], old["end"]):
            changes.append({"uid": uid, "kind": "moved", "title": new["title"], "before": old["start"], "after": new["start"]})
        if new["room"] != old["room"]:
            changes.append({"uid": uid, "kind": "room", "title": new["title"], "before": old["room"], "after": new["room"]})
        if new["title"] != old["title"]:
            changes.append({"uid": uid, "kind": "retitled", "title": new["title"], "before": old["title"], "after": new["title"]})
    new_sessions = sum(1 for uid in now if uid not in before) if before else 0
    return {"changes": changes, "new_sessions": new_sessions}


def refresh_command(ctx, ns) -> int:
    """``agenda refresh [FEED] [--json]``: re-read the feed, report changes to picks, update the snapshot."""
    from ..cli import load_schedule
    from .picks import PicksStore

    schedule, key = load_schedule(ctx, ns.feed, ns.tz)
    store = PicksStore.open(ctx.paths.picks(key), key)
    snap_path = ctx.paths.snapshot(key)
    before, problem = load_json_state(snap_path, "schedule snapshot")
    if problem:
        print(f"agenda: {problem}", file=ctx.stderr)
    report = compare((before or {}).get("sessions", {}), schedule, set(store.as_dict()))
    try:
        atomic_write_json(snap_path, {"version": STATE_VERSION, "sessions": snapshot_of(schedule)}, compact=True)
    except StorageError as exc:
        print(f"agenda: {exc}", file=ctx.stderr)
        return 2
    if ns.json:
        json.dump(report, ctx.stdout, ensure_ascii=False, indent=1)
        ctx.stdout.write("\n")
        return 0
    for c in report["changes"]:
        ctx.stdout.write(f"{c['kind']:>9}: {c['title']} ({c['before']} -> {c['after']})\n")
    ctx.stdout.write(f"{len(report['changes'])} change(s) to your picks, {report['new_sessions']} new session(s)\n")
    return 0

