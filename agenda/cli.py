"""Command line. ``agenda [FEED]`` opens the window; subcommands use the pure core directly.

Contract: exit 0 on success; 2 with one line on stderr for unusable input; never a traceback.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import timezone
from pathlib import Path
from typing import NamedTuple

from .bundle import bundled_feed
from .core.fetch import is_url

COMMANDS = ("list", "star", "unstar", "clashes", "export", "refresh")


class UsageError(Exception):
    pass


def looks_like_feed(arg: str) -> bool:
    return arg == "-" or is_url(arg) or arg.lower().endswith((".ics", ".ical", ".ifb", ".icalendar")) or Path(arg).is_file()


class Context(NamedTuple):
    """What every command needs, passed in explicitly (no globals)."""

    paths: "object"
    settings: "object"
    stdout: object
    stderr: object
    stdin: object


def _err(ctx: Context, message: str) -> None:
    print(f"agenda: {message}", file=ctx.stderr)


def default_feed(settings) -> str:
    """The last feed opened (if it is still there), else the bundled one."""
    last = settings.last_feed
    if last and (is_url(last) or Path(last).is_file()):
        return last
    return str(bundled_feed())


def load_schedule(ctx: Context, source: str | None, tz: str | None):
    """(schedule, feed_key). Raises FeedError for unusable input."""
    from .core.cache import read_cached
    from .core.source import read_source
    from .core.storage import feed_key

    source = source or default_feed(ctx.settings)
    if is_url(source):
        from .core.fetch import load_url

        notes: list[str] = []
        data, name = load_url(source, ctx.paths, notes=notes)
        for note in notes:
            _err(ctx, note)
        return read_cached(data, name, ctx.paths.cache, tz=tz), feed_key(source)
    data, name = read_source(source, stdin=ctx.stdin)
    return read_cached(data, name, ctx.paths.cache, tz=tz), feed_key(source, bundled_feed())


def _pick_store(ctx: Context, key: str):
    from .core.picks import PicksStore

    store = PicksStore.open(ctx.paths.picks(key), key)
    if store.problem:
        _err(ctx, store.problem)
    return store


def _split_feed_and_ids(args: list[str]) -> tuple[str | None, list[str]]:
    if args and looks_like_feed(args[0]):
        return args[0], args[1:]
    return None, args


# ------------------------------------------------------------------------------------------ commands
def session_json(s, zone, state: str | None) -> dict:
    return {
        "uid": s.uid,
        "title": s.title,
        "speakers": list(s.speakers),
        "speaker_text": s.speaker_text,
        "track": s.track,
        "room": s.room,
        "venue": s.venue,
        "start": s.start.astimezone(zone).isoformat(),
        "end": s.end.astimezone(zone).isoformat(),
        "url": s.url,
        "description": s.description,
        "starred": True if state == "star" else "maybe" if state == "maybe" else False,
        "all_day": s.all_day,
        "cancelled": s.cancelled,
        "offsite": s.offsite,
    }


def cmd_list(ctx: Context, ns) -> int:
    from .core.tz import zone as get_zone

    schedule, key = load_schedule(ctx, ns.feed, ns.tz)
    store = _pick_store(ctx, key)
    zone = get_zone(schedule.timezone)
    if ns.json:
        out = {
            "name": schedule.name,
            "timezone": schedule.timezone,
            "sessions": [session_json(s, zone, store.state(s.uid)) for s in schedule.sessions],
            "warnings": list(schedule.warnings),
        }
        json.dump(out, ctx.stdout, ensure_ascii=False, indent=1)
        ctx.stdout.write("\n")
        return 0
    w = ctx.stdout.write
    w(f"{schedule.name}: {len(schedule.sessions)} sessions, times in {schedule.timezone}\n")
    day = None
    for s in schedule.sessions:
        start = s.start.astimezone(zone)
        if start.date() != day:
            day = start.date()
            w(f"\n{start:%A %d %B %Y}\n")
        state = store.state(s.uid)
        mark = "★" if state == "star" else "☆" if state == "maybe" else " "
        when = "all day    " if s.all_day else f"{start:%H:%M}–{s.end.astimezone(zone):%H:%M}"
        who = f" — {s.speaker_text}" if s.speaker_text else ""
        where = s.room or s.venue or "-"
        w(f" {mark} {when}  {where[:18]:<18}  {s.title}{who}  [{s.uid}]\n")
    for warning in schedule.warnings:
        print(f"agenda: warning: {warning}", file=ctx.stderr)
    return 0


def cmd_star(ctx: Context, ns, state: str | None) -> int:
    from .core.storage import StorageError

    feed, ids = _split_feed_and_ids(ns.args)
    if not ids:
        raise UsageError("give at least one session id (see: agenda list)")
    schedule, key = load_schedule(ctx, feed, None)
    unknown = [i for i in ids if schedule.get(i) is None]
    if unknown and state is not None:
        raise UsageError(f"no session with id {unknown[0]!r} in {schedule.source} (see: agenda list)")
    store = _pick_store(ctx, key)
    try:
        store.update({i: state for i in ids})
    except StorageError as exc:
        _err(ctx, str(exc))
        return 2
    verb = "unstarred" if state is None else "marked maybe" if state == "maybe" else "starred"
    print(f"{verb} {len(ids)} session{'s' if len(ids) != 1 else ''}", file=ctx.stderr)
    return 0


def cmd_clashes(ctx: Context, ns) -> int:
    from .core.clashes import find_clashes
    from .core.tz import zone as get_zone

    schedule, key = load_schedule(ctx, ns.feed, ns.tz)
    store = _pick_store(ctx, key)
    minutes = ns.room_change if ns.room_change is not None else ctx.settings.room_change_minutes
    picked = [s for s in schedule.sessions if store.state(s.uid) == "star"]
    clashes = find_clashes(picked, minutes)
    zone = get_zone(schedule.timezone)
    if ns.json:
        json.dump([c.to_json(zone) for c in clashes], ctx.stdout, ensure_ascii=False, indent=1)
        ctx.stdout.write("\n")
        return 0
    if not clashes:
        ctx.stdout.write(f"No clashes among {len(picked)} starred sessions.\n")
        return 0
    for c in clashes:
        titles = " / ".join(schedule.get(u).title for u in c.sessions)
        start = c.start.astimezone(zone)
        if c.kind == "overlap":
            ctx.stdout.write(f"{start:%a %d %b %H:%M}  overlap {c.minutes} min: {titles}\n")
        else:
            ctx.stdout.write(f"{start:%a %d %b %H:%M}  tight transfer, {c.minutes} min gap: {titles}\n")
    return 0


def cmd_export(ctx: Context, ns) -> int:
    from .core.export import write_export
    from .core.storage import StorageError

    schedule, key = load_schedule(ctx, ns.feed, ns.tz)
    if ns.alarm is None:
        alarm = ctx.settings.alarm_minutes
    elif ns.alarm.lower() == "none":
        alarm = None
    else:
        try:
            alarm = int(ns.alarm)
            if alarm < 0:
                raise ValueError
        except ValueError:
            raise UsageError(f"--alarm takes minutes (0 or more) or 'none', not {ns.alarm!r}") from None
    if ns.star:
        unknown = [i for i in ns.star if schedule.get(i) is None]
        if unknown:
            raise UsageError(f"no session with id {unknown[0]!r} in {schedule.source}")
        ids = list(ns.star)
    else:
        store = _pick_store(ctx, key)
        wanted = {"star", "maybe"} if ns.include_maybe else {"star"}
        ids = [s.uid for s in schedule.sessions if store.state(s.uid) in wanted]
    if ns.output == "-":
        target = None
    else:
        target = Path(ns.output) if ns.output else default_export_path(ctx.settings)
    try:
        result = write_export(
            schedule,
            ids,
            target,
            ctx.paths.export_state(key),
            alarm_minutes=alarm,
            stdout=getattr(ctx.stdout, "buffer", None) or sys.stdout.buffer,
        )
    except StorageError as exc:
        _err(ctx, f"export failed: {exc}")
        return 2
    where = "standard output" if target is None else str(target)
    extra = f" and {result.cancelled} cancellation{'s' if result.cancelled != 1 else ''}" if result.cancelled else ""
    print(f"exported {result.exported} session{'s' if result.exported != 1 else ''}{extra} to {where}", file=ctx.stderr)
    return 0


def default_export_path(settings) -> Path:
    """my-agenda.ics in the folder used last, else in the user's Documents."""
    if settings.export_dir:
        return Path(settings.export_dir) / "my-agenda.ics"
    import platformdirs

    return Path(platformdirs.user_documents_dir()) / "my-agenda.ics"


def cmd_refresh(ctx: Context, ns) -> int:
    from .core.fetch import refresh_command

    return refresh_command(ctx, ns)


# -------------------------------------------------------------------------------------------- parsing
class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, exit 2, no usage dump
        raise UsageError(message)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data-dir", help="keep all state (picks, settings, cache) in this folder")


def build_parser(command: str) -> argparse.ArgumentParser:
    p = _Parser(prog=f"agenda {command}")
    _common(p)
    if command == "list":
        p.add_argument("feed", nargs="?", help="feed file, URL or - for stdin")
        p.add_argument("--json", action="store_true")
        p.add_argument("--tz", help="display time zone (IANA name)")
    elif command in ("star", "unstar"):
        p.add_argument("args", nargs="*", metavar="[FEED] ID")
        if command == "star":
            p.add_argument("--maybe", action="store_true", help="mark as a backup choice")
    elif command == "clashes":
        p.add_argument("feed", nargs="?")
        p.add_argument("--json", action="store_true")
        p.add_argument("--room-change", type=int, metavar="MIN", help="minutes needed to change rooms")
        p.add_argument("--tz")
    elif command == "export":
        p.add_argument("feed", nargs="?")
        p.add_argument("-o", "--output", metavar="PATH", help="file to write, - for stdout (default: Documents/my-agenda.ics)")
        p.add_argument("--star", action="append", metavar="ID", help="export exactly these ids (repeatable)")
        p.add_argument("--include-maybe", action="store_true")
        p.add_argument("--alarm", metavar="MIN|none")
        p.add_argument("--tz")
    elif command == "refresh":
        p.add_argument("feed", nargs="?")
        p.add_argument("--json", action="store_true")
        p.add_argument("--tz")
    return p


def build_gui_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="agenda", description="Plan your conference. Commands: " + ", ".join(COMMANDS))
    _common(p)
    p.add_argument("feed", nargs="?", help="feed file or URL (default: the last one opened, else the bundled feed)")
    p.add_argument("--tz", help="display time zone (IANA name)")
    p.add_argument("--screenshot", metavar="PATH", help="render the main window offscreen to a PNG and exit")
    p.add_argument("--day", type=int, default=None, metavar="N", help="with --screenshot: day number, from 1")
    p.add_argument("--size", default="1366x768", metavar="WxH")
    p.add_argument("--version", action="store_true")
    return p


def main(argv: list[str] | None = None, *, stdout=None, stderr=None, stdin=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--parse-worker"]:  # a frozen app runs its own parse workers (core/feed.py)
        from .core.worker import run

        return run(argv[1] if len(argv) > 1 else "<feed>")
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    try:
        return _main(argv, stdout, stderr, stdin)
    except KeyboardInterrupt:
        return 130


def _main(argv, stdout, stderr, stdin) -> int:
    from .core.source import FeedError
    from .core.settings import Settings
    from .core.storage import DataPaths, StorageError

    command = argv[0] if argv and argv[0] in COMMANDS else None
    try:
        ns = (build_parser(command).parse_args(argv[1:]) if command else build_gui_parser().parse_args(argv))
    except UsageError as exc:
        print(f"agenda{' ' + command if command else ''}: {exc}", file=stderr)
        return 2
    paths = DataPaths.resolve(ns.data_dir)
    settings = Settings.load(paths.settings)
    ctx = Context(paths, settings, stdout, stderr, stdin)
    if settings.problem:
        _err(ctx, settings.problem)
    try:
        if command is None:
            if ns.version:
                from . import __version__

                print(f"agenda {__version__}", file=stdout)
                return 0
            from .ui.app import run_gui

            return run_gui(ns, ctx)
        if command == "list":
            return cmd_list(ctx, ns)
        if command == "star":
            return cmd_star(ctx, ns, "maybe" if ns.maybe else "star")
        if command == "unstar":
            return cmd_star(ctx, ns, None)
        if command == "clashes":
            return cmd_clashes(ctx, ns)
        if command == "export":
            return cmd_export(ctx, ns)
        if command == "refresh":
            return cmd_refresh(ctx, ns)
    except (FeedError, UsageError, StorageError, ValueError) as exc:
        _err(ctx, str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__)
        return 2
    except BrokenPipeError:  # `agenda list | head`: stop quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # last resort: still one line, never a traceback
        _err(ctx, f"internal error: {exc.__class__.__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
