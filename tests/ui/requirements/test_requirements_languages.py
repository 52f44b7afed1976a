"""The requirements windows in Swedish, Vietnamese, Indonesian and Ukrainian: the documents dialog, the editor on
each of its three tabs and its custom-price, infeasible and customer-approval dialogs leave no English word (data
aside), and no two texts a person can reach with Alt in the editor, or in each of its dialogs, share a mnemonic."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWidget

from slamdesk.core import catalogue, requirements
from slamdesk.core.coverage import COVERAGE_OPTIONS
from slamdesk.core.db import Database
from slamdesk.ui.context import AppContext
from slamdesk.ui.requirements.documents_dialog import RequirementsDocumentsDialog
from slamdesk.ui.requirements.editor_window import RequirementsEditor
from tests.ui.languages import TRANSLATED, english_left, in_language
from tests.ui.test_mnemonics import clashes, widget_texts

TITLE = "Housing estates 2027"  # Växjö Bostäder's draft: an infeasible need, one with no service, a priced one
# The same word in the language as in English (translated in the catalogue, and reading so): not English left.
SAME_WORD = {"sv": {"Version", "Status"}, "id": {"Status"}}


def _document(db: Database) -> int:
    return next(doc.id for doc in requirements.list_documents(db) if doc.title == TITLE)


def _data(db: Database) -> set[str]:
    """What the windows show as it is in every language: customers and titles, the catalogue's services, levels
    and regions, the coverage hours, the priority codes."""
    services = catalogue.list_services(db)
    known = {s.name for s in services} | {level.name for s in services for level in s.levels}
    known |= set(catalogue.known_regions(services)) | set(COVERAGE_OPTIONS) | set(catalogue.PRIORITIES)
    known |= {f"★ {level}" for level in known}
    for doc in requirements.list_documents(db):
        known |= {doc.customer_name, doc.title}
    return known | {"CSAT %"}


def _editor(context: AppContext, tab: int) -> Callable[[], QWidget]:
    def make() -> QWidget:
        editor = RequirementsEditor(context, _document(context.db))
        editor.tabs.setCurrentIndex(tab)
        if tab == 1:
            editor.trace.select(0)  # the infeasible requirement: Clear infeasible enabled
        return editor
    return make


def _dialog(context: AppContext, which: str) -> Callable[[], QWidget]:
    def make() -> QWidget:
        editor = RequirementsEditor(context, _document(context.db))
        if which == "infeasible":
            editor.tabs.setCurrentIndex(1)
            editor.trace.select(2)
            dialog = editor.trace.mark_infeasible()
        elif which == "approval":
            dialog = editor.record_approval()
        else:
            editor.tabs.setCurrentIndex(2)
            editor.pricing.table.setCurrentIndex(editor.pricing.model.index(2, 1))
            dialog = editor.pricing.set_override()
        assert dialog is not None
        dialog.destroyed.connect(editor.deleteLater)
        return dialog
    return make


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_documents_dialog_and_the_editor_speak_the_language(context: AppContext, language: str) -> None:
    allowed = _data(context.db) | SAME_WORD.get(language, set())
    assert english_left(lambda: RequirementsDocumentsDialog(context), language, allowed) == []
    for tab in range(3):
        assert english_left(_editor(context, tab), language, allowed) == [], f"tab {tab}"
    for which in ("infeasible", "override", "approval"):
        assert english_left(_dialog(context, which), language, allowed) == [], which


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_two_texts_of_the_editor_share_a_mnemonic(context: AppContext, language: str) -> None:
    with in_language(language):
        editor = RequirementsEditor(context, _document(context.db))
        editor.show()
        bar = [("menu", action.text()) for action in editor.menuBar().actions()]
        reachable: list[tuple[str, str]] = []
        for tab in range(3):
            editor.tabs.setCurrentIndex(tab)
            reachable += widget_texts(editor)
        assert clashes(bar + list(dict.fromkeys(reachable))) == {}
        for action in editor.menuBar().actions():
            menu = action.menu()
            assert clashes(("entry", entry.text()) for entry in menu.actions()) == {}, action.text()  # type: ignore[union-attr]
        editor.close()
        editor.deleteLater()
        for which in ("infeasible", "override", "approval"):  # each dialog a letter space of its own
            dialog = _dialog(context, which)()
            dialog.show()
            assert clashes(widget_texts(dialog)) == {}, which
            dialog.close()
