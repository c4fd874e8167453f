"""The Clashes panel: each clash with a "Keep this one" button per session, and the choice of what happens
to the other sessions (they become maybes, or are unstarred)."""
from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

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
        self.keep_buttons: list[QPushButton] = []

    @property
    def others(self) -> str:
        return self.others_box.currentData()

    def _others_changed(self) -> None:
        for btn in self.keep_buttons:
            btn.setToolTip(self.TIPS[self.others].format(title=btn.property("title")))
        self.othersChosen.emit(self.others)

    def populate(self, clashes, schedule, zone) -> None:
        while self.box.count():
            item = self.box.takeAt(0)
            widget = item.widget()
            if widget is not None:  # detach now so the panel never shows (or reports) stale rows
                widget.setParent(None)
                widget.deleteLater()
        self.keep_buttons = []
        if not clashes:
            self.box.addWidget(plain_label(tr("No clashes between your starred sessions.")))
        for c in clashes:
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
            for s in ordered:
                uid = s.uid
                row = QHBoxLayout()
                where = s.room or s.venue or tr("no room")
                if conference := conference_name(schedule.feed_names, uid):  # a plan of several: which one
                    where += f" · {conference}"
                text = f"{dates().span(s.start.astimezone(zone), s.end.astimezone(zone))}  {s.title} · {where}"
                if s.recorded is False:
                    text += tr(" · ⊘ not recorded")
                label = plain_label(text)
                row.addWidget(label, 1)
                live = advice and s.recorded is False
                btn = QPushButton(tr("Keep this one (see it live)") if live else tr("Keep this one"))
                btn.setAccessibleName(tr("Keep {title}").format(title=s.title) + (tr(" (not recorded: see it live)") if live else ""))
                btn.setProperty("uid", uid)
                btn.setProperty("title", s.title)
                btn.setToolTip(tr(self.TIPS[self.others]).format(title=s.title))
                btn.clicked.connect(lambda _=False, u=uid, cl=c: self.keepRequested.emit(u, cl))
                self.keep_buttons.append(btn)
                row.addWidget(btn)
                lay.addLayout(row)
            self.box.addWidget(frame)

