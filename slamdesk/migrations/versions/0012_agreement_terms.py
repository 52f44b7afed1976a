"""An agreement version's terms in time: initial term, renewal (none, tacit, express) and its term, how many
renewals, the notice period and who may give notice, the periodic review interval (``core.renewals.terms``).

Existing versions get the initial term their start and end dates span (whole months, at least one) and no
renewal, which is what they said. A signed version's terms are frozen with the rest of it: the trigger that
refuses changing a signed version is made again with the new columns, on both backends.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from slamdesk.core.renewals.terms import months_spanned
from slamdesk.migrations.dialect import on_sqlite

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

TERMS = ("initial_term_months", "renewal", "renewal_term_months", "max_renewals", "notice_period", "notice_unit",
         "notice_by", "review_months")
BEFORE = ("agreement_id", "version_no", "start_date", "end_date", "monthly_total", "tax_rate_pct", "author_id",
          "content_json", "content_sha256", "frozen_at")
FROZEN = "agreement version is frozen"


def _sqlite_trigger(columns: tuple[str, ...]) -> str:
    return f"""
CREATE TRIGGER agreement_version_frozen
BEFORE UPDATE OF {", ".join(columns)}
ON agreement_version
WHEN OLD.content_sha256 IS NOT NULL
BEGIN SELECT RAISE(ABORT, '{FROZEN}'); END
"""


def _postgresql_function(columns: tuple[str, ...]) -> str:
    changed = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in columns)
    return f"""
CREATE OR REPLACE FUNCTION slamdesk_agreement_version_frozen() RETURNS trigger LANGUAGE plpgsql AS $rule$
BEGIN
    IF OLD.content_sha256 IS NOT NULL AND ({changed}) THEN
        RAISE EXCEPTION USING MESSAGE = '{FROZEN}', ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END
$rule$
"""


def _freeze(columns: tuple[str, ...]) -> None:
    if on_sqlite():
        op.execute("DROP TRIGGER agreement_version_frozen")
        op.execute(_sqlite_trigger(columns))
    else:
        op.execute(_postgresql_function(columns))


def upgrade() -> None:
    with op.batch_alter_table("agreement_version") as batch:
        batch.add_column(sa.Column("initial_term_months", sa.Integer(), nullable=False, server_default="12"))
        batch.add_column(sa.Column("renewal", sa.String(length=10), nullable=False, server_default="none"))
        batch.add_column(sa.Column("renewal_term_months", sa.Integer(), nullable=False, server_default="12"))
        batch.add_column(sa.Column("max_renewals", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("notice_period", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("notice_unit", sa.String(length=10), nullable=False, server_default="days"))
        batch.add_column(sa.Column("notice_by", sa.String(length=10), nullable=False, server_default="either"))
        batch.add_column(sa.Column("review_months", sa.Integer(), nullable=True))
    bind = op.get_bind()
    version = sa.table("agreement_version", sa.column("id", sa.Integer()), sa.column("start_date", sa.Date()),
                       sa.column("end_date", sa.Date()), sa.column("initial_term_months", sa.Integer()))
    spans = [{"key": row.id, "months": months_spanned(row.start_date, row.end_date)}
             for row in bind.execute(sa.select(version.c.id, version.c.start_date, version.c.end_date))]
    if spans:  # before the trigger knows the new columns: a signed version takes the term it already had
        bind.execute(version.update().where(version.c.id == sa.bindparam("key"))
                     .values(initial_term_months=sa.bindparam("months")), spans)
    _freeze(BEFORE + TERMS)


def downgrade() -> None:
    _freeze(BEFORE)
    for name in reversed(TERMS):  # in place (SQLite 3.35+): a copied table would lose the triggers that name it
        op.execute(f"ALTER TABLE agreement_version DROP COLUMN {name}")
