"""The typed result of a background job (a fetch, a parse off the UI thread): ``Done`` with its value, or
``Failed`` with the error object, never a string to sniff. ``run`` turns a call into one of them.

Plain classes (no dataclass or typing.Generic): this module is on the window's start-up path."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .errors import AgendaError


class Done:
    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


class Failed:
    """``error``: an AgendaError (the user can fix it; its message is one line) or any other exception (a bug
    in Agenda: :meth:`message` says so)."""

    __slots__ = ("error",)

    def __init__(self, error: BaseException) -> None:
        self.error = error

    def message(self, source: str = "") -> str:
        if isinstance(self.error, AgendaError):
            return self.error.one_line()
        text = str(self.error).splitlines()[0][:200] if str(self.error) else ""
        where = f"{source}: " if source else ""
        return f"{where}internal error (a bug in Agenda): {self.error.__class__.__name__}" + (f": {text}" if text else "")


def run(fn: Callable[[], Any]) -> Done | Failed:
    """Call ``fn``; its value as Done, or what it raised as Failed (never lets an exception escape a thread)."""
    try:
        return Done(fn())
    except Exception as exc:  # noqa: BLE001 - a worker thread must not die silently; Failed.message tells a bug apart
        return Failed(exc)


__all__ = ["Done", "Failed", "run"]
