"""A session's menu (mixed into MainWindow), opened by right-click or the Menu key on a block: Star, Maybe,
Unstar, Open link, Copy title, Show in My agenda (and Remove my item on the user's own). Each pick change is one undo step, as a click is."""
from __future__ import annotations

from ..core.mine import is_own
from ..core.picks import MAYBE, STAR


class SessionMenu:
    """Needs from the window: ctl, side, agenda (the My agenda panel), statusBar()."""

    session_menu = None  # the menu last shown (tests read its actions)

    def show_session_menu(self, uid: str, where) -> None:
        from PySide6.QtGui import QActionGroup, QDesktopServices, QGuiApplication
        from PySide6.QtWidgets import QMenu

        from .panels import safe_url

        s = self.ctl.schedule.get(uid) if self.ctl.schedule else None
        if s is None:
            return
        if self.session_menu is not None:
            self.session_menu.deleteLater()
        menu = self.session_menu = QMenu(self)
        state = self.ctl.state(uid)
        group = QActionGroup(menu)
        for text, new, undo_text in (("★ &Star", STAR, "Star"), ("☆ &Maybe", MAYBE, "Mark maybe"),
                                     ("&Unstar", None, "Unstar")):
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
        link = menu.addAction("Open &link", lambda: QDesktopServices.openUrl(url))
        link.setEnabled(url is not None)
        if url is not None:
            link.setToolTip(url.toString())
        menu.addAction("&Copy title", lambda: QGuiApplication.clipboard().setText(s.title))
        show = menu.addAction("Show in My &agenda", lambda: self.show_in_agenda(uid))
        show.setEnabled(state in (STAR, MAYBE))
        if is_own(uid):
            menu.addSeparator()
            menu.addAction("&Remove my item", lambda: self.ctl.remove_item(uid))
        menu.popup(where)

    def show_in_agenda(self, uid: str) -> None:
        self.side.setCurrentWidget(self.agenda)
        self.agenda.select_uid(uid)
