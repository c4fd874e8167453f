"""The side panels' refresh, a part of the main window: after a change of picks (a star click), the panel in
view is filled again and the Clashes tab renamed; a panel out of view (My agenda or Clashes behind another
tab, or the side panel hidden) is filled when it comes into view, or when it is read. So a star click costs
what the user sees, however many picks and clashes the hidden panels would list."""
from __future__ import annotations

from collections.abc import Callable

from ..i18n import tr


class SidePanels:
    """Owns when My agenda and Clashes are filled. ``side``: the tab widget holding them (its ``pageShown``
    says a page came into view); ``ctl``: the controller they show; ``show_details()``: fills the details
    panel (always in step with the grid's selection)."""

    def __init__(self, ctl, side, agenda, clashes, show_details: Callable[[], None]) -> None:
        self.ctl, self.side, self.agenda, self.clashes = ctl, side, agenda, clashes
        self.show_details = show_details
        self._stale: set = set()  # panels whose content is older than the picks
        side.pageShown.connect(self._shown)

    def refresh(self) -> None:
        """Bring the panel in view, the Clashes tab's name and the details up to date; the rest when seen.
        A new tab name lays the tab widget out and repaints it whole: after the star is shown."""
        if not self.ctl.schedule:
            return
        self._stale = {self.agenda, self.clashes}
        if self.side.isVisible() and self.side.currentWidget() in self._stale:
            self.fill(self.side.currentWidget())
        n = len(self.ctl.clashes)
        self.side.name_tab(self.side.indexOf(self.clashes), tr("Clashes ({n})").format(n=n) if n else tr("Clashes"))
        self.show_details()

    def up_to_date(self, panel) -> None:
        """``panel`` as the picks are now (it is about to be read)."""
        if panel in self._stale:
            self.fill(panel)

    def fill(self, panel) -> None:
        self._stale.discard(panel)
        c = self.ctl
        if panel is self.agenda:
            self.agenda.populate(c.picked_sessions(), c.picks(), c.clash_ids(), c.zone, c.ghosts, c.notes(),
                                 c.schedule.feed_days, c.plan.conference_of)
        elif panel is self.clashes:  # (it leaves its rows as they are when the clashes are)
            self.clashes.populate(c.clashes, c.schedule, c.zone)

    def _shown(self, page) -> None:
        if page in self._stale and self.ctl.schedule:
            self.fill(page)
