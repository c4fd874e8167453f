"""The phone's link, kept across restarts: the secret token and, for each network address, the port.

A phone subscribed yesterday polls the same URL today: same host, same port, same token, as long as the
computer is on the same network. Only "New link" (``renew``) changes the token, which revokes every link
given out before. The file (``DataPaths.share_links``) has this one writer; the window and ``agenda share``
both use it, each change a read-merge-write under the folder's lock.
"""
from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path

from ..migrations import version_of
from ..storage import atomic_write_json, load_json_state, locked
from ..words import tr

FORMAT = version_of("share links")


def new_token() -> str:
    return secrets.token_urlsafe(24)  # 192 random bits


class ShareLinks:
    """Read with :meth:`token` and :meth:`port`; change with :meth:`remember` and :meth:`renew`. A file
    that cannot be read or written only costs the link's stability (a new token, a free port): sharing
    still works, and ``problem`` says why the link will change."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.problem: str | None = None

    def _read(self) -> dict:
        data, problem = load_json_state(self.path, "share links")
        if problem:
            self.problem = str(problem)
        if not isinstance(data, dict):
            data = {}
        ports = data.get("ports")
        return {"version": FORMAT, "token": data.get("token") if isinstance(data.get("token"), str) else None,
                "ports": {a: p for a, p in ports.items() if isinstance(p, int) and 0 < p < 65536}
                if isinstance(ports, dict) else {}}

    def _change(self, change: Callable[[dict], None]) -> dict:
        from ..errors import StorageError

        try:
            with locked(self.path):
                data = self._read()
                change(data)
                atomic_write_json(self.path, data)
        except StorageError as exc:
            self.problem = tr("the link could not be kept for next time ({reason})", reason=exc.args[0] if exc.args else exc)
            data = self._read()  # a missing file reads as empty
            change(data)
        return data

    def token(self) -> str:
        """The token given out before, or a new one (kept from now on)."""
        data = self._read()
        if data["token"]:
            return str(data["token"])

        def add(d: dict) -> None:
            d["token"] = d["token"] or new_token()  # another process may have made one meanwhile

        return str(self._change(add)["token"])

    def port(self, address: str) -> int:
        """The port the link on ``address`` used last time, 0 if none."""
        return int(self._read()["ports"].get(address, 0))

    def remember(self, address: str, port: int) -> None:
        """The link on ``address`` now uses ``port``."""
        if self.port(address) == port:
            return

        def put(d: dict) -> None:
            d["ports"][address] = port

        self._change(put)

    def renew(self) -> str:
        """A new token: every link given out before stops working."""
        token = new_token()

        def put(d: dict) -> None:
            d["token"] = token

        self._change(put)
        return token


__all__ = ["ShareLinks", "new_token"]
