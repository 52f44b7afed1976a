"""Business-hours calendars by name and version, for measuring signed agreements.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from slamdesk.models.base import UtcDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "business_calendar",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["author_id"], ["app_user.id"], name=op.f("fk_business_calendar_author_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_business_calendar")),
        sa.UniqueConstraint("name", "version", name=op.f("uq_business_calendar_name")),
    )
    op.create_index(op.f("ix_business_calendar_name"), "business_calendar", ["name"])


def downgrade() -> None:
    op.drop_index(op.f("ix_business_calendar_name"), table_name="business_calendar")
    op.drop_table("business_calendar")
