"""Issue 36, first part (any script in titles): a title in a script written without spaces wraps where its
rules allow. The titles are real, from COSCUP 2023's published sessions (github.com/COSCUP/2023,
json/session.json), in blocks as wide as the grid gives them; before, they wrapped at spaces only and came
out as one elided line ("一同創造開放和創新的…")."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from .helpers import calendar, event, open_window
from .test_short_sessions import _title_lines

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
        s, title_lines, _ = _title_lines(win, f"s{i}")
        shown = [line.text for line in title_lines]
        assert len(shown) >= 2, (title, shown)
        assert "".join(shown).replace(" ", "") == title.replace(" ", ""), (title, shown)  # all of it, nothing cut
        assert not any(line.endswith("…") for line in shown)
        if title.isascii():
            assert all(not w or w in title.split() for line in shown for w in line.split())  # words kept whole
