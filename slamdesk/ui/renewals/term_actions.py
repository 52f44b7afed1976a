"""Agreement ▸ Term and renewal: a draft's terms; give notice, confirm an express renewal, record a periodic review,
write the notice letter, for the agreement selected in the register.

Each step is on only for a signed agreement still running (its standing in the register says so) and for the roles
``core.renewals`` lets take it; otherwise its tooltip says why. What the step may do is core's to check again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from ...core import clock
from ...core.lifecycle import Status
from ...core.register import RegisterRow
from ...core.renewals import periodic_review, standing
from ...core.renewals.notice_letter import export_notice_letter
from ...core.renewals.standing import Standing
from ...core.renewals.stored import get_terms
from .. import operations
from ..common import formatting
from ..common.dialogs import PassphraseDialog, UseCaseDialog
from ..common.i18n import translate
from ..context import AppContext
from ..operations import Changed
from .term_dialogs import NoticeDialog, RenewDialog, ReviewHeldDialog, TermsDialog

STATES = {  # the register's term state (``core.renewals.standing.State``), as a reason a step is off says it
    "running": QT_TRANSLATE_NOOP("TermActions", "{number} is running and renews as agreed"),
    "ending": QT_TRANSLATE_NOOP("TermActions", "{number} is ending: notice was given or its renewal is not confirmed"),
    "expired": QT_TRANSLATE_NOOP("TermActions", "{number} is expired"),
    "terminated": QT_TRANSLATE_NOOP("TermActions", "{number} is terminated"),
    "": QT_TRANSLATE_NOOP("TermActions", "{number} is not signed yet"),
}


class TermActions(QObject):
    """One action per step on the selected agreement's terms.

    Attributes:
        menu_title: the submenu the main window puts them in.
        dialog: the form the last action opened (tests fill it in).
    """

    def __init__(self, context: AppContext, window: QWidget, *, today: Callable[[], dt.date] = clock.today) -> None:
        super().__init__(window)
        self._context, self._window, self._today = context, window, today
        self._row: RegisterRow | None = None
        self.dialog: QDialog | None = None
        self._tips: dict[QAction, str] = {}
        self.menu_title = translate("TermActions", "Term and re&newal")
        self.terms = self._action("terms", translate("TermActions", "&Terms…"),
                                  translate("TermActions", "A draft's start, initial term, renewal, notice and reviews"),
                                  self._set_terms)
        self.notice = self._action("notice", translate("TermActions", "Give &notice…"),
                                   translate("TermActions", "Record notice: the agreement ends at the end of a term"),
                                   self._give_notice)
        self.renew = self._action("renew", translate("TermActions", "&Renew…"),
                                  translate("TermActions", "Confirm an express renewal before the term ends"), self._renew)
        self.review = self._action("review", translate("TermActions", "Record periodic re&view…"),
                                   translate("TermActions", "Who attended the periodic review and what was decided"),
                                   self._review)
        self.letter = self._action("letter", translate("TermActions", "Notice &letter…"),
                                   translate("TermActions",
                                             "Write the letter of the notice given as PDF (signed) and DOCX into the register"),
                                   self._letter)
        self.set_current(None)

    @property
    def actions(self) -> list[QAction]:
        return [self.terms, self.notice, self.renew, self.review, self.letter]

    def _action(self, name: str, text: str, tip: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"action_{name}")
        action.setToolTip(tip)
        action.setStatusTip(tip)
        self._tips[action] = tip
        action.triggered.connect(slot)
        return action

    def set_current(self, row: RegisterRow | None) -> None:
        """Follow the register's selection: each step on when it applies to the agreement and the acting person."""
        self._row = row
        role = self._context.actor.role
        for action, reason in (
            (self.terms, self._why_not_draft(row, role in standing.EDITORS)),
            (self.notice, self._why_not(row, ("running",), role in standing.EDITORS, translate(
                "TermActions", "only a representative or an administrator records notice"))),
            (self.renew, self._why_not(row, ("ending",), role in standing.EDITORS, translate(
                "TermActions", "only a representative or an administrator renews"))),
            (self.review, self._why_not(row, ("running", "ending"), role in periodic_review.HOLDERS, translate(
                "TermActions", "only a representative, a quality checker or an administrator records reviews"))),
            (self.letter, self._why_not(row, ("ending", "terminated"), True, "")),
        ):
            action.setEnabled(reason is None)
            tip = self._tips[action] if reason is None else translate("TermActions", "{action}: not now, {reason}").format(
                action=self._tips[action], reason=reason)
            action.setToolTip(tip)
            action.setStatusTip(tip)

    @staticmethod
    def _why_not_draft(row: RegisterRow | None, allowed: bool) -> str | None:
        """Why a draft's terms cannot be set on ``row`` now (None: they can)."""
        if row is None:
            return translate("TermActions", "select an agreement in the register")
        if row.status is not Status.DRAFT:
            return translate("TermActions", "only a draft's terms change; amend {number} to change its terms").format(
                number=row.number)
        return None if allowed else translate("TermActions", "only a representative or an administrator sets terms")

    @staticmethod
    def _why_not(row: RegisterRow | None, states: tuple[str, ...], allowed: bool, refusal: str) -> str | None:
        """Why a step is off for ``row``: no selection, a term state it does not apply to (``states``), the role
        (``refusal`` says who may)."""
        if row is None:
            return translate("TermActions", "select an agreement in the register")
        if row.term_state not in states:
            state = STATES.get(row.term_state or "", STATES[""])
            return translate("TermActions", state).format(number=row.number)
        return None if allowed else refusal

    def _open(self, make: Callable[[Standing, dt.date], UseCaseDialog], done: str) -> None:
        """Read the selected agreement's standing today, then open the form ``make`` builds on it."""
        if self._row is None:
            return
        number, today = self._row.number, self._today()
        read = operations.query(self._window, self._context, lambda: standing.standing(self._context.db, number, today),
                                what=translate("TermActions", "Terms of {number}").format(number=number))
        if read.value is None:
            return
        dialog = make(read.value, today)
        dialog.reports_to(self._context, Changed.agreement(number), done.format(number=number))
        self.dialog = dialog
        dialog.open()

    def _set_terms(self) -> None:
        if self._row is None:
            return
        number, db = self._row.number, self._context.db
        read = operations.query(self._window, self._context, lambda: get_terms(db, number),
                                what=translate("TermActions", "Terms of {number}").format(number=number))
        if read.value is None:
            return
        terms, row_version = read.value
        dialog = TermsDialog(self._window, self._context, number, terms, row_version)
        dialog.reports_to(self._context, Changed.agreement(number),
                          translate("TermActions", "Terms of {number} saved").format(number=number))
        self.dialog = dialog
        dialog.open()

    def _give_notice(self) -> None:
        self._open(lambda one, today: NoticeDialog(self._window, self._context, one, today),
                   translate("TermActions", "Notice recorded on {number}"))

    def _renew(self) -> None:
        self._open(lambda one, today: RenewDialog(self._window, self._context, one, today),
                   translate("TermActions", "{number} renewed"))

    def _review(self) -> None:
        self._open(lambda one, today: ReviewHeldDialog(self._window, self._context, one, today),
                   translate("TermActions", "Periodic review of {number} recorded"))

    def _letter(self) -> None:
        if self._row is None:
            return
        number, db, actor = self._row.number, self._context.db, self._context.actor
        dialog = PassphraseDialog(self._window, number,
                                  lambda passphrase: export_notice_letter(db, actor, number, passphrase=passphrase),
                                  document=translate("TermActions", "the notice letter of {number}").format(number=number))

        def done(_result: object) -> str:
            files = ", ".join(f"{f.format.upper()} {formatting.short_hash(f.sha256)}" for f in dialog.exported)
            return translate("TermActions", "Notice letter of {number} written into {folder}: {files}").format(
                number=number, folder=dialog.exported[0].path.parent, files=files)

        dialog.reports_to(self._context, Changed.agreement(number), done)
        self.dialog = dialog
        dialog.open()
