"""View → Language and View → Clock, a part of the main window: the window's language (the system's, or
one of those shipped) and how times read (as the language writes them, or always 24- or 12-hour). Both
are remembered and take effect when Agenda next opens, which the status bar says."""
from __future__ import annotations

from ...core.settings import CLOCKS, LANGUAGES
from ..i18n import NATIVE, chosen, tr
from .menus import add_action


class LanguageMenu:
    """Owns the Language and Clock menus' actions. ``window``: their parent and its status bar; ``ctl``:
    the controller, whose preferences remember the choice."""

    def __init__(self, window, ctl) -> None:
        self.window, self.ctl = window, ctl
        self.language_actions: dict = {}  # code (None: the system's) -> its action
        self.clock_actions: dict = {}

    def add_actions(self, v) -> None:
        from PySide6.QtGui import QActionGroup

        w, settings = self.window, self.ctl.settings
        menu = v.addMenu(tr("&Language"))
        group = QActionGroup(w)
        system = NATIVE[chosen(None)]
        for code in (None, *LANGUAGES):
            text = tr("System ({language})").format(language=system) if code is None else NATIVE[code]
            a = add_action(w, menu, text, None, lambda _on=False, c=code: self.set_language(c))
            a.setCheckable(True)
            a.setChecked(code == settings.language)
            group.addAction(a)
            self.language_actions[code] = a
            if code is None:
                menu.addSeparator()
        clock = v.addMenu(tr("&Clock"))
        group = QActionGroup(w)
        names = {"locale": tr("As the language writes them"), "24": tr("24-hour (14:30)"), "12": tr("12-hour (2:30 PM)")}
        for code in CLOCKS:
            a = add_action(w, clock, names[code], None, lambda _on=False, c=code: self.set_clock(c))
            a.setCheckable(True)
            a.setChecked(code == settings.clock)
            group.addAction(a)
            self.clock_actions[code] = a

    def set_language(self, code: str | None) -> None:
        """Remember the window's language (None: the system's); it is used from the next start."""
        self.ctl.prefs.update(language=code)
        self.language_actions[code].setChecked(True)
        name = NATIVE[chosen(code)]
        self.window.statusBar().showMessage(
            tr("Agenda will be in {language} the next time it opens.").format(language=name), 10000)

    def set_clock(self, code: str) -> None:
        """Remember how times read; used from the next start."""
        self.ctl.prefs.update(clock=code)
        self.clock_actions[code].setChecked(True)
        self.window.statusBar().showMessage(tr("Times will read this way the next time Agenda opens."), 10000)
