"""The conference days (mixed into MainWindow): the day tabs, each day's layout (made on first use, and for
the other days while idle), switching days, and the marks (stars, clashes) pushed to the grid for the day
shown."""
from __future__ import annotations

from datetime import date

from ..core import layout as lay
from ..core.layout import clash_minute_ranges


class Days:
    """Needs from the window: ctl, grid, day_tabs, zone_label, idle, apply_filter(), _tick()."""

    def _rebuild_days(self, pick_today: bool = False) -> None:
        s = self.ctl.schedule
        zone = self.ctl.zone
        old = self.days[self.day_index] if self.days and 0 <= self.day_index < len(self.days) else None
        self.day_index_data = lay.index_days(s, zone)  # once per schedule and zone, not per day switch
        self.days = self.day_index_data.days
        self._layouts = {}
        self.grid.keep_ready([])  # the old layouts: no longer days to switch to
        self.day_tabs.blockSignals(True)
        while self.day_tabs.count():
            self.day_tabs.removeTab(0)
        for i, d in enumerate(self.days):
            self.day_tabs.addTab(f"{d:%a %d %b}")
            self.day_tabs.setTabToolTip(i, f"{d:%A %d %B %Y} (Ctrl+{i + 1})" if i < 9 else f"{d:%A %d %B %Y}")
        self.day_tabs.blockSignals(False)
        if pick_today or old not in self.days:
            today = self.ctl.clock().astimezone(zone).date()
            index = lay.default_day_index(self.days, today)
        else:
            index = self.days.index(old)
        self.zone_label.setText(self.ctl.zone_label())
        self.day_index = -1
        self.set_day(index)
        self.idle.run("layouts", self._precompute_layouts)

    def set_day(self, index: int) -> None:
        if not self.days or not (0 <= index < len(self.days)):
            if not self.days:
                self.grid.set_day({}, lay.DayLayout(date.today(), (), (), (), 540, 1020, ()), self.ctl.zone, [])
            return
        if index == self.day_index:
            return
        self.day_index = index
        self.day_tabs.blockSignals(True)
        self.day_tabs.setCurrentIndex(index)
        self.day_tabs.blockSignals(False)
        s, zone = self.ctl.schedule, self.ctl.zone
        day = self.days[index]
        self.day_layout = self._layout_for(day)
        self.grid.set_day(s.by_uid, self.day_layout, zone, self.tracks)
        self._push_marks()
        self.apply_filter()
        self._tick()
        self.grid.scroll_to_first_block()

    def _layout_for(self, day: date):
        layout = self._layouts.get(day)
        if layout is None:
            idx = self.day_index_data
            layout = lay.layout_day(self.ctl.schedule, day, self.ctl.zone, idx.by_day.get(day, []), idx.columns)
            self._layouts[day] = layout
        return layout

    def _precompute_layouts(self) -> bool:
        """An idle job: lay out the other days one per turn, then have the grid draw their first views ahead,
        so that switching to them is instant. True while there are days left to lay out."""
        for day in self.days:
            if day not in self._layouts:
                self._layout_for(day)
                return True
        self.grid.keep_ready([self._layouts[day] for day in self.days])
        return False

    def current_day(self) -> date | None:
        return self.days[self.day_index] if self.days and 0 <= self.day_index < len(self.days) else None

    def _push_marks(self) -> None:
        if self.ctl.schedule is None or self.current_day() is None:
            return
        states = self.ctl.picks()
        ranges = clash_minute_ranges(self.ctl.clashes, self.current_day(), self.ctl.zone)
        self.grid.set_marks(states, self.ctl.clash_ids(), ranges)
