"""The catalogue editor, the calendars window, the monitoring window, its import and what-if dialogs in each
language: no English left but data, and no two mnemonics of one window (or one menu) on the same letter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QMenu, QMenuBar, QPushButton, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from slamdesk.core import catalogue, customers
from slamdesk.core.coverage import COVERAGE_OPTIONS
from slamdesk.core.db import Database
from slamdesk.core.monitoring import outages, periods, tickets
from slamdesk.ui.catalogue.calendars_window import CalendarsWindow
from slamdesk.ui.catalogue.editor_window import CatalogueEditor
from slamdesk.ui.catalogue.level_form import VipLevelDialog
from slamdesk.ui.context import AppContext
from slamdesk.ui.monitoring import portfolio_process
from slamdesk.ui.monitoring.import_dialog import ImportDialog
from slamdesk.ui.monitoring.monitoring_window import MonitoringWindow
from slamdesk.ui.monitoring.what_if_dialog import WhatIfDialog
from tests.ui.languages import TRANSLATED, english_left, in_language
from tests.ui.test_mnemonics import clashes, menu_clashes, widget_texts

TODAY = dt.date(2026, 11, 23)
LANGUAGES = pytest.mark.parametrize("language", TRANSLATED)


def _data(db: Database) -> set[str]:
    """What reads the same in every language: the demo's services, levels and customers, coverage and preset codes."""
    found = {*COVERAGE_OPTIONS, *tickets.PRESETS, *outages.PRESETS, "P1", "P2", "P3", "P4"}
    for service in catalogue.list_services(db):
        found |= {service.name, service.code, f"{service.name} ({service.code})", f"{service.name} ({service.code})  ★"}
        found |= {level.name for level in service.levels} | {f"★ {level.name}" for level in service.levels}
    return found | {customer.name for customer in customers.list_customers(db)}


def _windows(qtbot: QtBot, context: AppContext) -> dict[str, Callable[[], QWidget]]:
    def vip() -> QWidget:
        editor = CatalogueEditor(context)
        qtbot.addWidget(editor)
        assert editor.state is not None
        return VipLevelDialog(editor, editor.state, customers.list_customers(context.db), None)

    def portfolio() -> QWidget:  # with its table and its trend read: the table's headers and the chart's words
        with pytest.MonkeyPatch.context() as patch:  # read here: the process each reading starts is not the point
            patch.setattr(portfolio_process, "in_process", lambda function, args, _cancelled: function(*args))
            window = MonitoringWindow(context, "", today=TODAY, refresh_ms=3_600_000)
            window.show()
            with qtbot.waitSignal(window.shown_trend, timeout=40_000):
                pass
        return window

    return {
        "catalogue": lambda: CatalogueEditor(context),
        "vip level": vip,
        "calendars": lambda: CalendarsWindow(context),
        "monitoring": lambda: MonitoringWindow(context, "SLA-2026-0001", today=TODAY, refresh_ms=3_600_000),
        "portfolio": portfolio,
        "import": lambda: ImportDialog(context),
        "what if": lambda: WhatIfDialog(context, "SLA-2026-0001", periods.period("2026-10")),
    }


@LANGUAGES
@pytest.mark.parametrize("make", ["catalogue", "vip level", "calendars", "monitoring", "portfolio", "import", "what if"])
def test_no_english_is_left(qtbot: QtBot, context: AppContext, demo_db: Database, language: str, make: str) -> None:
    assert english_left(_windows(qtbot, context)[make], language, _data(demo_db)) == []


@LANGUAGES
def test_no_two_mnemonics_of_a_window_share_a_letter(qtbot: QtBot, context: AppContext, language: str) -> None:
    with in_language(language):
        for name, make in _windows(qtbot, context).items():
            built = make()
            qtbot.addWidget(built)
            built.show()
            named = widget_texts(built) + [("tab", tabs.tabText(index)) for tabs in built.findChildren(QTabWidget)
                                           if tabs.isVisibleTo(built) and not tabs.documentMode()
                                           for index in range(tabs.count())]
            assert clashes(named) == {}, name
            for button in built.findChildren(QPushButton):
                if isinstance(button.menu(), QMenu):  # a drop-down's entries, each menu a letter space of its own
                    assert menu_clashes(button.menu(), button.text()) == {}, name
            for bar in built.findChildren(QMenuBar):
                assert clashes(("menu", action.text()) for action in bar.actions()) == {}, name
                for action in bar.actions():
                    if action.menu() is not None:
                        assert menu_clashes(action.menu(), action.text()) == {}, name  # type: ignore[arg-type]
            built.close()
