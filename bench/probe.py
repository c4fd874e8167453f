"""Child process: run `agenda [ARGS]` exactly as the user would, and report when the grid has painted
blocks for the first time, then exit.

Prints one JSON object of absolute time.time() marks (the parent subtracts its spawn time): "main" (the
interpreter is up and this script runs), "prepare" and "prepared" (reading the feed or its cache, before
Qt), "qt" (PySide6 imported and QApplication made), "window" (window built and the schedule in it),
"painted" (the grid's first paint with blocks has returned). bench/run.py uses "painted" for start-up
times and all of them for the phase table.

The probe wraps the app's functions from outside; the product code has no benchmark hooks. It patches
the grid only once the app has imported Qt itself, so that the probe does not change the order in which
modules are imported (that order matters: PySide6 inspects every module imported after it).
"""
import json
import os
import sys
import time

MARKS = {"main": time.time()}

from agenda.ui import app as app_module  # noqa: E402  (no Qt import at module level)


def _timed(name_before, name_after, fn):
    def wrapper(*args, **kwargs):
        if name_before:
            MARKS[name_before] = time.time()
        result = fn(*args, **kwargs)
        MARKS[name_after] = time.time()
        if name_after == "qt":
            _patch_grid()
        return result

    return wrapper


def _patch_grid() -> None:
    from agenda.ui.grid import view as grid_module

    original = grid_module.GridView.paintEvent

    def probe(self, event):
        original(self, event)
        if self.day_layout is not None and self.day_layout.blocks:
            MARKS["painted"] = time.time()
            print(json.dumps(MARKS), flush=True)
            os._exit(0)

    grid_module.GridView.paintEvent = probe


app_module.prepare = _timed("prepare", "prepared", app_module.prepare)
app_module.make_app = _timed(None, "qt", app_module.make_app)
app_module.build_window = _timed(None, "window", app_module.build_window)

from agenda.cli import main  # noqa: E402  (after the probe is in place)

sys.exit(main(sys.argv[1:]))
