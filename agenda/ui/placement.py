"""Where windows go: sizes that fit the free area of the screen (never under a panel or off its bottom
edge), for the main window on opening, Print preview and Send to phone."""
from __future__ import annotations

FRAME_ALLOWANCE = (16, 48)  # a window manager's frame and title bar, before the window is shown and we know


def within_screen(widget, w: int, h: int) -> tuple[int, int]:
    """(w, h), made smaller where a window that size, with its frame, would not fit the free area of
    ``widget``'s screen."""
    avail, (fw, fh) = widget.screen().availableGeometry(), FRAME_ALLOWANCE
    return min(w, avail.width() - fw), min(h, avail.height() - fh)
