"""The clause library: legal reviewers keep the standard wording, one version per save.

Left, the newest version of every clause, filtered by language and text; right,
the selected clause (editable only for those who maintain the library) and the
history of its key in its language, each older version shown with its
difference to the latest. Rules and differences come from ``core.clauses``;
differences are drawn by ``common.diff``.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from ...core import clauses
from ...core.clauses import ClauseView, LibraryClause
from .. import operations
from ..common.diff import ADDED_TEXT, REMOVED_TEXT, diff_html
from ..common.i18n import translate
from ..common.unsaved import HoldsEdits
from ..common.widgets import FieldErrors, ask_unsaved, set_read_only, unless_unsaved
from ..context import AppContext
from ..operations import Area, Changed
from .library_layout import LibraryLayout
from .new_clause_dialog import NewClauseDialog
from .wording import CLAUSE_ROLE, language_name, may_keep_library


class ClauseLibraryDialog(HoldsEdits, LibraryLayout, QDialog):
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
        self.setWindowTitle(translate("ClauseLibraryDialog", "Clause library — slamdesk"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.context = context
        self.current: LibraryClause | None = None
        self.new_dialog: NewClauseDialog | None = None
        self.unsaved_box: QMessageBox | None = None  # Save / Discard / Cancel, while it is asked
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
        total = self.clause_list.count()
        self.list_count.setText(translate("ClauseLibraryDialog", "{shown} of %n clause(s)", None, total).format(shown=shown))
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
        if self.dirty:  # the edited clause stays chosen until its edits are saved or dropped
            self.clause_list.blockSignals(True)
            self.clause_list.setCurrentItem(previous)
            self.clause_list.blockSignals(False)
            self.unsaved_box = unless_unsaved(self, self._edited_name(), True, self.save,
                                              lambda: self._switch_to(clause))
            return
        self.show_clause(clause)

    def _switch_to(self, clause: LibraryClause) -> None:
        if self.dirty:  # dropped
            self.revert()
        self.select_clause(clause.key, clause.language)

    def _edited_name(self) -> str:
        return translate("ClauseLibraryDialog", "The clause “{title}”").format(title=self.current.title if self.current else "")

    # HoldsEdits: asked before the application quits or the acting profile changes

    def unsaved_edits(self) -> str | None:
        return self._edited_name() if self.dirty and self.can_edit else None

    def save_edits(self) -> bool:
        return self.save()

    def discard_edits(self) -> None:
        self.revert()

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
        self.version_label.setText(translate("ClauseLibraryDialog",
                "{version} (latest)").format(version=clause.version) if clause else "—")
        self._show_history()
        self._edited()

    def _show_history(self) -> None:
        self.history_list.blockSignals(True)
        self.history_list.clear()
        versions = clauses.history(self.context.db, self.current.key, self.current.language) if self.current else []
        for clause in reversed(versions):
            latest = clause.version == versions[-1].version
            item = QListWidgetItem((translate("ClauseLibraryDialog", "Version {version}  (latest)") if latest
                                     else translate("ClauseLibraryDialog", "Version {version}")).format(version=clause.version))
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
            self.history_caption.setText(translate("ClauseLibraryDialog",
                    "<b>Version {version}</b> is the latest.").format(version=chosen.version))
            self.history_diff.setHtml(diff_html([], empty=translate("ClauseLibraryDialog",
                    "Choose an older version to see what changed since.")))
            return
        # core's clause difference, with the chosen version as the base and the latest as the copy
        self.history_diff_lines = ClauseView(latest.key, latest.title, latest.text, latest.version, chosen.text).diff()
        caption = translate("ClauseLibraryDialog", "<b>Changes from version {old} to version {latest}</b> (latest)").format(
            old=chosen.version, latest=latest.version)
        if chosen.title != latest.title:
            caption += "<br>" + translate("ClauseLibraryDialog", "Title: {old} → {new}").format(
                old=f"<span style='color:{REMOVED_TEXT}'><s>{escape(chosen.title)}</s></span>",
                new=f"<span style='color:{ADDED_TEXT}'>{escape(latest.title)}</span>")
        self.history_caption.setText(caption)
        self.history_diff.setHtml(diff_html(self.history_diff_lines, empty=translate("ClauseLibraryDialog",
                "The text is the same; only the title changed.")))

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
        self.status_label.setText(translate("ClauseLibraryDialog",
                "Text of version {version} copied in; save to make it the latest version.").format(
            version=chosen.version))

    # ------------------------------------------------------------- editing

    def _actor_changed(self, _actor: object) -> None:
        self._apply_role()

    def _apply_role(self) -> None:
        self.can_edit = may_keep_library(self.context)
        actor = self.context.actor
        self.banner.say(
            "" if self.can_edit else
            translate("ClauseLibraryDialog", "Read-only: you are working as {name} ({role}). "
                      "The clause library is kept by legal reviewers and administrators; "
                      "ask one of them to change a clause. Agreements may still edit their own copy.").format(
                name=actor.display_name, role=actor.role.label.lower())
        )
        set_read_only(self.title_edit, not self.can_edit)
        set_read_only(self.text_edit, not self.can_edit)
        self.new_action.setEnabled(self.can_edit)
        self.new_button.setEnabled(self.can_edit)
        self.new_button.setToolTip("" if self.can_edit else translate("ClauseLibraryDialog",
                "Only legal reviewers and administrators add clauses"))
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
        title = translate("ClauseLibraryDialog", "Clause library — slamdesk")
        self.setWindowTitle(f"*{title}" if dirty else title)
        if dirty:
            self.status_label.setText(translate("ClauseLibraryDialog",
                    "Unsaved changes: saving adds a new version; the old text stays in the history."))

    def revert(self) -> None:
        self.show_clause(self.current)

    def save(self) -> bool:
        """Save the shown clause as its next version; True when stored (or nothing changed)."""
        if self.current is None or not self.can_edit:
            return False
        key, language = self.current.key, self.current.language
        done = operations.change(
            self, self.context,
            lambda: clauses.save_clause(self.context.db, self.context.actor, key=key, language=language,
                                        title=self.title_edit.text(), text=self.text_edit.toPlainText()),
            what=translate("ClauseLibraryDialog", "Save clause"), changed=Changed(Area.CLAUSES, key), fields=self.errors,
        )
        saved = done.value
        if saved is None:
            return False
        self.current = None
        self.reload(select=(saved.key, saved.language))
        self.status_label.setText(translate("ClauseLibraryDialog", "Saved as version {version}.").format(version=saved.version))
        self.context.message.emit(translate("ClauseLibraryDialog",
                "Clause “{title}” ({language}) saved as version {version}").format(
            title=saved.title, language=saved.language, version=saved.version))
        self.clause_saved.emit(saved)
        return True

    def new_clause(self) -> None:
        if not self.can_edit:
            return
        if self.dirty:
            self.errors.show_general(translate("ClauseLibraryDialog",
                    "Save (Ctrl+S) or revert the changes to this clause first."))
            return
        language = self.language_filter.currentData() or (self.current.language if self.current else "en")
        self.new_dialog = NewClauseDialog(self, self.context, language)
        self.new_dialog.reports_to(self.context, Changed(Area.CLAUSES))
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
        self.status_label.setText(translate("ClauseLibraryDialog", "“{title}” added to the library as version {version}.").format(
            title=saved.title, version=saved.version))
        self.context.message.emit(translate("ClauseLibraryDialog", "Clause “{title}” ({language}) added to the library").format(
            title=saved.title, language=saved.language))
        self.clause_saved.emit(saved)

    # ------------------------------------------------------------- closing

    def reject(self) -> None:
        if self.dirty and self.can_edit:
            self.unsaved_box = ask_unsaved(self, self._edited_name(), self._close_answer)
            return
        super().reject()

    def _close_answer(self, answer: QMessageBox.StandardButton) -> None:
        if answer == QMessageBox.StandardButton.Save and not self.save():
            return
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
        if answer in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard):
            super().reject()
