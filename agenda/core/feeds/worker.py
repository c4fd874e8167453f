"""A parse worker: icalendar's pass over one part of a large feed, or over a whole feed.

Two ways to run one (core/feeds/workers.py chooses):
- forked from the app (Linux, while it has one thread): :func:`run_forked`, which has the bytes already and
  writes its result to a pipe. No interpreter to start and no module to import twice.
- a new process, ``python -m agenda.core.feeds.worker NAME`` (in a frozen app, ``agenda --parse-worker NAME``):
  :func:`run` reads the part's bytes on stdin and writes its result on stdout.
Either writes a pickled ("ok", Extract) (for a schedule.xml/json part: ("ok", vocbuild.Builder)) or ("error", message), read only by the app that started it, and exits 0;
a part that is not UTF-8 exits 3 with nothing written (the app then reads the feed itself, repairing it).
"""
from __future__ import annotations

import pickle
import sys
from typing import BinaryIO

NOT_UTF8 = 3


def parse_part(data: bytes, name: str, voc: tuple[str, str | None, str | None] | None = None) -> bytes | None:
    """The pickled result for ``data``; None if it is not valid UTF-8 (strict: the app's own reader repairs).
    An iCalendar part gives its Extract; with ``voc`` (kind, tz, local zone), a part of a schedule.xml or
    schedule.json gives its vocbuild.Builder."""
    from .feed import FeedError, extract_text

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    try:
        if voc is not None:
            from .voc import build

            result: tuple[str, object] = ("ok", build(data, name, voc[0], tz=voc[1], local_zone=voc[2]))
        else:
            result = ("ok", extract_text(text, name))
    except FeedError as exc:
        result = ("error", str(exc))
    return pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)


def run(name: str, stdin: BinaryIO | None = None, stdout: BinaryIO | None = None,
        voc: tuple[str, str | None, str | None] | None = None) -> int:
    import gc

    gc.disable()  # a short-lived process whose objects all live to the end: collecting is wasted work
    stdin = stdin or sys.stdin.buffer
    stdout = stdout or sys.stdout.buffer
    out = parse_part(stdin.read(), name, voc)
    if out is None:
        return NOT_UTF8
    stdout.write(out)
    stdout.flush()
    return 0


def run_forked(data: bytes, name: str, fd: int, voc: tuple[str, str | None, str | None] | None = None) -> None:
    """The whole life of a forked worker: parse, write the result to ``fd``, exit. Never returns (nor
    raises) into the code of the process it was forked from, and runs none of its clean-up."""
    import gc
    import os

    code = 1
    try:
        gc.disable()
        out = parse_part(data, name, voc)
        if out is None:
            code = NOT_UTF8
        else:
            with open(fd, "wb") as fh:
                fh.write(out)
            code = 0
    finally:
        os._exit(code)


def voc_args(argv: list[str]) -> tuple[str, str | None, str | None] | None:
    """``KIND TZ LOCAL_ZONE`` after the name (``-`` for none): a part of a schedule.xml or schedule.json."""
    if len(argv) < 3:
        return None
    kind, tz, local = (argv + ["-", "-"])[:3]
    return kind, None if tz == "-" else tz, None if local == "-" else local


if __name__ == "__main__":
    sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else "<feed>", voc=voc_args(sys.argv[2:])))
