"""The agreement's PDF on screen before it is exported: pages, navigation and zoom.

``core.export.preview_pdf`` renders the document exactly as an export would
(unsigned, written nowhere, recorded nowhere); the dialog keeps it in a
temporary folder of its own while it is open and removes it on close.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QSize, Qt, QTemporaryDir
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...core import export
from ...core.db import Database
from ...core.errors import SlamdeskError
from .i18n import translate

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
# The two fitted zooms: what ``set_zoom`` takes (and the zoom list's data); shown through ``translate``.
FIT_WIDTH = QT_TRANSLATE_NOOP("PdfPreviewDialog", "Fit width")
FIT_PAGE = QT_TRANSLATE_NOOP("PdfPreviewDialog", "Whole page")


class PreviewError(SlamdeskError):
    """The preview could not be shown."""


class PdfPreviewDialog(QDialog):
    """One agreement's PDF in a ``QPdfView``; opens on page 1, fitted to the width.

    Attributes:
        document: the loaded ``QPdfDocument``.
        view: the page view (continuous pages).
        page: the page number box (1-based), beside "of N".
        zoom: the zoom choice (fit width, whole page or a percentage).
        path: the temporary PDF shown.
    """

    def __init__(
        self,
        parent: QWidget | None,
        db: Database,
        number: str,
        export_action: QAction | None = None,
        *,
        render: Callable[[], bytes] | None = None,
        note: str = "",
    ) -> None:
        """Preview agreement ``number``; or, with ``render``, any document that function renders to PDF bytes."""
        super().__init__(parent)
        self.number = number
        self.setObjectName("pdfPreview")
        self.setWindowTitle(translate("PdfPreviewDialog", "Preview of {number} (PDF, not exported)").format(number=number))
        self._folder = QTemporaryDir()
        if not self._folder.isValid():
            raise PreviewError(f"cannot create a temporary folder for the preview: {self._folder.errorString()}")
        self.path = Path(self._folder.path()) / f"{number}-preview.pdf"
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data = render() if render is not None else export.preview_pdf(db, number)
            self.path.write_bytes(data)
        except OSError as error:
            raise PreviewError(f"cannot write the preview of {number}: {error.strerror or error}") from error
        finally:
            QApplication.restoreOverrideCursor()
        self.document = QPdfDocument(self)
        if self.document.load(str(self.path)) != QPdfDocument.Error.None_ or self.document.pageCount() < 1:
            raise PreviewError(f"the preview of {number} could not be read back as a PDF")
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setDocument(self.document)
        self.view.setPageSpacing(12)
        self._make_controls(export_action)
        if note:
            self.note.setText(note)
        self._lay_out()
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.view.zoomFactorChanged.connect(lambda _factor: self._show_zoom())
        self.set_zoom(FIT_WIDTH)
        self._page_changed(0)
        self.resize(self._initial_size(parent))

    # Building

    def _make_controls(self, export_action: QAction | None) -> None:
        self.toolbar = QToolBar(translate("PdfPreviewDialog", "Preview"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.previous_action = self._action(
            translate("PdfPreviewDialog", "◀ &Previous"), translate("PdfPreviewDialog", "Previous page ({keys})"),
            self.previous_page, QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage))
        self.next_action = self._action(
            translate("PdfPreviewDialog", "&Next ▶"), translate("PdfPreviewDialog", "Next page ({keys})"),
            self.next_page, QKeySequence(QKeySequence.StandardKey.MoveToNextPage))
        self.first_action = self._action(
            translate("PdfPreviewDialog", "First page"), translate("PdfPreviewDialog", "First page ({keys})"),
            lambda: self.go_to(1), QKeySequence("Ctrl+Home"))
        self.last_action = self._action(
            translate("PdfPreviewDialog", "Last page"), translate("PdfPreviewDialog", "Last page ({keys})"),
            lambda: self.go_to(self.page_count), QKeySequence("Ctrl+End"))
        self.zoom_out_action = self._action("−", translate("PdfPreviewDialog", "Zoom out ({keys})"), self.zoom_out,
                                            QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.zoom_in_action = self._action("+", translate("PdfPreviewDialog", "Zoom in ({keys})"), self.zoom_in,
                                           QKeySequence(QKeySequence.StandardKey.ZoomIn))
        self.fit_width_action = self._action(
            translate("PdfPreviewDialog", FIT_WIDTH), translate("PdfPreviewDialog", "Fit the page width ({keys})"),
            lambda: self.set_zoom(FIT_WIDTH), QKeySequence("Ctrl+0"))
        self.page = QSpinBox()
        self.page.setObjectName("pageNumber")
        self.page.setRange(1, self.page_count)
        self.page.setAccelerated(True)
        self.page.setKeyboardTracking(False)
        self.page.setToolTip(translate("PdfPreviewDialog", "Go to page"))
        self.page.valueChanged.connect(self.go_to)
        self.page_total = QLabel(" {}  ".format(translate("PdfPreviewDialog", "of {count}").format(count=self.page_count)))
        self.zoom = QComboBox()
        self.zoom.setObjectName("zoom")
        self.zoom.setToolTip(translate("PdfPreviewDialog", "Zoom"))
        for choice in (FIT_WIDTH, FIT_PAGE):
            self.zoom.addItem(translate("PdfPreviewDialog", choice), choice)
        for step in ZOOM_STEPS:
            self.zoom.addItem(_percent(step), _percent(step))
        self.zoom.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.zoom.activated.connect(lambda index: self.set_zoom(str(self.zoom.itemData(index))))
        page_label = QLabel(translate("PdfPreviewDialog", "Pa&ge") + " ")
        page_label.setBuddy(self.page)
        self.toolbar.addAction(self.previous_action)
        self.toolbar.addWidget(page_label)
        self.toolbar.addWidget(self.page)
        self.toolbar.addWidget(self.page_total)
        self.toolbar.addAction(self.next_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.zoom_out_action)
        self.toolbar.addWidget(self.zoom)
        self.toolbar.addAction(self.zoom_in_action)
        for action in (self.first_action, self.last_action, self.fit_width_action):  # shortcuts only
            self.addAction(action)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.export_button = None
        if export_action is not None and export_action.isEnabled():
            self.export_button = self.buttons.addButton(translate("PdfPreviewDialog", "&Export to register…"),
                                                        QDialogButtonBox.ButtonRole.ActionRole)
            self.export_button.setToolTip(export_action.toolTip())
            self.export_button.clicked.connect(self.reject)
            self.export_button.clicked.connect(export_action.trigger)
        self.note = QLabel(translate(
            "PdfPreviewDialog",
            "A preview: the PDF as an export would write it, before the provider's signature. "
            "Nothing is written to the register."
        ))
        self.note.setObjectName("previewNote")
        self.note.setStyleSheet("color: #4a5568;")
        self.note.setWordWrap(True)

    def _action(self, text: str, tip: str, slot: object, shortcut: QKeySequence) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip.format(keys=shortcut.toString(QKeySequence.SequenceFormat.NativeText)))
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

    @staticmethod
    def _initial_size(parent: QWidget | None) -> QSize:
        window = parent.window() if parent is not None else None
        if window is None:
            return QSize(860, 900)
        return QSize(min(900, window.width() - 80), max(480, window.height() - 60))

    # Pages

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """The page shown at the top of the view, 1-based."""
        return self.view.pageNavigator().currentPage() + 1

    def go_to(self, page: int) -> None:
        page = max(1, min(page, self.page_count))
        if page != self.current_page():
            self.view.pageNavigator().jump(page - 1, QPointF(), self.view.zoomFactor())
        self._page_changed(page - 1)

    def next_page(self) -> None:
        self.go_to(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to(self.current_page() - 1)

    def _page_changed(self, index: int) -> None:
        self.page.blockSignals(True)
        self.page.setValue(index + 1)
        self.page.blockSignals(False)
        self.previous_action.setEnabled(index > 0)
        self.first_action.setEnabled(index > 0)
        self.next_action.setEnabled(index + 1 < self.page_count)
        self.last_action.setEnabled(index + 1 < self.page_count)

    # Zoom

    def set_zoom(self, choice: str) -> None:
        """``Fit width``, ``Whole page`` or a percentage such as ``125 %``."""
        if choice == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif choice == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            digits = "".join(c for c in choice if c.isdigit() or c == ".")
            try:
                factor = float(digits) / 100
            except ValueError:
                return
            self._set_factor(factor)
        self._show_zoom()

    def _set_factor(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_STEPS[0], min(factor, ZOOM_STEPS[-1])))

    def zoom_in(self) -> None:
        current = self.view.zoomFactor()
        self._set_factor(next((step for step in ZOOM_STEPS if step > current + 0.005), ZOOM_STEPS[-1]))
        self._show_zoom()

    def zoom_out(self) -> None:
        current = self.view.zoomFactor()
        self._set_factor(next((step for step in reversed(ZOOM_STEPS) if step < current - 0.005), ZOOM_STEPS[0]))
        self._show_zoom()

    def _show_zoom(self) -> None:
        mode = self.view.zoomMode()
        choice = {QPdfView.ZoomMode.FitToWidth: FIT_WIDTH, QPdfView.ZoomMode.FitInView: FIT_PAGE}.get(
            mode, _percent(self.view.zoomFactor())
        )
        index = self.zoom.findData(choice)
        if index >= 0:
            self.zoom.blockSignals(True)
            self.zoom.setCurrentIndex(index)
            self.zoom.blockSignals(False)
        self.zoom_in_action.setEnabled(mode is not QPdfView.ZoomMode.Custom or self.view.zoomFactor() < ZOOM_STEPS[-1])
        self.zoom_out_action.setEnabled(mode is not QPdfView.ZoomMode.Custom or self.view.zoomFactor() > ZOOM_STEPS[0])

    # Closing

    def done(self, result: int) -> None:
        self.document.close()  # the view then shows no pages; the file can go
        super().done(result)
        self._folder.remove()


def _percent(factor: float) -> str:
    """``1.25`` as ``125 %``: a zoom as the list shows it (a figure, the same in every language)."""
    return f"{round(factor * 100)} %"
