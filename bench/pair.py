"""One feed's warm start from two source trees and the text floor, taking turns: the clock's ratio to the text floor
of each tree, measured in the same rounds. Usage:

    .venv/bin/python bench/pair.py BASELINE_DIR [--rounds N] [FEED]

`bench/run.py --baseline` measures every row of this tree against another checkout, so the checkout must read
every feed the rows use (schedule.xml, a plan of several conferences, a French window); this measures one feed,
which any checkout since the first reads, so it can go back to the commit an issue was filed against. Each
round runs the three in a shuffled order (this VM's speed drifts by tens of percent over minutes); each tree runs
its own bench/probe.py, which exits at the grid's first paint; the text floor is this tree's
`bare_window.py --text`. Prints each median (wall clock from spawn to first paint, and the process's CPU time,
user + system) and each tree's ratio to the text floor, and the medians of the rounds' own ratios.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "resources" / "pytorch-conference-europe-2026.ics"


def env(tree: Path) -> dict:
    e = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(tree))
    e.pop("PYTHONDONTWRITEBYTECODE", None)
    return e


def start(cmd: list[str], tree: Path) -> tuple[float, float]:
    """(seconds from spawn to the first paint, CPU seconds the process used) of one child."""
    t0 = time.time()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env(tree))
    out = proc.stdout.read().decode().strip().splitlines()
    _, status, usage = os.wait4(proc.pid, 0)
    if not out:
        raise SystemExit(f"bench: {' '.join(cmd)} did not paint (exit {status})")
    return json.loads(out[-1])["painted"] - t0, usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("baseline", help="a checkout of another commit (git worktree add --detach DIR COMMIT)")
    ap.add_argument("feed", nargs="?", default=str(SEED), help="the feed both trees open warm (default: the seed)")
    ap.add_argument("--rounds", type=int, default=31)
    args = ap.parse_args()
    trees = {"baseline": Path(args.baseline).resolve(), "this tree": ROOT}
    with tempfile.TemporaryDirectory() as tmp:
        cmds = {name: ([sys.executable, str(tree / "bench" / "probe.py"), args.feed, "--data-dir", f"{tmp}/{i}"], tree)
                for i, (name, tree) in enumerate(trees.items())}
        cmds["text floor"] = ([sys.executable, str(ROOT / "bench" / "bare_window.py"), "--text"], ROOT)
        for cmd, tree in cmds.values():  # caches and bytecode written, the feed opened once: warm
            start(cmd, tree)
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in cmds}
        for _ in range(args.rounds):
            for name in random.sample(list(cmds), len(cmds)):
                runs[name].append(start(*cmds[name]))
    print(f"{Path(args.feed).name}, warm, {args.rounds} rounds; baseline {trees['baseline']}")
    for what, i in (("wall clock", 0), ("CPU time", 1)):
        med = {name: statistics.median(r[i] for r in rs) for name, rs in runs.items()}
        text = med["text floor"]
        ratios = ", ".join(
            f"{name} {med[name] * 1000:.1f} ms = {med[name] / text:.3f}x (rounds' own ratios "
            f"{statistics.median(a[i] / b[i] for a, b in zip(runs[name], runs['text floor'], strict=True)):.3f}x)"
            for name in trees)
        print(f"{what}: text floor {text * 1000:.1f} ms; {ratios}; this tree / baseline "
              f"{med['this tree'] / med['baseline']:.3f}")


if __name__ == "__main__":
    main()
