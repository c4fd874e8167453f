"""User settings shared by the window and the command line (one small JSON file).

Each field is checked on load: a value of the wrong type or out of range (``"refresh_minutes": "5"``,
``"custom_tz": "Mars/Base"``) is reported in one line naming the file and the field, and that field falls
back to its default; the others are kept.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from .storage import STATE_VERSION, atomic_write_json, load_json_state
from .tz import is_zone

MAX_RECENT = 8
TZ_MODES = ("venue", "computer", "custom")
CLASH_OTHERS = ("maybe", "unstar")  # what "Keep this one" does to the sessions it clashes with


def _whole(low: int, high: int | None = None):
    def ok(v) -> bool:
        return isinstance(v, int) and not isinstance(v, bool) and v >= low and (high is None or v <= high)

    return ok, f"a whole number from {low}" + (f" to {high}" if high is not None else "")


def _text(v) -> bool:
    return v is None or (isinstance(v, str) and bool(v.strip()))


_VALID = {  # field -> (check, what it takes, for the message)
    "room_change_minutes": _whole(0, 24 * 60),
    "alarm_minutes": (lambda v: v is None or _whole(0)[0](v), "a whole number of minutes or null"),
    "last_feed": (_text, "a feed path or URL"),
    "recent_feeds": (lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v), "a list of feed paths or URLs"),
    "export_dir": (_text, "a folder"),
    "tz_mode": (lambda v: v in TZ_MODES, " or ".join(repr(m) for m in TZ_MODES)),
    "custom_tz": (lambda v: v is None or (isinstance(v, str) and is_zone(v)), "an IANA time zone such as Europe/Paris"),
    "refresh_minutes": _whole(0, 24 * 60),
    "export_maybes": (lambda v: isinstance(v, bool), "true or false"),
    "clash_others": (lambda v: v in CLASH_OTHERS, " or ".join(repr(m) for m in CLASH_OTHERS)),
}


@dataclass
class Settings:
    room_change_minutes: int = 0
    alarm_minutes: int | None = 10
    last_feed: str | None = None
    recent_feeds: list[str] = field(default_factory=list)
    export_dir: str | None = None
    export_maybes: bool = False  # the window's export dialog: include maybes
    tz_mode: str = "venue"  # venue | computer | custom
    custom_tz: str | None = None
    refresh_minutes: int = 0
    clash_others: str = "maybe"  # maybe | unstar
    problems: list[str] = field(default_factory=list, compare=False)  # one line each, for the user

    @classmethod
    def load(cls, path: Path) -> "Settings":
        data, problem = load_json_state(Path(path), "settings file")
        out = cls()
        if problem:
            out.problems.append(problem.message)
        for f in fields(cls):
            if not data or f.name not in data or f.name not in _VALID:
                continue
            check, wanted = _VALID[f.name]
            value = data[f.name]
            if check(value):
                setattr(out, f.name, list(value) if isinstance(value, list) else value)
            else:
                out.problems.append(f"{path}: setting {f.name!r} is {value!r}, not {wanted}; using the default "
                                    f"({getattr(out, f.name)!r})")
        if out.tz_mode == "custom" and not out.custom_tz:
            out.tz_mode = "venue"
        out.recent_feeds = out.recent_feeds[:MAX_RECENT]
        return out

    def save(self, path: Path) -> None:
        data = asdict(self)
        data.pop("problems")
        data["version"] = STATE_VERSION
        atomic_write_json(Path(path), data)

    def remember_feed(self, source: str) -> bool:
        """Make ``source`` the last and most recent feed; True if that changed anything."""
        recent = ([source] + [s for s in self.recent_feeds if s != source])[:MAX_RECENT]
        if self.last_feed == source and self.recent_feeds == recent:
            return False
        self.last_feed, self.recent_feeds = source, recent
        return True
