"""The side panel: a tab widget holding Details, My agenda, Clashes and What changed, which a star click
does not make lay itself out and repaint whole, and which says when a page comes into view."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QTabWidget

from ..events import tap_later
from ..idle import Idle


class SideTabs(QTabWidget):
    """Qt's tab widget, with two costs of every star click taken away. Renaming a tab lays the tab widget
    out and repaints all of it and of what it holds, even to the name it has: ``name_tab`` renames only to a
    new name. And whenever the page shown changes its layout (the details of another session: lines of
    other heights), Qt asks the tab widget to lay itself out again, which repaints it whole too, although
    where its tabs and page go depends only on its own size and its tabs. Such a request is answered by
    telling the splitter that the panel's size hint may have changed, without repainting; the tab widget
    lays itself out as Qt's does when its tabs' size hint changed (a renamed tab, another font)."""

    pageShown = Signal(object)  # a page came into view: another tab chosen, or the panel shown

    def __init__(self, idle: Idle) -> None:
        super().__init__()
        self._bar_hint = None  # the tab bar's size hint at the last layout
        self.currentChanged.connect(lambda _index: self._page_shown())
        tap_later(idle, self, (QEvent.LayoutRequest,), self._layout_requested)  # (its tabs come after the first frame)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._page_shown()

    def _page_shown(self) -> None:
        if self.isVisible() and self.currentWidget() is not None:
            self.pageShown.emit(self.currentWidget())

    def name_tab(self, index: int, text: str) -> None:
        if self.tabText(index) != text:
            self.setTabText(index, text)

    def _layout_requested(self, _event) -> bool:
        """True: answered here, without Qt's laying out (the tab bar's size hint is as it was)."""
        hint = self.tabBar().sizeHint()
        if hint == self._bar_hint:
            self.updateGeometry()
            return True
        self._bar_hint = hint
        return False
