"""Tickets, their times on hold and outages, imported to measure agreements; the imports that wrote them.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from slamdesk.models.base import UtcDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "monitoring_import",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["app_user.id"], name=op.f("fk_monitoring_import_actor_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monitoring_import")),
    )
    op.create_table(
        "ticket",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("external_id", sa.String(length=120), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=True),
        sa.Column("customer", sa.String(length=200), nullable=False),
        sa.Column("service", sa.String(length=200), nullable=False),
        sa.Column("site", sa.String(length=200), nullable=False),
        sa.Column("priority", sa.String(length=4), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("first_response_at", UtcDateTime(), nullable=True),
        sa.Column("resolved_at", UtcDateTime(), nullable=True),
        sa.Column("reopened_at", UtcDateTime(), nullable=True),
        sa.Column("csat", sa.SmallInteger(), nullable=True),
        sa.Column("ces", sa.SmallInteger(), nullable=True),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("csat IS NULL OR csat BETWEEN 1 AND 5", name=op.f("ck_ticket_csat")),
        sa.CheckConstraint("ces IS NULL OR ces BETWEEN 1 AND 7", name=op.f("ck_ticket_ces")),
        sa.ForeignKeyConstraint(["agreement_id"], ["agreement.id"], name=op.f("fk_ticket_agreement_id_agreement")),
        sa.ForeignKeyConstraint(["import_id"], ["monitoring_import.id"], name=op.f("fk_ticket_import_id_monitoring_import")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket")),
        sa.UniqueConstraint("source", "external_id", name=op.f("uq_ticket_source")),
    )
    op.create_index("ix_ticket_agreement_created", "ticket", ["agreement_id", "created_at"])
    op.create_index(op.f("ix_ticket_import_id"), "ticket", ["import_id"])
    op.create_table(
        "ticket_hold",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("start_at", UtcDateTime(), nullable=False),
        sa.Column("end_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint("end_at >= start_at", name=op.f("ck_ticket_hold_order")),
        sa.ForeignKeyConstraint(["ticket_id"], ["ticket.id"], name=op.f("fk_ticket_hold_ticket_id_ticket"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_hold")),
    )
    op.create_index(op.f("ix_ticket_hold_ticket_id"), "ticket_hold", ["ticket_id"])
    op.create_table(
        "outage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("external_id", sa.String(length=120), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=True),
        sa.Column("service", sa.String(length=200), nullable=False),
        sa.Column("site", sa.String(length=200), nullable=False),
        sa.Column("region", sa.String(length=100), nullable=False),
        sa.Column("started_at", UtcDateTime(), nullable=False),
        sa.Column("ended_at", UtcDateTime(), nullable=True),
        sa.Column("planned", sa.Boolean(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("ended_at IS NULL OR ended_at >= started_at", name=op.f("ck_outage_order")),
        sa.ForeignKeyConstraint(["agreement_id"], ["agreement.id"], name=op.f("fk_outage_agreement_id_agreement")),
        sa.ForeignKeyConstraint(["import_id"], ["monitoring_import.id"], name=op.f("fk_outage_import_id_monitoring_import")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outage")),
        sa.UniqueConstraint("source", "external_id", name=op.f("uq_outage_source")),
    )
    op.create_index("ix_outage_service_started", "outage", ["service", "started_at"])
    op.create_index(op.f("ix_outage_agreement_id"), "outage", ["agreement_id"])
    op.create_index(op.f("ix_outage_import_id"), "outage", ["import_id"])


def downgrade() -> None:
    op.drop_table("outage")
    op.drop_table("ticket_hold")
    op.drop_table("ticket")
    op.drop_table("monitoring_import")
