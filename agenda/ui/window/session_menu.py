"""A session's menu, a part of the main window, opened by right-click or the Menu key on a block: Star, Maybe,
Unstar, Open link, Copy title, Show in My agenda (and Remove my item on the user's own). Each pick change is one undo step, as a click is."""
from __future__ import annotations

from ...core.plan.mine import is_own
from ...core.plan.picks import MAYBE, STAR
from ..i18n import tr


class SessionMenu:
    """Owns the menu last shown (``menu``, whose actions tests read). ``parent`` is the window;
    ``show_in_agenda(uid)`` selects the session in the My agenda panel."""

    def __init__(self, parent, ctl, show_in_agenda) -> None:
        self.parent, self.ctl, self.show_in_agenda = parent, ctl, show_in_agenda
        self.menu = None

    def show(self, uid: str, where) -> None:
        from PySide6.QtGui import QActionGroup, QDesktopServices, QGuiApplication
        from PySide6.QtWidgets import QMenu

        from ..panels.lists import safe_url

        s = self.ctl.schedule.get(uid) if self.ctl.schedule else None
        if s is None:
            return
        if self.menu is not None:
            self.menu.deleteLater()
        menu = self.menu = QMenu(self.parent)
        state = self.ctl.state(uid)
        group = QActionGroup(menu)
        for text, new, undo_text in ((tr("★ &Star"), STAR, tr("Star")), (tr("☆ &Maybe"), MAYBE, tr("Mark maybe")),
                                     (tr("&Unstar"), None, tr("Unstar"))):
            action = menu.addAction(text)
            action.setCheckable(new is not None)
            action.setChecked(new is not None and state == new)
            action.setEnabled(state != new)
            action.triggered.connect(lambda _=False, n=new, t=undo_text: self.ctl.set_states({uid: n}, t))
            if new is not None:
                group.addAction(action)
        group.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
        menu.addSeparator()
        url = safe_url(s.url)
        link = menu.addAction(tr("Open &link"), lambda: QDesktopServices.openUrl(url))
        link.setEnabled(url is not None)
        if url is not None:
            link.setToolTip(url.toString())
        menu.addAction(tr("&Copy title"), lambda: QGuiApplication.clipboard().setText(s.title))
        show = menu.addAction(tr("Show in My &agenda"), lambda: self.show_in_agenda(uid))
        show.setEnabled(state in (STAR, MAYBE))
        if is_own(uid):
            menu.addSeparator()
            menu.addAction(tr("&Remove my item"), lambda: self.ctl.remove_item(uid))
        menu.popup(where)
