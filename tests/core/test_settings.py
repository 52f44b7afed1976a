"""Settings kept in the database (core/settings.py): shared ones for administrators, personal ones per user."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from slamdesk.core import settings, users
from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied, ValidationError
from slamdesk.core.roles import Actor, Role
from slamdesk.models import AuditEvent, Setting


def events(db: Database) -> list[tuple[str, str, str, int, dict[str, object]]]:
    with db.read() as session:
        rows = session.scalars(select(AuditEvent).where(AuditEvent.action == "setting.change").order_by(AuditEvent.id))
        return [(e.actor, e.action, e.entity_type, e.entity_id, json.loads(e.detail)) for e in rows]


def test_the_providers_name_is_your_company_until_an_administrator_names_it(db: Database, admin: Actor) -> None:
    assert settings.get_setting(db, settings.PROVIDER_NAME) == "Your company"
    settings.set_setting(db, admin, settings.PROVIDER_NAME, "  Nordlicht IT AB ")
    assert settings.get_setting(db, settings.PROVIDER_NAME) == "Nordlicht IT AB"
    settings.set_setting(db, admin, settings.PROVIDER_NAME, "Nordlicht IT")  # changed again: one row, the new name
    assert settings.get_setting(db, settings.PROVIDER_NAME) == "Nordlicht IT"
    with db.read() as session:
        assert [(s.key, s.value) for s in session.scalars(select(Setting))] == [("provider_name", "Nordlicht IT")]
    assert events(db) == [
        (admin.username, "setting.change", "setting", 0, {"key": "provider_name", "value": "Nordlicht IT AB"}),
        (admin.username, "setting.change", "setting", 0, {"key": "provider_name", "value": "Nordlicht IT"}),
    ]


def test_only_an_administrator_changes_a_shared_setting(db: Database) -> None:
    anna = users.ensure_user(db, "anna", "Anna Lindqvist", Role.REPRESENTATIVE)
    with pytest.raises(PermissionDenied, match=r"Anna Lindqvist \(representative\) cannot change settings"):
        settings.set_setting(db, anna, settings.PROVIDER_NAME, "Anna's company")
    assert settings.get_setting(db, settings.PROVIDER_NAME) == "Your company"
    assert events(db) == []


def test_an_unknown_setting_is_refused_by_name(db: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError) as raised:
        settings.set_setting(db, admin, "colour", "blue")
    assert (str(raised.value), raised.value.field) == ("unknown setting 'colour'", "colour")


def test_a_providers_name_that_is_empty_or_too_long_is_refused_beside_its_input(db: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError) as empty:
        settings.set_setting(db, admin, settings.PROVIDER_NAME, " \u200d ")
    assert (str(empty.value), empty.value.field) == ("the value cannot be empty", "provider_name")
    with pytest.raises(ValidationError) as long:
        settings.set_setting(db, admin, settings.PROVIDER_NAME, "N" * 201)
    assert str(long.value) == "the provider's name can be at most 200 characters (this one has 201)"
    assert long.value.field == "provider_name"
    settings.set_setting(db, admin, settings.PROVIDER_NAME, "N" * 200)
    assert settings.get_setting(db, settings.PROVIDER_NAME) == "N" * 200


def test_personal_settings_are_each_users_own(db: Database, admin: Actor) -> None:
    anna = users.ensure_user(db, "anna", "Anna Lindqvist", Role.REPRESENTATIVE)
    with db.unit_of_work() as session:
        assert settings.read_personal(session, anna, "filters") is None
        settings.write_personal(session, anna, "filters", '{"mine": 1}')
        settings.write_personal(session, admin, "filters", '{"admin": 2}')
    with db.unit_of_work() as session:
        settings.write_personal(session, anna, "filters", '{"mine": 3}')  # saved again: replaced
    with db.read() as session:
        assert settings.read_personal(session, anna, "filters") == '{"mine": 3}'
        assert settings.read_personal(session, admin, "filters") == '{"admin": 2}'
        assert settings.read_personal(session, admin, "columns") is None
        stored = {s.key: s.value for s in session.scalars(select(Setting))}
    assert stored == {f"filters.{anna.id}": '{"mine": 3}', f"filters.{admin.id}": '{"admin": 2}'}


def test_a_made_up_person_has_no_personal_settings_to_read_or_write(db: Database) -> None:
    anna = users.ensure_user(db, "anna", "Anna Lindqvist", Role.REPRESENTATIVE)
    posing = Actor(id=anna.id, username="anna", display_name="Anna", role=Role.ADMINISTRATOR)
    with db.unit_of_work() as session:
        settings.write_personal(session, anna, "filters", "hers")
    with db.read() as session, pytest.raises(PermissionDenied):
        settings.read_personal(session, posing, "filters")
    with pytest.raises(PermissionDenied), db.unit_of_work() as session:
        settings.write_personal(session, posing, "filters", "not hers")
    with db.read() as session:
        assert settings.read_personal(session, anna, "filters") == "hers"
