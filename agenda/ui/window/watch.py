"""Picks saved by another process show in the window, a part of the main window: the folder of the open
feed's picks file is watched (an `agenda star` in a terminal, a second window), and once a burst of changes
there is over the controller reads the picks again if their file changed. Saving never loses the other
side's stars either way: PicksStore.save merges under the file's lock."""
from __future__ import annotations

from PySide6.QtCore import QFileSystemWatcher, QObject

from ..throttle import Throttle


class DiskWatch:
    """Owns the file-system watcher. ``ctl`` is the controller (its open feed's key says which file)."""

    def __init__(self, ctl, parent: QObject) -> None:
        self.ctl = ctl
        self.watcher = QFileSystemWatcher(parent)
        self.soon = Throttle(ctl.reload_if_changed, 150, parent)
        self.watcher.directoryChanged.connect(lambda _path: self.soon.trigger())
        self.watcher.fileChanged.connect(lambda _path: self.soon.trigger())
        ctl.scheduleChanged.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        """Watch the folder of the picks file of the feed now open."""
        if self.ctl.key is None:
            return
        folder = self.ctl.paths.picks(self.ctl.key).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return  # nothing can be saved there either
        if str(folder) not in self.watcher.directories():
            if self.watcher.directories():
                self.watcher.removePaths(self.watcher.directories())
            self.watcher.addPath(str(folder))
