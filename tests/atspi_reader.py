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
out: dict = {"sessions": [], "focus": [], "checked": [], "unnamed": []}


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


def unnamed(node, depth=0):
    """Buttons, edit fields and labels with text that have no accessible name."""
    if node is None or depth > 25:
        return
    role = node.getRoleName()
    states = node.getState()
    showing = states.contains(pyatspi.STATE_SHOWING)
    if showing and not node.name:
        if role in ("push button", "toggle button", "check box", "radio button", "combo box", "spin button"):
            out["unnamed"].append(role)
        elif role in ("text", "entry", "password text") and states.contains(pyatspi.STATE_EDITABLE):
            out["unnamed"].append(role)
        elif role == "label":
            try:
                text = node.queryText().getText(0, -1)
            except NotImplementedError:
                text = ""
            if text.strip():
                out["unnamed"].append(f"label {text[:40]!r}")
    if role == "list" and node.name == "Schedule grid":
        return  # its children are the sessions, read below
    for i in range(node.childCount):
        unnamed(node.getChildAtIndex(i), depth + 1)


app, grid = find_app()
for i in range(grid.childCount):
    c = grid.getChildAtIndex(i)
    out["sessions"].append({"name": c.name, "description": c.description, "role": c.getRoleName()})
unnamed(app)


def on_event(ev):
    src = ev.source
    if ev.type.startswith("object:state-changed:focused") and ev.detail1 and src.getRoleName() == "list item":
        out["focus"].append(src.name)
    elif ev.type.startswith("object:state-changed:checked") and src.getRoleName() == "list item":
        out["checked"].append([src.name, bool(ev.detail1), src.getState().contains(pyatspi.STATE_CHECKED)])


pyatspi.Registry.registerEventListener(on_event, "object:state-changed:focused", "object:state-changed:checked")
loop = GLib.MainLoop()
steps = [
    lambda: grid.queryComponent().grabFocus(),
    lambda: pyatspi.Registry.generateKeyboardEvent(65364, None, pyatspi.KEY_SYM),  # Down
    lambda: pyatspi.Registry.generateKeyboardEvent(65364, None, pyatspi.KEY_SYM),  # Down
    lambda: pyatspi.Registry.generateKeyboardEvent(32, None, pyatspi.KEY_SYM),  # Space: star it
]


def step():
    if steps:
        steps.pop(0)()
        return True
    GLib.timeout_add(1500, loop.quit)
    return False


GLib.timeout_add(700, step)
GLib.timeout_add(20000, loop.quit)
loop.run()
print(json.dumps(out))
