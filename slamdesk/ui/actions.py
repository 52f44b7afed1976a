"""Lifecycle and export actions on the agreement selected in the register."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ..core import agreements, export, requirements, versions
from ..core.lifecycle import Status, why_not
from ..core.next_steps import why_not_for
from ..core.register import RegisterRow
from ..core.views import AgreementDetail
from . import operations
from .clauses.agreement_clauses import AgreementClausesDialog
from .common import feedback, formatting
from .common.dialogs import CommentDialog, PassphraseDialog, RedraftDialog, UseCaseDialog
from .common.i18n import translate
from .common.pdf_preview import PdfPreviewDialog
from .context import AppContext
from .operations import Changed
from .review.checklist import ChecklistDialog
from .review.decision_dialog import ReviewDecisionDialog
from .review.round_dialog import ReviewRoundDialog
from .signing.signatories_dialog import SignatoriesDialog
from .signing.signing_dialog import SigningDialog
from .versions.version_compare import VersionCompareDialog
from .versions.wording import one_version_text


class AgreementActions(QObject):
    """One ``QAction`` per step an agreement can take, enabled by its status.

    Attributes:
        dialog: the form opened by the last action that needs one (tests fill it in).
        preview_dialog: the open PDF preview, if any.
    """

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self._context, self._window = context, window
        self._row: RegisterRow | None = None
        self.dialog: QDialog | None = None
        self.preview_dialog: PdfPreviewDialog | None = None
        self._tips: dict[QAction, str] = {}  # each action's own tooltip, before any reason it is off
        self.message_box: QMessageBox | None = None  # a small message shown instead of a window
        self.submit = self._action(
            "submit", translate("AgreementActions", "Su&bmit for review…"),
            translate("AgreementActions", "Send the draft to named reviewers with roles and due dates"), self._submit)
        self.start_round = self._action(
            "start_round", translate("AgreementActions", "Start review &round…"),
            translate("AgreementActions", "Send the version in review to named reviewers"), self._start_round)
        self.checklist = self._action(
            "checklist", translate("AgreementActions", "&Quality checklist…"),
            translate("AgreementActions", "Run the automatic quality checks on the current version"), self._checklist)
        self.approve = self._action("approve", translate("AgreementActions", "&Approve…"),
                                    translate("AgreementActions", "Approve the agreement after review"), self._approve)
        self.request_changes = self._action(
            "request_changes", translate("AgreementActions", "Request &changes…"),
            translate("AgreementActions", "Send the agreement back with a comment"), self._request_changes)
        self.revise = self._action("revise", translate("AgreementActions", "&Revise"),
                                   translate("AgreementActions", "Take the agreement back to draft to change it"), self._revise)
        self.sign = self._action(
            "sign", translate("AgreementActions", "&Sign…"),
            translate("AgreementActions", "See who has signed and who is next, and record a signature in that order"),
            self._sign)
        self.signing_order = self._action(
            "signing_order", translate("AgreementActions", "Signing &order…"),
            translate("AgreementActions", "Name each party's signatories and the order they sign in"), self._signing_order)
        self.activate = self._action("activate", translate("AgreementActions", "Act&ivate"),
                                     translate("AgreementActions", "Put the signed agreement into force"), self._activate)
        self.terminate = self._action("terminate", translate("AgreementActions", "&Terminate…"),
                                      translate("AgreementActions", "End the agreement, giving a reason"), self._terminate)
        self.clauses = self._action(
            "clauses", translate("AgreementActions", "C&lauses…"),
            translate("AgreementActions", "Pick the agreement's clauses from the library and edit its copies"), self._clauses)
        self.compare = self._action(
            "compare", translate("AgreementActions", "Compare &versions…"),
            translate("AgreementActions", "Compare two versions clause by clause and line by line"), self._compare)
        self.amend = self._action(
            "amend", translate("AgreementActions", "A&mend…"),
            translate("AgreementActions", "Start a new draft version of a signed agreement, with its own review and signatures"),
            self._amend)
        self.redraft = self._action(
            "redraft", translate("AgreementActions", "&Update lines from requirements…"),
            translate("AgreementActions", "Take this draft's lines from a newer version of the customer's requirements"),
            self._redraft)
        self.export = self._action(
            "export", translate("AgreementActions", "&Export to register…"),
            translate("AgreementActions", "Write PDF (signed) and DOCX into the register folder"), self._export)
        self.export.setShortcut(QKeySequence("Ctrl+E"))
        self.preview = self._action(
            "preview", translate("AgreementActions", "&Preview PDF…"),
            translate("AgreementActions", "Show the agreement's PDF as an export would write it, before exporting"),
            self._preview)
        self.preview.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.preview.setToolTip(translate("AgreementActions", "Preview the agreement's PDF (Ctrl+Shift+P)"))
        self.set_current(None)

    def _action(self, name: str, text: str, tip: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"action_{name}")
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.setData(name)
        self._tips[action] = tip
        action.triggered.connect(slot)
        return action

    @property
    def lifecycle(self) -> list[QAction]:
        return [
            self.submit, self.approve, self.request_changes, self.revise, self.signing_order, self.sign,
            self.activate, self.terminate,
        ]

    def set_current(self, row: RegisterRow | None, detail: AgreementDetail | None = None) -> None:
        """Follow the selected agreement: enable exactly the steps its status allows the acting person.

        With its ``detail`` (the current version, as read for the details panel) a step the person cannot take
        (approve when not a reviewer in the round, sign for no party still to sign) is off too, and says why.
        """
        self._row = row
        for action in [*self.lifecycle, self.export, self.amend, self.redraft, self.start_round]:
            if row is None:
                reason: str | None = translate("AgreementActions", "select an agreement in the register")
            elif detail is not None and detail.number == row.number:
                reason = why_not_for(detail, self._context.actor, action.data())
            else:
                reason = why_not(action.data(), row.working_status)
            action.setEnabled(reason is None)
            tip = self._tips[action] if reason is None else translate(
                "AgreementActions", "{action}: not now, {reason}").format(action=self._tips[action], reason=reason)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.preview.setEnabled(row is not None)  # any status: drafts are previewed too
        for action in (self.clauses, self.compare, self.checklist):  # read-only where the version is fixed; the dialog says so
            action.setEnabled(row is not None)

    # Steps without a form

    def _run(self, what: str, call: Callable[[str], object], done: str | Callable[[], str]) -> None:
        if self._row is not None:
            number = self._row.number
            message = done.format(number=number) if isinstance(done, str) else (lambda _result: done())
            operations.change(self._window, self._context, lambda: call(number), what=what,
                              changed=Changed.agreement(number), done=message)

    def _submit(self) -> None:
        if self._row is not None:
            dialog = ReviewRoundDialog(self._window, self._context, self._row.number, submit=True)
            self._open(dialog, translate("AgreementActions", "{number} sent for review"))

    def _start_round(self) -> None:
        if self._row is not None:
            dialog = ReviewRoundDialog(self._window, self._context, self._row.number, submit=False)
            self._open(dialog, translate("AgreementActions", "Review round started on {number}"))

    def _checklist(self) -> None:
        self._show(translate("AgreementActions", "Quality checklist of {number}"),
                   lambda number: ChecklistDialog(self._window, self._context, number))

    def _revise(self) -> None:
        db, actor = self._context.db, self._context.actor
        self._run(translate("AgreementActions", "Revise"), lambda n: agreements.revise(db, actor, n),
                  translate("AgreementActions", "{number} is a draft again"))

    def _activate(self) -> None:
        db, actor = self._context.db, self._context.actor
        self._run(translate("AgreementActions", "Activate"), lambda n: agreements.activate(db, actor, n),
                  translate("AgreementActions", "{number} is active"))

    def _export(self) -> None:
        if self._row is None:
            return
        number, db, actor = self._row.number, self._context.db, self._context.actor
        dialog = PassphraseDialog(
            self._window, number,
            lambda passphrase: export.export_agreement(db, actor, number, passphrase=passphrase),
        )

        def done(_result: object) -> str:
            folder = dialog.exported[0].path.parent
            written = [f for f in dialog.exported if not f.existing]
            kept = " ".join(f.format.upper() for f in dialog.exported if f.existing)
            if not written:  # the register holds these very bytes already: nothing was written or recorded
                return translate("AgreementActions", "{number} is already in the register, the same to the byte: nothing "
                                                     "was written ({folder})").format(number=number, folder=folder)
            files = ", ".join(f"{f.format.upper()} {formatting.short_hash(f.sha256)}" for f in written)
            said = (translate("AgreementActions", "Exported {number} (signed) into {folder}: {files}")
                    if dialog.sign_box.isChecked()
                    else translate("AgreementActions", "Exported {number} (unsigned) into {folder}: {files}"))
            said = said.format(number=number, folder=folder, files=files)
            if kept:
                said += " " + translate("AgreementActions", "({formats} already there, not written again)").format(
                    formats=kept)
            return said

        dialog.reports_to(self._context, Changed.agreement(number), done)
        self.dialog = dialog
        dialog.open()

    def _show(self, what: str, make: Callable[[str], QDialog]) -> None:
        """Open a window about the selected agreement; a refusal to open it goes in a message box titled ``what``
        (its ``{number}`` filled in)."""
        if self._row is None:
            return
        number = self._row.number
        opened = operations.query(self._window, self._context, lambda: make(number), what=what.format(number=number))
        if not opened:
            return
        dialog = opened.value
        assert dialog is not None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def _clauses(self) -> None:
        self._show(translate("AgreementActions", "Clauses of {number}"),
                   lambda number: AgreementClausesDialog(self._window, self._context, number))

    def _compare(self) -> None:
        """Compare two versions; an agreement with one version says so in a small message, not an empty window."""
        if self._row is None:
            return
        number = self._row.number
        found = operations.query(self._window, self._context, lambda: versions.list_versions(self._context.db, number),
                                 what=translate("AgreementActions", "Versions of {number}").format(number=number))
        listed = found.value
        if listed is None:
            return
        if len(listed) < 2:
            self.message_box = feedback.show_information(
                self._window, translate("AgreementActions", "Versions of {number}").format(number=number),
                one_version_text(number, listed[0]))
            return
        self._show(translate("AgreementActions", "Versions of {number}"),
                   lambda number: VersionCompareDialog(self._window, self._context, number))

    def _amend(self) -> None:
        if self._row is None:
            return
        number, db, actor = self._row.number, self._context.db, self._context.actor
        dialog = CommentDialog(
            self._window, title=translate("AgreementActions", "Amend {number}").format(number=number),
            ok_text=translate("AgreementActions", "Start amendment"), field="reason",
            intro=translate(
                "AgreementActions",
                "Start a new draft version of {number}. The signed version stays in force, unchanged, until the amendment "
                "is reviewed and signed. Say why it is amended.").format(number=number),
        )
        dialog.on_submit(lambda: versions.amend(db, actor, number, dialog.text.toPlainText()))
        self._open(dialog, translate("AgreementActions", "{number}: amendment started as a new draft version"))

    def _redraft(self) -> None:
        if self._row is None:
            return
        number, db, actor = self._row.number, self._context.db, self._context.actor
        documents = [d for d in requirements.list_documents(db) if d.customer_name == self._row.customer]
        current = agreements.requirements_document_of(db, number)
        dialog = RedraftDialog(self._window, number, self._row.customer, documents, current)
        dialog.on_submit(lambda: agreements.redraft_lines(db, actor, number, dialog.documents.currentData() or 0))
        self._open(dialog, translate("AgreementActions", "{number}: lines updated from the requirements"))

    def _preview(self) -> None:
        if self._row is None:
            return
        number = self._row.number
        opened = operations.query(self._window, self._context,
                                  lambda: PdfPreviewDialog(self._window, self._context.db, number, self.export),
                                  what=translate("AgreementActions", "Preview of {number}").format(number=number))
        dialog = opened.value
        if dialog is None:
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: self._preview_closed(dialog))
        self.preview_dialog = dialog
        dialog.open()
        pages = dialog.page_count
        self._context.message.emit(translate("AgreementActions", "Preview of {number}: %n page(s)", None, pages).format(
            number=number))

    def _preview_closed(self, dialog: PdfPreviewDialog) -> None:
        if self.preview_dialog is dialog:
            self.preview_dialog = None

    # Steps with a form

    def _open(self, dialog: UseCaseDialog, done: str | Callable[[str], str]) -> None:
        """Open a form; when its use case succeeds, views refresh and the status bar says ``done``."""
        assert self._row is not None
        number = self._row.number
        message = (lambda _result: done(number)) if callable(done) else done.format(number=number)
        dialog.reports_to(self._context, Changed.agreement(number), message)
        self.dialog = dialog
        dialog.open()

    def _approve(self) -> None:
        if self._row is not None:
            dialog = ReviewDecisionDialog(self._window, self._context, self._row.number, decision="approve")
            self._open(dialog, self._approved)

    def _approved(self, number: str) -> str:
        if agreements.get_agreement(self._context.db, number).status is Status.APPROVED:
            return translate("AgreementActions", "{number} approved").format(number=number)
        return translate("AgreementActions",
                         "{number}: your approval is recorded; the other reviewers have yet to decide").format(number=number)

    def _request_changes(self) -> None:
        if self._row is not None:
            dialog = ReviewDecisionDialog(self._window, self._context, self._row.number, decision="request_changes")
            self._open(dialog, translate("AgreementActions", "Changes requested on {number}"))

    def _terminate(self) -> None:
        if self._row is None:
            return
        number, db, actor = self._row.number, self._context.db, self._context.actor
        dialog = CommentDialog(
            self._window, title=translate("AgreementActions", "Terminate {number}").format(number=number),
            ok_text=translate("AgreementActions", "Terminate"), field="reason",
            intro=translate("AgreementActions", "Terminate {number}. The reason is kept in the audit trail.").format(
                number=number),
        )
        dialog.on_submit(lambda: agreements.terminate(db, actor, number, dialog.text.toPlainText()))
        self._open(dialog, translate("AgreementActions", "{number} terminated"))

    def _sign(self) -> None:
        """Who has signed and who is next; only the next group's signatories can sign."""
        if self._row is None:
            return
        number = self._row.number
        opened = operations.query(self._window, self._context, lambda: SigningDialog(self._window, self._context, number),
                                  what=translate("AgreementActions", "Sign {number}").format(number=number))
        if opened.value is None:
            return
        self.dialog = dialog = opened.value
        dialog.open()

    def _signing_order(self) -> None:
        """Who signs for each party and in which order; fixed once the first person signs."""
        if self._row is None:
            return
        number = self._row.number
        opened = operations.query(self._window, self._context,
                                  lambda: SignatoriesDialog(self._window, self._context, number),
                                  what=translate("AgreementActions", "Signing order of {number}").format(number=number))
        if opened.value is None:
            return
        self.dialog = dialog = opened.value
        dialog.open()
