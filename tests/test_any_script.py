"""Issue 36, first part (any script in titles): a title in a script written without spaces wraps where its
rules allow. The titles are real, from COSCUP 2023's published sessions (github.com/COSCUP/2023,
json/session.json), in blocks as wide as the grid gives them; before, they wrapped at spaces only and came
out as one elided line ("一同創造開放和創新的…")."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from .helpers import calendar, event, no_marks, open_window, title_lines

TITLES = ["一同創造開放和創新的設計世界", "利用 Kong API Gateway 優化微服務：簡化管理並提升安全性",
          "你的 RNG 真的 RNG 嗎？ 不只是 rand() 的亂數產生器", "Open source RISC-V GPGPU"]


def test_chinese_titles_wrap_to_several_lines_in_a_block_with_room(qtbot, data_dir, tmp_path):
    start = datetime(2023, 7, 29, 2, 30, tzinfo=timezone.utc)  # 10:30 in Taipei
    feed = tmp_path / "coscup.ics"
    # Six talks at once in one column (six lanes), each block narrow; an hour each.
    feed.write_bytes(calendar([event(f"s{i}", t, start, start + timedelta(hours=1)) for i, t in enumerate(TITLES)]
                              + [event(f"x{i}", f"Room filler {i}", start) for i in range(2)]))
    ctl, win = open_window(qtbot, data_dir, feed=feed)
    qtbot.waitUntil(lambda: ctl.schedule is not None and len(ctl.schedule.sessions) == 6)
    for i, title in enumerate(TITLES):
        s, in_title, _ = title_lines(win, f"s{i}")
        shown = [line.text for line in in_title]
        assert len(shown) >= 2, (title, shown)
        assert "".join(shown).replace(" ", "") == title.replace(" ", ""), (title, shown)  # all of it, nothing cut
        assert not any(line.endswith("…") for line in shown)
        if title.isascii():
            assert all(not w or w in title.split() for line in shown for w in line.split())  # words kept whole


def _ink_columns(img, rect) -> list[int]:
    """Columns of ``rect`` (in ``img``) where the text left ink: pixels unlike the band's commonest colour."""
    from collections import Counter

    x0, y0, x1, y1 = int(rect.left()), int(rect.top()), int(rect.right()), int(rect.bottom())
    counts = Counter(img.pixel(x, y) for x in range(x0, x1) for y in range(y0, y1))
    base = counts.most_common(1)[0][0]
    return [x - x0 for x in range(x0, x1) if any(img.pixel(x, y) != base for y in range(y0, y1))]


def test_a_right_to_left_title_is_drawn_right_to_left(qtbot, data_dir, tmp_path):
    """Hebrew (the real SUMMARY of allenporter/ical's languages.ics, niqqud and all) and an Arabic title read
    from the right edge of their block, laid out as Qt lays out right-to-left text; a Lithuanian title in
    the same feed stays left to right."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter

    from agenda.ui.grid.block_paint import block_lines

    from .conftest import FEEDS

    summaries = {str(e["UID"]): str(e["SUMMARY"])
                 for e in __import__("icalendar").Calendar.from_ical((FEEDS / "unicode_languages.ics").read_bytes()).walk("VEVENT")}
    hebrew = next(t for t in summaries.values() if "\u05d0" <= t[0] <= "\u05ea")
    lithuanian = next(t for t in summaries.values() if t.startswith("žmog"))
    titles = {"he": hebrew, "ar": "مرحبا PyTorch", "lt": lithuanian}
    start = datetime(2026, 4, 7, 9, 0, tzinfo=timezone.utc)
    feed = tmp_path / "scripts.ics"
    feed.write_bytes(calendar([event(uid, t, start + timedelta(hours=i), start + timedelta(hours=i + 1))
                               for i, (uid, t) in enumerate(titles.items())]))
    ctl, win = open_window(qtbot, data_dir, feed=feed)
    qtbot.waitUntil(lambda: ctl.schedule is not None and len(ctl.schedule.sessions) == 3)
    g = win.grid
    g.viewport().repaint()
    shot = g.viewport().grab().toImage().convertToFormat(QImage.Format_RGB32)
    for uid, title in titles.items():
        r = g.viewport_rect(uid)
        s = g.sessions[uid]
        lines, x0, y0 = block_lines(s, QRectF(0, 0, r.width(), r.height()), no_marks(), g.look(), g.zone, g.prefixes)
        line = lines[0]
        assert line.text == title
        area = QRectF(r.left() + x0 + line.x, r.top() + y0 + line.y, line.width, line.fm.height())
        ink = _ink_columns(shot, area)
        assert ink, title
        # The same line drawn by Qt itself, right to left from the right edge, and left to right from the left.
        refs = {}
        for name, direction, align in (("rtl", Qt.RightToLeft, Qt.AlignRight | Qt.AlignAbsolute),
                                        ("ltr", Qt.LeftToRight, Qt.AlignLeft),
                                        ("ltr-right", Qt.LeftToRight, Qt.AlignRight | Qt.AlignAbsolute)):
            ref = QImage(int(area.width()), int(area.height()), QImage.Format_RGB32)
            ref.fill(Qt.white)
            p = QPainter(ref)
            p.setFont(line.font)
            p.setLayoutDirection(direction)
            p.drawText(QRectF(0, 0, area.width(), area.height()), align | Qt.AlignVCenter, title)
            p.end()
            refs[name] = _ink_columns(ref, QRectF(0, 0, ref.width(), ref.height()))
        want, other = ("ltr", "rtl") if uid == "lt" else ("rtl", "ltr")
        near = sum(1 for x in ink if x in refs[want]) / len(ink)
        assert near > 0.9 and abs(len(ink) - len(refs[want])) <= 3, (title, want, ink[:3], refs[want][:3])
        assert not set(ink) & set(refs[other]) or refs[other][0] != ink[0], (title, other)
        if uid != "lt":
            assert max(ink) >= area.width() - 3 and min(ink) > 10  # hugging the right edge
        if uid == "ar":  # its words in right-to-left order: the Latin word on the left, not merely moved right
            assert ink != refs["ltr-right"] and refs["rtl"] != refs["ltr-right"]
