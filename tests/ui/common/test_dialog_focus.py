"""Every form opens with the cursor in its first input, not on OK (where Enter would submit it unread)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from slamdesk.ui.common.dialogs import CommentDialog, PassphraseDialog, UseCaseDialog
from slamdesk.ui.main_window import MainWindow
from slamdesk.ui.register.saved_filter_bar import SaveFilterDialog

FORMS: dict[str, Callable[[QWidget], UseCaseDialog]] = {
    "comment": lambda parent: CommentDialog(parent, title="Request changes", intro="Say what to change.",
                                            ok_text="Request changes", field="comment"),
    "save filter": lambda parent: SaveFilterDialog(parent, "Mine", ["Other"]),
    "passphrase": lambda parent: PassphraseDialog(parent, "SLA-2026-0002", lambda _passphrase: []),
}


@pytest.mark.parametrize("form", list(FORMS))
def test_a_form_opens_with_the_cursor_in_its_first_input(window: MainWindow, qtbot: QtBot, form: str) -> None:
    dialog = FORMS[form](window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is dialog)
    focused = QApplication.focusWidget()
    assert not isinstance(focused, QPushButton)
    if form == "comment":
        assert isinstance(focused, QPlainTextEdit)
    dialog.reject()


def test_save_filter_from_the_register_opens_on_the_name(window: MainWindow, qtbot: QtBot) -> None:
    window.register.saved.save_action.trigger()
    dialog = window.register.saved.dialog
    assert isinstance(dialog, SaveFilterDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is dialog)
    assert QApplication.focusWidget() is dialog.name
    dialog.reject()
