"""Local profiles and their passphrases: scrypt hashes, login, who may change one, the audit trail."""

from __future__ import annotations

import base64
import hashlib
import unicodedata

import pytest
from sqlalchemy import select

from slamdesk.core import audit, passphrases, users
from slamdesk.core.db import Database
from slamdesk.core.errors import NotFoundError, PermissionDenied, ValidationError
from slamdesk.core.roles import Actor, Role
from slamdesk.models import AuditEvent, User

SECRET = "Ngọc lan 2026 vườn"
OTHER = "correct horse battery"


@pytest.fixture
def anna(db: Database) -> Actor:
    return users.ensure_user(db, "anna", "Anna Lindqvist", Role.REPRESENTATIVE)


@pytest.fixture
def linh(db: Database) -> Actor:
    return users.ensure_user(db, "linh", "Trần Thị Linh", Role.LEGAL_REVIEWER)


def _stored_hash(db: Database, username: str) -> str | None:
    with db.read() as session:
        return session.scalars(select(User.passphrase_hash).where(User.username == username)).one()


def _events(db: Database) -> list[AuditEvent]:
    with db.read() as session:
        return list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))


# Hashing -----------------------------------------------------------------------


def test_a_hash_is_scrypt_with_its_parameters_and_never_the_clear_text() -> None:
    encoded = passphrases.hash_passphrase(SECRET)
    scheme, n, r, p, salt, digest = encoded.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2**14, 8, 1)
    assert len(base64.b64decode(salt)) == 16 and len(base64.b64decode(digest)) == 32
    assert SECRET not in encoded and SECRET.encode() not in base64.b64decode(digest)
    assert passphrases.parameters(encoded) == (2**14, 8, 1)
    assert not passphrases.needs_rehash(encoded)


def test_the_same_passphrase_gets_a_different_salt_each_time() -> None:
    first, second = passphrases.hash_passphrase(SECRET), passphrases.hash_passphrase(SECRET)
    assert first.split("$")[4] != second.split("$")[4]
    assert first != second
    assert passphrases.verify_passphrase(SECRET, first) and passphrases.verify_passphrase(SECRET, second)


def test_verify_accepts_the_passphrase_and_refuses_anything_else() -> None:
    encoded = passphrases.hash_passphrase(SECRET)
    assert passphrases.verify_passphrase(SECRET, encoded)
    for wrong in (OTHER, SECRET.upper(), SECRET + " ", SECRET[:-1], ""):
        assert not passphrases.verify_passphrase(wrong, encoded)


def test_verify_folds_unicode_normalisation() -> None:
    # "ọ" typed precomposed or as o + combining dot below is the same passphrase.
    composed = unicodedata.normalize("NFC", "Ngọc lan vườn")
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed and decomposed.startswith("Ngo\u0323c")
    encoded = passphrases.hash_passphrase(composed)
    assert passphrases.verify_passphrase(decomposed, encoded)


def test_verify_reads_the_parameters_from_the_stored_hash() -> None:
    # A hash made with other (here cheaper) parameters still verifies, and is flagged for a rehash.
    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(SECRET.encode(), salt=salt, n=2**10, r=4, p=2, dklen=32)
    encoded = f"scrypt${2**10}$4$2${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"
    assert passphrases.parameters(encoded) == (2**10, 4, 2)
    assert passphrases.verify_passphrase(SECRET, encoded)
    assert not passphrases.verify_passphrase(OTHER, encoded)
    assert passphrases.needs_rehash(encoded)


@pytest.mark.parametrize(
    "encoded",
    [
        "",
        SECRET,
        "bcrypt$16384$8$1$AAAA$AAAA",
        "scrypt$16384$8$1$not base64!$AAAA",
        "scrypt$1000$8$1$MDEyMzQ1Njc4OWFiY2RlZg==$" + "A" * 44,  # n not a power of two
        f"scrypt${2**30}$8$1$MDEyMzQ1Njc4OWFiY2RlZg==$" + "A" * 44,  # would need 128 GiB
        "scrypt$16384$8$1$MDEyMzQ1Njc4OWFiY2RlZg==",
    ],
)
def test_a_malformed_or_outlandish_hash_never_matches(encoded: str) -> None:
    assert not passphrases.verify_passphrase(SECRET, encoded)
    with pytest.raises(ValueError):
        passphrases.parameters(encoded)


@pytest.mark.parametrize("weak", ["", "        ", "short", "1234567"])
def test_an_empty_or_short_passphrase_is_refused_beside_its_field(weak: str) -> None:
    with pytest.raises(ValidationError) as refused:
        passphrases.hash_passphrase(weak)
    assert refused.value.field == "passphrase"


def test_eight_characters_are_enough() -> None:
    assert passphrases.verify_passphrase("12345678", passphrases.hash_passphrase("12345678"))


# Profiles and login ---------------------------------------------------------------


def test_existing_profile_functions_still_work(db: Database, anna: Actor) -> None:
    admin = users.get_actor(db)
    assert admin.role is Role.ADMINISTRATOR
    assert users.get_actor(db, "anna") == anna
    assert users.ensure_user(db, "anna", "Someone else", Role.QUALITY_CHECKER) == anna
    assert users.list_actors(db) == [anna, admin]
    assert users.list_profiles(db) == [users.Profile(anna, False), users.Profile(admin, False)]
    with pytest.raises(NotFoundError):
        users.get_actor(db, "nobody")


def test_login_without_a_passphrase_needs_none(db: Database, anna: Actor) -> None:
    assert not users.has_passphrase(db, "anna")
    assert users.login(db, "anna") == anna
    assert users.login(db, "anna", None) == anna
    with pytest.raises(NotFoundError):
        users.login(db, "nobody")


def test_login_checks_the_passphrase(db: Database, anna: Actor) -> None:
    users.set_passphrase(db, anna, "anna", SECRET)
    assert users.has_passphrase(db, "anna")
    assert users.list_profiles(db)[0] == users.Profile(anna, True)
    stored = _stored_hash(db, "anna")
    assert stored is not None and SECRET not in stored and passphrases.verify_passphrase(SECRET, stored)

    assert users.login(db, "anna", SECRET) == anna
    with pytest.raises(PermissionDenied, match="wrong passphrase"):
        users.login(db, "anna", OTHER)
    for missing in (None, ""):
        with pytest.raises(PermissionDenied, match="needs its passphrase"):
            users.login(db, "anna", missing)

    actions = [(e.actor, e.action, e.entity_type) for e in _events(db)]
    assert actions == [
        ("anna", "passphrase_set", "user"),
        ("anna", "login", "user"),
        ("anna", "login_failed", "user"),
        ("anna", "login_failed", "user"),
        ("anna", "login_failed", "user"),
    ]
    with db.read() as session:
        assert audit.verify_chain(session).intact


def test_a_weaker_hash_is_replaced_at_the_next_login(db: Database, anna: Actor) -> None:
    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(SECRET.encode(), salt=salt, n=2**10, r=8, p=1, dklen=32)
    weak = f"scrypt${2**10}$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"
    with db.unit_of_work() as session:
        session.scalars(select(User).where(User.username == "anna")).one().passphrase_hash = weak
    assert users.login(db, "anna", SECRET) == anna
    stronger = _stored_hash(db, "anna")
    assert stronger is not None and passphrases.parameters(stronger) == (2**14, 8, 1)
    assert users.login(db, "anna", SECRET) == anna


def test_an_inactive_profile_cannot_log_in(db: Database, anna: Actor) -> None:
    with db.unit_of_work() as session:
        session.scalars(select(User).where(User.username == "anna")).one().active = False
    with pytest.raises(PermissionDenied, match="no longer active"):
        users.login(db, "anna")
    assert users.list_profiles(db) == []


# Who may change a passphrase ----------------------------------------------------------


def test_a_user_needs_the_current_passphrase_to_change_or_clear_it(db: Database, anna: Actor) -> None:
    users.set_passphrase(db, anna, "anna", SECRET)  # none yet: no current one to give
    with pytest.raises(PermissionDenied, match="needs your current passphrase"):
        users.set_passphrase(db, anna, "anna", OTHER)
    with pytest.raises(PermissionDenied, match="wrong current passphrase"):
        users.set_passphrase(db, anna, "anna", OTHER, current="not the one")
    with pytest.raises(PermissionDenied, match="wrong current passphrase"):
        users.clear_passphrase(db, anna, "anna", current="not the one")
    assert users.login(db, "anna", SECRET) == anna  # unchanged

    users.set_passphrase(db, anna, "anna", OTHER, current=SECRET)
    with pytest.raises(PermissionDenied):
        users.login(db, "anna", SECRET)
    assert users.login(db, "anna", OTHER) == anna
    users.clear_passphrase(db, anna, "anna", current=OTHER)
    assert not users.has_passphrase(db, "anna")
    assert users.login(db, "anna") == anna

    refused = [e.action for e in _events(db) if e.action == "passphrase_change_refused"]
    assert len(refused) == 3


def test_a_new_passphrase_must_be_long_enough(db: Database, anna: Actor) -> None:
    with pytest.raises(ValidationError) as refused:
        users.set_passphrase(db, anna, "anna", "short")
    assert refused.value.field == "passphrase"
    assert not users.has_passphrase(db, "anna")
    assert _events(db) == []


def test_only_an_administrator_may_set_or_clear_another_users_passphrase(db: Database, anna: Actor, linh: Actor) -> None:
    admin = users.get_actor(db)
    users.set_passphrase(db, linh, "linh", SECRET)
    with pytest.raises(PermissionDenied, match="administrator"):
        users.set_passphrase(db, anna, "linh", OTHER)
    with pytest.raises(PermissionDenied, match="administrator"):
        users.clear_passphrase(db, anna, "linh")
    assert users.login(db, "linh", SECRET) == linh

    users.set_passphrase(db, admin, "linh", OTHER)  # a forgotten passphrase: reset without the old one
    assert users.login(db, "linh", OTHER) == linh
    users.clear_passphrase(db, admin, "linh")
    assert not users.has_passphrase(db, "linh")
    assert users.login(db, "linh") == linh
    users.clear_passphrase(db, admin, "linh")  # nothing to clear: nothing happens

    trail = [(e.actor, e.action) for e in _events(db) if e.action.startswith("passphrase")]
    assert trail == [
        ("linh", "passphrase_set"),
        ("admin", "passphrase_set"),
        ("admin", "passphrase_cleared"),
    ]
    with pytest.raises(NotFoundError):
        users.set_passphrase(db, admin, "nobody", OTHER)


def test_nothing_in_the_audit_log_contains_the_clear_text(db: Database, anna: Actor, linh: Actor) -> None:
    admin = users.get_actor(db)
    users.set_passphrase(db, anna, "anna", SECRET)
    users.login(db, "anna", SECRET)
    for attempt in (OTHER, SECRET[:-1]):
        with pytest.raises(PermissionDenied):
            users.login(db, "anna", attempt)
    with pytest.raises(PermissionDenied):
        users.set_passphrase(db, anna, "anna", OTHER, current=SECRET + "x")
    users.set_passphrase(db, anna, "anna", OTHER, current=SECRET)
    users.set_passphrase(db, admin, "linh", SECRET)
    users.clear_passphrase(db, admin, "linh")

    events = _events(db)
    assert len(events) == 8
    for event in events:
        text = " ".join(str(v) for v in (event.actor, event.action, event.entity_type, event.detail, event.hash))
        for clear in (SECRET, OTHER, SECRET[:-1], SECRET + "x"):
            assert clear not in text
            assert clear.encode("unicode_escape").decode() not in text
    # nor the hash: the log tells what happened, never anything to attack offline
    stored = _stored_hash(db, "anna")
    assert stored is not None and all(stored.split("$")[-1] not in e.detail for e in events)
