"""Register search: an FTS5 index over agreements and indexes for filters.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from alembic import op

from slamdesk.migrations.dialect import on_sqlite

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The same statement lives in slamdesk/core/search_index.py; a migration keeps
# its own copy so later code changes never alter what this revision did.
BACKFILL = """
INSERT INTO agreement_search (rowid, number, title, customer, contact, services)
SELECT a.id, a.number, a.title, c.name,
       (SELECT group_concat(name || ' ' || email, ' ') FROM contact WHERE customer_id = c.id),
       (SELECT group_concat(l.service_name || ' ' || l.level_name || ' ' || l.site, ' ')
          FROM agreement_line l JOIN agreement_version v ON v.id = l.version_id
         WHERE v.agreement_id = a.id AND v.version_no = a.current_version_no)
FROM agreement a JOIN customer c ON c.id = a.customer_id
"""


def upgrade() -> None:
    if on_sqlite():  # PostgreSQL's search index comes with revision 0006
        op.execute(
            "CREATE VIRTUAL TABLE agreement_search USING fts5("
            "number, title, customer, contact, services, tokenize = 'unicode61 remove_diacritics 2')"
        )
        op.execute(BACKFILL)
    op.create_index("ix_agreement_version_start_date", "agreement_version", ["start_date"])
    op.create_index("ix_agreement_version_end_date", "agreement_version", ["end_date"])
    op.create_index("ix_agreement_kind", "agreement", ["kind"])
    op.create_index("ix_agreement_currency", "agreement", ["currency"])


def downgrade() -> None:
    op.drop_index("ix_agreement_currency", "agreement")
    op.drop_index("ix_agreement_kind", "agreement")
    op.drop_index("ix_agreement_version_end_date", "agreement_version")
    op.drop_index("ix_agreement_version_start_date", "agreement_version")
    if on_sqlite():
        op.execute("DROP TABLE agreement_search")
