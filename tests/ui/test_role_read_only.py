"""An editor a person's role may not save opens read-only, saying why before anything is typed (issue 15: "actions a
role cannot take are disabled with the reason"): the catalogue, a requirements document, the calendars."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from slamdesk.core import catalogue, requirements
from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied
from slamdesk.core.monitoring import calendar_library
from slamdesk.core.roles import Actor
from slamdesk.ui.catalogue.calendars_window import CalendarsWindow
from slamdesk.ui.catalogue.editor_window import CatalogueEditor
from slamdesk.ui.context import AppContext
from slamdesk.ui.main_window import MainWindow
from slamdesk.ui.requirements.editor_window import RequirementsEditor
from tests.ui.shots import shoot


def test_a_legal_reviewer_reads_the_catalogue_and_an_administrator_taking_over_edits_it(
    qtbot: QtBot, demo_db: Database, people: dict[str, Actor], admin: Actor,
) -> None:
    context = AppContext(demo_db, people["linh"])
    editor = CatalogueEditor(context)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.select_service_code("SD")
    banner = editor.role_banner.text()
    assert editor.role_banner.isVisible() and "Read-only" in banner
    assert "Trần Thị Linh (legal reviewer) cannot edit the service catalogue" in banner
    with pytest.raises(PermissionDenied) as refused:  # the very words a save would be refused with
        catalogue.update_service(demo_db, people["linh"], 1, row_version=1, code="X", name="X", description="",
                                 levels=[])
    assert str(refused.value) in banner
    assert not editor.save_action.isEnabled() and not editor.new_action.isEnabled()
    assert editor.save_action.toolTip() == str(refused.value)
    assert editor.code.isReadOnly() and editor.name.isReadOnly() and editor.description.isReadOnly()
    form = editor.form_of("Bronze")
    assert form.monthly_fee.isReadOnly()
    assert all(not combo.isEnabled() for combo in form.findChildren(QComboBox))
    shoot(editor, "catalogue_read_only")
    editor.form_of("Gold")  # another level's tab can still be read
    assert editor.forms[editor.current_level_key()].monthly_fee.isReadOnly()  # type: ignore[index]

    context.set_actor(admin)  # an administrator takes over: the same window edits
    assert not editor.role_banner.isVisible() and editor.new_action.isEnabled()
    assert "Ctrl+S" in editor.save_action.toolTip() and "cannot" not in editor.save_action.toolTip()  # its own again
    assert not editor.code.isReadOnly()
    form = editor.form_of("Bronze")
    assert not form.monthly_fee.isReadOnly() and any(combo.isEnabled() for combo in form.findChildren(QComboBox))
    form.monthly_fee.setText("21")
    form.monthly_fee.editingFinished.emit()
    assert editor.dirty and editor.save()


def test_a_quality_checker_reads_a_draft_requirements_document_without_changing_it(
    qtbot: QtBot, demo_db: Database, people: dict[str, Actor],
) -> None:
    draft = next(d for d in requirements.list_documents(demo_db) if d.status == "draft")
    context = AppContext(demo_db, people["budi"])
    editor = RequirementsEditor(context, draft.id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    assert "Budi Santoso (quality checker) cannot record requirements" in editor.banner.text()
    assert not editor.editable and editor.model.read_only
    assert not editor.save_action.isEnabled() and not editor.send_action.isEnabled()
    assert editor.title_edit.isReadOnly() and not editor.pricing.editable and not editor.trace.editable
    context.set_actor(people["anna"])  # the representative: the draft is hers to write again
    assert editor.editable and not editor.model.read_only and editor.save_action.isEnabled()
    assert "cannot record requirements" not in editor.banner.text() and editor.pricing.editable


def test_a_legal_reviewer_reads_the_calendars_with_new_and_save_off(
    qtbot: QtBot, demo_db: Database, people: dict[str, Actor],
) -> None:
    window = CalendarsWindow(AppContext(demo_db, people["linh"]))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    reason = calendar_library.why_not_keep(people["linh"])
    assert reason is not None and "cannot keep business-hours calendars" in reason
    assert window.role_banner.isVisible() and reason in window.role_banner.text()
    assert not window.save_button.isEnabled() and not window.new_button.isEnabled()
    assert window.save_button.toolTip() == reason
    assert all(field.isReadOnly() for field in window.findChildren(QLineEdit) if field.isVisibleTo(window)
               and field is not window.names)
    assert calendar_library.why_not_keep(people["anna"]) is None


def test_new_agreement_is_off_for_a_person_who_may_not_draft_and_says_why(
    window: MainWindow, people: dict[str, Actor],
) -> None:
    from slamdesk.core.drafting import why_not_draft

    assert window.new_action.isEnabled()  # Anna, a representative
    window.set_actor(people["linh"])
    reason = why_not_draft(people["linh"])
    assert reason == "Trần Thị Linh (legal reviewer) cannot draft agreements; needs: administrator, representative"
    assert not window.new_action.isEnabled() and window.new_action.toolTip() == reason
    said: list[str] = []
    window.context.message.connect(said.append)
    assert window.open_wizard() is None and window.wizard is None  # the register's empty state asks the same way
    assert said == [reason]
    window.set_actor(people["anna"])
    assert window.new_action.isEnabled() and "cannot" not in window.new_action.toolTip()
