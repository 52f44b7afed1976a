"""The register (its filters, headers, saved filters, the details of an agreement, the empty page), the reminders
panel and the term dialogs in every language: no English left but data (customers, services, levels, currencies,
agreement numbers and titles, people's names)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from slamdesk.core import agreements, register, users
from slamdesk.core.db import Database
from slamdesk.core.register import RegisterFilter
from slamdesk.core.renewals import standing
from slamdesk.core.renewals.stored import get_terms
from slamdesk.core.roles import Actor
from slamdesk.ui.context import AppContext
from slamdesk.ui.register.detail_panel import DetailPanel
from slamdesk.ui.register.empty_state import EmptyRegister
from slamdesk.ui.register.register_view import RegisterPanel
from slamdesk.ui.renewals.reminders_panel import RemindersPanel
from slamdesk.ui.renewals.term_dialogs import NoticeDialog, RenewDialog, ReviewHeldDialog, TermsDialog
from tests.conftest import DEMO_TODAY
from tests.ui.languages import TRANSLATED, english_left, in_language
from tests.ui.shots import shoot
from tests.ui.test_mnemonics import clashes, widget_texts

SIGNED = "SLA-2026-0002"  # signed in the demo, with its terms
DRAFT = "SLA-2026-0007"  # a draft in the demo: its terms may be set
# Translated, and spelled as the English word is: Swedish and Indonesian say "Status", Swedish "Start".
SAME = {"sv": {"Status", "Status:", "Start"}, "id": {"Status", "Status:"}}


def _kept(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    return widget


def _data(db: Database, *numbers: str) -> set[str]:
    """What reads the same in every language: the register's pick lists (customers, services, levels, currencies),
    people's names, and the agreements' numbers, titles and customers."""
    choices = register.filter_choices(db)
    found = {*choices.customers, *choices.services, *choices.levels, *choices.currencies}
    found |= {actor.display_name for actor in users.list_actors(db)}
    for number in numbers:
        detail = agreements.get_agreement(db, number)
        found |= {number, detail.title, detail.customer_name}
    return found


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_register_panel_with_its_filters_and_headers(
    qtbot: QtBot, demo_db: Database, people: dict[str, Actor], language: str,
) -> None:
    def make() -> QWidget:
        panel = _kept(qtbot, RegisterPanel(demo_db, actor=people["anna"]))
        assert isinstance(panel, RegisterPanel)
        for action in panel.column_actions.values():
            action.setChecked(True)  # every column's header, the optional ones too
        panel.resize(1280, 600)
        return panel

    assert english_left(make, language, _data(demo_db) | SAME.get(language, set())) == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_details_of_an_agreement(qtbot: QtBot, demo_db: Database, language: str) -> None:
    detail = agreements.get_agreement(demo_db, SIGNED)
    row = register.list_agreements(demo_db, RegisterFilter(search=SIGNED))[0]
    documents = row.documents

    def make() -> QWidget:
        panel = _kept(qtbot, DetailPanel())
        assert isinstance(panel, DetailPanel)
        panel.show_agreement(detail, documents)
        return panel

    assert english_left(make, language, _data(demo_db, SIGNED)) == []
    english = make()
    assert isinstance(english, DetailPanel)
    shown_in_english = english.toPlainText()
    with in_language(language):
        translated = make()
        assert isinstance(translated, DetailPanel)
        shown = translated.toPlainText()
    for heading in ("Overview", "Reviews", "Signatures", "Services", "Register documents", "Monthly value", "Unit price"):
        assert heading in shown_in_english and heading not in shown, heading


@pytest.mark.parametrize("language", TRANSLATED)
@pytest.mark.parametrize("filtered", [True, False])
def test_the_empty_register_page(qtbot: QtBot, language: str, filtered: bool) -> None:
    def make() -> QWidget:
        page = _kept(qtbot, EmptyRegister())
        assert isinstance(page, EmptyRegister)
        page.say(filtered=filtered)
        return page

    assert english_left(make, language) == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_reminders_panel(qtbot: QtBot, context: AppContext, settings: QSettings, language: str) -> None:
    def make() -> QWidget:
        panel = _kept(qtbot, RemindersPanel(context, settings))
        assert isinstance(panel, RemindersPanel)
        panel.stop()  # nothing is read: the panel's own words are checked
        return panel

    assert english_left(make, language) == []


@pytest.mark.parametrize("language", TRANSLATED)
@pytest.mark.parametrize("dialog", [NoticeDialog, RenewDialog, ReviewHeldDialog])
def test_each_term_dialog(qtbot: QtBot, context: AppContext, language: str, dialog: type) -> None:
    one = standing.standing(context.db, SIGNED, DEMO_TODAY)
    names = {"Anna Lindqvist Iryna Kovalenko"}  # the attendees' example: two names

    def make() -> QWidget:
        return _kept(qtbot, dialog(None, context, one, DEMO_TODAY))

    assert english_left(make, language, _data(context.db, SIGNED) | names) == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_terms_dialog(qtbot: QtBot, context: AppContext, language: str) -> None:
    terms, row_version = get_terms(context.db, DRAFT)

    def make() -> QWidget:
        dialog = _kept(qtbot, TermsDialog(None, context, DRAFT, terms, row_version))
        dialog.resize(dialog.sizeHint())
        return dialog

    assert english_left(make, language, _data(context.db, DRAFT)) == []
    with in_language(language):
        dialog = make()
        assert clashes(widget_texts(dialog)) == {}
        dialog.show()
        shoot(dialog, f"terms_dialog_{language}")
        labels = [label for label in dialog.findChildren(QLabel) if label.isVisible() and label.buddy() is not None]
        assert labels and all(label.width() >= label.sizeHint().width() for label in labels)  # no label is cut
