"""Start the window (or render it to a PNG with --screenshot)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from .. import APP_ID, APP_NAME, __version__
from ..bundle import ICON, bundled_feed, resource


def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in text.lower().split("x"))
        if w < 200 or h < 150 or w > 10000 or h > 10000:
            raise ValueError
        return w, h
    except ValueError:
        from ..core.errors import InputError

        raise InputError(f"--size takes WIDTHxHEIGHT such as 1366x768, not {text!r}") from None


def uses_pyside(module) -> bool | None:
    """Whether ``module``'s source names PySide6, read straight from its file; None when it has no .py file."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return None
    try:
        with open(path, "rb") as f:
            return b"PySide6" in f.read()
    except OSError:
        return None


def quicker_feature_hook() -> None:
    """PySide6's import hook (its ``__feature__`` support, shibokensupport/feature.py) asks of every module
    imported after PySide6 whether its source names PySide6, and answers with inspect.getsource, which
    goes over all of sys.modules on each call: 7-9 ms of every start-up for the ~80 modules the window
    imports. Same question, same answer (0: uses PySide, -1: ignore, in PySide's table), read from the
    module's file; a module without a .py file still goes to PySide's own answer. Should a PySide6
    version not have these names, its hook stays as it is (tests/test_startup.py compares the answers)."""
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    original = getattr(feature, "feature_imported", None)
    if not isinstance(table, dict) or original is None or getattr(original, "quicker", False):
        return

    def feature_imported(module) -> None:
        name = getattr(module, "__name__", None)
        if name in table:
            return
        uses = uses_pyside(module)
        if uses is None:
            original(module)
        else:
            table[name] = 0 if uses else -1

    feature_imported.quicker = True  # type: ignore[attr-defined]
    feature.feature_imported = feature_imported


def make_app(argv: list[str] | None = None):
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    quicker_feature_hook()
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    QGuiApplication.setDesktopFileName(APP_ID)
    icon = resource(ICON)
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def prepare(ctx, feed: str | None, tz: str | None):
    """The Qt-free part of opening the window, done before PySide6 is imported: which feed to open, and
    its schedule from the cache; a feed not parsed before starts parsing in worker processes, which
    work while this process imports Qt and builds the window (build_window collects the result).

    Returns (source, pending): a core.loading.PendingLoad, or None for a URL or an unusable file (the
    window then fetches or reports it). Doing this first is also what keeps start-up short: PySide6 reads the source of every
    module imported after it (its __feature__ import hook), so the core is imported here, before Qt.
    """
    from ..core.feeds import loading
    from ..core.feeds import source as src

    source = feed or src.default_feed(ctx.settings.last_feed)
    pending = None
    if not src.is_url(source):
        try:
            pending = loading.start_local(source, ctx.paths.cache, tz=tz)
        except src.FeedError:
            pass
    # The rest of the core the window uses, after start_local: a parse it started is under way meanwhile.

    return source, pending


def collect(prepared):
    """What prepare() returned, with the parse it started (if any) finished. Raises FeedError."""
    source, pending = prepared
    if pending is not None:
        pending.result()
    return source, pending


def build_window(ctx, feed: str | None, tz: str | None = None, clock=None, prepared=None, theme: str | None = None):
    """Controller + main window on a feed (falls back to the bundled one if the feed is unusable).

    ``prepared`` is what :func:`prepare` returned for this feed, if it ran. A feed its workers are still
    parsing is not waited for: the window shows, says it is loading, and gets the schedule when they are done."""
    from PySide6.QtWidgets import QApplication

    from . import i18n
    from .controller import Controller
    from .idle import Idle
    from .window.main_window import MainWindow

    # The window's language (and Qt's own dialogs'), and its dates, before any of it is made.
    i18n.use_dates(i18n.install(QApplication.instance(), ctx.settings.language), ctx.settings.clock)
    from .theme import apply_theme, use_fusion_bars

    theme = theme or ctx.settings.theme
    if theme != "system":
        apply_theme(QApplication.instance(), theme)
    idle = Idle()  # the window's idle-time scheduler; the controller's follow-up work waits for the first frame
    def fusion_bars() -> bool:
        """Fusion's scroll bars, quicker (fusion_bars.py), once the first frame is painted: the Python types
        it needs cost more than that frame's scroll bars do when Fusion draws them. A job of one step in its
        own turn, after the one-off calls queued for that moment (the controller's, the window's)."""
        use_fusion_bars(QApplication.instance())
        return False  # done

    idle.run("fusion-bars", fusion_bars)
    ctl = Controller(ctx.paths, ctx.settings, bundled=bundled_feed(), clock=clock, explicit_tz=tz, later=idle.once)
    win = MainWindow(ctl, idle)
    from ..core.feeds.source import default_feed

    usual = default_feed(ctx.settings.last_feed)  # the feed open last time (else the bundled one)
    source, pending = (feed or usual, None) if prepared is None else prepared
    # Should FEED fail, the feed open last time opens instead (said with the error), not a stranger.
    back = usual if usual != source else str(bundled_feed())
    if not ctl.open_feed(source, pending=pending, fallback=back) and source != back:
        ctl.open_feed(back)
    return ctl, win


# Libraries Qt's X11 plugin needs (Qt 6.5+) that minimal systems may lack: Qt aborts without them.
# Keyed by soname: loading one is the same lookup Qt's plugin will do (and much cheaper than asking ldconfig).
X11_LIBS = {"libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
            "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0"}


def _loadable(soname: str) -> bool:
    import ctypes

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def display_problem(environ=None) -> str | None:
    """Why a window cannot open here, as one line; None when it can (or we cannot tell)."""
    environ = os.environ if environ is None else environ
    if environ.get("QT_QPA_PLATFORM"):
        return None  # the user chose a platform plugin: let Qt decide
    if environ.get("WAYLAND_DISPLAY"):
        return None
    if not environ.get("DISPLAY"):
        if sys.platform.startswith("linux"):
            return ("no display found (DISPLAY is not set): run Agenda in a desktop session, "
                    "or use --screenshot PATH to render offscreen")
        return None
    if not sys.platform.startswith("linux"):
        return None
    missing = [pkg for lib, pkg in X11_LIBS.items() if not _loadable(lib)]
    if missing:
        return ("Qt cannot open an X11 window: missing libraries; install them "
                f"(Debian/Ubuntu: sudo apt install {' '.join(missing)})")
    return None


def hold_collections():
    """Start-up makes many long-lived objects (the schedule, Qt's wrappers); the garbage collector going
    over them again and again costs tens of milliseconds at 10,000 sessions. So no collection until the
    first frame. Returns the function to call once the window is ready (MainWindow.after_ready), with the
    window's controller: from then on a Collector (collector.py), the controller's child, collects in the
    GUI thread only, between event-loop turns; Python's automatic collection stays off."""
    import gc

    gc.disable()

    def release(controller) -> None:
        from .collector import Collector

        Collector(controller, settled=(controller.scheduleChanged,), busy=lambda: controller.busy)  # (its parent keeps it)

    return release


def run_gui(ns, ctx) -> int:
    from ..core.feeds.tz import zone

    if ns.tz:
        zone(ns.tz)  # UnknownZone (an AgendaError) -> one-line error, exit 2
    if ns.screenshot:
        size = parse_size(ns.size)
        if not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return screenshot(ctx, ns.feed, Path(ns.screenshot), size, ns.day, ns.tz, ns.theme, ns.greyscale)
    problem = display_problem()
    if problem:  # a clear line instead of Qt's abort
        print(f"agenda: {problem}", file=ctx.stderr)
        return 2
    release = hold_collections()
    prepared = prepare(ctx, ns.feed, ns.tz)
    app = make_app()
    ctl, win = build_window(ctx, ns.feed, ns.tz, prepared=prepared, theme=ns.theme)
    del prepared  # the feed's bytes: not needed any more (6 MB at 10,000 sessions)
    win.after_ready(lambda: release(ctl))
    win.view_options.show_placed()
    return app.exec()


def screenshot(ctx, feed: str | None, target: Path, size: tuple[int, int], day: int | None, tz: str | None,
               theme: str | None = None, greyscale: bool = False) -> int:
    from ..core.feeds.loading import load_local
    from ..core.feeds.source import FeedError

    prepared = prepare(ctx, feed, tz)
    app = make_app()
    try:
        prepared = collect(prepared)
        if feed and prepared[1] is None and "://" not in feed:
            load_local(feed, ctx.paths.cache, tz=tz)  # raises: a bad feed is an error here, not a silent fallback
    except FeedError as exc:
        if feed:
            print(f"agenda: {exc}", file=ctx.stderr)
            return 2
        prepared = (prepared[0], None)
    ctl, win = build_window(ctx, feed, tz, prepared=prepared, theme=theme)
    win.resize(*size)
    win.show()
    if day is not None:
        if not 1 <= day <= len(win.days.dates):
            print(f"agenda: --day {day}: the feed has {len(win.days.dates)} day(s)", file=ctx.stderr)
            return 2
        win.days.set_day(day - 1)
    for _ in range(5):
        app.processEvents()
    image = win.grab()
    if greyscale:  # as a reader who sees no colour does (or a greyscale printout)
        from PySide6.QtGui import QImage

        image = image.toImage().convertToFormat(QImage.Format_Grayscale8)
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        print(f"agenda: {target}: cannot write the screenshot", file=ctx.stderr)
        return 2
    print(f"wrote {target} ({image.width()}x{image.height()})", file=ctx.stderr)
    win.close()
    return 0
