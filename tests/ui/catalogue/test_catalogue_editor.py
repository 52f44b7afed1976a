"""The catalogue editor: edits with undo and redo, saving through core, refusals beside the field."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from slamdesk.core import catalogue
from slamdesk.core.catalogue import ServiceInfo
from slamdesk.core.db import Database
from slamdesk.ui.catalogue.editor_window import CatalogueEditor
from slamdesk.ui.catalogue.level_form import LevelForm
from slamdesk.ui.context import AppContext


def service(db: Database, code: str) -> ServiceInfo:
    return next(s for s in catalogue.list_services(db) if s.code == code)


def level(info: ServiceInfo, name: str) -> catalogue.LevelInfo:
    return next(lv for lv in info.levels if lv.name == name)


@pytest.fixture
def editor(qtbot: QtBot, context: AppContext, shown_errors: list[tuple[str, str]]) -> Iterator[CatalogueEditor]:
    window = CatalogueEditor(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.select_service_code("SD")
    yield window
    window.undo_stack.setClean()  # nothing to ask about when the test closes it
    window.state = None


def type_text(edit: QLineEdit, text: str) -> None:
    """Type and leave the field, as a person moving on would."""
    edit.setFocus()
    edit.setText(text)
    edit.editingFinished.emit()


def set_cell(form: LevelForm, row: int, column: int, text: str) -> None:
    item = form.targets.table.item(row, column)
    assert item is not None
    item.setText(text)


def test_services_are_listed_and_the_selected_one_shown(editor: CatalogueEditor) -> None:
    names = [editor.service_list.item(r).text() for r in range(editor.service_list.count())]
    assert "Service desk (SD)  ★" in names and "Network monitoring (NET)" in names
    assert (editor.code.text(), editor.name.text()) == ("SD", "Service desk")
    tabs = [editor.level_tabs.tabText(i) for i in range(editor.level_tabs.count())]
    assert tabs == ["Bronze", "Silver", "Gold", "★ Gold VIP (Fjällbacka Rederi)"]
    gold = editor.form_of("Gold")
    assert gold.monthly_fee.text() == "39" and gold.unit.currentData() == "user"
    assert gold.targets.rows()[0] == ("15 min", "1 h", "12 min", "48 min")
    assert gold.bands.rows() == (("100", "5"), ("250", "10"))
    assert not editor.undo_action.isEnabled() and not editor.redo_action.isEnabled()


def test_edit_a_fee_undo_redo_and_save(editor: CatalogueEditor, context: AppContext) -> None:
    silver = editor.form_of("Silver")
    type_text(silver.monthly_fee, "27.50")
    assert editor.undo_action.isEnabled() and editor.undo_action.text() == "&Undo Edit Silver: fee per unit"
    assert editor.windowTitle().startswith("*Service desk")
    type_text(silver.fixed_fee, "50")
    assert editor.undo_stack.count() == 2

    editor.undo_action.trigger()
    assert silver.fixed_fee.text() == "0" and silver.monthly_fee.text() == "27.50"
    editor.undo_action.trigger()
    assert silver.monthly_fee.text() == "26"
    assert not editor.undo_action.isEnabled() and not editor.dirty
    editor.redo_action.trigger()
    assert silver.monthly_fee.text() == "27.50"
    assert editor.redo_action.text() == "&Redo Edit Silver: fixed fee"
    assert [a.toString() for a in editor.redo_action.shortcuts()][0] == "Ctrl+Shift+Z"
    assert editor.undo_action.shortcut().toString() == "Ctrl+Z"
    assert level(service(context.db, "SD"), "Silver").monthly_fee == Decimal("26.00")  # nothing stored yet

    editor.save_action.trigger()
    stored = service(context.db, "SD")
    assert level(stored, "Silver").monthly_fee == Decimal("27.50")
    assert level(stored, "Silver").fixed_fee == Decimal("0")
    assert level(stored, "Gold").monthly_fee == Decimal("39.00")  # the others untouched
    assert [lv.id for lv in stored.levels] == [lv.id for lv in service(context.db, "SD").levels]
    assert editor.undo_stack.count() == 0 and not editor.dirty
    assert not editor.windowTitle().startswith("*")


def test_an_internal_target_looser_than_the_external_is_refused_beside_the_targets(
    editor: CatalogueEditor, context: AppContext
) -> None:
    before = service(context.db, "SD")
    gold = editor.form_of("Gold")
    set_cell(gold, 0, 2, "30 min")  # P1 internal response; external 15 min less a 20 % buffer is at most 12 min
    assert editor.undo_stack.count() == 1
    assert editor.undo_action.text() == "&Undo Edit Gold: targets"
    assert not editor.save()
    message = "P1 internal response 30 min is looser than the external 15 min less the 20 % buffer (at most 12 min)"
    assert gold.errors.message("internal_targets") == message
    assert gold.targets.error.isVisible() and gold.targets.error.text() == message
    assert "#c53030" in gold.targets.table.styleSheet()
    assert editor.level_tabs.currentWidget() is gold
    assert service(context.db, "SD") == before

    editor.undo_action.trigger()
    assert gold.targets.rows()[0][2] == "12 min"
    assert editor.save()
    assert gold.targets.error.text() == ""


@pytest.mark.parametrize(
    ("field", "text", "name", "message"),
    [
        ("monthly_fee", "lots", "monthly_fee", "'lots' is not a number"),
        ("availability", "101", "availability_pct", "availability must be above 0 % and at most 100 %"),
        ("min_units", "many", "min_units", "the minimum volume is a whole number, 0 or more"),
        ("currency", "XYZ", "currency", "unknown currency code: 'XYZ'"),
        ("name", " ", "level_name", "a level needs a name"),
    ],
)
def test_bad_level_input_is_refused_beside_its_field(
    editor: CatalogueEditor, context: AppContext, field: str, text: str, name: str, message: str
) -> None:
    before = service(context.db, "SD")
    bronze = editor.form_of("Bronze")
    type_text(getattr(bronze, field), text)
    editor.save_action.trigger()
    assert bronze.errors.message(name) == message
    assert bronze.errors.label(name).isVisible()
    assert service(context.db, "SD") == before


def test_removing_a_level_in_use_is_refused_with_cores_message(editor: CatalogueEditor, context: AppContext) -> None:
    before = service(context.db, "SD")
    editor.form_of("Gold")
    editor.remove_level_action.trigger()
    assert [editor.level_tabs.tabText(i) for i in range(editor.level_tabs.count())] == [
        "Bronze", "Silver", "★ Gold VIP (Fjällbacka Rederi)"
    ]
    assert not editor.save()
    assert editor.errors.message("levels") == "level Gold is used by requirements or agreements and cannot be removed"
    assert service(context.db, "SD") == before
    editor.undo_action.trigger()
    assert editor.level_tabs.tabText(2) == "Gold" and editor.level_tabs.count() == 4


def test_add_a_vip_level_for_a_customer(editor: CatalogueEditor, context: AppContext) -> None:
    editor.form_of("Silver")
    dialog = editor.add_vip_level()
    assert dialog is not None and dialog.isVisible()
    dialog.customer.setCurrentIndex(dialog.customer.findText("Växjö Bostäder AB"))
    assert dialog.base.currentText() == "Silver"
    assert dialog.name.text() == "Silver VIP (Växjö)"
    dialog.accept()
    assert editor.level_tabs.tabText(editor.level_tabs.currentIndex()) == "★ Silver VIP (Växjö)"
    vip = editor.forms[editor.current_level_key()]  # type: ignore[index]
    type_text(vip.monthly_fee, "24")
    assert editor.undo_stack.count() == 2
    assert editor.save()
    stored = level(service(context.db, "SD"), "Silver VIP (Växjö)")
    assert stored.customer_name == "Växjö Bostäder AB" and stored.monthly_fee == Decimal("24.00")
    assert stored.targets == level(service(context.db, "SD"), "Silver").targets


def test_new_service_is_added(editor: CatalogueEditor, context: AppContext) -> None:
    editor.new_action.trigger()
    assert editor.level_tabs.count() == 1 and editor.windowTitle().startswith("*New service")
    type_text(editor.code, "BKP")
    type_text(editor.name, "Backup and restore")
    form = editor.form_of("Standard")
    type_text(form.monthly_fee, "3.20")
    assert not editor.save()
    assert form.errors.message("targets") == "targets need priorities among P1, P2, P3, P4"
    set_cell(form, 1, 0, "4 h")
    set_cell(form, 1, 1, "1 d")
    assert editor.save()
    stored = service(context.db, "BKP")
    assert stored.name == "Backup and restore"
    (only,) = stored.levels
    assert (only.monthly_fee, only.targets[0].priority, only.targets[0].response_minutes) == (
        Decimal("3.20"), "P2", 240
    )
    assert editor.service_list.currentItem().text() == "Backup and restore (BKP)"


def test_switching_service_with_unsaved_edits_asks_save_discard_or_cancel(editor: CatalogueEditor, context: AppContext) -> None:
    type_text(editor.form_of("Bronze").monthly_fee, "19")
    editor.select_service_code("NET")
    box = editor.unsaved_box
    assert box is not None and box.isVisible() and "The service “Service desk” has changes" in box.text()
    assert editor.code.text() == "SD" and "(SD)" in editor.service_list.currentItem().text()
    box.button(QMessageBox.StandardButton.Cancel).click()  # the edit stays, on its service
    assert editor.code.text() == "SD" and editor.form_of("Bronze").monthly_fee.text() == "19"
    editor.select_service_code("NET")
    editor.unsaved_box.button(QMessageBox.StandardButton.Discard).click()
    assert editor.code.text() == "NET" and "(NET)" in editor.service_list.currentItem().text()
    assert [level.monthly_fee for level in service(context.db, "SD").levels if level.name == "Bronze"] == [Decimal("18")]
    editor.select_service_code("SD")
    type_text(editor.form_of("Bronze").monthly_fee, "19")
    editor.select_service_code("NET")
    editor.unsaved_box.button(QMessageBox.StandardButton.Save).click()
    assert editor.code.text() == "NET"
    assert [level.monthly_fee for level in service(context.db, "SD").levels if level.name == "Bronze"] == [Decimal("19")]


def test_a_refusal_goes_when_its_value_is_undone_or_typed_again(editor: CatalogueEditor, qtbot: QtBot) -> None:
    form = editor.form_of("Bronze")
    type_text(form.monthly_fee, "-5")
    assert not editor.save()
    assert form.errors.message("monthly_fee") == "amount cannot be negative"
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo: 18 is shown again
    form = editor.form_of("Bronze")
    assert form.monthly_fee.text() == "18" and form.errors.message("monthly_fee") == ""
    type_text(form.monthly_fee, "-5")
    assert not editor.save()
    form.monthly_fee.setFocus()
    qtbot.keyClick(form.monthly_fee, Qt.Key.Key_Backspace)
    assert form.errors.message("monthly_fee") == ""  # the person is typing another value


def test_the_level_form_lines_up_its_fields_and_right_aligns_its_numbers(editor: CatalogueEditor) -> None:
    form = editor.form_of("Bronze")
    editor.resize(1280, 800)
    starts = {widget.mapTo(form, QPoint(0, 0)).x() for widget in (form.name, form.availability, form.fixed_fee, form.regions)}
    assert len(starts) == 1  # the Level, Availability and Price groups start their fields at one line
    for number in (form.availability, form.internal_availability, form.buffer, form.fixed_fee, form.monthly_fee,
                   form.value_price, form.min_units):
        assert number.alignment() & Qt.AlignmentFlag.AlignRight
    assert form.regions.width() > form.regions.fontMetrics().horizontalAdvance(form.regions.placeholderText())
    assert editor.vip_legend.isVisible() and editor.vip_legend.text().startswith("★")
    vip_item = next(editor.service_list.item(r) for r in range(editor.service_list.count())
                    if "★" in editor.service_list.item(r).text())
    assert "VIP level" in vip_item.toolTip()


def test_the_catalogue_says_what_happened_on_its_own_status_line(editor: CatalogueEditor, context: AppContext) -> None:
    told: list[str] = []
    context.message.connect(told.append)
    type_text(editor.form_of("Bronze").monthly_fee, "-5")
    assert not editor.save()
    assert editor.statusBar().currentMessage() == "Save: not done. amount cannot be negative"
    type_text(editor.form_of("Bronze").monthly_fee, "19")
    assert editor.save()
    assert editor.statusBar().currentMessage().startswith("Service SD saved with")
    assert told[-1] == editor.statusBar().currentMessage()  # the main window hears it too
