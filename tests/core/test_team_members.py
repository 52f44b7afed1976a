"""People are people on the server too: each member signs in with their own login and acts only as themselves.

The team database belongs to its administrator (here the test server's
superuser, who made it). A member's login may read and write the register
but cannot remove or change audit events, drop the triggers that freeze
signed versions, or change the schema; and it acts only as the slamdesk
profile of its own name.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from slamdesk.cli import main
from slamdesk.core import audit, customers, register, team, users
from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied, ValidationError
from slamdesk.core.roles import Actor, Role
from tests.raw import raw

from .helpers import sessions_opened

pytestmark = pytest.mark.postgresql_only

try:
    import psycopg

    SERVER_REFUSED: type[Exception] = psycopg.errors.InsufficientPrivilege
except ImportError:  # pragma: no cover
    SERVER_REFUSED = Exception


def as_login(target: str, login: str) -> str:
    scheme, rest = target.split("://", 1)
    return f"{scheme}://{login}@{rest.split('@', 1)[1]}"


@pytest.fixture
def anna_desk(demo_db: Database, people: dict[str, Actor]) -> Iterator[Database]:
    team.add_member(demo_db, people["admin"], login="anna", display_name="Anna Lindqvist", role=Role.REPRESENTATIVE)
    desk = Database.open(as_login(str(demo_db.target), "anna"))
    yield desk
    desk.close()


def test_a_member_works_as_their_own_profile_and_only_as_it(anna_desk: Database, people: dict[str, Actor]) -> None:
    assert register.count_agreements(anna_desk) == 10
    made = customers.create_customer(anna_desk, people["anna"], name="Mälardalens Hamn AB", country="SE",
                                     language="sv", contact_name="Åsa Öberg")
    assert made.name == "Mälardalens Hamn AB"
    with pytest.raises(PermissionDenied, match="signed in to the team database as 'anna'"):
        customers.create_customer(anna_desk, people["admin"], name="Another AB", country="SE", language="sv",
                                  contact_name="Bo Ek")


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM audit_event WHERE id = 1",
        "UPDATE audit_event SET actor = 'mallory' WHERE id = 1",
        "TRUNCATE audit_event",
        "DROP TRIGGER agreement_signed_terms ON agreement",
        "ALTER TABLE agreement DISABLE TRIGGER ALL",
        "ALTER TABLE agreement ADD COLUMN mallory TEXT",
        "CREATE TABLE mallory (id INTEGER)",
    ],
)
def test_a_member_cannot_rewrite_the_log_or_lift_the_rules(anna_desk: Database, statement: str) -> None:
    with raw(anna_desk) as connection, pytest.raises(SERVER_REFUSED):
        connection.execute(statement)


def test_the_command_line_adds_a_member_or_prints_what_the_administrator_runs(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    target = str(demo_db.target)
    assert main(["--db", target, "team", "add-member", "linh", "--role", "legal_reviewer"]) == 0
    assert "linh may now sign in" in capsys.readouterr().out
    linh = Database.open(as_login(target, "linh"))
    assert users.get_actor(linh, "linh").role is Role.LEGAL_REVIEWER
    linh.close()
    assert main(["--db", target, "team", "add-member", "sofia", "--role", "customer_signatory", "--print"]) == 0
    printed = capsys.readouterr().out
    assert "CREATE ROLE sofia LOGIN" in printed and "REVOKE UPDATE, DELETE, TRUNCATE ON audit_event" in printed


def test_a_login_that_is_not_a_plain_name_is_refused() -> None:
    with pytest.raises(ValidationError, match="lower-case letters"):
        team.member_sql("slamdesk", "anna; DROP TABLE agreement")


def test_a_members_profile_and_its_audit_event_are_one_transaction(
    demo_db: Database, people: dict[str, Actor], monkeypatch: pytest.MonkeyPatch
) -> None:
    record = audit.record

    def failing(session: Any, actor: Actor, action: str, *args: Any, **detail: Any) -> None:
        if action == "team.add_member":
            raise RuntimeError("the disk is full")
        record(session, actor, action, *args, **detail)

    monkeypatch.setattr(audit, "record", failing)
    with pytest.raises(RuntimeError, match="the disk is full"):
        team.add_member(demo_db, people["admin"], login="tuan", display_name="Lê Minh Tuấn", role=Role.LEGAL_REVIEWER)
    monkeypatch.undo()
    with raw(demo_db) as sql:  # neither the profile nor its event
        assert sql.rows("SELECT count(*) FROM app_user WHERE username = 'tuan'") == [(0,)]
        assert sql.rows("SELECT count(*) FROM audit_event WHERE action = 'team.add_member'") == [(0,)]
    opened = sessions_opened(demo_db, monkeypatch)
    member = team.add_member(demo_db, people["admin"], login="nguyen", display_name="Nguyễn Văn An",
                             role=Role.QUALITY_CHECKER)
    assert opened == ["read", "unit_of_work"] and member.username == "nguyen"  # the role checked before the server
    monkeypatch.undo()
    with raw(demo_db) as sql:
        assert sql.rows("SELECT actor, detail FROM audit_event WHERE action = 'team.add_member'") == [
            ("admin", '{"login": "nguyen", "role": "quality_checker"}')
        ]
