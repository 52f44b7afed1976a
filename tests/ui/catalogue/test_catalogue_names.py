"""The catalogue editor's names in other languages: a service's and each level's, typed beside the name, saved
through core, shown again, cleared, refused beside the table, and undone like any other edit."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGroupBox, QLineEdit, QTableWidget
from pytestqt.qtbot import QtBot

from slamdesk.core import catalogue
from slamdesk.core.catalogue import ServiceInfo
from slamdesk.core.catalogue_names import NAME_LANGUAGES
from slamdesk.core.db import Database
from slamdesk.ui.catalogue.editor_window import CatalogueEditor
from slamdesk.ui.catalogue.names_editor import NamesTable
from slamdesk.ui.context import AppContext
from tests.ui.shots import shoot

UKRAINIAN = "Служба підтримки"
SWEDISH = "Guld"


def service(db: Database, code: str) -> ServiceInfo:
    return next(s for s in catalogue.list_services(db) if s.code == code)


def level(info: ServiceInfo, name: str) -> catalogue.LevelInfo:
    return next(lv for lv in info.levels if lv.name == name)


def type_name(table: NamesTable, language: str, text: str) -> None:
    """Type ``text`` into ``language``'s row and leave the cell, as a person would."""
    item = table.table.item(NAME_LANGUAGES.index(language), 0)
    assert item is not None
    item.setText(text)


def header_texts(table: QTableWidget, orientation: Qt.Orientation) -> list[str]:
    count = table.columnCount() if orientation == Qt.Orientation.Horizontal else table.rowCount()
    return [str(table.model().headerData(section, orientation)) for section in range(count)]


def shown(table: NamesTable) -> dict[str, str]:
    return {language: name for language, name in zip(NAME_LANGUAGES, table.names()) if name}


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


@pytest.fixture
def sd(context: AppContext) -> ServiceInfo:
    """SD with no names in other languages, whatever the demo gives it."""
    info = service(context.db, "SD")
    bare = [replace(catalogue.level_input(lv), names={}) for lv in info.levels]
    return catalogue.update_service(context.db, context.actor, info.id, row_version=info.row_version, code=info.code,
                                    name=info.name, description=info.description, levels=bare, names={})


@pytest.fixture
def bare_editor(sd: ServiceInfo, editor: CatalogueEditor) -> CatalogueEditor:
    editor.open_service(sd.id)
    return editor


def test_a_row_per_language_headed_by_its_own_name(bare_editor: CatalogueEditor) -> None:
    table = bare_editor.service_names.table
    assert header_texts(table, Qt.Orientation.Vertical) == ["Svenska", "Tiếng Việt", "Bahasa Indonesia", "Українська"]
    assert header_texts(table, Qt.Orientation.Horizontal) == ["Name in other languages"]
    assert bare_editor.service_names.names() == ("", "", "", "")
    assert bare_editor.service_names.isVisible()
    form = bare_editor.form_of("Gold")
    assert form.names.isVisible() and form.names.names() == ("", "", "", "")
    assert header_texts(form.names.table, Qt.Orientation.Horizontal) == ["Name"]  # in a box saying the rest:
    box = form.names.parentWidget()
    assert isinstance(box, QGroupBox) and box.title() == "Name in other languages"


def test_names_are_saved_shown_again_and_cleared(bare_editor: CatalogueEditor, context: AppContext, sd: ServiceInfo) -> None:
    editor = bare_editor
    type_name(editor.service_names, "uk", UKRAINIAN)
    assert editor.dirty and editor.windowTitle().startswith("*")
    assert editor.undo_action.text() == "&Undo Edit service names in other languages"
    gold = editor.form_of("Gold")
    type_name(gold.names, "sv", SWEDISH)
    assert editor.undo_action.text() == "&Undo Edit Gold: names in other languages"
    assert catalogue.get_service(context.db, sd.id).names == {}  # nothing stored before Save

    assert editor.save()
    stored = catalogue.get_service(context.db, sd.id)
    assert dict(stored.names) == {"uk": UKRAINIAN}
    assert dict(level(stored, "Gold").names) == {"sv": SWEDISH}
    assert all(not lv.names for lv in stored.levels if lv.name != "Gold")
    assert not editor.dirty

    editor.select_service_code("NET")  # away and back: each service shows its own, as stored
    assert shown(editor.service_names) == dict(service(context.db, "NET").names)
    assert shown(editor.service_names)["sv"] == "Nätverksövervakning"  # the demo's
    editor.select_service_code("SD")
    assert shown(editor.service_names) == {"uk": UKRAINIAN}
    assert shown(editor.form_of("Gold").names) == {"sv": SWEDISH}
    assert shown(editor.form_of("Silver").names) == {}

    type_name(editor.service_names, "uk", "")  # an empty name is none: the catalogue's name is shown
    type_name(editor.form_of("Gold").names, "sv", "   ")
    assert editor.save()
    stored = catalogue.get_service(context.db, sd.id)
    assert stored.names == {} and level(stored, "Gold").names == {}
    assert shown(editor.service_names) == {} and shown(editor.form_of("Gold").names) == {}


def test_a_new_service_is_added_with_its_names(bare_editor: CatalogueEditor, context: AppContext) -> None:
    editor = bare_editor
    editor.new_action.trigger()
    assert shown(editor.service_names) == {}
    for edit, text in ((editor.code, "BKP"), (editor.name, "Backup")):
        edit.setText(text)
        edit.editingFinished.emit()
    type_name(editor.service_names, "id", "Cadangan")
    type_name(editor.service_names, "vi", "Sao lưu")
    form = editor.form_of("Standard")
    form.targets.table.item(1, 0).setText("4 h")  # type: ignore[union-attr]
    form.targets.table.item(1, 1).setText("1 d")  # type: ignore[union-attr]
    assert editor.save()
    assert dict(service(context.db, "BKP").names) == {"id": "Cadangan", "vi": "Sao lưu"}


def test_a_name_still_being_typed_is_saved(bare_editor: CatalogueEditor, context: AppContext, sd: ServiceInfo,
                                          qtbot: QtBot) -> None:
    table = bare_editor.service_names.table
    item = table.item(NAME_LANGUAGES.index("sv"), 0)
    assert item is not None
    table.setCurrentItem(item)
    table.editItem(item)
    editor = table.indexWidget(table.currentIndex())
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Servicedesk")
    bare_editor.save_action.trigger()  # Ctrl+S with the cell still open
    assert dict(catalogue.get_service(context.db, sd.id).names) == {"sv": "Servicedesk"}


def test_names_are_undone_and_redone(bare_editor: CatalogueEditor) -> None:
    editor = bare_editor
    type_name(editor.service_names, "sv", "Servicedesk")
    gold = editor.form_of("Gold")
    type_name(gold.names, "uk", "Золото")
    editor.undo_action.trigger()
    assert shown(gold.names) == {} and shown(editor.service_names) == {"sv": "Servicedesk"}
    editor.undo_action.trigger()
    assert shown(editor.service_names) == {} and not editor.dirty
    editor.redo_action.trigger()
    editor.redo_action.trigger()
    assert shown(editor.service_names) == {"sv": "Servicedesk"} and shown(gold.names) == {"uk": "Золото"}


def test_a_copied_or_vip_level_starts_without_the_names_of_the_one_it_copies(bare_editor: CatalogueEditor) -> None:
    editor = bare_editor
    type_name(editor.form_of("Gold").names, "sv", SWEDISH)
    editor.add_level_action.trigger()
    copy = editor.forms[editor.current_level_key()]  # type: ignore[index]
    assert copy.name.text() == "Gold (copy)" and shown(copy.names) == {}
    assert shown(editor.form_of("Gold").names) == {"sv": SWEDISH}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Bell\x07", "contains"),
        ("x" * 300, "at most"),
    ],
)
def test_a_hostile_service_name_is_refused_beside_the_table(
    bare_editor: CatalogueEditor, context: AppContext, sd: ServiceInfo, text: str, message: str
) -> None:
    editor = bare_editor
    type_name(editor.service_names, "uk", text)
    assert not editor.save()
    error = editor.errors.message("service_names")
    assert message in error and "Українська" in error
    assert editor.service_names.error.isVisible() and "#c53030" in editor.service_names.table.styleSheet()
    assert catalogue.get_service(context.db, sd.id) == sd  # nothing stored
    assert editor.dirty and editor.service_names.names()[-1] == text  # what was typed stays, to be put right
    type_name(editor.service_names, "uk", UKRAINIAN)  # typing again takes the message away
    assert editor.errors.message("service_names") == "" and editor.service_names.table.styleSheet() == ""
    assert editor.save()
    assert dict(catalogue.get_service(context.db, sd.id).names) == {"uk": UKRAINIAN}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Gu\x07ld", "contains"),
        ("x" * 300, "at most"),
    ],
)
def test_a_hostile_level_name_is_refused_beside_the_levels_table(
    bare_editor: CatalogueEditor, context: AppContext, sd: ServiceInfo, text: str, message: str
) -> None:
    editor = bare_editor
    silver = editor.form_of("Silver")
    type_name(silver.names, "sv", text)
    editor.form_of("Bronze")  # another tab open: the refusal shows the level it is about
    assert not editor.save()
    assert editor.level_tabs.currentWidget() is silver
    error = silver.errors.message("level_names")
    assert message in error and "Svenska" in error
    assert silver.names.error.isVisible() and silver.names.error.text() == error
    assert "#c53030" in silver.names.table.styleSheet()
    assert catalogue.get_service(context.db, sd.id) == sd
    editor.undo_action.trigger()  # undone: no message stays about the value no longer shown
    assert silver.names.error.text() == "" and silver.names.table.styleSheet() == ""
    assert editor.save()


def test_tab_walks_down_the_names_and_leaves_from_the_last(bare_editor: CatalogueEditor, qtbot: QtBot) -> None:
    table = bare_editor.service_names.table
    table.setFocus()
    table.setCurrentCell(0, 0)
    for row in range(1, len(NAME_LANGUAGES)):
        qtbot.keyClick(table, Qt.Key.Key_Tab)
        assert table.currentRow() == row and table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert not table.hasFocus() and table.currentRow() == len(NAME_LANGUAGES) - 1


def test_the_names_sit_beside_the_service_name_and_under_the_levels_name(bare_editor: CatalogueEditor) -> None:
    editor = bare_editor
    editor.resize(1280, 800)
    type_name(editor.service_names, "uk", UKRAINIAN)
    form = editor.form_of("Gold")
    type_name(form.names, "sv", SWEDISH)
    QApplication.processEvents()
    names, name = editor.service_names.table, editor.name
    assert names.mapToGlobal(names.rect().topLeft()).x() > name.mapToGlobal(name.rect().topRight()).x()
    for table in (names, form.names.table):  # every row shows, without scrolling, and the names are not cut
        assert table.viewport().height() >= table.rowCount() * table.rowHeight(0)
        assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance(UKRAINIAN) + 8
        header = table.verticalHeader()
        assert header.width() >= header.fontMetrics().horizontalAdvance("Bahasa Indonesia")
    level_name = form.name.mapTo(form, form.name.rect().bottomLeft()).y()
    assert form.names.mapTo(form, form.names.rect().topLeft()).y() > level_name
    shoot(editor, "catalogue_names")
    editor.grab().save("/tmp/names_editor.png")
