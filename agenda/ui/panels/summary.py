"""The status bar's clash count: in the window's first frame, so it lives apart from the Clashes panel (made
after that frame, with the widgets it imports)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QLabel

from ...core.plan.clashes import ClashKind
from ..events import tap_later
from ..i18n import tr
from ..idle import Idle


def clash_summary(clashes) -> str:
    """The status bar's count: "No clashes", or "⚠ 2 clashes, 1 tight transfer"."""
    overlaps = sum(1 for c in clashes if c.kind == ClashKind.OVERLAP)
    return counts_text(overlaps, len(clashes) - overlaps)


def counts_text(overlaps: int, transfers: int) -> str:
    if not overlaps and not transfers:
        return tr("No clashes")
    bits = []
    if overlaps:
        bits.append(tr("%n clash(es)", None, overlaps))
    if transfers:
        bits.append(tr("%n tight transfer(s)", None, transfers))
    return "⚠ " + ", ".join(bits)


class ClashCount(QLabel):
    """The status bar's clash count, whose size does not follow its text. A label of another size makes Qt lay
    out the status bar and with it the main window, which then repaints whole (the grid, every panel): in the
    turn after each star click that made or ended a clash. So it is as wide as the widest of a few counts (up
    to 88 clashes and 8 tight transfers, in the window's language and font), right-aligned, and grows (never
    shrinks) for a longer text; a label of a fixed size tells no layout that its text changed."""

    WIDEST = ((0, 0), (88, 0), (0, 88), (88, 8))

    def __init__(self, idle: Idle) -> None:
        super().__init__(counts_text(0, 0))
        self.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self._fit()
        tap_later(idle, self, (QEvent.FontChange, QEvent.StyleChange), self._new_look)  # (events.py)

    def show_clashes(self, clashes) -> None:
        text = clash_summary(clashes)
        if text != self.text():
            self.setText(text)
            if self._width(text) > self.width():
                self._fit()

    def _width(self, text: str) -> int:
        m = self.contentsMargins()
        return self.fontMetrics().horizontalAdvance(text) + m.left() + m.right() + 2 * self.margin()

    def _fit(self) -> None:
        widest = max(self._width(t) for t in (*(counts_text(*n) for n in self.WIDEST), self.text()))
        self.setFixedSize(max(widest, self.width() if self.isVisible() else 0), self.sizeHint().height())

    def _new_look(self, _event) -> bool:
        QTimer.singleShot(0, self, self._fit)  # once the label has its new font (the tap sees the event first)
        return False
