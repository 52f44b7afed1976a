"""A note on the quality checklist (an advisory item: a service or level shown in the catalogue's English for want
of a name in the agreement's language) is shown as a warning beside the passing items and does not stop approval."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from slamdesk.core import agreements, catalogue
from slamdesk.core.lifecycle import Status
from slamdesk.core.roles import Actor
from slamdesk.ui.context import AppContext
from slamdesk.ui.review.checklist import ChecklistDialog, summary_text
from slamdesk.ui.review.decision_dialog import ReviewDecisionDialog
from tests.ui.shots import shoot

from .test_review_dialogs import TODAY, _draft, _open, _round


def _without_ukrainian_names(context: AppContext, admin: Actor, code: str) -> None:
    service = next(s for s in catalogue.list_services(context.db) if s.code == code)
    levels = [dataclasses.replace(catalogue.level_input(level), names={k: v for k, v in level.names.items() if k != "uk"})
              for level in service.levels]
    names = {k: v for k, v in service.names.items() if k != "uk"}
    catalogue.update_service(context.db, admin, service.id, row_version=service.row_version, code=service.code,
                             name=service.name, description=service.description, levels=levels, names=names)


def test_a_missing_name_is_a_warning_the_checklist_shows_and_approval_goes_ahead(
    qtbot: QtBot, context: AppContext, people: dict[str, Actor], shown_errors: list[tuple[str, str]]
) -> None:
    number = _draft(context.db)  # the Lviv bakery's draft, in Ukrainian
    services = {line.service_name for line in agreements.get_agreement(context.db, number).lines}
    code = next(s.code for s in catalogue.list_services(context.db) if s.name in services)
    _without_ukrainian_names(context, people["admin"], code)
    viewer = _open(qtbot, ChecklistDialog(None, context, number))
    assert isinstance(viewer, ChecklistDialog)
    checklist = viewer.checklist.checklist
    assert checklist is not None and checklist.passed and [item.key for item in checklist.notes] == ["names"]
    row = viewer.checklist.rows["names"]
    assert row.icon.toolTip() == "A note: it does not block approval"
    assert "in English" in row.detail.text() and not row.title.font().bold()
    assert viewer.checklist.summary.text() == summary_text(checklist)
    assert viewer.checklist.summary.text().startswith("All 6 checks pass. Note: line 1 shows")
    shoot(viewer, "checklist_dialog_note")

    _round(context.db, people, number, "linh")
    context.set_actor(people["linh"])
    dialog = _open(qtbot, ReviewDecisionDialog(None, context, number, decision="approve", today=TODAY))
    assert isinstance(dialog, ReviewDecisionDialog) and dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and shown_errors == []
    assert agreements.get_agreement(context.db, number).status is Status.APPROVED
