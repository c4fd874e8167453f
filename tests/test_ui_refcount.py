"""Guard against Qt bindings that leak references to None (fatal on Python < 3.12, where None is
not immortal): PySide6 6.12.0 did so on every void call, and the window aborted while scrolling."""
from __future__ import annotations

import sys

import pytest

from .helpers import open_window


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: its count cannot drop")
def test_repainting_and_scrolling_keep_none_alive(qtbot, data_dir):
    ctl, win = open_window(qtbot, data_dir)
    g = win.grid
    ctl.toggle_star(g.day_layout.blocks[0].uid)
    g.viewport().repaint()
    before = sys.getrefcount(None)
    for i in range(40):
        g.verticalScrollBar().setValue((i * 53) % max(1, g.verticalScrollBar().maximum()))
        g.viewport().repaint()
    after = sys.getrefcount(None)
    assert after >= before - 50, f"None lost {before - after} references during 40 repaints"
