"""The pricing matrix: every level side by side, choosing, what cannot be offered, custom prices."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from slamdesk.core import requirements
from slamdesk.core.db import Database
from slamdesk.ui.common import formatting
from slamdesk.ui.context import AppContext
from slamdesk.ui.requirements.pricing_matrix import PricingMatrix
from slamdesk.ui.requirements.pricing_model import HTML_ROLE, KIND_ROLE


def document_id(db: Database, title: str) -> int:
    return next(doc.id for doc in requirements.list_documents(db) if doc.title == title)


@pytest.fixture
def vaxjo(demo_db: Database) -> int:
    return document_id(demo_db, "Housing estates 2027")


def open_matrix(qtbot: QtBot, context: AppContext, document: int) -> PricingMatrix:
    matrix = PricingMatrix(context, document)
    qtbot.addWidget(matrix)
    matrix.resize(1240, 640)
    matrix.show()
    qtbot.waitExposed(matrix)
    return matrix


@pytest.fixture
def matrix(qtbot: QtBot, context: AppContext, vaxjo: int, shown_errors: list[tuple[str, str]]) -> Iterator[PricingMatrix]:
    yield open_matrix(qtbot, context, vaxjo)


def headers(matrix: PricingMatrix) -> list[str]:
    model = matrix.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def level_cell(matrix: PricingMatrix, row: int, level: str) -> QModelIndex:
    return matrix.model.index(row, matrix.model.column_of(level))


def click(qtbot: QtBot, matrix: PricingMatrix, index: QModelIndex) -> None:
    qtbot.mouseClick(matrix.table.viewport(), Qt.MouseButton.LeftButton, pos=matrix.table.visualRect(index).center())


def test_three_levels_side_by_side_with_totals(matrix: PricingMatrix, context: AppContext) -> None:
    quote = requirements.quote(context.db, matrix.document_id)
    assert headers(matrix) == ["Requirement", "Bronze", "Silver", "Gold"]
    desk = quote.lines[2]
    for option in desk.options:
        index = level_cell(matrix, 2, option.level_name)
        assert index.data() == formatting.money(option.price.total, "EUR")
        assert requirements.describe_targets(option) in index.data(HTML_ROLE)
    assert [level_cell(matrix, 2, name).data(KIND_ROLE) for name in ("Bronze", "Silver", "Gold")] == [
        "offered", "chosen", "offered"
    ]
    # Infeasible rows say why, across the level columns.
    assert matrix.table.columnSpan(0, 1) == 3
    assert level_cell(matrix, 0, "Bronze").data().startswith("Marked infeasible (technical): Inställelse på plats inom 4 timmar")
    totals_row = len(quote.lines)
    for name, totals in quote.level_totals().items():
        assert level_cell(matrix, totals_row, name).data() == formatting.money(totals.subtotal, "EUR")
    totals = quote.totals
    assert matrix.total.text() == f"Total per month: {formatting.money(totals.total, 'EUR')}"
    assert matrix.tax.text() == f"Tax 25 %: {formatting.money(totals.tax, 'EUR')}"


def test_choosing_a_level_updates_the_total_at_once_and_the_database(
    matrix: PricingMatrix, context: AppContext, qtbot: QtBot
) -> None:
    gold = level_cell(matrix, 2, "Gold")
    with qtbot.waitSignal(matrix.changed, timeout=1000):
        click(qtbot, matrix, gold)
    quote = requirements.quote(context.db, matrix.document_id)
    chosen = quote.lines[2].chosen
    assert chosen is not None and chosen.level_name == "Gold"
    assert matrix.total.text() == f"Total per month: {formatting.money(quote.totals.total, 'EUR')}"
    assert formatting.money(Decimal("5557.50"), "EUR") in matrix.total.text()
    assert level_cell(matrix, 2, "Gold").data(KIND_ROLE) == "chosen"
    assert level_cell(matrix, 2, "Silver").data(KIND_ROLE) == "offered"


def test_a_greyed_option_cannot_be_chosen(matrix: PricingMatrix, context: AppContext, qtbot: QtBot) -> None:
    db, actor, document = context.db, context.actor, matrix.document_id
    opened = requirements.get_requirements(db, document)
    hardware = opened.items[0]
    requirements.mark_infeasible(db, actor, document, hardware.id, None,  # trace it again: levels to choose from
                                 row_version=opened.row_version)
    matrix.reload()
    assert not matrix.model.spanned(0)
    bronze, gold = level_cell(matrix, 0, "Bronze"), level_cell(matrix, 0, "Gold")
    for index, reason in ((bronze, "Bronze covers Mon-Fri 08:00-17:00, not Mon-Fri 07:00-19:00"),
                          (gold, "Gold is offered in City only")):
        assert index.data(KIND_ROLE) == "not_offered"
        assert not index.flags() & Qt.ItemFlag.ItemIsEnabled
        assert reason in index.data(HTML_ROLE) and reason in index.data(Qt.ItemDataRole.ToolTipRole)
    with qtbot.assertNotEmitted(matrix.changed):
        click(qtbot, matrix, gold)
    assert not matrix.choose(0, matrix.model.option(0, gold.column()).level_id)  # type: ignore[union-attr]
    assert "Gold is offered in City only" in matrix.error.text()
    assert requirements.get_requirements(db, document).items[0].level_id is None
    assert matrix.choose_by_name(0, "Silver")
    assert requirements.quote(db, document).lines[0].chosen.level_name == "Silver"  # type: ignore[union-attr]
    assert matrix.error.text() == ""


def test_a_custom_price_needs_a_reason_and_shows_the_list_price_struck(
    matrix: PricingMatrix, context: AppContext
) -> None:
    db, document = context.db, matrix.document_id
    matrix.table.setCurrentIndex(level_cell(matrix, 2, "Silver"))
    dialog = matrix.set_override()
    assert dialog is not None and dialog.isVisible()
    assert any("€2,964.00" in label.text() for label in dialog.findChildren(QLabel))  # the intro names the list price
    dialog.amount.setText("-100")
    dialog.reason.setText("Loyalty")
    dialog.accept()
    assert dialog.errors.message("price_override") == "amount cannot be negative"
    dialog.amount.setText("2500")
    dialog.reason.setText("  ")
    dialog.accept()
    assert dialog.errors.message("override_reason") == "a custom price needs a reason"
    assert dialog.isVisible()
    assert requirements.get_requirements(db, document).items[2].price_override is None
    dialog.reason.setText("Ten-year tenant partnership")
    dialog.accept()
    assert not dialog.isVisible()
    stored = requirements.get_requirements(db, document).items[2]
    assert (stored.price_override, stored.override_reason) == (Decimal("2500.00"), "Ten-year tenant partnership")
    html = level_cell(matrix, 2, "Silver").data(HTML_ROLE)
    assert "<s" in html and "€2,964.00" in html and "€2,500.00" in html and "Ten-year tenant partnership" in html
    assert matrix.total.text() == "Total per month: €3,125.00"
    assert matrix.restore_action.isEnabled()
    matrix.restore_action.trigger()
    assert requirements.get_requirements(db, document).items[2].price_override is None
    assert matrix.total.text() == "Total per month: €3,705.00"


def test_vip_level_and_a_sent_document(
    qtbot: QtBot, context: AppContext, demo_db: Database, shown_errors: list[tuple[str, str]]
) -> None:
    matrix = open_matrix(qtbot, context, document_id(demo_db, "Fleet expansion 2027"))
    assert headers(matrix) == ["Requirement", "Bronze", "Silver", "Gold", "★ Gold VIP\n(Fjällbacka Rederi)"]
    vip = level_cell(matrix, 0, "Gold VIP (Fjällbacka Rederi)")
    assert vip.data(KIND_ROLE) == "chosen"
    assert "<s" in vip.data(HTML_ROLE) and "€7,524.00" in vip.data(HTML_ROLE) and "€7,200.00" in vip.data(HTML_ROLE)
    assert level_cell(matrix, 1, "Gold VIP (Fjällbacka Rederi)").data(KIND_ROLE) == "absent"
    assert matrix.total.text() == "Total per month: €9,450.00"
    assert not matrix.editable and not matrix.override_action.isEnabled()
    assert not matrix.choose_by_name(1, "Gold")
    assert "make a new version to change it" in matrix.error.text()
    assert shown_errors == []  # said beside the matrix, where the person clicked, not in a message box too
