"""Profile passphrases: what may be set, the stored scrypt hash, checking one, and which hashes to renew."""

from __future__ import annotations

import base64
import hashlib
import unicodedata

import pytest

from slamdesk.core.errors import ValidationError
from slamdesk.core.passphrases import check_passphrase, hash_passphrase, needs_rehash, parameters, verify_passphrase

SECRET = "correct horse battery"
SALT = b"0123456789abcdef"


def stored(text: str, n: int = 16, r: int = 1, p: int = 1, salt: bytes = SALT, length: int = 32,
           scheme: str = "scrypt") -> str:
    """A hash in the documented form ``scrypt$<n>$<r>$<p>$<salt>$<hash>``, made with the given costs."""
    digest = hashlib.scrypt(unicodedata.normalize("NFC", text).encode("utf-8"), salt=salt, n=n, r=r, p=p,
                            maxmem=128 * r * (n + p + 2) + 2**20, dklen=length)
    return f"{scheme}${n}${r}${p}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


# --- What may be set ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\t\n"])
def test_an_empty_passphrase_is_refused(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_passphrase(text)
    assert (str(caught.value), caught.value.field) == ("enter a passphrase", "passphrase")


def test_a_passphrase_needs_eight_characters() -> None:
    check_passphrase("12345678")
    check_passphrase("  abcd  ")  # spaces are characters of a passphrase
    with pytest.raises(ValidationError) as caught:
        check_passphrase("1234567")
    assert (str(caught.value), caught.value.field) == ("a passphrase needs at least 8 characters", "passphrase")


def test_characters_are_counted_as_written_not_as_typed() -> None:
    # Seven letters typed with combining marks (14 code points) are still seven characters.
    decomposed = unicodedata.normalize("NFD", "ọọọọọọọ")
    assert len(decomposed) == 14
    with pytest.raises(ValidationError):
        check_passphrase(decomposed)
    check_passphrase(unicodedata.normalize("NFD", "ọọọọọọọọ"))


def test_a_weak_passphrase_is_never_hashed() -> None:
    with pytest.raises(ValidationError):
        hash_passphrase("short")


# --- The stored hash ------------------------------------------------------------------------------------------


def test_the_stored_hash_names_its_costs_salt_and_digest() -> None:
    encoded = hash_passphrase(SECRET)
    scheme, n, r, p, salt, digest = encoded.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    assert len(base64.b64decode(salt)) == 16
    assert base64.b64decode(digest) == hashlib.scrypt(
        SECRET.encode(), salt=base64.b64decode(salt), n=16384, r=8, p=1, maxmem=2**25, dklen=32)
    assert parameters(encoded) == (2**14, 8, 1) and not needs_rehash(encoded)


def test_each_hash_has_its_own_salt() -> None:
    first, second = hash_passphrase(SECRET), hash_passphrase(SECRET)
    assert first != second and first.split("$")[4] != second.split("$")[4]
    assert verify_passphrase(SECRET, first) and verify_passphrase(SECRET, second)


# --- Checking a passphrase ------------------------------------------------------------------------------------


def test_only_the_passphrase_itself_matches() -> None:
    encoded = stored(SECRET)
    assert verify_passphrase(SECRET, encoded)
    for wrong in ("", "correct horse battery ", "Correct horse battery", "correct horse batter"):
        assert not verify_passphrase(wrong, encoded)


def test_a_passphrase_typed_with_combining_marks_matches_the_precomposed_one() -> None:
    composed = "Phở ngon ở Việt Nam"
    assert verify_passphrase(unicodedata.normalize("NFD", composed), stored(composed))
    assert verify_passphrase(composed, stored(unicodedata.normalize("NFD", composed)))


def test_a_hash_made_with_other_costs_still_checks() -> None:
    # Older, cheaper hashes; and one costlier than today's (32 MiB, as after the defaults are raised).
    for n, r, p, length in ((2, 1, 1, 16), (2**10, 4, 2, 32), (2**6, 32, 16, 64), (2**15, 8, 1, 32)):
        encoded = stored(SECRET, n=n, r=r, p=p, length=length)
        assert parameters(encoded) == (n, r, p)
        assert verify_passphrase(SECRET, encoded) and not verify_passphrase("wrong one", encoded)


HOSTILE = {
    "empty": "",
    "another scheme": stored(SECRET, scheme="pbkdf2"),
    "a part missing": stored(SECRET).rsplit("$", 1)[0],
    "a part too many": stored(SECRET) + "$x",
    "costs not numbers": f"scrypt$a$1$1${b64(SALT)}${b64(bytes(32))}",
    "salt not base64": f"scrypt$16$1$1$not base64!${b64(bytes(32))}",
    "digest not base64": f"scrypt$16$1$1${b64(SALT)}$###",
    # Stray characters are not skipped over: the stored hash is read strictly or not at all.
    "a stray character in the salt": stored(SECRET).replace(f"${b64(SALT)}$", f"${b64(SALT)[:4]}!{b64(SALT)[4:]}$"),
    "a stray character in the digest": stored(SECRET)[:-8] + " " + stored(SECRET)[-8:],
    "n of one": stored(SECRET).replace("scrypt$16$", "scrypt$1$"),
    "n not a power of two": stored(SECRET).replace("scrypt$16$", "scrypt$24$"),
    "n above 2**20": f"scrypt${2**21}$1$1${b64(SALT)}${b64(bytes(32))}",
    "r of zero": f"scrypt$16$0$1${b64(SALT)}${b64(bytes(32))}",
    "r above 32": f"scrypt$16$33$1${b64(SALT)}${b64(bytes(32))}",
    "p of zero": f"scrypt$16$1$0${b64(SALT)}${b64(bytes(32))}",
    "p above 16": f"scrypt$16$1$17${b64(SALT)}${b64(bytes(32))}",
    "more than a GiB of memory": f"scrypt${2**20}$8$2${b64(SALT)}${b64(bytes(32))}",
    "no salt": f"scrypt$16$1$1$${b64(bytes(32))}",
    "a digest under 16 bytes": stored(SECRET, length=15),
}


@pytest.mark.parametrize("what", list(HOSTILE))
def test_a_malformed_or_out_of_bounds_hash_never_matches(what: str) -> None:
    encoded = HOSTILE[what]
    assert verify_passphrase(SECRET, encoded) is False
    assert needs_rehash(encoded)
    with pytest.raises(ValueError, match="^not a slamdesk scrypt passphrase hash$"):
        parameters(encoded)


@pytest.mark.parametrize(
    ("encoded", "costs"),
    [
        (f"scrypt$2$1$1${b64(b'x')}${b64(bytes(16))}", (2, 1, 1)),  # the smallest of everything
        (f"scrypt${2**20}$8$1${b64(SALT)}${b64(bytes(32))}", (2**20, 8, 1)),  # exactly 1 GiB
        (f"scrypt${2**14}$32$16${b64(SALT)}${b64(bytes(32))}", (2**14, 32, 16)),  # r and p at their limits
    ],
)
def test_hashes_at_the_bounds_are_read(encoded: str, costs: tuple[int, int, int]) -> None:
    assert parameters(encoded) == costs


# --- Which hashes to renew at the next login ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("what", "encoded"),
    [
        ("fewer rounds", f"scrypt${2**13}$8$1${b64(SALT)}${b64(bytes(32))}"),
        ("a smaller block", f"scrypt${2**14}$7$1${b64(SALT)}${b64(bytes(32))}"),
        ("a shorter salt", f"scrypt${2**14}$8$1${b64(SALT[:15])}${b64(bytes(32))}"),
        ("a shorter digest", f"scrypt${2**14}$8$1${b64(SALT)}${b64(bytes(31))}"),
    ],
)
def test_a_hash_weaker_than_todays_in_any_way_is_renewed(what: str, encoded: str) -> None:
    assert needs_rehash(encoded), what


@pytest.mark.parametrize(
    "encoded",
    [
        f"scrypt${2**14}$8$1${b64(SALT)}${b64(bytes(32))}",
        f"scrypt${2**15}$8$1${b64(SALT)}${b64(bytes(32))}",
        f"scrypt${2**14}$16$2${b64(SALT + SALT)}${b64(bytes(64))}",
    ],
)
def test_a_hash_as_strong_as_todays_or_stronger_is_kept(encoded: str) -> None:
    assert not needs_rehash(encoded)


def test_more_parallelism_than_today_is_kept_and_none_is_renewed() -> None:
    assert not needs_rehash(f"scrypt${2**14}$8$2${b64(SALT)}${b64(bytes(32))}")
    assert needs_rehash(f"scrypt${2**14}$8$0${b64(SALT)}${b64(bytes(32))}")  # p of zero is no hash at all
