"""Catalogue, requirements and price models in full.

Levels gain internal targets (kept stricter by a buffer), feasibility limits
(regions, minimum volume), VIP levels for one customer, a price model (fixed
fee, per-unit fee, volume bands, regional variants, value-based price) and
other measurable commitments. Requirements gain the customer's volumes,
outcome, experience goals, traceability (infeasible with a reason) and a VIP
price override. Versions gain a tax rate, which the freeze trigger covers.

Existing data keeps its totals: a level's fee was per unit of the
requirement's quantity, so levels become per-user and the quantity moves to
the requirement's user count.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

from slamdesk.migrations.dialect import on_sqlite
from slamdesk.models.base import Decimal4, UtcDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Stored Decimal4 values are integer ten-thousandths: 100 % is 1,000,000.
HUNDRED = 1_000_000

VERSION_FROZEN = """
CREATE TRIGGER agreement_version_frozen
BEFORE UPDATE OF agreement_id, version_no, start_date, end_date, monthly_total, tax_rate_pct,
                 author_id, content_json, content_sha256, frozen_at
ON agreement_version
WHEN OLD.content_sha256 IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'agreement version is frozen'); END
"""


def _level_child(name: str, *columns: sa.Column, unique: tuple[str, ...] = ()) -> None:
    constraints: list[sa.SchemaItem] = [
        sa.ForeignKeyConstraint(
            ["level_id"], ["service_level.id"], name=op.f(f"fk_{name}_level_id_service_level"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
    ]
    if unique:
        constraints.append(sa.UniqueConstraint(*unique, name=op.f(f"uq_{name}_level_id")))
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("level_id", sa.Integer(), nullable=False),
        *columns,
        *constraints,
    )
    op.create_index(op.f(f"ix_{name}_level_id"), name, ["level_id"], unique=False)


def upgrade() -> None:
    _level_child(
        "regional_variant",
        sa.Column("region", sa.String(length=100), nullable=False),
        sa.Column("surcharge_pct", Decimal4(), nullable=False),
        sa.Column("targets", sa.JSON(), nullable=False),
        unique=("level_id", "region"),
    )
    _level_child(
        "service_commitment",
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("amount", Decimal4(), nullable=False),
        sa.Column("internal_amount", Decimal4(), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
    )
    _level_child(
        "volume_band",
        sa.Column("min_units", sa.Integer(), nullable=False),
        sa.Column("discount_pct", Decimal4(), nullable=False),
        unique=("level_id", "min_units"),
    )

    with op.batch_alter_table("agreement_version") as batch_op:
        batch_op.add_column(sa.Column("tax_rate_pct", Decimal4(), nullable=False, server_default="0"))
    if on_sqlite():
        op.execute("DROP TRIGGER agreement_version_frozen")
        op.execute(VERSION_FROZEN)

    with op.batch_alter_table("service") as batch_op:
        batch_op.add_column(sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"))

    with op.batch_alter_table("service_level") as batch_op:
        batch_op.add_column(sa.Column("customer_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("internal_availability_pct", Decimal4(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("availability_period", sa.String(10), nullable=False, server_default="month"))
        batch_op.add_column(sa.Column("internal_buffer_pct", Decimal4(), nullable=False, server_default="200000"))
        batch_op.add_column(sa.Column("regions", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("min_units", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("fixed_fee", Decimal4(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("unit", sa.String(10), nullable=False, server_default="user"))
        batch_op.add_column(sa.Column("value_unit", sa.String(20), nullable=True))
        batch_op.add_column(sa.Column("value_price", Decimal4(), nullable=False, server_default="0"))
        batch_op.create_foreign_key(
            batch_op.f("fk_service_level_customer_id_customer"), "customer", ["customer_id"], ["id"]
        )
    # Internal aims start at the external commitment less the 20 % buffer.
    op.execute(
        f"UPDATE service_level SET internal_availability_pct = "
        f"{HUNDRED} - ({HUNDRED} - availability_pct) * 8 / 10"
    )

    with op.batch_alter_table("service_target") as batch_op:
        batch_op.add_column(sa.Column("internal_response_minutes", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("internal_resolution_minutes", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("calendar", sa.String(60), nullable=False, server_default=""))
    op.execute(
        "UPDATE service_target SET internal_response_minutes = response_minutes * 8 / 10, "
        "internal_resolution_minutes = resolution_minutes * 8 / 10"
    )

    with op.batch_alter_table("requirements_document") as batch_op:
        batch_op.add_column(sa.Column("title", sa.String(300), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("tax_rate_pct", Decimal4(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("sent_at", UtcDateTime(), nullable=True))
        batch_op.add_column(sa.Column("approved_at", UtcDateTime(), nullable=True))
        batch_op.add_column(sa.Column("approved_by", sa.String(200), nullable=False, server_default=""))

    with op.batch_alter_table("requirement") as batch_op:
        batch_op.add_column(sa.Column("outcome", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("region", sa.String(100), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("priority_notes", sa.JSON(), nullable=False, server_default="{}"))
        batch_op.add_column(sa.Column("users", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("devices", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("sites", sa.Integer(), nullable=False, server_default="1"))
        batch_op.add_column(sa.Column("tickets_per_month", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("items_per_month", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("csat_target_pct", Decimal4(), nullable=True))
        batch_op.add_column(sa.Column("effort_target", Decimal4(), nullable=True))
        batch_op.add_column(sa.Column("infeasible_kind", sa.String(20), nullable=True))
        batch_op.add_column(sa.Column("infeasible_reason", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("price_override", Decimal4(), nullable=True))
        batch_op.add_column(sa.Column("override_reason", sa.Text(), nullable=False, server_default=""))
    op.execute("UPDATE requirement SET users = quantity")
    with op.batch_alter_table("requirement") as batch_op:
        batch_op.alter_column("service_id", existing_type=sa.Integer(), nullable=True)
        batch_op.drop_column("quantity")


def downgrade() -> None:
    # The old schema cannot hold a requirement without a service or a VIP level.
    op.execute("DELETE FROM requirement WHERE service_id IS NULL")
    with op.batch_alter_table("requirement") as batch_op:
        batch_op.add_column(sa.Column("quantity", sa.Integer(), nullable=False, server_default="1"))
    op.execute("UPDATE requirement SET quantity = MAX(users, 1)")
    with op.batch_alter_table("requirement") as batch_op:
        for name in (
            "outcome", "region", "priority_notes", "users", "devices", "sites", "tickets_per_month",
            "items_per_month", "csat_target_pct", "effort_target", "infeasible_kind", "infeasible_reason",
            "price_override", "override_reason",
        ):
            batch_op.drop_column(name)
    with op.batch_alter_table("requirements_document") as batch_op:
        for name in ("title", "tax_rate_pct", "sent_at", "approved_at", "approved_by"):
            batch_op.drop_column(name)
    with op.batch_alter_table("service_target") as batch_op:
        for name in ("internal_response_minutes", "internal_resolution_minutes", "calendar"):
            batch_op.drop_column(name)
    with op.batch_alter_table("service_level") as batch_op:
        batch_op.drop_constraint("fk_service_level_customer_id_customer", type_="foreignkey")
        for name in (
            "customer_id", "internal_availability_pct", "availability_period", "internal_buffer_pct",
            "regions", "min_units", "fixed_fee", "unit", "value_unit", "value_price",
        ):
            batch_op.drop_column(name)
    with op.batch_alter_table("service") as batch_op:
        batch_op.drop_column("row_version")
    if on_sqlite():
        op.execute("DROP TRIGGER agreement_version_frozen")
        op.execute(VERSION_FROZEN.replace(" tax_rate_pct,", ""))
    # Not a batch: rebuilding agreement_version would break the triggers on its lines.
    op.drop_column("agreement_version", "tax_rate_pct")
    for name in ("volume_band", "service_commitment", "regional_variant"):
        op.drop_index(op.f(f"ix_{name}_level_id"), table_name=name)
        op.drop_table(name)
