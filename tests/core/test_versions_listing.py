"""Listing an agreement's versions and finding the current one."""

from __future__ import annotations

import pytest

from slamdesk.core import agreements, clauses, versions
from slamdesk.core.db import Database
from slamdesk.core.errors import NotFoundError
from slamdesk.core.lifecycle import Status
from slamdesk.core.roles import Actor


def test_versions_are_listed_oldest_first_and_the_current_one_is_found(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    number = "SLA-2026-0002"  # signed in the demo
    (only,) = versions.list_versions(demo_db, number)
    assert (only.version_no, only.status, only.frozen) == (1, Status.SIGNED, True)
    assert versions.current_version_id(demo_db, number) == only.id
    versions.amend(demo_db, people["anna"], number, "Add the Đà Nẵng office")
    first, second = versions.list_versions(demo_db, number)
    assert (first.id, first.version_no) == (only.id, 1)
    assert (second.version_no, second.status, second.frozen) == (2, Status.DRAFT, False)
    assert versions.current_version_id(demo_db, number) == second.id
    # The id is the one the clause use case takes: the draft's clauses change, the signed ones do not.
    detail = agreements.get_agreement(demo_db, number)
    picks = [clauses.ClausePick(None, c.text, c.key, c.title) for c in detail.clauses if c.key != "termination"]
    opened = clauses.current_clauses(demo_db, number)
    assert opened.version_id == second.id
    clauses.set_agreement_clauses(demo_db, people["anna"], second.id, picks, row_version=opened.row_version)
    assert "termination" not in [c.key for c in agreements.get_agreement(demo_db, number).clauses]
    assert [c.kind for c in versions.compare_versions(demo_db, number, 1, 2).clauses] == ["removed"]


def test_an_unknown_agreement_has_no_versions(demo_db: Database) -> None:
    with pytest.raises(NotFoundError):
        versions.list_versions(demo_db, "SLA-1999-0001")
    with pytest.raises(NotFoundError):
        versions.current_version_id(demo_db, "SLA-1999-0001")
