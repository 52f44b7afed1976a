"""The register model: Qt's model contract, demo rows, filters and lazy paging."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from slamdesk.core import export, portfolio
from slamdesk.core.db import Database
from slamdesk.core.lifecycle import Status
from slamdesk.core.money import format_money
from slamdesk.core.roles import Actor
from slamdesk.ui.common import formatting
from slamdesk.ui.register.register_model import Column, RegisterModel
from slamdesk.ui.register.register_view import RegisterPanel

DEMO_TODAY = dt.date(2026, 11, 23)
DEMO_NUMBERS = [
    "SLA-2024-0001", "SLA-2024-0002", "SLA-2024-0003", "SLA-2026-0001", "SLA-2026-0002", "SLA-2026-0003",
    "SLA-2026-0004", "SLA-2026-0005", "SLA-2026-0006", "SLA-2026-0007",
]


def _column(model: RegisterModel, column: Column, role: int = Qt.ItemDataRole.DisplayRole) -> list[Any]:
    return [model.data(model.index(row, column), role) for row in range(model.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester, demo_db: Database) -> None:
    qtmodeltester.check(RegisterModel(demo_db))


def test_paged_model_passes_qt_model_tester(qtmodeltester: ModelTester, demo_db: Database) -> None:
    model = RegisterModel(demo_db, page_size=3)
    qtmodeltester.check(model)
    model.set_filter(status=Status.SIGNED, search="")
    qtmodeltester.check(model)


def test_shows_the_demo_agreements(demo_db: Database, people: dict[str, Actor]) -> None:
    export.export_agreement(demo_db, people["anna"], "SLA-2026-0002")
    model = RegisterModel(demo_db)
    assert model.rowCount() == 10 and model.columnCount() == len(Column)
    assert _column(model, Column.NUMBER) == DEMO_NUMBERS
    # one ended by notice, one expired, one terminated for cause; the others renew, or are not signed yet
    assert _column(model, Column.RENEWS)[:5] == ["Terminated", "Terminated", "Expired", formatting.date(dt.date(2027, 5, 1)),
                                                 formatting.date(dt.date(2027, 3, 3))]  # as the locale writes dates
    row = DEMO_NUMBERS.index("SLA-2026-0002")
    assert model.data(model.index(row, Column.CUSTOMER)) == "Công ty TNHH Phần mềm Sông Hồng"
    assert model.data(model.index(row, Column.STATUS)) == "Signed"
    money = model.index(row, Column.MONTHLY)
    assert model.data(money) == format_money(model.row_data(row).monthly_total, "EUR", formatting.display_locale())
    alignment: Any = model.data(money, Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    tip = model.headerData(Column.MONTHLY, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == "What the agreement's lines come to per month, before tax"  # the value is before tax: it says so
    documents = model.row_data(row).documents
    assert [d.format for d in documents] == ["pdf", "docx"]
    summary = model.data(model.index(row, Column.DOCUMENTS))
    assert summary == "PDF · DOCX"  # the formats; the hashes are in the tooltip and the details panel
    tooltip = str(model.data(model.index(row, Column.DOCUMENTS), Qt.ItemDataRole.ToolTipRole))
    assert documents[0].sha256 in tooltip and documents[1].sha256 in tooltip


def test_search_and_status_filter_narrow_the_register(demo_db: Database) -> None:
    model = RegisterModel(demo_db)
    model.set_filter(status=None, search="Växjö")
    assert _column(model, Column.NUMBER) == ["SLA-2024-0001", "SLA-2026-0005"]
    model.set_filter(status=Status.IN_REVIEW, search="Växjö")
    assert _column(model, Column.NUMBER) == ["SLA-2026-0005"]
    model.set_filter(status=Status.SIGNED, search="")
    assert _column(model, Column.STATUS) == ["Signed", "Signed"]
    model.set_filter(status=None, search="Угода")
    assert _column(model, Column.NUMBER) == ["SLA-2024-0002", "SLA-2026-0004", "SLA-2026-0007"]
    model.set_filter(status=None, search="no such agreement")
    assert model.rowCount() == 0 and model.total == 0 and not model.canFetchMore(QModelIndex())


def test_pages_are_read_only_when_their_rows_are_asked_for(demo_db: Database) -> None:
    model = RegisterModel(demo_db, page_size=3)
    assert (model.total, model.rowCount()) == (10, 10)  # the scroll bar spans the whole view
    assert model.loaded_pages() == [] and not model.canFetchMore(QModelIndex())
    assert model.data(model.index(7, Column.NUMBER)) == "SLA-2026-0005"
    assert model.loaded_pages() == [2]
    assert model.row_data(4).number == "SLA-2026-0002"
    assert model.loaded_pages() == [2, 1]
    assert _column(model, Column.NUMBER) == DEMO_NUMBERS
    assert model.loaded_pages() == [0, 1, 2, 3]


def test_only_a_few_pages_stay_in_memory(demo_db: Database) -> None:
    model = RegisterModel(demo_db, page_size=1, cache_pages=3)
    assert _column(model, Column.NUMBER) == DEMO_NUMBERS
    assert model.loaded_pages() == [7, 8, 9]
    assert model.row_data(0).number == DEMO_NUMBERS[0]
    assert model.loaded_pages() == [8, 9, 0]


def test_find_locates_an_agreement_anywhere_in_the_view(demo_db: Database) -> None:
    model = RegisterModel(demo_db, page_size=2)
    assert model.find("SLA-2026-0006") == 8
    assert model.loaded_pages() == []  # one counting query, no page read
    assert model.find("SLA-1999-0001") is None
    model.sort(Column.MONTHLY, Qt.SortOrder.DescendingOrder)
    for number in DEMO_NUMBERS:
        row = model.find(number)
        assert row is not None and model.row_data(row).number == number
    model.set_filter(status=Status.SIGNED, search="")
    assert model.find("SLA-2026-0007") is None  # a draft: the filter leaves it out


def test_reload_recounts_and_forgets_the_pages(demo_db: Database, people: dict[str, Actor]) -> None:
    model = RegisterModel(demo_db, page_size=3)
    model.set_filter(status=Status.DRAFT, search="")
    assert [model.row_data(r).number for r in range(model.rowCount())] == ["SLA-2026-0007"]
    from slamdesk.core import agreements

    agreements.submit_for_review(demo_db, people["anna"], "SLA-2026-0007")
    model.reload()
    assert model.loaded_pages() == [] and model.rowCount() == 0


def test_a_large_register_is_read_a_page_at_a_time(db: Database) -> None:
    portfolio.generate_portfolio(db, 450, today=DEMO_TODAY)  # plus the 10 demo agreements
    model = RegisterModel(db)
    assert (model.total, model.rowCount()) == (460, 460)
    assert model.row_data(457).number == max(model.row_data(r).number for r in range(400, 458))
    assert model.loaded_pages() == [2]
    numbers = _column(model, Column.NUMBER)
    assert numbers == sorted(numbers) and len(set(numbers)) == 460
    assert sorted(model.loaded_pages()) == [0, 1, 2]


def test_jumping_to_the_bottom_reads_only_the_pages_in_view(qtbot: QtBot, db: Database) -> None:
    portfolio.generate_portfolio(db, 900, today=DEMO_TODAY)
    panel = RegisterPanel(db)
    qtbot.addWidget(panel)
    panel.resize(1000, 500)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.model.rowCount() == 910 and panel.count.text() == "910 agreements"
    qtbot.waitUntil(lambda: panel.model.loaded_pages() == [0])  # painting the top rows reads page 0
    panel.table.scrollToBottom()
    last = panel.model.index(907, Column.NUMBER)
    qtbot.waitUntil(lambda: panel.table.visualRect(last).isValid() and 4 in panel.model.loaded_pages())
    assert sorted(panel.model.loaded_pages()) == [0, 4]  # pages 1 to 3 were never read
    panel.select_agreement(panel.model.row_data(907).number)
    assert panel.selected_row() == panel.model.row_data(907)


def test_sorting_happens_in_the_query(demo_db: Database) -> None:
    model = RegisterModel(demo_db, page_size=4)
    model.sort(Column.CUSTOMER, Qt.SortOrder.AscendingOrder)
    model.fetchMore(QModelIndex())
    customers = _column(model, Column.CUSTOMER)
    assert customers == sorted(customers) and len(customers) == 10
    model.sort(Column.MONTHLY, Qt.SortOrder.DescendingOrder)
    totals = [model.row_data(row).monthly_total for row in range(model.rowCount())]
    assert totals == sorted(totals, reverse=True) and len(totals) == 10
    before = model.criteria
    model.sort(Column.DOCUMENTS, Qt.SortOrder.AscendingOrder)
    assert model.criteria == before


def test_the_experience_column_shows_the_last_closed_periods_check(demo_db: Database, people: dict[str, Actor]) -> None:
    from slamdesk.core.monitoring import periods
    from tests.core.monitoring.test_experience import unhappy_october

    unhappy_october(demo_db, people)
    periods.close_period(demo_db, people["budi"], "SLA-2026-0001", periods.period("2026-10"),
                         dt.datetime(2026, 11, 23, tzinfo=dt.UTC))
    model = RegisterModel(demo_db)
    row = DEMO_NUMBERS.index("SLA-2026-0001")
    assert model.headerData(Column.EXPERIENCE, Qt.Orientation.Horizontal) == "Experience"
    assert model.data(model.index(row, Column.EXPERIENCE)) == "Green outside, red inside"
    assert "but the customer's satisfaction" in str(model.data(model.index(row, Column.EXPERIENCE), Qt.ItemDataRole.ToolTipRole))
    colour = model.data(model.index(row, Column.EXPERIENCE), Qt.ItemDataRole.ForegroundRole)
    assert colour == formatting.warning_colour()
    others = [model.data(model.index(n, Column.EXPERIENCE)) for n in range(model.rowCount()) if n != row]
    assert set(others) == {""}
    assert model.data(model.index(0, Column.EXPERIENCE), Qt.ItemDataRole.ToolTipRole) == "No period closed yet"
