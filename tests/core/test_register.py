from __future__ import annotations

import pytest
from sqlalchemy import text

from slamdesk.core import agreements, portfolio, register
from slamdesk.core.db import Database
from slamdesk.core.errors import ValidationError
from slamdesk.core.lifecycle import SIGNED_STATES, Status
from slamdesk.core.register import RegisterFilter, SortKey

from ..conftest import DEMO_TODAY


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
    # demo terms run two years from 2026 (starting 1 Jan + 30 days per agreement)
    assert numbers(demo_db, RegisterFilter(ends_within_days=420)) == ["SLA-2026-0001"]
    assert register.count_agreements(demo_db, RegisterFilter(kind="customer_sla"), today=DEMO_TODAY) == 8


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
    pages = [register.list_agreements(demo_db, limit=3, offset=offset) for offset in (0, 3, 6)]
    walked = [row.number for page in pages for row in page]
    assert walked == [row.number for row in register.list_agreements(demo_db)]


def test_generated_portfolio_is_varied_and_signed_ones_are_sealed(demo_db: Database) -> None:
    portfolio.generate_portfolio(demo_db, 600, today=DEMO_TODAY)
    rows = register.list_agreements(demo_db)
    assert len(rows) == 608 and len({row.number for row in rows}) == 608
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
