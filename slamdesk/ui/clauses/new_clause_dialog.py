"""Add a clause to the library: key, language, title and text (``core`` validates each)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...core import clauses
from ...core.clauses import LibraryClause
from ..common.dialogs import UseCaseDialog
from ..common.i18n import translate
from ..context import AppContext
from .wording import language_name


class NewClauseDialog(UseCaseDialog):
    """Add a clause to the library: key, language, title and text (``core`` validates each).

    Attributes:
        key, language, title, text: the fields; ``saved`` is the stored clause once accepted.
    """

    def __init__(self, parent: QWidget | None, context: AppContext, language: str = "en") -> None:
        super().__init__(
            parent,
            title=translate("NewClauseDialog", "New library clause"),
            intro=translate(
                "NewClauseDialog",
                "A clause is known by its key in each language, e.g. <i>data_protection</i>. "
                "Use an existing key to add that clause in another language; saving a key that "
                "already exists in the language adds a new version of it.",
            ),
            ok_text=translate("NewClauseDialog", "Add to library"),
        )
        self.setMinimumWidth(720)
        self.context = context
        self.saved: LibraryClause | None = None
        self.key = QLineEdit(placeholderText=translate("NewClauseDialog", "letters, digits and _, e.g. data_protection"))
        self.language = QComboBox()
        for code in clauses.STANDARD_TEXTS:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.title = QLineEdit(placeholderText=translate("NewClauseDialog", "as printed in the agreement"))
        self.text = QPlainTextEdit()
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(140)
        self.add_field("key", translate("NewClauseDialog", "&Key:"), self.key)
        self.add_field("language", translate("NewClauseDialog", "&Language:"), self.language)
        self.add_field("title", translate("NewClauseDialog", "&Title:"), self.title)
        self.add_field("text", translate("NewClauseDialog", "Te&xt:"), self.text)
        self.on_submit(self._save)

    def _save(self) -> None:
        self.saved = clauses.save_clause(
            self.context.db, self.context.actor, key=self.key.text(), language=self.language.currentData(),
            title=self.title.text(), text=self.text.toPlainText(),
        )
