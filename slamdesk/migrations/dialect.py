"""What a migration asks about the database it runs on.

Revisions 0001-0005 were written for SQLite; their triggers and full-text
index are SQLite's own and run only there. Revision 0006 gives a PostgreSQL
team database the same rules in PL/pgSQL. Later revisions run on both, each
statement in the form its backend needs.
"""

from __future__ import annotations

from alembic import op


def on_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def make_append_only(table: str, message: str) -> None:
    """Refuse every UPDATE and DELETE of ``table`` (and TRUNCATE on PostgreSQL) with ``message``, whatever the client:
    SQLite triggers ``<table>_no_update``/``_no_delete``; on PostgreSQL the function ``slamdesk_<table>_frozen`` and
    the triggers ``<table>_frozen`` and ``<table>_no_truncate``."""
    quoted = message.replace("'", "''")
    if on_sqlite():
        for event in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} "
                       f"BEGIN SELECT RAISE(ABORT, '{quoted}'); END")
        return
    op.execute(f"""
CREATE FUNCTION slamdesk_{table}_frozen() RETURNS trigger LANGUAGE plpgsql AS $rule$
BEGIN
    RAISE EXCEPTION USING MESSAGE = '{quoted}', ERRCODE = 'integrity_constraint_violation';
END
$rule$
""")
    op.execute(f"CREATE TRIGGER {table}_frozen BEFORE UPDATE OR DELETE ON {table} "
               f"FOR EACH ROW EXECUTE FUNCTION slamdesk_{table}_frozen()")
    op.execute(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
               f"FOR EACH STATEMENT EXECUTE FUNCTION slamdesk_{table}_frozen()")


def drop_append_only(table: str) -> None:
    """Undo ``make_append_only(table, ...)``."""
    if on_sqlite():
        op.execute(f"DROP TRIGGER {table}_no_update")
        op.execute(f"DROP TRIGGER {table}_no_delete")
        return
    op.execute(f"DROP TRIGGER {table}_no_truncate ON {table}")
    op.execute(f"DROP TRIGGER {table}_frozen ON {table}")
    op.execute(f"DROP FUNCTION slamdesk_{table}_frozen()")
