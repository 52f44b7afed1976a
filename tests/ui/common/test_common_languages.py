"""The shared windows in Swedish, Vietnamese, Indonesian and Ukrainian: the login dialog, About, the keyboard
shortcuts, the unsaved-changes prompts, the export's passphrase form and the PDF preview leave no English word
(data aside), and no two of their texts share a mnemonic."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenuBar, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from slamdesk.core import export, users
from slamdesk.core.db import Database
from slamdesk.ui.common.dialogs import PassphraseDialog
from slamdesk.ui.common.help import AboutDialog, ShortcutsDialog
from slamdesk.ui.common.login_dialog import LoginDialog
from slamdesk.ui.common.pdf_preview import PdfPreviewDialog
from slamdesk.ui.common.unsaved import HoldsEdits, before_leaving
from slamdesk.ui.common.widgets import ask_unsaved
from tests.ui.languages import TRANSLATED, english_left, in_language
from tests.ui.test_mnemonics import clashes, widget_texts

NUMBER = "SLA-2026-0007"  # the demo's draft


class _Editor(HoldsEdits):
    def unsaved_edits(self) -> str | None:
        return "“IT operations”"


def _windows(demo_db: Database, settings: QSettings, parent: QWidget) -> dict[str, Callable[[], QWidget]]:
    pdf = export.preview_pdf(demo_db, NUMBER)
    return {
        "login": lambda: LoginDialog(demo_db, users.list_profiles(demo_db), settings=settings),
        "about": lambda: AboutDialog(demo_db),
        "shortcuts": lambda: ShortcutsDialog(QMenuBar()),
        "unsaved": lambda: ask_unsaved(parent, "“IT operations”", lambda _answer: None),
        "leaving": lambda: before_leaving(parent, "…", [_Editor()], lambda: None) or QMessageBox(),
        "passphrase": lambda: PassphraseDialog(None, NUMBER, lambda _passphrase: []),
        "preview": lambda: PdfPreviewDialog(None, demo_db, NUMBER, render=lambda: pdf),
    }


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_shared_windows_leave_no_english(
    qtbot: QtBot, demo_db: Database, settings: QSettings, language: str
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    names = {profile.actor.display_name for profile in users.list_profiles(demo_db)}
    for name, make in _windows(demo_db, settings, parent).items():
        assert english_left(make, language, names | {"“IT operations”"}) == [], name


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_two_texts_of_a_shared_window_share_a_mnemonic(
    qtbot: QtBot, demo_db: Database, settings: QSettings, language: str
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    with in_language(language):
        for name, make in _windows(demo_db, settings, parent).items():
            window = make()
            window.show()
            try:
                assert clashes(widget_texts(window)) == {}, name
            finally:
                window.close()
                window.deleteLater()
