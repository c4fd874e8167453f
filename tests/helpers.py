"""Helpers shared by tests (fixtures are conftest.py's): the CLI in-process, the window as `agenda` opens
it, calendars written with icalendar, and where the five validators live."""
from __future__ import annotations

import http.client
import io
import json
import os
import re
import shutil
import subprocess
import urllib.parse
from datetime import datetime, timedelta, timezone
from pathlib import Path

import icalendar
import pytest

from agenda.cli import Context, main
from agenda.core.settings import Settings
from agenda.core.storage import DataPaths

from .conftest import FEEDS, SEED


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self):
        return json.loads(self.out)


class _Stdout(io.StringIO):
    def __init__(self) -> None:
        super().__init__()
        self.buffer = io.BytesIO()


def run_cli(*args: str, stdin: bytes | None = None) -> Result:
    """Run the real command-line entry point in-process and capture what it prints."""
    out, err = _Stdout(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err, stdin=io.BytesIO(stdin) if stdin is not None else None)
    text = out.getvalue() + out.buffer.getvalue().decode("utf-8", errors="replace")
    return Result(code, text, err.getvalue())


def listed(feed, data_dir, *extra) -> dict:
    """`agenda list FEED --json` as a person runs it (it must succeed)."""
    r = run_cli("list", str(feed), "--json", "--data-dir", str(data_dir), *extra)
    assert r.code == 0, r.err
    return r.json()


def by_title(schedule, title: str):
    matches = [s for s in schedule.sessions if s.title == title]
    assert matches, f"no session titled {title!r}"
    return matches[0]


def khal_config(path: Path, vdir: Path, *, name: str = "mine", db: Path | None = None) -> Path:
    """A khal configuration at ``path`` with one calendar, the vdir ``vdir``, shown in Europe/Paris with ISO
    dates and 24-hour times (``db``: khal's sqlite cache there instead of under XDG_DATA_HOME)."""
    sqlite = f"[sqlite]\npath = {db}\n" if db is not None else ""
    path.write_text(f"""[calendars]
[[{name}]]
path = {vdir}/
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = Europe/Paris
default_timezone = Europe/Paris
{sqlite}""")
    return path


def edit_feed(path, uid: str, *, shift=None, location=None, summary=None, status=None, remove=False):
    """Change one event of a feed file the way an organiser would, using icalendar (not text edits)."""
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    for ev in list(cal.subcomponents):
        if ev.name != "VEVENT" or str(ev.get("UID")) != uid:
            continue
        if remove:
            cal.subcomponents.remove(ev)
            continue
        if shift is not None:
            start, end = ev["DTSTART"].dt + shift, ev["DTEND"].dt + shift
            del ev["DTSTART"], ev["DTEND"]
            ev.add("DTSTART", start)
            ev.add("DTEND", end)
        if location is not None:
            ev["LOCATION"] = icalendar.vText(location)
        if summary is not None:
            ev["SUMMARY"] = icalendar.vText(summary)
        if status is not None:
            ev["STATUS"] = icalendar.vText(status)
    path.write_bytes(cal.to_ical())


# ------------------------------------------------------------------------------------------------ window
BEFORE = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)  # a clock before the seed conference


def open_window(qtbot, data_dir, feed=SEED, clock=BEFORE, settings=None):
    from agenda.ui.app import build_window, make_app

    make_app()
    paths = DataPaths.under(data_dir)
    ctx = Context(paths, settings or Settings.load(paths.settings), io.StringIO(), io.StringIO(), None)
    ctl, win = build_window(ctx, str(feed) if feed else None, clock=lambda: clock)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.ready)  # side panels, menus and shortcuts come right after the first paint
    return ctl, win


def answer_dialog(qtbot, answer) -> None:
    """Run ``answer(dialog)`` on the modal dialog once it shows, until it returns True (it was the one): how a
    test answers a dialog that an action opens (a static one blocks inside trigger())."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def tick() -> None:
        w = QApplication.activeModalWidget()
        if w is None or not answer(w):
            QTimer.singleShot(20, tick)

    QTimer.singleShot(20, tick)


def drop_and_open(qtbot, win, mime) -> None:
    """Drop ``mime`` on the window and answer its question ("add to this plan, or open it instead?") with Open."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QDropEvent

    win.dropEvent(QDropEvent(QPoint(50, 50).toPointF(), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))
    box = win.menus.conferences.drop_question
    next(b for b in box.buttons() if b.text().replace("&", "") == "Open instead").click()


def menu_action(win, text: str):
    """The window's menu action named ``text`` (without its "&"), in any menu or submenu of the menu bar."""
    def leaves(menu):
        for a in menu.actions():
            if a.menu() is not None:
                yield from leaves(a.menu())
            elif not a.isSeparator():
                yield a
    return next(a for m in win.menuBar().actions() for a in leaves(m.menu()) if a.text().replace("&", "") == text)


def grey_over(pm, base):
    """A block's picture as the grid shows it (over the grid's ``base`` colour), in greyscale (a QImage)."""
    from PySide6.QtGui import QImage, QPainter

    img = QImage(pm.size(), QImage.Format_RGB32)
    img.fill(base)
    p = QPainter(img)
    p.drawPixmap(0, 0, pm)
    p.end()
    return img.convertToFormat(QImage.Format_Grayscale8)


def click_block(qtbot, win, uid, where="body", button=None):
    """Click a session's block on the grid as a mouse would (``where``: "body" or "star")."""
    from PySide6.QtCore import QPoint, Qt

    button = Qt.LeftButton if button is None else button
    grid = win.grid
    grid.ensure_visible(uid)
    r = grid.viewport_rect(uid)
    pos = grid.star_rect(r).center() if where == "star" else r.adjusted(4, 4, -30, -2).center()
    qtbot.mouseClick(grid.viewport(), button, pos=QPoint(int(pos.x()), int(pos.y())))


def click_the_gap(qtbot, win) -> None:
    """Click the one stretch of free time My agenda lists between two picks, as a mouse would."""
    from PySide6.QtCore import Qt

    choose_side_tab(qtbot, win, win.agenda)
    lst = win.agenda.list
    gaps = [lst.item(i) for i in range(lst.count()) if "min free" in lst.item(i).text()]
    assert len(gaps) == 1, [lst.item(i).text() for i in range(lst.count())]
    lst.scrollToItem(gaps[0])
    qtbot.mouseClick(lst.viewport(), Qt.LeftButton, pos=lst.visualItemRect(gaps[0]).center())


def choose_side_tab(qtbot, win, page) -> None:
    """Click the side panel's tab of ``page`` (win.details, win.agenda, win.clash_panel…), as a mouse would."""
    from PySide6.QtCore import Qt

    bar = win.side.tabBar()
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(win.side.indexOf(page)).center())


def wheel(widget, notches: float, *, across: float = 0, modifiers=None) -> None:
    """Turn a mouse wheel over the middle of ``widget`` (a grid's viewport): ``notches`` down (negative) or up,
    ``across`` with a tilt wheel (negative: to the right), delivered as the window system delivers it."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    pos = QPointF(widget.width() / 2, widget.height() / 2)
    QApplication.sendEvent(widget, QWheelEvent(pos, widget.mapToGlobal(pos), QPoint(0, 0),
                                               QPoint(int(120 * across), int(120 * notches)), Qt.NoButton,
                                               Qt.NoModifier if modifiers is None else modifiers,
                                               Qt.NoScrollPhase, False))


def press(qtbot, win, key, modifiers=None) -> None:
    """A key for the window's shortcuts (Ctrl+Z…) after a menu or dialog closed. Offscreen Qt leaves the closed
    popup the active window once events have run, where a window manager gives the activation back to the
    window: the window is activated first, as on a real display."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.keyClick(win, key, Qt.NoModifier if modifiers is None else modifiers)


def saved(qtbot, ctl):
    """The picks file (a core PicksStore) of the window's feed once it is saved: the event loop turns, as it
    does between a click and whatever a person does next, until the window has saved (right after the frame
    showing a change)."""
    from agenda.core.plan.picks import PicksStore

    qtbot.waitUntil(lambda: not ctl.unsaved_picks, timeout=3000)
    return PicksStore.open(ctl.paths.picks(ctl.key), ctl.key)



# ------------------------------------------------------------------------------------------- calendars
TITLE_HELION = "Helion 1.0: A High-Level DSL for Performance Portable Kernels"
TITLE_LIGHTS = "Lights, Camera, Inference! Video Generation as a Service With VLLM-Omni"
def seed_events() -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(SEED.read_bytes())
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def calendar(events, prodid="-//test//EN") -> bytes:
    cal = icalendar.Calendar()
    cal.add("PRODID", prodid)
    cal.add("VERSION", "2.0")
    for e in events:
        cal.add_component(e)
    return cal.to_ical()


def event(uid, summary, start, end=None, url=None):
    e = icalendar.Event()
    e.add("UID", uid)
    e.add("SUMMARY", summary)
    e.add("DTSTAMP", datetime(2026, 3, 1, 12, 0))
    e.add("DTSTART", start)
    e.add("DTEND", end or start + timedelta(minutes=30))
    if url:
        e.add("URL", url)
    return e


def without_stamps(body: bytes) -> bytes:
    return re.sub(rb"DTSTAMP[;:][^\r\n]*\r\n", b"", body)



# ---------------------------------------------------------------------------------- the five validators
VALIDATE = Path(__file__).resolve().parents[2] / "shared" / "tools" / "ics-validate"


def validator_home() -> Path:
    home = Path(os.environ.get("ICS_VALIDATE_HOME", Path.home() / ".cache" / "ics-validate"))
    if not (VALIDATE / "check").exists() or not (home / "venv").exists() or not shutil.which("node"):
        pytest.skip("ics-validate not set up (run ../shared/tools/ics-validate/setup)")
    return home




# ---------------------------------------------------------------------------------------------- shared by modules
def choose_file(path):
    """Answers a file dialog (Open or Save) with ``path``, typed as a person would (for answer_dialog)."""
    from PySide6.QtWidgets import QFileDialog, QLineEdit

    def answer(w) -> bool:
        if not isinstance(w, QFileDialog):
            return False
        w.findChild(QLineEdit, "fileNameEdit").setText(str(path))
        w.accept()
        return True

    return answer


def text_of(pdf: Path) -> str:
    """A PDF's text as poppler's pdftotext lays it out (what a person reads on paper)."""
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    """Text with its line breaks undone: one space between words, none after a hyphen the line broke at."""
    return re.sub(r"- (?=\S)", "-", " ".join(text.split()))


def http_get(url: str, headers: dict | None = None):
    """(status, headers, body) of a GET to ``url`` (webcal:// as a phone reads it: over http)."""
    parts = urllib.parse.urlsplit(url.replace("webcal://", "http://"))
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    conn.request("GET", parts.path, headers=headers or {})
    r = conn.getresponse()
    out = r.status, dict(r.getheaders()), r.read()
    conn.close()
    return out


def no_marks():
    """A block's marks when nothing marks it (no star, clash, selection, highlight or change)."""
    from agenda.ui.grid.block_paint import Marks

    return Marks(None, False, False, False, False)


def title_lines(win, uid):
    """(session, its title's lines, all its lines) as the grid's block for ``uid`` shows them."""
    from PySide6.QtCore import QRectF

    from agenda.ui.grid.block_paint import block_lines

    g = win.grid
    s = g.sessions[uid]
    lines, _, _ = block_lines(s, QRectF(*g.block_geoms[uid]), no_marks(), g.look(), g.zone, g.prefixes)
    look = g.look()
    return s, [line for line in lines if line.font is look.bold], lines


# PyCon AU 2023's real pretalx export with its dates moved (issue 35's second conference): see moved_pycon_au.
PYCON_AU = FEEDS / "pyconau2023_pretalx.ics"
ANCHOR = "A Recent History of Python Through Stack Overflow"


def moved_pycon_au(tmp_path, data_dir):
    """A copy of PyCon AU 2023 with every event shifted by the same amount, so that ANCHOR starts when the
    seed's Helion talk does; it keeps its Adelaide times. (path, the seed's Helion session as listed)."""
    seed = listed(SEED, data_dir)
    helion = next(s for s in seed["sessions"] if s["title"] == TITLE_HELION)
    cal = icalendar.Calendar.from_ical(PYCON_AU.read_bytes())
    events = list(cal.walk("VEVENT"))
    anchor = next(e for e in events if str(e["SUMMARY"]).startswith(ANCHOR))
    delta = datetime.fromisoformat(helion["start"]) - anchor["DTSTART"].dt.astimezone(timezone.utc)
    for e in events:
        for key in ("DTSTART", "DTEND"):
            if key in e:
                zone = e[key].dt.tzinfo  # kept: the copy is still in Adelaide time
                moved = (e[key].dt.astimezone(timezone.utc) + delta).astimezone(zone)
                e.pop(key)
                e.add(key, moved)
    path = tmp_path / "pyconau-moved.ics"
    path.write_bytes(cal.to_ical())
    return path, helion


def fusion_twin(win, bar):
    """A picture of the same scroll bar as ``bar`` (orientation, range, page, position, size, palette) drawn by
    Qt's own Fusion (the window's is fusion_bars.FusionBars)."""
    from PySide6.QtWidgets import QScrollBar, QStyleFactory

    fusion = QStyleFactory.create("Fusion")
    twin = QScrollBar(bar.orientation(), win)  # in the same window: the same active colours
    twin.setStyle(fusion)
    twin.setRange(bar.minimum(), bar.maximum())
    twin.setPageStep(bar.pageStep())
    twin.setValue(bar.value())
    twin.setPalette(bar.palette())
    twin.resize(bar.size())
    try:
        return twin.grab().toImage()
    finally:
        twin.deleteLater()


def largest_difference(a, b) -> int:
    """The largest difference of one colour channel between two pictures of one size (QImage), 0-255."""
    assert a.size() == b.size()
    worst = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixelColor(x, y), b.pixelColor(x, y)
            worst = max(worst, abs(pa.red() - pb.red()), abs(pa.green() - pb.green()), abs(pa.blue() - pb.blue()))
    return worst
