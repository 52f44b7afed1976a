"""How the clause library is built: the clause list and its filters, the clause form, its history, the actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core import clauses
from ..common.diff import MUTED, diff_browser, diff_legend
from ..common.i18n import translate
from ..common.widgets import Banner
from .wording import language_name


class LibraryLayout:
    """How the clause library is built: the clause list and its filters, the clause form, its history, the actions.

    A mixin of ``ClauseLibraryDialog``; its methods run once, from its ``__init__``.
    """

    # ------------------------------------------------------------ building

    def _build_widgets(self) -> None:
        self.banner = Banner()
        self.language_filter = QComboBox()
        self.language_filter.addItem(translate("ClauseLibraryDialog", "All languages"), None)
        for code in clauses.STANDARD_TEXTS:
            self.language_filter.addItem(language_name(code), code)
        self.language_filter.currentIndexChanged.connect(lambda _index: self._filter())
        self.search = QLineEdit(placeholderText=translate("ClauseLibraryDialog", "Filter by key, title or text"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._filter())
        self.clause_list = QListWidget()
        self.clause_list.setWordWrap(True)
        self.clause_list.setSpacing(1)
        self.clause_list.setAlternatingRowColors(True)
        self.clause_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.clause_list.setStyleSheet("QListWidget::item { padding: 4px 3px; }")
        self.clause_list.currentItemChanged.connect(self._clause_chosen)
        self.list_count = QLabel()
        self.list_count.setStyleSheet(f"color: {MUTED};")

        self.key_label = QLabel()
        self.language_label = QLabel()
        self.version_label = QLabel()
        for label in (self.key_label, self.language_label, self.version_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title_edit = QLineEdit()
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(120)
        self.text_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.title_edit.textEdited.connect(lambda _text: self._edited())
        self.text_edit.textChanged.connect(self._edited)
        self.text_error = self.errors.label("text")
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet(f"color: {MUTED};")

        self.history_list = QListWidget()
        self.history_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_list.currentItemChanged.connect(lambda item, _previous: self._show_version(item))
        self.history_text = QTextBrowser()
        self.history_text.setMinimumHeight(70)
        self.history_caption = QLabel()
        self.history_caption.setWordWrap(True)
        self.history_caption.setTextFormat(Qt.TextFormat.RichText)
        self.history_diff = diff_browser()
        self.use_version_button = QPushButton(translate("ClauseLibraryDialog", "Copy this text into the editor"))
        self.use_version_button.setAutoDefault(False)
        self.use_version_button.setToolTip(translate("ClauseLibraryDialog",
                "Start from an older wording; save it to make it the latest version"))
        self.use_version_button.clicked.connect(self._use_version)

    def _build_actions(self) -> None:
        self.save_action = QAction(translate("ClauseLibraryDialog", "&Save as new version"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        self.new_action = QAction(translate("ClauseLibraryDialog", "&New clause…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_clause)
        self.addAction(self.new_action)
        shortcut = self.save_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.save_button = QPushButton(translate("ClauseLibraryDialog",
                "Save as new version ({shortcut})").format(shortcut=shortcut))
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_action.trigger)
        self.revert_button = QPushButton(translate("ClauseLibraryDialog", "Revert"))
        self.revert_button.setAutoDefault(False)
        self.revert_button.setToolTip(translate("ClauseLibraryDialog", "Drop the unsaved edits to this clause"))
        self.revert_button.clicked.connect(self.revert)
        self.new_button = QPushButton(translate("ClauseLibraryDialog", "New clause…"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_action.trigger)

    def _lay_out(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        language_row = QHBoxLayout()
        language_row.addWidget(QLabel(translate("ClauseLibraryDialog", "&Language:"), buddy=self.language_filter))
        language_row.addWidget(self.language_filter, 1)
        left_layout.addLayout(language_row)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.clause_list, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.list_count, 1)
        bottom.addWidget(self.new_button)
        left_layout.addLayout(bottom)

        clause_box = QGroupBox(translate("ClauseLibraryDialog", "Clause"))
        form = QFormLayout(clause_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        identity = QHBoxLayout()
        for caption, label in ((translate("ClauseLibraryDialog", "Key:"), self.key_label),
                               (translate("ClauseLibraryDialog", "Language:"), self.language_label),
                               (translate("ClauseLibraryDialog", "Version:"), self.version_label)):
            name = QLabel(caption)
            name.setStyleSheet(f"color: {MUTED};")
            identity.addWidget(name)
            identity.addWidget(label)
            identity.addSpacing(18)
        identity.addStretch(1)
        form.addRow(identity)
        form.addRow(translate("ClauseLibraryDialog", "&Title:"), self.errors.field("title", self.title_edit))
        self.errors.alias("key", "title")
        self.errors.alias("language", "title")
        text_column = QVBoxLayout()
        text_column.setContentsMargins(0, 0, 0, 0)
        text_column.addWidget(self.text_edit, 1)
        text_column.addWidget(self.text_error)
        text_label = QLabel(translate("ClauseLibraryDialog", "Te&xt:"), buddy=self.text_edit)
        form.addRow(text_label, text_column)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        form.addRow(self.errors.general)

        history_box = QGroupBox(translate("ClauseLibraryDialog", "Version history of this clause in this language"))
        history_layout = QHBoxLayout(history_box)
        self.history_list.setMaximumWidth(170)
        history_layout.addWidget(self.history_list)
        shown = QVBoxLayout()
        shown.addWidget(self.history_text, 2)
        caption_row = QHBoxLayout()
        caption_row.addWidget(self.history_caption, 1)
        legend = QLabel(diff_legend())
        legend.setTextFormat(Qt.TextFormat.RichText)
        caption_row.addWidget(legend)
        shown.addLayout(caption_row)
        shown.addWidget(self.history_diff, 3)
        use_row = QHBoxLayout()
        use_row.addStretch(1)
        use_row.addWidget(self.use_version_button)
        shown.addLayout(use_row)
        history_layout.addLayout(shown, 1)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(clause_box)
        right.addWidget(history_box)
        right.setChildrenCollapsible(False)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        right.setSizes([360, 380])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 900])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
