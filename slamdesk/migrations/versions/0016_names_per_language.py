"""A catalogue service's and level's names in other languages, and the names each agreement line shows in its
agreement's language (``core.catalogue_names``).

Plain added columns (no table is rebuilt, so the triggers that freeze a signed version's lines stay as they are and
cover the new columns too: they refuse any change to such a line). Existing services have no other names yet and
existing lines show the catalogue's names, which is what they showed when they were signed.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("service", sa.Column("names", sa.JSON(), nullable=False, server_default="{}"))
    op.add_column("service_level", sa.Column("names", sa.JSON(), nullable=False, server_default="{}"))
    op.add_column("agreement_line", sa.Column("shown_service_name", sa.String(length=200), nullable=True))
    op.add_column("agreement_line", sa.Column("shown_level_name", sa.String(length=60), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("service") as batch:
        batch.drop_column("names")
    with op.batch_alter_table("service_level") as batch:
        batch.drop_column("names")
    op.drop_column("agreement_line", "shown_level_name")
    op.drop_column("agreement_line", "shown_service_name")
