"""The Clashes panel: each clash with a "Keep this one" button per session, and the choice of what happens
to the other sessions (they become maybes, or are unstarred)."""
from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ...core.model import conference_name
from ...core.plan.clashes import ClashKind, live_first
from ..i18n import dates, say, tr
from .lists import plain_label


class ClashPanel(QScrollArea):
    """Each clash with a "Keep this one" button per session, and the choice of what happens to the others."""

    keepRequested = Signal(str, object)  # uid, clash
    othersChosen = Signal(str)  # "maybe" | "unstar"
    sessionClicked = Signal(str)

    OTHERS = {"maybe": QT_TR_NOOP("the others become maybes"), "unstar": QT_TR_NOOP("the others are unstarred")}
    TIPS = {
        "maybe": QT_TR_NOOP("Keep {title} starred. The sessions it clashes with become maybes: backups, drawn "
                            "dashed, that never count as clashes. Ctrl+Z undoes it."),
        "unstar": QT_TR_NOOP("Keep {title} starred and unstar the sessions it clashes with. Ctrl+Z undoes it."),
    }

    def __init__(self, others: str = "maybe", parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QComboBox, QLabel

        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)  # lines wrap to the width instead
        self.inner = QWidget()
        outer = QVBoxLayout(self.inner)
        label = QLabel(tr("When you keep one,"))
        self.others_box = QComboBox()
        for key, text in self.OTHERS.items():
            self.others_box.addItem(text, key)
        self.others_box.setCurrentIndex(list(self.OTHERS).index(others) if others in self.OTHERS else 0)
        self.others_box.setAccessibleName(tr("What happens to the other clashing sessions"))
        label.setBuddy(self.others_box)
        self.others_box.currentIndexChanged.connect(self._others_changed)
        outer.addWidget(label)  # the choice under its label: side by side, they are wider than a small screen's panel
        outer.addWidget(self.others_box)
        self.box = QVBoxLayout()
        outer.addLayout(self.box)
        outer.addStretch(1)
        self.setWidget(self.inner)
        self.keep_buttons: list[QPushButton] = []  # every row's, in the order shown
        self._rows: dict = {}  # clash -> (its frame, its Keep buttons)
        self._made_for: tuple | None = None  # (the schedule's id, the zone) the rows were made for
        self._shown: list = []  # the clashes the rows show, in order
        self._empty: QWidget | None = None  # the line saying there are none
        self._quiet = False  # rows being taken away (focusNextPrevChild)

    @property
    def others(self) -> str:
        return self.others_box.currentData()

    def _others_changed(self) -> None:
        for btn in self.keep_buttons:
            btn.setToolTip(self.TIPS[self.others].format(title=btn.property("title")))
        self.othersChosen.emit(self.others)

    def populate(self, clashes, schedule, zone) -> None:
        """Show ``clashes``, in their order. A clash shown before keeps its row as it is (its widgets, and the
        keyboard's place in them); only the rows of clashes that are new or gone are made or removed, so a star
        click costs the same with 3 clashes or 60. Rows are made again for another schedule or zone."""
        if (id(schedule), zone) != self._made_for:
            self._made_for = (id(schedule), zone)
            self._drop([*self._rows])
        elif clashes == self._shown:  # (a change of picks that left the clashes as they were)
            return
        self._shown = list(clashes)
        wanted = set(clashes)
        gone = [c for c in self._rows if c not in wanted]
        focus = self._focus_row(gone)  # the place of a row about to go that holds the keyboard's focus
        # (Qt hides the focus frame when the focused widget goes: shown again where the focus goes, as it was)
        shown_frame = focus is not None and self.window().testAttribute(Qt.WA_KeyboardFocusChange)
        self._quiet = True  # (Qt moves the focus out of a row that goes, and would scroll to where it lands)
        try:
            self._drop(gone)
        finally:
            self._quiet = False
        if clashes and self._empty is not None:
            self._detach(self._empty)
            self._empty = None
        elif not clashes and self._empty is None:
            self._empty = plain_label(tr("No clashes between your starred sessions."))
            self.box.addWidget(self._empty)
        for i, c in enumerate(clashes):
            row = self._rows.get(c)
            if row is None:
                row = self._rows[c] = self._make_row(c, schedule, zone)
            item = self.box.itemAt(i)
            if item is None or item.widget() is not row[0]:
                self.box.removeWidget(row[0])  # (no-op for a new row)
                self.box.insertWidget(i, row[0])
        self.keep_buttons = [b for c in clashes for b in self._rows[c][1]]
        chain = [self.others_box, *self.keep_buttons]  # Tab goes down the clashes as they are shown (a new row's
        for before, after in pairwise(chain):  # buttons would come last: Qt's order is the order made)
            QWidget.setTabOrder(before, after)
        if focus is not None:  # to the clash now in its place (or the one before), as a keyboard user expects
            rows = [self._rows[c][1] for c in clashes]
            target = rows[min(focus, len(rows) - 1)][0] if rows else self.others_box
            target.setFocus(Qt.TabFocusReason)
            if shown_frame:
                self.window().setAttribute(Qt.WA_KeyboardFocusChange)
                target.update()
            self.inner.layout().activate()  # the rows where they now are, then as little scrolling as shows it
            self.ensureWidgetVisible(target)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt's name)
        """Tab and Shift+Tab as a scroll area does (the focused widget scrolled into view), but not while rows
        are taken away: Qt moves the focus on then, with the rows not yet laid out again, and the scroll to
        where the focus lands would be to where it no longer is (the panel jumped down by the row gone)."""
        if self._quiet:
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def _focus_row(self, gone) -> int | None:
        """The position of the row among ``gone`` that holds the keyboard's focus, if one does."""
        focused = QApplication.focusWidget()
        if focused is None:
            return None
        for c in gone:
            frame = self._rows[c][0]
            if frame.isAncestorOf(focused):
                return self.box.indexOf(frame)
        return None

    def _drop(self, clashes) -> None:
        for c in clashes:
            self._detach(self._rows.pop(c)[0])

    def _detach(self, widget: QWidget) -> None:
        """Out of the panel at once (it never shows, or reports, a stale row), deleted later."""
        self.box.removeWidget(widget)
        widget.setParent(None)
        widget.deleteLater()

    def _make_row(self, c, schedule, zone) -> tuple[QFrame, list[QPushButton]]:
        """One clash's frame: what it is, then each session with its "Keep this one" button."""
        frame = QFrame()
        frame.setFrameShape(QFrame.StyledPanel)
        lay = QVBoxLayout(frame)
        start = c.start.astimezone(zone)
        if c.kind == ClashKind.OVERLAP:
            head = tr("⚠ Overlap of {minutes} min, {start}–{end}").format(
                minutes=c.minutes, start=dates().day_time(start), end=dates().time(c.end.astimezone(zone)))
        else:
            head = tr("⇄ Tight transfer: {minutes} min to change rooms at {start}").format(
                minutes=c.minutes, start=dates().weekday_time(start))
        lay.addWidget(plain_label(head, bold=True))
        ordered, advice = live_first([s for s in (schedule.get(u) for u in c.sessions) if s is not None])
        if advice:
            lay.addWidget(plain_label(say(advice)))
        buttons = []
        for s in ordered:
            uid = s.uid
            row = QHBoxLayout()
            where = s.room or s.venue or tr("no room")
            if conference := conference_name(schedule.feed_names, uid):  # a plan of several: which one
                where += f" · {conference}"
            text = f"{dates().when(s.start.astimezone(zone), s.end.astimezone(zone), s.all_day)}  {s.title} · {where}"
            if s.recorded is False:
                text += tr(" · ⊘ not recorded")
            row.addWidget(plain_label(text), 1)
            live = advice and s.recorded is False
            btn = QPushButton(tr("Keep this one (see it live)") if live else tr("Keep this one"))
            btn.setAccessibleName(tr("Keep {title}").format(title=s.title) + (tr(" (not recorded: see it live)") if live else ""))
            btn.setProperty("uid", uid)
            btn.setProperty("title", s.title)
            btn.setToolTip(tr(self.TIPS[self.others]).format(title=s.title))
            btn.clicked.connect(lambda _=False, u=uid, cl=c: self.keepRequested.emit(u, cl))
            buttons.append(btn)
            row.addWidget(btn)
            lay.addLayout(row)
        return frame, buttons
