"""Amending and comparing versions (core.versions), the edges: a change to one thing alone is named and
makes two versions differ; who is refused before what; what an amendment keeps."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import text

from slamdesk.core import agreements, versions
from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied, ValidationError
from slamdesk.core.versions import FieldChange, LineChange

from .test_versions import _signed
from .workflow import drafted

pytestmark = pytest.mark.rule_edges  # on SQLite: the feature's own tests run it on both backends (tests/conftest.py)

V2 = "(SELECT id FROM agreement_version WHERE version_no = 2)"


def test_a_line_covering_other_priorities_is_the_only_change_and_the_versions_differ(db: Database) -> None:
    people, number = _signed(db)
    versions.amend(db, people["anna"], number, "P2 for the network too")
    with db.unit_of_work() as session:
        session.execute(text(f"UPDATE agreement_line SET priorities = 'P1, P2' WHERE version_id = {V2} AND position = 2"))
    diff = versions.compare_versions(db, number, 1, 2)
    assert (diff.terms, diff.clauses) == ((), ())
    assert diff.lines == (
        LineChange("changed", "Network monitoring", "Одеса, порт", (FieldChange("priorities", "P1", "P1, P2"),)),
    )
    assert not diff.unchanged


def test_only_a_changed_term_or_only_a_changed_clause_makes_versions_differ(db: Database) -> None:
    people, number = _signed(db)
    versions.amend(db, people["anna"], number, "A reworded clause")
    with db.unit_of_work() as session:
        session.execute(text(f"UPDATE agreement_clause SET text = 'Reworded.' WHERE version_id = {V2} AND key = 'termination'"))
    diff = versions.compare_versions(db, number, 1, 2)
    assert (diff.terms, diff.lines, [c.key for c in diff.clauses]) == ((), (), ["termination"])
    assert not diff.unchanged
    with db.unit_of_work() as session:
        session.execute(text(f"UPDATE agreement_clause SET text = (SELECT c.text FROM agreement_clause c JOIN"
                             f" agreement_version v ON v.id = c.version_id WHERE v.version_no = 1 AND c.key = 'termination')"
                             f" WHERE version_id = {V2} AND key = 'termination'"))
        session.execute(text(f"UPDATE agreement_version SET tax_rate_pct = 250000 WHERE id = {V2}"))
    diff = versions.compare_versions(db, number, 1, 2)
    assert (diff.terms, diff.lines, diff.clauses) == ((FieldChange("tax_rate_pct", "0.0000", "25.0000"),), (), ())
    assert not diff.unchanged


def test_someone_who_may_not_amend_is_told_so_before_anything_about_the_reason(db: Database) -> None:
    people, number = _signed(db)
    for reason in ("", "x" * 5001):
        with pytest.raises(PermissionDenied, match="amend agreements"):
            versions.amend(db, people["linh"], number, reason)
    assert len(versions.list_versions(db, number)) == 1


def test_a_representative_whose_role_was_taken_away_cannot_amend(db: Database) -> None:
    people, number = _signed(db)
    with db.unit_of_work() as session:
        session.execute(text("UPDATE app_user SET role = 'quality_checker' WHERE username = 'anna'"))
    with pytest.raises(PermissionDenied, match="is a quality checker, not a representative; sign in again"):
        versions.amend(db, people["anna"], number, "Why")  # the stored role counts, not the one claimed
    assert len(versions.list_versions(db, number)) == 1


def test_a_number_longer_than_any_agreement_number_is_refused_by_every_lookup(db: Database) -> None:
    people, number = _signed(db)
    too_long = number + "-" + "9" * 40
    for call in (lambda: versions.amend(db, people["anna"], too_long, "Why"),
                 lambda: versions.list_versions(db, too_long), lambda: versions.current_version_id(db, too_long),
                 lambda: versions.compare_versions(db, too_long, 1, 2)):
        with pytest.raises(ValidationError, match="^the agreement number can be at most 40 characters") as caught:
            call()
        assert caught.value.field == "number"


def test_an_amendment_keeps_the_tax_rate_the_signed_version_agreed(db: Database) -> None:
    people, number = drafted(db)
    with db.unit_of_work() as session:  # a tax rate of its own before anyone signs (the demo's is 0)
        session.execute(text("UPDATE agreement_version SET tax_rate_pct = 250000"))
    agreements.submit_for_review(db, people["anna"], number)
    agreements.approve(db, people["linh"], number)
    agreements.sign(db, people["anna"], number, party="provider", signer_name="Anna Lindqvist", signer_title="AM")
    agreements.sign(db, people["sofia"], number, party="customer", signer_name="Ірина", signer_title="Директорка")
    assert agreements.get_agreement(db, number).tax_rate_pct == Decimal("25")
    versions.amend(db, people["anna"], number, "More users")
    amended = agreements.get_agreement(db, number)
    assert (amended.version_no, amended.tax_rate_pct) == (2, Decimal("25"))
    assert versions.compare_versions(db, number, 1, 2).unchanged


def test_a_new_monthly_total_alone_is_a_changed_term(db: Database) -> None:
    people, number = _signed(db)
    versions.amend(db, people["anna"], number, "A discount")
    with db.unit_of_work() as session:
        session.execute(text(f"UPDATE agreement_version SET monthly_total = 25000000 WHERE id = {V2}"))
    diff = versions.compare_versions(db, number, 1, 2)
    assert (diff.terms, diff.lines, diff.clauses) == ((FieldChange("monthly_total", "2415.0000", "2500.0000"),), (), ())
