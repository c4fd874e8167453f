"""Read Agenda's window as a screen reader does, through AT-SPI (pyatspi, run by the system's python3):
print one JSON line with what it found. Started by tests/test_screen_reader.py inside a D-Bus session with
the accessibility bus, beside the app. Usage: atspi_reader.py APP_NAME"""
from __future__ import annotations

import json
import sys
import time

import pyatspi
from gi.repository import GLib

APP = sys.argv[1]
out: dict = {"sessions": [], "focus": [], "checked": [], "unnamed": [], "list": [], "toggled": [], "dialogs": {}}


def find_app():
    deadline = time.time() + 30
    while time.time() < deadline:
        desk = pyatspi.Registry.getDesktop(0)
        for i in range(desk.childCount):
            a = desk.getChildAtIndex(i)
            if a is not None and a.name == APP:
                grid = find(a, lambda x: x.getRoleName() == "list" and x.name == "Schedule grid")
                if grid is not None and grid.childCount:
                    return a, grid
        time.sleep(0.3)
    raise SystemExit(json.dumps({"error": "no Agenda window with a schedule grid on the accessibility bus"}))


def find(node, want, depth=0):
    if node is None or depth > 25:
        return None
    if want(node):
        return node
    for i in range(node.childCount):
        hit = find(node.getChildAtIndex(i), want, depth + 1)
        if hit is not None:
            return hit
    return None


def unnamed(node, depth=0, into=None):
    """Buttons, edit fields and labels with text that have no accessible name."""
    into = out["unnamed"] if into is None else into
    if node is None or depth > 25:
        return
    role = node.getRoleName()
    states = node.getState()
    showing = states.contains(pyatspi.STATE_SHOWING)
    if showing and not node.name:
        if role in ("push button", "toggle button", "check box", "radio button", "combo box", "spin button"):
            into.append(role)
        elif role in ("text", "entry", "password text") and states.contains(pyatspi.STATE_EDITABLE):
            into.append(role)
        elif role == "label":
            try:
                text = node.queryText().getText(0, -1)
            except NotImplementedError:
                text = ""
            if text.strip():
                into.append(f"label {text[:40]!r}")
    if role == "list" and node.name in ("Schedule grid", "Schedule list"):
        return  # its children are the sessions, read below
    for i in range(node.childCount):
        unnamed(node.getChildAtIndex(i), depth + 1, into)


def menu_item(name):
    """A menu item of the window's menu bar, by its name (as a screen reader user finds it)."""
    return find(app, lambda x: x.getRoleName() in ("menu item", "check menu item") and x.name.replace("&", "") == name)


def click(node):
    node.queryAction().doAction(0)


def read_list():
    """After View → List view (chosen through its menu item): the list's rows, what a row offers as actions,
    and the list given the focus (the next steps move and star with the keys)."""
    lst = find(app, lambda x: x.getRoleName() in ("list", "table") and x.name == "Schedule list")
    if lst is None:
        out["list"].append("no list")
        return
    rows = [lst.getChildAtIndex(i) for i in range(lst.childCount)]
    out["list"] = [{"name": r.name, "description": r.description, "role": r.getRoleName()} for r in rows if r is not None]
    action = rows[0].queryAction()
    out["row_actions"] = [action.getName(i) for i in range(action.nActions)]
    out["list_events_from"] = [len(out["focus"]), len(out["checked"])]
    lst.queryComponent().grabFocus()


def star_by_action():
    """A session starred through its accessible action, as Orca's or a switch user's "activate" does: the
    actions of a session the keys have not reached, then its toggle action done; its checked state read back."""
    global acted
    acted = next(i for i in range(grid.childCount) if grid.getChildAtIndex(i).name not in out["focus"]
                 and not grid.getChildAtIndex(i).getState().contains(pyatspi.STATE_CHECKED))
    item = grid.getChildAtIndex(acted)
    action = item.queryAction()
    out["session_actions"] = [[action.getName(i), action.getDescription(i), action.getKeyBinding(i)]
                              for i in range(action.nActions)]
    names = [action.getName(i).lower() for i in range(action.nActions)]
    out["star_action_on"] = item.name
    action.doAction(names.index("toggle"))


def star_by_action_read():
    item = grid.getChildAtIndex(acted)
    out["star_action_checked"] = item.getState().contains(pyatspi.STATE_CHECKED)


def open_dialog(name):
    """A menu item that opens a dialog: the dialog's unnamed controls, then Cancel or Close."""
    click(menu_item(name))
    time.sleep(1.0)
    dialog = find(app, lambda x: x.getRoleName() in ("dialog", "file chooser") and
                  x.getState().contains(pyatspi.STATE_SHOWING), depth=0)
    if dialog is None:
        out["dialogs"][name] = ["no dialog"]
        return
    missing: list = []
    unnamed(dialog, 0, missing)
    out["dialogs"][name] = missing
    close = find(dialog, lambda x: x.getRoleName() == "push button" and x.name.replace("&", "") in ("Cancel", "Close"))
    if close is not None:
        click(close)
    else:
        pyatspi.Registry.generateKeyboardEvent(65307, None, pyatspi.KEY_SYM)  # Escape


app, grid = find_app()
for i in range(grid.childCount):
    c = grid.getChildAtIndex(i)
    out["sessions"].append({"name": c.name, "description": c.description, "role": c.getRoleName()})
unnamed(app)


def on_event(ev):
    src = ev.source
    if ev.type.startswith("object:state-changed:focused") and ev.detail1 and src.getRoleName() == "list item":
        out["focus"].append(src.name)
    elif ev.type.startswith("object:state-changed:checked") and src.getRoleName() in ("list item", "table cell"):
        out["checked"].append([src.name, bool(ev.detail1), src.getState().contains(pyatspi.STATE_CHECKED)])


pyatspi.Registry.registerEventListener(on_event, "object:state-changed:focused", "object:state-changed:checked")
loop = GLib.MainLoop()
steps = [
    lambda: grid.queryComponent().grabFocus(),
    lambda: pyatspi.Registry.generateKeyboardEvent(65364, None, pyatspi.KEY_SYM),  # Down
    lambda: pyatspi.Registry.generateKeyboardEvent(65364, None, pyatspi.KEY_SYM),  # Down
    lambda: pyatspi.Registry.generateKeyboardEvent(32, None, pyatspi.KEY_SYM),  # Space: star it
    star_by_action,
    star_by_action_read,
    lambda: click(menu_item("List view")),
    read_list,
    lambda: pyatspi.Registry.generateKeyboardEvent(65364, None, pyatspi.KEY_SYM),  # Down
    lambda: pyatspi.Registry.generateKeyboardEvent(65364, None, pyatspi.KEY_SYM),  # Down
    lambda: pyatspi.Registry.generateKeyboardEvent(32, None, pyatspi.KEY_SYM),  # Space: star it
    lambda: open_dialog("Export my agenda…"),
    lambda: open_dialog("Add my own item…"),
    lambda: open_dialog("Keyboard shortcuts"),
    lambda: open_dialog("Send to phone…"),
    lambda: open_dialog("Add a conference from URL…"),
    lambda: open_dialog("Minutes to change rooms…"),
    lambda: open_dialog("Open URL…"),
    lambda: open_dialog("Import picks from URL…"),
]


def step():
    if steps:
        try:
            steps.pop(0)()
        except Exception as exc:  # said in the output: the test shows it
            out.setdefault("errors", []).append(repr(exc))
        return True
    GLib.timeout_add(2000, loop.quit)
    return False


GLib.timeout_add(700, step)
GLib.timeout_add(60000, loop.quit)
loop.run()
print(json.dumps(out))
