"""The share server's gate: every connection's request is read here, on one thread, before any thread or slot
is given to it.

A connection that trickles its request (slowloris) costs only a socket while it waits here: no thread, no
answering slot. Complete requests go on at once (``dispatch``), so a phone's poll is answered in milliseconds
while thousands of such sockets wait. A request not complete within ``deadline`` seconds is closed
unanswered; past ``max_waiting`` waiting connections, the one waiting longest is closed. A request block over
``max_bytes`` goes on as it is (the handler answers 400).
"""
from __future__ import annotations

import io
import selectors
import socket
import threading
import time
from collections.abc import Callable
from typing import Any


class Received:
    """A connection whose request the gate has read: the handler reads those bytes; everything else (sending,
    timeouts, shutdown) is the socket's."""

    def __init__(self, sock: socket.socket, data: bytes) -> None:
        self._sock, self._data = sock, data

    def makefile(self, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if "r" in mode:
            return io.BytesIO(self._data)
        return self._sock.makefile(mode, *args, **kwargs)  # type: ignore[call-overload]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


class Gate:
    def __init__(self, dispatch: Callable[[Received, Any], None], stopped: threading.Event, *, deadline: float,
                 max_bytes: int, max_waiting: int = 1000) -> None:
        self.dispatch, self.stopped = dispatch, stopped
        self.deadline, self.max_bytes, self.max_waiting = deadline, max_bytes, max_waiting
        self._incoming: list[tuple[socket.socket, Any]] = []
        self._lock = threading.Lock()
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._waiting: dict[socket.socket, tuple[bytearray, float, Any]] = {}  # oldest first
        self._thread = threading.Thread(target=self._run, name="agenda-share-gate", daemon=True)
        self._thread.start()

    @property
    def waiting(self) -> int:
        """Connections whose request is still being read."""
        return len(self._waiting)

    def add(self, sock: socket.socket, client: Any) -> None:
        """A connection just accepted (from the accepting thread)."""
        with self._lock:
            self._incoming.append((sock, client))
        try:
            self._wake_w.send(b"\0")
        except OSError:
            pass

    def _run(self) -> None:
        sel = selectors.DefaultSelector()
        sel.register(self._wake_r, selectors.EVENT_READ)
        try:
            while not self.stopped.is_set():
                for key, _ in sel.select(timeout=0.2):
                    if key.fileobj is self._wake_r:
                        self._take(sel)
                    else:
                        self._read(sel, key.fileobj)  # type: ignore[arg-type]
                self._expire(sel)
        finally:
            for sock in list(self._waiting):
                self._drop(sel, sock)
            sel.close()
            self._wake_r.close()
            self._wake_w.close()

    def _take(self, sel: selectors.BaseSelector) -> None:
        try:
            while self._wake_r.recv(4096):
                pass
        except OSError:
            pass
        with self._lock:
            incoming, self._incoming = self._incoming, []
        for sock, client in incoming:
            while len(self._waiting) >= self.max_waiting:  # the one waiting longest gives way
                self._drop(sel, next(iter(self._waiting)))
            sock.setblocking(False)
            self._waiting[sock] = (bytearray(), time.monotonic() + self.deadline, client)
            sel.register(sock, selectors.EVENT_READ)

    def _read(self, sel: selectors.BaseSelector, sock: socket.socket) -> None:
        data, _, client = self._waiting[sock]
        try:
            chunk = sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        if not chunk:
            self._drop(sel, sock)
            return
        data += chunk
        if b"\r\n\r\n" in data or b"\n\n" in data or len(data) > self.max_bytes:
            sel.unregister(sock)
            del self._waiting[sock]
            sock.setblocking(True)
            self.dispatch(Received(sock, bytes(data)), client)

    def _expire(self, sel: selectors.BaseSelector) -> None:
        now = time.monotonic()
        for sock in [s for s, (_, end, _) in self._waiting.items() if end < now]:
            self._drop(sel, sock)

    def _drop(self, sel: selectors.BaseSelector, sock: socket.socket) -> None:
        self._waiting.pop(sock, None)
        try:
            sel.unregister(sock)
        except (KeyError, ValueError):
            pass
        try:
            sock.close()
        except OSError:
            pass


__all__ = ["Gate", "Received"]
