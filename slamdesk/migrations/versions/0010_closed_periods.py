"""Closed compliance periods: figures stored when a period is closed, never changed after.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from slamdesk.migrations.dialect import drop_append_only, make_append_only
from slamdesk.models.base import UtcDateTime

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

MESSAGE = "frozen: the figures of a closed period are never changed or removed"


def upgrade() -> None:
    op.create_table(
        "closed_period",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("version_no", sa.Integer(), nullable=False),
        sa.Column("figures", sa.Text(), nullable=False),
        sa.Column("figures_sha256", sa.String(length=64), nullable=False),
        sa.Column("closed_by_id", sa.Integer(), nullable=False),
        sa.Column("closed_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["agreement_id"], ["agreement.id"], name=op.f("fk_closed_period_agreement_id_agreement")),
        sa.ForeignKeyConstraint(["closed_by_id"], ["app_user.id"], name=op.f("fk_closed_period_closed_by_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_closed_period")),
        sa.UniqueConstraint("agreement_id", "period", name=op.f("uq_closed_period_agreement_id")),
    )
    op.create_index(op.f("ix_closed_period_agreement_id"), "closed_period", ["agreement_id"])
    make_append_only("closed_period", MESSAGE)


def downgrade() -> None:
    drop_append_only("closed_period")
    op.drop_index(op.f("ix_closed_period_agreement_id"), table_name="closed_period")
    op.drop_table("closed_period")
