"""An agreement version's terms as stored (``core.renewals.stored``, migration 0012): set on a draft only, its end
date following the initial term; a stale save names who changed it; an amendment starts from its version's terms;
versions stored before the terms existed read the term their dates span."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from slamdesk.core import versions
from slamdesk.core.db import Database, migrate
from slamdesk.core.errors import ConcurrencyError, TransitionError
from slamdesk.core.renewals.stored import get_terms, set_terms
from slamdesk.core.renewals.terms import NoticeBy, NoticeUnit, Renewal, Terms, months_spanned
from slamdesk.core.roles import Actor
from slamdesk.models import Agreement, AgreementVersion, AuditEvent

DRAFT = "SLA-2026-0007"  # the demo's draft
SIGNED = "SLA-2026-0002"
D = dt.date


def _end_date(db: Database, number: str, version_no: int = 1) -> dt.date:
    with db.read() as session:
        return session.scalars(select(AgreementVersion.end_date).join(Agreement)
                               .where(Agreement.number == number, AgreementVersion.version_no == version_no)).one()


def test_a_drafts_terms_are_stored_and_its_end_date_follows_the_initial_term(demo_db: Database,
                                                                              people: dict[str, Actor]) -> None:
    terms = Terms(D(2027, 1, 31), 13, Renewal.TACIT, 6, max_renewals=3, notice=2, notice_unit=NoticeUnit.MONTHS,
                  notice_by=NoticeBy.CUSTOMER, review_months=6)
    _before, row_version = get_terms(demo_db, DRAFT)
    assert set_terms(demo_db, people["anna"], DRAFT, terms, row_version=row_version) == row_version + 1
    assert get_terms(demo_db, DRAFT) == (terms, row_version + 1)
    assert _end_date(demo_db, DRAFT) == D(2028, 2, 28)  # 13 months from 31 January 2027: the day before 29 February
    with demo_db.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "agreement.terms")
                                .order_by(AuditEvent.id.desc()).limit(1)).one()  # the demo set every draft's first
    detail = json.loads(event.detail)
    assert (event.actor, detail["number"], detail["version"]) == ("anna", DRAFT, 1)
    assert detail["after"] == {"start": "2027-01-31", "initial_months": 13, "renewal": "tacit", "renewal_months": 6,
                               "max_renewals": 3, "notice": 2, "notice_unit": "months", "notice_by": "customer",
                               "review_months": 6}
    assert detail["before"]["renewal"] == "none" and detail["before"]["initial_months"] == 24


def test_a_signed_agreements_terms_are_refused_and_an_amendment_starts_from_them(demo_db: Database,
                                                                                 people: dict[str, Actor]) -> None:
    signed, _row_version = get_terms(demo_db, SIGNED)
    assert (signed.initial_months, signed.renewal, signed.notice, signed.notice_by) == (
        24, Renewal.TACIT, 90, NoticeBy.CUSTOMER)  # as the demo drafted it (``demo.RENEWALS``)
    with pytest.raises(TransitionError, match="only a draft's terms change; SLA-2026-0002 version 1 is signed"):
        set_terms(demo_db, people["anna"], SIGNED, Terms(signed.start, 12, Renewal.TACIT))
    assert get_terms(demo_db, SIGNED)[0] == signed
    versions.amend(demo_db, people["anna"], SIGNED, "Renewing only when both confirm, from now on.")
    amendment, row_version = get_terms(demo_db, SIGNED)
    assert amendment == signed  # the amendment's draft begins with the signed version's terms
    set_terms(demo_db, people["anna"], SIGNED, Terms(signed.start, 24, Renewal.EXPRESS, 12), row_version=row_version)
    assert get_terms(demo_db, SIGNED)[0].renewal is Renewal.EXPRESS
    assert get_terms(demo_db, SIGNED, version_no=1)[0] == signed  # the signed version is untouched


def test_a_stale_save_names_who_changed_the_terms(demo_db: Database, people: dict[str, Actor]) -> None:
    _terms, row_version = get_terms(demo_db, DRAFT)
    set_terms(demo_db, people["anna"], DRAFT, Terms(D(2027, 1, 1), 12, notice=30), row_version=row_version)
    with pytest.raises(ConcurrencyError, match="SLA-2026-0007's terms was changed by Anna Lindqvist") as refused:
        set_terms(demo_db, people["admin"], DRAFT, Terms(D(2027, 1, 1), 24), row_version=row_version)
    assert refused.value.changed_by == "Anna Lindqvist"
    assert get_terms(demo_db, DRAFT)[0].initial_months == 12


@pytest.mark.sqlite_only
def test_versions_stored_before_the_terms_read_the_term_their_dates_span(demo_db: Database) -> None:
    migrate(demo_db.engine, "0011", downgrade=True)
    migrate(demo_db.engine)
    with demo_db.read() as session:
        stored = session.execute(select(AgreementVersion.start_date, AgreementVersion.end_date,
                                        AgreementVersion.initial_term_months, AgreementVersion.renewal)).all()
    assert stored and all(months == months_spanned(start, end) == 24 and renewal == "none"
                          for start, end, months, renewal in stored)


@pytest.mark.parametrize(("start", "end", "months"), [
    (D(2026, 1, 1), D(2027, 12, 31), 24), (D(2024, 1, 31), D(2024, 2, 28), 1), (D(2024, 1, 31), D(2024, 3, 30), 2),
    (D(2024, 2, 29), D(2025, 2, 27), 12), (D(2024, 2, 29), D(2025, 2, 28), 12), (D(2026, 1, 15), D(2026, 1, 20), 1),
    (D(2026, 1, 15), D(2026, 3, 1), 1), (D(2026, 1, 15), D(2026, 3, 14), 2),
])
def test_the_months_a_start_and_end_date_span(start: dt.date, end: dt.date, months: int) -> None:
    assert months_spanned(start, end) == months
