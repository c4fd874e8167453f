"""SHA-256 and MD5 as hashlib gives them, without importing hashlib for what is small: hashlib loads OpenSSL's
libcrypto when it is imported (about 12 million instructions, 3-4 ms, of every start-up, for two digests: a
feed's cache key and a stored file's name). CPython carries its own implementations of both, which hashlib
itself falls back to; the digests are the same (tests/test_cache.py compares them). OpenSSL's SHA-256 is
several times quicker (5.7x on this project's machine: 3.8 ms against 21.8 ms for the 6 MB feed of 10,000
sessions), which pays for loading it from about a megabyte on, so a larger feed's bytes go to hashlib."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hashlib import _Hash

try:
    from _sha2 import sha256 as _own_sha256  # CPython 3.12 and later
except ImportError:
    try:
        from _sha256 import sha256 as _own_sha256  # CPython 3.11
    except ImportError:  # another Python
        from hashlib import sha256 as _own_sha256

LARGE = 1 << 20  # bytes from which OpenSSL's SHA-256 is quicker than CPython's own, its loading included


def sha256(data: bytes = b"") -> _Hash:
    """hashlib.sha256(data): CPython's own for small data (the names of stored files, a small feed), OpenSSL's
    through hashlib for data of LARGE bytes or more (a big feed's cache key)."""
    if len(data) >= LARGE:
        from hashlib import sha256 as openssl_sha256

        return openssl_sha256(data)
    return _own_sha256(data)


def md5(data: bytes = b"") -> _Hash:
    """hashlib.md5(data), its module imported when first asked for (a track's colour, now and then)."""
    try:
        from _md5 import md5 as make
    except ImportError:
        from hashlib import md5 as make
    return make(data)


__all__ = ["md5", "sha256"]
