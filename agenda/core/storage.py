"""Where state lives, and how it is written: atomically, and never over a file we could not read."""
from __future__ import annotations

import functools
import json
import os
import re
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

from .. import APP_NAME
from .digests import sha256
from .errors import StorageError
from .words import tr

LOCK_WAIT = 15.0  # seconds a writer waits for another process's read-modify-write in the same folder


class _FolderLock:
    """This process's hold on one folder's lock: re-entrant, and shared by its threads in turn."""

    def __init__(self) -> None:
        import threading

        self.rlock = threading.RLock()
        self.depth = 0
        self.fd: int | None = None


_FOLDER_LOCKS: dict[str, _FolderLock] = {}


@contextmanager
def locked(path: Path, wait: float = LOCK_WAIT) -> Iterator[None]:
    """Hold the lock for one read-modify-write of the state file ``path``, so that two processes (two
    shells, the CLI and the window) never write from stale copies. The lock is the folder's: on POSIX an
    advisory ``flock`` on the folder itself (nothing is written for it; the kernel releases it if the
    holder dies), re-entrant within a process. Where the folder cannot be opened or locked (no fcntl) the
    write goes ahead unlocked and succeeds or fails on its own. Raises StorageError when another process
    holds it longer than ``wait``."""
    if not _has_flock():  # pragma: no cover - Windows: unlocked
        yield
        return
    folder = os.path.abspath(path.parent)
    # The folder's own lock from the start: under an ancestor's lock, a process that came later would lock
    # the folder this one just made, read before this one's write and write over it (a lost star). A
    # folder made here and left empty by a write that failed is removed again: a failure leaves nothing.
    made = False
    if not os.path.isdir(folder):
        try:
            os.makedirs(folder)
            made = True
        except OSError:  # made meanwhile by another process, or cannot be made (read-only): then the
            pass  # ancestor's lock below, and the write fails on its own
    with _locked_folder(folder, path, wait):
        try:
            yield
        except BaseException:
            if made:
                try:
                    os.rmdir(folder)  # only if still empty; still under the lock
                except OSError:
                    pass
            raise


@contextmanager
def _locked_folder(folder: str, path: Path, wait: float) -> Iterator[None]:
    while True:
        # The folder's lock, or where it could not be made, its nearest existing ancestor's; once the
        # folder appears, its own lock is taken instead.
        target = folder
        while not os.path.isdir(target) and os.path.dirname(target) != target:
            target = os.path.dirname(target)
        with _hold(target, path, wait):
            if target == folder or not os.path.isdir(folder):
                yield
                return


@functools.cache
def _has_flock() -> bool:
    import importlib.util

    return importlib.util.find_spec("fcntl") is not None


@contextmanager
def _hold(folder: str, path: Path, wait: float) -> Iterator[None]:

    hold = _FOLDER_LOCKS.get(folder) or _FOLDER_LOCKS.setdefault(folder, _FolderLock())  # made once per folder
    with hold.rlock:
        if hold.depth == 0:
            hold.fd = _flock_folder(folder, path, wait)
        hold.depth += 1
        try:
            yield
        finally:
            hold.depth -= 1
            if hold.depth == 0 and hold.fd is not None:
                os.close(hold.fd)  # releases the lock
                hold.fd = None


def _flock_folder(folder: str, path: Path, wait: float) -> int | None:
    """An fd of ``folder`` holding its exclusive lock (None where it cannot be opened or locked). A folder
    removed or made anew while this process waited for it (a writer that made it and failed removes it again)
    is locked anew: the lock held must be the folder's that is there now, or two writers could each hold one."""
    import fcntl

    deadline = time.monotonic() + wait
    while True:
        try:
            fd = os.open(folder, os.O_RDONLY | os.O_CLOEXEC)
        except OSError:
            return None
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    os.close(fd)
                    raise StorageError(tr("{path}: not saved, another Agenda has been writing there for over {seconds} s",
                                          path=path, seconds=f"{wait:g}")) from None
                time.sleep(0.005)
            except OSError:  # a file system without locks
                os.close(fd)
                return None
        try:
            if os.path.samestat(os.fstat(fd), os.stat(folder)):
                return fd
        except OSError:
            pass
        os.close(fd)  # locked a folder that is gone (or replaced): lock the one there now
        if not os.path.isdir(folder):
            return None  # gone for good: the caller's write fails on its own


def atomic_write_bytes(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never a part.

    Temp file in the same folder, fsync, rename over the target, fsync the folder. ``durable=False``
    skips both fsyncs, for files that may be lost in a power cut without harm (the parsed-schedule
    cache: an entry lost or torn fails its CRC and the feed is parsed again).
    """
    import tempfile  # not needed to start: a warm start writes nothing

    path = Path(path)
    folder = path.parent
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):  # -o /dev/null, a pipe: write into it, never rename over it
        if stat.S_ISDIR(mode):
            raise StorageError(tr("{path}: is a folder", path=path))
        try:
            with open(path, "wb") as fh:
                fh.write(data)
        except OSError as exc:
            raise StorageError(tr("{path}: cannot write ({reason})", path=path, reason=exc.strerror or exc)) from None
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise StorageError(tr("{path}: cannot write ({reason})", path=path, reason=exc.strerror or exc)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise StorageError(tr("{path}: cannot write ({reason})", path=path, reason=exc.strerror or exc)) from None
    if not durable:
        return
    try:
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass  # some filesystems cannot fsync a folder; the rename is still atomic


def atomic_write_json(path: Path, obj: Any, *, compact: bool = False) -> None:
    """Indented and sorted for files people may read; ``compact`` for large machine-only state."""
    if compact:
        text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    else:
        text = json.dumps(obj, indent=1, ensure_ascii=False, sort_keys=True)
    atomic_write_bytes(path, (text + "\n").encode())


def quarantine(path: Path) -> Path:
    """Move an unreadable state file aside (never delete it) and return its new name."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    os.replace(path, target)
    return target


class StateProblem(NamedTuple):
    """Why a state file could not be used. ``untouched``: it could not even be moved aside, so it must not
    be written over (the user's data may still be in it)."""

    message: str
    untouched: bool = False

    def __str__(self) -> str:
        return self.message


MAX_STATE_BYTES = 100 * 1024 * 1024  # a state file larger than this is not ours to read whole


def load_json_state(path: Path, kind: str, *, read_only: bool = False) -> tuple[dict | None, StateProblem | None]:
    """(data, problem). Missing file: (None, None). An older format is migrated (core/migrations.py, after a
    backup copy); a newer one is left untouched. Unreadable or invalid: moved aside, (None, problem).

    When the file cannot even be moved aside (permission denied), or must not be changed (a newer format,
    not a regular file), it is left alone and the problem says so (``untouched``); callers must then not
    write over it. ``read_only``: change nothing on disk (no backup, nothing moved aside), for readers that
    must never write (the share server).
    """
    from .migrations import NewerFormat, UnknownFormat, kind_said, migrate

    what = kind_said(kind)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None, None
    except OSError as exc:
        return None, StateProblem(tr("{path}: cannot read {kind} ({reason}); left untouched", path=path, kind=what,
                                     reason=exc.strerror or exc), True)
    if not stat.S_ISREG(st.st_mode):  # a FIFO would hang the read, a device never end
        return None, StateProblem(tr("{path}: {kind} is not a regular file; left untouched", path=path, kind=what), True)
    problem: str | None = None
    data = None
    if st.st_size > MAX_STATE_BYTES:
        problem = tr("larger than {mb} MB", mb=MAX_STATE_BYTES // (1024 * 1024))
    else:
        try:
            with open(path, "rb") as fh:
                raw = fh.read(MAX_STATE_BYTES + 1)
        except OSError as exc:
            return None, StateProblem(tr("{path}: cannot read {kind} ({reason}); left untouched", path=path, kind=what,
                                         reason=exc.strerror or exc), True)
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                problem = tr("not a JSON object")
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            problem = tr("not valid JSON ({reason})", reason=f"{exc.__class__.__name__}: {str(exc).splitlines()[0][:80]}")
        except RecursionError:
            problem = tr("nested too deeply")
    if problem is None:
        try:
            data, _migrated = migrate(Path(path), data or {}, kind, backup=not read_only)
            return data, None
        except NewerFormat as exc:
            return None, StateProblem(exc.args[0], True)
        except UnknownFormat as exc:
            problem = str(exc).split(": ", 1)[-1]
        except StorageError as exc:  # the backup before migrating could not be made: change nothing
            return None, StateProblem(tr("{problem}; left untouched", problem=exc.args[0]), True)
    if read_only:
        return None, StateProblem(tr("{path}: {kind} is unreadable ({problem}); left untouched", path=path, kind=what,
                                     problem=problem), True)
    try:
        moved = quarantine(path)
    except OSError as exc:
        return None, StateProblem(tr("{path}: {kind} is unreadable ({problem}) and could not be moved aside ({reason}); "
                                     "left untouched", path=path, kind=what, problem=problem, reason=exc.strerror), True)
    return None, StateProblem(tr("{path}: {kind} was unreadable ({problem}); kept aside as {name}", path=path, kind=what,
                                 problem=problem, name=moved.name))



# ----------------------------------------------------------------------------------------------- paths
def _slug(key: str) -> str:
    tail = re.sub(r"\.ics$", "", key.rstrip("/").rsplit("/", 1)[-1].split(":")[-1], flags=re.I)
    tail = re.sub(r"[^A-Za-z0-9._-]+", "-", tail).strip("-.")[:40] or "feed"
    return f"{tail}-{sha256(key.encode()).hexdigest()[:10]}"


class DataPaths(NamedTuple):
    """All on-disk state. With ``--data-dir`` everything lives below one folder."""

    data: Path
    cache: Path
    config: Path

    @classmethod
    def under(cls, root: Path) -> "DataPaths":
        root = Path(root).expanduser()
        return cls(data=root, cache=root / "cache", config=root)

    @classmethod
    def default(cls) -> "DataPaths":
        import platformdirs

        return cls(
            data=Path(platformdirs.user_data_dir(APP_NAME.lower(), appauthor=False)),
            cache=Path(platformdirs.user_cache_dir(APP_NAME.lower(), appauthor=False)),
            config=Path(platformdirs.user_config_dir(APP_NAME.lower(), appauthor=False)),
        )

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike | None) -> "DataPaths":
        return cls.under(Path(data_dir)) if data_dir else cls.default()

    def picks(self, key: str) -> Path:
        return self.data / "picks" / f"{_slug(key)}.json"

    def export_state(self, key: str) -> Path:
        return self.data / "exports" / f"{_slug(key)}.json"

    def snapshot(self, key: str) -> Path:
        return self.data / "seen" / f"{_slug(key)}.json"

    def feed_cache(self, key: str) -> Path:
        return self.cache / "feeds" / f"{_slug(key)}.ics"

    @property
    def settings(self) -> Path:
        return self.config / "settings.json"

    @property
    def share_links(self) -> Path:
        return self.data / "share-links.json"

    def adopt(self, old_key: str, key: str) -> None:
        """Move the state kept under ``old_key`` (picks, change snapshot, export state) to ``key``, where
        ``key`` has none of its own yet: the same feed named another way before (see source.legacy_keys)."""
        for where in (self.picks, self.snapshot, self.export_state):
            old, new = where(old_key), where(key)
            if old.is_file() and not new.exists():
                try:
                    os.replace(old, new)
                except OSError:
                    pass  # left where it was: still there for a later try, nothing lost
