"""Exported documents' bytes, kept in the database for a team.

On a team database every desk must reach every exported document, so an
export also stores its bytes here, beside its record (path, SHA-256, size);
a desk that lacks the file writes it out from here when it needs it. A
SQLite file's documents stay in its register folder only.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "register_document_content",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["register_document.id"],
                                name=op.f("fk_register_document_content_document_id_register_document"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_register_document_content")),
    )


def downgrade() -> None:
    op.drop_table("register_document_content")
