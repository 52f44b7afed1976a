"""Credit notes in the register: what a register document is (an agreement, a credit note) and its period; and
the experience check of a closed period, stored with its figures (the register filters on it).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("register_document") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=20), server_default="agreement", nullable=False))
        batch.add_column(sa.Column("period", sa.String(length=7), nullable=True))
    # A column added is no change to the frozen rows' figures: the triggers refuse UPDATE and DELETE, not this.
    op.add_column("closed_period", sa.Column("experience", sa.String(length=20), server_default="", nullable=False))


def downgrade() -> None:
    op.drop_column("closed_period", "experience")
    with op.batch_alter_table("register_document") as batch:
        batch.drop_column("period")
        batch.drop_column("kind")
