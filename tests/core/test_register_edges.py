"""The register's filters at their edges: date windows, names as stored, ties in the sort, documents per row."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from sqlalchemy import select, update

from slamdesk.core import register
from slamdesk.core.db import Database
from slamdesk.core.lifecycle import Status
from slamdesk.core.register import RegisterFilter, SortKey
from slamdesk.models import Agreement, AgreementLine, AgreementVersion, Customer, RegisterDocument

pytestmark = pytest.mark.both_backends

# The demo's terms (made as of 2026-11-23): SLA-2026-000n starts on 1 January 2026 + 30 * (n - 1) days and runs
# two years; SLA-2024-0001 ran from 1 March 2024 to 28 February 2026.
ORDER = ["SLA-2026-0001", "SLA-2026-0002", "SLA-2026-0003", "SLA-2026-0004", "SLA-2026-0005", "SLA-2026-0006",
         "SLA-2026-0007", "SLA-2024-0001", "SLA-2024-0002", "SLA-2024-0003"]  # in the order they were made


def numbers(db: Database, criteria: RegisterFilter, **kwargs: object) -> list[str]:
    return [row.number for row in register.list_agreements(db, criteria, **kwargs)]  # type: ignore[arg-type]


def test_starts_within_counts_from_today_to_the_last_day_inclusive(demo_db: Database) -> None:
    april = dt.date(2026, 4, 1)  # SLA-2026-0004 starts that day, SLA-2026-0005 thirty days later
    assert numbers(demo_db, RegisterFilter(starts_within_days=30), today=april) == ["SLA-2026-0004", "SLA-2026-0005"]
    assert numbers(demo_db, RegisterFilter(starts_within_days=29), today=april) == ["SLA-2026-0004"]
    assert numbers(demo_db, RegisterFilter(starts_within_days=0), today=april) == ["SLA-2026-0004"]
    assert numbers(demo_db, RegisterFilter(starts_within_days=30), today=dt.date(2026, 4, 2)) == ["SLA-2026-0005"]
    assert register.count_agreements(demo_db, RegisterFilter(starts_within_days=30), today=april) == 2


def test_ends_within_counts_from_today_to_the_last_day_inclusive(demo_db: Database) -> None:
    end = dt.date(2026, 2, 28)  # SLA-2024-0001's last day
    assert numbers(demo_db, RegisterFilter(ends_within_days=10), today=end) == ["SLA-2024-0001"]
    assert numbers(demo_db, RegisterFilter(ends_within_days=10), today=end + dt.timedelta(days=1)) == []
    assert numbers(demo_db, RegisterFilter(ends_within_days=2), today=dt.date(2026, 2, 26)) == ["SLA-2024-0001"]
    assert numbers(demo_db, RegisterFilter(ends_within_days=1), today=dt.date(2026, 2, 26)) == []
    assert register.count_agreements(demo_db, RegisterFilter(ends_within_days=10), today=end) == 1


def test_a_service_or_a_level_alone_filters_by_the_lines(demo_db: Database) -> None:
    assert numbers(demo_db, RegisterFilter(service="On-site printer and hardware support")) == [
        "SLA-2026-0003", "SLA-2026-0005"
    ]
    assert numbers(demo_db, RegisterFilter(level="Bronze")) == [
        "SLA-2024-0001", "SLA-2024-0002", "SLA-2024-0003", "SLA-2026-0002", "SLA-2026-0003"]
    assert numbers(demo_db, RegisterFilter(service="Service desk", level="Gold")) == ["SLA-2026-0006"]
    assert numbers(demo_db, RegisterFilter(service="No such service")) == []


def test_kind_status_and_currency_filters_each_narrow_the_view(demo_db: Database) -> None:
    with demo_db.unit_of_work() as session:  # a draft: nothing signed shows its kind or currency
        session.execute(update(Agreement).where(Agreement.number == "SLA-2026-0007").values(kind="ola", currency="UAH"))
    assert numbers(demo_db, RegisterFilter(kind="ola")) == ["SLA-2026-0007"]
    assert numbers(demo_db, RegisterFilter(currency="UAH")) == ["SLA-2026-0007"]
    assert numbers(demo_db, RegisterFilter(status=Status.APPROVED)) == ["SLA-2026-0004"]
    assert register.count_agreements(demo_db, RegisterFilter(kind="customer_sla")) == 9
    assert register.filter_choices(demo_db).currencies == ("EUR", "UAH")


def test_names_stored_decomposed_are_found_by_the_name_as_picked(demo_db: Database) -> None:
    # Rows written before text was normalised may hold NFD: the pick lists offer NFC.
    # (Kyiv's agreement is approved, not signed: its customer's name may still change.)
    name = "ТОВ «Київські мережі»"
    decomposed = unicodedata.normalize("NFD", name)
    service = unicodedata.normalize("NFD", "Service désk")
    assert decomposed != name
    with demo_db.unit_of_work() as session:
        session.execute(update(Customer).where(Customer.name == name).values(name=decomposed))
        version = session.scalar(
            select(AgreementVersion.id).join(Agreement).where(Agreement.number == "SLA-2026-0005")
        )
        session.execute(update(AgreementLine).where(AgreementLine.version_id == version).values(service_name=service))
    assert numbers(demo_db, RegisterFilter(customer=name)) == ["SLA-2026-0004"]
    assert numbers(demo_db, RegisterFilter(customer=decomposed)) == ["SLA-2026-0004"]
    assert numbers(demo_db, RegisterFilter(service="Service désk")) == ["SLA-2026-0005"]
    assert numbers(demo_db, RegisterFilter(service="Service désk", level="Silver")) == ["SLA-2026-0005"]


def test_rows_with_the_same_value_keep_their_order_by_creation_both_ways(demo_db: Database) -> None:
    same = RegisterFilter(sort=SortKey.CURRENCY)  # every demo agreement is in EUR
    assert numbers(demo_db, same) == ORDER
    assert numbers(demo_db, same.with_(descending=True)) == ORDER[::-1]
    assert numbers(demo_db, RegisterFilter()) == sorted(ORDER)


def test_shortcuts_for_status_and_search_narrow_the_criteria(demo_db: Database) -> None:
    view = RegisterFilter(customer="Växjö Bostäder AB")
    assert numbers(demo_db, view, status=Status.TERMINATED) == ["SLA-2024-0001"]
    assert numbers(demo_db, view, search="centrum") == ["SLA-2026-0005"]
    assert numbers(demo_db, RegisterFilter(), status=Status.SIGNED, search="Sông") == ["SLA-2026-0002"]
    assert register.count_agreements(demo_db, view, status=Status.IN_REVIEW) == 1
    assert register.count_agreements(demo_db, search="Nusantara") == 2  # Surabaya's, and Bandung's that expired
    assert register.count_agreements(demo_db, search="") == 10 == register.count_agreements(demo_db)


def test_a_page_is_the_rows_after_the_offset_up_to_the_limit(demo_db: Database) -> None:
    everything = numbers(demo_db, RegisterFilter())
    assert numbers(demo_db, RegisterFilter(), offset=2, limit=3) == everything[2:5]
    assert numbers(demo_db, RegisterFilter(), offset=6) == everything[6:]
    assert numbers(demo_db, RegisterFilter(), limit=0) == []


def test_each_row_lists_its_own_documents_in_the_order_they_were_recorded(demo_db: Database) -> None:
    def version_of(session: object, number: str) -> int:
        return session.scalar(  # type: ignore[attr-defined]
            select(AgreementVersion.id).join(Agreement).where(Agreement.number == number)
        )

    with demo_db.unit_of_work() as session:
        for number, fmt in (("SLA-2026-0002", "docx"), ("SLA-2026-0003", "pdf"), ("SLA-2026-0002", "pdf")):
            session.add(RegisterDocument(
                version_id=version_of(session, number), format=fmt, path=f"/register/{number}.{fmt}",
                sha256=fmt * 8, size_bytes=len(number), created_by_id=1,
            ))
    rows = {row.number: row for row in register.list_agreements(demo_db)}
    assert [(d.format, d.path, d.sha256, d.size_bytes) for d in rows["SLA-2026-0002"].documents] == [
        ("docx", "/register/SLA-2026-0002.docx", "docx" * 8, 13), ("pdf", "/register/SLA-2026-0002.pdf", "pdf" * 8, 13),
    ]
    assert [d.format for d in rows["SLA-2026-0003"].documents] == ["pdf"]
    assert rows["SLA-2026-0003"].documents[0].created_at.tzinfo is not None
    assert rows["SLA-2026-0001"].documents == ()


def test_a_row_shows_the_current_version_and_its_terms(demo_db: Database) -> None:
    (row,) = register.list_agreements(demo_db, search="SLA-2024-0001")
    assert (row.customer, row.kind, row.status, row.version_no, row.currency) == (
        "Växjö Bostäder AB", "customer_sla", Status.TERMINATED, 1, "EUR"
    )
    assert (row.start_date, row.end_date) == (dt.date(2024, 3, 1), dt.date(2026, 2, 28))
    assert row.title == "Servicenivåavtal för IT-drift" and row.monthly_total > 0


def test_pick_lists_name_each_value_once_in_order(demo_db: Database) -> None:
    choices = register.filter_choices(demo_db)
    for values in (choices.customers, choices.services, choices.levels):
        assert list(values) == sorted(set(values))
    assert choices.levels.count("Gold") == 1 and len(choices.customers) == 7
    assert choices.services == (
        "Field engineering on demand", "Network monitoring", "On-site printer and hardware support", "Service desk",
        "User onboarding and offboarding",
    )
    assert dict(choices.kinds)["customer_sla"] == "Customer SLA" and len(choices.kinds) == 4
