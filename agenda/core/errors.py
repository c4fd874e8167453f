"""The one family of errors the core raises for things a person can fix: ``AgendaError`` and its subclasses.

Each carries a one-line message for the user, naming the file (and line) or the value at fault. The CLI
turns any ``AgendaError`` into that line and exit status 2; anything else that escapes is a bug, reported
as such (see ``agenda.cli``), never mistaken for bad input.
"""
from __future__ import annotations


class AgendaError(Exception):
    """Something the user can fix. ``str(err)`` is one line."""

    def one_line(self) -> str:
        text = str(self)
        return text.splitlines()[0] if text else self.__class__.__name__


class FeedError(AgendaError):
    """The input cannot be used at all. ``str(err)`` is one line naming the source (and line)."""


class StorageError(AgendaError):
    """A state file could not be written or read. ``str(err)`` is one line naming the file."""


class ShareError(AgendaError):
    """The share server could not start (address not on this computer, port in use)."""


class InputError(AgendaError, ValueError):
    """A value the user typed is unusable: an unknown time zone, an item that ends before it starts, an
    unknown pick state. (Also a ValueError, so code that parses user input with ``except ValueError``
    keeps working.)"""


class UnknownZone(InputError):
    """Not an IANA time zone name."""


class InvalidSession(AgendaError):
    """A session that breaks the model's rules (naive times, ending before it starts)."""


__all__ = ["AgendaError", "FeedError", "InputError", "InvalidSession", "ShareError", "StorageError", "UnknownZone"]
