"""Child process: run `agenda [ARGS]` exactly as the user would, and report the moment the grid has
painted blocks for the first time (as time.time() on stdout), then exit.

The probe wraps GridView.paintEvent from outside; the product code has no benchmark hooks. It patches
the grid only once the app has imported Qt itself, so that the probe does not change the order in which
modules are imported (that order matters: PySide6 inspects every module imported after it).
"""
import os
import sys
import time

from agenda.ui import app as app_module  # no Qt import at module level


def _patch_grid() -> None:
    from agenda.ui import grid as grid_module

    original = grid_module.GridView.paintEvent

    def probe(self, event):
        original(self, event)
        if self.day_layout is not None and self.day_layout.blocks:
            import resource

            print(f"{time.time():.6f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
            os._exit(0)

    grid_module.GridView.paintEvent = probe


_make_app = app_module.make_app


def _make_app_then_patch(*args, **kwargs):
    app = _make_app(*args, **kwargs)
    _patch_grid()
    return app


app_module.make_app = _make_app_then_patch

from agenda.cli import main  # noqa: E402  (after the probe is in place)

sys.exit(main(sys.argv[1:]))
