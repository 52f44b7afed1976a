"""What happened to an agreement's terms after signing: renewals (tacit ones recorded as they pass, express ones
confirmed by a person) and notices (who gave it, when, effective when, why). Append-only on both backends: a
renewal or a notice is never changed or removed, and one term renews or is given notice for at most once.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from slamdesk.migrations.dialect import drop_append_only, make_append_only
from slamdesk.models.base import UtcDateTime

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

MESSAGE = "frozen: a renewal or a notice is never changed or removed"


def upgrade() -> None:
    op.create_table(
        "agreement_term_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("term_no", sa.Integer(), nullable=False),
        sa.Column("party", sa.String(length=10), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("effective", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=30), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["agreement_id"], ["agreement.id"], name=op.f("fk_agreement_term_event_agreement_id_agreement")),
        sa.ForeignKeyConstraint(["actor_id"], ["app_user.id"], name=op.f("fk_agreement_term_event_actor_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_term_event")),
        sa.UniqueConstraint("agreement_id", "kind", "term_no", name=op.f("uq_agreement_term_event_agreement_id")),
        sa.CheckConstraint("kind IN ('renewed', 'notice')", name=op.f("ck_agreement_term_event_kind")),
    )
    make_append_only("agreement_term_event", MESSAGE)


def downgrade() -> None:
    drop_append_only("agreement_term_event")
    op.drop_table("agreement_term_event")
