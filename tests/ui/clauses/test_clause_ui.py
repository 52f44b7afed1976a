"""The clause library editor and an agreement's clause picker."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from slamdesk.core import agreements, clauses
from slamdesk.core.db import Database
from slamdesk.core.roles import Actor
from slamdesk.ui.clauses.agreement_clauses import AgreementClausesDialog
from slamdesk.ui.clauses.clause_library import ClauseLibraryDialog
from slamdesk.ui.clauses.wording import CLAUSE_ROLE
from slamdesk.ui.context import AppContext
from tests.ui.shots import shoot

DRAFT = "SLA-2026-0007"  # a Ukrainian draft in the demo
SIGNED = "SLA-2026-0002"  # a Vietnamese signed agreement


def _library(qtbot: QtBot, context: AppContext) -> ClauseLibraryDialog:
    dialog = ClauseLibraryDialog(None, context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _picker(qtbot: QtBot, context: AppContext, number: str) -> AgreementClausesDialog:
    dialog = AgreementClausesDialog(None, context, number)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _shoot(qtbot: QtBot, dialog: QWidget, name: str) -> None:
    qtbot.wait(50)  # let the layouts settle after the last change
    shoot(dialog, name)


def _history(db: Database, key: str, language: str) -> list[tuple[int, str]]:
    return [(c.version, c.text) for c in clauses.history(db, key, language)]


# ------------------------------------------------------------------ the library


def test_a_legal_reviewer_saves_a_new_version_and_the_history_shows_the_difference(
    qtbot: QtBot, demo_db: Database, people: dict[str, Actor], shown_errors: list[tuple[str, str]]
) -> None:
    context = AppContext(demo_db, people["linh"])
    messages: list[str] = []
    context.message.connect(messages.append)
    dialog = _library(qtbot, context)
    assert dialog.can_edit and not dialog.banner.isVisible()
    dialog.language_filter.setCurrentIndex(dialog.language_filter.findData("sv"))
    assert {c.language for c in dialog.visible_clauses()} == {"sv"} and len(dialog.visible_clauses()) == 4
    dialog.search.setText("uppsäg")
    assert [c.key for c in dialog.visible_clauses()] == ["termination"]
    assert dialog.current is not None and (dialog.current.key, dialog.current.language) == ("termination", "sv")
    assert dialog.history_versions() == [1] and not dialog.save_button.isEnabled()
    original = dialog.current.text

    dialog.text_edit.setPlainText(original.replace("tre månaders", "sex månaders"))
    assert dialog.dirty and dialog.save_button.isEnabled() and dialog.windowTitle().startswith("*")
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.text_edit.setFocus()
    with qtbot.waitSignal(dialog.clause_saved) as saved:
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    assert dialog.save_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert saved.args[0].version == 2
    assert _history(demo_db, "termination", "sv") == [(1, original), (2, original.replace("tre månaders", "sex månaders"))]
    assert not dialog.dirty and dialog.version_label.text().startswith("2")
    assert dialog.history_versions() == [2, 1]
    # The older version is chosen, with what the latest changed: the removed words struck, the new ones added.
    assert dialog.history_list.currentItem().text() == "Version 1"
    assert "tre månaders" in dialog.history_text.toPlainText()
    assert any(line.startswith("-") and "tre månaders" in line for line in dialog.history_diff_lines)
    assert any(line.startswith("+") and "sex månaders" in line for line in dialog.history_diff_lines)
    html = dialog.history_diff.toHtml()
    assert "line-through" in html and "sex månaders" in dialog.history_diff.toPlainText()
    assert any("version 2" in message for message in messages)
    _shoot(qtbot, dialog, "clause_library")
    dialog.select_version(2)
    assert "latest" in dialog.history_caption.text() and dialog.history_diff_lines == []
    assert not shown_errors


def test_a_representative_sees_the_library_read_only(
    qtbot: QtBot, context: AppContext, shown_errors: list[tuple[str, str]]
) -> None:
    dialog = _library(qtbot, context)  # anna, a representative
    assert not dialog.can_edit
    assert dialog.banner.isVisible() and "legal reviewers" in dialog.banner.text()
    assert dialog.title_edit.isReadOnly() and dialog.text_edit.isReadOnly()
    assert not dialog.save_button.isVisible() and not dialog.save_action.isEnabled()
    assert not dialog.new_button.isEnabled() and not dialog.new_action.isEnabled()
    dialog.language_filter.setCurrentIndex(dialog.language_filter.findData("uk"))
    dialog.select_clause("service_credits", "uk")
    assert dialog.title_edit.text() == "Сервісні кредити"
    before = clauses.library(context.db)
    dialog.save()  # Ctrl+S does nothing either
    assert clauses.library(context.db) == before
    _shoot(qtbot, dialog, "clause_library_read_only_uk")
    assert not shown_errors


def test_an_empty_title_or_text_is_refused_beside_the_field_and_nothing_is_stored(
    qtbot: QtBot, demo_db: Database, people: dict[str, Actor], shown_errors: list[tuple[str, str]]
) -> None:
    context = AppContext(demo_db, people["linh"])
    dialog = _library(qtbot, context)
    dialog.select_clause("periodic_review", "vi")
    before = clauses.library(demo_db)
    dialog.title_edit.setText("  ")
    assert not dialog.save()
    assert dialog.errors.message("title") == "a clause needs a title"
    assert dialog.dirty  # the edit stays for the user to fix
    dialog.revert()
    dialog.text_edit.setPlainText("")
    assert not dialog.save()
    assert dialog.errors.message("text") == "a clause needs its text" and dialog.errors.message("title") == ""
    assert dialog.text_error.isVisible()
    assert clauses.library(demo_db) == before
    _shoot(qtbot, dialog, "clause_library_error_vi")
    original = next(c for c in before if (c.key, c.language) == ("periodic_review", "vi"))
    assert _history(demo_db, "periodic_review", "vi") == [(1, original.text)]
    # Choosing another clause asks first; Cancel keeps the edit, Discard drops it and shows the other clause.
    dialog.select_clause("termination", "vi")
    box = dialog.unsaved_box
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.current is not None and dialog.current.key == "periodic_review" and dialog.dirty
    dialog.select_clause("termination", "vi")
    dialog.unsaved_box.button(QMessageBox.StandardButton.Discard).click()
    assert dialog.current is not None and dialog.current.key == "termination" and not dialog.dirty
    assert dialog.clause_list.currentItem().data(CLAUSE_ROLE).key == "termination"
    assert clauses.library(demo_db) == before
    assert not shown_errors


def test_a_new_clause_is_added_through_its_dialog(
    qtbot: QtBot, demo_db: Database, people: dict[str, Actor], shown_errors: list[tuple[str, str]]
) -> None:
    context = AppContext(demo_db, people["linh"])
    dialog = _library(qtbot, context)
    dialog.language_filter.setCurrentIndex(dialog.language_filter.findData("id"))
    dialog.new_action.trigger()
    new = dialog.new_dialog
    assert new is not None and new.language.currentData() == "id"
    new.key.setText("data protection")
    new.title.setText("Perlindungan data")
    new.text.setPlainText("Penyedia memproses data pribadi hanya atas instruksi tertulis pelanggan.")
    new.accept()
    assert new.isVisible() and "letters, digits and _" in new.errors.message("key")
    _shoot(qtbot, new, "clause_library_new_clause_error")
    new.key.setText("data_protection")
    new.accept()
    assert not new.isVisible()
    assert dialog.current is not None and (dialog.current.key, dialog.current.language, dialog.current.version) == (
        "data_protection", "id", 1
    )
    assert [c.key for c in clauses.library(demo_db, "id")].count("data_protection") == 1
    assert not shown_errors


# ------------------------------------------------------------------ an agreement's clauses


def test_a_draft_edits_its_copy_and_sees_the_difference_to_the_library(
    qtbot: QtBot, context: AppContext, shown_errors: list[tuple[str, str]]
) -> None:
    saved: list[str] = []
    context.changed.connect(lambda changed: saved.append(changed.key))
    dialog = _picker(qtbot, context, DRAFT)
    assert dialog.editable and not dialog.banner.isVisible()
    assert [row.key for row in dialog.rows() if row.picked] == list(clauses.STANDARD_KEYS)
    dialog.select_clause("termination")
    assert dialog.diff_lines == [] and not dialog.reset_button.isEnabled()
    library_text = dialog.current_row.library_text
    edited = library_text.replace("за три місяці", "за шість місяців")
    assert edited != library_text
    dialog.text_edit.setPlainText(edited)
    assert any(line.startswith("-") and "за три місяці" in line for line in dialog.diff_lines)
    assert any(line.startswith("+") and "за шість місяців" in line for line in dialog.diff_lines)
    assert "за шість місяців" in dialog.diff_view.toPlainText() and "line-through" in dialog.diff_view.toHtml()
    assert "edited" in dialog.clause_list.currentItem().text() and dialog.reset_button.isEnabled()
    _shoot(qtbot, dialog, "agreement_clauses_uk")
    dialog.accept()
    assert not dialog.isVisible() and saved == [DRAFT]
    termination = next(c for c in agreements.get_agreement(context.db, DRAFT).clauses if c.key == "termination")
    assert termination.text == edited and termination.library_text == library_text and termination.edited
    assert not shown_errors


def test_reset_untick_and_order_are_what_is_saved(
    qtbot: QtBot, context: AppContext, shown_errors: list[tuple[str, str]]
) -> None:
    dialog = _picker(qtbot, context, DRAFT)
    dialog.select_clause("service_credits")
    library_text = dialog.current_row.library_text
    dialog.text_edit.setPlainText(library_text + " Додаткова умова.")
    assert dialog.diff_lines
    dialog.reset_button.click()
    assert dialog.text_edit.toPlainText() == library_text and dialog.diff_lines == []
    dialog.text_edit.undo()  # Reset is one undo step of the text
    assert dialog.text_edit.toPlainText().endswith("Додаткова умова.")
    dialog.reset_to_library()
    dialog.set_picked("periodic_review", False)
    assert dialog.current_row.key == "periodic_review" and dialog.text_edit.isReadOnly()
    dialog.select_clause("termination")
    dialog.move(-1)
    assert [row.key for row in dialog.rows()][:3] == ["change_management", "termination", "service_credits"]
    dialog.accept()
    stored = agreements.get_agreement(context.db, DRAFT).clauses
    assert [c.key for c in stored] == ["change_management", "termination", "service_credits"]
    assert not any(c.edited for c in stored)
    assert not shown_errors


def test_an_emptied_clause_is_refused_beside_the_list_and_nothing_is_stored(
    qtbot: QtBot, context: AppContext, shown_errors: list[tuple[str, str]]
) -> None:
    before = agreements.get_agreement(context.db, DRAFT).clauses
    dialog = _picker(qtbot, context, DRAFT)
    dialog.select_clause("service_credits")
    dialog.text_edit.setPlainText("   ")
    dialog.accept()
    assert dialog.isVisible()
    assert "clause 2 needs" in dialog.errors.message("clauses") and dialog.clause_error.isVisible()
    assert agreements.get_agreement(context.db, DRAFT).clauses == before
    dialog.reset_to_library()
    assert not dialog.dirty
    assert not shown_errors


def test_a_signed_agreement_shows_its_clauses_read_only(
    qtbot: QtBot, context: AppContext, shown_errors: list[tuple[str, str]]
) -> None:
    dialog = _picker(qtbot, context, SIGNED)
    assert not dialog.editable
    assert dialog.banner.isVisible() and "amend" in dialog.banner.text()
    dialog.select_clause("termination")
    assert dialog.text_edit.isReadOnly() and not dialog.reset_button.isVisible()
    assert not dialog.clause_list.currentItem().flags() & Qt.ItemFlag.ItemIsUserCheckable
    _shoot(qtbot, dialog, "agreement_clauses_signed_vi")
    dialog.accept()  # Close
    assert not dialog.isVisible() and not shown_errors


def test_a_quality_checker_cannot_choose_clauses(
    qtbot: QtBot, demo_db: Database, people: dict[str, Actor], shown_errors: list[tuple[str, str]]
) -> None:
    dialog = _picker(qtbot, AppContext(demo_db, people["budi"]), DRAFT)
    assert not dialog.editable and "quality checker" in dialog.banner.text()
    assert not shown_errors
