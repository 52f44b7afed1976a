from __future__ import annotations

import pytest
from sqlalchemy import text

from slamdesk.core import agreements, portfolio, register, versions
from slamdesk.core.db import Database
from slamdesk.core.errors import ValidationError
from slamdesk.core.lifecycle import SIGNED_STATES, Status
from slamdesk.core.register import RegisterFilter, SortKey, list_agreements
from slamdesk.core.roles import Actor

from ..conftest import DEMO_TODAY
from .workflow import drafted

pytestmark = pytest.mark.both_backends


def numbers(db: Database, criteria: RegisterFilter, **kwargs: object) -> list[str]:
    return [row.number for row in register.list_agreements(db, criteria, today=DEMO_TODAY, **kwargs)]  # type: ignore[arg-type]


def test_search_folds_diacritics_and_matches_prefixes(demo_db: Database) -> None:
    assert register.list_agreements(demo_db, search="song hong")[0].customer == "Công ty TNHH Phần mềm Sông Hồng"
    assert {row.customer for row in register.list_agreements(demo_db, search="vaxj")} == {"Växjö Bostäder AB"}
    assert register.list_agreements(demo_db, search="Київ")[0].customer == "ТОВ «Київські мережі»"
    # contact, service and site are searchable too
    assert register.list_agreements(demo_db, search="Rahmawati")[0].customer == "PT Nusantara Logistik Sejahtera"
    assert {row.number for row in register.list_agreements(demo_db, search="network monitoring gold")} == {
        "SLA-2026-0001", "SLA-2026-0004"
    }
    assert register.list_agreements(demo_db, search='"unbalanced') == []


def test_filters_combine(demo_db: Database) -> None:
    assert numbers(demo_db, RegisterFilter(awaiting_review=True)) == ["SLA-2026-0005"]
    assert numbers(demo_db, RegisterFilter(awaiting_signature=True)) == ["SLA-2026-0004"]
    assert numbers(demo_db, RegisterFilter(service="Network monitoring", level="Gold")) == ["SLA-2026-0001", "SLA-2026-0004"]
    assert numbers(demo_db, RegisterFilter(customer="Växjö Bostäder AB", status=Status.TERMINATED)) == ["SLA-2024-0001"]
    assert numbers(demo_db, RegisterFilter(currency="SEK")) == []
    # first terms of two years (``demo.start_of``): 0003's ends on 13 December 2026 and 0002's on 2 March 2027; 0001's
    # ended in April (it renewed) and the drafts' run to 2028
    assert numbers(demo_db, RegisterFilter(ends_within_days=420)) == ["SLA-2026-0002", "SLA-2026-0003"]
    assert register.count_agreements(demo_db, RegisterFilter(kind="customer_sla"), today=DEMO_TODAY) == 10


@pytest.mark.parametrize("key", list(SortKey))
def test_every_column_sorts_both_ways(demo_db: Database, key: SortKey) -> None:
    rows = register.list_agreements(demo_db, RegisterFilter(sort=key))
    down = register.list_agreements(demo_db, RegisterFilter(sort=key, descending=True))
    values = {
        SortKey.NUMBER: lambda r: r.number, SortKey.CUSTOMER: lambda r: r.customer, SortKey.TITLE: lambda r: r.title,
        SortKey.KIND: lambda r: r.kind, SortKey.STATUS: lambda r: r.status.value, SortKey.START: lambda r: r.start_date,
        SortKey.END: lambda r: r.end_date, SortKey.MONTHLY: lambda r: r.monthly_total, SortKey.CURRENCY: lambda r: r.currency,
    }[key]
    assert [values(r) for r in rows] == sorted(values(r) for r in rows)
    assert [values(r) for r in down] == sorted((values(r) for r in rows), reverse=True)


def test_paging_walks_every_row_once(demo_db: Database) -> None:
    pages = [register.list_agreements(demo_db, limit=3, offset=offset) for offset in (0, 3, 6, 9)]
    walked = [row.number for page in pages for row in page]
    assert walked == [row.number for row in register.list_agreements(demo_db)]


def test_generated_portfolio_is_varied_and_signed_ones_are_sealed(demo_db: Database) -> None:
    portfolio.generate_portfolio(demo_db, 600, today=DEMO_TODAY)
    rows = register.list_agreements(demo_db)
    assert len(rows) == 610 and len({row.number for row in rows}) == 610
    assert {row.status for row in rows} == set(Status)
    assert {row.kind for row in rows} == set(agreements.KINDS)
    assert {"SEK", "VND", "IDR", "UAH", "EUR"} <= {row.currency for row in rows}
    assert len({row.customer for row in rows}) >= 70
    assert len({row.start_date.year for row in rows}) >= 5
    signed = next(row for row in rows if row.status in SIGNED_STATES and row.currency == "VND")
    detail = agreements.get_agreement(demo_db, signed.number)
    assert detail.content_sha256 and len(detail.signatures) == 2
    assert all(line.line_total == line.unit_price * line.quantity for line in detail.lines)
    assert detail.monthly_total == sum(line.line_total for line in detail.lines)


def test_portfolio_size_is_checked(demo_db: Database) -> None:
    with pytest.raises(ValidationError):
        portfolio.generate_portfolio(demo_db, 0)


def test_numbers_keep_growing_past_four_digits(demo_db: Database) -> None:
    with demo_db.unit_of_work() as session:
        assert agreements.last_sequence(session, 2026) == 7
    assert agreements.agreement_number(2026, 12345) == "SLA-2026-12345"
    with demo_db.unit_of_work() as session:
        session.execute(text("UPDATE agreement SET number = 'SLA-2026-10000' WHERE number = 'SLA-2026-0007'"))
        assert agreements.last_sequence(session, 2026) == 10000


def test_an_agreement_being_amended_is_listed_as_in_force_with_its_amendment(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    active = "SLA-2026-0001"  # Fjällbacka Rederi, active, exported
    (before,) = list_agreements(demo_db, search=active)
    assert before.status is Status.ACTIVE and before.amendment is None and before.working_status is Status.ACTIVE
    versions.amend(demo_db, people["anna"], active, "Ten more users from January.")
    (row,) = list_agreements(demo_db, search=active)
    # the version in force, as it was, with the amendment beside it
    assert (row.status, row.version_no, row.start_date, row.monthly_total, row.documents) == (
        Status.ACTIVE, before.version_no, before.start_date, before.monthly_total, before.documents)
    assert (row.amendment, row.amendment_version) == (Status.DRAFT, before.version_no + 1)
    assert row.working_status is Status.DRAFT  # what the next step acts on: the amendment
    drafts = list_agreements(demo_db, status=Status.DRAFT)
    assert active in [r.number for r in drafts]  # the status filter finds the version being worked on
    assert active in [r.number for r in list_agreements(demo_db, status=Status.ACTIVE)]  # and the one in force
    others = [r for r in list_agreements(demo_db) if r.number != active]
    assert all(r.amendment is None and r.amendment_version is None for r in others)


def test_a_signed_amendment_is_the_version_in_force_and_the_next_one_is_shown_beside_it(db: Database) -> None:
    people, number = drafted(db)

    def sign_current() -> None:
        agreements.submit_for_review(db, people["anna"], number)
        agreements.approve(db, people["linh"], number)
        agreements.sign(db, people["anna"], number, party="provider", signer_name="Anna Lindqvist", signer_title="AM")
        agreements.sign(db, people["sofia"], number, party="customer", signer_name="Ірина", signer_title="Директорка")

    def shown() -> tuple[int, Status, int | None, Status | None]:
        (row,) = list_agreements(db, search=number)
        return row.version_no, row.status, row.amendment_version, row.amendment

    sign_current()
    versions.amend(db, people["anna"], number, "More sites.")
    assert shown() == (1, Status.SIGNED, 2, Status.DRAFT)
    sign_current()  # the amendment signed: it is in force, nothing is on its way
    assert shown() == (2, Status.SIGNED, None, None)
    agreements.activate(db, people["anna"], number)  # version 2 active; version 1 stays as it was signed
    versions.amend(db, people["anna"], number, "Fewer sites.")
    agreements.submit_for_review(db, people["anna"], number)
    assert shown() == (2, Status.ACTIVE, 3, Status.IN_REVIEW)  # the newest signed version is in force

    def listed(status: Status) -> bool:
        return number in [r.number for r in list_agreements(db, status=status)]

    assert listed(Status.ACTIVE) and listed(Status.IN_REVIEW)
    assert not listed(Status.SIGNED)  # version 1 is signed, but no longer in force
    assert not listed(Status.DRAFT)


def test_the_version_in_force_is_each_agreement_s_own(demo_db: Database, people: dict[str, Actor]) -> None:
    anna = people["anna"]
    versions.amend(demo_db, anna, "SLA-2026-0002", "New site.")  # amended and signed again: version 2 in force
    agreements.submit_for_review(demo_db, anna, "SLA-2026-0002")
    agreements.approve(demo_db, people["linh"], "SLA-2026-0002")
    agreements.sign(demo_db, anna, "SLA-2026-0002", party="provider", signer_name="Anna Lindqvist", signer_title="AM")
    agreements.sign(demo_db, people["sofia"], "SLA-2026-0002", party="customer", signer_name="Nguyễn Thị Hương",
                    signer_title="Giám đốc")
    versions.amend(demo_db, anna, "SLA-2026-0003", "More users.")  # version 1 in force, version 2 on its way
    signed = [r.number for r in list_agreements(demo_db, status=Status.SIGNED)]
    assert "SLA-2026-0002" in signed and "SLA-2026-0003" in signed
