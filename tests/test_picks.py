"""Picks persist atomically; a corrupt file is kept aside and reported, never overwritten."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from agenda.core.feeds.source import feed_key
from agenda.core.plan.picks import PicksStore
from agenda.core.storage import DataPaths, StorageError

from .conftest import SEED
from .helpers import run_cli


def test_roundtrip(tmp_path):
    path = tmp_path / "p.json"
    s = PicksStore.open(path, "k")
    s.update({"a": "star", "b": "maybe"})
    again = PicksStore.open(path, "k")
    assert again.state("a") == "star" and again.state("b") == "maybe" and again.problem is None
    again.set("a", None)
    assert PicksStore.open(path, "k").as_dict() == {"b": "maybe"}
    assert [p.name for p in tmp_path.iterdir()] == ["p.json"]  # no temp files left behind


@pytest.mark.parametrize("content", [b'{"version": 1, "picks": {"a": "st', b"\x00\xff", b"[]", b'{"version": "one", "picks": {}}'])
def test_corrupt_file_is_kept_aside_and_reported(tmp_path, content):
    path = tmp_path / "p.json"
    path.write_bytes(content)
    s = PicksStore.open(path, "k")
    assert s.problem and "kept aside" in s.problem and str(path) in s.problem
    assert s.as_dict() == {}
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("p.json.corrupt-")]
    assert len(aside) == 1 and aside[0].read_bytes() == content
    s.set("x", "star")  # the new file starts fresh; the old one is still there
    assert aside[0].exists()


def test_a_newer_format_is_never_written_over(tmp_path):
    from agenda.core.errors import StorageError

    path = tmp_path / "p.json"
    content = b'{"version": 99, "picks": {"a": "star"}}'
    path.write_bytes(content)
    s = PicksStore.open(path, "k")
    assert s.problem and "newer Agenda" in s.problem and str(path) in s.problem and s.read_only
    with pytest.raises(StorageError):
        s.set("x", "star")
    assert path.read_bytes() == content and [p.name for p in tmp_path.iterdir()] == ["p.json"]


def _unprivileged(check) -> None:
    """Run ``check()`` as an ordinary user. Root reads every file whatever its mode, so as root (as CI runs)
    the check runs in a child process that has dropped to the 'nobody' user; its failures fail the test."""
    if os.geteuid() != 0:
        check()
        return
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 1
        try:
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            check()
            code = 0
        except BaseException:
            import traceback

            traceback.print_exc()
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, "the check failed as an unprivileged user (see stderr)"


def test_unreadable_file_is_left_alone():
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="agenda-unreadable-"))  # not under root's private pytest folder
    try:
        folder.chmod(0o777)
        path = folder / "p.json"
        path.write_text('{"version": 1, "picks": {"a": "star"}}')
        path.chmod(0)
        assert os.stat(path).st_mode & 0o777 == 0

        def check():
            s = PicksStore.open(path, "k")
            assert s.problem and "left untouched" in s.problem and str(path) in s.problem
            with pytest.raises(StorageError):
                s.set("b", "star")
            assert s.state("b") == "star" and s.unsaved  # kept in memory

        _unprivileged(check)
        path.chmod(0o600)
        assert json.loads(path.read_text())["picks"] == {"a": "star"}
        assert sorted(p.name for p in folder.iterdir()) == ["p.json"]  # nothing written beside it
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_failed_save_keeps_picks_in_memory_and_saves_later(tmp_path, readonly_dir):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "p.json"
    s = PicksStore.open(path, "k")
    s.set("a", "star")
    readonly_dir(folder)
    with pytest.raises(StorageError, match="cannot write"):
        s.set("b", "star")
    assert s.starred() == {"a", "b"} and s.unsaved
    assert PicksStore.open(path, "k").starred() == {"a"}  # the file on disk is the old, whole one
    assert [p.name for p in folder.iterdir()] == ["p.json"]


def test_failed_save_is_retried_once_the_folder_is_writable(tmp_path):
    blocker = tmp_path / "blocker"
    s = PicksStore.open(blocker / "p.json", "k")
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(StorageError):
        s.set("a", "star")
    assert s.unsaved and s.starred() == {"a"}
    blocker.unlink()
    s.save()
    assert PicksStore.open(blocker / "p.json", "k").starred() == {"a"}


def test_corrupt_file_that_cannot_be_moved_is_left_untouched(tmp_path, readonly_dir):
    folder = tmp_path / "d"
    folder.mkdir()
    path = folder / "p.json"
    path.write_text("{ broken")
    readonly_dir(folder)
    s = PicksStore.open(path, "k")
    assert s.problem and "left untouched" in s.problem
    with pytest.raises(StorageError, match="not saved"):
        s.set("a", "star")
    assert path.read_text() == "{ broken"


def test_picks_are_per_feed_and_survive_a_moved_data_dir_key(tmp_path, seed_copy):
    paths = DataPaths.under(tmp_path / "d")
    assert paths.picks(feed_key(str(seed_copy))) != paths.picks(feed_key(str(SEED)))
    # One feed under two URLs is one feed: webcal:// is how calendar apps spell https://.
    assert feed_key("webcal://x.org/a.ics") == feed_key("https://x.org/a.ics") == "https://x.org/a.ics"
    assert feed_key("http://x.org/a.ics") == "http://x.org/a.ics"


def test_picks_kept_under_an_old_webcal_key_are_adopted_not_lost(tmp_path):
    from agenda.core.feeds.loading import state_key

    paths = DataPaths.under(tmp_path / "d")
    old = PicksStore.open(paths.picks("webcal://x.org/a.ics"), "webcal://x.org/a.ics")  # as earlier versions kept it
    old.update({"talk-1": "star", "talk-2": "maybe"})
    key = state_key("webcal://x.org/a.ics", paths)
    assert key == "https://x.org/a.ics"
    moved = PicksStore.open(paths.picks(key), key)
    assert moved.as_dict() == {"talk-1": "star", "talk-2": "maybe"}
    # A feed that already has picks under the new key keeps them; the old file is left as it is.
    again = PicksStore.open(paths.picks("webcal://x.org/b.ics"), "webcal://x.org/b.ics")
    again.update({"old": "star"})
    PicksStore.open(paths.picks("https://x.org/b.ics"), "https://x.org/b.ics").update({"new": "star"})
    key = state_key("webcal://x.org/b.ics", paths)
    assert PicksStore.open(paths.picks(key), key).as_dict() == {"new": "star"}
    assert paths.picks("webcal://x.org/b.ics").is_file()


def test_cli_corrupt_picks_reported_not_overwritten(data_dir):
    run_cli("star", str(SEED), "5ec9e9dc8299c28c6cd041cf069866bf", "--data-dir", str(data_dir))
    (picks,) = (data_dir / "picks").iterdir()
    picks.write_text("{ truncated")
    r = run_cli("list", str(SEED), "--json", "--data-dir", str(data_dir))
    assert r.code == 0 and "kept aside" in r.err
    assert any(p.name.startswith(picks.name + ".corrupt-") for p in (data_dir / "picks").iterdir())


def test_changes_waiting_for_their_save_stay_on_top_of_another_process_save(tmp_path):
    """The window keeps a star in memory until the frame showing it is painted; should a terminal's `agenda star`
    save in between, reading the picks again keeps both (and the next save writes both)."""
    from agenda.core.feeds.feed import read_feed
    from agenda.core.opened import OpenedFeed

    paths = DataPaths.under(tmp_path / "data")
    schedule = read_feed(str(SEED))
    key = feed_key(str(SEED))
    window = OpenedFeed.attach(paths, key, str(SEED), schedule)
    mine, theirs = schedule.sessions[3].uid, schedule.sessions[9].uid
    window.store.update({mine: "star"}, save=False)
    assert window.store.unsaved and PicksStore.open(paths.picks(key), key).state(mine) is None  # not written yet
    terminal = PicksStore.open(paths.picks(key), key)
    terminal.update({theirs: "star"})
    assert window.reload_if_changed()  # what the window's file watch does
    assert window.store.starred() == {mine, theirs} and window.store.unsaved
    window.store.save()
    assert PicksStore.open(paths.picks(key), key).starred() == {mine, theirs}
    assert not window.reload_if_changed()  # its own save is not news
