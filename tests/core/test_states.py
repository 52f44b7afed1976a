"""The states core compares are StrEnums whose values are the strings the database keeps (core.states and the
enums of the modules that own them): each value is pinned, fits its column, is what the migrations' rules name,
and is exactly what the use cases store, read back past slamdesk with raw SQL. A renamed value fails here."""

from __future__ import annotations

import datetime as dt
import importlib
from enum import StrEnum

from sqlalchemy import Column

from slamdesk.core import agreements, requirements
from slamdesk.core.agreements import SignatoryInput
from slamdesk.core.catalogue_rules import Unit
from slamdesk.core.db import Database
from slamdesk.core.lifecycle import TRANSITIONS, Action, Status
from slamdesk.core.pricing import SETTLED, LineState
from slamdesk.core.requirements_rules import DocumentStatus, InfeasibleKind
from slamdesk.core.reviews import Decision, RoundStatus
from slamdesk.core.roles import Role
from slamdesk.core.states import Kind, Party
from slamdesk.models import (
    Agreement,
    AgreementVersion,
    Requirement,
    RequirementsDocument,
    ReviewAssignment,
    ReviewDecision,
    ReviewRound,
    ServiceLevel,
    Signatory,
    Signature,
)
from tests.raw import raw

from .helpers import priced_document
from .workflow import team

START, END = dt.date(2027, 1, 1), dt.date(2028, 12, 31)

# Each state's values as the database has always stored them: a rename needs a migration, not just an edit.
STORED: dict[type[StrEnum], tuple[set[str], tuple[Column[str], ...]]] = {
    Status: ({"draft", "in_review", "changes_requested", "approved", "signed", "active", "terminated"},
             (AgreementVersion.__table__.c.status,)),
    Kind: ({"customer_sla", "internal_sla", "ola", "underpinning_contract"}, (Agreement.__table__.c.kind,)),
    Party: ({"provider", "customer"}, (Signatory.__table__.c.party, Signature.__table__.c.party)),
    Decision: ({"approved", "changes_requested"},
               (ReviewAssignment.__table__.c.decision, ReviewDecision.__table__.c.decision)),
    RoundStatus: ({"open", "approved", "changes_requested"}, (ReviewRound.__table__.c.status,)),
    DocumentStatus: ({"draft", "sent", "approved"}, (RequirementsDocument.__table__.c.status,)),
    InfeasibleKind: ({"technical", "commercial"}, (Requirement.__table__.c.infeasible_kind,)),
    Unit: ({"none", "user", "device", "site"}, (ServiceLevel.__table__.c.unit,)),
    Role: ({"representative", "legal_reviewer", "quality_checker", "customer_signatory", "administrator"},
           (ReviewAssignment.__table__.c.role, ReviewDecision.__table__.c.role)),
}


def _distinct(db: Database, table: str, column: str) -> set[str]:
    with raw(db) as sql:
        return {row[0] for row in sql.rows(f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL")}


def test_each_stored_state_has_exactly_the_values_the_database_keeps_and_each_fits_its_columns() -> None:
    for state, (values, columns) in STORED.items():
        assert {member.value for member in state} == values, state.__name__
        for column in columns:
            longest = max(len(value) for value in values)
            assert longest <= column.type.length, f"{state.__name__} in {column}"  # type: ignore[attr-defined]


def test_the_computed_states_and_the_lifecycle_steps_keep_their_names() -> None:
    # A quote line's state is computed, never stored, but the window and the messages name it.
    assert [state.value for state in LineState] == ["traced", "infeasible", "unmatched", "unpriced", "blocked"]
    assert SETTLED == {LineState.TRACED, LineState.INFEASIBLE}
    # The audit log records each step as agreement.<action>.
    assert [action.value for action in Action] == [
        "submit", "approve", "request_changes", "revise", "complete_signing", "activate", "terminate"
    ]
    assert set(TRANSITIONS) == set(Action) and all(TRANSITIONS[action].action is action for action in Action)


def test_the_migrations_rules_name_the_lifecycles_statuses() -> None:
    # The triggers that keep a signed version's status moving only forward (0005 on SQLite, 0006 on PostgreSQL).
    for name in ("0005_freeze_what_signed_documents_show", "0006_postgresql_rules"):
        forward = importlib.import_module(f"slamdesk.migrations.versions.{name}").FORWARD
        named = set(forward) | {status for targets in forward.values() for status in targets}
        assert named == {"approved", "signed", "active", "terminated"} and named <= {s.value for s in Status}, name


def test_what_the_demo_portfolio_stores_is_each_states_values(demo_db: Database) -> None:
    assert _distinct(demo_db, "agreement_version", "status") == STORED[Status][0]
    assert _distinct(demo_db, "review_round", "status") == STORED[RoundStatus][0]
    assert _distinct(demo_db, "review_assignment", "decision") == STORED[Decision][0]
    assert _distinct(demo_db, "review_decision", "decision") == STORED[Decision][0]
    assert _distinct(demo_db, "requirement", "infeasible_kind") == STORED[InfeasibleKind][0]
    assert _distinct(demo_db, "signature", "party") == STORED[Party][0]
    assert _distinct(demo_db, "service_level", "unit") == {"none", "user", "site"}
    # approved: those the signed agreements were drafted from (signing approves them)
    assert _distinct(demo_db, "requirements_document", "status") == {"approved", "draft", "sent"}


def test_every_kind_the_signing_order_and_the_customers_approval_are_stored_as_their_values(db: Database) -> None:
    people = team(db)
    rep = people["anna"]
    numbers = {
        kind: agreements.create_draft(db, rep, requirements_document_id=priced_document(db, rep), title=f"A {kind}",
                                      start_date=START, end_date=END, kind=kind)
        for kind in Kind
    }
    assert _distinct(db, "agreement", "kind") == STORED[Kind][0]
    assert {agreements.get_agreement(db, number).kind for number in numbers.values()} == STORED[Kind][0]
    agreements.set_signatories(db, rep, numbers[Kind.OLA], [
        SignatoryInput(Party.PROVIDER, "Anna Lindqvist", "Account manager"),
        SignatoryInput("customer", "Ірина Бондаренко", "Директорка", 2),  # as a form hands it over: a str
    ])
    assert _distinct(db, "signatory", "party") == STORED[Party][0]
    assert [s.party for s in agreements.get_agreement(db, numbers[Kind.OLA]).signatories] == [Party.PROVIDER, Party.CUSTOMER]
    document = requirements.get_requirements(db, priced_document(db, rep))
    document = requirements.send_requirements(db, rep, document.id, row_version=document.row_version)
    approved = requirements.record_customer_approval(db, rep, document.id, "Ірина", row_version=document.row_version)
    assert approved.status is DocumentStatus.APPROVED
    assert _distinct(db, "requirements_document", "status") == {"draft", "approved"}
