"""Side panels: session details (with the user's note), My agenda (picks by day with gaps) and what changed;
the Clashes panel is clashes.py."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.model import track_label
from ...core.plan.layout import session_day
from ...core.plan.mine import is_own, where_text
from ...core.plan.picks import MAYBE, STAR
from ...core.plan.review import Change, ChangeKind, describe_change, local_text
from ..grid.painter import escape_html
from ..throttle import Throttle

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


# A text box or list that has the keyboard focus shows it plainly: a 2-pixel frame in the highlight colour
# (the style's own focus mark was a faint 1-pixel line, invisible in greyscale). The same size either way.
FOCUS_FRAME = ("{kind} {{ border: 1px solid palette(mid); padding: 1px; }} "
               "{kind}:focus {{ border: 2px solid palette(highlight); padding: 0px; }}")


class DetailsPanel(QWidget):
    sessionLinked = Signal(str)  # a click on one of the speakers' other sessions
    starToggled = Signal(str)
    maybeToggled = Signal(str)
    noteEdited = Signal(str, str)  # uid, the note's text: after a pause in typing, or on leaving the session

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uid: str | None = None
        self.url: QUrl | None = None
        # Everything in a scroll area: on a short screen (1366×768 at 2×: 384 pixels) the details scroll
        # rather than squeeze their lines over each other.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        inner = QWidget()
        scroll.setWidget(inner)
        outer.addWidget(scroll)
        lay = QVBoxLayout(inner)
        self.title = plain_label(bold=True)
        self.speakers = plain_label()
        self.when = plain_label()
        self.where = plain_label()
        self.track = plain_label()
        self.recording = plain_label()  # schedule.xml/json: whether it will be recorded
        self.state = plain_label()
        self.links = QLabel()  # schedule.xml/json: links and attachments, each opened on a click
        self.links.setTextFormat(Qt.RichText)  # built by us from escaped titles and checked http(s) URLs
        self.links.setWordWrap(True)
        self.links.setAccessibleName("Links")
        self.links.linkActivated.connect(self._open_href)
        self.others = QLabel()  # the speakers' other sessions, each a link that shows it
        self.others.setTextFormat(Qt.RichText)  # built by us from escaped titles
        self.others.setWordWrap(True)
        self.others.setAccessibleName("Other sessions by these speakers")
        self._others: tuple = (None, (), None)
        self.others.linkActivated.connect(lambda href: href.startswith("session:") and self.sessionLinked.emit(href[8:]))
        buttons = QHBoxLayout()
        self.star_btn = QPushButton("★ Star")
        self.maybe_btn = QPushButton("☆ Maybe")
        self.link_btn = QPushButton("Open link")
        for b in (self.star_btn, self.maybe_btn, self.link_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.description = QPlainTextEdit()  # plain text only
        self.description.setReadOnly(True)
        self.description.setAccessibleName("Session description")
        self.description.setMinimumHeight(self.description.fontMetrics().lineSpacing() * 3 + 12)

        self.link = plain_label()
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText("Your note: why you want to see it, a question to ask…")
        self.note.setAccessibleName("Your note on this session")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        for box in (self.description, self.note):
            box.setStyleSheet(FOCUS_FRAME.format(kind="QPlainTextEdit"))
        self._note_uid: str | None = None
        self._note_saved = ""
        self._note_save = Throttle(self._hand_over_note, 700, self)  # after a pause in the typing
        self.note.textChanged.connect(lambda: self._note_uid and self._note_save.trigger())
        for w in (self.title, self.speakers, self.others, self.when, self.where, self.track, self.recording, self.state):
            lay.addWidget(w)
        lay.addLayout(buttons)
        lay.addWidget(self.note)
        lay.addWidget(self.description, 1)
        lay.addWidget(self.links)
        lay.addWidget(self.link)
        self.star_btn.clicked.connect(lambda: self.uid and self.starToggled.emit(self.uid))
        self.maybe_btn.clicked.connect(lambda: self.uid and self.maybeToggled.emit(self.uid))
        self.link_btn.clicked.connect(self.open_link)
        self.show_session(None, None, None, set())

    def flush_note(self) -> None:
        """Hand over the note being typed now (the window saves it), rather than after the pause."""
        if self._note_save.pending or self._note_pending():
            self._note_save.cancel()
            self._hand_over_note()

    def _hand_over_note(self) -> None:
        self._note_saved = self.note.toPlainText()
        self.noteEdited.emit(self._note_uid, self._note_saved)

    def _note_pending(self) -> bool:
        return self._note_uid is not None and self.note.toPlainText() != self._note_saved

    def show_session(self, session, zone, state: str | None, clash_titles: set[str], note: str = "", others=(),
                     bios=()) -> None:
        """``others``: (speaker, their other sessions) (search.SpeakerIndex.others); ``bios``: (speaker, biography)
        as the feed gives them, shown under the description."""
        if session is None or session.uid != self._note_uid:
            self.flush_note()  # the note on the session being left is kept before another is shown
            self._note_uid = None  # no save while the text is replaced
            self.note.setPlainText(note)
            self._note_saved = note
            self._note_uid = session.uid if session else None
        self.note.setEnabled(session is not None)
        self.uid = session.uid if session else None
        enabled = session is not None
        for b in (self.star_btn, self.maybe_btn):
            b.setEnabled(enabled)
        if session is None:
            self.title.setText("Select a session")
            for w in (self.speakers, self.when, self.where, self.track, self.recording, self.state, self.link,
                      self.links, self.others):
                w.setText("")
            self.description.setPlainText("")
            self.link_btn.setEnabled(False)
            return
        self.title.setText(session.title + ("  (cancelled)" if session.cancelled else ""))
        self.speakers.setText(session.speaker_text)
        start, end = session.start.astimezone(zone), session.end.astimezone(zone)
        tzname = getattr(zone, "key", str(zone))
        if session.all_day:
            self.when.setText(f"{start:%A %d %B %Y}, all day")
        else:
            self.when.setText(f"{start:%A %d %B %Y}, {start:%H:%M}–{end:%H:%M} ({tzname}, UTC{start:%z})")
        if is_own(session.uid):  # its column is "Mine"; its place is what the user typed
            where = f"Your own item · {session.venue}" if session.venue else "Your own item"
        else:
            where = session.room or "No room (venue-wide)"
            if session.venue:
                where += f" · {session.venue}"
        if session.offsite:
            where += " · off-site"
        self.where.setText(where)
        self.track.setText(f"Track: {track_label(session.track)}" if session.track else "")
        self.recording.setText({False: "⊘ Not recorded: see it live", True: "Will be recorded"}.get(session.recorded, ""))
        self.links.setText(" · ".join(f'<a href="{escape_html(u)}">{escape_html(t)}</a>'
                                      for t, u in session.links if safe_url(u) is not None))
        bits = {STAR: "★ Starred", MAYBE: "☆ Maybe (backup)"}.get(state, "Not picked")
        if clash_titles:
            bits += " · clashes with: " + "; ".join(sorted(clash_titles))
        self.state.setText(bits)
        self.star_btn.setText("★ Unstar" if state == STAR else "★ Star")
        self.maybe_btn.setText("☆ Not maybe" if state == MAYBE else "☆ Maybe")
        about = "\n\n".join(f"About {name}\n{bio}" for name, bio in bios if bio)
        self.description.setPlainText("\n\n".join(x for x in (session.description, about) if x))
        self._others = (session.uid, others, zone)  # filled after the grid has answered the click
        if others or self.others.text():
            QTimer.singleShot(0, self._fill_others)
        self.url = safe_url(session.url)
        self.link.setText(session.url or "")
        self.link_btn.setEnabled(self.url is not None)

    def _fill_others(self) -> None:
        """The speakers' other sessions, as links (a rich-text label's layout is a couple of ms: it waits
        until the grid has repainted)."""
        uid, others, zone = self._others
        if uid != self.uid:
            return
        self.others.setText("<br>".join(
            f"More by {escape_html(name)}: " + " · ".join(
                f'<a href="session:{escape_html(o.uid)}">{escape_html(o.title)}</a> '
                f"({o.start.astimezone(zone):%a %H:%M})" for o in found[:8])
            + (f" and {len(found) - 8} more" if len(found) > 8 else "") for name, found in others))

    def _open_href(self, href: str) -> None:
        url = safe_url(href)
        if url is not None:
            QDesktopServices.openUrl(url)

    def open_link(self) -> bool:
        """Open the session's link in the browser: only http, https or mailto, only on a click."""
        if self.url is None:
            return False
        return QDesktopServices.openUrl(self.url)


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
        super().__init__("My agenda", parent)
        self.list.itemClicked.connect(self._clicked)
        self.list.itemActivated.connect(self._clicked)

    def select_uid(self, uid: str) -> bool:
        """Select and scroll to the pick ``uid``; False if it is not listed."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            row = item.data(Qt.UserRole)
            if isinstance(row, PickRow) and row.uid == uid:
                self.list.setCurrentItem(item)
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
        text = f"{n_star} starred, {len(live) - n_star} maybe"
        cancelled = sum(1 for s in picked if s.cancelled and s.uid not in ghost_ids)
        removed = sum(1 for s in picked if s.uid in ghost_ids)
        for n, word in ((cancelled, "cancelled"), (removed, "removed")):
            if n:
                text += f", {n} {word}"
        return text

    def populate(self, sessions, states: dict[str, str], clash_ids: set[str], zone, ghosts=(), notes=None,
                 feed_days=None) -> None:
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
                head = QListWidgetItem(f"{day:%A %d %B}")
                f = head.font()
                f.setBold(True)
                head.setFont(f)
                head.setFlags(Qt.ItemIsEnabled)
                self.list.addItem(head)
            state = states.get(s.uid)
            if state == STAR and last_end is not None and s.start > last_end:
                gap = s.start - last_end
                if gap >= timedelta(minutes=5):
                    item = QListWidgetItem(f"      {int(gap.total_seconds() // 60)} min free")
                    item.setData(Qt.UserRole, GapRow(last_end, s.start))
                    item.setForeground(self.palette().color(self.palette().ColorRole.PlaceholderText))
                    self.list.addItem(item)
            mark = "★" if state == STAR else "☆"
            clash = "  ⚠ clash" if s.uid in clash_ids else ""
            gone = "  (cancelled)" if s.cancelled else ""
            if s.uid in ghost_ids:
                gone = "  (removed from the schedule: click to remove from your picks)"
            text = f"{mark} {start:%H:%M}–{s.end.astimezone(zone):%H:%M}  {s.title}{gone}{clash}\n      {where_text(s)}"
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

    KIND = {"moved": "Moved", "room": "New room", "retitled": "Retitled", "cancelled": "Cancelled"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("What changed", parent)
        self.ack = QPushButton("Got it")
        self.ack.setToolTip("Mark these changes as seen")
        self.column.addWidget(self.ack)
        self.ack.clicked.connect(self.acknowledged.emit)
        self.list.itemClicked.connect(lambda it: it.data(Qt.UserRole) and self.sessionClicked.emit(it.data(Qt.UserRole)))

    def populate(self, changes: list[Change], new_sessions: int, zone) -> None:
        self.list.clear()
        n = len(changes)
        text = f"{n} change{'s' if n != 1 else ''} to your picks" if n else "No changes to your picks"
        if new_sessions:
            text += f"; {new_sessions} new session{'s' if new_sessions != 1 else ''} in the schedule"
        self.summary.setText(text)
        for c in changes:
            kind = self.KIND.get(c.kind, str(c.kind))
            if c.kind == ChangeKind.MOVED:  # "Ends later", "Moved", ... with the times in the display zone
                words = describe_change(c, zone)
                kind, detail = words.split(":", 1)[0].capitalize(), words.rsplit(" (", 1)[-1].rstrip(")")
            elif c.kind == ChangeKind.CANCELLED:
                detail = f"was {local_text(c.before, zone)}"
            else:
                detail = f"{c.before or 'no room'} → {c.after or 'no room'}"
            item = QListWidgetItem(f"{kind}: {c.title}\n      {detail}")
            item.setData(Qt.UserRole, c.uid)
            self.list.addItem(item)
        self.ack.setEnabled(bool(changes or new_sessions))
