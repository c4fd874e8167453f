"""The window's one writer of settings.json: ``Preferences`` changes fields (each checked), saves at once or
after a burst (zoom by wheel: one write once it stops), and flushes on closing. The controller owns it."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..core.errors import StorageError
from ..core.settings import Settings
from .throttle import Throttle

SAVE_DELAY_MS = 600  # settings changed in a burst are saved once it is over


class Preferences(QObject):
    problem = Signal(str)  # a save failed: one line for the status bar

    def __init__(self, settings: Settings, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings  # read it freely; change it only through update()
        self._path = path
        self._saver = Throttle(self.save, SAVE_DELAY_MS, self)

    def update(self, *, soon: bool = False, **changes) -> None:
        """Change settings fields and save them (``soon``: once a burst of changes is over); nothing is
        written when nothing changed. InputError for a value the settings file would refuse."""
        if self.settings.update(**changes):
            self._saver.trigger() if soon else self.save()

    def view(self, key: str | None) -> dict:
        """A feed's remembered grid view: {"zoom": float, "fit": bool}."""
        return self.settings.view(key or "")

    def set_view(self, key: str | None, zoom: float, fit: bool) -> None:
        """Remember a feed's zoom and fit (saved once the wheel stops turning)."""
        if key and self.settings.set_view(key, zoom, fit):
            self._saver.trigger()

    def set_zone_mode(self, mode: str, custom: str | None = None) -> None:
        """Show times in the venue's zone, the computer's, or ``custom`` (raises UnknownZone for a bad name)."""
        if mode == "custom":
            from ..core.feeds.tz import zone

            zone(custom or "")
            self.update(custom_tz=custom, tz_mode=mode)
        else:
            self.update(tz_mode=mode)

    def remember_plan(self, source: str, added: list[dict]) -> None:
        """The conferences added to the feed ``source`` (File → Add a conference…), reopened with it."""
        if self.settings.set_plan(source, added):
            self.save()

    def remember_feed(self, source: str) -> None:
        if self.settings.remember_feed(source):  # only when the recent list changed
            self.save()

    def save(self) -> None:
        self._saver.cancel()
        try:
            self.settings.save(self._path)
        except StorageError as exc:
            self.problem.emit(str(exc))

    def flush(self) -> None:
        self._saver.flush()
