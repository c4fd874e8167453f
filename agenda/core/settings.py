"""User settings shared by the window and the command line (one small JSON file).

Each field is checked on load: a value of the wrong type or out of range (``"refresh_minutes": "5"``,
``"custom_tz": "Mars/Base"``) is reported in one line naming the file and the field, and that field falls
back to its default; the others are kept.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from .errors import InputError
from .feeds.tz import computer_zone, is_zone
from .migrations import version_of
from .storage import atomic_write_json, load_json_state, locked

FORMAT = version_of("settings file")  # this file's format version (core/migrations.py)

MAX_RECENT = 8
TZ_MODES = ("venue", "computer", "custom")
CLASH_OTHERS = ("maybe", "unstar")  # what "Keep this one" does to the sessions it clashes with
# The window's languages (View → Language; None: the system's): ui/i18n.py and resources/translations/.
LANGUAGES = ("en", "fr", "de", "es", "it", "pt_BR", "nl", "pl", "ja", "zh_CN")
CLOCKS = ("locale", "24", "12")  # times as the language writes them, or always 24- or 12-hour (View → Clock)
THEMES = ("system", "light", "dark")
ZOOM_RANGE = (0.5, 3.0)  # the grid's zoom: time and column width, 1 = 2.4 px a minute, 150 px rooms
MAX_VIEWS = 64  # feeds whose zoom is remembered


def _view(v: object) -> bool:
    """A feed's grid view: {"zoom": 0.5–3, "fit": true/false}."""
    return (isinstance(v, dict) and set(v) <= {"zoom", "fit"}
            and isinstance(v.get("zoom", 1.0), (int, float)) and not isinstance(v.get("zoom", 1.0), bool)
            and ZOOM_RANGE[0] <= v.get("zoom", 1.0) <= ZOOM_RANGE[1] and isinstance(v.get("fit", False), bool))


def _whole(low: int, high: int | None = None) -> tuple[Callable[[object], bool], str]:
    def ok(v: object) -> bool:
        return isinstance(v, int) and not isinstance(v, bool) and v >= low and (high is None or v <= high)

    return ok, f"a whole number from {low}" + (f" to {high}" if high is not None else "")


def _text(v: object) -> bool:
    return v is None or (isinstance(v, str) and bool(v.strip()))


_VALID = {  # field -> (check, what it takes, for the message)
    "room_change_minutes": _whole(0, 24 * 60),
    "alarm_minutes": (lambda v: v is None or _whole(0)[0](v), "a whole number of minutes or null"),
    "last_feed": (_text, "a feed path or URL"),
    "recent_feeds": (lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v), "a list of feed paths or URLs"),
    "export_dir": (_text, "a folder"),
    "open_dir": (_text, "a folder"),
    "tz_mode": (lambda v: v in TZ_MODES, " or ".join(repr(m) for m in TZ_MODES)),
    "custom_tz": (lambda v: v is None or (isinstance(v, str) and is_zone(v)), "an IANA time zone such as Europe/Paris"),
    "refresh_minutes": _whole(0, 24 * 60),
    "export_maybes": (lambda v: isinstance(v, bool), "true or false"),
    "clash_others": (lambda v: v in CLASH_OTHERS, " or ".join(repr(m) for m in CLASH_OTHERS)),
    "theme": (lambda v: v in THEMES, " or ".join(repr(m) for m in THEMES)),
    "side_panel": (lambda v: isinstance(v, bool), "true or false"),
    "language": (lambda v: v is None or v in LANGUAGES, "null or " + ", ".join(repr(m) for m in LANGUAGES)),
    "clock": (lambda v: v in CLOCKS, " or ".join(repr(m) for m in CLOCKS)),
    "list_view": (lambda v: isinstance(v, bool), "true or false"),
    "window_size": (lambda v: v is None or (isinstance(v, list) and len(v) == 2 and all(_whole(200, 20000)[0](x) for x in v)),
                    "[width, height] in pixels or null"),
    "window_maximized": (lambda v: isinstance(v, bool), "true or false"),
    "views": (lambda v: isinstance(v, dict) and all(isinstance(k, str) and _view(x) for k, x in v.items()),
              'feeds\' grid views, {"FEED": {"zoom": 0.5 to 3, "fit": true or false}}'),
    "plans": (lambda v: isinstance(v, dict) and all(isinstance(k, str) and isinstance(x, list) and all(_planned(e) for e in x)
                                                    for k, x in v.items()),
              'the conferences added to each feed, {"FEED": [{"source": "FEED", "colour": "#rrggbb"}]}'),
}


def _planned(e: object) -> bool:
    """A conference added to a plan: {"source": path or URL, "colour": "#rrggbb" or null}."""
    colour = e.get("colour") if isinstance(e, dict) else None
    return (isinstance(e, dict) and set(e) <= {"source", "colour"} and isinstance(e.get("source"), str)
            and bool(e["source"].strip()) and (colour is None or (isinstance(colour, str) and len(colour) == 7
                                                                  and colour.startswith("#"))))


@dataclass
class Settings:
    """The user's choices, kept in settings.json (save() merges them with what another process saved)."""

    room_change_minutes: int = 0
    alarm_minutes: int | None = 10
    last_feed: str | None = None
    recent_feeds: list[str] = field(default_factory=list)
    export_dir: str | None = None
    open_dir: str | None = None  # the folder the Open and Import picks dialogs last took a file from
    export_maybes: bool = False  # the window's export dialog: include maybes
    tz_mode: str = "venue"  # venue | computer | custom
    custom_tz: str | None = None
    refresh_minutes: int = 0
    clash_others: str = "maybe"  # maybe | unstar
    theme: str = "system"  # system | light | dark (View → Theme)
    side_panel: bool = True  # the window's side panel shown (View → Side panel, F9)
    list_view: bool = False  # the day as a list in time order instead of the grid (View → List view)
    language: str | None = None  # the window's language (View → Language); None: the system's
    clock: str = "locale"  # locale | 24 | 12 (View → Clock)
    window_size: list[int] | None = None  # the window's last size, when not maximised
    window_maximized: bool = False
    views: dict = field(default_factory=dict)  # feed key -> {"zoom": float, "fit": bool}
    plans: dict = field(default_factory=dict)  # feed opened -> the conferences added to it, in order, with colours
    problems: list[str] = field(default_factory=list, compare=False)  # one line each, for the user
    # The values as last read or written by this process: a save writes only what changed since, so two
    # windows (or a window and a later one) never undo each other's choices.
    _base: dict = field(default_factory=dict, compare=False, repr=False)

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
                setattr(out, f.name, list(value) if isinstance(value, list) else dict(value) if isinstance(value, dict) else value)
            else:
                out.problems.append(f"{path}: setting {f.name!r} is {value!r}, not {wanted}; using the default "
                                    f"({getattr(out, f.name)!r})")
        if out.tz_mode == "custom" and not out.custom_tz:
            out.tz_mode = "venue"
        out.recent_feeds = out.recent_feeds[:MAX_RECENT]
        out._base = out._values()
        return out

    def _values(self) -> dict:
        data = asdict(self)
        data.pop("problems")
        data.pop("_base")
        return data

    def save(self, path: Path) -> None:
        """Write the settings, merged under the folder's lock with what another process saved since this
        one read them: a field this process changed is written, every other keeps the file's value.
        Raises StorageError."""
        path = Path(path)
        with locked(path):
            ours = self._values()
            data = ours  # never read from a file (or no file now): everything is this process's choice
            if self._base and path.exists():
                disk = Settings.load(path)._values()
                data = {name: value if value != self._base.get(name, value) else disk[name]
                        for name, value in ours.items()}
            atomic_write_json(path, dict(data, version=FORMAT))
            self._base = ours

    def display_zone(self, explicit_tz: str | None, feed_zone: str | None) -> str:
        """The zone times are shown in: the computer's, the chosen one, --tz, else the feed's (the venue's)."""
        if self.tz_mode == "computer":
            return computer_zone()
        if self.tz_mode == "custom" and self.custom_tz:
            return self.custom_tz
        return explicit_tz or feed_zone or computer_zone()

    def update(self, **changes: object) -> bool:
        """Set fields by name (each checked as on load: InputError for a value it would refuse); True if
        anything changed."""
        changed = False
        for name, value in changes.items():
            if name not in _VALID:
                raise InputError(f"no setting {name!r}")
            check, wanted = _VALID[name]
            if not check(value):
                raise InputError(f"setting {name!r} takes {wanted}, not {value!r}")
            if getattr(self, name) != value:
                setattr(self, name, value)
                changed = True
        return changed

    def view(self, key: str) -> dict:
        """A feed's grid view: {"zoom": float, "fit": bool}, defaults where never set."""
        v = self.views.get(key, {})
        return {"zoom": float(v.get("zoom", 1.0)), "fit": bool(v.get("fit", False))}

    def set_view(self, key: str, zoom: float, fit: bool) -> bool:
        """Remember a feed's zoom and fit (the most recent MAX_VIEWS feeds); True if that changed anything."""
        zoom = round(min(max(zoom, ZOOM_RANGE[0]), ZOOM_RANGE[1]), 3)
        new = {"zoom": zoom, "fit": bool(fit)}
        if self.views.get(key) == new:
            return False
        views = {k: v for k, v in self.views.items() if k != key}
        views[key] = new
        self.views = dict(list(views.items())[-MAX_VIEWS:])
        return True

    def plan(self, source: str) -> list[dict]:
        """The conferences added to ``source`` in the window ({"source", "colour"} each, in plan order)."""
        return [dict(e) for e in self.plans.get(source, [])]

    def set_plan(self, source: str, added: list[dict]) -> bool:
        """Remember the conferences added to ``source`` (none: forget); True if that changed anything."""
        plans = {k: v for k, v in self.plans.items() if k != source}
        if added:
            plans[source] = [dict(e) for e in added]
        if plans == self.plans:
            return False
        self.plans = plans
        return True

    def remember_feed(self, source: str) -> bool:
        """Make ``source`` the last and most recent feed; True if that changed anything."""
        recent = ([source] + [s for s in self.recent_feeds if s != source])[:MAX_RECENT]
        if self.last_feed == source and self.recent_feeds == recent:
            return False
        self.last_feed, self.recent_feeds = source, recent
        return True
