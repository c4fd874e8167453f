"""Child process: open a feed (warm) in the real window and time interactions until repainted.

Prints one JSON object: medians in ms for star click (and the event-loop turn after it), viewport repaint while scrolling, a wheel notch (the
event loop running between notches), day switch and search keystroke, on the grid and then in the list view (list_*), plus peak RSS. Usage: python bench/interact.py FEED DATA_DIR [REPEATS]

"max" holds each interaction's worst wall-clock time, "max_cpu" the worst of the CPU time this process used in
the same interactions (time.process_time): on a shared machine a wall time well above its CPU time is time the
machine gave to other work, not the app's.
"""
import io
import json
import os
import resource
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QWheelEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from agenda.cli import Context  # noqa: E402
from agenda.core.settings import Settings  # noqa: E402
from agenda.core.storage import DataPaths  # noqa: E402
from agenda.ui.app import build_window, hold_collections, make_app  # noqa: E402

feed, data_dir = sys.argv[1], sys.argv[2]
repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 25
release = hold_collections()  # the app's own policy for the garbage collector (run_gui)
app = make_app()
paths = DataPaths.under(data_dir)
ctx = Context(paths, Settings.load(paths.settings), io.StringIO(), io.StringIO(), None)
ctl, win = build_window(ctx, feed)
win.after_ready(lambda: release(ctl))
win.resize(1366, 768)
win.show()
while ctl.busy:
    app.processEvents()
for _ in range(5):
    app.processEvents()
g = win.grid


class Took(float):
    """Wall-clock ms of one interaction, with the CPU ms this process spent in it (.cpu)."""
    cpu = 0.0


def start():
    return time.perf_counter(), time.process_time()


def ms(t0) -> Took:
    took = Took((time.perf_counter() - t0[0]) * 1000.0)
    took.cpu = (time.process_time() - t0[1]) * 1000.0
    return took


def settle():
    app.processEvents()


# PySide6's QtTest makes a few of Qt's enum types (QWindow's, QSurface's) at its first mouseClick: 1-2 ms that
# are the test driver's, not the app's (a person's click comes from the window system). So one click on the
# status bar, which does nothing, goes first.
QTest.mouseClick(win.statusBar(), Qt.LeftButton, Qt.NoModifier, QPoint(2, 2))
settle()
results = {"star_click": [], "star_after": [], "scroll_repaint": [], "day_switch": [], "search_key": []}
visible = [b.uid for b in g.day_layout.blocks][:repeats * 2]
for i in range(repeats):
    uid = visible[i * 2 % len(visible)]
    g.ensure_visible(uid)
    g.viewport().repaint()
    r = g.viewport_rect(uid)
    pos = g.star_rect(r).center()
    t0 = start()
    QTest.mouseClick(g.viewport(), Qt.LeftButton, Qt.NoModifier, QPoint(int(pos.x()), int(pos.y())))
    g.viewport().repaint()
    results["star_click"].append(ms(t0))
    t0 = start()
    settle()  # the turn after: the side panels follow the click (Details, My agenda, Clashes)
    results["star_after"].append(ms(t0))
bar = g.verticalScrollBar()
hbar = g.horizontalScrollBar()
for i in range(repeats):
    t0 = start()
    bar.setSliderPosition((i * 97) % max(1, bar.maximum()))  # as a drag of each bar's thumb moves it
    hbar.setSliderPosition((i * 131) % max(1, hbar.maximum()))
    g.viewport().repaint()
    results["scroll_repaint"].append(ms(t0))
# A person's wheel: one notch at a time, delivered to the viewport as the window system does, with the event
# loop running between notches (16 ms: a notch every frame at 60 Hz, a fast spin); five down, then five
# across with Shift, in turn, from the top left.
results["wheel_notch"] = []
bar.setValue(0)
hbar.setValue(0)
QTest.qWait(16)
vp = g.viewport()
centre = QPointF(vp.width() / 2, vp.height() / 2)
for i in range(repeats):
    mods = Qt.ShiftModifier if (i // 5) % 2 else Qt.NoModifier
    notch = QWheelEvent(centre, vp.mapToGlobal(centre), QPoint(0, 0), QPoint(0, -120), Qt.NoButton, mods,
                        Qt.NoScrollPhase, False)
    t0 = start()
    QApplication.sendEvent(vp, notch)
    vp.repaint()
    results["wheel_notch"].append(ms(t0))
    QTest.qWait(16)
# A user takes a moment to move from scrolling to the day tabs: the window's idle-time work (drawing the
# other days' views ahead, from where the scrolling left off) runs then, as it would for them.
QTest.qWait(500)
for _ in range(repeats):
    t0 = start()
    win.days.set_day((win.days.index + 1) % len(win.days.dates))
    g.viewport().repaint()
    results["day_switch"].append(ms(t0))
    settle()  # one event-loop pass between clicks, as for the stars
win.finding.search.setFocus()
word = "distributedquantized"
for i in range(repeats):
    if i and i % len(word) == 0:
        win.finding.search.clear()
    t0 = start()
    QTest.keyClick(win.finding.search, word[i % len(word)])
    g.viewport().repaint()
    results["search_key"].append(ms(t0))
# The same four in the list view (View → List view), when this tree has one.
if getattr(win.view_options, "list_action", None) is not None:
    from agenda.ui.listview.view import star_box  # noqa: E402

    win.finding.search.clear()
    win.view_options.list_action.trigger()
    settle()
    lv = win.view_options.list_view
    vp = lv.viewport()
    for key in ("list_star_click", "list_scroll_repaint", "list_day_switch", "list_search_key"):
        results[key] = []
    for i in range(repeats):
        index = lv.list_model.index(i * 7 % len(lv.list_model.uids))
        lv.scrollTo(index)
        vp.repaint()
        pos = star_box(lv.visualRect(index).toRectF()).center()
        t0 = start()
        QTest.mouseClick(vp, Qt.LeftButton, Qt.NoModifier, QPoint(int(pos.x()), int(pos.y())))
        vp.repaint()
        results["list_star_click"].append(ms(t0))
        settle()
    lbar = lv.verticalScrollBar()
    for i in range(repeats):
        t0 = start()
        lbar.setSliderPosition((i * 997) % max(1, lbar.maximum()))  # as a drag of the thumb moves it (as on the grid)
        vp.repaint()
        results["list_scroll_repaint"].append(ms(t0))
    QTest.qWait(500)  # as on the grid: a moment before the day tabs, in which the list draws other days ahead
    for _ in range(repeats):
        t0 = start()
        win.days.set_day((win.days.index + 1) % len(win.days.dates))
        vp.repaint()
        results["list_day_switch"].append(ms(t0))
        settle()
    win.finding.search.setFocus()
    for i in range(repeats):
        if i and i % len(word) == 0:
            win.finding.search.clear()
        t0 = start()
        QTest.keyClick(win.finding.search, word[i % len(word)])
        vp.repaint()
        results["list_search_key"].append(ms(t0))
out = {k: round(statistics.median(v), 2) for k, v in results.items()}
out["max"] = {k: round(max(v), 2) for k, v in results.items()}
out["max_cpu"] = {k: round(max(took.cpu for took in v), 2) for k, v in results.items()}
out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
out["sessions"] = len(ctl.schedule.sessions)
print(json.dumps(out))
os._exit(0)
