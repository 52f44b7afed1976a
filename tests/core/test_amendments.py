"""Amendments change scope through the customer's requirements: a new version of them redrafts the lines."""

from __future__ import annotations

from dataclasses import replace

import pytest

from slamdesk.core import agreements, requirements, versions
from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied, TransitionError, ValidationError
from slamdesk.core.lifecycle import Status
from slamdesk.core.roles import Actor

ACTIVE = "SLA-2026-0001"  # Fjällbacka Rederi, active


def _more_users(db: Database, rep: Actor, number: str, extra: int) -> int:
    """A new version of the agreement's requirements with ``extra`` users on the first line."""
    document_id = agreements.requirements_document_of(db, number)
    assert document_id is not None
    copy = requirements.new_version(db, rep, document_id,
                                    row_version=requirements.get_requirements(db, document_id).row_version)
    items = [item.as_input() for item in copy.items]
    first = replace(items[0], users=items[0].users + extra)
    requirements.update_requirements(
        db, rep, copy.id, row_version=copy.row_version, requirements=[first, *items[1:]], title=copy.title,
        tax_rate_pct=copy.tax_rate_pct,
    )
    return copy.id


def test_an_amendment_takes_its_lines_from_a_new_version_of_the_requirements(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    rep = people["anna"]
    before = agreements.get_agreement(demo_db, ACTIVE)
    versions.amend(demo_db, rep, ACTIVE, "Tio fler användare från januari.")
    document_id = _more_users(demo_db, rep, ACTIVE, 10)
    assert agreements.redraft_lines(demo_db, rep, ACTIVE, document_id) == len(before.lines)
    after = agreements.get_agreement(demo_db, ACTIVE)
    assert (after.version_no, after.status) == (2, Status.DRAFT)
    assert after.lines[0].quantity == before.lines[0].quantity + 10
    assert after.monthly_total > before.monthly_total
    assert after.monthly_total == sum(line.line_total for line in after.lines)
    assert agreements.requirements_document_of(demo_db, ACTIVE) == document_id
    diff = versions.compare_versions(demo_db, ACTIVE, 1, 2)
    changed = {change.name for line in diff.lines for change in line.fields}
    assert {"quantity", "line_total"} <= changed


def test_a_signed_version_never_changes_its_lines(demo_db: Database, people: dict[str, Actor]) -> None:
    rep = people["anna"]
    document_id = _more_users(demo_db, rep, ACTIVE, 5)
    before = agreements.get_agreement(demo_db, ACTIVE)
    with pytest.raises(TransitionError, match="amend it to start a new draft"):
        agreements.redraft_lines(demo_db, rep, ACTIVE, document_id)
    assert agreements.get_agreement(demo_db, ACTIVE) == before


def test_another_customers_requirements_or_an_unpriced_document_are_refused(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    rep = people["anna"]
    versions.amend(demo_db, rep, ACTIVE, "Ny site.")
    draft = agreements.get_agreement(demo_db, ACTIVE)
    other = next(d.id for d in requirements.list_documents(demo_db) if d.customer_name != draft.customer_name)
    with pytest.raises(ValidationError) as refused:
        agreements.redraft_lines(demo_db, rep, ACTIVE, other)
    assert refused.value.field == "requirements_document"
    unpriced = _more_users(demo_db, rep, ACTIVE, 1)
    opened = requirements.get_requirements(demo_db, unpriced)
    requirements.choose_levels(demo_db, rep, unpriced, {opened.items[0].id: None}, row_version=opened.row_version)
    with pytest.raises(ValidationError, match=r"trace and price requirement 1 \(unpriced\) first"):
        agreements.redraft_lines(demo_db, rep, ACTIVE, unpriced)
    assert agreements.get_agreement(demo_db, ACTIVE) == draft


def test_only_representatives_change_lines(demo_db: Database, people: dict[str, Actor]) -> None:
    versions.amend(demo_db, people["anna"], ACTIVE, "Ny nivå.")
    document_id = agreements.requirements_document_of(demo_db, ACTIVE)
    assert document_id is not None
    with pytest.raises(PermissionDenied):
        agreements.redraft_lines(demo_db, people["budi"], ACTIVE, document_id)

