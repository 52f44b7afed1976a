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
