"""Register views at their edges (issue 18): empty views, the day a date window counts from, names stored
in no normal form, the pick lists' order and the sort keys' saved names."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from sqlalchemy import select, update

from slamdesk.core import register, versions
from slamdesk.core.db import Database
from slamdesk.core.lifecycle import Status
from slamdesk.core.register import RegisterFilter, SortKey
from slamdesk.core.roles import Actor
from slamdesk.models import Agreement, AgreementVersion, Customer, RegisterDocument

pytestmark = pytest.mark.both_backends


def numbers(db: Database, criteria: RegisterFilter, **kwargs: object) -> list[str]:
    return [row.number for row in register.list_agreements(db, criteria, **kwargs)]  # type: ignore[arg-type]


def test_each_sort_key_keeps_the_name_saved_views_store_it_under() -> None:
    # Saved filters (core.saved_filters) store the key's name: a renamed key would lose every saved sort.
    assert [SortKey(name) for name in
            ("number", "customer", "title", "kind", "status", "start", "end", "monthly", "currency")] == list(SortKey)


def test_a_view_that_selects_nothing_counts_nothing(demo_db: Database) -> None:
    assert register.count_agreements(demo_db, RegisterFilter(search="nothing like it")) == 0
    assert register.count_agreements(demo_db, RegisterFilter(currency="SEK")) == 0
    assert register.count_agreements(demo_db, status=Status.SIGNED, search="Київ") == 0  # Kyiv's is approved
    assert register.list_agreements(demo_db, RegisterFilter(currency="SEK")) == []


def test_a_rows_position_in_a_date_window_counts_from_the_day_given(demo_db: Database) -> None:
    window = RegisterFilter(ends_within_days=10)
    last_day = dt.date(2026, 2, 28)  # SLA-2024-0001's last day; long past on any day the suite runs
    assert register.position_of(demo_db, window, "SLA-2024-0001", today=last_day) == 0
    assert register.position_of(demo_db, window, "SLA-2024-0001") is None
    starting = RegisterFilter(starts_within_days=30, descending=True)
    april = dt.date(2026, 4, 1)  # SLA-2026-0004 starts that day, SLA-2026-0005 thirty days later
    assert register.position_of(demo_db, starting, "SLA-2026-0004", today=april) == 1
    assert register.position_of(demo_db, starting, "SLA-2026-0005", today=april) == 0


def test_a_name_stored_in_neither_normal_form_is_found_as_picked(demo_db: Database) -> None:
    # "Ằ" decomposed after a composed "ô": what a paste from another program can leave in an old row.
    mixed = "Cô" + unicodedata.normalize("NFD", "Ằng") + " AB"
    assert mixed not in (unicodedata.normalize("NFC", mixed), unicodedata.normalize("NFD", mixed))
    with demo_db.unit_of_work() as session:
        session.execute(update(Customer).where(Customer.name == "ТОВ «Київські мережі»").values(name=mixed))
    assert mixed in register.filter_choices(demo_db).customers
    assert numbers(demo_db, RegisterFilter(customer=mixed)) == ["SLA-2026-0004"]


def test_the_currency_pick_list_is_in_order_whatever_order_the_agreements_were_made_in(demo_db: Database) -> None:
    with demo_db.unit_of_work() as session:  # the first two not signed yet: their currencies may still change
        session.execute(update(Agreement).where(Agreement.number == "SLA-2026-0004").values(currency="UAH"))
        session.execute(update(Agreement).where(Agreement.number == "SLA-2026-0005").values(currency="AUD"))
    assert register.filter_choices(demo_db).currencies == ("AUD", "EUR", "UAH")


def test_a_name_typed_decomposed_finds_the_name_stored_composed(demo_db: Database) -> None:
    typed = unicodedata.normalize("NFD", "Växjö Bostäder AB")  # as some keyboards and pastes give it
    assert typed != "Växjö Bostäder AB"
    assert numbers(demo_db, RegisterFilter(customer=typed)) == ["SLA-2024-0001", "SLA-2026-0005"]
    assert numbers(demo_db, RegisterFilter(service=unicodedata.normalize("NFD", "Service désk"))) == []


def test_an_amended_agreement_is_one_row_showing_the_version_in_force_and_its_amendment(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    versions.amend(demo_db, people["anna"], "SLA-2026-0001", "Ten more users from January.")
    rows = [row for row in register.list_agreements(demo_db) if row.number == "SLA-2026-0001"]
    assert [(row.version_no, row.status, row.amendment_version, row.amendment) for row in rows] == [
        (1, Status.ACTIVE, 2, Status.DRAFT)]
    assert register.count_agreements(demo_db) == 10
    # a status filter finds it under both statuses it shows: active (in force) and draft (on its way)
    assert "SLA-2026-0001" in numbers(demo_db, RegisterFilter(status=Status.ACTIVE))
    assert "SLA-2026-0001" in numbers(demo_db, RegisterFilter(status=Status.DRAFT))
    assert "SLA-2026-0001" not in numbers(demo_db, RegisterFilter(status=Status.SIGNED))
    assert register.count_agreements(demo_db, RegisterFilter(status=Status.ACTIVE)) == 3


def test_rows_of_one_status_keep_their_order_by_creation_after_an_amendment(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    # The amendment's new version is newer than the draft SLA-2026-0007's, yet SLA-2026-0001 was made first.
    versions.amend(demo_db, people["anna"], "SLA-2026-0001", "Ten more users from January.")
    drafts = ("SLA-2026-0001", "SLA-2026-0007")
    by_status = RegisterFilter(sort=SortKey.STATUS)
    assert [n for n in numbers(demo_db, by_status) if n in drafts] == ["SLA-2026-0001", "SLA-2026-0007"]
    assert [n for n in numbers(demo_db, by_status.with_(descending=True)) if n in drafts] == ["SLA-2026-0007",
                                                                                           "SLA-2026-0001"]
    first = register.position_of(demo_db, by_status, "SLA-2026-0001")
    assert first is not None and register.position_of(demo_db, by_status, "SLA-2026-0007") == first + 1


def test_a_rows_documents_stay_in_the_order_they_were_recorded_after_one_is_touched(demo_db: Database) -> None:
    # An UPDATE moves a row to the end of PostgreSQL's table and index; the list still follows the order of recording.
    with demo_db.unit_of_work() as session:
        version = session.scalar(select(AgreementVersion.id).join(Agreement).where(Agreement.number == "SLA-2026-0002"))
        for fmt in ("pdf", "docx"):
            session.add(RegisterDocument(version_id=version, format=fmt, path=f"/register/x.{fmt}", sha256=fmt * 8,
                                         size_bytes=1, created_by_id=1))
    pdf = RegisterDocument.format == "pdf"
    with demo_db.unit_of_work() as session:  # filed under another version by mistake, then put back
        session.execute(update(RegisterDocument).where(pdf).values(version_id=version + 1, size_bytes=2))
    with demo_db.unit_of_work() as session:
        session.execute(update(RegisterDocument).where(pdf).values(version_id=version))
    (row,) = register.list_agreements(demo_db, search="SLA-2026-0002")
    assert [(d.format, d.size_bytes) for d in row.documents] == [("pdf", 2), ("docx", 1)]
