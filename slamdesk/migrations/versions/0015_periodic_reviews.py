"""Periodic reviews held: when, who attended, what was decided (keep, change level, amend terms, terminate), the
notes and the amendment it led to (``core.renewals.periodic_review``). Append-only on both backends: what a
review meeting decided is history.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from slamdesk.migrations.dialect import on_sqlite
from slamdesk.models.base import UtcDateTime

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

MESSAGE = "frozen: a periodic review held is never changed or removed"


def upgrade() -> None:
    op.create_table(
        "periodic_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("attendees", sa.Text(), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("amendment_version_no", sa.Integer(), nullable=True),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["agreement_id"], ["agreement.id"], name=op.f("fk_periodic_review_agreement_id_agreement")),
        sa.ForeignKeyConstraint(["actor_id"], ["app_user.id"], name=op.f("fk_periodic_review_actor_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_periodic_review")),
        sa.CheckConstraint("decision IN ('keep', 'change_level', 'amend_terms', 'terminate')",
                           name=op.f("ck_periodic_review_decision")),
    )
    op.create_index(op.f("ix_periodic_review_agreement_id"), "periodic_review", ["agreement_id"])
    if on_sqlite():
        for event in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER periodic_review_no_{event.lower()} BEFORE {event} ON periodic_review "
                       f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")
        return
    op.execute(f"""
CREATE FUNCTION slamdesk_periodic_review_frozen() RETURNS trigger LANGUAGE plpgsql AS $rule$
BEGIN
    RAISE EXCEPTION USING MESSAGE = '{MESSAGE}', ERRCODE = 'integrity_constraint_violation';
END
$rule$
""")
    op.execute("CREATE TRIGGER periodic_review_frozen BEFORE UPDATE OR DELETE ON periodic_review "
               "FOR EACH ROW EXECUTE FUNCTION slamdesk_periodic_review_frozen()")
    op.execute("CREATE TRIGGER periodic_review_no_truncate BEFORE TRUNCATE ON periodic_review "
               "FOR EACH STATEMENT EXECUTE FUNCTION slamdesk_periodic_review_frozen()")


def downgrade() -> None:
    if on_sqlite():
        op.execute("DROP TRIGGER periodic_review_no_update")
        op.execute("DROP TRIGGER periodic_review_no_delete")
    else:
        op.execute("DROP TRIGGER periodic_review_no_truncate ON periodic_review")
        op.execute("DROP TRIGGER periodic_review_frozen ON periodic_review")
        op.execute("DROP FUNCTION slamdesk_periodic_review_frozen()")
    op.drop_index(op.f("ix_periodic_review_agreement_id"), table_name="periodic_review")
    op.drop_table("periodic_review")
