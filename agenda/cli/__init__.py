"""Command line. ``agenda [FEED]`` opens the window; ``agenda COMMAND …`` runs a subcommand on the pure core
(agenda/cli/commands.py), and ``agenda COMMAND --help`` describes it.

Contract: exit 0 on success; 2 with one line on stderr for unusable input; never a traceback.
"""
from __future__ import annotations

import argparse
import sys

from . import personal, reading
from .commands import COMMANDS as _COMMANDS
from .commands import Context, UsageError, err

_ALL = {**_COMMANDS, **reading.COMMANDS}
COMMANDS = {**{name: _ALL[name] for name in ("list", "star", "unstar", "clashes", "export", "refresh", "share", "print")},
            **personal.COMMANDS}

__all__ = ["COMMANDS", "Context", "UsageError", "build_parser", "main"]

FEED_HELP = ("iCalendar feed, schedule.xml or schedule.json: a file, http(s):// or webcal:// URL, or - for standard "
             "input (default: the last feed opened, else the bundled one)")


class _Parser(argparse.ArgumentParser):
    """Errors are one line and exit 2 (no usage dump); help goes to the stdout main() was given."""

    def __init__(self, *args, out=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.out = out

    def error(self, message):
        raise UsageError(message)

    def _print_message(self, message, file=None):
        if message:
            (self.out or sys.stdout).write(message)

    def exit(self, status=0, message=None):
        if message:
            sys.stderr.write(message)
        raise _Exit(status)


class _Exit(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def _data_dir(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data-dir", metavar="DIR", help="keep all state (picks, settings, cache) in this folder")


def _tz(p: argparse.ArgumentParser) -> None:
    p.add_argument("--tz", metavar="ZONE", help="show times in this IANA zone (default: the venue's)")


def _also(p: argparse.ArgumentParser) -> None:
    p.add_argument("--also", action="append", metavar="FEED", default=[],
                   help="another conference's feed (path or URL) planned together with FEED; repeatable")


def build_parser(out=None) -> argparse.ArgumentParser:
    """``agenda COMMAND …``: one subparser per command, each with its own --help."""
    from ..core.output.export import EXPORT_DEFAULT_RULE

    top = _Parser(prog="agenda", out=out, description="Plan your conference from its schedule feed.")
    _data_dir(top)
    sub = top.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, summary: str, description: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=summary, description=description, out=out)
        _data_dir(p)
        return p

    p = command("list", "print the sessions", "Print the feed's sessions by day, with your stars (★ starred, ☆ maybe) "
                "and each session's id.")
    p.add_argument("feed", nargs="?", metavar="FEED", help=FEED_HELP)
    p.add_argument("--json", action="store_true",
                   help='print {"name", "timezone", "sessions": [...], "warnings": [...]}; each session has a '
                        '"feed" (its conference\'s name), and "feeds" lists them')
    _also(p)
    _tz(p)
    p = command("star", "star sessions", "Star sessions by id (see: agenda list), or mark them maybe.")
    p.add_argument("args", nargs="*", metavar="[FEED] ID", help="an optional FEED, then session ids")
    p.add_argument("--maybe", action="store_true", help="mark as a backup choice, which never counts as a clash")
    p = command("unstar", "unstar sessions", "Remove the star (or maybe) from sessions by id.")
    p.add_argument("args", nargs="*", metavar="[FEED] ID", help="an optional FEED, then session ids")
    p = command("clashes", "overlaps among your stars", "Overlaps and tight room changes among starred sessions.")
    p.add_argument("feed", nargs="?", metavar="FEED", help=FEED_HELP)
    p.add_argument("--json", action="store_true", help='print a JSON list of clashes (with --also, each has '
                                                      '"feeds": the conference of each of its "sessions")')
    p.add_argument("--room-change", type=int, metavar="MIN", help="minutes needed to change rooms")
    _also(p)
    _tz(p)
    p = command("export", "write my-agenda.ics", "Write your starred sessions as an iCalendar file that a phone "
                "calendar imports; importing it again updates the events instead of duplicating them.")
    p.add_argument("feed", nargs="?", metavar="FEED", help=FEED_HELP)
    p.add_argument("-o", "--output", metavar="PATH",
                   help=f"file to write, - for stdout (default: {EXPORT_DEFAULT_RULE})")
    p.add_argument("--star", action="append", metavar="ID", help="export exactly these ids (repeatable)")
    p.add_argument("--include-maybe", action="store_true", help="export maybes too")
    p.add_argument("--alarm", metavar="MIN|none", help="reminder this many minutes before each session, or none")
    _also(p)
    _tz(p)
    p = command("refresh", "report changes to your picks", "Re-read the feed and report what changed for your "
                'picks since you last looked: {"changes": [{"uid", "kind", "title", "before", "after"}], '
                '"new_sessions"} with --json.')
    p.add_argument("feed", nargs="?", metavar="FEED", help=FEED_HELP)
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    _tz(p)
    p = command("share", "send your agenda to a phone", "Serve your picks read-only at a secret URL for a "
                "phone on the same network: open the http:// URL to import it once (it cancels what you "
                "unstarred since the phone last did so), or subscribe to the webcal:// URL to follow every "
                "later change (the live set of your picks). The link (token and port) stays the same from one "
                'run to the next on the same address, until --new-link. --json prints {"url", "webcal"} as '
                "one line. Serves until interrupted (Ctrl+C), or with --once until the first Add once download.")
    p.add_argument("feed", nargs="?", metavar="FEED", help=FEED_HELP)
    p.add_argument("--bind", metavar="ADDR", help="address to serve on (default: this computer's address on the "
                                                  "network with the default route; 0.0.0.0 only if you give it)")
    p.add_argument("--port", type=_port, default=0, metavar="N",
                   help="port (default: the one this address used last time, else one the system picks)")
    p.add_argument("--new-link", action="store_true",
                   help="make a new secret link; links given out before stop working")
    p.add_argument("--once", action="store_true", help="stop after the first complete download of the http:// URL")
    p.add_argument("--json", action="store_true", help='print {"url": ..., "webcal": ...} as one JSON line')
    p.add_argument("--qr", action="store_true", help="print the URL as a QR code in the terminal (to stderr with --json)")
    p.add_argument("--include-maybe", action="store_true", help="serve maybes too")
    p.add_argument("--alarm", metavar="MIN|none", help="reminder this many minutes before each session, or none")
    _also(p)
    _tz(p)
    p = command("import-picks", "star what you picked elsewhere", "Star the sessions of a calendar file or URL "
                "of events: Sched's personal feed, a pretalx faved export, a calendar of bookmarks, a Giggity share link "
                "(https://ggt.gaa.st/#url=...&see=..., read without downloading), EventFahrplan's favourites shared as "
                "JSON or text, or Agenda's own export from another computer. Events are matched by UID (or "
                "schedule.xml event id), then URL, then start "
                'time and title; those that do not match are listed. --json prints {"starred", "already", '
                '"unmatched": [{"title", "start"}], "ambiguous": [{"title", "start", "candidates"}]}.')
    p.add_argument("args", nargs="+", metavar="[FEED] FILE_OR_URL", help="an optional FEED, then the file or URL to import")
    p.add_argument("--maybe", action="store_true", help="mark the imported sessions maybe instead of starring them")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    _tz(p)
    p = command("note", "a note on a session", "Keep a short personal note on a session (why you want to see it, a "
                "question to ask); it shows in the window, is searchable and goes into the export. '' removes it.")
    p.add_argument("args", nargs="+", metavar="[FEED] ID TEXT", help="an optional FEED, the session id, the note")
    p = command("add-item", "add an item of your own", "Add a meeting, a lunch or a booth shift of your own: it "
                "shows in the grid's Mine column, counts in clash checks like a star and is exported.")
    p.add_argument("feed", nargs="?", metavar="FEED", help=FEED_HELP)
    p.add_argument("--title", required=True, help="what it is")
    p.add_argument("--start", required=True, metavar="ISO", help="when it starts, e.g. 2026-04-07T12:30 (venue time "
                                                                   "unless an offset is given)")
    p.add_argument("--end", required=True, metavar="ISO", help="when it ends")
    p.add_argument("--where", metavar="W", help="where it is (optional)")
    p.add_argument("--json", action="store_true", help="print the item as JSON")
    _tz(p)
    p = command("print", "a PDF of your agenda, a page per day", "Write your picks as a PDF to print or keep: "
                "one page per day (more when they do not fit) with times, rooms, titles and speakers, clashes "
                "marked, free time shown. No display needed.")
    p.add_argument("feed", nargs="?", metavar="FEED", help=FEED_HELP)
    p.add_argument("-o", "--output", metavar="PATH",
                   help="PDF to write (default: my-agenda.pdf where export would write my-agenda.ics)")
    p.add_argument("--day", type=int, metavar="N", help="only the N-th day of the conference, from 1")
    p.add_argument("--include-maybe", action="store_true", help="print maybes too, set apart")
    p.add_argument("--paper", choices=("a4", "letter"), help="paper size (default: from the locale)")
    p.add_argument("--room-change", type=int, metavar="MIN", help="flag room changes tighter than this")
    _also(p)
    _tz(p)
    return top


def _port(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = -1
    if not 0 <= n <= 65535:
        raise argparse.ArgumentTypeError(f"a port from 0 to 65535, not {text!r}")
    return n


def build_gui_parser(out=None) -> argparse.ArgumentParser:
    """``agenda [FEED]``: the window."""
    p = _Parser(prog="agenda", out=out, description="Plan your conference. Commands: " + ", ".join(COMMANDS)
                + " (agenda COMMAND --help describes each).")
    _data_dir(p)
    p.add_argument("feed", nargs="?", metavar="FEED", help=FEED_HELP)
    _tz(p)
    p.add_argument("--screenshot", metavar="PATH", help="render the main window offscreen to a PNG and exit")
    p.add_argument("--day", type=int, default=None, metavar="N", help="with --screenshot: day number, from 1")
    p.add_argument("--size", default="1366x768", metavar="WxH", help="with --screenshot: window size")
    p.add_argument("--greyscale", action="store_true", help="with --screenshot: save the picture in greyscale")
    from ..core.settings import THEMES

    p.add_argument("--theme", choices=THEMES, default=None,
                   help="the window's look this time (default: the one chosen in View → Theme)")
    p.add_argument("--version", action="store_true", help="print the version and exit")
    return p


def _file_url_path(url: str) -> str:
    from urllib.parse import unquote, urlsplit

    return unquote(urlsplit(url).path)


def main(argv: list[str] | None = None, *, stdout=None, stderr=None, stdin=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--parse-worker"]:  # a frozen app runs its own parse workers (core/feeds/workers.py)
        from ..core.feeds.worker import run, voc_args

        return run(argv[1] if len(argv) > 1 else "<feed>", voc=voc_args(argv[2:]))
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    # A file manager or browser (the desktop file's %u) may pass a local feed as a file:// URL.
    argv = [_file_url_path(a) if a.lower().startswith("file://") else a for a in argv]
    try:
        return _main(argv, stdout, stderr, stdin)
    except KeyboardInterrupt:
        return 130


def _main(argv, stdout, stderr, stdin) -> int:
    from ..core.errors import AgendaError
    from ..core.settings import Settings
    from ..core.storage import DataPaths

    command = argv[0] if argv and argv[0] in COMMANDS else None
    try:
        ns = build_parser(stdout).parse_args(argv) if command else build_gui_parser(stdout).parse_args(argv)
    except UsageError as exc:
        print(f"agenda{' ' + command if command else ''}: {exc}", file=stderr)
        return 2
    except _Exit as done:  # --help
        return done.status
    paths = DataPaths.resolve(ns.data_dir)
    settings = Settings.load(paths.settings)
    ctx = Context(paths, settings, stdout, stderr, stdin)
    for problem in settings.problems:
        err(ctx, problem)
    try:
        if command is None:
            if ns.version:
                from .. import __version__

                print(f"agenda {__version__}", file=stdout)
                return 0
            from ..ui.app import run_gui

            return run_gui(ns, ctx)
        return COMMANDS[command](ctx, ns)
    except AgendaError as exc:  # something the user can fix: one line, exit 2
        err(ctx, exc.one_line())
        return 2
    except BrokenPipeError:  # `agenda list | head`: stop quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug: one line naming the crash log that holds the traceback
        err(ctx, bug_report(exc, paths.data))
        return 1


def bug_report(exc: BaseException, folder) -> str:
    """One line for the user saying this is a bug in Agenda, with the traceback appended to crash.log in
    ``folder`` (the data folder) whose path the line names; never the traceback itself on screen."""
    import time
    import traceback
    from pathlib import Path

    what = f"{exc.__class__.__name__}: {str(exc).splitlines()[0][:200]}" if str(exc) else exc.__class__.__name__
    log = Path(folder) / "crash.log"
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with open(log, "a", encoding="utf-8", errors="replace") as fh:
            fh.write(f"--- {time.strftime('%Y-%m-%dT%H:%M:%S%z')} agenda {' '.join(sys.argv[1:])[:500]}\n")
            fh.write("".join(traceback.format_exception(exc)))
        where = f"; details in {log}"
    except OSError:
        where = ""
    return f"internal error (a bug in Agenda, please report it): {what}{where}"
