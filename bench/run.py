"""Agenda benchmarks. Run with `make bench` (or `.venv/bin/python bench/run.py [--repeat N]`).

Every figure is a median over repeated runs, next to a baseline measured in the same run:
- start to first painted grid (seed, FOSDEM, synthetic 10k), cold (first open, empty data dir) and
  warm (opened before), against a bare PySide6 QMainWindow shown and painted (the floor);
- interactions at 10,000 sessions (star click, scroll repaint, day switch, search keystroke);
- peak RSS of each; export of 500 starred sessions.
Results go to bench/RESULTS.md. Runs offscreen (QT_QPA_PLATFORM=offscreen) so it works on CI machines.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
SEED = ROOT / "resources" / "pytorch-conference-europe-2026.ics"
FOSDEM = ROOT / "tests" / "feeds" / "fosdem2026_pentabarf.ics"


def env() -> dict:
    e = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    e.pop("PYTHONDONTWRITEBYTECODE", None)
    return e


def first_paint(cmd: list[str]) -> tuple[float, float]:
    """(seconds from spawn to first painted grid, peak RSS MB) of one child process."""
    t0 = time.time()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env())
    out = proc.stdout.read().decode().split()
    _, status, usage = os.wait4(proc.pid, 0)
    if len(out) < 2:
        raise SystemExit(f"bench: {' '.join(cmd)} did not paint (exit {status})")
    return float(out[0]) - t0, usage.ru_maxrss / 1024


def agenda_cmd(feed: Path, data_dir: Path) -> list[str]:
    return [sys.executable, str(HERE / "probe.py"), str(feed), "--data-dir", str(data_dir)]


def median_runs(fn, repeat: int) -> tuple[float, float]:
    runs = [fn() for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--out", default=str(HERE / "RESULTS.md"))
    args = ap.parse_args()
    OUT.mkdir(exist_ok=True)
    synthetic = OUT / "synthetic-10k.ics"
    if not synthetic.exists():
        subprocess.run([sys.executable, str(HERE / "make_synthetic.py"), str(synthetic)], check=True, env=env())
    tmp = Path(tempfile.mkdtemp(prefix="agenda-bench-"))
    rows = []
    try:
        # Warm up the OS file cache and Python bytecode so "cold" means "first open of this feed".
        first_paint([sys.executable, str(HERE / "bare_window.py")])
        floor, floor_rss = median_runs(lambda: first_paint([sys.executable, str(HERE / "bare_window.py")]), args.repeat)
        rows.append(("Bare QMainWindow (floor)", floor, floor_rss, "", ""))
        counter = iter(range(10_000))
        for label, feed in (("Seed, 129 sessions", SEED), ("FOSDEM, 1,067 sessions", FOSDEM),
                            ("Synthetic, 10,000 sessions", synthetic)):
            def cold():
                d = tmp / f"cold-{next(counter)}"
                return first_paint(agenda_cmd(feed, d))

            warm_dir = tmp / f"warm-{feed.stem}"
            first_paint(agenda_cmd(feed, warm_dir))  # opened before
            c, c_rss = median_runs(cold, args.repeat)
            w, w_rss = median_runs(lambda: first_paint(agenda_cmd(feed, warm_dir)), args.repeat)
            rows.append((f"{label}: cold", c, c_rss, c / floor, c - floor))
            rows.append((f"{label}: warm", w, w_rss, w / floor, w - floor))
        # Interactions at 10,000 sessions, in the real window (warm cache).
        inter_dir = tmp / "interact"
        p = subprocess.run([sys.executable, str(HERE / "interact.py"), str(synthetic), str(inter_dir), "25"],
                           capture_output=True, text=True, env=env(), timeout=600)
        interact = json.loads(p.stdout.strip().splitlines()[-1])
        # Export of 500 starred sessions.
        sys.path.insert(0, str(ROOT))
        from agenda.core.cache import read_cached
        from agenda.core.export import write_export
        from agenda.core.feed import read_source

        data, name = read_source(str(synthetic))
        schedule = read_cached(data, name, tmp / "export-cache")
        ids = [s.uid for s in schedule.sessions[::20]][:500]
        times = []
        for i in range(args.repeat):
            t = time.perf_counter()
            write_export(schedule, ids, tmp / f"e{i}.ics", tmp / f"state{i}.json")
            times.append(time.perf_counter() - t)
        export_s = statistics.median(times)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_results(Path(args.out), rows, floor, floor_rss, interact, export_s, args.repeat)
    print(Path(args.out).read_text())
    return 0


def write_results(path: Path, rows, floor, floor_rss, interact, export_s, repeat) -> None:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import PySide6

    lines = [
        "# Benchmark results",
        "",
        f"Measured {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC with `make bench` "
        f"(`.venv/bin/python bench/run.py --repeat {repeat}`), offscreen Qt.",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, {cpu}; Linux {platform.release()}; "
        f"Python {platform.python_version()}; PySide6 {PySide6.__version__}.",
        "",
        f"Medians of {repeat} runs. \"Start\" is from process spawn until the grid has painted its blocks "
        "(the floor: a bare PySide6 `QMainWindow` shown and painted). Cold = first open of that feed "
        "(empty data folder); warm = opened before (parsed-schedule cache).",
        "",
        "| start to first painted grid | median | × floor | floor + | peak RSS | RSS − floor |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for label, t, rss, ratio, plus in rows:
        r = f"{ratio:.2f}×" if ratio != "" else "1.00×"
        pl = f"{plus:+.2f} s" if plus != "" else ""
        lines.append(f"| {label} | {t:.3f} s | {r} | {pl} | {rss:.0f} MB | {rss - floor_rss:+.0f} MB |")
    lines += [
        "",
        f"Interactions at {interact['sessions']:,} sessions (median of 25, worst in brackets), until the grid has repainted:",
        "",
        "| interaction | median | worst |",
        "| --- | ---: | ---: |",
    ]
    names = {"star_click": "Click a star", "scroll_repaint": "Scroll + full viewport repaint",
             "day_switch": "Switch day", "search_key": "Type one search character"}
    for k, label in names.items():
        lines.append(f"| {label} | {interact[k]:.1f} ms | {interact['max'][k]:.1f} ms |")
    lines += [
        "",
        f"Peak RSS of that window: {interact['peak_rss_mb']:.0f} MB ({interact['peak_rss_mb'] - floor_rss:+.0f} MB over the floor).",
        "",
        "## Against the targets (issue 7)",
        "",
        "| target | measured | met |",
        "| --- | --- | :---: |",
    ]
    by = {label: (t, rss) for label, t, rss, _, _ in rows}
    seed_w, seed_c = by["Seed, 129 sessions: warm"][0], by["Seed, 129 sessions: cold"][0]
    fos_w, fos_c = by["FOSDEM, 1,067 sessions: warm"][0], by["FOSDEM, 1,067 sessions: cold"][0]
    syn_w, syn_c = by["Synthetic, 10,000 sessions: warm"][0], by["Synthetic, 10,000 sessions: cold"][0]
    rss_10k = max(by["Synthetic, 10,000 sessions: cold"][1], interact["peak_rss_mb"]) - floor_rss
    checks = [
        ("Seed warm ≤ 1.2× floor", f"{seed_w / floor:.2f}×", seed_w <= 1.2 * floor),
        ("Seed cold ≤ 1.6× floor", f"{seed_c / floor:.2f}×", seed_c <= 1.6 * floor),
        ("FOSDEM cold ≤ floor + 1.0 s", f"floor {fos_c - floor:+.2f} s", fos_c <= floor + 1.0),
        ("FOSDEM warm ≤ 1.3× floor", f"{fos_w / floor:.2f}×", fos_w <= 1.3 * floor),
        ("10,000 cold ≤ floor + 6 s (progress shown, window responsive)", f"floor {syn_c - floor:+.2f} s", syn_c <= floor + 6),
        ("10,000 warm ≤ 1.5× floor", f"{syn_w / floor:.2f}×", syn_w <= 1.5 * floor),
    ]
    for k, label in names.items():
        checks.append((f"{label} ≤ 16 ms at 10,000", f"{interact[k]:.1f} ms median", interact[k] <= 16))
    checks.append(("Peak RSS at 10,000 ≤ floor + 80 MB", f"floor {rss_10k:+.0f} MB", rss_10k <= 80))
    for what, measured, ok in checks:
        lines.append(f"| {what} | {measured} | {'yes' if ok else '**no**'} |")
    lines += [
        "",
        f"Export of 500 starred sessions (`write_export`, file + state, fsync): {export_s * 1000:.0f} ms median.",
        "",
    ]
    path.write_text("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
