"""A parse worker process: icalendar's pass over one part of a large feed.

Run as ``python -m agenda.core.worker NAME`` (or, in a frozen app, ``agenda --parse-worker NAME``):
reads the part's text (or a whole feed) on stdin, writes a pickled ("ok", _Extract) or ("error", message) on stdout.
Only our own parent process reads that pickle.
"""
from __future__ import annotations

import pickle
import sys


def run(name: str, stdin=None, stdout=None) -> int:
    import gc

    gc.disable()  # a short-lived process whose objects all live to the end: collecting is wasted work
    from .feed import FeedError, _check_looks_like_ical, _extract

    stdin = stdin or sys.stdin.buffer
    stdout = stdout or sys.stdout.buffer
    try:
        text = stdin.read().decode("utf-8")  # strict: a part that is not UTF-8 goes back to the one-process path
    except UnicodeDecodeError:
        return 3
    if text.startswith("\ufeff"):  # a whole feed (BackgroundParse), not a part: as read_feed_bytes reads it
        text = text[1:]
    try:
        _check_looks_like_ical(text, name)
        result = ("ok", _extract(text, name))
    except FeedError as exc:
        result = ("error", str(exc))
    stdout.write(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else "<feed>"))
