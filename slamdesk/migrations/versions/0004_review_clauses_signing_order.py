"""Clause library, review rounds, signing order, agreement structure.

Adds the clause library and each version's clauses (frozen with the version
like its lines), review rounds with named reviewers, due dates and anchored
comments, signatories with a signing order (a signature may now name its
signatory, so one party can have several), and links between agreements:
``parent_id`` for the corporate / customer / service structure and
``supports_id`` from an OLA or underpinning contract to the SLA it backs.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

from slamdesk.migrations.dialect import on_sqlite
from slamdesk.models.base import UtcDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

FROZEN_VERSION = "SELECT content_sha256 FROM agreement_version WHERE id = {row}.version_id"
CLAUSE_TRIGGERS = {
    "agreement_clause_frozen_insert": ("INSERT", "NEW"),
    "agreement_clause_frozen_update": ("UPDATE", "OLD"),
    "agreement_clause_frozen_delete": ("DELETE", "OLD"),
}


def _fk(table: str, column: str, target: str, ondelete: str | None = None) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def _index(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "clause",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(60), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        _fk("clause", "author_id", "app_user"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clause")),
        sa.UniqueConstraint("key", "language", "version", name=op.f("uq_clause_key")),
    )
    _index("clause", "key")
    op.create_table(
        "agreement_clause",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("clause_id", sa.Integer(), nullable=True),
        sa.Column("key", sa.String(60), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        _fk("agreement_clause", "clause_id", "clause"),
        _fk("agreement_clause", "version_id", "agreement_version", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_clause")),
    )
    _index("agreement_clause", "version_id")
    for name, (event, row) in CLAUSE_TRIGGERS.items() if on_sqlite() else ():
        op.execute(
            f"CREATE TRIGGER {name} BEFORE {event} ON agreement_clause "
            f"WHEN ({FROZEN_VERSION.format(row=row)}) IS NOT NULL "
            "BEGIN SELECT RAISE(ABORT, 'agreement version is frozen'); END"
        )

    op.create_table(
        "review_round",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(30), nullable=False),
        sa.Column("opened_by_id", sa.Integer(), nullable=False),
        sa.Column("opened_at", UtcDateTime(), nullable=False),
        sa.Column("closed_at", UtcDateTime(), nullable=True),
        _fk("review_round", "opened_by_id", "app_user"),
        _fk("review_round", "version_id", "agreement_version", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_round")),
        sa.UniqueConstraint("version_id", "number", name=op.f("uq_review_round_version_id")),
    )
    _index("review_round", "status", "version_id")
    op.create_table(
        "review_assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("reviewer_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(40), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("decision", sa.String(30), nullable=True),
        sa.Column("decided_at", UtcDateTime(), nullable=True),
        _fk("review_assignment", "reviewer_id", "app_user"),
        _fk("review_assignment", "round_id", "review_round", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_assignment")),
        sa.UniqueConstraint("round_id", "reviewer_id", name=op.f("uq_review_assignment_round_id")),
    )
    _index("review_assignment", "due_date", "reviewer_id", "round_id")
    op.create_table(
        "review_comment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assignment_id", sa.Integer(), nullable=False),
        sa.Column("section", sa.String(80), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        _fk("review_comment", "assignment_id", "review_assignment", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_comment")),
    )
    _index("review_comment", "assignment_id")

    op.create_table(
        "signatory",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("party", sa.String(20), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("title", sa.String(120), nullable=False),
        sa.Column("sign_group", sa.Integer(), nullable=False),
        _fk("signatory", "version_id", "agreement_version", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signatory")),
    )
    _index("signatory", "version_id")
    # A party may now have several signatories, so (version, party) is no longer unique.
    with op.batch_alter_table("signature", recreate="always") as batch_op:
        batch_op.drop_constraint("uq_signature_version_id", type_="unique")
        batch_op.add_column(sa.Column("signatory_id", sa.Integer(), nullable=True))
        batch_op.create_unique_constraint(op.f("uq_signature_signatory_id"), ["signatory_id"])
        batch_op.create_foreign_key(op.f("fk_signature_signatory_id_signatory"), "signatory", ["signatory_id"], ["id"])

    # Plain ADD COLUMN: rebuilding agreement would touch every table that refers to it.
    op.execute("ALTER TABLE agreement ADD COLUMN parent_id INTEGER REFERENCES agreement (id)")
    op.execute("ALTER TABLE agreement ADD COLUMN supports_id INTEGER REFERENCES agreement (id)")
    _index("agreement", "parent_id", "supports_id")


def downgrade() -> None:
    for column in ("parent_id", "supports_id"):
        op.drop_index(op.f(f"ix_agreement_{column}"), table_name="agreement")
        op.execute(f"ALTER TABLE agreement DROP COLUMN {column}")
    op.execute("DELETE FROM signature WHERE id NOT IN (SELECT MIN(id) FROM signature GROUP BY version_id, party)")
    with op.batch_alter_table("signature", recreate="always") as batch_op:
        batch_op.drop_constraint("fk_signature_signatory_id_signatory", type_="foreignkey")
        batch_op.drop_constraint("uq_signature_signatory_id", type_="unique")
        batch_op.drop_column("signatory_id")
        batch_op.create_unique_constraint("uq_signature_version_id", ["version_id", "party"])
    for name in CLAUSE_TRIGGERS if on_sqlite() else ():
        op.execute(f"DROP TRIGGER {name}")
    for table in ("signatory", "review_comment", "review_assignment", "review_round", "agreement_clause", "clause"):
        op.drop_table(table)
