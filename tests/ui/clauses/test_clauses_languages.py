"""The clause windows and the structure window in Swedish, Vietnamese, Indonesian and Ukrainian: the clause
library, an agreement's clauses, the new-clause dialog, the structure view and its chooser leave no English word
(data aside), and no two of their texts share a mnemonic."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QAbstractListModel
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from slamdesk.core import clauses
from slamdesk.core.customers import LANGUAGES
from slamdesk.core.roles import Actor
from slamdesk.ui.clauses.agreement_clauses import AgreementClausesDialog
from slamdesk.ui.clauses.clause_library import ClauseLibraryDialog
from slamdesk.ui.clauses.new_clause_dialog import NewClauseDialog
from slamdesk.ui.context import AppContext
from slamdesk.ui.structure.chooser import AgreementChooser
from slamdesk.ui.structure.structure_view import StructureView
from slamdesk.ui.structure.wording import PARENT, SUPPORTS
from tests.core.test_structure import CUSTOMER, GROUP, SERVICE, build_structure
from tests.ui.languages import TRANSLATED, english_left, in_language
from tests.ui.test_mnemonics import clashes, widget_texts

DRAFT = "SLA-2026-0007"  # a Ukrainian draft in the demo: its clauses can be chosen
SIGNED = "SLA-2026-0002"  # a Vietnamese signed agreement: read-only
# The same word in the language as in English, a translation all the same (the column of a state).
SAME_WORD = {"sv": {"Status"}, "id": {"Status"}}


def _clause_data(context: AppContext) -> set[str]:
    """What the clause windows show as it is in every language: the library's keys and titles, the languages'
    own names."""
    library = clauses.library(context.db)
    return ({c.key for c in library} | {c.title for c in library}
            | {f"{name} ({code})" for code, name in LANGUAGES.items()})


def _structure_data() -> set[str]:
    """The customers' services whose terms the view shows, as core names them."""
    return {f"{CUSTOMER} — {SERVICE}", f"{GROUP} — {SERVICE}"}


def _library(context: AppContext) -> ClauseLibraryDialog:
    return ClauseLibraryDialog(None, context)  # the first clause shown, with its history


def _makers(context: AppContext) -> dict[str, Callable[[], QWidget]]:
    return {
        "clause library": lambda: _library(context),
        "agreement clauses": lambda: AgreementClausesDialog(None, context, DRAFT),
        "new clause": lambda: NewClauseDialog(None, context, "sv"),
    }


@pytest.fixture(autouse=True)
def list_models_have_one_column(monkeypatch: pytest.MonkeyPatch) -> None:
    """``visible_texts`` asks every item view's model for its columns: a ``QListWidget``'s model (a
    ``QAbstractListModel``) hides ``columnCount`` from Python, and a list has one column, with no header."""
    monkeypatch.setattr(QAbstractListModel, "columnCount", lambda _self, _parent=None: 1)


@pytest.fixture
def legal(context: AppContext, people: dict[str, Actor]) -> AppContext:
    """A legal reviewer: the library is editable, every button shown."""
    return AppContext(context.db, people["linh"])


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_clause_windows_are_translated(qtbot: QtBot, legal: AppContext, context: AppContext, language: str) -> None:
    allowed = _clause_data(legal) | SAME_WORD.get(language, set())
    for name, make in _makers(legal).items():
        assert english_left(make, language, allowed) == [], name
    # read-only, with the banner saying why: the library for a representative, a signed agreement's clauses
    assert english_left(lambda: _library(context), language, allowed) == []
    assert english_left(lambda: AgreementClausesDialog(None, context, SIGNED), language, allowed) == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_structure_window_and_its_chooser_are_translated(qtbot: QtBot, context: AppContext, language: str) -> None:
    built = build_structure(context.db, context.actor)
    allowed = _structure_data() | SAME_WORD.get(language, set())

    def view() -> StructureView:
        made = StructureView(context, built.service)
        made.resize(1100, 700)
        return made

    def chooser(mode: str, number: str) -> Callable[[], QWidget]:
        def make() -> QWidget:
            shown = view()
            shown.select(number)
            node = shown.selected_node()
            assert node is not None
            return AgreementChooser(shown, mode, node)
        return make

    assert english_left(view, language, allowed) == []
    assert english_left(chooser(PARENT, built.service), language, allowed) == []
    assert english_left(chooser(SUPPORTS, built.loose_ola), language, allowed) == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_two_texts_of_a_window_share_a_mnemonic(
    qtbot: QtBot, context: AppContext, legal: AppContext, language: str
) -> None:
    built = build_structure(context.db, context.actor)
    with in_language(language):
        windows = {name: make() for name, make in _makers(legal).items()}
        windows["structure"] = StructureView(context, built.service)
        for name, window in windows.items():
            qtbot.addWidget(window)
            window.show()
            assert clashes(widget_texts(window)) == {}, name
        menu = windows["structure"].context_menu()  # type: ignore[attr-defined]
        assert clashes(("entry", action.text()) for action in menu.actions()) == {}
