"""The PDF preview: from the detail panel or Ctrl+Shift+P, page 1 first, pages and zoom, nothing recorded."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView
from pytestqt.qtbot import QtBot

from slamdesk.core import audit, export, register
from slamdesk.core.errors import NotFoundError
from slamdesk.ui.common.pdf_preview import FIT_PAGE, FIT_WIDTH, PdfPreviewDialog
from slamdesk.ui.main_window import MainWindow
from tests.ui.shots import shoot


def inked(dialog: PdfPreviewDialog) -> bool:
    """Whether the view shows dark pixels (text), i.e. page 1 has been rendered."""
    image = dialog.view.viewport().grab().toImage()
    dark = 0
    for y in range(0, image.height(), 6):
        for x in range(0, image.width(), 6):
            if image.pixelColor(x, y).lightness() < 100:
                dark += 1
    return dark > 20


def open_preview(window: MainWindow, qtbot: QtBot, number: str) -> PdfPreviewDialog:
    assert window.register.select_agreement(number)
    assert window.detail.preview_button.isEnabled()
    qtbot.mouseClick(window.detail.preview_button, Qt.MouseButton.LeftButton)
    dialog = window.agreement_actions.preview_dialog
    assert isinstance(dialog, PdfPreviewDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_preview_from_the_detail_panel_opens_on_page_one(window: MainWindow, qtbot: QtBot) -> None:
    number = "SLA-2026-0007"  # a draft: previewed before it could ever be exported
    dialog = open_preview(window, qtbot, number)
    assert dialog.document.pageCount() > 0 and dialog.page_count == dialog.document.pageCount()
    assert dialog.current_page() == 1 and dialog.page.value() == 1
    assert dialog.page_total.text().strip() == f"of {dialog.page_count}"
    assert dialog.view.zoomMode() is QPdfView.ZoomMode.FitToWidth and dialog.zoom.currentText() == FIT_WIDTH
    assert number in dialog.windowTitle() and dialog.export_button is None  # a draft is not exported
    assert not dialog.previous_action.isEnabled()
    qtbot.waitUntil(lambda: inked(dialog), timeout=10_000)  # pages are rendered in the background
    shoot(dialog, "pdf_preview")
    shoot(window, "pdf_preview_over_window", dialog)
    assert window.statusBar().currentMessage() == f"Preview of {number}: {dialog.page_count} pages"

    assert dialog.page_count >= 2
    dialog.next_action.trigger()
    assert dialog.current_page() == 2 and dialog.page.value() == 2 and dialog.previous_action.isEnabled()
    dialog.page.setValue(dialog.page_count)
    assert dialog.current_page() == dialog.page_count and not dialog.next_action.isEnabled()
    dialog.first_action.trigger()
    assert dialog.current_page() == 1

    dialog.zoom_in_action.trigger()
    assert dialog.view.zoomMode() is QPdfView.ZoomMode.Custom
    factor = dialog.view.zoomFactor()
    dialog.zoom_in_action.trigger()
    assert dialog.view.zoomFactor() > factor and dialog.zoom.currentText() == f"{round(dialog.view.zoomFactor() * 100)} %"
    dialog.zoom_out_action.trigger()
    dialog.zoom_out_action.trigger()
    assert dialog.view.zoomFactor() < factor
    dialog.set_zoom(FIT_PAGE)
    assert dialog.view.zoomMode() is QPdfView.ZoomMode.FitInView
    dialog.fit_width_action.trigger()
    assert dialog.view.zoomMode() is QPdfView.ZoomMode.FitToWidth

    shown_file = dialog.path
    assert shown_file.exists() and shown_file.read_bytes().startswith(b"%PDF")
    register_folder = window.context.db.path.parent / "register"
    documents = [f for f in register_folder.rglob("*") if f.is_file() and f.name != audit.ANCHOR_FILE]
    assert documents == []  # nothing written to the register (only the audit log's anchor lives there)
    assert register.list_agreements(window.context.db, search=number)[0].documents == ()
    dialog.buttons.button(dialog.buttons.StandardButton.Close).click()
    assert not shown_file.exists() and not shown_file.parent.exists()  # the temporary copy is gone
    qtbot.waitUntil(lambda: window.agreement_actions.preview_dialog is None)  # closed and deleted


def test_preview_shortcut_and_export_from_the_preview(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtGui import QKeySequence

    assert window.agreement_actions.preview.shortcut() == QKeySequence("Ctrl+Shift+P")
    assert not window.agreement_actions.preview.isEnabled()  # nothing selected yet
    window.register.select_agreement("SLA-2026-0002")  # signed: the preview offers the export
    window.activateWindow()
    window.register.table.setFocus()
    qtbot.keyClick(window.register.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.agreement_actions.preview_dialog
    assert isinstance(dialog, PdfPreviewDialog) and dialog.page_count > 0
    assert dialog.export_button is not None
    dialog.export_button.click()
    assert window.agreement_actions.dialog is not None and window.agreement_actions.dialog.isVisible()
    assert not dialog.isVisible()
    window.agreement_actions.dialog.reject()


def test_a_preview_that_cannot_be_made_is_explained(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, shown_errors: list[tuple[str, str]]
) -> None:
    def gone(_db: object, number: str) -> bytes:
        raise NotFoundError(f"no agreement {number}")

    monkeypatch.setattr(export, "preview_pdf", gone)
    window.register.select_agreement("SLA-2026-0003")
    window.agreement_actions.preview.trigger()
    assert shown_errors == [("Preview of SLA-2026-0003", "no agreement SLA-2026-0003")]
    assert window.agreement_actions.preview_dialog is None
    assert window.statusBar().currentMessage().startswith("Preview of SLA-2026-0003: not done.")
    assert not list(Path("/nonexistent").glob("*"))
