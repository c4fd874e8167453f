"""The parsed-schedule cache: same result, no iCalendar import when warm, never stale."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from agenda.core.feeds.feed import read_feed_bytes
from agenda.core.feeds.loading import read_cached

from .conftest import FEEDS, SEED
from .helpers import by_title, edit_feed

ROOT = Path(__file__).resolve().parent.parent


def test_cached_equals_parsed(tmp_path):
    for feed in (SEED, FEEDS / "fosdem2026_pentabarf.ics", FEEDS / "google_birthdays.ics"):
        data = feed.read_bytes()
        fresh = read_feed_bytes(data, str(feed), local_zone="Europe/Paris")
        first = read_cached(data, str(feed), tmp_path, local_zone="Europe/Paris")
        again = read_cached(data, str(feed), tmp_path, local_zone="Europe/Paris")
        assert first.sessions == fresh.sessions == again.sessions
        assert (again.name, again.timezone, again.warnings) == (fresh.name, fresh.timezone, fresh.warnings)


def test_warm_read_does_not_import_icalendar(tmp_path):
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from agenda.core.feeds.loading import read_cached\n"
        "s = read_cached(Path(sys.argv[1]).read_bytes(), sys.argv[1], Path(sys.argv[2]))\n"
        "print(len(s.sessions), 'icalendar' in sys.modules, '_hashlib' in sys.modules)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run = lambda: subprocess.run([sys.executable, "-c", code, str(SEED), str(tmp_path)], capture_output=True,
                                 text=True, env=env, timeout=120).stdout.split()
    assert run()[:2] == ["129", "True"]  # cold: parsed
    assert run() == ["129", "False", "False"]  # warm: no iCalendar library at all, nor OpenSSL (core/digests.py)


def test_the_cache_and_the_stored_files_keep_hashlibs_digests():
    """The cache key and the stored files' names (a feed's picks) are SHA-256 digests made without hashlib
    (core/digests.py): the same as hashlib's, or every user's picks file would be looked for under a new name.
    A feed of a megabyte or more is hashed by OpenSSL (quicker), with the same digest on either side of the line."""
    import hashlib

    from agenda.core import digests

    big = SEED.read_bytes() * (digests.LARGE // len(SEED.read_bytes()) + 2)
    for data in (b"", b"abc", SEED.read_bytes(), big[: digests.LARGE - 1], big[: digests.LARGE], big):
        assert digests.sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
        assert digests.md5(data).hexdigest() == hashlib.md5(data).hexdigest()  # a track's colour
        half = digests.sha256(data[: len(data) // 2])
        half.update(data[len(data) // 2:])
        assert half.hexdigest() == hashlib.sha256(data).hexdigest()


def test_changed_feed_is_never_stale(tmp_path, seed_copy):
    s1 = read_cached(seed_copy.read_bytes(), str(seed_copy), tmp_path)
    helion = by_title(s1, "Helion 1.0: A High-Level DSL for Performance Portable Kernels")
    edit_feed(seed_copy, helion.uid, shift=timedelta(minutes=45))
    s2 = read_cached(seed_copy.read_bytes(), str(seed_copy), tmp_path)
    assert s2.get(helion.uid).start - helion.start == timedelta(minutes=45)


def test_corrupt_cache_entry_is_reparsed(tmp_path):
    data = SEED.read_bytes()
    read_cached(data, "seed.ics", tmp_path)
    (entry,) = (tmp_path / "parsed").iterdir()
    good = entry.read_bytes()
    damaged = [good[: len(good) // 2],  # truncated
               good[:-100] + bytes([good[-100] ^ 0x20]) + good[-99:],  # one flipped bit
               b'{"reader": 3, "trunc']  # not an entry at all
    for bad in damaged:
        entry.write_bytes(bad)
        again = read_cached(data, "seed.ics", tmp_path)
        assert again.sessions == read_feed_bytes(data, "seed.ics").sessions
        assert entry.read_bytes() == good  # parsed again and rewritten


def test_zone_choice_is_part_of_the_key(tmp_path):
    data = SEED.read_bytes()
    assert read_cached(data, "s", tmp_path, tz="Asia/Tokyo").timezone == "Asia/Tokyo"
    assert read_cached(data, "s", tmp_path).timezone == "Europe/Paris"


def test_entries_of_the_old_format_are_cleared_away(tmp_path):
    old = tmp_path / "parsed" / ("0" * 40 + ".json")
    old.parent.mkdir(parents=True)
    old.write_text('{"reader": 3}')
    read_cached(SEED.read_bytes(), "seed.ics", tmp_path)
    assert [p.suffix for p in (tmp_path / "parsed").iterdir()] == [".cache"]
