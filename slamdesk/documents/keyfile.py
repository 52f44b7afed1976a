"""The provider's private key on disk: encrypted with a key derived by scrypt.

PKCS#8 PEM as ``cryptography`` writes it (``BestAvailableEncryption``) derives
its key with 2,048 PBKDF2 iterations: a stolen key file could be guessed at
millions of passphrases a second. Ours wraps the PKCS#8 DER in AES-256-GCM
under a key made by scrypt (n=2^15, r=8, p=1: 32 MiB and about a tenth of a
second per try), with its parameters in the file:

    -----BEGIN SLAMDESK ENCRYPTED PRIVATE KEY-----
    base64 of {"kdf": "scrypt", "n": ..., "r": ..., "p": ..., "salt": ..., "nonce": ..., "ciphertext": ...}
    -----END SLAMDESK ENCRYPTED PRIVATE KEY-----

``load_private_key`` also reads the older PKCS#8 PEM files, and
``needs_upgrade`` says when one should be written again in this form.
Decrypted keys are kept for the process (one entry: the file's bytes and a
digest of the passphrase), so a batch of exports derives the key once.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import unicodedata
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

BEGIN = b"-----BEGIN SLAMDESK ENCRYPTED PRIVATE KEY-----"
END = b"-----END SLAMDESK ENCRYPTED PRIVATE KEY-----"
N, R, P = 2**15, 8, 1
_MAX_N = 2**20
_cache: dict[tuple[bytes, bytes], PrivateKeyTypes] = {}


class KeyFileError(ValueError):
    """Wrong passphrase, or a damaged key file."""


def _secret(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(_secret(passphrase), salt=salt, n=n, r=r, p=p, maxmem=128 * r * (n + p + 2) + 2**20,
                          dklen=32)


def encrypt_private_key(key: PrivateKeyTypes, passphrase: str) -> bytes:
    """``key`` as our encrypted PEM-armoured file."""
    salt, nonce = os.urandom(16), os.urandom(12)
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    sealed = AESGCM(_derive(passphrase, salt, N, R, P)).encrypt(nonce, der, BEGIN)
    body = {"kdf": "scrypt", "n": N, "r": R, "p": P, "salt": _b64(salt), "nonce": _b64(nonce),
            "ciphertext": _b64(sealed)}
    text = base64.encodebytes(json.dumps(body, sort_keys=True).encode("ascii"))
    return BEGIN + b"\n" + text + END + b"\n"


def needs_upgrade(data: bytes) -> bool:
    """Whether ``data`` is a key file in the older, weaker PKCS#8 PEM form."""
    return not data.lstrip().startswith(BEGIN)


def load_private_key(data: bytes, passphrase: str) -> PrivateKeyTypes:
    """The key in ``data``; :class:`KeyFileError` for a wrong passphrase or a damaged file."""
    cache_key = (hashlib.sha256(data).digest(), hmac.new(data[:64], _secret(passphrase), hashlib.sha256).digest())
    cached = _cache.get(cache_key)
    if cached is not None:
        return cached
    key = _load(data, passphrase)
    _cache.clear()
    _cache[cache_key] = key
    return key


def _load(data: bytes, passphrase: str) -> PrivateKeyTypes:
    if needs_upgrade(data):
        try:
            return serialization.load_pem_private_key(data, password=passphrase.encode("utf-8") or None)
        except (ValueError, TypeError) as error:
            raise KeyFileError("wrong passphrase for the signing key (or the key file is damaged)") from error
    try:
        inner = data.strip()[len(BEGIN):-len(END)]
        body: dict[str, Any] = json.loads(base64.decodebytes(inner))
        n, r, p = int(body["n"]), int(body["r"]), int(body["p"])
        if body.get("kdf") != "scrypt" or not (1 < n <= _MAX_N and n & (n - 1) == 0 and 0 < r <= 32 and 0 < p <= 16):
            raise ValueError("unknown key derivation")
        salt, nonce, sealed = (base64.b64decode(body[k]) for k in ("salt", "nonce", "ciphertext"))
    except (ValueError, KeyError, TypeError) as error:
        raise KeyFileError("the signing key file is damaged") from error
    try:
        der = AESGCM(_derive(passphrase, salt, n, r, p)).decrypt(nonce, sealed, BEGIN)
    except InvalidTag as error:
        raise KeyFileError("wrong passphrase for the signing key (or the key file is damaged)") from error
    return serialization.load_der_private_key(der, password=None)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
