"""One path for changes from the main window: run a use case, report, notify."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from ..core.errors import SlamdeskError
from .common import feedback
from .context import AppContext


def perform(
    parent: QWidget,
    context: AppContext,
    *,
    what: str,
    number: str,
    call: Callable[[], object],
    done: str | Callable[[], str],
) -> bool:
    """Run ``call`` (one ``core`` use case); on success tell every view, else show why not.

    Args:
        what: the action's name, the title of any error message.
        number: the agreement concerned, passed on in ``agreements_changed``.
        done: the status-bar message after success (or a function that writes it).

    Returns:
        whether the use case succeeded.
    """
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        call()
    except SlamdeskError as error:
        QApplication.restoreOverrideCursor()
        context.message.emit(f"{what}: not done. {error}")
        feedback.show_error(parent, what, str(error))
        return False
    QApplication.restoreOverrideCursor()
    context.agreements_changed.emit(number)
    context.message.emit(done if isinstance(done, str) else done())
    return True
