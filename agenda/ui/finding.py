"""Finding sessions (mixed into MainWindow): the search box, track and room filters and the legend, and
moving the grid to a session (reveal), a clash (F8) or the sessions that fit a gap in My agenda."""
from __future__ import annotations

from ..core import layout as lay
from .block_paint import track_colour
from .painter import escape_html


class Finding:
    """Needs from the window: ctl, grid, search_index, the filter widgets made in _build, side panels."""

    def _legend(self) -> None:
        parts = []
        for t in self.tracks[:16]:
            c = track_colour(t, self.tracks).name()
            parts.append(f'<span style="color:{c}">■</span>&nbsp;{escape_html(t.title() if t.isupper() else t)}')
        self.legend.setText("&nbsp;&nbsp; ".join(parts))

    def _fill_filter_menus(self) -> None:
        self.track_menu.clear()
        for t in self.tracks:
            a = self.track_menu.addAction(t)
            a.setCheckable(True)
            a.toggled.connect(lambda on, t=t: self._toggle_filter(self.track_filter, t, on))
        self.room_menu.clear()
        for col in self.day_index_data.columns:
            a = self.room_menu.addAction(col.label)
            a.setCheckable(True)
            a.toggled.connect(lambda on, k=col.key: self._toggle_filter(self.room_filter, k, on))

    def _toggle_filter(self, target: set, value: str, on: bool) -> None:
        (target.add if on else target.discard)(value)
        self.track_btn.setText(f"Tracks ({len(self.track_filter)})" if self.track_filter else "Tracks")
        self.room_btn.setText(f"Rooms ({len(self.room_filter)})" if self.room_filter else "Rooms")
        self.apply_filter()

    def matches(self) -> set[str] | None:
        """Ids of sessions matching the search words and filters; None when nothing filters."""
        states = self.ctl.store.as_dict() if self.ctl.store is not None else {}
        return self.search_index.matches(self.search.text(), tracks=self.track_filter, rooms=self.room_filter,
                                         starred=set(states) if self.starred_only.isChecked() else None)

    SEARCH_CHUNK = 2500  # sessions indexed per idle event-loop turn (a few ms)

    def apply_filter(self) -> None:
        if not self.ctl.schedule:
            return
        match = self.matches()
        self.grid.set_filter(match, self.hide_unmatched.isChecked())
        if match is None:
            self.statusBar().clearMessage()
        else:
            on_day = sum(1 for b in self.grid.day_layout.blocks if b.uid in match) if self.grid.day_layout else 0
            self.statusBar().showMessage(f"{len(match)} matching sessions, {on_day} on this day")

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _show_details(self, uid: str) -> None:
        if not self.ready:
            return  # finish_setup shows the selection
        s = self.ctl.schedule.get(uid) if (uid and self.ctl.schedule) else None
        titles = set()
        if s:
            for c in self.ctl.clashes_for(uid):
                titles |= {self.ctl.schedule.get(u).title for u in c.sessions if u != uid}
        self._details.show_session(s, self.ctl.zone, self.ctl.state(uid) if s else None, titles,
                                   self.ctl.note(uid) if s else "")

    def _activate(self, uid: str) -> None:
        self._show_details(uid)
        self.side.setCurrentWidget(self.details)

    def reveal(self, uid: str) -> None:
        """Switch to the session's day and select it."""
        s = self.ctl.schedule.get(uid)
        if s is None:
            return
        day = lay.session_day(s, self.ctl.zone)
        if day in self.days:
            self.set_day(self.days.index(day))
        self.grid.select(uid)
        self.grid.setFocus()

    def highlight_gap(self, start, end) -> None:
        fits = {s.uid for s in self.ctl.schedule.sessions if s.start >= start and s.end <= end and not s.all_day}
        self.grid.set_highlight(fits)
        self.statusBar().showMessage(f"{len(fits)} sessions fit in this gap", 8000)

    def jump_clash(self, step: int) -> None:
        clashes = self.ctl.clashes
        if not clashes:
            self.statusBar().showMessage("No clashes", 4000)
            return
        self._clash_cursor = (self._clash_cursor + step) % len(clashes)
        c = clashes[self._clash_cursor]
        self.reveal(c.sessions[0])
        self.side.setCurrentWidget(self.clash_panel)
        self.statusBar().showMessage(f"Clash {self._clash_cursor + 1} of {len(clashes)}", 6000)
