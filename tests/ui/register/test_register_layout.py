"""The register at the size a laptop gives it (1280×800): enough rows, readable customers and titles."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from slamdesk.core import portfolio
from slamdesk.core.db import Database
from slamdesk.core.roles import Actor
from slamdesk.ui.context import AppContext
from slamdesk.ui.main_window import MainWindow
from slamdesk.ui.register.register_model import HEADERS, Column
from tests.conftest import DEMO_TODAY
from tests.ui.shots import shoot


def test_at_1280_by_800_the_register_shows_fifteen_rows_with_readable_customers_and_titles(
    qtbot: QtBot, demo_db: Database, people: dict[str, Actor], settings: QSettings
) -> None:
    portfolio.generate_portfolio(demo_db, 30, today=DEMO_TODAY)
    window = MainWindow(AppContext(demo_db, people["anna"]), settings=settings, watch_ms=0)  # no layout saved yet
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert (window.width(), window.height()) == (1280, 800)
    table = window.register.table
    qtbot.waitUntil(lambda: table.viewport().height() > 0)
    whole_rows = [row for row in range(40)
                  if table.rowViewportPosition(row) >= 0
                  and table.rowViewportPosition(row) + table.rowHeight(row) <= table.viewport().height()]
    assert len(whole_rows) >= 15
    header = table.horizontalHeader()
    assert header.sectionSize(Column.CUSTOMER) >= 240 and header.sectionSize(Column.TITLE) >= 240
    assert "Currency" not in HEADERS.values()  # the amount shows its currency
    shoot(window, "register_1280x800")
    window.close()
