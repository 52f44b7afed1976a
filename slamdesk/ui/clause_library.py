"""The clause library: legal reviewers keep the standard wording, one version per save.

Left, the newest version of every clause, filtered by language and text; right,
the selected clause (editable only for those who maintain the library) and the
history of its key in its language, each older version shown with its
difference to the latest. Rules and differences come from ``core.clauses``;
this module also holds the rendering of unified-diff lines that the agreement
clause picker and the version comparison share.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core import clauses
from ..core.clauses import ClauseView, LibraryClause, may_maintain_library
from ..core.customers import LANGUAGES
from ..core.errors import SlamdeskError, ValidationError
from . import feedback
from .context import AppContext
from .dialogs import UseCaseDialog
from .widgets import Banner, FieldErrors, ask_unsaved, set_read_only

CLAUSE_ROLE = Qt.ItemDataRole.UserRole
MUTED = "#718096"
REMOVED_BACKGROUND, REMOVED_TEXT = "#fdecec", "#9b2c2c"
ADDED_BACKGROUND, ADDED_TEXT = "#e7f5ec", "#22543d"
REMOVED_MARK, ADDED_MARK = "#f6c1c1", "#b4e3c3"  # the words that differ within a changed line
DIFF_LEGEND = (
    f"<span style='color:{REMOVED_TEXT}; background:{REMOVED_BACKGROUND}'>&nbsp;− <s>removed</s>&nbsp;</span>"
    f"&nbsp;&nbsp;<span style='color:{ADDED_TEXT}; background:{ADDED_BACKGROUND}'>&nbsp;+ added&nbsp;</span>"
)


def language_name(code: str) -> str:
    """``Svenska (sv)``; the code alone for a language slamdesk does not name."""
    return f"{LANGUAGES[code]} ({code})" if code in LANGUAGES else code


def _words(text: str) -> list[str]:
    return re.split(r"(\s+)", text)


def _emphasis(removed: str, added: str) -> tuple[str, str]:
    """Both lines as HTML with the words that differ between them marked (display only)."""
    old, new = _words(removed), _words(added)
    old_html: list[str] = []
    new_html: list[str] = []
    for tag, a1, a2, b1, b2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        before, after = escape("".join(old[a1:a2])), escape("".join(new[b1:b2]))
        if tag == "equal":
            old_html.append(before)
            new_html.append(after)
            continue
        if before:
            old_html.append(f"<span style='background-color:{REMOVED_MARK}; font-weight:600'>{before}</span>")
        if after:
            new_html.append(f"<span style='background-color:{ADDED_MARK}; font-weight:600'>{after}</span>")
    return "".join(old_html), "".join(new_html)


def _diff_row(marker: str, html: str) -> str:
    if marker == "-":
        return (f"<tr><td width='22' align='center' bgcolor='{REMOVED_BACKGROUND}' style='color:{REMOVED_TEXT}'>"
                f"<b>−</b></td><td bgcolor='{REMOVED_BACKGROUND}' style='color:{REMOVED_TEXT}'><s>{html}</s></td></tr>")
    if marker == "+":
        return (f"<tr><td width='22' align='center' bgcolor='{ADDED_BACKGROUND}' style='color:{ADDED_TEXT}'>"
                f"<b>+</b></td><td bgcolor='{ADDED_BACKGROUND}' style='color:{ADDED_TEXT}'>{html}</td></tr>")
    return f"<tr><td width='22'></td><td>{html}</td></tr>"


def diff_html(lines: Sequence[str], *, empty: str = "No difference.") -> str:
    """Unified-diff lines from ``core`` as a table: removed lines red and struck, added ones green.

    The ``---``/``+++`` file headers are left out and a dotted row separates hunks.
    Where removed lines are followed by as many added ones, the words that differ
    between each pair are marked, so a one-word change stands out in a long sentence.
    """
    body = [line for index, line in enumerate(lines) if not (index < 2 and line.startswith(("---", "+++")))]
    rows: list[str] = []
    hunks = 0
    index = 0
    while index < len(body):
        line = body[index]
        if line.startswith("@@"):
            if hunks:
                rows.append(f"<tr><td colspan='2' style='color:{MUTED}'>⋯</td></tr>")
            hunks += 1
            index += 1
            continue
        if line.startswith("-"):
            end = index
            while end < len(body) and body[end].startswith("-"):
                end += 1
            stop = end
            while stop < len(body) and body[stop].startswith("+"):
                stop += 1
            removed = [text[1:] for text in body[index:end]]
            added = [text[1:] for text in body[end:stop]]
            if len(removed) == len(added):
                pairs = [_emphasis(a, b) for a, b in zip(removed, added)]
                rows += [_diff_row("-", old) for old, _new in pairs] + [_diff_row("+", new) for _old, new in pairs]
            else:
                rows += [_diff_row("-", escape(text)) for text in removed]
                rows += [_diff_row("+", escape(text)) for text in added]
            index = stop
            continue
        marker = line[:1]
        rows.append(_diff_row(marker, escape(line[1:] if marker in "+ " and line else line)))
        index += 1
    if not rows:
        return f"<p style='color:{MUTED}'>{escape(empty)}</p>"
    return "<table width='100%' cellspacing='0' cellpadding='5'>" + "".join(rows) + "</table>"


def diff_browser(minimum_height: int = 90) -> QTextBrowser:
    browser = QTextBrowser()
    browser.setOpenLinks(False)
    browser.setMinimumHeight(minimum_height)
    browser.document().setDocumentMargin(6)
    return browser


def may_keep_library(context: AppContext) -> bool:
    return may_maintain_library(context.actor)


class NewClauseDialog(UseCaseDialog):
    """Add a clause to the library: key, language, title and text (``core`` validates each).

    Attributes:
        key, language, title, text: the fields; ``saved`` is the stored clause once accepted.
    """

    def __init__(self, parent: QWidget | None, context: AppContext, language: str = "en") -> None:
        super().__init__(
            parent,
            title="New library clause",
            intro=(
                "A clause is known by its key in each language, e.g. <i>data_protection</i>. "
                "Use an existing key to add that clause in another language; saving a key that "
                "already exists in the language adds a new version of it."
            ),
            ok_text="Add to library",
        )
        self.setMinimumWidth(720)
        self.context = context
        self.saved: LibraryClause | None = None
        self.key = QLineEdit(placeholderText="letters, digits and _, e.g. data_protection")
        self.language = QComboBox()
        for code in clauses.STANDARD_TEXTS:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.title = QLineEdit(placeholderText="as printed in the agreement")
        self.text = QPlainTextEdit()
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(140)
        self.add_field("key", "&Key:", self.key)
        self.add_field("language", "&Language:", self.language)
        self.add_field("title", "&Title:", self.title)
        self.add_field("text", "Te&xt:", self.text)
        self.on_submit(self._save)

    def _save(self) -> None:
        self.saved = clauses.save_clause(
            self.context.db, self.context.actor, key=self.key.text(), language=self.language.currentData(),
            title=self.title.text(), text=self.text.toPlainText(),
        )


class ClauseLibraryDialog(QDialog):
    """Browse the clause library; legal reviewers and administrators save new versions.

    Open with ``ClauseLibraryDialog(parent, context).show()``.

    Signals:
        clause_saved: a clause was stored (the new ``LibraryClause``).

    Attributes:
        language_filter: "All languages" or one language (data: its code or None).
        search: filters the list by key, title and text.
        clause_list: the newest version of each clause (item data: ``LibraryClause``).
        current: the clause shown on the right, or None.
        can_edit: whether the acting user may keep the library.
        banner: says why the library is read-only (hidden when it is not).
        key_label, language_label, version_label: what the shown clause is.
        title_edit, text_edit: its title and text (read-only unless ``can_edit``).
        errors: labels beside title and text; ``general`` for the rest.
        save_action, save_button: "Save as new version" (Ctrl+S); revert_button drops edits.
        new_action, new_button: "New clause…" (Ctrl+N); ``new_dialog`` while it is open.
        status_label: a one-line account of the last save.
        history_list: every version of the key in the language, newest first (item data: ``LibraryClause``).
        history_text: the chosen version's title and text.
        history_caption, history_diff: what changed from the chosen version to the latest.
        history_diff_lines: those changes as ``core``'s unified-diff lines.
    """

    clause_saved = Signal(object)

    def __init__(self, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(parent)
        self.setWindowTitle("Clause library — slamdesk")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.context = context
        self.current: LibraryClause | None = None
        self.new_dialog: NewClauseDialog | None = None
        self.history_diff_lines: list[str] = []
        self.can_edit = False
        self.errors = FieldErrors()
        self._build_widgets()
        self._build_actions()
        self._lay_out()
        context.actor_changed.connect(self._actor_changed)
        self._apply_role()
        self.resize(1240, 800)
        self.reload()

    # ------------------------------------------------------------ building

    def _build_widgets(self) -> None:
        self.banner = Banner()
        self.language_filter = QComboBox()
        self.language_filter.addItem("All languages", None)
        for code in clauses.STANDARD_TEXTS:
            self.language_filter.addItem(language_name(code), code)
        self.language_filter.currentIndexChanged.connect(lambda _index: self._filter())
        self.search = QLineEdit(placeholderText="Filter by key, title or text")
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
        self.use_version_button = QPushButton("Copy this text into the editor")
        self.use_version_button.setAutoDefault(False)
        self.use_version_button.setToolTip("Start from an older wording; save it to make it the latest version")
        self.use_version_button.clicked.connect(self._use_version)

    def _build_actions(self) -> None:
        self.save_action = QAction("&Save as new version", self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        self.new_action = QAction("&New clause…", self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_clause)
        self.addAction(self.new_action)
        shortcut = self.save_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.save_button = QPushButton(f"Save as new version ({shortcut})")
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_action.trigger)
        self.revert_button = QPushButton("Revert")
        self.revert_button.setAutoDefault(False)
        self.revert_button.setToolTip("Drop the unsaved edits to this clause")
        self.revert_button.clicked.connect(self.revert)
        self.new_button = QPushButton("New clause…")
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_action.trigger)

    def _lay_out(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        language_row = QHBoxLayout()
        language_row.addWidget(QLabel("&Language:", buddy=self.language_filter))
        language_row.addWidget(self.language_filter, 1)
        left_layout.addLayout(language_row)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.clause_list, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.list_count, 1)
        bottom.addWidget(self.new_button)
        left_layout.addLayout(bottom)

        clause_box = QGroupBox("Clause")
        form = QFormLayout(clause_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        identity = QHBoxLayout()
        for caption, label in (("Key:", self.key_label), ("Language:", self.language_label),
                               ("Version:", self.version_label)):
            name = QLabel(caption)
            name.setStyleSheet(f"color: {MUTED};")
            identity.addWidget(name)
            identity.addWidget(label)
            identity.addSpacing(18)
        identity.addStretch(1)
        form.addRow(identity)
        form.addRow("&Title:", self.errors.field("title", self.title_edit))
        self.errors.alias("key", "title")
        self.errors.alias("language", "title")
        text_column = QVBoxLayout()
        text_column.setContentsMargins(0, 0, 0, 0)
        text_column.addWidget(self.text_edit, 1)
        text_column.addWidget(self.text_error)
        text_label = QLabel("Te&xt:", buddy=self.text_edit)
        form.addRow(text_label, text_column)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        form.addRow(self.errors.general)

        history_box = QGroupBox("Version history of this clause in this language")
        history_layout = QHBoxLayout(history_box)
        self.history_list.setMaximumWidth(170)
        history_layout.addWidget(self.history_list)
        shown = QVBoxLayout()
        shown.addWidget(self.history_text, 2)
        caption_row = QHBoxLayout()
        caption_row.addWidget(self.history_caption, 1)
        legend = QLabel(DIFF_LEGEND)
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

    # ------------------------------------------------------------- reading

    def reload(self, select: tuple[str, str] | None = None) -> None:
        """Read the library again; keep (or move to) the clause ``select`` = (key, language)."""
        if select is None and self.current is not None:
            select = (self.current.key, self.current.language)
        self.clause_list.blockSignals(True)
        self.clause_list.clear()
        chosen: QListWidgetItem | None = None
        for clause in clauses.library(self.context.db):
            item = QListWidgetItem(f"{clause.title}\n{clause.language} · {clause.key} · v{clause.version}")
            item.setData(CLAUSE_ROLE, clause)
            item.setToolTip(clause.text)
            self.clause_list.addItem(item)
            if select == (clause.key, clause.language):
                chosen = item
        self._filter()
        if chosen is None:
            chosen = next((self.clause_list.item(r) for r in range(self.clause_list.count())
                           if not self.clause_list.item(r).isHidden()), None)
        self.clause_list.setCurrentItem(chosen)
        self.clause_list.blockSignals(False)
        self.show_clause(chosen.data(CLAUSE_ROLE) if chosen is not None else None)

    def _filter(self) -> None:
        language = self.language_filter.currentData()
        needle = self.search.text().strip().casefold()
        shown = 0
        for row in range(self.clause_list.count()):
            item = self.clause_list.item(row)
            clause: LibraryClause = item.data(CLAUSE_ROLE)
            hidden = (language is not None and clause.language != language) or bool(
                needle and needle not in f"{clause.key}\n{clause.title}\n{clause.text}".casefold()
            )
            item.setHidden(hidden)
            shown += not hidden
        self.list_count.setText(f"{shown} of {self.clause_list.count()} clauses")
        current = self.clause_list.currentItem()
        if self.dirty or self.clause_list.signalsBlocked():
            return  # an edited clause stays shown; reload() chooses what to show itself
        if current is None or current.isHidden():
            first = next((self.clause_list.item(r) for r in range(self.clause_list.count())
                          if not self.clause_list.item(r).isHidden()), None)
            if first is not None:
                self.clause_list.setCurrentItem(first)
            else:
                self.show_clause(None)
        elif self.current is None:
            self.show_clause(current.data(CLAUSE_ROLE))

    def visible_clauses(self) -> list[LibraryClause]:
        """The clauses the list shows under the current filter."""
        return [self.clause_list.item(r).data(CLAUSE_ROLE) for r in range(self.clause_list.count())
                if not self.clause_list.item(r).isHidden()]

    def select_clause(self, key: str, language: str) -> None:
        for row in range(self.clause_list.count()):
            clause: LibraryClause = self.clause_list.item(row).data(CLAUSE_ROLE)
            if (clause.key, clause.language) == (key, language):
                self.clause_list.setCurrentRow(row)
                return
        raise KeyError(f"no clause {key} in {language}")

    def _clause_chosen(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        clause: LibraryClause = item.data(CLAUSE_ROLE)
        if self.current is not None and (clause.key, clause.language) == (self.current.key, self.current.language):
            return
        if self.dirty:
            self.clause_list.blockSignals(True)
            self.clause_list.setCurrentItem(previous)
            self.clause_list.blockSignals(False)
            self.errors.show_general("Save (Ctrl+S) or revert the changes to this clause first.")
            return
        self.show_clause(clause)

    def show_clause(self, clause: LibraryClause | None) -> None:
        """Show ``clause`` (the newest version of its key and language) and its history."""
        self.current = clause
        self.errors.clear()
        self.status_label.clear()
        self.title_edit.setText(clause.title if clause else "")
        self.text_edit.blockSignals(True)
        self.text_edit.setPlainText(clause.text if clause else "")
        self.text_edit.blockSignals(False)
        self.key_label.setText(f"<b>{escape(clause.key)}</b>" if clause else "—")
        self.language_label.setText(language_name(clause.language) if clause else "—")
        self.version_label.setText(f"{clause.version} (latest)" if clause else "—")
        self._show_history()
        self._edited()

    def _show_history(self) -> None:
        self.history_list.blockSignals(True)
        self.history_list.clear()
        versions = clauses.history(self.context.db, self.current.key, self.current.language) if self.current else []
        for clause in reversed(versions):
            latest = clause.version == versions[-1].version
            item = QListWidgetItem(f"Version {clause.version}" + ("  (latest)" if latest else ""))
            item.setData(CLAUSE_ROLE, clause)
            self.history_list.addItem(item)
        self.history_list.blockSignals(False)
        # Show what the latest version changed, when there is an older one.
        self.history_list.setCurrentRow(1 if len(versions) > 1 else 0 if versions else -1)
        if not versions:
            self._show_version(None)

    def history_versions(self) -> list[int]:
        return [self.history_list.item(r).data(CLAUSE_ROLE).version for r in range(self.history_list.count())]

    def select_version(self, version: int) -> None:
        self.history_list.setCurrentRow(self.history_versions().index(version))

    def _show_version(self, item: QListWidgetItem | None) -> None:
        chosen: LibraryClause | None = item.data(CLAUSE_ROLE) if item is not None else None
        latest = self.current
        self.history_diff_lines = []
        if chosen is None or latest is None:
            self.history_text.clear()
            self.history_caption.clear()
            self.history_diff.clear()
            self.use_version_button.setEnabled(False)
            return
        self.history_text.setHtml(f"<p><b>{escape(chosen.title)}</b></p><p>{escape(chosen.text)}</p>")
        self.use_version_button.setEnabled(self.can_edit and chosen.version != latest.version)
        if chosen.version == latest.version:
            self.history_caption.setText(f"<b>Version {chosen.version}</b> is the latest.")
            self.history_diff.setHtml(diff_html([], empty="Choose an older version to see what changed since."))
            return
        # core's clause difference, with the chosen version as the base and the latest as the copy
        self.history_diff_lines = ClauseView(latest.key, latest.title, latest.text, latest.version, chosen.text).diff()
        caption = f"<b>Changes from version {chosen.version} to version {latest.version}</b> (latest)"
        if chosen.title != latest.title:
            caption += (f"<br>Title: <span style='color:{REMOVED_TEXT}'><s>{escape(chosen.title)}</s></span>"
                        f" → <span style='color:{ADDED_TEXT}'>{escape(latest.title)}</span>")
        self.history_caption.setText(caption)
        self.history_diff.setHtml(diff_html(self.history_diff_lines, empty="The text is the same; only the title changed."))

    def _use_version(self) -> None:
        item = self.history_list.currentItem()
        if item is None or not self.can_edit:
            return
        chosen: LibraryClause = item.data(CLAUSE_ROLE)
        self.title_edit.setText(chosen.title)
        cursor = self.text_edit.textCursor()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(chosen.text)  # one undo step in the editor
        self._edited()
        self.status_label.setText(f"Text of version {chosen.version} copied in; save to make it the latest version.")

    # ------------------------------------------------------------- editing

    def _actor_changed(self, _actor: object) -> None:
        self._apply_role()

    def _apply_role(self) -> None:
        self.can_edit = may_keep_library(self.context)
        actor = self.context.actor
        self.banner.say(
            "" if self.can_edit else
            f"Read-only: you are working as {actor.display_name} ({actor.role.label.lower()}). "
            "The clause library is kept by legal reviewers and administrators; "
            "ask one of them to change a clause. Agreements may still edit their own copy."
        )
        set_read_only(self.title_edit, not self.can_edit)
        set_read_only(self.text_edit, not self.can_edit)
        self.new_action.setEnabled(self.can_edit)
        self.new_button.setEnabled(self.can_edit)
        self.new_button.setToolTip("" if self.can_edit else "Only legal reviewers and administrators add clauses")
        self.use_version_button.setVisible(self.can_edit)
        self._edited()
        if self.history_list.currentItem() is not None:
            self._show_version(self.history_list.currentItem())

    @property
    def dirty(self) -> bool:
        return self.current is not None and (self.title_edit.text(), self.text_edit.toPlainText()) != (
            self.current.title, self.current.text
        )

    def _edited(self) -> None:
        dirty = self.dirty
        enabled = self.can_edit and self.current is not None and dirty
        self.save_action.setEnabled(enabled)
        self.save_button.setEnabled(enabled)
        self.revert_button.setEnabled(enabled)
        self.save_button.setVisible(self.can_edit)
        self.revert_button.setVisible(self.can_edit)
        title = "Clause library — slamdesk"
        self.setWindowTitle(f"*{title}" if dirty else title)
        if dirty:
            self.status_label.setText("Unsaved changes: saving adds a new version; the old text stays in the history.")

    def revert(self) -> None:
        self.show_clause(self.current)

    def save(self) -> bool:
        """Save the shown clause as its next version; True when stored (or nothing changed)."""
        if self.current is None or not self.can_edit:
            return False
        self.errors.clear()
        try:
            saved = clauses.save_clause(
                self.context.db, self.context.actor, key=self.current.key, language=self.current.language,
                title=self.title_edit.text(), text=self.text_edit.toPlainText(),
            )
        except ValidationError as error:
            self.errors.show(error)
            self.context.message.emit(f"Clause not saved: {error}")
            return False
        except SlamdeskError as error:
            feedback.show_error(self, "Save clause", str(error))
            return False
        self.current = None
        self.reload(select=(saved.key, saved.language))
        self.status_label.setText(f"Saved as version {saved.version}.")
        self.context.message.emit(f"Clause “{saved.title}” ({saved.language}) saved as version {saved.version}")
        self.clause_saved.emit(saved)
        return True

    def new_clause(self) -> None:
        if not self.can_edit:
            return
        if self.dirty:
            self.errors.show_general("Save (Ctrl+S) or revert the changes to this clause first.")
            return
        language = self.language_filter.currentData() or (self.current.language if self.current else "en")
        self.new_dialog = NewClauseDialog(self, self.context, language)
        self.new_dialog.accepted.connect(self._clause_added)
        self.new_dialog.open()

    def _clause_added(self) -> None:
        dialog = self.new_dialog
        if dialog is None or dialog.saved is None:
            return
        saved = dialog.saved
        self.new_dialog = None
        self.current = None
        self.search.clear()
        if self.language_filter.currentData() not in (None, saved.language):
            self.language_filter.setCurrentIndex(0)
        self.reload(select=(saved.key, saved.language))
        self.status_label.setText(f"“{saved.title}” added to the library as version {saved.version}.")
        self.context.message.emit(f"Clause “{saved.title}” ({saved.language}) added to the library")
        self.clause_saved.emit(saved)

    # ------------------------------------------------------------- closing

    def reject(self) -> None:
        if self.dirty and self.can_edit:
            ask_unsaved(self, f"The clause “{self.current.title if self.current else ''}”", self._close_answer)
            return
        super().reject()

    def _close_answer(self, answer: QMessageBox.StandardButton) -> None:
        if answer == QMessageBox.StandardButton.Save and not self.save():
            return
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
        if answer in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard):
            super().reject()


