"""Short sessions stay readable: at the default zoom in a 1366×768 window, every session of ten minutes or
more shows at least two lines of its title (or all of it), and every shorter one a line at a font no
smaller than the small font, with a star box a mouse can hit. The time axis stretches where sessions are
short, and stays truthful: each hour label is where its time is."""
from __future__ import annotations

from PySide6.QtCore import QRectF

from agenda.ui.grid.block_paint import STAR_BOX, star_rect
from agenda.ui.grid.block_text import without_prefix

from .conftest import FOSDEM_XML
from .helpers import by_title, click_block, open_window, title_lines


def _check_day(win) -> tuple[int, int]:
    g = win.grid
    look = g.look()
    long_checked = short_checked = 0
    for b in g.day_layout.blocks:
        if b.band:
            continue
        s, title, lines = title_lines(win, b.uid)
        minutes = (s.end - s.start).total_seconds() / 60
        shown = " ".join(line.text for line in title)
        whole = shown in (" ".join(s.title.split()), " ".join((without_prefix(s.title, g.prefixes) or "").split()))
        if minutes >= 10:
            assert len(title) >= 2 or whole, (s.title, minutes, [line.text for line in lines])
            long_checked += 1
        else:
            assert lines, s.title
            assert lines[0].fm.height() >= look.small_fm.height(), s.title
            assert star_rect(QRectF(*g.block_geoms[b.uid])).width() >= STAR_BOX, s.title
            short_checked += 1
    return long_checked, short_checked


def test_ten_minute_keynotes_show_two_title_lines_and_five_minute_talks_one(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir)
    keynote = by_title(ctl.schedule, "Keynote: Co-Evolution: How the Open Source Intelligence Stack Compounds")
    assert (keynote.end - keynote.start).total_seconds() == 600
    _, title, _ = title_lines(win, keynote.uid)
    assert len(title) >= 2
    counts = [_check_day(win)]
    win.days.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: win.grid.day_layout.day.day == 8)
    counts.append(_check_day(win))
    assert sum(c[0] for c in counts) > 100 and sum(c[1] for c in counts) >= 3  # the seed has three 5-minute talks

    # A five-minute talk is starred by a click on its star, as on any other block.
    short = next(b.uid for b in win.grid.day_layout.blocks
                 if (win.grid.sessions[b.uid].end - win.grid.sessions[b.uid].start).total_seconds() < 600)
    click_block(qtbot, win, short, where="star")
    assert ctl.state(short) == "star"


def test_the_time_axis_stretches_only_where_sessions_are_short_and_labels_stay_at_their_times(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir)
    g = win.grid
    ppm = g.scale.ppm
    # 09:00-10:00 holds the 10-minute keynotes: stretched. 12:30-13:30 is lunch: an hour at the zoom's rate.
    assert g.y_for(10 * 60) - g.y_for(9 * 60) > 60 * ppm * 1.2
    assert g.y_for(13 * 60 + 30) - g.y_for(12 * 60 + 30) == 60 * ppm
    # The hour marks are drawn through the same map as the blocks: "11:00" is where an 11:00 talk starts.
    helion = by_title(ctl.schedule, "Helion 1.0: A High-Level DSL for Performance Portable Kernels")
    mark = dict((label, m) for m, label in g.day_layout.hour_marks)["11:00"]
    assert g.block_rect(helion.uid).top() - 1 == g.y_for(mark)
    # Never out of order: later is always lower.
    ys = [g.y_for(m) for m in range(int(g.day_layout.first_minute), int(g.day_layout.last_minute), 5)]
    assert ys == sorted(ys) and len(set(ys)) == len(ys)


def test_fosdem_lightning_talks_are_readable(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir, feed=FOSDEM_XML)
    qtbot.waitUntil(lambda: ctl.schedule is not None and len(ctl.schedule.sessions) > 1000, timeout=20000)
    long_checked, _ = _check_day(win)
    assert long_checked > 300
