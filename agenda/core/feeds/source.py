"""What a FEED argument is: a file path, ``-`` (standard input) or an http/https/webcal URL; the one key
that names a feed's state (so ``webcal://x`` and ``https://x`` share picks); reading a file's bytes; and
the one error every unusable input becomes.

Kept apart from the parser (feed.py) so that a warm start, which never parses, does not load it.
"""
from __future__ import annotations

import stat
import sys
from pathlib import Path
from typing import BinaryIO

from ..errors import FeedError
from ..words import tr

URL_SCHEMES = ("http://", "https://", "webcal://")
FEED_SUFFIXES = (".ics", ".ical", ".ifb", ".icalendar")


def is_url(text: str) -> bool:
    return text.strip().lower().startswith(URL_SCHEMES)


def normalise_url(url: str) -> str:
    """The URL to fetch: ``webcal://`` is https (calendar apps mean that by it)."""
    url = url.strip()
    if url.lower().startswith("webcal://"):
        return "https://" + url[len("webcal://"):]
    return url


def looks_like_feed(arg: str) -> bool:
    """Whether a command-line word names a feed (rather than a session id)."""
    return arg == "-" or is_url(arg) or arg.lower().endswith(FEED_SUFFIXES) or Path(arg).is_file()


def feed_key(source: str, bundled: Path | None = None) -> str:
    """A stable identity for a feed: its URL (webcal as https), 'bundled:<name>' for the bundled feed, or
    its absolute path. Picks, the change snapshot and the export state are kept under this key."""
    if "://" in source:
        return normalise_url(source) if is_url(source) else source.strip()
    if source == "-":
        return "stdin"
    path = Path(source).expanduser()
    try:
        path = path.resolve()
    except OSError:
        path = path.absolute()
    if bundled is not None and path == bundled.resolve():
        return f"bundled:{bundled.name}"
    return str(path)


def legacy_keys(source: str) -> tuple[str, ...]:
    """Keys earlier versions kept this feed's state under, when they differ from feed_key's (a webcal URL
    was its own key)."""
    if "://" in source and source.strip() != feed_key(source):
        return (source.strip(),)
    return ()


def default_feed(last_feed: str | None) -> str:
    """What ``agenda`` opens without a FEED: the last feed opened (if it is still there), else the bundled one."""
    if last_feed and (is_url(last_feed) or Path(last_feed).is_file()):
        return last_feed
    from ...bundle import bundled_feed

    return str(bundled_feed())


MAX_FEED_BYTES = 50 * 1024 * 1024  # the same cap for a file, standard input and a download


def read_source(source: str, *, stdin: BinaryIO | None = None) -> tuple[bytes, str]:
    """Bytes of a path or '-' (stdin), and a display name for messages. More than MAX_FEED_BYTES (a file,
    a pipe or a device that never ends): FeedError, after reading no more than that."""
    too_big = tr("{source}: larger than {mb} MB; not a conference schedule, not loaded",
                 source=source if source != "-" else "<stdin>", mb=MAX_FEED_BYTES // (1024 * 1024))
    if source == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(MAX_FEED_BYTES + 1)
        if len(data) > MAX_FEED_BYTES:
            raise FeedError(too_big)
        return data, "<stdin>"
    path = Path(source).expanduser()
    try:
        st = path.stat()
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError
        if st.st_size > MAX_FEED_BYTES:  # a pipe (<(curl …)) says 0 here: its read below is bounded
            raise FeedError(too_big)
        with open(path, "rb") as fh:
            data = fh.read(MAX_FEED_BYTES + 1)
        if len(data) > MAX_FEED_BYTES:
            raise FeedError(too_big)
        return data, str(source)
    except FileNotFoundError:
        raise FeedError(tr("{source}: no such file", source=source)) from None
    except IsADirectoryError:
        raise FeedError(tr("{source}: is a folder, not a calendar file", source=source)) from None
    except PermissionError:
        raise FeedError(tr("{source}: permission denied", source=source)) from None
    except OSError as exc:
        raise FeedError(tr("{source}: cannot read ({reason})", source=source, reason=exc.strerror or exc)) from None
