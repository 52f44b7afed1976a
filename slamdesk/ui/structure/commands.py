"""A change of the structure as an undoable command: undo and redo go back through ``core``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from ...core.errors import SlamdeskError
from .wording import describe

if TYPE_CHECKING:
    from .structure_view import StructureView


class StructureCommand(QUndoCommand):
    """One change of a parent or supported agreement, already done when pushed.

    ``undo`` puts ``before`` back and ``redo`` ``after``, through the view (so
    through core); a refusal is kept in ``error`` for the view to report.
    """

    def __init__(self, view: StructureView, mode: str, number: str, before: str | None, after: str | None) -> None:
        super().__init__(describe(mode, number, before, after))
        self.view, self.mode, self.number, self.before, self.after = view, mode, number, before, after
        self.error: SlamdeskError | None = None
        self._done = True  # push() calls redo(): the change was made before it

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self.before, self.after)

    def undo(self) -> None:
        self._run(self.after, self.before)

    def _run(self, expected: str | None, target: str | None) -> None:
        self.error = self.view.apply(self.mode, self.number, target, expected=expected)
