"""Where each signed agreement stands in its terms, kept beside it so the register can filter and sort on it in
SQL: its state, current term, notice deadline, renewal day, day to confirm an express renewal and next review
(``core.renewals.schedule``). Derived data, made again from the terms and their history whenever they change and
each day (the first refresh fills it for agreements signed before). And an index of the open tickets alone.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agreement_schedule",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("computed_on", sa.Date(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("term_no", sa.Integer(), nullable=False),
        sa.Column("term_last_day", sa.Date(), nullable=False),
        sa.Column("notice_deadline", sa.Date(), nullable=True),
        sa.Column("renews_on", sa.Date(), nullable=True),
        sa.Column("confirm_by", sa.Date(), nullable=True),
        sa.Column("next_review", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["agreement_id"], ["agreement.id"], ondelete="CASCADE",
                                name=op.f("fk_agreement_schedule_agreement_id_agreement")),
        sa.PrimaryKeyConstraint("agreement_id", name=op.f("pk_agreement_schedule")),
    )
    for column in ("notice_deadline", "renews_on", "next_review", "term_last_day"):
        op.create_index(op.f(f"ix_agreement_schedule_{column}"), "agreement_schedule", [column])
    # The open tickets alone, in the order they are read (``monitoring.at_risk``): a million resolved ones are
    # never scanned to find them.
    op.create_index("ix_ticket_open", "ticket", ["created_at"], sqlite_where=sa.text("resolved_at IS NULL"),
                    postgresql_where=sa.text("resolved_at IS NULL"))


def downgrade() -> None:
    op.drop_index("ix_ticket_open", table_name="ticket")
    for column in ("notice_deadline", "renews_on", "next_review", "term_last_day"):
        op.drop_index(op.f(f"ix_agreement_schedule_{column}"), table_name="agreement_schedule")
    op.drop_table("agreement_schedule")
