"""Warm start-up counted in instructions: the app's own share over the text floor without the machine's noise.

`make bench` times start-up by the clock, and on a shared VM the ratio of two medians of 7 still moves by
about ±0.15 from one run to the next. Valgrind's callgrind counts the instructions a process runs until the
grid's first paint (bench/probe.py exits there) and until the text floor's (bare_window.py --text): the same
count, to a few thousandths of a percent, on every run. It leaves out what the clock also sees (page
faults, I/O, the machine taking the process off the CPU), so it is the app's work, not its wall-clock time.

    .venv/bin/python bench/instructions.py [--baseline DIR] [FEED ...]

Each row: a normal run first (the feed's cache and Python's bytecode files written), then one run under
callgrind with PYTHONHASHSEED=0. Rows: the text floor, each FEED warm (the seed when none is named), and the
same from the baseline tree (a git worktree) when given. About 20 seconds a row.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import run  # bench/run.py: its trees, commands and environment


def counted(cmd: list[str], root: Path) -> int:
    """Instructions the child runs until it exits (callgrind's "Collected")."""
    e = dict(run.env(root), PYTHONHASHSEED="0")
    p = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
                       capture_output=True, text=True, env=e, timeout=600)
    found = re.search(r"Collected\s*:\s*(\d+)", p.stderr)
    if not found:
        raise SystemExit(f"instructions: callgrind gave no count for {' '.join(cmd)}: {p.stderr[-300:]}")
    return int(found.group(1))


def warm(feed: Path, root: Path, folder: Path) -> int:
    cmd = run.agenda_cmd(feed, folder, root)
    run.first_paint(cmd, root)  # the cache entry and the bytecode files, as a warm start has them
    return counted(cmd, root)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("feeds", nargs="*", type=Path, default=[run.SEED])
    ap.add_argument("--baseline", metavar="DIR", help="a checkout of another commit (git worktree)")
    args = ap.parse_args()
    if not shutil.which("valgrind"):
        print("instructions: needs valgrind (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    floor_cmd = [sys.executable, str(run.HERE / "bare_window.py"), "--text"]
    run.first_paint(floor_cmd)
    floor = counted(floor_cmd, run.ROOT)
    rows = [("Text floor (bare_window.py --text)", floor)]
    trees = [("this tree", run.ROOT)] + ([("baseline", Path(args.baseline).resolve())] if args.baseline else [])
    with tempfile.TemporaryDirectory() as tmp:
        for n, feed in enumerate(args.feeds):
            for label, root in trees:
                rows.append((f"{feed.name}, warm ({label})", warm(feed, root, Path(tmp) / f"{label}-{n}")))
    print("| until the first painted grid | instructions | × text floor |")
    print("| --- | ---: | ---: |")
    for label, count in rows:
        print(f"| {label} | {count / 1e6:,.1f} M | {count / floor:.3f}× |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
