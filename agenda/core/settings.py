"""User settings shared by the window and the command line (one small JSON file)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from .storage import STATE_VERSION, atomic_write_json, load_json_state

MAX_RECENT = 8


@dataclass
class Settings:
    room_change_minutes: int = 0
    alarm_minutes: int | None = 10
    last_feed: str | None = None
    recent_feeds: list[str] = field(default_factory=list)
    export_dir: str | None = None
    tz_mode: str = "venue"  # venue | computer | custom
    custom_tz: str | None = None
    refresh_minutes: int = 0
    problem: str | None = field(default=None, compare=False)

    @classmethod
    def load(cls, path: Path) -> "Settings":
        data, problem = load_json_state(Path(path), "settings file")
        out = cls()
        if data:
            for f in fields(cls):
                if f.name != "problem" and f.name in data:
                    setattr(out, f.name, data[f.name])
        if not isinstance(out.room_change_minutes, int) or out.room_change_minutes < 0:
            out.room_change_minutes = 0
        if not isinstance(out.recent_feeds, list):
            out.recent_feeds = []
        out.problem = problem
        return out

    def save(self, path: Path) -> None:
        data = asdict(self)
        data.pop("problem")
        data["version"] = STATE_VERSION
        atomic_write_json(Path(path), data)

    def remember_feed(self, source: str) -> bool:
        """Make ``source`` the last and most recent feed; True if that changed anything."""
        recent = ([source] + [s for s in self.recent_feeds if s != source])[:MAX_RECENT]
        if self.last_feed == source and self.recent_feeds == recent:
            return False
        self.last_feed, self.recent_feeds = source, recent
        return True
