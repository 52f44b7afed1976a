"""A team database on PostgreSQL gets the rules a SQLite file has had since 0001-0005.

Revisions 0001-0005 create SQLite's triggers and FTS5 index only on SQLite.
On PostgreSQL this revision creates the same rules, each in PL/pgSQL (a
PostgreSQL trigger's WHEN clause cannot look at other tables, so every
condition lives in its function):

- a signed version is frozen: its content columns, lines and clauses; it
  cannot be deleted; its status only moves forward;
- what a signed version's document draws from is frozen: the agreement's
  terms, the customer's name and contacts, signatures, the review record and
  the signing order (as revision 0005 on SQLite);
- the audit log only grows (no UPDATE, DELETE or TRUNCATE);
- the register's search index: one row per agreement with its words folded
  (``core.search_index``), matched word by word as prefixes.

Every refusal's message is the SQLite one, so ``core`` shows the same words.
On SQLite this revision does nothing.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from alembic import op

from slamdesk.migrations.dialect import on_sqlite

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

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
FROZEN = "agreement version is frozen"
REVIEW_RECORD = "frozen: the review record and the signing order of a signed version are as signed"
FORWARD = {
    "approved": ("approved", "signed"),
    "signed": ("signed", "active", "terminated"),
    "active": ("active", "terminated"),
    "terminated": ("terminated",),
}


def _status_moves_back() -> str:
    cases = " ".join(
        f"WHEN '{old}' THEN NEW.status IN ({', '.join(repr(n) for n in new)})" for old, new in FORWARD.items()
    )
    return f"NOT (CASE OLD.status {cases} ELSE false END)"


def _changed(columns: tuple[str, ...]) -> str:
    return "(" + " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in columns) + ")"


# name -> (table, events, condition, message)
RULES: dict[str, tuple[str, str, str, str]] = {
    "agreement_version_frozen": (
        "agreement_version", "UPDATE",
        "OLD.content_sha256 IS NOT NULL AND " + _changed((
            "agreement_id", "version_no", "start_date", "end_date", "monthly_total", "tax_rate_pct",
            "author_id", "content_json", "content_sha256", "frozen_at")),
        FROZEN,
    ),
    "agreement_version_frozen_delete": ("agreement_version", "DELETE", "OLD.content_sha256 IS NOT NULL", FROZEN),
    "agreement_version_status_forward": (
        "agreement_version", "UPDATE",
        f"OLD.content_sha256 IS NOT NULL AND NEW.status IS DISTINCT FROM OLD.status AND {_status_moves_back()}",
        "frozen: a signed version only moves forward: signed, active, terminated",
    ),
    "agreement_signed_terms": (
        "agreement", "UPDATE",
        _changed(("number", "customer_id", "kind", "title", "currency", "language"))
        + " AND " + SIGNED_AGREEMENT.format(agreement="OLD.id"),
        "frozen: the agreement has a signed version, so its number, customer, kind, title, currency and language "
        "are as signed; make an amendment",
    ),
    "customer_signed_name": (
        "customer", "UPDATE",
        _changed(("name", "country", "language")) + " AND " + CUSTOMER_SIGNED.format(customer="OLD.id"),
        "frozen: the customer has signed agreements that show its name, country and language as signed",
    ),
    "customer_signed_delete": (
        "customer", "DELETE", CUSTOMER_SIGNED.format(customer="OLD.id"),
        "frozen: the customer has signed agreements and cannot be deleted",
    ),
    "contact_signed_update": (
        "contact", "UPDATE",
        _changed(("customer_id", "name", "title", "email")) + " AND " + CUSTOMER_SIGNED.format(customer="OLD.customer_id"),
        "frozen: the contact appears in signed agreements as signed; add a new contact instead",
    ),
    "contact_signed_delete": (
        "contact", "DELETE", CUSTOMER_SIGNED.format(customer="OLD.customer_id"),
        "frozen: the contact appears in signed agreements and cannot be deleted",
    ),
    "signature_insert_approved_only": (
        "signature", "INSERT",
        "(SELECT status FROM agreement_version WHERE id = NEW.version_id) IS DISTINCT FROM 'approved'",
        "frozen: only an approved version can be signed",
    ),
    "signature_no_update": ("signature", "UPDATE", "true", "frozen: a signature cannot be changed once given"),
    "signature_no_delete": (
        "signature", "DELETE", SIGNED_VERSION.format(version="OLD.version_id"),
        "frozen: a signature of a signed version cannot be removed",
    ),
    "audit_event_no_update": ("audit_event", "UPDATE", "true", "audit log is append-only"),
    "audit_event_no_delete": ("audit_event", "DELETE", "true", "audit log is append-only"),
}
for table in ("agreement_line", "agreement_clause"):
    RULES[f"{table}_frozen_insert"] = (table, "INSERT", SIGNED_VERSION.format(version="NEW.version_id"), FROZEN)
    RULES[f"{table}_frozen_change"] = (
        table, "UPDATE OR DELETE", SIGNED_VERSION.format(version="OLD.version_id"), FROZEN)
for table, version in (
    ("review_decision", "{row}.version_id"),
    ("review_round", "{row}.version_id"),
    ("review_assignment", ROUND_VERSION.format(round="{row}.round_id")),
    ("review_comment", ASSIGNMENT_VERSION.format(assignment="{row}.assignment_id")),
    ("signatory", "{row}.version_id"),
):
    RULES[f"{table}_frozen_insert"] = (table, "INSERT", SIGNED_VERSION.format(version=version.format(row="NEW")),
                                       REVIEW_RECORD)
    RULES[f"{table}_frozen_change"] = (table, "UPDATE OR DELETE",
                                       SIGNED_VERSION.format(version=version.format(row="OLD")), REVIEW_RECORD)


def _function(name: str, condition: str, message: str) -> str:
    quoted = message.replace("'", "''")
    return f"""
CREATE FUNCTION slamdesk_{name}() RETURNS trigger LANGUAGE plpgsql AS $rule$
BEGIN
    IF {condition} THEN
        RAISE EXCEPTION USING MESSAGE = '{quoted}', ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END
$rule$
"""


def upgrade() -> None:
    if on_sqlite():
        return
    for name, (table, events, condition, message) in RULES.items():
        op.execute(_function(name, condition, message))
        op.execute(f"CREATE TRIGGER {name} BEFORE {events} ON {table} FOR EACH ROW EXECUTE FUNCTION slamdesk_{name}()")
    op.execute(_function("audit_event_no_truncate", "true", "audit log is append-only").replace(
        "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;\n    RETURN NEW;", "RETURN NULL;"))
    op.execute("CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event "
               "FOR EACH STATEMENT EXECUTE FUNCTION slamdesk_audit_event_no_truncate()")
    op.execute(
        "CREATE TABLE agreement_search ("
        " rowid INTEGER PRIMARY KEY REFERENCES agreement (id) ON DELETE CASCADE,"
        " haystack TEXT NOT NULL)"
    )


def downgrade() -> None:
    if on_sqlite():
        return
    op.execute("DROP TABLE agreement_search")
    op.execute("DROP TRIGGER audit_event_no_truncate ON audit_event")
    op.execute("DROP FUNCTION slamdesk_audit_event_no_truncate()")
    for name, (table, _events, _condition, _message) in RULES.items():
        op.execute(f"DROP TRIGGER {name} ON {table}")
        op.execute(f"DROP FUNCTION slamdesk_{name}()")
