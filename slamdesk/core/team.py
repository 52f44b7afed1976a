"""The people of a team database: a server login per member, mapped to the slamdesk profile of that name.

The database and its schema belong to an administrator (the owner, who runs
the migrations). Each member gets a login of their own, in the group role
``slamdesk_member``, which may read and write the register's tables but may
not change or remove audit events (no UPDATE, DELETE or TRUNCATE), may not
drop or disable the triggers that freeze signed versions (only the owner
could), and may not change the schema. Signed in as ``anna``, a member acts
only as the slamdesk profile ``anna`` (``roles.acting``); the rules of each
role are checked by core exactly as on SQLite.

``member_sql`` is what an administrator runs; ``add_member`` runs it when
slamdesk is connected as one, and creates the profile.
"""

from __future__ import annotations

import re

from sqlalchemy import exc, text

from . import audit, users
from .db import Database
from .errors import PermissionDenied, ValidationError
from .roles import Actor, Role, require_role
from .words import N_, _

GROUP = "slamdesk_member"
_LOGIN = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def _quote_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def member_sql(database: str, login: str, password: str | None = None) -> list[str]:
    """The statements that give ``login`` a member's rights on ``database`` (the group is made if missing)."""
    if not _LOGIN.fullmatch(login):  # match() would let a trailing newline through ($)
        raise ValidationError(
            _("a login is lower-case letters, digits and _ (at most 63), starting with a letter"), field="login")
    secret = f" PASSWORD {_quote_literal(password)}" if password else ""
    return [
        f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{GROUP}') THEN "
        f"CREATE ROLE {GROUP} NOLOGIN; END IF; END $$",
        f'GRANT CONNECT ON DATABASE "{database}" TO {GROUP}',
        f"GRANT USAGE ON SCHEMA public TO {GROUP}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {GROUP}",
        f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM {GROUP}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {GROUP}",
        # tables a later upgrade adds (made by the administrator who runs it) come with the same rights
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {GROUP}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {GROUP}",
        f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{login}') THEN "
        f"CREATE ROLE {login} LOGIN{secret}; END IF; END $$",
        f"GRANT {GROUP} TO {login}",
    ]


def add_member(
    db: Database, actor: Actor, *, login: str, display_name: str, role: Role, password: str | None = None
) -> Actor:
    """Give ``login`` a member's rights and the slamdesk profile of that name (administrators only)."""
    with db.read() as session:
        require_role(actor, {Role.ADMINISTRATOR}, N_("add team members"), session=session)
    if db.dialect != "postgresql":
        raise ValidationError(_("team members are logins of a team database; this is a file"), field="login")
    try:
        with db.engine.begin() as connection:
            # the database connected to, also when the URL names none (the login's own)
            statements = member_sql(connection.scalar(text("SELECT current_database()")), login, password)
            for statement in statements:
                connection.execute(text(statement))
    except exc.DBAPIError as error:  # the server's refusal: not an administrator there (a lost server says so itself)
        said = str(error.orig).strip().partition("\n")[0]  # its first line, not its CONTEXT
        raise PermissionDenied(
            _("only the team database's administrator can add members ({said})").format(said=said)
        ) from error
    with db.unit_of_work() as session:  # the profile and its event are one transaction
        require_role(actor, {Role.ADMINISTRATOR}, N_("add team members"), session=session)
        member = users.ensure_user_in(session, login, display_name, role)
        audit.record(session, actor, "team.add_member", "user", member.id, login=login, role=member.role.value)
    return member
