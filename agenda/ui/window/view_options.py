"""The View menu's display choices, a part of the main window: zoom in, out and back (Ctrl++, Ctrl+-, Ctrl+0,
Ctrl+wheel on the grid), "fit rooms to width", both remembered per feed; the grid or the list view
(Ctrl+Shift+L, remembered; the list is made on first use); the side panel shown or hidden (F9 and the toggle
at the top right); View → Theme (System, Light, Dark); and the window's size: within the screen's available
area (never under a panel or off the bottom), the user's last size remembered."""
from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QTimer

from ...core.settings import THEMES
from ..i18n import tr
from ..placement import FRAME_ALLOWANCE, within_screen
from ..theme import apply_theme
from .menus import add_action

DEFAULT_SIZE = (1366, 768)
NARROW = 1100  # a window narrower than this (logical pixels) opens the side panel only for a selected session
SIDE_MAX_W = 520  # the side panel never takes more of a wide window: the rooms widen instead
THEME_NAMES = {"system": QT_TR_NOOP("System"), "light": QT_TR_NOOP("Light"), "dark": QT_TR_NOOP("Dark")}


class ViewOptions:
    """Owns the View menu's zoom, list, side-panel and theme actions, the list view, and the window's
    placement. ``window`` is the main window (placed, sized, the parent of the actions); ``restyled`` runs
    after a theme change; ``views`` is the layout the grid is in (the list goes beside it, one of them
    shown); ``connect(list_view)`` wires the list's signals as the window wires the grid's."""

    def __init__(self, window, ctl, grid, side, panel_btn, restyled, views, connect) -> None:
        self.window, self.ctl, self.grid, self.side, self.panel_btn = window, ctl, grid, side, panel_btn
        self.restyled, self.views, self.connect = restyled, views, connect
        self.fit_action = self.panel_action = self.list_action = None  # made with the menus, after the first frame
        self.list_view = None  # the DayListView, made the first time the list is shown
        self.theme_actions: dict = {}
        self.forced_side = False  # turned on by hand (F9) on a narrow window: shown until nothing is selected
        side.setMaximumWidth(SIDE_MAX_W)
        panel_btn.toggled.connect(self.set_side_panel)
        grid.zoomChanged.connect(self._zoom_changed)
        if ctl.settings.list_view:
            self.set_list_view(True, remember=False)

    def add_actions(self, v) -> None:
        """Fill the View menu ``v``'s display part."""
        from PySide6.QtGui import QActionGroup, QKeySequence

        w = self.window
        zoom = v.addMenu(tr("&Zoom"))
        zin = add_action(w, zoom, tr("Zoom &in"), "Ctrl++", lambda: self.grid.scale.by(1))
        zin.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        add_action(w, zoom, tr("Zoom &out"), "Ctrl+-", lambda: self.grid.scale.by(-1))
        add_action(w, zoom, tr("&Actual size"), "Ctrl+0", lambda: self.grid.scale.set(1.0, False))
        zoom.addSeparator()
        self.fit_action = add_action(w, zoom, tr("&Fit rooms to width"), "Ctrl+Shift+0",
                                     lambda on: self.grid.scale.set(self.grid.scale.zoom, on))
        self.fit_action.setCheckable(True)
        self.fit_action.setChecked(self.grid.scale.fit)
        self.list_action = add_action(w, v, tr("&List view"), "Ctrl+Shift+L", self.set_list_view)
        self.list_action.setCheckable(True)
        self.list_action.setChecked(self.list_view is not None and not self.list_view.isHidden())
        self.panel_action = add_action(w, v, tr("Side &panel"), "F9", self.set_side_panel)
        self.panel_action.setCheckable(True)
        self.panel_action.setChecked(self.side.isVisibleTo(w))
        theme = v.addMenu(tr("&Theme"))
        group = QActionGroup(w)
        for name in THEMES:
            a = add_action(w, theme, tr(THEME_NAMES[name]), None, lambda _on=False, n=name: self.set_theme(n))
            a.setCheckable(True)
            a.setChecked(name == self.ctl.settings.theme)
            group.addAction(a)
            self.theme_actions[name] = a

    # ------------------------------------------------------------------------------------------ zoom
    def apply_view(self) -> None:
        """The feed's remembered zoom and fit, when a schedule opens."""
        view = self.ctl.prefs.view(self.ctl.key)
        self.grid.scale.set(view["zoom"], view["fit"], emit=False)
        if self.fit_action is not None:
            self.fit_action.setChecked(self.grid.scale.fit)
        self.fit_side()

    def _zoom_changed(self, zoom: float, fit: bool) -> None:
        said = tr("Zoom {percent}").format(percent=f"{zoom:.0%}") + (f", {self.rooms_fitted()}" if fit else "")
        self.window.statusBar().showMessage(said, 5000)
        if self.fit_action is not None:
            self.fit_action.setChecked(fit)
        self.ctl.prefs.set_view(self.ctl.key, zoom, fit)  # saved once the wheel has stopped turning

    # ----------------------------------------------------------------------------------- grid or list
    def set_list_view(self, on: bool, remember: bool = True) -> None:
        """Show the day as a list (True) or as the grid; remembered. The view shown takes the focus."""
        if on and self.list_view is None:
            from ..listview.view import DayListView

            self.list_view = DayListView(self.grid)
            self.views.addWidget(self.list_view)
            self.connect(self.list_view)
        if self.list_view is not None:
            self.list_view.setVisible(on)
        self.grid.setVisible(not on)
        self.grid.ahead.draw_for(self.list_view.warm_day if on and self.list_view is not None else None)
        self.grid.setFocusProxy(self.list_view if on else None)  # what focuses the grid (search, reveal) focuses the list
        if self.list_action is not None and self.list_action.isChecked() != on:
            self.list_action.setChecked(on)
        if remember:
            self.ctl.prefs.update(list_view=on)
            self.focus_view()

    def shown_view(self):
        """The grid or the list, whichever is shown."""
        return self.list_view if self.list_view is not None and not self.list_view.isHidden() else self.grid

    def focus_view(self) -> None:
        self.shown_view().setFocus()

    def rooms_fitted(self) -> str:
        """What "fit rooms to width" achieved, truthfully: all rooms, or how many fit at a readable width."""
        g = self.grid
        total = len(g.col_x)
        shown = sum(1 for x, w in zip(g.col_x, g.col_w, strict=True) if x + w <= g.viewport().width() + 1)
        if shown >= total:
            return tr("all %n room(s) fitted to the width", None, total)
        return tr("{shown} of {total} rooms fit at a readable width: scroll sideways for the others").format(
            shown=shown, total=total)

    # ------------------------------------------------------------------------------- panel and theme
    def set_side_panel(self, on: bool) -> None:
        """Show or hide the side panel (F9, the toggle at the top right); remembered. Turned on by hand, it
        shows even on a narrow window."""
        self.forced_side = on
        for w in (self.panel_btn, self.panel_action):
            if w is not None and w.isChecked() != on:
                w.blockSignals(True)
                w.setChecked(on)
                w.blockSignals(False)
        self.ctl.prefs.update(side_panel=on)
        self.fit_side()

    def fit_side(self, cleared: bool = False) -> None:
        """The side panel (when on) beside the grid on a wide window; on a narrow one (1024 across, or 1366
        at 1.5×) only while a session is selected (or after F9, until the selection is ``cleared``), so that
        the grid keeps the width otherwise."""
        on = self.ctl.settings.side_panel
        narrow = self.window.width() < NARROW
        if cleared:
            self.forced_side = False
        show = on and (not narrow or bool(self.grid.selected) or self.forced_side)
        if self.side.isVisibleTo(self.window) != show:
            self.side.setVisible(show)

    def set_theme(self, theme: str) -> None:
        """View → Theme: the desktop's own look, or light or dark; remembered."""
        from PySide6.QtWidgets import QApplication

        apply_theme(QApplication.instance(), theme)
        if theme in self.theme_actions:
            self.theme_actions[theme].setChecked(True)
        self.ctl.prefs.update(theme=theme)
        self.restyled()
        self.grid.viewport().update()

    # -------------------------------------------------------------------------------- window size
    def show_placed(self) -> None:
        """Show the window at the user's last size, inside the screen's available area; maximised when it
        was, or when the default size would not fit (a 1366×768 laptop)."""
        settings = self.ctl.settings
        avail = self.window.screen().availableGeometry()
        want = settings.window_size or list(DEFAULT_SIZE)
        fw, fh = FRAME_ALLOWANCE
        w, h = within_screen(self.window, *want)
        if settings.window_maximized or (settings.window_size is None and (w, h) != tuple(want)):
            self.window.resize(w, h)
            self.window.showMaximized()
            return
        self.window.resize(w, h)
        self.window.move(avail.x() + (avail.width() - w - fw) // 2, avail.y() + (avail.height() - h - fh) // 2)
        self.window.show()
        QTimer.singleShot(0, self.keep_on_screen)

    def keep_on_screen(self) -> None:
        """Once the frame is known: shrink and move the window so that all of it, status bar included, is
        inside the available area."""
        if self.window.isMaximized() or self.window.isFullScreen():
            return
        avail = self.window.screen().availableGeometry()
        frame = self.window.frameGeometry()
        extra_w, extra_h = frame.width() - self.window.width(), frame.height() - self.window.height()
        w = min(self.window.width(), avail.width() - extra_w)
        h = min(self.window.height(), avail.height() - extra_h)
        if (w, h) != (self.window.width(), self.window.height()):
            self.window.resize(w, h)
        frame = self.window.frameGeometry()
        x = min(max(frame.x(), avail.x()), avail.x() + avail.width() - frame.width())
        y = min(max(frame.y(), avail.y()), avail.y() + avail.height() - frame.height())
        if (x, y) != (frame.x(), frame.y()):
            self.window.move(x, y)

    def remember_geometry(self) -> None:
        """On closing: the size (when not maximised) and whether it was maximised, for next time."""
        s = self.ctl.settings  # read only: the controller writes settings
        maximized = self.window.isMaximized()
        size = s.window_size if maximized else [max(200, self.window.width()), max(200, self.window.height())]
        self.ctl.prefs.update(window_maximized=maximized, window_size=size)
