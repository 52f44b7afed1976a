"""A team member's rights on the server, exactly: enough to work even on a locked-down server, and no more.

Logins are server-wide, so each test names its own (the group ``slamdesk_member`` is shared on purpose).
"""

from __future__ import annotations

import dataclasses
import tempfile
import uuid
from collections.abc import Iterator

import psycopg
import pytest

from slamdesk.core import audit, team, users
from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied, ValidationError
from slamdesk.core.roles import Actor, Role
from slamdesk.models import AuditEvent
from tests import pg
from tests.raw import raw


def _login() -> str:
    return f"m_{uuid.uuid4().hex[:10]}"


def _as(target: str, login: str) -> str:
    scheme, rest = str(target).split("://", 1)
    return f"{scheme}://{login}@{rest.split('@', 1)[1]}"


def test_a_login_is_a_plain_lower_case_name_of_at_most_63_characters() -> None:
    assert team.member_sql("slamdesk", "a" * 63)[-1] == f"GRANT slamdesk_member TO {'a' * 63}"
    assert team.member_sql("slamdesk", "_anna_2")[-1] == "GRANT slamdesk_member TO _anna_2"
    for wrong in ("a" * 64, "Anna", "2anna", "", "anna-b", "anna\n"):
        with pytest.raises(ValidationError) as refused:
            team.member_sql("slamdesk", wrong)
        assert refused.value.field == "login"
        assert str(refused.value) == "a login is lower-case letters, digits and _ (at most 63), starting with a letter"


def test_a_password_is_given_to_the_login_quoted_so_it_cannot_end_the_statement() -> None:
    statements = team.member_sql("slamdesk", "anna", "it's; DROP ROLE admin; --")
    assert "CREATE ROLE anna LOGIN PASSWORD 'it''s; DROP ROLE admin; --'; END IF; END $$" in statements[-2]
    assert "PASSWORD" not in " ".join(team.member_sql("slamdesk", "anna"))


def test_team_members_are_only_for_team_databases(db: Database, admin: Actor) -> None:
    if db.dialect == "postgresql":
        return  # the rest of this file
    with pytest.raises(ValidationError) as refused:
        team.add_member(db, admin, login="anna", display_name="Anna", role=Role.REPRESENTATIVE)
    assert str(refused.value) == "team members are logins of a team database; this is a file"
    assert refused.value.field == "login"
    assert [actor.username for actor in users.list_actors(db)] == [admin.username]


@pytest.mark.postgresql_only
def test_only_an_administrator_adds_members(demo_db: Database, people: dict[str, Actor]) -> None:
    login = _login()
    with pytest.raises(PermissionDenied) as refused:
        team.add_member(demo_db, people["anna"], login=login, display_name="Someone", role=Role.REPRESENTATIVE)
    assert str(refused.value) == "Anna Lindqvist (representative) cannot add team members; needs: administrator"
    with raw(demo_db) as connection:
        assert connection.rows("SELECT count(*) FROM pg_roles WHERE rolname = %s", (login,)) == [(0,)]


@pytest.mark.postgresql_only
def test_a_member_is_recorded_with_their_profile_and_who_added_them(demo_db: Database, people: dict[str, Actor]) -> None:
    login = _login()
    member = team.add_member(demo_db, people["admin"], login=login, display_name="Märta Ek", role=Role.LEGAL_REVIEWER)
    assert (member.username, member.display_name, member.role) == (login, "Märta Ek", Role.LEGAL_REVIEWER)
    assert users.get_actor(demo_db, login) == member
    with demo_db.read() as session:
        event = session.query(AuditEvent).order_by(AuditEvent.id.desc()).first()
    assert event is not None and (event.action, event.actor, event.entity_type, event.entity_id) == (
        "team.add_member", "admin", "user", member.id)
    assert audit.check_log(demo_db).intact
    import json

    assert json.loads(event.detail) == {"login": login, "role": "legal_reviewer"}


@pytest.mark.postgresql_only
def test_a_member_works_on_a_locked_down_server_and_on_tables_a_later_upgrade_adds(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    name = demo_db.engine.url.database
    with raw(demo_db) as connection:  # a careful administrator: nothing for the public
        connection.execute(f'REVOKE CONNECT, TEMPORARY ON DATABASE "{name}" FROM PUBLIC')
        connection.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC")
    login = _login()
    team.add_member(demo_db, people["admin"], login=login, display_name="Bo Ek", role=Role.REPRESENTATIVE)
    with raw(demo_db) as connection:  # an upgrade by the administrator adds a table
        connection.execute("CREATE TABLE later_notes (id SERIAL PRIMARY KEY, note TEXT)")
    with psycopg.connect(_as(str(demo_db.target), login), autocommit=True) as member:
        member.execute("INSERT INTO later_notes (note) VALUES ('written by a member')")
        assert member.execute("SELECT note FROM later_notes").fetchall() == [("written by a member",)]
        assert member.execute("SELECT count(*) FROM agreement").fetchone() == (10,)
    desk = Database.open(_as(str(demo_db.target), login))
    assert users.get_actor(desk, login).display_name == "Bo Ek"
    desk.close()


@pytest.mark.postgresql_only
def test_adding_a_login_the_server_already_has_gives_it_the_rights(demo_db: Database, people: dict[str, Actor]) -> None:
    login = _login()
    with raw(demo_db) as connection:
        connection.execute(f"CREATE ROLE {login} LOGIN")
    team.add_member(demo_db, people["admin"], login=login, display_name="Existing", role=Role.REPRESENTATIVE)
    team.add_member(demo_db, people["admin"], login=login, display_name="Existing", role=Role.REPRESENTATIVE)  # again
    with psycopg.connect(_as(str(demo_db.target), login), autocommit=True) as member:
        assert member.execute("SELECT count(*) FROM agreement").fetchone() == (10,)


@pytest.mark.postgresql_only
def test_a_slamdesk_administrator_who_is_not_the_servers_is_told_who_can_add_members(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    boss = _login()
    team.add_member(demo_db, people["admin"], login=boss, display_name="Boss", role=Role.ADMINISTRATOR)
    desk = Database.open(_as(str(demo_db.target), boss))
    newcomer = _login()
    with pytest.raises(PermissionDenied) as refused:
        team.add_member(desk, users.get_actor(desk, boss), login=newcomer, display_name="New", role=Role.REPRESENTATIVE)
    assert str(refused.value) == "only the team database's administrator can add members (permission denied to create role)"
    desk.close()
    assert newcomer not in [actor.username for actor in users.list_actors(demo_db)]


@pytest.mark.postgresql_only
def test_a_profile_that_only_claims_to_be_an_administrator_is_refused(demo_db: Database, people: dict[str, Actor]) -> None:
    claimed = dataclasses.replace(people["anna"], role=Role.ADMINISTRATOR)
    login = _login()
    with pytest.raises(PermissionDenied) as refused:
        team.add_member(demo_db, claimed, login=login, display_name="Someone", role=Role.REPRESENTATIVE)
    assert str(refused.value) == "Anna Lindqvist is a representative, not an administrator; sign in again"
    with raw(demo_db) as connection:  # refused before anything was made
        assert connection.rows("SELECT count(*) FROM pg_roles WHERE rolname = %s", (login,)) == [(0,)]
    assert login not in [actor.username for actor in users.list_actors(demo_db)]


@pytest.mark.postgresql_only
def test_a_members_password_is_set_on_the_login(demo_db: Database, people: dict[str, Actor]) -> None:
    login = _login()
    team.add_member(demo_db, people["admin"], login=login, display_name="Pia", role=Role.REPRESENTATIVE,
                    password="correct horse battery")
    with raw(demo_db) as connection:
        (stored,) = connection.rows("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (login,))[0]
    assert stored is not None and stored.startswith("SCRAM-SHA-256$")


@pytest.fixture
def own_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[pg.Cluster]:
    """A server of this test's own: no slamdesk group yet, and a register in its default database."""
    # Made under /tmp: as root the server runs as postgres, who cannot reach a private temporary folder
    # (tools/mutate.py gives each run one).
    with monkeypatch.context() as patch:
        patch.setattr(tempfile, "tempdir", "/tmp")
        cluster = pg.Cluster()
    yield cluster
    cluster.stop()


def test_the_first_member_on_a_new_server_gets_the_group_too_even_without_a_database_in_the_url(
    own_server: pg.Cluster,
) -> None:
    db = Database.open(f"postgresql://{own_server.user}@/?host={own_server.socket}")  # the login's own database
    login = _login()
    team.add_member(db, users.get_actor(db), login=login, display_name="First", role=Role.REPRESENTATIVE)
    db.close()
    with psycopg.connect(own_server.url("postgres", login), autocommit=True) as member:
        assert member.execute("SELECT pg_has_role(%s, 'slamdesk_member', 'member')", (login,)).fetchone() == (True,)
        assert member.execute("SELECT count(*) FROM agreement").fetchone() == (0,)
