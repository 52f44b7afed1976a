"""Profiles as a person meets them: what each refusal says and where, who is picked, what the audit log tells."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text as sql

from slamdesk.core import users
from slamdesk.core.db import Database
from slamdesk.core.errors import NotFoundError, PermissionDenied, ValidationError
from slamdesk.core.roles import Actor, Role
from slamdesk.models import AuditEvent, User

SECRET = "Ngọc lan 2026 vườn"
OTHER = "correct horse battery"


@pytest.fixture
def anna(db: Database) -> Actor:
    return users.ensure_user(db, "anna", "Anna Lindqvist", Role.REPRESENTATIVE)


def _trail(db: Database) -> list[tuple[str, str, str, int, dict]]:
    with db.read() as session:
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.id))
        return [(e.actor, e.action, e.entity_type, e.entity_id, json.loads(e.detail)) for e in events]


def _user_id(db: Database, username: str) -> int:
    with db.read() as session:
        return session.scalars(select(User.id).where(User.username == username)).one()


# Making a profile ------------------------------------------------------------------


@pytest.mark.parametrize("username, display_name", [("", "Anna"), ("   ", "Anna"), ("anna", ""), ("anna", "  ")])
def test_a_profile_without_a_name_is_refused_beside_the_empty_field(
    db: Database, username: str, display_name: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        users.ensure_user(db, username, display_name, Role.REPRESENTATIVE)
    assert str(refused.value) == "a user needs a user name and a display name"
    assert refused.value.field == ("username" if not username.strip() else "display_name")
    assert users.list_actors(db) == []


def test_a_too_long_user_name_or_display_name_is_refused_naming_which(db: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        users.ensure_user(db, "u" * 61, "Anna", Role.REPRESENTATIVE)
    assert str(refused.value) == "the user name can be at most 60 characters (this one has 61)"
    assert refused.value.field == "username"
    with pytest.raises(ValidationError) as refused:
        users.ensure_user(db, "anna", "A" * 201, Role.REPRESENTATIVE)
    assert str(refused.value) == "the display name can be at most 200 characters (this one has 201)"
    assert refused.value.field == "display_name"
    assert users.ensure_user(db, "u" * 60, "A" * 200, Role.REPRESENTATIVE).display_name == "A" * 200


# Choosing who acts ------------------------------------------------------------------


def test_without_a_name_the_first_administrator_acts_every_time(db: Database, anna: Actor) -> None:
    first = users.get_actor(db)
    assert (first.username, first.role) == ("admin", Role.ADMINISTRATOR)
    users.ensure_user(db, "boss", "Second Administrator", Role.ADMINISTRATOR)
    assert users.get_actor(db) == first
    assert users.get_actor(db) == first
    assert [a.username for a in users.list_actors(db)] == ["anna", "admin", "boss"]


def test_an_existing_administrator_is_chosen_rather_than_a_new_admin_profile(db: Database) -> None:
    boss = users.ensure_user(db, "boss", "The Boss", Role.ADMINISTRATOR)
    assert users.get_actor(db) == boss
    assert [a.username for a in users.list_actors(db)] == ["boss"]


def test_an_inactive_profile_is_not_offered(db: Database, anna: Actor) -> None:
    admin = users.get_actor(db)
    with db.unit_of_work() as session:
        session.scalars(select(User).where(User.username == "anna")).one().active = False
    assert users.list_actors(db) == [admin]
    assert [p.actor for p in users.list_profiles(db)] == [admin]


def test_profiles_come_oldest_first_whatever_index_the_database_reads_them_by(db: Database) -> None:
    for username, display_name in (("zoe", "Zoë"), ("mia", "Mia"), ("ada", "Ada")):
        users.ensure_user(db, username, display_name, Role.ADMINISTRATOR)
    # someone's index (or, on PostgreSQL, a row rewritten by an update) may hand the rows back in another order
    with db.unit_of_work() as session:
        session.execute(sql("CREATE INDEX test_active_users_by_name ON app_user (active, username)"))
        session.execute(sql("CREATE INDEX test_roles_by_name ON app_user (role, username)"))
        session.scalars(select(User).where(User.username == "zoe")).one().display_name = "Zoë Z"
    assert [a.username for a in users.list_actors(db)] == ["zoe", "mia", "ada"]
    assert [p.actor.username for p in users.list_profiles(db)] == ["zoe", "mia", "ada"]
    assert users.get_actor(db).username == "zoe"


@pytest.mark.parametrize("lookup", [users.get_actor, users.has_passphrase, users.login])
def test_a_name_that_cannot_be_a_user_name_is_refused_beside_the_field(db: Database, lookup) -> None:
    with pytest.raises(ValidationError) as refused:
        lookup(db, "u" * 61)
    assert str(refused.value) == "the user name can be at most 60 characters (this one has 61)"
    assert refused.value.field == "username"


@pytest.mark.parametrize("lookup", [users.get_actor, users.has_passphrase, users.login])
def test_an_unknown_profile_is_named_in_the_refusal(db: Database, lookup) -> None:
    with pytest.raises(NotFoundError) as refused:
        lookup(db, " nobody ")
    assert str(refused.value) == "no user profile named 'nobody'"


# Passphrases: what is refused and what the audit log keeps ---------------------------


def test_refusals_to_change_ones_own_passphrase_say_what_was_refused_and_are_audited(db: Database, anna: Actor) -> None:
    users.set_passphrase(db, anna, "anna", SECRET)
    with pytest.raises(PermissionDenied) as refused:
        users.set_passphrase(db, anna, "anna", OTHER)
    assert str(refused.value) == "changing the passphrase needs your current passphrase"
    with pytest.raises(PermissionDenied) as refused:
        users.clear_passphrase(db, anna, "anna", current="")
    assert str(refused.value) == "clearing the passphrase needs your current passphrase"
    with pytest.raises(PermissionDenied) as refused:
        users.clear_passphrase(db, anna, "anna", current="not the one")
    assert str(refused.value) == "wrong current passphrase"

    anna_id = _user_id(db, "anna")
    assert _trail(db) == [
        ("anna", "passphrase_set", "user", anna_id, {"username": "anna", "replaced": False}),
        ("anna", "passphrase_change_refused", "user", anna_id, {"username": "anna", "reason": "current passphrase missing"}),
        ("anna", "passphrase_change_refused", "user", anna_id, {"username": "anna", "reason": "current passphrase missing"}),
        ("anna", "passphrase_change_refused", "user", anna_id, {"username": "anna", "reason": "wrong current passphrase"}),
    ]


def test_the_audit_log_tells_a_new_passphrase_from_a_replaced_one_and_a_cleared_one(db: Database, anna: Actor) -> None:
    admin = users.get_actor(db)
    users.set_passphrase(db, anna, "anna", SECRET)
    users.set_passphrase(db, anna, "anna", OTHER, current=SECRET)
    users.set_passphrase(db, admin, "anna", SECRET)
    users.clear_passphrase(db, anna, "anna", current=SECRET)
    anna_id = _user_id(db, "anna")
    assert _trail(db) == [
        ("anna", "passphrase_set", "user", anna_id, {"username": "anna", "replaced": False}),
        ("anna", "passphrase_set", "user", anna_id, {"username": "anna", "replaced": True}),
        ("admin", "passphrase_set", "user", anna_id, {"username": "anna", "replaced": True}),
        ("anna", "passphrase_cleared", "user", anna_id, {"username": "anna"}),
    ]


@pytest.mark.parametrize("change", ["set", "clear"])
def test_refusing_another_users_passphrase_names_what_was_refused(db: Database, anna: Actor, change: str) -> None:
    linh = users.ensure_user(db, "linh", "Trần Thị Linh", Role.LEGAL_REVIEWER)
    users.set_passphrase(db, linh, "linh", SECRET)
    with pytest.raises(PermissionDenied) as refused:
        if change == "set":
            users.set_passphrase(db, anna, "linh", OTHER)
        else:
            users.clear_passphrase(db, anna, "linh")
    what = "changing the passphrase" if change == "set" else "clearing the passphrase"
    assert str(refused.value) == f"Anna Lindqvist (representative) cannot {what} of another user; needs: administrator"
    assert users.login(db, "linh", SECRET) == linh


def test_logins_and_failed_logins_are_audited_with_who_and_why(db: Database, anna: Actor) -> None:
    users.set_passphrase(db, anna, "anna", SECRET)
    assert users.login(db, "anna", SECRET) == anna
    for attempt in (OTHER, "", None):
        with pytest.raises(PermissionDenied):
            users.login(db, "anna", attempt)
    anna_id = _user_id(db, "anna")
    assert _trail(db)[1:] == [
        ("anna", "login", "user", anna_id, {"username": "anna"}),
        ("anna", "login_failed", "user", anna_id, {"username": "anna", "reason": "wrong passphrase"}),
        ("anna", "login_failed", "user", anna_id, {"username": "anna", "reason": "passphrase missing"}),
        ("anna", "login_failed", "user", anna_id, {"username": "anna", "reason": "passphrase missing"}),
    ]
