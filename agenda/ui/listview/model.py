"""The list's rows: the sessions of the day the grid shows, in time order (start, then the grid's room
order), as a Qt item model. The grid owns the day, its marks, the filter and the selection; the model is
another view of them, and says to screen readers what the grid's blocks say (name, description, checked)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt

from ...core.model import conference_name
from ...core.plan.picks import MAYBE, STAR
from ..grid import painter

UID_ROLE = Qt.UserRole + 1  # the session id of a row
MARK_ROLES = [Qt.CheckStateRole, Qt.AccessibleDescriptionRole]  # what a change of marks changes


class DayListModel(QStringListModel):
    """Owns the rows (session ids in order) and which of them start a new time. ``grid`` is the GridView
    whose day it lists; ``star`` is called with a session id when a screen reader's toggle action (or a
    check-state change) asks for a star."""

    def __init__(self, grid, star: Callable[[str], None]) -> None:
        super().__init__()
        self.grid, self.star = grid, star
        self.uids: list[str] = []
        self.group_starts: set[int] = set()  # rows whose start differs from the row above
        self._made_from: tuple = ()
        self._fingerprints: tuple[object, dict[str, int]] = (None, {})
        self._rows_memo: dict[int, tuple] = {}
        self._rows: dict[str, int] = {}  # session id -> row
        self._marks: tuple = ({}, set(), set())  # (states, clash ids, changed ids) the rows last showed

    def sync(self) -> bool:
        """Follow the grid: the rows again when its day (or which sessions it hides) changed, else only
        the marks; True when the rows were made again."""
        g = self.grid
        key = (g.day_layout, g.sessions, g.match if g.hide_unmatched else None, g.hide_unmatched)
        marks = (dict(g.states), set(g.clash_ids), set(g.changed_ids))
        if len(key) == len(self._made_from) and all(a is b for a, b in zip(key, self._made_from, strict=True)):
            # Only the rows whose marks changed, one by one: a change over many rows makes Qt lay every
            # row out again (5 ms at 3,000 rows), and a screen reader hears of each changed row.
            old_states, old_clashes, old_changed = self._marks
            changed = {u for u in old_states.keys() | marks[0].keys() if old_states.get(u) != marks[0].get(u)}
            changed |= old_clashes ^ marks[1]
            changed |= old_changed ^ marks[2]
            self._marks = marks
            for uid in changed:
                row = self._rows.get(uid)
                if row is not None:
                    self.dataChanged.emit(self.index(row), self.index(row), MARK_ROLES)
            return False
        self._marks = marks
        self._made_from = key
        uids, groups, rows = ([], set(), {}) if g.day_layout is None else self.rows_for(g.day_layout)
        self.uids, self.group_starts, self._rows = uids, groups, rows
        # The rows are the ids as a string list: Qt counts them in C++ (laying 3,000 rows out asks for the
        # count once per row: 2 ms when answered in Python). setStringList resets the model.
        self.setStringList(uids)
        return True

    def _rows_of(self, layout) -> tuple[list[str], set[int], dict[str, int]]:
        """A day's rows in time order (then the grid's room order), its group starts and each id's row,
        kept per layout: going back to a day costs nothing."""
        hit = self._rows_memo.get(id(layout))
        if hit is None or hit[0] is not layout:
            order = sorted([(b.top, b.column, b.lane, b.uid) for b in layout.blocks])
            uids = [o[3] for o in order]
            groups = {i for i in range(len(order)) if i == 0 or order[i][0] != order[i - 1][0]}
            if len(self._rows_memo) > 16:
                self._rows_memo.clear()
            hit = self._rows_memo[id(layout)] = (layout, uids, groups, {u: i for i, u in enumerate(uids)})
        return list(hit[1]), hit[2], hit[3]

    def rows_for(self, layout) -> tuple[list[str], set[int], dict[str, int]]:
        """The rows ``layout``'s day shows with the grid's filter as it is: ids, group starts, each id's row."""
        uids, groups, rows = self._rows_of(layout)
        g = self.grid
        if g.hide_unmatched and g.match is not None:
            uids = [u for u in uids if u in g.match]
            groups = self._groups(uids)
            rows = {u: i for i, u in enumerate(uids)}
        return uids, groups, rows

    def _groups(self, uids: list[str]) -> set[int]:
        starts = [self.grid.sessions[u].start for u in uids]
        return {i for i in range(len(starts)) if i == 0 or starts[i] != starts[i - 1]}

    def fingerprint(self, uid: str) -> int:
        """What a row shows of its session, hashed: part of its picture's cache key, so that a refreshed
        schedule never reuses an old picture of the same id."""
        sessions = self.grid.sessions
        if self._fingerprints[0] is not sessions:
            self._fingerprints = (sessions, {})
        memo = self._fingerprints[1]
        fp = memo.get(uid)
        if fp is None:
            s = sessions[uid]
            fp = memo[uid] = hash((s.title, s.speaker_text, s.start, s.end, s.track, s.room, s.venue, s.cancelled,
                                   s.recorded, conference_name(self.grid.group_names, uid)))
        return fp

    def row_of(self, uid: str | None) -> int:
        return self._rows.get(uid, -1) if uid else -1

    # ---------------------------------------------------------------------------------- Qt's model
    def flags(self, index) -> Qt.ItemFlag:
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsUserCheckable

    def data(self, index, role: int = Qt.DisplayRole):
        if not index.isValid() or index.row() >= len(self.uids):
            return None
        uid = self.uids[index.row()]
        g = self.grid
        if role in (Qt.DisplayRole, Qt.AccessibleTextRole):
            return g.sessions[uid].title
        if role == UID_ROLE:
            return uid
        if role == Qt.AccessibleDescriptionRole:
            return g.accessible_name(uid)
        if role == Qt.CheckStateRole:
            state = g.states.get(uid)
            return Qt.Checked if state == STAR else Qt.PartiallyChecked if state == MAYBE else Qt.Unchecked
        if role == Qt.ToolTipRole:
            return painter.tooltip_text(g.sessions[uid], g.zone, conference_name(g.group_names, uid)) if g.zone else g.sessions[uid].title
        return None

    def setData(self, index, value, role: int = Qt.EditRole) -> bool:
        """A check-state change (a screen reader's "toggle" action) stars or unstars the session."""
        if role != Qt.CheckStateRole or not index.isValid():
            return False
        uid = self.uids[index.row()]
        want = Qt.CheckState(value) == Qt.Checked if not isinstance(value, bool) else value
        if want != (self.grid.states.get(uid) == STAR):
            self.star(uid)
        return True
