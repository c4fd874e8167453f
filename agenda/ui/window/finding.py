"""Finding sessions, a part of the main window: the search box (Enter and F3 / Shift+F3 walk through the
matches across days, Esc clears, the count beside it), track and room filters, the legend (click a track to
filter; "+N more" opens the list of all of them), compacting the grid to the rooms left when others are
hidden, and moving the grid to a session (reveal), a clash (F8) or the sessions that fit a gap in My
agenda."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QMenu, QToolButton

from ...core.model import track_label
from ...core.plan import layout as lay
from ...core.plan.search import SearchIndex
from ..grid.colours import contrast
from ..grid.painter import escape_html
from ..grid.shape import copy_colour, track_colour
from ..i18n import tr


def legend_swatch(colour: QColor, pal: QPalette) -> QColor:
    """A track's colour in the legend: its own, lightened on a dark window until it stands out from it by
    3:1 (a dark indigo square on a dark grey window was invisible)."""
    bg = pal.color(QPalette.Window)
    rgb = (bg.red(), bg.green(), bg.blue())
    c = copy_colour(colour)
    for _ in range(6):
        if contrast((c.red(), c.green(), c.blue()), rgb) >= 3.0:
            break
        c = c.lighter(135) if bg.lightness() < 128 else c.darker(135)
    return c


def _menu_button(text: str) -> tuple[QToolButton, QMenu]:
    button = QToolButton()
    button.setText(text)
    button.setPopupMode(QToolButton.InstantPopup)
    menu = QMenu(button)
    button.setMenu(menu)
    return button, menu


class Legend(QLabel):
    """The track legend's label: filled (Finding.update_legend) for its width, and filled again once its width
    has changed (the window's, or the zone line's beside it) since more or fewer tracks fit."""

    def __init__(self, refill: Callable[[], None]) -> None:
        super().__init__()
        self.refill = refill
        self.filled_for = -1  # the width the text was made for
        self._pending = False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != self.filled_for and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._refill)

    def _refill(self) -> None:
        self._pending = False
        if self.width() != self.filled_for:
            self.refill()


class Finding:
    """Owns the search box, the filters and what they match, the legend, and the walks through matches and
    clashes. The window places its widgets; ``status`` is the window's status bar, ``show_clashes`` brings
    the Clashes panel forward."""

    LEGEND_LINES = 2
    SEARCH_CHUNK = 2500  # sessions indexed per idle event-loop turn (a few ms)

    def __init__(self, ctl, grid, days, idle, status, show_clashes: Callable[[], None]) -> None:
        self.ctl, self.grid, self.days, self.idle, self.status = ctl, grid, days, idle, status
        self.show_clashes = show_clashes
        self.index: SearchIndex | None = None  # built while idle after a schedule opens
        self.track_filter: set[str] = set()
        self.room_filter: set[str] = set()
        self._clash_cursor = -1
        self._compact_memo: tuple = (None, None)
        self._walk_memo: tuple | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search titles, speakers, rooms, tracks… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Search"))
        self.search.setMinimumWidth(150)  # grows to 360 where there is room (main_window's top row)
        self.search.setMaximumWidth(360)
        self.search.textChanged.connect(self.apply_filter)
        self.search.returnPressed.connect(self.next_match)
        self.search_count = QLabel()
        self.search_count.setAccessibleName(tr("Matches"))
        self.search_count.setTextFormat(Qt.PlainText)
        self.track_btn, self.track_menu = _menu_button(tr("Tracks"))
        self.room_btn, self.room_menu = _menu_button(tr("Rooms"))
        self.starred_only = QCheckBox(tr("Starred only"))
        self.starred_only.toggled.connect(self.apply_filter)
        self.hide_unmatched = QCheckBox(tr("Hide others"))
        self.hide_unmatched.setToolTip(tr("Hide sessions that do not match instead of dimming them"))
        self.hide_unmatched.toggled.connect(self.apply_filter)
        self.legend = Legend(self.update_legend)
        self.legend.setTextFormat(Qt.RichText)  # built by us from escaped track names
        self.legend.setWordWrap(True)
        self.legend.linkActivated.connect(self.legend_link)

    @property
    def tracks(self) -> list[str]:
        return self.days.tracks

    def open_schedule(self, ready: bool) -> None:
        """A schedule opened: index it while idle, clear the filters (``ready``: the menus exist)."""
        index = self.index = SearchIndex(self.ctl.schedule, notes=self.ctl.notes)
        self.idle.run("search index", lambda: not index.build(self.SEARCH_CHUNK))
        self.track_filter, self.room_filter = set(), set()
        self._walk_memo = None
        if ready:
            self.fill_filter_menus()

    def update_legend(self) -> None:
        """The track legend: as many tracks as fit on two lines, each a link that filters by it, then
        "+N more…", which opens the Tracks menu listing every track with its colour."""
        tracks = self.tracks
        # Each track's swatch and name wrap as one (_unbroken): as many whole items as the label's lines hold
        # (packed line by line, as the label will), the last line keeping room for "+N more…".
        self.legend.filled_for = self.legend.width()
        width = self.legend.contentsRect().width() or max(200, self.legend.window().width() - 500)
        fm, bold_fm = self.legend.fontMetrics(), QFontMetrics(_bold(self.legend.font()))
        gap = fm.horizontalAdvance("\u00a0\u00a0 ")
        sizes: list[int] = []  # the tracks that fit: measured up to the first that does not (FOSDEM has 95)
        for t in tracks:
            size = (bold_fm if t in self.track_filter else fm).horizontalAdvance(f"■\u00a0{track_label(t)}")
            if _lines([*sizes, size], width, gap, 0) > self.LEGEND_LINES:
                break
            sizes.append(size)
        shown = len(sizes)
        while 0 < shown < len(tracks) and _lines(sizes[:shown], width, gap, fm.horizontalAdvance(
                tr("+{n} more…").format(n=len(tracks) - shown))) > self.LEGEND_LINES:
            shown -= 1
        parts = []
        # The application's palette, not the label's: right after a theme change the label has not been
        # told yet, and its old text colour would be near-invisible on the new background.
        palette = QApplication.palette(self.legend)
        link = palette.color(palette.ColorRole.WindowText).name()
        for i, t in enumerate(tracks[:shown]):
            c = legend_swatch(track_colour(t, tracks), palette).name()
            style = "font-weight:bold;text-decoration:underline" if t in self.track_filter else "text-decoration:none"
            parts.append(f'<a href="track:{i}" style="color:{link};{style}"><span style="color:{c}">■</span>'
                         f'&nbsp;{_unbroken(escape_html(track_label(t)))}</a>')
        if shown < len(tracks):
            more = _unbroken(escape_html(tr("+{n} more…").format(n=len(tracks) - shown)))
            parts.append(f'<a href="more" style="color:{link}">{more}</a>')
        self.legend.setText("&nbsp;&nbsp; ".join(parts))
        self.legend.setToolTip(tr("Click a track to show only it (again to undo)") if tracks else "")

    def legend_link(self, href: str) -> None:
        if href == "more":
            self.track_btn.showMenu()
            return
        track = self.tracks[int(href.split(":", 1)[1])]
        action = next((a for a in self.track_menu.actions() if a.data() == track), None)
        if action is not None:
            action.trigger()
        else:
            self._toggle_filter(self.track_filter, track, track not in self.track_filter)

    def restyle(self) -> None:
        """After a theme change: the legend, and the Tracks menu's swatches, in colours that stand out."""
        self.update_legend()
        for a in self.track_menu.actions():
            if a.data():
                a.setIcon(self._swatch(a.data()))

    def _swatch(self, track: str):
        from PySide6.QtGui import QIcon, QPixmap

        swatch = QPixmap(12, 12)
        swatch.fill(legend_swatch(track_colour(track, self.tracks), QApplication.palette(self.track_menu)))
        return QIcon(swatch)

    def fill_filter_menus(self) -> None:
        self.track_menu.clear()
        for t in self.tracks:
            a = self.track_menu.addAction(self._swatch(t), track_label(t).replace("&", "&&"))  # "&" shown, not a shortcut mark
            a.setData(t)
            a.setCheckable(True)
            a.toggled.connect(lambda on, t=t: self._toggle_filter(self.track_filter, t, on))
        self.room_menu.clear()
        for col in self.days.columns:
            a = self.room_menu.addAction((f"{col.label} · {col.group}" if col.group else col.label).replace("&", "&&"))
            a.setCheckable(True)
            a.toggled.connect(lambda on, k=col.key: self._toggle_filter(self.room_filter, k, on))

    def _toggle_filter(self, target: set, value: str, on: bool) -> None:
        (target.add if on else target.discard)(value)
        self.track_btn.setText(tr("Tracks ({n})").format(n=len(self.track_filter)) if self.track_filter else tr("Tracks"))
        self.room_btn.setText(tr("Rooms ({n})").format(n=len(self.room_filter)) if self.room_filter else tr("Rooms"))
        self.update_legend()
        self.apply_filter()

    def matches(self) -> set[str] | None:
        """Ids of sessions matching the search words and filters; None when nothing filters."""
        states = self.ctl.picks()
        return self.index.matches(self.search.text(), tracks=self.track_filter, rooms=self.room_filter,
                                  starred=set(states) if self.starred_only.isChecked() else None)

    def apply_filter(self) -> None:
        if not self.ctl.schedule or self.index is None:
            return
        match = self.matches()
        hide = self.hide_unmatched.isChecked() or self.starred_only.isChecked()
        self.grid.set_filter(match, hide)
        self._compact(match if hide else None)
        if match is None:
            self.status.clearMessage()
            self.search_count.setText("")
        else:
            day = self.days.current_day()
            full = self.days.layout_for(day) if day else None
            on_day = sum(1 for b in full.blocks if b.uid in match) if full else 0
            self.status.showMessage(tr('%n matching session(s), {on_day} on this day', None, len(match)).format(on_day=on_day))
            self.search_count.setText(tr("%n match(es)", None, len(match)) if match else tr("No matches"))

    def _compact(self, shown: set[str] | None) -> None:
        """With other sessions hidden, lay the day out again from what is left: empty rooms go, and rooms
        and lanes widen to fill the width. The day's hours stay as they were, so nothing jumps."""
        day = self.days.current_day()
        if day is None:
            return
        full = self.days.layout_for(day)
        layout = full
        if shown is not None:
            todays = [s for s in self.days.sessions_on(day) if s.uid in shown]
            key = (day, frozenset(s.uid for s in todays), id(full))
            if self._compact_memo[0] != key:
                made = lay.layout_day(self.ctl.schedule, day, self.ctl.zone, todays, self.days.columns)
                self._compact_memo = (key, made._replace(first_minute=full.first_minute, last_minute=full.last_minute,
                                                         hour_marks=full.hour_marks))
            layout = self._compact_memo[1]
        self.grid.set_empty_text(tr("No matching sessions on this day") if shown is not None else tr("No sessions on this day"))
        if layout is not self.grid.day_layout:
            self.grid.set_day(self.ctl.schedule.by_uid, layout, self.ctl.zone, self.tracks)

    def search_ordered(self) -> list[str]:
        """Every session in the order the search walks: by start, then room column (kept per schedule)."""
        memo = self._walk_memo
        if memo is None or memo[0] is not self.ctl.schedule or memo[1] != self.ctl.zone_name:
            rank = {c.key: i for i, c in enumerate(self.days.columns)}
            order = sorted(self.ctl.schedule.sessions, key=lambda s: (s.start, rank.get(lay.room_key(s), 0), s.uid))
            memo = self._walk_memo = (self.ctl.schedule, self.ctl.zone_name, [s.uid for s in order])
        return memo[2]

    def next_match(self, step: int = 1) -> str | None:
        """Enter / F3 (and Shift+F3 with ``step`` -1): select the next matching session after the one
        selected, across days, wrapping round; the count says which of how many."""
        match = self.grid.match  # what apply_filter found for the box and filters as they are
        if not match:
            self.search_count.setText(tr("No matches") if match is not None else "")
            return None
        hits = [u for u in self.search_ordered() if u in match]
        current = self.grid.selected if self.grid.selected in match else None
        if current is not None:
            i = (hits.index(current) + step) % len(hits)
        else:
            i = 0 if step > 0 else len(hits) - 1
        self.reveal(hits[i], focus=False)
        self.search_count.setText(tr('{n} of {hits}').format(n=i + 1, hits=len(hits)))
        return hits[i]

    def clear_search(self) -> None:
        """Esc in the search box: clear it (and the filters it applies)."""
        self.search.clear()
        self.grid.setFocus()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def reveal(self, uid: str, focus: bool = True) -> None:
        """Switch to the session's day and select it."""
        s = self.ctl.schedule.get(uid)
        if s is None:
            return
        self.days.show_date(lay.session_day(s, self.ctl.zone, self.ctl.schedule.feed_days))
        self.grid.select(uid)
        if focus:
            self.grid.setFocus()

    def highlight_gap(self, start, end) -> None:
        fits = {s.uid for s in self.ctl.schedule.sessions if s.start >= start and s.end <= end and not s.all_day}
        self.grid.set_highlight(fits)
        self.status.showMessage(tr('%n session(s) fit in this gap', None, len(fits)), 8000)

    def jump_clash(self, step: int) -> None:
        clashes = self.ctl.clashes
        if not clashes:
            self.status.showMessage(tr("No clashes"), 4000)
            return
        self._clash_cursor = (self._clash_cursor + step) % len(clashes)
        c = clashes[self._clash_cursor]
        self.reveal(c.sessions[0])
        self.show_clashes()
        self.status.showMessage(tr('Clash {n} of {clashes}').format(n=self._clash_cursor + 1, clashes=len(clashes)), 6000)


def _unbroken(html: str) -> str:
    """A legend item's text that no line breaks inside: non-breaking spaces, and a word joiner after each
    slash and hyphen (a line broke after "Breaks/Exhibits/", "Special Events" reading as a track of its own)."""
    return html.replace(" ", "&nbsp;").replace("/", "/\u2060").replace("-", "-\u2060")


def _bold(font):
    font.setBold(True)
    return font


def _lines(sizes: list[int], width: float, gap: int, more: int) -> int:
    """How many lines items of these widths take when packed in turn into lines ``width`` wide, ``gap``
    between two on a line, with one more item ``more`` wide after them (none when 0)."""
    lines, x = 1, 0.0
    for size in sizes + ([more] if more else []):
        if x and x + gap + size > width:
            lines, x = lines + 1, float(size)
        else:
            x = x + gap + size if x else float(size)
    return lines

