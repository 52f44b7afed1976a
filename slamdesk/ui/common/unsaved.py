"""Unsaved edits in open editors, asked about once before the application quits or the person changes.

Each editor window (the requirements editor, the service catalogue, the clause library)
is a ``HoldsEdits``: it says what holds unsaved edits, saves them, or drops them. Its
own reload and close ask about its edits alone (``widgets.unless_unsaved``); quitting
and acting as another profile ask about every editor at once with ``before_leaving``,
so nothing typed is lost when the main window closes and takes its tool windows with it,
and nothing typed as one person is saved as another.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from .i18n import translate


class HoldsEdits:
    """Mixin (before the Qt class) for a window whose edits can be unsaved."""

    def unsaved_edits(self) -> str | None:
        """What holds unsaved edits, as the question names it ("Service Backup"), or None."""
        return None

    def save_edits(self) -> bool:
        """Store the edits; False when they cannot be stored (the window shows why, next to the field)."""
        raise NotImplementedError

    def discard_edits(self) -> None:
        """Drop the edits and show what is stored."""
        raise NotImplementedError


def editors_with_unsaved_edits(window: QWidget) -> list[HoldsEdits]:
    """The editor windows under ``window`` that hold unsaved edits, in the order they were opened."""
    return [child for child in window.findChildren(QWidget) if isinstance(child, HoldsEdits) and child.unsaved_edits()]


def before_leaving(
    parent: QWidget, doing: str, editors: Sequence[HoldsEdits], then: Callable[[], None],
    cancelled: Callable[[], None] | None = None,
) -> QMessageBox | None:
    """Before ``doing`` ("quitting"): ``then`` at once when no editor holds unsaved edits; else one question
    naming each of them, without blocking. Save all runs ``then`` only when every save went through (the
    first editor that refuses is brought up with its error shown, and nothing more happens); Discard all drops
    every edit, then runs ``then``; Cancel (or Esc) keeps everything as it is and runs ``cancelled``.

    ``doing`` comes translated and completes "Before {doing}:" in each language: Swedish "Innan du {doing}"
    (present tense: "avslutar", "agerar som …"), Vietnamese "Trước khi {doing}" ("thoát"), Indonesian
    "Sebelum {doing}" ("keluar"), Ukrainian "Перш ніж {doing}" (infinitive: "вийти", "діяти як …")."""
    if not editors:
        then()
        return None
    names = "".join(f"<li>{escape(editor.unsaved_edits() or '')}</li>" for editor in editors)
    box = QMessageBox(
        QMessageBox.Icon.Question, translate("UnsavedChanges", "Unsaved changes"),
        "<p>{}</p><ul>{}</ul>".format(
            escape(translate("UnsavedChanges", "Before {doing}: these have changes that are not saved.").format(doing=doing)),
            names),
        QMessageBox.StandardButton.SaveAll | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.RichText)
    box.button(QMessageBox.StandardButton.SaveAll).setText(translate("UnsavedChanges", "&Save all"))
    box.button(QMessageBox.StandardButton.Discard).setText(translate("UnsavedChanges", "&Discard all"))
    box.setDefaultButton(QMessageBox.StandardButton.SaveAll)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(result: int) -> None:
        answer = QMessageBox.StandardButton(result)
        if answer == QMessageBox.StandardButton.SaveAll:
            for editor in editors:
                if not editor.save_edits():
                    window = editor if isinstance(editor, QWidget) else None
                    if window is not None:
                        window.show()
                        window.raise_()
                        window.activateWindow()
                    if cancelled is not None:
                        cancelled()
                    return
            then()
        elif answer == QMessageBox.StandardButton.Discard:
            for editor in editors:
                editor.discard_edits()
            then()
        elif cancelled is not None:
            cancelled()

    box.finished.connect(answered)
    box.open()
    return box
