"""Stored terms at their edges (``core.renewals.stored``): an amendment's draft starts with every term its signed
version says; a version in review is not a draft; who may change terms; what the history records of a change."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from slamdesk.core import agreements, versions
from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied, TransitionError
from slamdesk.core.renewals.stored import get_terms, set_terms
from slamdesk.core.renewals.terms import NoticeBy, NoticeUnit, Renewal, Terms
from slamdesk.models import Agreement, AgreementVersion, AuditEvent
from tests.core.renewals.test_standing import _signed_with
from tests.core.workflow import Drafted, drafted

# on SQLite: the feature's own tests run it on both backends (tests/conftest.py)
pytestmark = [pytest.mark.rule_edges, pytest.mark.prepared(build=drafted)]

D = dt.date
UNUSUAL = Terms(D(2026, 3, 31), 11, Renewal.TACIT, 5, max_renewals=4, notice=2, notice_unit=NoticeUnit.MONTHS,
                notice_by=NoticeBy.PROVIDER, review_months=4)  # no term at its column's default


def test_an_amendments_draft_starts_with_every_term_of_its_signed_version(db: Database, prepared: Drafted) -> None:
    people, number = _signed_with(db, UNUSUAL, prepared)
    versions.amend(db, people["anna"], number, "Another site.")
    assert get_terms(db, number)[0] == UNUSUAL
    assert get_terms(db, number, version_no=1)[0] == UNUSUAL


def test_a_version_in_review_keeps_its_terms(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    set_terms(db, people["anna"], number, UNUSUAL)
    agreements.submit_for_review(db, people["anna"], number)
    with pytest.raises(TransitionError, match=f"only a draft's terms change; {number} version 1 is in review"):
        set_terms(db, people["anna"], number, Terms(D(2026, 3, 31), 12))
    assert get_terms(db, number)[0] == UNUSUAL


def test_only_a_representative_or_the_administrator_changes_terms(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    for who in ("linh", "budi"):
        with pytest.raises(PermissionDenied, match="cannot change an agreement's terms; needs: administrator, representative"):
            set_terms(db, people[who], number, UNUSUAL)
    assert get_terms(db, number)[0] != UNUSUAL
    set_terms(db, people["admin"], number, UNUSUAL)
    assert get_terms(db, number)[0] == UNUSUAL


def test_a_change_of_terms_is_recorded_against_the_version_with_its_new_row_version(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    before, row_version = get_terms(db, number)
    assert set_terms(db, people["anna"], number, UNUSUAL, row_version=row_version) == row_version + 1
    with db.read() as session:
        version_id = session.scalars(select(AgreementVersion.id).join(Agreement).where(Agreement.number == number)).one()
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "agreement.terms")).one()
    detail = json.loads(event.detail)
    assert (event.entity_type, event.entity_id, detail["row_version"]) == ("agreement_version", version_id, row_version + 1)
    assert detail["before"] == {
        "start": before.start.isoformat(), "initial_months": before.initial_months, "renewal": str(before.renewal),
        "renewal_months": before.renewal_months, "max_renewals": before.max_renewals, "notice": before.notice,
        "notice_unit": str(before.notice_unit), "notice_by": str(before.notice_by), "review_months": before.review_months}
    assert detail["after"] == {"start": "2026-03-31", "initial_months": 11, "renewal": "tacit", "renewal_months": 5,
                               "max_renewals": 4, "notice": 2, "notice_unit": "months", "notice_by": "provider",
                               "review_months": 4}
