"""Two versions of an agreement side by side: terms, lines and clauses that differ.

The versions are chosen in two combos (the previous and the current one by
default); ``core.versions.compare_versions`` says what changed, and this view
only lays it out: a table of terms, a tree of lines with each changed field
before → after, and the clauses with their difference coloured.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import agreements, versions
from ...core.versions import VersionDiff, VersionSummary
from .. import operations
from ..common import formatting
from ..common.diff import ADDED_TEXT, MUTED, REMOVED_TEXT, diff_html, diff_legend
from ..common.i18n import translate
from ..context import AppContext
from ..operations import Area, Changed
from .wording import KIND_COLOURS, field_label, field_value, kind_label, numbered, one_version_text, summary_text


class _Section(QWidget):
    """A view with a muted sentence that replaces it while there is nothing to show."""

    def __init__(self, view: QWidget, legend: str = "") -> None:
        super().__init__()
        self.view = view
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {MUTED}; padding: 12px;")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.legend = QLabel(legend)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setVisible(bool(legend))
        layout.addWidget(self.legend)
        layout.addWidget(view, 1)
        layout.addWidget(self.empty, 1)

    def show_empty(self, message: str) -> None:
        self.empty.setText(message)
        self.empty.setVisible(bool(message))
        self.view.setVisible(not message)
        self.legend.setVisible(not message and bool(self.legend.text()))


class VersionCompareDialog(QDialog):
    """Compare two versions of agreement ``number``.

    Signals:
        compared: a comparison was shown (the ``VersionDiff``).

    Attributes:
        version_list: the agreement's versions, oldest first (``VersionSummary``).
        before_combo, after_combo: the versions compared (data: version number).
        swap_button: exchanges them.
        summary: one line saying what changed (or that only one version exists).
        tabs: Terms, Lines and Clauses, each titled with its count.
        terms_table: field, before, after.
        lines_tree: one item per added, removed or changed line; a changed line's
            children are its fields (field, before, after).
        clauses_view: every added, removed or changed clause, with its difference coloured.
        diff: the ``VersionDiff`` shown, or None.
    """

    compared = Signal(object)

    def __init__(
        self, parent: QWidget | None, context: AppContext, number: str,
        before: int | None = None, after: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.number = context, number
        self.diff: VersionDiff | None = None
        self.currency = ""
        self.version_list: tuple[VersionSummary, ...] = ()
        self.setWindowTitle(translate("VersionCompareDialog", "Compare versions of {number} — slamdesk").format(number=number))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self._build()
        self.resize(1100, 720)
        context.changed.connect(self._changed)
        self.reload(before, after)

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.before_combo = QComboBox()
        self.after_combo = QComboBox()
        for combo in (self.before_combo, self.after_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(22)
            combo.currentIndexChanged.connect(lambda _index: self.compare())
        self.swap_button = QPushButton(translate("VersionCompareDialog", "⇄ Swap"))
        self.swap_button.setAutoDefault(False)
        self.swap_button.setToolTip(translate("VersionCompareDialog", "Exchange the two versions"))
        self.swap_button.clicked.connect(self.swap)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)

        self.terms_table = QTableWidget(0, 3)
        self.terms_table.setHorizontalHeaderLabels([
            translate("VersionCompareDialog", "Term"), translate("VersionCompareDialog", "Before"),
            translate("VersionCompareDialog", "After")])
        self.terms_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.terms_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.terms_table.setAlternatingRowColors(True)
        self.terms_table.verticalHeader().hide()
        self.terms_table.verticalHeader().setDefaultSectionSize(28)
        terms_header = self.terms_table.horizontalHeader()
        terms_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        terms_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)

        self.lines_tree = QTreeWidget()
        self.lines_tree.setColumnCount(3)
        self.lines_tree.setHeaderLabels([
            translate("VersionCompareDialog", "Line / field"), translate("VersionCompareDialog", "Before"),
            translate("VersionCompareDialog", "After")])
        self.lines_tree.setWordWrap(True)
        self.lines_tree.setUniformRowHeights(False)
        self.lines_tree.setAlternatingRowColors(True)
        self.lines_tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_tree.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        lines_header = self.lines_tree.header()
        lines_header.setStretchLastSection(True)
        lines_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        lines_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        lines_header.resizeSection(0, 380)

        self.clauses_view = QTextBrowser()
        self.clauses_view.setOpenLinks(False)
        self.clauses_view.document().setDocumentMargin(8)

        self.terms_section = _Section(self.terms_table)
        self.lines_section = _Section(self.lines_tree)
        self.clauses_section = _Section(self.clauses_view, diff_legend())
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.terms_section, translate("VersionCompareDialog", "Terms"))
        self.tabs.addTab(self.lines_section, translate("VersionCompareDialog", "Lines"))
        self.tabs.addTab(self.clauses_section, translate("VersionCompareDialog", "Clauses"))

        choose = QHBoxLayout()
        before_label = QLabel(translate("VersionCompareDialog", "Compare &version:"), buddy=self.before_combo)
        after_label = QLabel(translate("VersionCompareDialog", "&with:"), buddy=self.after_combo)
        choose.addWidget(before_label)
        choose.addWidget(self.before_combo)
        choose.addSpacing(8)
        choose.addWidget(after_label)
        choose.addWidget(self.after_combo)
        choose.addWidget(self.swap_button)
        choose.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(choose)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addStretch(0)  # takes the room only while the tabs are hidden
        layout.addWidget(close)

    # ------------------------------------------------------------- reading

    def reload(self, before: int | None = None, after: int | None = None) -> None:
        """Read the versions again and compare ``before`` with ``after`` (or keep the choice)."""
        if before is None and self.before_combo.count():
            before = self.before_combo.currentData()
        if after is None and self.after_combo.count():
            after = self.after_combo.currentData()
        db, number = self.context.db, self.number
        read = operations.query(self, self.context, lambda: (versions.list_versions(db, number),
                                                             agreements.get_agreement(db, number).currency),
                                what=translate("VersionCompareDialog", "Versions of {number}").format(number=number),
                                in_place=True)
        if read.value is None:
            self.version_list = ()
            self.heading.setText(f"<b>{escape(self.number)}</b>")
            self._nothing_to_compare(str(read.error))
            return
        self.version_list, self.currency = read.value
        numbers = [v.version_no for v in self.version_list]
        current = numbers[-1]
        after = after if after in numbers else current
        if before not in numbers:
            before = numbers[numbers.index(after) - 1] if numbers.index(after) > 0 else numbers[0]
        count = len(numbers)
        said = numbered(translate("VersionCompareDialog", "%n version(s); version {current} is the current one.", None, count),
                        count)
        self.heading.setText(
            f"<b>{escape(self.number)}</b> <span style='color:{MUTED}'>— {escape(said.format(current=current))}</span>"
        )
        for combo, chosen in ((self.before_combo, before), (self.after_combo, after)):
            combo.blockSignals(True)
            combo.clear()
            for version in self.version_list:
                if version.version_no == current:
                    label = translate("VersionCompareDialog", "Version {version} — {status} (current)")
                else:
                    label = translate("VersionCompareDialog", "Version {version} — {status}")
                label = label.format(version=version.version_no, status=formatting.status_name(version.status))
                combo.addItem(label, version.version_no)
            combo.setCurrentIndex(combo.findData(chosen))
            combo.blockSignals(False)
        if len(numbers) < 2:
            self._nothing_to_compare(one_version_text(self.number, self.version_list[0]))
            return
        for widget in (self.before_combo, self.after_combo, self.swap_button):
            widget.setEnabled(True)
        self.tabs.setVisible(True)
        self.compare()

    def _nothing_to_compare(self, message: str) -> None:
        self.diff = None
        for widget in (self.before_combo, self.after_combo, self.swap_button):
            widget.setEnabled(False)
        self.summary.setText(message)
        self.tabs.setVisible(False)

    def _changed(self, changed: Changed) -> None:
        if changed.about(Area.AGREEMENTS, self.number):
            self.reload()

    def choose(self, before: int, after: int) -> None:
        """Compare version ``before`` with version ``after``."""
        for combo, value in ((self.before_combo, before), (self.after_combo, after)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)
        self.compare()

    def swap(self) -> None:
        self.choose(self.after_combo.currentData(), self.before_combo.currentData())

    def compare(self) -> None:
        before, after = self.before_combo.currentData(), self.after_combo.currentData()
        if before is None or after is None or len(self.version_list) < 2:
            return
        read = operations.query(self, self.context,
                                lambda: versions.compare_versions(self.context.db, self.number, before, after),
                                what=translate("VersionCompareDialog", "Compare versions of {number}").format(number=self.number),
                                in_place=True)
        if read.value is None:
            self._nothing_to_compare(str(read.error))
            return
        self.diff = diff = read.value
        self.summary.setText(
            translate("VersionCompareDialog", "Version {version} compared with itself: choose two different "
                      "versions.").format(version=before)
            if before == after
            else summary_text(diff)
        )
        self._fill_terms(diff)
        self._fill_lines(diff)
        self._fill_clauses(diff)
        for index, (name, count) in enumerate(((translate("VersionCompareDialog", "Terms ({count})"), len(diff.terms)),
                                               (translate("VersionCompareDialog", "Lines ({count})"), len(diff.lines)),
                                               (translate("VersionCompareDialog", "Clauses ({count})"), len(diff.clauses)))):
            self.tabs.setTabText(index, name.format(count=count))
        if self.tabs.currentIndex() == 0 and not diff.terms:
            self.tabs.setCurrentIndex(1 if diff.lines else 2 if diff.clauses else 0)
        self.compared.emit(diff)

    # ------------------------------------------------------------- filling

    def _fill_terms(self, diff: VersionDiff) -> None:
        table = self.terms_table
        table.setRowCount(len(diff.terms))
        for row, change in enumerate(diff.terms):
            cells = (field_label(change.name), field_value(change.name, change.before, self.currency),
                     field_value(change.name, change.after, self.currency))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column:
                    item.setForeground(QBrush(QColor(REMOVED_TEXT if column == 1 else ADDED_TEXT)))
                table.setItem(row, column, item)
        self.terms_section.show_empty("" if diff.terms else translate(
            "VersionCompareDialog", "The terms (dates, monthly total, tax rate) are the same."))

    def _fill_lines(self, diff: VersionDiff) -> None:
        tree = self.lines_tree
        tree.clear()
        bold = QFont(tree.font())
        bold.setBold(True)
        for change in diff.lines:
            colour = QBrush(QColor(KIND_COLOURS.get(change.kind, MUTED)))
            where = f"{change.service} · {change.site}" if change.site else change.service
            item = QTreeWidgetItem([f"{kind_label(change.kind)}: {where}"])
            item.setFont(0, bold)
            item.setForeground(0, colour)
            item.setToolTip(0, where)
            if change.kind == "added":
                item.setText(1, "—")
                item.setText(2, translate("VersionCompareDialog", "in version {version}").format(version=diff.after))
            elif change.kind == "removed":
                item.setText(1, translate("VersionCompareDialog", "in version {version}").format(version=diff.before))
                item.setText(2, "—")
            else:
                fields = len(change.fields)
                item.setText(1, numbered(translate("VersionCompareDialog", "%n field(s) changed", None, fields), fields))
            for column in (1, 2):
                item.setForeground(column, QBrush(QColor(MUTED)))
            for field in change.fields:
                texts = (field_label(field.name), field_value(field.name, field.before, self.currency) or "—",
                         field_value(field.name, field.after, self.currency) or "—")
                child = QTreeWidgetItem(list(texts))
                child.setForeground(1, QBrush(QColor(REMOVED_TEXT)))
                child.setForeground(2, QBrush(QColor(ADDED_TEXT)))
                for column, text in enumerate(texts):
                    child.setToolTip(column, text)
                item.addChild(child)
            tree.addTopLevelItem(item)
        tree.expandAll()
        self.lines_section.show_empty("" if diff.lines else translate(
            "VersionCompareDialog", "The service lines are the same in both versions."))

    def _fill_clauses(self, diff: VersionDiff) -> None:
        parts = []
        for change in diff.clauses:
            colour = KIND_COLOURS.get(change.kind, MUTED)
            parts.append(
                f"<p style='margin-top:10px'><b style='color:{colour}'>{escape(kind_label(change.kind))}:"
                f"</b> <b>{escape(change.title)}</b> <span style='color:{MUTED}'>({escape(change.key)})</span></p>"
            )
            if change.kind == "changed":
                parts.append(diff_html(change.diff, empty=translate("VersionCompareDialog",
                                                                    "Only the wording's layout changed.")))
            else:
                where = diff.after if change.kind == "added" else diff.before
                only = translate("VersionCompareDialog", "Only in version {version}.").format(version=where)
                parts.append(f"<p style='color:{MUTED}'>{escape(only)}</p>")
        self.clauses_view.setHtml("".join(parts))
        self.clauses_section.show_empty("" if diff.clauses else translate(
            "VersionCompareDialog", "The clauses are the same in both versions."))

    # ------------------------------------------------------------- for tests and callers

    def line_rows(self) -> list[tuple[str, list[tuple[str, str, str]]]]:
        """Each line item's text with its (field, before, after) children."""
        tree = self.lines_tree
        return [
            (tree.topLevelItem(i).text(0),
             [tuple(tree.topLevelItem(i).child(j).text(c) for c in range(3))  # type: ignore[misc]
              for j in range(tree.topLevelItem(i).childCount())])
            for i in range(tree.topLevelItemCount())
        ]
