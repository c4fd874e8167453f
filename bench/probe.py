"""Child process: run `agenda [ARGS]` exactly as the user would, and report the moment the grid has
painted blocks for the first time (as time.time() on stdout), then exit.

The probe wraps GridView.paintEvent from outside; the product code has no benchmark hooks.
"""
import os
import sys
import time

from agenda.ui import grid as grid_module

_original = grid_module.GridView.paintEvent


def _probe(self, event):
    _original(self, event)
    if self.day_layout is not None and self.day_layout.blocks:
        import resource

        print(f"{time.time():.6f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
        os._exit(0)


grid_module.GridView.paintEvent = _probe

from agenda.cli import main  # noqa: E402  (after the probe is in place)

sys.exit(main(sys.argv[1:]))
