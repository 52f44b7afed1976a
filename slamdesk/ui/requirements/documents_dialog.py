"""The list of requirements documents, filtered as typed; opening one opens its editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import requirements
from ..common import formatting
from ..common.i18n import translate
from ..context import AppContext
from ..operations import Area, Changed
from .editor_window import RequirementsEditor
from .labels import status_label


class RequirementsDocumentsDialog(QDialog):
    """Every requirements document, newest version first per customer; Open shows one in its editor.

    Attributes:
        editors: the editor windows opened from here (kept so they stay open).
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RequirementsDocumentsDialog", "Requirements documents"))
        self.context = context
        self.editors: list[RequirementsEditor] = []
        self.search = QLineEdit(placeholderText=translate("RequirementsDocumentsDialog", "Filter by customer or title"))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            translate("RequirementsDocumentsDialog", "Customer"), translate("RequirementsDocumentsDialog", "Version"),
            translate("RequirementsDocumentsDialog", "Status"), translate("RequirementsDocumentsDialog", "Title"),
            translate("RequirementsDocumentsDialog", "Requirements")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.open_selected)
        buttons.rejected.connect(self.reject)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.search.textChanged.connect(self._filter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 480)
        context.changed.connect(self._changed)
        self.reload()

    def _changed(self, changed: Changed) -> None:
        if changed.about(Area.REQUIREMENTS):
            self.reload()

    def reload(self) -> None:
        documents = requirements.list_documents(self.context.db)
        self.table.setRowCount(len(documents))
        for row, doc in enumerate(documents):
            version = translate("RequirementsDocumentsDialog", "v{version}").format(version=doc.version)
            cells = (doc.customer_name, version, status_label(doc.status), doc.title,
                     str(doc.requirements))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, doc.id)
                if column in (1, 4):
                    item.setTextAlignment(formatting.NUMBER_ALIGNMENT)
                self.table.setItem(row, column, item)
        if documents:
            self.table.selectRow(0)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        """Show the documents matching ``text``; the current one is always one that is shown (Enter opens
        what the person sees), or none when nothing matches."""
        needle = text.strip().casefold()
        shown = []
        for row in range(self.table.rowCount()):
            haystack = " ".join(self.table.item(row, c).text() for c in (0, 3)).casefold()
            hidden = bool(needle) and needle not in haystack
            self.table.setRowHidden(row, hidden)
            if not hidden:
                shown.append(row)
        if self.table.currentRow() not in shown:
            if shown:
                self.table.selectRow(shown[0])
            else:
                self.table.clearSelection()
                self.table.setCurrentCell(-1, -1)

    def open_selected(self) -> RequirementsEditor | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0)
        if item is None or self.table.isRowHidden(row):
            return None
        return self.open_document(int(item.data(Qt.ItemDataRole.UserRole)))

    def open_document(self, document_id: int) -> RequirementsEditor:
        editor = RequirementsEditor(self.context, document_id, self.parentWidget())
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.destroyed.connect(lambda _obj=None, e=editor: self.editors.remove(e) if e in self.editors else None)
        self.editors.append(editor)
        editor.show()
        return editor
