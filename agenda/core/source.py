"""Reading a feed's bytes, and the one error every unusable input becomes.

Kept apart from the parser (feed.py) so that a warm start, which never parses, does not load it.
"""
from __future__ import annotations

import sys
from pathlib import Path


class FeedError(Exception):
    """The input cannot be used at all. ``str(err)`` is one line naming the source (and line)."""


def read_source(source: str, *, stdin=None) -> tuple[bytes, str]:
    """Bytes of a path or '-' (stdin), and a display name for messages."""
    if source == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return stream.read(), "<stdin>"
    path = Path(source).expanduser()
    try:
        return path.read_bytes(), str(source)
    except FileNotFoundError:
        raise FeedError(f"{source}: no such file") from None
    except IsADirectoryError:
        raise FeedError(f"{source}: is a folder, not a calendar file") from None
    except PermissionError:
        raise FeedError(f"{source}: permission denied") from None
    except OSError as exc:
        raise FeedError(f"{source}: cannot read ({exc.strerror or exc})") from None
