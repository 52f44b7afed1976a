"""Periodic reviews held: when, who attended, what was decided (keep, change level, amend terms, terminate), the
notes and the amendment it led to (``core.renewals.periodic_review``). Append-only on both backends: what a
review meeting decided is history.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from slamdesk.migrations.dialect import drop_append_only, make_append_only
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
    make_append_only("periodic_review", MESSAGE)


def downgrade() -> None:
    drop_append_only("periodic_review")
    op.drop_index(op.f("ix_periodic_review_agreement_id"), table_name="periodic_review")
    op.drop_table("periodic_review")
