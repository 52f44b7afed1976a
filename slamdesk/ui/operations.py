"""The one path by which a window asks ``core`` (as Anki's ``CollectionOp`` / ``QueryOp``).

* :func:`change` runs one use case that writes. On success it emits one notification,
  ``context.changed(Changed(area, key))``, that every view subscribes to, and says what was done in
  the status line. A refusal is shown where the person will look for it (:func:`refuse`).
* :func:`query` runs a read the same way, without a notification.
* Long work (backup, restore, batch export) runs off the GUI thread in
  ``common.background.BackgroundJob``; its owner reports the end with :func:`refuse` or :func:`notify`.

Where a refusal is shown (:func:`refuse`): a ``ValidationError`` beside the field it names when the form
passes its ``fields``; a ``ConcurrencyError`` (what the window showed was changed elsewhere) in the
window's stale bar when it passes ``stale``; anything else in one standard message box titled with the
action's name, and said in the status line ("<what>: not done. <why>").

This module imports only ``core``, ``context`` and the two leaf modules of ``common`` that draw a
refusal (``feedback``, ``widgets``), so ``common``'s forms can run their use cases through it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from ..core.errors import ConcurrencyError, SlamdeskError, ValidationError
from .common import feedback

if TYPE_CHECKING:  # the window's frame paints before the database layer loads
    from .context import AppContext

T = TypeVar("T")
translate = QCoreApplication.translate  # common.i18n's: from common this module imports only what draws a refusal


class Area(StrEnum):
    """What a change touched; a view reads again when a change is about what it shows."""

    AGREEMENTS = "agreements"  # key: the agreement's number, "" for several
    REQUIREMENTS = "requirements"  # key: the document's id
    CATALOGUE = "catalogue"  # key: the service's id
    CLAUSES = "clauses"  # the clause library; key: the clause's key
    PROFILES = "profiles"  # people and their passphrases
    EVERYTHING = "everything"  # a restore, a demo load: every view reads again


@dataclass(frozen=True)
class Changed:
    """One notification: ``area`` changed, about ``key`` ("" for several or unknown)."""

    area: Area
    key: str = ""

    def about(self, area: Area, key: str = "") -> bool:
        """Whether a view showing ``key`` of ``area`` (any of it when ``key`` is "") should read again."""
        if self.area is Area.EVERYTHING:
            return True
        return self.area is area and (not key or not self.key or self.key == key)

    @classmethod
    def agreement(cls, number: str = "") -> Changed:
        return cls(Area.AGREEMENTS, number)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a use case gave back (``value``), or why it was refused (``error``); true when it was done."""

    value: T | None = None
    error: SlamdeskError | None = None

    def __bool__(self) -> bool:
        return self.error is None


class ShowsFieldErrors(Protocol):
    """A form's map of field names to the labels beside them (``common.widgets.FieldErrors``)."""

    def show(self, error: ValidationError) -> object: ...

    def clear(self) -> None: ...


def change(
    parent: QWidget | None,
    context: AppContext | None,
    call: Callable[[], T],
    *,
    what: str,
    changed: Changed | None,
    done: str | Callable[[T], str] | None = None,
    fields: ShowsFieldErrors | None = None,
    stale: Callable[[ConcurrencyError], None] | None = None,
    in_place: bool = False,
    say: Callable[[str], None] | None = None,
) -> Outcome[T]:
    """Run ``call``, one use case that writes; on success notify every view and say ``done``.

    Args:
        parent: the window the refusal's message box belongs to.
        context: where the notification and the status line go (None for forms before the main window).
        what: the action's name, the title of a refusal's message box.
        changed: what the use case changed; None when it changes nothing another view shows.
        done: the status line after success (or a function of the use case's result that writes it).
        fields: the form's field labels: a ``ValidationError`` is shown beside its field.
        stale: shows a ``ConcurrencyError`` in the window's stale bar.
        in_place: the caller shows a refusal itself (an undo step, a chooser's own field); nothing else does.
        say: the window's own status line (a tool window's); by default the main window's.
    """
    if fields is not None:
        fields.clear()
    outcome = _run(call)
    if outcome.error is not None:
        if not in_place:
            refuse(parent, context, what, outcome.error, fields=fields, stale=stale, say=say)
        return outcome
    if changed is not None and context is not None:
        notify(context, changed)
    if done is not None:
        _say(context, say, done if isinstance(done, str) else done(outcome.value))  # type: ignore[arg-type]
    return outcome


def query(
    parent: QWidget | None,
    context: AppContext | None,
    call: Callable[[], T],
    *,
    what: str,
    fields: ShowsFieldErrors | None = None,
    in_place: bool = False,
    say: Callable[[str], None] | None = None,
) -> Outcome[T]:
    """Run ``call``, a read (or opening a window that reads); a refusal is shown as :func:`change` shows it.

    With ``in_place`` the caller shows the refusal itself, where the answer would have been (a heading,
    a panel's message), and nothing else is shown.
    """
    outcome = _run(call)
    if outcome.error is not None and not in_place:
        refuse(parent, context, what, outcome.error, fields=fields, say=say)
    return outcome


def refuse(
    parent: QWidget | None,
    context: AppContext | None,
    what: str,
    error: SlamdeskError,
    *,
    fields: ShowsFieldErrors | None = None,
    stale: Callable[[ConcurrencyError], None] | None = None,
    then: str = "",
    say: Callable[[str], None] | None = None,
) -> None:
    """Show why ``what`` was not done: beside the field, in the stale bar, or in one message box.

    A message box is also said in the status line ("<what>: not done. <why>"); a refusal shown beside its
    field or in the stale bar is not, as the person is looking there. ``then`` is what the window did about
    it, added to the message box (e.g. "The undo history was cleared.").
    """
    if isinstance(error, ConcurrencyError) and stale is not None:
        stale(error)
    elif fields is not None and (isinstance(error, ValidationError) or getattr(fields, "every_refusal", False)):
        fields.show(error)  # type: ignore[arg-type]
    else:
        _say(context, say, translate("Operations", "{what}: not done. {error}").format(what=what, error=error))
        feedback.show_error(parent, what, f"{error}\n\n{then}" if then else str(error))


def notify(context: AppContext, changed: Changed) -> None:
    """Tell every view what changed (the one place ``context.changed`` is emitted)."""
    context.changed.emit(changed)


@dataclass(frozen=True)
class Beside:
    """A panel with one place for its messages (``label``, a ``common.widgets.ErrorLabel``): every refusal
    but a stale one is shown there, beside what the person just did, never in a message box."""

    label: QWidget
    every_refusal = True

    def show(self, error: SlamdeskError) -> object:
        self.label.show_message(str(error))  # type: ignore[attr-defined]
        return self.label

    def clear(self) -> None:
        self.label.show_message("")  # type: ignore[attr-defined]


def _say(context: AppContext | None, say: Callable[[str], None] | None, text: str) -> None:
    if say is not None:
        say(text)
    elif context is not None:
        context.message.emit(text)


def _run(call: Callable[[], T]) -> Outcome[T]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return Outcome(value=call())
    except SlamdeskError as error:
        return Outcome(error=error)
    finally:
        QApplication.restoreOverrideCursor()
