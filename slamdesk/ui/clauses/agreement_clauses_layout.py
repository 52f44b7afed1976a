"""How the agreement's clauses dialog is built: the clause list, the wording, its difference, the buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
)

from ..common.diff import MUTED, diff_browser, diff_legend
from ..common.i18n import translate
from ..common.widgets import Banner, MessageBar


class AgreementClausesLayout:
    """How the agreement's clauses dialog is built: the clause list, the wording, its difference, the buttons.

    A mixin of ``AgreementClausesDialog``; ``_build`` runs once, from its ``__init__``.
    """

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.banner = Banner()
        self.clause_list = QListWidget()
        self.clause_list.setWordWrap(True)
        self.clause_list.setAlternatingRowColors(True)
        self.clause_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.clause_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.clause_list.setStyleSheet("QListWidget::item { padding: 4px 3px; }")
        self.clause_list.currentItemChanged.connect(lambda item, _previous: self._show_row(item))
        self.clause_list.itemChanged.connect(self._item_changed)
        self.up_button = QPushButton(translate("AgreementClausesDialog", "Move up"))
        self.down_button = QPushButton(translate("AgreementClausesDialog", "Move down"))
        self.up_button.setShortcut(QKeySequence("Alt+Up"))
        self.down_button.setShortcut(QKeySequence("Alt+Down"))
        self.up_button.setToolTip(translate("AgreementClausesDialog", "Move the clause up in the agreement (Alt+Up)"))
        self.down_button.setToolTip(translate("AgreementClausesDialog", "Move the clause down in the agreement (Alt+Down)"))
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        for button in (self.up_button, self.down_button):
            button.setAutoDefault(False)
        self.clause_error = self.errors.label("clauses")

        self.clause_heading = QLabel()
        self.clause_heading.setTextFormat(Qt.TextFormat.RichText)
        self.clause_heading.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(120)
        self.text_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text_edit.textChanged.connect(self._text_changed)
        self.reset_button = QPushButton(translate("AgreementClausesDialog", "Reset to library text"))
        self.reset_button.setAutoDefault(False)
        self.reset_button.setToolTip(translate("AgreementClausesDialog",
                "Put the library wording back (Ctrl+Z in the text undoes it)"))
        self.reset_button.clicked.connect(self.reset_to_library)
        self.edited_label = QLabel()
        self.edited_label.setStyleSheet(f"color: {MUTED};")
        self.edited_label.setWordWrap(True)
        self.diff_view = diff_browser(120)

        left = QGroupBox(translate("AgreementClausesDialog", "Clauses — tick those in the agreement"))
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.clause_list, 1)
        order = QHBoxLayout()
        order.addWidget(self.up_button)
        order.addWidget(self.down_button)
        order.addStretch(1)
        left_layout.addLayout(order)
        left_layout.addWidget(self.clause_error)

        wording = QGroupBox(translate("AgreementClausesDialog", "The agreement's wording"))
        wording_layout = QVBoxLayout(wording)
        wording_layout.addWidget(self.clause_heading)
        wording_layout.addWidget(self.text_edit, 1)
        reset_row = QHBoxLayout()
        reset_row.addWidget(self.edited_label, 1)
        reset_row.addWidget(self.reset_button)
        wording_layout.addLayout(reset_row)
        difference = QGroupBox(translate("AgreementClausesDialog", "Difference to library"))
        difference_layout = QVBoxLayout(difference)
        compared = translate("AgreementClausesDialog", "compared with the library clause this copy was picked from")
        legend = QLabel(diff_legend() + f"&nbsp;&nbsp;<span style='color:{MUTED}'>{compared}</span>")
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setWordWrap(True)
        difference_layout.addWidget(legend)
        difference_layout.addWidget(self.diff_view, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(wording)
        right.addWidget(difference)
        right.setChildrenCollapsible(False)
        right.setSizes([330, 280])

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 800])

        self.buttons = QDialogButtonBox()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.stale_bar = MessageBar(translate("AgreementClausesDialog", "&Reload"))
        self.stale_bar.button.setToolTip(translate("AgreementClausesDialog",
                "Read the clauses again as stored, dropping your unsaved edits"))
        self.stale_bar.triggered.connect(self.reload)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.stale_bar)
        layout.addWidget(self.buttons)
