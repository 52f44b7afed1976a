"""Profile passphrases: hashed with scrypt (memory-hard), never kept in clear.

A hash is stored as ``scrypt$<n>$<r>$<p>$<salt base64>$<hash base64>``. The
cost parameters travel with each hash, so ``verify_passphrase`` checks old
hashes after the defaults are raised and ``needs_rehash`` says which ones to
replace at the next successful login.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import unicodedata

from .errors import ValidationError
from .words import _, ngettext

SCHEME = "scrypt"
N = 2**14  # CPU/memory cost: 128 * n * r bytes = 16 MiB
R = 8
P = 1
SALT_BYTES = 16
HASH_BYTES = 32
MIN_LENGTH = 8

# Parameters read from a stored hash are bounded, so an edited database cannot
# make a login allocate gigabytes or run for minutes.
_MAX_N = 2**20
_MAX_R = 32
_MAX_P = 16
_MAX_MEMORY = 1024 * 1024 * 1024


def _encode(text: str) -> bytes:
    # The same passphrase typed through different input methods (precomposed or
    # combining diacritics) must give the same bytes.
    return unicodedata.normalize("NFC", text).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _maxmem(n: int, r: int, p: int) -> int:
    # OpenSSL needs 128 * r * (n + p + 2) bytes; leave some room above that.
    return 128 * r * (n + p + 2) + 1024 * 1024


def _derive(text: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(_encode(text), salt=salt, n=n, r=r, p=p, maxmem=_maxmem(n, r, p), dklen=length)


def check_passphrase(text: str) -> None:
    """Refuse a passphrase too weak to set (``ValidationError`` on field ``passphrase``)."""
    if not text or not text.strip():
        raise ValidationError(_("enter a passphrase"), field="passphrase")
    if len(unicodedata.normalize("NFC", text)) < MIN_LENGTH:
        needed = ngettext("a passphrase needs at least {count} characters", "a passphrase needs at least {count} characters",
                          MIN_LENGTH)
        raise ValidationError(needed.format(count=MIN_LENGTH), field="passphrase")


def hash_passphrase(text: str) -> str:
    """The storable scrypt hash of ``text``, with a fresh random salt."""
    check_passphrase(text)
    salt = os.urandom(SALT_BYTES)
    digest = _derive(text, salt, N, R, P, HASH_BYTES)
    return f"{SCHEME}${N}${R}${P}${_b64(salt)}${_b64(digest)}"


def _parse(encoded: str) -> tuple[int, int, int, bytes, bytes] | None:
    """The parameters, salt and hash of ``encoded``; None if it is not a usable scrypt hash."""
    parts = encoded.split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        return None
    try:
        n, r, p = (int(part) for part in parts[1:4])
        salt = base64.b64decode(parts[4], validate=True)
        digest = base64.b64decode(parts[5], validate=True)
    except (ValueError, binascii.Error):
        return None
    if not (1 < n <= _MAX_N and n & (n - 1) == 0 and 0 < r <= _MAX_R and 0 < p <= _MAX_P):
        return None
    if 128 * n * r * p > _MAX_MEMORY or not salt or len(digest) < 16:
        return None
    return n, r, p, salt, digest


def parameters(encoded: str) -> tuple[int, int, int]:
    """The (n, r, p) a stored hash was made with; ``ValueError`` if it is not one."""
    parsed = _parse(encoded)
    if parsed is None:
        raise ValueError("not a slamdesk scrypt passphrase hash")
    return parsed[:3]


def verify_passphrase(text: str, encoded: str) -> bool:
    """Whether ``text`` is the passphrase ``encoded`` was made from (constant-time compare).

    A malformed or out-of-bounds hash never matches.
    """
    parsed = _parse(encoded)
    if parsed is None:
        return False
    n, r, p, salt, expected = parsed
    return hmac.compare_digest(_derive(text, salt, n, r, p, len(expected)), expected)


def needs_rehash(encoded: str) -> bool:
    """Whether ``encoded`` was made with weaker parameters than today's."""
    parsed = _parse(encoded)
    if parsed is None:
        return True
    n, r, p, salt, digest = parsed
    return n < N or r < R or p < P or len(salt) < SALT_BYTES or len(digest) < HASH_BYTES
