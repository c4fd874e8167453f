"""`agenda print` and the window's Print / Save as PDF: what a person reads on paper, checked with poppler."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from agenda.core.feeds.feed import read_feed
from agenda.core.feeds.tz import zone as get_zone
from agenda.core.output.sheet import conference_days, day_sheets

from .conftest import SEED
from .helpers import by_title, flat, run_cli, text_of

POPPLER = shutil.which("pdftotext") and shutil.which("pdfinfo")
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils not installed (apt: poppler-utils)")

HELION = "Helion 1.0: A High-Level DSL for Performance Portable Kernels"
LIGHTS = "Lights, Camera, Inference! Video Generation as a Service With VLLM-Omni"
LUNCH = "Women & Non-Binary in PyTorch Lunch"  # off-site: Biblioteca Room at La Felicità
EXECUTORCH = "Bringing ExecuTorch To the Next Frontiers of Edge AI"  # a maybe
DAY2 = "Keynote: PyTorch CTO"


@pytest.fixture(scope="module")
def seed():
    return read_feed(str(SEED))


def pages_of(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M)[1])


def star(data_dir, seed, titles, maybe=False):
    ids = [by_title(seed, t).uid for t in titles]
    r = run_cli("star", str(SEED), *ids, *(["--maybe"] if maybe else []), "--data-dir", str(data_dir))
    assert r.code == 0, r.err


def test_sheet_marks_clashes_gaps_maybes_and_transfers(seed):
    zone = get_zone(seed.timezone)
    states = {by_title(seed, t).uid: "star" for t in (HELION, LIGHTS, LUNCH, "Keynote: PyTorch Updates")}
    states[by_title(seed, EXECUTORCH).uid] = "maybe"
    [day1] = day_sheets(seed, states, zone, day=conference_days(seed, zone)[0])
    picks = {e.session.title: e for e in day1.picks}
    assert picks[HELION].clash_with == (LIGHTS,) and picks[LIGHTS].clash_with == (HELION,)
    assert picks[EXECUTORCH].maybe and not picks[EXECUTORCH].clash_with  # a maybe never clashes
    assert "(off-site)" in picks[LUNCH].where and "Felicit" in picks[LUNCH].where
    free = [(f"{e.start:%H:%M}", f"{e.end:%H:%M}") for e in day1.entries if e.kind == "free"]
    assert free == [("09:30", "11:00"), ("11:25", "12:25")]  # gaps of 30 min or more between stars
    assert day_sheets(seed, states, zone, include_maybe=False)[0].picks[-1].session.title == LUNCH


@needs_poppler
def test_print_pdf_has_every_pick_time_room_and_clash_marks(data_dir, seed, tmp_path):
    star(data_dir, seed, [HELION, LIGHTS, LUNCH, DAY2])
    star(data_dir, seed, [EXECUTORCH], maybe=True)
    out = tmp_path / "my-agenda.pdf"
    r = run_cli("print", str(SEED), "-o", str(out), "--include-maybe", "--paper", "a4", "--data-dir", str(data_dir))
    assert r.code == 0, r.err
    assert "on 2 pages" in r.err
    assert pages_of(out) == 2  # one per day
    text = text_of(out)
    pages = text.split("\f")
    zone = get_zone(seed.timezone)
    for title in (HELION, LIGHTS, LUNCH, EXECUTORCH, DAY2):
        s = by_title(seed, title)
        page = pages[0] if s.start.astimezone(zone).day == 7 else pages[1]
        assert title in flat(page), title
        when = f"{s.start.astimezone(zone):%H:%M}–{s.end.astimezone(zone):%H:%M}"
        assert when in page and s.room in flat(page), title
    assert "Tuesday 07 April 2026" in pages[0] and "Wednesday 08 April 2026" in pages[1]
    assert "Europe/Paris (UTC+02:00)" in pages[0]
    lines = pages[0].splitlines()

    def entry(title: str) -> str:
        """The lines of one printed pick: from its time and title to the next pick's time."""
        i = next(n for n, line in enumerate(lines) if re.match(r"\s*\d\d:\d\d–", line) and title[:25] in line)
        end = next((n for n in range(i + 1, len(lines)) if re.match(r"\s*\d\d:\d\d–", lines[n])), len(lines))
        return flat("\n".join(lines[i:end]))

    for title, other in ((HELION, LIGHTS), (LIGHTS, HELION)):  # the mark is on each clashing session
        assert title in entry(title) and f"⚠ CLASH with {other}" in entry(title)
    assert flat(pages[0]).count("⚠ CLASH with") == 2
    assert "☆ maybe" in entry(EXECUTORCH) and "CLASH" not in entry(EXECUTORCH)
    assert "CLASH" not in entry(LUNCH)
    assert "(off-site)" in pages[0] and "free 11:25–12:25 (1 h 00 min)" in pages[0]
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:] if line.strip())  # embedded


@needs_poppler
def test_long_days_continue_on_another_page_and_nothing_is_lost(data_dir, seed, tmp_path):
    zone = get_zone(seed.timezone)
    day1 = [s for s in seed.sessions if s.start.astimezone(zone).day == 7 and not s.all_day][:60]
    assert run_cli("star", str(SEED), *[s.uid for s in day1], "--data-dir", str(data_dir)).code == 0
    out = tmp_path / "day1.pdf"
    r = run_cli("print", str(SEED), "-o", str(out), "--day", "1", "--paper", "letter", "--data-dir", str(data_dir))
    assert r.code == 0, r.err
    n = pages_of(out)
    assert n >= 3
    text = text_of(out)
    assert text.count("(continued)") == n - 1
    assert flat(text).count("page 1 of") == 1 and f"page {n} of {n}" in text
    everything = flat(text)
    for s in day1:
        assert flat(s.title) in everything, s.title
    assert "Wednesday" not in text
    size = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "612 x 792 pts (letter)" in size


def test_no_picks_is_one_line_and_no_file(data_dir, tmp_path):
    out = tmp_path / "none.pdf"
    r = run_cli("print", str(SEED), "-o", str(out), "--data-dir", str(data_dir))
    assert r.code == 2 and "nothing to print" in r.err and len(r.err.strip().splitlines()) == 1
    assert not out.exists() and list(tmp_path.iterdir()) == [data_dir]
    r = run_cli("print", str(SEED), "--day", "9", "-o", str(out), "--data-dir", str(data_dir))
    assert r.code == 2 and "--day takes 1 to 2" in r.err


def test_unwritable_path_is_one_line_and_nothing_half_written(data_dir, seed, tmp_path, readonly_dir):
    star(data_dir, seed, [HELION])
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "my-agenda.pdf").write_bytes(b"the old one")
    readonly_dir(folder)
    r = run_cli("print", str(SEED), "-o", str(folder / "my-agenda.pdf"), "--data-dir", str(data_dir))
    assert r.code == 2 and "print failed" in r.err and str(folder) in r.err
    assert len(r.err.strip().splitlines()) == 1
    assert [p.name for p in folder.iterdir()] == ["my-agenda.pdf"]
    assert (folder / "my-agenda.pdf").read_bytes() == b"the old one"
    r = run_cli("print", str(SEED), "-o", str(tmp_path / "missing" / "x.pdf"), "--data-dir", str(data_dir))
    assert r.code == 2 and "missing" in r.err


@needs_poppler
def test_window_save_as_pdf_and_print_to_a_printer(qtbot, data_dir, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from .helpers import open_window

    ctl, win = open_window(qtbot, data_dir)
    win.output.print_to(QPrinter())  # nothing picked: says so, prints nothing
    assert "Nothing to print" in win.last_error
    ctl.toggle_star(by_title(ctl.schedule, HELION).uid)
    ctl.toggle_maybe(by_title(ctl.schedule, LIGHTS).uid)
    pdf = tmp_path / "window.pdf"
    assert win.output.save_pdf(pdf)
    text = text_of(pdf)
    assert HELION in flat(text) and LIGHTS in flat(text) and "maybe" in text and pages_of(pdf) == 1
    printer = QPrinter(QPrinter.HighResolution)  # the print dialog's printer, sent to a file here
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert win.output.print_to(printer) == 1
    assert HELION in flat(text_of(tmp_path / "printed.pdf"))


@needs_poppler
@pytest.mark.parametrize("locale, size", [("en_US.UTF-8", "612 x 792 pts (letter)"), ("fr_FR.UTF-8", "595 x 842 pts (A4)")])
def test_paper_follows_the_locale(data_dir, seed, tmp_path, locale, size):
    import os
    import sys

    star(data_dir, seed, [HELION])
    out = tmp_path / "p.pdf"
    env = {**os.environ, "LC_ALL": locale, "LANG": locale}
    p = subprocess.run([sys.executable, "-m", "agenda", "print", str(SEED), "-o", str(out), "--data-dir", str(data_dir)],
                       capture_output=True, text=True, env=env, timeout=60)
    assert p.returncode == 0, p.stderr
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert size in info
