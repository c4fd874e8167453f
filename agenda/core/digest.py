"""SHA-256 for cache keys and state-file names, without loading OpenSSL at start-up.

``hashlib`` loads OpenSSL (about 5 ms) on import. CPython's own SHA-256 (no OpenSSL) is a fraction of a
millisecond to load but slower per byte, so it serves small inputs (a warm start hashes the feed) and
``hashlib`` serves large ones. Both give the same digest; Pythons built without the module fall back to
``hashlib`` for everything.
"""
from __future__ import annotations

SMALL = 1 << 20  # bytes: below this the built-in implementation is faster overall


def _builtin():
    try:
        from _sha2 import sha256  # CPython 3.12+
    except ImportError:
        try:
            from _sha256 import sha256  # CPython 3.11
        except ImportError:
            return None
    return sha256


def sha256(data: bytes = b""):
    """A hashlib-compatible SHA-256 object over ``data``."""
    if len(data) < SMALL:
        builtin = _builtin()
        if builtin is not None:
            return builtin(data)
    import hashlib

    return hashlib.sha256(data)
