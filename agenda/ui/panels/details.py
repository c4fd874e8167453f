"""The Details side panel: one session's title, speakers (their other sessions as links), time, place, track,
recording, state and clashes; Star, Maybe and Open link; the user's note (saved after a pause in typing);
the description with the speakers' biographies; links and attachments. In a short window its lines scroll."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.model import track_label
from ...core.plan.mine import is_own
from ...core.plan.picks import MAYBE, STAR
from ..grid.painter import escape_html
from ..i18n import dates, tr
from ..throttle import Throttle
from .lists import plain_label, safe_url

# A text box or list that has the keyboard focus shows it plainly: a 2-pixel frame in the highlight colour
# (the style's own focus mark was a faint 1-pixel line, invisible in greyscale). The same size either way.
FOCUS_FRAME = ("{kind} {{ border: 1px solid palette(mid); padding: 1px; }} "
               "{kind}:focus {{ border: 2px solid palette(highlight); padding: 0px; }}")


class AddressLabel(QLabel):
    """A link's address on one line, elided in the middle to the label's width, whole in its tooltip: a long
    address (a word that cannot wrap) never makes the panel wider than it is."""

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.PlainText)
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)  # (no minimum width of its own)
        self.address = ""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self.address = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        super().setText(self.fontMetrics().elidedText(self.address, Qt.ElideMiddle, self.width()))


class LinkLines(QLabel):
    """Word-wrapped links (the speakers' other sessions, a session's links), laid out once for each width while
    the text and font stay the same. QLabel lays its text out afresh at each height its layout asks for, and a
    click that shows another session asked six times, twice at one width and four at another: the other
    sessions of a speaker with eight are 0.2-0.9 ms of shaping each time."""

    _NEW_LOOK = (QEvent.FontChange, QEvent.StyleChange, QEvent.ContentsRectChange)

    def __init__(self, accessible_name: str) -> None:
        super().__init__()
        self.setTextFormat(Qt.RichText)  # built by us from escaped titles and checked URLs
        self.setWordWrap(True)
        self.setAccessibleName(accessible_name)
        self._heights: dict[int, int] = {}

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        if text != self.text():
            self._heights.clear()
            super().setText(text)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As wide as it is now, as tall as its lines there. (QLabel's own lays the text out twice more, on one
        line and at 80 characters, 1.6-2.4 ms for eight links, to ask for a width the panel does not take.)"""
        width = self.width() if self.testAttribute(Qt.WA_Resized) else super().sizeHint().width()
        return QSize(width, self.heightForWidth(width))

    def changeEvent(self, event) -> None:
        if event.type() in self._NEW_LOOK:
            self._heights.clear()
        super().changeEvent(event)


class DetailsPanel(QWidget):
    sessionLinked = Signal(str)  # a click on one of the speakers' other sessions
    starToggled = Signal(str)
    maybeToggled = Signal(str)
    noteEdited = Signal(str, str)  # uid, the note's text: after a pause in typing, or on leaving the session

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uid: str | None = None
        self.url: QUrl | None = None
        # On a short screen (1366×768 at 2×: 384 pixels) the details go into a scroll area rather than squeeze
        # their lines over each other (fit_height); otherwise they are laid out directly (a scroll area costs
        # every click on the grid 0.7 ms of repainting).
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.inner = QWidget()
        self.scroll: QScrollArea | None = None
        outer.addWidget(self.inner)
        self.setMinimumHeight(80)  # (explicit, so that the window may be shorter than the lines: they scroll)
        lay = QVBoxLayout(self.inner)
        self.title = plain_label(bold=True)
        self.speakers = plain_label()
        self.when = plain_label()
        self.where = plain_label()
        self.track = plain_label()
        self.recording = plain_label()  # schedule.xml/json: whether it will be recorded
        self.state = plain_label()
        self.links = LinkLines(tr("Links"))  # schedule.xml/json: links and attachments, each opened on a click
        self.links.linkActivated.connect(self._open_href)
        self.others = LinkLines(tr("Other sessions by these speakers"))  # each a link that shows it
        self._others: tuple = (None, (), None)
        self.others.linkActivated.connect(lambda href: href.startswith("session:") and self.sessionLinked.emit(href[8:]))
        self.buttons = buttons = QHBoxLayout()  # one above the other in a panel too narrow for them (fit_width)
        self.star_btn = QPushButton(tr("★ Star"))
        self.maybe_btn = QPushButton(tr("☆ Maybe"))
        self.link_btn = QPushButton(tr("Open link"))
        for b in (self.star_btn, self.maybe_btn, self.link_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.description = QPlainTextEdit()  # plain text only
        self.description.setReadOnly(True)
        self.description.setAccessibleName(tr("Session description"))
        self.description.setMinimumHeight(self.description.fontMetrics().lineSpacing() * 3 + 12)
        self._description: str | None = None  # the text it was given (_describe)

        self.link = AddressLabel()
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(tr("Your note: why you want to see it, a question to ask…"))
        self.note.setAccessibleName(tr("Your note on this session"))
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

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_height()

    def fit_width(self) -> None:
        """The buttons side by side where they fit the panel's width, else one above the other: the lines are
        laid out at the widest row's width, and in the scroll area (a short panel) a row wider than the panel
        is cut at its edge, the lines with it."""
        shown = [b for b in (self.star_btn, self.maybe_btn, self.link_btn) if not b.isHidden()]
        m = self.inner.layout().contentsMargins()
        need = sum(b.sizeHint().width() for b in shown) + self.buttons.spacing() * (len(shown) - 1) + m.left() + m.right()
        room = self.width() - (self.scroll.verticalScrollBar().sizeHint().width() if self.scroll is not None else 0)
        direction = QBoxLayout.LeftToRight if need <= room else QBoxLayout.TopToBottom
        if self.buttons.direction() != direction:
            self.buttons.setDirection(direction)

    def fit_height(self) -> None:
        """Lines in a scroll area while the panel is shorter than they need, laid out directly otherwise."""
        if not (shiboken6.isValid(self) and shiboken6.isValid(self.inner)):
            return  # (a call the window's closing overtook)
        self.fit_width()
        # (word-wrapped lines: their height at this width; minimumSizeHint counts one line for each)
        need = max(self.inner.minimumSizeHint().height(), self.inner.layout().totalMinimumHeightForWidth(self.width()))
        if self.height() < need and self.scroll is None:
            self.scroll = QScrollArea()
            self.scroll.setWidgetResizable(True)
            self.scroll.setFrameShape(QScrollArea.NoFrame)
            self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
            self.layout().removeWidget(self.inner)
            self.scroll.setWidget(self.inner)
            self.layout().addWidget(self.scroll)
        elif self.height() >= need and self.scroll is not None:
            scroll, self.scroll = self.scroll, None
            self.layout().removeWidget(scroll)
            self.layout().addWidget(scroll.takeWidget())
            scroll.deleteLater()
        self.fit_width()  # (a scroll bar now, or none)

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
                     bios=(), conference: str | None = None) -> None:
        """``others``: (speaker, their other sessions) (search.SpeakerIndex.others); ``bios``: (speaker, biography)
        as the feed gives them, shown under the description; ``conference``: its conference's name, in a plan of
        several."""
        QTimer.singleShot(0, self.fit_height)  # longer lines may no longer fit a short panel
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
            self.title.setText(tr("Select a session"))
            for w in (self.speakers, self.when, self.where, self.track, self.recording, self.state, self.link,
                      self.links, self.others):
                w.setText("")
            self._describe("")
            self.link_btn.setEnabled(False)
            return
        self.title.setText(session.title + (tr("  (cancelled)") if session.cancelled else ""))
        self.speakers.setText(session.speaker_text)
        start, end = session.start.astimezone(zone), session.end.astimezone(zone)
        tzname = getattr(zone, "key", str(zone))
        if session.all_day:
            self.when.setText(tr("{day}, all day").format(day=dates().day_long(session.start_date(zone))))
        else:
            self.when.setText(tr("{day}, {span} ({zone}, UTC{offset})").format(
                day=dates().day_long(start.date()), span=dates().span(start, end), zone=tzname, offset=f"{start:%z}"))
        if is_own(session.uid):  # its column is "Mine"; its place is what the user typed
            where = tr("Your own item") + (f" · {session.venue}" if session.venue else "")
        else:
            where = session.room or tr("No room (venue-wide)")
            if session.venue:
                where += f" · {session.venue}"
        if session.offsite:
            where += tr(" · off-site")
        if conference:
            where += f" · {conference}"
        self.where.setText(where)
        self.track.setText(tr("Track: {track}").format(track=track_label(session.track)) if session.track else "")
        self.recording.setText({False: tr("⊘ Not recorded: see it live"), True: tr("Will be recorded")}.get(session.recorded, ""))
        self.links.setText(" · ".join(f'<a href="{escape_html(u)}">{escape_html(t)}</a>'
                                      for t, u in session.links if safe_url(u) is not None))
        bits = {STAR: tr("★ Starred"), MAYBE: tr("☆ Maybe (backup)")}.get(state, tr("Not picked"))
        if clash_titles:
            bits += tr(" · clashes with: ") + "; ".join(sorted(clash_titles))
        self.state.setText(bits)
        self.star_btn.setText(tr("★ Unstar") if state == STAR else tr("★ Star"))
        self.maybe_btn.setText(tr("☆ Not maybe") if state == MAYBE else tr("☆ Maybe"))
        about = "\n\n".join(tr("About {name}").format(name=name) + f"\n{bio}" for name, bio in bios if bio)
        self._describe("\n\n".join(x for x in (session.description, about) if x))
        self._others = (session.uid, others, zone)  # filled after the grid has answered the click
        if others or self.others.text():
            QTimer.singleShot(0, self._fill_others)
        self.url = safe_url(session.url)
        self.link.setText(session.url or "")
        self.link_btn.setEnabled(self.url is not None)

    def _describe(self, text: str) -> None:
        """The description, set only when it is another: the same session shown again (after a star click)
        keeps it where it was read, and is not laid out again."""
        if text != self._description:
            self._description = text
            self.description.setPlainText(text)

    def _fill_others(self) -> None:
        """The speakers' other sessions, as links (a rich-text label's layout is a couple of ms: it waits
        until the grid has repainted)."""
        uid, others, zone = self._others
        if uid != self.uid:
            return
        self.others.setText("<br>".join(
            tr("More by {name}: ").format(name=escape_html(name)) + " · ".join(
                f'<a href="session:{escape_html(o.uid)}">{escape_html(o.title)}</a> '
                f"({dates().weekday_time(o.start.astimezone(zone))})" for o in found[:8])
            + (tr(" and {n} more").format(n=len(found) - 8) if len(found) > 8 else "") for name, found in others))

    def _open_href(self, href: str) -> None:
        url = safe_url(href)
        if url is not None:
            QDesktopServices.openUrl(url)

    def open_link(self) -> bool:
        """Open the session's link in the browser: only http, https or mailto, only on a click."""
        if self.url is None:
            return False
        return QDesktopServices.openUrl(self.url)


