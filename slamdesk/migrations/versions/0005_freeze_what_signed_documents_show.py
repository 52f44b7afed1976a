"""Freeze everything a signed version's document shows.

Until now only a signed version's own columns, lines and clauses were
frozen. Its document also shows the agreement's number, title, kind,
currency and language, the customer's name, country and contact, the review
record, the signing order and the signatures, and its status. With raw SQL
any of those could change after signing. From this revision the database
refuses:

- changes to the agreement's number, customer, kind, title, currency and
  language once any of its versions is signed;
- changes to a customer's name, country and language, and to its contacts,
  once the customer has a signed agreement (contacts may still be added);
- any change to the signatures of a signed version, and a new signature
  unless the version is approved (signing is what moves it on);
- any change to the review decisions, rounds, assignments and comments and to
  the signing order of a signed version;
- a signed version's status moving anywhere but forward
  (approved -> signed -> active -> terminated).

Every refusal's message starts with ``frozen: `` and says in words what was
refused; ``core.db`` shows the words. The audit log gets an index by entity,
which the checks of who last changed a record and who touched a version read.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from alembic import op

from slamdesk.migrations.dialect import on_sqlite

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _refuse(message: str) -> str:
    return f"BEGIN SELECT RAISE(ABORT, 'frozen: {message}'); END"


SIGNED_VERSION = "EXISTS (SELECT 1 FROM agreement_version v WHERE v.id = {version} AND v.content_sha256 IS NOT NULL)"
SIGNED_AGREEMENT = (
    "EXISTS (SELECT 1 FROM agreement_version v WHERE v.agreement_id = {agreement} AND v.content_sha256 IS NOT NULL)"
)
CUSTOMER_SIGNED = (
    "EXISTS (SELECT 1 FROM agreement a JOIN agreement_version v ON v.agreement_id = a.id "
    "WHERE a.customer_id = {customer} AND v.content_sha256 IS NOT NULL)"
)
ROUND_VERSION = "(SELECT r.version_id FROM review_round r WHERE r.id = {round})"
ASSIGNMENT_VERSION = (
    "(SELECT r.version_id FROM review_round r JOIN review_assignment a ON a.round_id = r.id WHERE a.id = {assignment})"
)

# Forward moves of a signed version's status: old -> allowed new ones.
FORWARD = {
    "approved": ("approved", "signed"),
    "signed": ("signed", "active", "terminated"),
    "active": ("active", "terminated"),
    "terminated": ("terminated",),
}


def _status_rule() -> str:
    cases = " ".join(
        f"WHEN '{old}' THEN NEW.status IN ({', '.join(repr(n) for n in new)})" for old, new in FORWARD.items()
    )
    return f"NOT (CASE OLD.status {cases} ELSE 0 END)"


TRIGGERS: dict[str, str] = {
    "agreement_signed_terms": (
        "BEFORE UPDATE OF number, customer_id, kind, title, currency, language ON agreement "
        f"WHEN {SIGNED_AGREEMENT.format(agreement='OLD.id')} "
        + _refuse("the agreement has a signed version, so its number, customer, kind, title, currency and language "
                  "are as signed; make an amendment")
    ),
    "customer_signed_name": (
        "BEFORE UPDATE OF name, country, language ON customer "
        f"WHEN {CUSTOMER_SIGNED.format(customer='OLD.id')} "
        + _refuse("the customer has signed agreements that show its name, country and language as signed")
    ),
    "customer_signed_delete": (
        f"BEFORE DELETE ON customer WHEN {CUSTOMER_SIGNED.format(customer='OLD.id')} "
        + _refuse("the customer has signed agreements and cannot be deleted")
    ),
    "contact_signed_update": (
        "BEFORE UPDATE OF customer_id, name, title, email ON contact "
        f"WHEN {CUSTOMER_SIGNED.format(customer='OLD.customer_id')} "
        + _refuse("the contact appears in signed agreements as signed; add a new contact instead")
    ),
    "contact_signed_delete": (
        f"BEFORE DELETE ON contact WHEN {CUSTOMER_SIGNED.format(customer='OLD.customer_id')} "
        + _refuse("the contact appears in signed agreements and cannot be deleted")
    ),
    "signature_insert_approved_only": (
        "BEFORE INSERT ON signature "
        "WHEN (SELECT status FROM agreement_version WHERE id = NEW.version_id) IS NOT 'approved' "
        + _refuse("only an approved version can be signed")
    ),
    "signature_no_update": (
        "BEFORE UPDATE ON signature " + _refuse("a signature cannot be changed once given")
    ),
    "signature_no_delete": (
        f"BEFORE DELETE ON signature WHEN {SIGNED_VERSION.format(version='OLD.version_id')} "
        + _refuse("a signature of a signed version cannot be removed")
    ),
    "agreement_version_status_forward": (
        "BEFORE UPDATE OF status ON agreement_version "
        f"WHEN OLD.content_sha256 IS NOT NULL AND {_status_rule()} "
        + _refuse("a signed version only moves forward: signed, active, terminated")
    ),
}

for table, version in (
    ("review_decision", "{row}.version_id"),
    ("review_round", "{row}.version_id"),
    ("review_assignment", ROUND_VERSION.format(round="{row}.round_id")),
    ("review_comment", ASSIGNMENT_VERSION.format(assignment="{row}.assignment_id")),
    ("signatory", "{row}.version_id"),
):
    for event, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
        TRIGGERS[f"{table}_frozen_{event.lower()}"] = (
            f"BEFORE {event} ON {table} WHEN {SIGNED_VERSION.format(version=version.format(row=row))} "
            + _refuse("the review record and the signing order of a signed version are as signed")
        )


def upgrade() -> None:
    for name, body in TRIGGERS.items() if on_sqlite() else ():  # PostgreSQL: revision 0006
        op.execute(f"CREATE TRIGGER {name} {body}")
    # Who last changed a record, and who touched a version, are read from the log by entity.
    op.create_index("ix_audit_event_entity", "audit_event", ["entity_type", "entity_id"])


def downgrade() -> None:
    op.drop_index("ix_audit_event_entity", table_name="audit_event")
    for name in TRIGGERS if on_sqlite() else ():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
