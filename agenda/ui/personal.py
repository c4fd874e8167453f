"""The controller's undo steps: a change of pick states, and an import (picks, notes and own items at once),
each taken back whole by Ctrl+Z. They hold what to write and call the controller's writer they were given;
they keep no state of the controller's."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class PickCommand(QUndoCommand):
    """Pick states before and after: redo writes ``after``, undo ``before``."""

    def __init__(self, apply: Callable[[dict], None], before: dict[str, str | None], after: dict[str, str | None],
                 text: str) -> None:
        super().__init__(text)
        self._apply, self.before, self.after = apply, before, after

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class ImportCommand(QUndoCommand):
    """Picks, notes and own items of one import: Ctrl+Z takes the whole of it back."""

    def __init__(self, apply: Callable[..., None], report, before: dict[str, str | None], text: str) -> None:
        super().__init__(text)
        self._apply, self.report, self.before = apply, report, before

    def redo(self) -> None:
        self._apply(self.report.changes, self.report.notes, self.report.items, undo=False)

    def undo(self) -> None:
        self._apply(self.before, self.report.notes, self.report.items, undo=True)
