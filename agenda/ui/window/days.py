"""The conference days, a part of the main window: the day tabs (and a menu of all the days beside them when
the tabs do not fit the window), each day's layout (made on first use, and for the other days while idle),
switching days, and the marks (stars, clashes) pushed to the grid for the day shown."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ...core.plan import layout as lay
from ...core.plan.layout import clash_minute_ranges
from ..grid.colours import Tracks
from ..i18n import dates, tr


class Days:
    """Owns the days of the schedule shown, which one is on screen and the layouts made so far. ``shown`` is
    called after the grid has been given another day (the window applies the filters and the time line)."""

    def __init__(self, ctl, grid, tabs, zone_label, idle, shown: Callable[[], None]) -> None:
        self.ctl, self.grid, self.tabs, self.zone_label, self.idle = ctl, grid, tabs, zone_label, idle
        self.shown = shown
        self.dates: list[date] = []
        self.index = 0
        self.tracks: Tracks = Tracks()  # the schedule's tracks, in the order their colours are given
        self.day_index_data: lay.DayIndex | None = None
        self.day_layout: lay.DayLayout | None = None
        self._layouts: dict[date, lay.DayLayout] = {}
        tabs.currentChanged.connect(self.set_day)
        from PySide6.QtWidgets import QMenu, QToolButton

        self.menu_btn = QToolButton()  # every day by its full date: shown when the tabs do not all fit
        self.menu_btn.setText(tr("Days ▾"))
        self.menu_btn.setAccessibleName(tr("Choose a day"))
        self.menu_btn.setToolTip(tr("Every day of the conference"))
        self.menu_btn.setPopupMode(QToolButton.InstantPopup)
        self.menu_btn.setMenu(QMenu(self.menu_btn))
        self.menu_btn.hide()

    @property
    def columns(self) -> list:
        """The schedule's room columns (every day's, in order)."""
        return self.day_index_data.columns if self.day_index_data else []

    def sessions_on(self, day: date) -> list:
        return self.day_index_data.by_day.get(day, []) if self.day_index_data else []

    def open_schedule(self) -> None:
        """A schedule opened: its tracks and days, on today's (or the first)."""
        self.tracks = Tracks(sorted({x.track for x in self.ctl.schedule.sessions if x.track}),
                             self.ctl.schedule.track_colours)
        self.rebuild(pick_today=True)

    def rebuild(self, pick_today: bool = False) -> None:
        """After the zone changes: the days again, staying on the day shown when it is still one
        (``pick_today``: today's, or the first)."""
        s = self.ctl.schedule
        zone = self.ctl.zone
        old = self.current_day()
        self.day_index_data = lay.index_days(s, zone)  # once per schedule and zone, not per day switch
        self.dates = self.day_index_data.days
        self._layouts = {}
        self.grid.ahead.keep_ready([])  # the old layouts: no longer days to switch to
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        years = self.several_years()
        for i, d in enumerate(self.dates):
            self.tabs.addTab(dates().day_tab(d) + (f" {d.year}" if years else ""))
            self.tabs.setTabToolTip(i, f"{dates().day_long(d)} (Ctrl+{i + 1})" if i < 9 else dates().day_long(d))
        self.tabs.blockSignals(False)
        self.menu_btn.menu().clear()  # filled when first needed (fit_tabs): most windows show every tab
        self.fit_tabs()
        if pick_today or old not in self.dates:
            today = self.ctl.clock().astimezone(zone).date()
            index = lay.default_day_index(self.dates, today)
        else:
            index = self.dates.index(old)
        self.zone_label.setText(self.zone_text())
        self.fit_zone_label()
        self.index = -1
        self.set_day(index)
        self.idle.run("layouts", self._precompute_layouts)

    def fit_zone_label(self) -> None:
        """The zone line on one line where it fits in a third of the window, else wrapped over two (a plan's
        long line): the legend beside it keeps the rest of the row for its two lines of tracks."""
        label = self.zone_label
        most = max(240, label.window().width() // 3)
        label.setMaximumWidth(most)
        label.setMinimumWidth(min(label.fontMetrics().horizontalAdvance(label.text()) + 2, most))

    def zone_text(self) -> str:
        """"Times: Europe/Paris (venue time)"; conferences of several in other zones are said, shown in it all the same."""
        ctl = self.ctl
        apart = "".join(tr("; {name}'s {zone} shown in it").format(name=n, zone=z)
                        for n, z in ctl.plan.zones_apart(ctl.zone_name)) if ctl.plan else ""
        kind = {"computer": tr("my computer's time"), "custom": tr("chosen zone")}.get(ctl.settings.tz_mode, tr("venue time"))
        return tr("Times: {zone} ({kind}{apart})").format(zone=ctl.zone_name, kind=kind, apart=apart)

    def set_day(self, index: int) -> None:
        """Show day ``index`` (a tab click, Ctrl+1…9, moving to a session on another day)."""
        if not self.dates or not (0 <= index < len(self.dates)):
            if not self.dates:
                self.grid.set_day({}, lay.DayLayout(date.today(), (), (), (), 540, 1020, ()), self.ctl.zone, [])
            return
        if index == self.index:
            return
        self.index = index
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        for i, a in enumerate(self.menu_btn.menu().actions()):
            a.setChecked(i == index)
        self.day_layout = self.layout_for(self.dates[index])
        self.grid.group_colours, self.grid.group_names = self.ctl.schedule.feed_colours, self.ctl.schedule.feed_names
        self.grid.set_day(self.ctl.schedule.by_uid, self.day_layout, self.ctl.zone, self.tracks)
        self.push_marks()
        self.shown()
        self.grid.scroll_to_first_block()

    def several_years(self) -> bool:
        """Whether the days run over more than one year (a personal calendar): then each says its year."""
        return len({d.year for d in self.dates}) > 1

    def fit_tabs(self) -> None:
        """Show the menu of days when the tabs need more width than they have (Qt would hide some behind
        small scroll arrows)."""
        show = len(self.dates) > 1 and self.tabs.sizeHint().width() > self.tabs.width() + 1
        menu = self.menu_btn.menu()
        if show and not menu.actions():
            name = dates().day_long if self.several_years() else dates().day
            for i, d in enumerate(self.dates):
                a = menu.addAction(name(d), lambda i=i: self.set_day(i))
                a.setCheckable(True)
                a.setChecked(i == self.index)
        self.menu_btn.setVisible(show)

    def show_date(self, day: date) -> bool:
        """Show ``day`` if the schedule has it."""
        if day in self.dates:
            self.set_day(self.dates.index(day))
            return True
        return False

    def layout_for(self, day: date) -> lay.DayLayout:
        layout = self._layouts.get(day)
        if layout is None:
            layout = lay.layout_day(self.ctl.schedule, day, self.ctl.zone, self.sessions_on(day), self.columns)
            self._layouts[day] = layout
        return layout

    def _precompute_layouts(self) -> bool:
        """An idle job: lay out the other days one per turn, then have the grid draw their first views ahead,
        so that switching to them is instant. True while there are days left to lay out."""
        for day in self.dates:
            if day not in self._layouts:
                self.layout_for(day)
                return True
        self.grid.ahead.keep_ready([self._layouts[day] for day in self.dates])
        return False

    def current_day(self) -> date | None:
        return self.dates[self.index] if self.dates and 0 <= self.index < len(self.dates) else None

    def push_marks(self) -> None:
        day = self.current_day()
        if self.ctl.schedule is None or day is None:
            return
        ranges = clash_minute_ranges(self.ctl.clashes, day, self.ctl.zone, self.ctl.schedule.feed_days)
        self.grid.set_marks(self.ctl.picks(), self.ctl.clash_ids(), ranges)
