"""Time-zone helpers: valid IANA names, the computer's zone, and the venue-zone inference."""
from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from ..errors import UnknownZone
from ..words import tr

UTC_NAMES = {"utc", "gmt", "etc/utc", "etc/gmt", "z", "zulu", "universal", "etc/universal"}


def zone(name: str) -> ZoneInfo:
    """ZoneInfo for an IANA name, or UnknownZone (an InputError) with a readable message."""
    try:
        if not name or name.startswith("/") or ".." in name:
            raise ZoneInfoNotFoundError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise UnknownZone(tr("unknown time zone {name} (use an IANA name such as Europe/Paris)", name=repr(name))) from None


def is_zone(name: str | None) -> bool:
    if not name:
        return False
    try:
        zone(name)
        return True
    except UnknownZone:
        return False


def is_utc(name: str) -> bool:
    return name.strip().lower() in UTC_NAMES


def computer_zone() -> str:
    """IANA name of this computer's zone: $TZ, else the zone /etc/localtime links to, else what tzlocal finds
    (Windows' registry, /etc/timezone, systemd's settings, …), else UTC. The first two are checked here
    because they answer on most Linux and macOS systems in microseconds; tzlocal costs 12-23 ms at start-up."""
    tz = os.environ.get("TZ", "").lstrip(":")
    if is_zone(tz):
        return tz
    name = linked_zone()
    if name:
        return name
    try:
        from tzlocal import get_localzone_name

        name = get_localzone_name()
    except Exception:  # tzlocal raises its own errors (and ValueError) for a zone it cannot determine
        name = None
    if name and is_zone(name):
        return name
    return "UTC"


def linked_zone() -> str | None:
    """The zone /etc/localtime is a link to (…/zoneinfo/Europe/Paris), if it is one."""
    if os.name == "nt":
        return None
    try:
        target = str(Path("/etc/localtime").resolve())
    except OSError:
        return None
    marker = "zoneinfo/"
    if marker in target:
        name = target.split(marker, 1)[1]
        if is_zone(name):
            return name
    return None


def zone_names() -> set[str]:
    """Every IANA zone name. From the list the tzdata package ships (one small file): asking zoneinfo
    (available_timezones) opens every file under the system's zoneinfo folder, about 40 ms."""
    try:
        import tzdata

        names = set((Path(tzdata.__file__).parent / "zones").read_text(encoding="utf-8").split())
    except (ImportError, OSError, TypeError, UnicodeDecodeError):
        names = set()
    return names or available_timezones()


@lru_cache(maxsize=1)
def _city_index() -> dict[str, str]:
    """'paris' -> 'Europe/Paris', from the last component of every canonical-looking zone."""
    index: dict[str, str] = {}
    for key in sorted(zone_names()):
        if "/" not in key or key.startswith(("Etc/", "SystemV/", "US/", "Canada/", "Brazil/", "Chile/", "Mexico/")):
            continue
        city = key.rsplit("/", 1)[1].replace("_", " ").lower()
        index.setdefault(city, key)
    return index


def zone_for_location(location: str) -> str | None:
    """Match whole comma-separated parts of a LOCATION to an IANA city ('Paris' -> Europe/Paris)."""
    index = _city_index()
    for part in reversed([p.strip().lower() for p in location.split(",")]):
        if part in index:
            return index[part]
    return None


def infer_zone(
    *,
    explicit: str | None,
    x_wr_timezone: str | None,
    tzids: Iterable[str],
    locations: Iterable[str],
    fallback: str,
) -> tuple[str, str]:
    """The display zone and the reason it was chosen, in the documented order."""
    if explicit:
        zone(explicit)  # raises ValueError for a bad name
        return explicit, "chosen"
    if x_wr_timezone and not is_utc(x_wr_timezone) and is_zone(x_wr_timezone):
        return x_wr_timezone, "X-WR-TIMEZONE"
    counts = Counter(t for t in tzids if is_zone(t) and not is_utc(t))
    if counts:
        return counts.most_common(1)[0][0], "event TZIDs"
    cities = Counter(z for z in (zone_for_location(loc) for loc in locations if loc) if z)
    if cities:
        return cities.most_common(1)[0][0], "venue city"
    return fallback, "this computer"
