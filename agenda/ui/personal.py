"""The controller's part for what the user brings (mixed into Controller): notes on sessions, own items
(a "Mine" column), and picks imported from elsewhere, applied as one undo step."""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from ..core.mine import with_items
from ..core.storage import StorageError


class _ImportCommand(QUndoCommand):
    """Picks, notes and own items of one import: Ctrl+Z takes the whole of it back."""

    def __init__(self, ctl, report, text: str) -> None:
        super().__init__(text)
        self.ctl, self.report = ctl, report
        self.before = {u: ctl.state(u) for u in report.changes}

    def redo(self) -> None:
        self.ctl._import_apply(self.report.changes, self.report.notes, self.report.items, undo=False)

    def undo(self) -> None:
        self.ctl._import_apply(self.before, self.report.notes, self.report.items, undo=True)


class PersonalPicks:
    """Needs from the controller: store, schedule, undo_stack, set_states, _apply, _recompute_clashes and
    the signals noteChanged, scheduleChanged, picksChanged, errorOccurred."""

    def note(self, uid: str) -> str:
        return self.store.note(uid) if self.store is not None else ""

    def set_note(self, uid: str, text: str) -> None:
        if self.store is None or self.note(uid) == text.strip():
            return
        try:
            self.store.set_note(uid, text)
        except StorageError as exc:
            self.errorOccurred.emit(f"Your note is kept in memory but could not be saved: {exc}")
        self.noteChanged.emit(uid)

    def notes(self) -> dict[str, str]:
        return self.store.notes() if self.store is not None else {}

    # --------------------------------------------------------------------------------------- own items
    def add_item(self, item: dict) -> None:
        """Add one of the user's own items: starred, in the Mine column, counted in clashes."""
        self._change_items(lambda: self.store.add_item(item))

    def remove_item(self, uid: str) -> None:
        self._change_items(lambda: self.store.remove_item(uid))

    def _change_items(self, change) -> None:
        if self.store is None:
            return
        try:
            change()
        except StorageError as exc:
            self.errorOccurred.emit(f"Your item is kept in memory but could not be saved: {exc}")
        self._items_changed()

    def _items_changed(self) -> None:
        self.schedule = with_items(self.schedule, self.store.items())
        self._recompute_clashes(emit=False)
        self.scheduleChanged.emit()

    # ------------------------------------------------------------------------------------------ import
    def import_picks(self, report) -> None:
        """Apply an import (core/importing.py's report) as one undo step."""
        if self.store is None or not (report.changes or report.notes or report.items):
            return
        self.undo_stack.push(_ImportCommand(self, report, "Import picks"))

    def _import_apply(self, states: dict, notes: dict, items: list, *, undo: bool) -> None:
        try:
            for uid, text in notes.items():
                self.store.set_note(uid, "" if undo else text)
            for item in items:
                if undo:
                    self.store.remove_item(item["uid"])
                else:
                    self.store.add_item(item)
        except StorageError as exc:
            self.errorOccurred.emit(f"The import is kept in memory but could not be saved: {exc}")
        if items:
            self.schedule = with_items(self.schedule, self.store.items())
        if states:
            self._apply(states)
        else:
            self._recompute_clashes(emit=False)
            self.picksChanged.emit(set())
        if items:
            self.scheduleChanged.emit()
        for uid in notes:
            self.noteChanged.emit(uid)
