"""Where a warm start's instructions go, module by module: each module's own share of the instructions until the
first painted grid (callgrind), its imports' shares apart. Usage: .venv/bin/python bench/modules.py [--top N] [FEED]

bench/instructions.py says how many instructions a warm start takes; this says which modules take them. The
child (``--child``) runs bench/probe.py with every module's execution bracketed by a call to os.getppid, at which
callgrind writes the count so far (--dump-before=getppid): each interval belongs to the module being executed
(the innermost), or to "(running)" outside any import (start-up, building the window, the first paint). A
module's share includes what its body makes happen, such as the Python types PySide6 builds for the Qt classes
it names. About half a minute; the counts are the same from one run to the next.
"""
from __future__ import annotations

import os
import sys

# Nothing else at the top: the child imports no module before the probe that the app would import itself.
HERE = os.path.dirname(os.path.abspath(__file__))


def child(events_path: str, argv: list[str]) -> None:
    """Run bench/probe.py ``argv`` with each module's execution between two os.getppid() calls."""
    import importlib.abc
    import runpy  # (both imported before the app by any `python -m`; runpy imports importlib.abc)

    events: list[tuple[str, str]] = []
    mark = os.getppid

    class Bracketing(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            for finder in sys.meta_path:
                if finder is self or not hasattr(finder, "find_spec"):
                    continue
                spec = finder.find_spec(name, path, target)
                if spec is None:
                    continue
                loader = spec.loader
                if loader is not None and hasattr(loader, "exec_module"):
                    run_body = loader.exec_module

                    def exec_module(module, run_body=run_body, name=name):
                        events.append(("in", name))
                        mark()
                        try:
                            run_body(module)
                        finally:
                            events.append(("out", name))
                            mark()

                    try:
                        loader.exec_module = exec_module
                    except (AttributeError, TypeError):
                        pass
                return spec
            return None

    sys.meta_path.insert(0, Bracketing())
    exit_now = os._exit

    def exit_after_saving(code: int) -> None:  # probe.py exits with os._exit at the first painted grid
        events.append(("end", ""))
        mark()
        import json

        with open(events_path, "w") as f:
            json.dump(events, f)
        exit_now(code)

    os._exit = exit_after_saving
    sys.argv = [os.path.join(HERE, "probe.py"), *argv]
    runpy.run_path(sys.argv[0], run_name="__main__")


def shares(out, events: list):
    """Each module's own instructions (a Counter) from callgrind's dumps (OUT.1, OUT.2, ...: one per
    os.getppid call)."""
    import collections
    import re
    dumps = sorted(out.parent.glob(out.name + ".*"), key=lambda p: int(p.suffix[1:]))
    counts = []
    for dump in dumps:
        found = re.search(r"^(?:summary|totals):\s*(\d+)", dump.read_text(), re.M)
        counts.append(int(found.group(1)) if found else 0)
    if len(counts) != len(events):
        raise SystemExit(f"modules: {len(counts)} counts for {len(events)} marks; was the run cut short?")
    stack, own = ["(running)"], collections.Counter()
    for count, (kind, name) in zip(counts, events, strict=True):
        own[stack[-1]] += count
        if kind == "in":
            stack.append(name)
        elif kind == "out":
            stack.pop()
    return own


def main() -> int:
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], sys.argv[3:])
        return 0
    import argparse
    import json
    import subprocess
    import tempfile
    from pathlib import Path

    ap = argparse.ArgumentParser()
    ap.add_argument("feed", nargs="?", type=Path,
                    default=Path(HERE).parent / "resources" / "pytorch-conference-europe-2026.ics")
    ap.add_argument("--top", type=int, default=40, help="how many modules to list (default 40)")
    args = ap.parse_args()
    sys.path.insert(0, HERE)
    import run  # bench/run.py: its commands and environment

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        run.first_paint(run.agenda_cmd(args.feed, folder))  # the cache entry and the bytecode files
        events_path, out = Path(tmp) / "events.json", Path(tmp) / "callgrind.out"
        cmd = [sys.executable, __file__, "--child", str(events_path), str(args.feed), "--data-dir", str(folder)]
        subprocess.run(["valgrind", "--tool=callgrind", "--dump-before=getppid", f"--callgrind-out-file={out}", *cmd],
                       capture_output=True, env=dict(run.env(), PYTHONHASHSEED="0"), timeout=900)
        if not events_path.exists():
            raise SystemExit("modules: the child did not reach the first painted grid (is valgrind installed?)")
        own = shares(out, json.loads(events_path.read_text()))
    total = sum(own.values())
    ours = sum(c for name, c in own.items() if name.startswith("agenda"))
    print(f"{args.feed.name}, warm, until the first painted grid: {total / 1e6:,.1f} M instructions; "
          f"agenda's own modules {ours / 1e6:,.1f} M")
    print("| module | own instructions |")
    print("| --- | ---: |")
    for name, count in own.most_common(args.top):
        print(f"| {name} | {count / 1e6:,.2f} M |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
