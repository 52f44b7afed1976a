"""The register's filters in the window: search, every filter, sorting by header, saved filters."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from slamdesk.core import register, saved_filters
from slamdesk.core.lifecycle import Status
from slamdesk.core.register import RegisterFilter, SortKey
from slamdesk.core.roles import Actor
from slamdesk.ui.context import AppContext
from slamdesk.ui.main_window import MainWindow
from slamdesk.ui.register.register_model import Column
from slamdesk.ui.register.register_view import RegisterPanel
from slamdesk.ui.register.saved_filter_bar import SaveFilterDialog
from tests.ui.shots import shoot

ALL = [
    "SLA-2024-0001", "SLA-2024-0002", "SLA-2024-0003", "SLA-2026-0001", "SLA-2026-0002", "SLA-2026-0003",
    "SLA-2026-0004", "SLA-2026-0005", "SLA-2026-0006", "SLA-2026-0007",
]


def shown(panel: RegisterPanel) -> list[str]:
    return [panel.model.row_data(row).number for row in range(panel.model.rowCount())]


def expected(window: MainWindow, criteria: RegisterFilter) -> list[str]:
    return [row.number for row in register.list_agreements(window.context.db, criteria)]


def test_search_narrows_the_register_as_one_types(window: MainWindow, qtbot: QtBot) -> None:
    panel = window.register
    qtbot.keyClicks(panel.search, "song hong")  # diacritics are folded: finds "Sông Hồng"
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert shown(panel) == ["SLA-2026-0002"] and panel.count.text() == "1 agreement"
    assert panel.model.criteria.search == "song hong"
    qtbot.keyClick(panel.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.search, Qt.Key.Key_Delete)
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert shown(panel) == ALL


def _pick(combo_name: str, value: str) -> Callable[[MainWindow, QtBot], None]:
    def pick(window: MainWindow, _qtbot: QtBot) -> None:
        combo = getattr(window.register.filters, combo_name)
        index = combo.findData(value)
        assert index > 0, (combo_name, value)
        combo.setCurrentIndex(index)

    return pick


def _type_customer(window: MainWindow, qtbot: QtBot) -> None:
    line = window.register.filters.customer.lineEdit()
    line.setFocus()
    line.setText("växjö BOSTÄDER ab")  # any case: matched to the listed spelling
    qtbot.keyClick(line, Qt.Key.Key_Return)


def _days(box_name: str, days: int) -> Callable[[MainWindow, QtBot], None]:
    def type_days(window: MainWindow, qtbot: QtBot) -> None:
        box = getattr(window.register.filters, box_name)
        box.setFocus()
        box.lineEdit().selectAll()
        qtbot.keyClicks(box.lineEdit(), str(days))
        qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)

    return type_days


def _tick(box_name: str) -> Callable[[MainWindow, QtBot], None]:
    def tick(window: MainWindow, qtbot: QtBot) -> None:
        qtbot.mouseClick(getattr(window.register.filters, box_name), Qt.MouseButton.LeftButton)

    return tick


def _status(window: MainWindow, _qtbot: QtBot) -> None:
    window.register.status.setCurrentIndex(window.register.status.findData(Status.SIGNED.value))


FILTERS: dict[str, tuple[Callable[[MainWindow, QtBot], None], RegisterFilter, list[str] | None]] = {
    "status": (_status, RegisterFilter(status=Status.SIGNED), ["SLA-2026-0002", "SLA-2026-0003"]),
    "kind": (_pick("kind", "customer_sla"), RegisterFilter(kind="customer_sla"), None),
    "customer": (_type_customer, RegisterFilter(customer="Växjö Bostäder AB"), ["SLA-2024-0001", "SLA-2026-0005"]),
    "service": (_pick("service", "Service desk"), RegisterFilter(service="Service desk"), None),
    "level": (_pick("level", "Gold"), RegisterFilter(level="Gold"), None),
    "currency": (_pick("currency", "EUR"), RegisterFilter(currency="EUR"), ALL),
    "starts within": (_days("starts_within", 120), RegisterFilter(starts_within_days=120), None),
    "ends within": (_days("ends_within", 410), RegisterFilter(ends_within_days=410), None),
    "awaiting review": (_tick("awaiting_review"), RegisterFilter(awaiting_review=True), ["SLA-2026-0005"]),
    "awaiting signature": (_tick("awaiting_signature"), RegisterFilter(awaiting_signature=True), ["SLA-2026-0004"]),
    "experience": (_pick("experience", "watermelon"), RegisterFilter(experience="watermelon"), []),  # none closed yet
    # The demo's signed agreements on the day it was made (``demo.start_of``; the tests' ``core.clock`` day): 0001
    # renewed by itself once and takes notice by 30 January 2027, 0002 by 2 December 2026 (90 days before it ends);
    # 0003 renews only when confirmed (by 13 December). 0001 renews on 1 May 2027, 0002 on 3 March 2027. Reviews:
    # 0001's of 1 November, 0002's of 3 March and 0003's of 14 June are overdue. 2024-0003 expired on 30 September.
    "notice within": (_days("notice_within", 365), RegisterFilter(notice_within_days=365), ["SLA-2026-0001", "SLA-2026-0002"]),
    "renews within": (_days("renews_within", 365), RegisterFilter(renews_within_days=365),
                      ["SLA-2026-0001", "SLA-2026-0002"]),
    "review within": (_days("review_within", 30), RegisterFilter(review_within_days=30),
                      ["SLA-2026-0001", "SLA-2026-0002", "SLA-2026-0003"]),
    "expired": (_tick("expired"), RegisterFilter(expired=True), ["SLA-2024-0003"]),
}


@pytest.mark.parametrize("name", list(FILTERS))
def test_each_filter_in_the_panel_narrows_the_view_as_core_says(window: MainWindow, qtbot: QtBot, name: str) -> None:
    act, criteria, known = FILTERS[name]
    act(window, qtbot)
    panel = window.register
    qtbot.waitUntil(lambda: panel.model.criteria == criteria)
    assert shown(panel) == expected(window, criteria)
    if known is not None:
        assert shown(panel) == known
    total = panel.model.total
    assert panel.count.text() == f"{total} agreement{'s' if total != 1 else ''}"
    assert "1 filter" in panel.count.toolTip()
    window.register.clear_action.trigger()
    assert panel.model.criteria == RegisterFilter() and shown(panel) == ALL
    assert panel.filters.values()["awaiting_review"] is False and panel.status.currentIndex() == 0


def test_filters_combine_and_the_window_shows_them(window: MainWindow, qtbot: QtBot) -> None:
    filters = window.register.filters
    filters.level.setCurrentIndex(filters.level.findData("Silver"))
    filters.service.setCurrentIndex(filters.service.findData("Service desk"))
    criteria = RegisterFilter(service="Service desk", level="Silver")
    assert window.register.model.criteria == criteria
    assert shown(window.register) == expected(window, criteria) != []
    assert "2 filters" in window.register.count.toolTip()
    shoot(window, "register_with_filters")
    window.filters_action.trigger()  # Ctrl+Shift+F hides the panel; the filters still apply
    assert not window.register.filter_frame.isVisible()
    assert window.register.model.criteria == criteria
    window.filters_action.trigger()
    assert window.register.filter_frame.isVisible()


def click_header(qtbot: QtBot, window: MainWindow, column: Column) -> None:
    header = window.register.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


@pytest.mark.parametrize(
    ("column", "key", "value"),
    [
        (Column.CUSTOMER, SortKey.CUSTOMER, lambda r: r.customer),
        (Column.MONTHLY, SortKey.MONTHLY, lambda r: r.monthly_total),
        (Column.END, SortKey.END, lambda r: r.end_date),
        (Column.STATUS, SortKey.STATUS, lambda r: r.status.value),
    ],
)
def test_clicking_a_header_sorts_and_clicking_again_reverses(
    window: MainWindow, qtbot: QtBot, column: Column, key: SortKey, value: Callable[..., object]
) -> None:
    model = window.register.model
    click_header(qtbot, window, column)
    assert (model.criteria.sort, model.criteria.descending) == (key, False)
    values = [value(model.row_data(r)) for r in range(model.rowCount())]
    assert values == sorted(values)  # type: ignore[type-var]
    click_header(qtbot, window, column)
    assert (model.criteria.sort, model.criteria.descending) == (key, True)
    values = [value(model.row_data(r)) for r in range(model.rowCount())]
    assert values == sorted(values, reverse=True)  # type: ignore[type-var]
    assert shown(window.register) == expected(window, RegisterFilter(sort=key, descending=True))


def save_current_filter(window: MainWindow, name: str) -> SaveFilterDialog:
    window.activateWindow()
    window.register.saved.save_action.trigger()
    dialog = window.register.saved.dialog
    assert isinstance(dialog, SaveFilterDialog) and dialog.isVisible()
    dialog.name.setText(name)
    dialog.accept()
    return dialog


def test_save_a_filter_pick_it_again_and_find_it_after_reopening(
    window: MainWindow, qtbot: QtBot, context: AppContext, settings: QSettings, people: dict[str, Actor]
) -> None:
    panel = window.register
    panel.status.setCurrentIndex(panel.status.findData(Status.SIGNED.value))
    panel.filters.service.setCurrentIndex(panel.filters.service.findData("Service desk"))
    click_header(qtbot, window, Column.MONTHLY)
    click_header(qtbot, window, Column.MONTHLY)
    wanted = RegisterFilter(status=Status.SIGNED, service="Service desk", sort=SortKey.MONTHLY, descending=True)
    assert panel.model.criteria == wanted

    dialog = save_current_filter(window, "   ")
    assert dialog.isVisible() and dialog.errors.message("name") == "give the filter a name"
    shoot(dialog, "save_filter_dialog")
    dialog.name.setText("Signed service desk, biggest first")
    dialog.accept()
    assert not dialog.isVisible()
    assert panel.saved.names == ["Signed service desk, biggest first"]
    assert panel.saved.combo.currentText() == "Signed service desk, biggest first"
    assert window.statusBar().currentMessage() == "Filter “Signed service desk, biggest first” saved"

    panel.clear_action.trigger()
    click_header(qtbot, window, Column.NUMBER)
    assert panel.model.criteria == RegisterFilter() and panel.saved.combo.currentIndex() == 0

    combo = panel.saved.combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the keyboard picks the next entry: our filter
    assert panel.model.criteria == wanted
    assert panel.status.currentData() == Status.SIGNED.value
    assert panel.filters.service.currentData() == "Service desk"
    header = panel.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (Column.MONTHLY, Qt.SortOrder.DescendingOrder)
    assert shown(panel) == expected(window, wanted)
    shoot(window, "register_saved_filter_applied")

    window.close()
    again = MainWindow(context, settings=settings, watch_ms=0)
    qtbot.addWidget(again)
    again.show()
    assert again.register.saved.names == ["Signed service desk, biggest first"]
    assert again.register.model.criteria == RegisterFilter()
    assert again.register.saved.apply("Signed service desk, biggest first")
    assert again.register.model.criteria == wanted

    again.acting.setCurrentIndex(again.acting.findData("linh"))  # another user: their own, none yet
    assert again.register.saved.names == [] and not again.register.saved.delete_action.isEnabled()
    again.acting.setCurrentIndex(again.acting.findData("anna"))
    assert again.register.saved.names == ["Signed service desk, biggest first"]


def test_saving_under_a_used_name_replaces_and_delete_asks_first(
    window: MainWindow, qtbot: QtBot, people: dict[str, Actor]
) -> None:
    panel = window.register
    panel.filters.awaiting_review.setChecked(True)
    save_current_filter(window, "Mine")
    panel.clear_action.trigger()
    panel.filters.awaiting_signature.setChecked(True)
    save_current_filter(window, "MINE")
    assert panel.saved.names == ["MINE"]
    assert window.statusBar().currentMessage() == "Filter “MINE” replaced"
    stored = saved_filters.get_saved_filter(window.context.db, people["anna"], "mine").criteria
    assert stored == RegisterFilter(awaiting_signature=True)

    assert panel.saved.delete_action.isEnabled()
    window.register.saved.delete_action.trigger()
    box = panel.saved.confirm
    assert box is not None and "“MINE”" in box.text()
    box.button(box.StandardButton.Cancel).click()
    assert panel.saved.names == ["MINE"]
    window.register.saved.delete_action.trigger()
    box = panel.saved.confirm
    assert box is not None
    box.button(box.StandardButton.Yes).click()
    assert panel.saved.names == [] and saved_filters.list_saved_filters(window.context.db, people["anna"]) == []
    assert panel.model.criteria == RegisterFilter(awaiting_signature=True)  # the view itself stays


def test_register_menu_and_shortcuts(window: MainWindow) -> None:
    from PySide6.QtGui import QKeySequence

    shortcuts = {
        window.export_view_action: "Ctrl+Shift+E",
        window.batch_action: "Ctrl+Shift+B",
        window.filters_action: "Ctrl+Shift+F",
        window.register.clear_action: "Ctrl+Shift+L",
        window.register.saved.save_action: "Ctrl+D",
        window.register.saved.delete_action: "Ctrl+Shift+D",
        window.agreement_actions.preview: "Ctrl+Shift+P",
    }
    for action, keys in shortcuts.items():
        assert action.shortcut() == QKeySequence(keys), action.text()
    menus = {menu.title(): menu for menu in window.menuBar().findChildren(type(window.saved_menu)) if menu.title()}
    register_menu = menus["Re&gister"]
    assert window.export_view_action in register_menu.actions() and window.batch_action in register_menu.actions()
    assert window.agreement_actions.preview in menus["&Agreement"].actions()
    all_keys = [a.shortcut().toString() for a in window.findChildren(type(window.batch_action)) if not a.shortcut().isEmpty()]
    assert len(all_keys) == len(set(all_keys)), sorted(all_keys)  # no shortcut is taken twice


def test_reveal_clears_filters_that_hide_the_agreement(window: MainWindow) -> None:
    panel = window.register
    panel.filters.awaiting_review.setChecked(True)
    assert shown(panel) == ["SLA-2026-0005"]
    panel.reveal("SLA-2026-0003")
    assert panel.selected_number() == "SLA-2026-0003"
    assert not panel.filters.awaiting_review.isChecked() and panel.model.criteria.search == "SLA-2026-0003"
    QApplication.processEvents()


def test_the_experience_column_is_offered_in_the_header_menu_and_shown_by_its_filter(
    window: MainWindow, qtbot: QtBot, people: dict[str, Actor],
) -> None:
    import datetime as dt

    from slamdesk.core.monitoring import periods
    from tests.core.monitoring.test_experience import unhappy_october

    table = window.register.table
    assert table.isColumnHidden(Column.EXPERIENCE)  # the register fits 1280 pixels without it
    actions = window.register.column_actions
    assert not actions[Column.NUMBER].isEnabled() and actions[Column.EXPERIENCE].isEnabled()
    actions[Column.DOCUMENTS].trigger()
    assert table.isColumnHidden(Column.DOCUMENTS)
    actions[Column.DOCUMENTS].trigger()
    unhappy_october(window.context.db, people)
    periods.close_period(window.context.db, people["budi"], "SLA-2026-0001", periods.period("2026-10"),
                         dt.datetime(2026, 11, 23, tzinfo=dt.UTC))
    _pick("experience", "watermelon")(window, qtbot)
    qtbot.waitUntil(lambda: shown(window.register) == ["SLA-2026-0001"])
    assert not table.isColumnHidden(Column.EXPERIENCE) and actions[Column.EXPERIENCE].isChecked()
    assert window.register.model.data(window.register.model.index(0, Column.EXPERIENCE)) == "Green outside, red inside"
    shoot(window, "register_experience_filter")
    window.register.clear_action.trigger()
    assert not table.isColumnHidden(Column.EXPERIENCE)  # what the person chose to see stays
