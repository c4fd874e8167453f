"""SHA-256 and MD5 as hashlib gives them, without importing hashlib: hashlib loads OpenSSL's libcrypto when
it is imported (about 12 million instructions, 3-4 ms, of every start-up, for two digests: a feed's cache
key and a stored file's name). CPython carries its own implementations of both, which
hashlib itself falls back to; the digests are the same (tests/test_cache.py compares them)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hashlib import _Hash

try:
    from _sha2 import sha256  # CPython 3.12 and later
except ImportError:
    try:
        from _sha256 import sha256  # CPython 3.11
    except ImportError:  # another Python
        from hashlib import sha256


def md5(data: bytes = b"") -> _Hash:
    """hashlib.md5(data), its module imported when first asked for (a track's colour, now and then)."""
    try:
        from _md5 import md5 as make
    except ImportError:
        from hashlib import md5 as make
    return make(data)


__all__ = ["md5", "sha256"]
