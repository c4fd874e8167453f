"""Side panels: My agenda (picks by day with gaps) and what changed, and what the side panels share (plain
labels, safe links); the session details are details.py, the Clashes panel clashes.py."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QT_TR_NOOP, Qt, QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.dates import local_text
from ...core.plan.layout import session_day
from ...core.plan.mine import where_text
from ...core.plan.picks import MAYBE, STAR
from ...core.plan.review import Change, ChangeKind, moved_how
from ..i18n import dates, tr

SAFE_SCHEMES = ("http", "https", "mailto")


def plain_label(text: str = "", *, bold: bool = False, wrap: bool = True) -> QLabel:
    """A label that never interprets feed text as rich text (no HTML, no remote images)."""
    label = QLabel()
    label.setTextFormat(Qt.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    label.setText(text)
    if bold:
        f = QFont(label.font())
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.15)
        label.setFont(f)
    return label


def safe_url(url: str | None) -> QUrl | None:
    if not url:
        return None
    q = QUrl(url, QUrl.StrictMode)
    if not q.isValid() or q.scheme().lower() not in SAFE_SCHEMES:
        return None
    return q


class _ListPanel(QWidget):
    """A one-line summary above a list of sessions."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.summary = plain_label()
        self.list = QListWidget()
        self.list.setAccessibleName(name)
        self.list.setWordWrap(True)  # long titles wrap instead of scrolling sideways
        self.column.addWidget(self.summary)
        self.column.addWidget(self.list, 1)


@dataclass(frozen=True)
class PickRow:
    """A My agenda row for a pick; ``ghost``: it left the feed (a click offers to remove it)."""

    uid: str
    ghost: bool = False


@dataclass(frozen=True)
class GapRow:
    """A My agenda row for free time between two starred sessions (a click highlights what fits)."""

    start: datetime
    end: datetime


class AgendaPanel(_ListPanel):
    """Picks in time order per day, clashes grouped, free gaps shown; a gap click highlights fits."""

    sessionClicked = Signal(str)
    gapClicked = Signal(object, object)  # start, end (aware datetimes)
    removeGhost = Signal(str)  # a picked session that left the feed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("My agenda"), parent)
        self.list.itemClicked.connect(self._clicked)
        self.list.itemActivated.connect(self._clicked)

    def select_uid(self, uid: str, *, scroll: bool = True) -> bool:
        """Select (and scroll to) the pick ``uid``; False if it is not listed."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            row = item.data(Qt.UserRole)
            if isinstance(row, PickRow) and row.uid == uid:
                self.list.setCurrentItem(item)
                if scroll:
                    self.list.scrollToItem(item)
                return True
        return False

    def _clicked(self, item: QListWidgetItem) -> None:
        row = item.data(Qt.UserRole)
        if isinstance(row, PickRow):
            (self.removeGhost if row.ghost else self.sessionClicked).emit(row.uid)
        elif isinstance(row, GapRow):
            self.gapClicked.emit(row.start, row.end)

    @staticmethod
    def counts(picked, states: dict[str, str], ghost_ids: set[str]) -> str:
        """"3 starred, 1 maybe" and, apart, the picks that will not happen: "1 cancelled, 1 removed"."""
        live = [s for s in picked if s.uid not in ghost_ids and not s.cancelled]
        n_star = sum(1 for s in live if states.get(s.uid) == STAR)
        text = tr("{stars} starred, {maybes} maybe").format(stars=n_star, maybes=len(live) - n_star)
        cancelled = sum(1 for s in picked if s.cancelled and s.uid not in ghost_ids)
        removed = sum(1 for s in picked if s.uid in ghost_ids)
        if cancelled:
            text += tr(", {n} cancelled").format(n=cancelled)
        if removed:
            text += tr(", {n} removed").format(n=removed)
        return text

    def populate(self, sessions, states: dict[str, str], clash_ids: set[str], zone, ghosts=(), notes=None,
                 feed_days=None, conference_of=lambda _uid: None) -> None:
        """``conference_of(uid)``: in a plan of several conferences, the name of a pick's (said after its place).
        Filled anew, the list keeps where it was read and the pick chosen in it."""
        current = self.list.currentItem()
        chosen = current.data(Qt.UserRole) if current is not None else None
        scrolled = self.list.verticalScrollBar().value()
        self._fill(sessions, states, clash_ids, zone, ghosts, notes, feed_days, conference_of)
        if isinstance(chosen, PickRow):
            self.select_uid(chosen.uid, scroll=False)
        self.list.verticalScrollBar().setValue(scrolled)

    def _fill(self, sessions, states, clash_ids, zone, ghosts, notes, feed_days, conference_of) -> None:
        self.list.clear()
        ghost_ids = {g.uid for g in ghosts}
        picked = [s for s in sessions if states.get(s.uid) in (STAR, MAYBE)] + [g for g in ghosts if g.uid in states]
        starred = sorted(picked, key=lambda s: (s.start, s.end))
        self.summary.setText(self.counts(starred, states, ghost_ids))
        day = None
        last_end = None
        for s in starred:
            start = s.start.astimezone(zone)
            on = session_day(s, zone, feed_days)
            if on != day:
                day = on
                last_end = None
                head = QListWidgetItem(dates().day(day))
                f = head.font()
                f.setBold(True)
                head.setFont(f)
                head.setFlags(Qt.ItemIsEnabled)
                self.list.addItem(head)
            state = states.get(s.uid)
            if state == STAR and last_end is not None and s.start > last_end:
                gap = s.start - last_end
                if gap >= timedelta(minutes=5):
                    item = QListWidgetItem('      ' + tr('{minutes} min free').format(minutes=int(gap.total_seconds() // 60)))
                    item.setData(Qt.UserRole, GapRow(last_end, s.start))
                    item.setForeground(self.palette().color(self.palette().ColorRole.PlaceholderText))
                    self.list.addItem(item)
            mark = "★" if state == STAR else "☆"
            clash = tr("  ⚠ clash") if s.uid in clash_ids else ""
            gone = tr("  (cancelled)") if s.cancelled else ""
            if s.uid in ghost_ids:
                gone = tr("  (removed from the schedule: click to remove from your picks)")
            where = " · ".join(x for x in (where_text(s), conference_of(s.uid)) if x)
            text = f"{mark} {dates().when(start, s.end.astimezone(zone), s.all_day)}  {s.title}{gone}{clash}\n      {where}"
            note = (notes or {}).get(s.uid)
            if note:
                text += "\n      ✎ " + " ".join(note.split())
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, PickRow(s.uid, ghost=s.uid in ghost_ids))
            if s.cancelled:
                f = item.font()
                f.setStrikeOut(True)
                item.setFont(f)
            self.list.addItem(item)
            if state == STAR:
                last_end = max(last_end, s.end) if last_end else s.end


class ChangesPanel(_ListPanel):
    """What changed in the user's picks since they last looked; acknowledged with one button."""

    acknowledged = Signal()
    sessionClicked = Signal(str)

    KIND = {"moved": QT_TR_NOOP("Moved"), "room": QT_TR_NOOP("New room"), "retitled": QT_TR_NOOP("Retitled"),
            "cancelled": QT_TR_NOOP("Cancelled"), "ends later": QT_TR_NOOP("Ends later"),
            "ends earlier": QT_TR_NOOP("Ends earlier"), "starts at another time": QT_TR_NOOP("Starts at another time")}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("What changed"), parent)
        self.ack = QPushButton(tr("Got it"))
        self.ack.setToolTip(tr("Mark these changes as seen"))
        self.column.addWidget(self.ack)
        self.ack.clicked.connect(self.acknowledged.emit)
        self.list.itemClicked.connect(lambda it: it.data(Qt.UserRole) and self.sessionClicked.emit(it.data(Qt.UserRole)))

    def populate(self, changes: list[Change], new_sessions: int, zone) -> None:
        self.list.clear()
        n = len(changes)
        text = tr("%n change(s) to your picks", None, n) if n else tr("No changes to your picks")
        if new_sessions:
            text += tr("; %n new session(s) in the schedule", None, new_sessions)
        self.summary.setText(text)
        for c in changes:
            kind = tr(self.KIND[c.kind]) if c.kind in self.KIND else str(c.kind)
            if c.kind == ChangeKind.MOVED:  # "Ends later", "Moved", ... with the times in the display zone
                how, detail = moved_how(c, zone, dates())
                kind = tr(self.KIND[how])
            elif c.kind == ChangeKind.CANCELLED:
                detail = tr("was {when}").format(when=local_text(c.before, zone, dates().day_time))
            else:
                detail = f"{c.before or tr('no room')} → {c.after or tr('no room')}"
            item = QListWidgetItem(tr("{kind}: {title}").format(kind=kind, title=c.title) + f"\n      {detail}")
            item.setData(Qt.UserRole, c.uid)
            self.list.addItem(item)
        self.ack.setEnabled(bool(changes or new_sessions))
