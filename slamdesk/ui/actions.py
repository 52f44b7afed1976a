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
            "submit", "Su&bmit for review…", "Send the draft to named reviewers with roles and due dates", self._submit
        )
        self.start_round = self._action(
            "start_round", "Start review &round…", "Send the version in review to named reviewers", self._start_round
        )
        self.checklist = self._action(
            "checklist", "&Quality checklist…", "Run the automatic quality checks on the current version",
            self._checklist,
        )
        self.approve = self._action("approve", "&Approve…", "Approve the agreement after review", self._approve)
        self.request_changes = self._action(
            "request_changes", "Request &changes…", "Send the agreement back with a comment", self._request_changes
        )
        self.revise = self._action("revise", "&Revise", "Take the agreement back to draft to change it", self._revise)
        self.sign = self._action(
            "sign", "&Sign…", "See who has signed and who is next, and record a signature in that order", self._sign
        )
        self.signing_order = self._action(
            "signing_order", "Signing &order…", "Name each party's signatories and the order they sign in",
            self._signing_order,
        )
        self.activate = self._action("activate", "Act&ivate", "Put the signed agreement into force", self._activate)
        self.terminate = self._action("terminate", "&Terminate…", "End the agreement, giving a reason", self._terminate)
        self.clauses = self._action(
            "clauses", "C&lauses…", "Pick the agreement's clauses from the library and edit its copies", self._clauses
        )
        self.compare = self._action(
            "compare", "Compare &versions…", "Compare two versions clause by clause and line by line", self._compare
        )
        self.amend = self._action(
            "amend", "A&mend…", "Start a new draft version of a signed agreement, with its own review and signatures",
            self._amend,
        )
        self.redraft = self._action(
            "redraft", "&Update lines from requirements…",
            "Take this draft's lines from a newer version of the customer's requirements", self._redraft,
        )
        self.export = self._action(
            "export", "&Export to register…", "Write PDF (signed) and DOCX into the register folder", self._export
        )
        self.export.setShortcut(QKeySequence("Ctrl+E"))
        self.preview = self._action(
            "preview", "&Preview PDF…", "Show the agreement's PDF as an export would write it, before exporting",
            self._preview,
        )
        self.preview.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.preview.setToolTip("Preview the agreement's PDF (Ctrl+Shift+P)")
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
                reason: str | None = "select an agreement in the register"
            elif detail is not None and detail.number == row.number:
                reason = why_not_for(detail, self._context.actor, action.data())
            else:
                reason = why_not(action.data(), row.working_status)
            action.setEnabled(reason is None)
            tip = self._tips[action] if reason is None else f"{self._tips[action]}: not now, {reason}"
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
            self._open(dialog, "{number} sent for review")

    def _start_round(self) -> None:
        if self._row is not None:
            dialog = ReviewRoundDialog(self._window, self._context, self._row.number, submit=False)
            self._open(dialog, "Review round started on {number}")

    def _checklist(self) -> None:
        self._show("Quality checklist", lambda number: ChecklistDialog(self._window, self._context, number))

    def _revise(self) -> None:
        db, actor = self._context.db, self._context.actor
        self._run("Revise", lambda n: agreements.revise(db, actor, n), "{number} is a draft again")

    def _activate(self) -> None:
        db, actor = self._context.db, self._context.actor
        self._run("Activate", lambda n: agreements.activate(db, actor, n), "{number} is active")

    def _export(self) -> None:
        if self._row is None:
            return
        number, db, actor = self._row.number, self._context.db, self._context.actor
        dialog = PassphraseDialog(
            self._window, number,
            lambda passphrase: export.export_agreement(db, actor, number, passphrase=passphrase),
        )

        def done(_result: object) -> str:
            written = dialog.exported
            files = ", ".join(f"{f.format.upper()} {formatting.short_hash(f.sha256)}" for f in written)
            signed = "signed" if dialog.sign_box.isChecked() else "unsigned"
            return f"Exported {number} ({signed}) into {written[0].path.parent}: {files}"

        dialog.reports_to(self._context, Changed.agreement(number), done)
        self.dialog = dialog
        dialog.open()

    def _show(self, title: str, make: Callable[[str], QDialog]) -> None:
        """Open a window about the selected agreement; a refusal to open it goes in a message box."""
        if self._row is None:
            return
        number = self._row.number
        opened = operations.query(self._window, self._context, lambda: make(number), what=f"{title} of {number}")
        if not opened:
            return
        dialog = opened.value
        assert dialog is not None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def _clauses(self) -> None:
        self._show("Clauses", lambda number: AgreementClausesDialog(self._window, self._context, number))

    def _compare(self) -> None:
        """Compare two versions; an agreement with one version says so in a small message, not an empty window."""
        if self._row is None:
            return
        number = self._row.number
        found = operations.query(self._window, self._context, lambda: versions.list_versions(self._context.db, number),
                                 what=f"Versions of {number}")
        listed = found.value
        if listed is None:
            return
        if len(listed) < 2:
            self.message_box = feedback.show_information(self._window, f"Versions of {number}",
                                                         one_version_text(number, listed[0]))
            return
        self._show("Versions", lambda number: VersionCompareDialog(self._window, self._context, number))

    def _amend(self) -> None:
        if self._row is None:
            return
        number, db, actor = self._row.number, self._context.db, self._context.actor
        dialog = CommentDialog(
            self._window, title=f"Amend {number}", ok_text="Start amendment", field="reason",
            intro=(f"Start a new draft version of {number}. The signed version stays in force, unchanged, "
                   "until the amendment is reviewed and signed. Say why it is amended."),
        )
        dialog.on_submit(lambda: versions.amend(db, actor, number, dialog.text.toPlainText()))
        self._open(dialog, "{number}: amendment started as a new draft version")

    def _redraft(self) -> None:
        if self._row is None:
            return
        number, db, actor = self._row.number, self._context.db, self._context.actor
        documents = [d for d in requirements.list_documents(db) if d.customer_name == self._row.customer]
        current = agreements.requirements_document_of(db, number)
        dialog = RedraftDialog(self._window, number, self._row.customer, documents, current)
        dialog.on_submit(lambda: agreements.redraft_lines(db, actor, number, dialog.documents.currentData() or 0))
        self._open(dialog, "{number}: lines updated from the requirements")

    def _preview(self) -> None:
        if self._row is None:
            return
        number = self._row.number
        opened = operations.query(self._window, self._context,
                                  lambda: PdfPreviewDialog(self._window, self._context.db, number, self.export),
                                  what=f"Preview of {number}")
        dialog = opened.value
        if dialog is None:
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: self._preview_closed(dialog))
        self.preview_dialog = dialog
        dialog.open()
        self._context.message.emit(f"Preview of {number}: {dialog.page_count} page{'s' if dialog.page_count != 1 else ''}")

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
            return f"{number} approved"
        return f"{number}: your approval is recorded; the other reviewers have yet to decide"

    def _request_changes(self) -> None:
        if self._row is not None:
            dialog = ReviewDecisionDialog(self._window, self._context, self._row.number, decision="request_changes")
            self._open(dialog, "Changes requested on {number}")

    def _terminate(self) -> None:
        if self._row is None:
            return
        number, db, actor = self._row.number, self._context.db, self._context.actor
        dialog = CommentDialog(
            self._window, title=f"Terminate {number}", ok_text="Terminate", field="reason",
            intro=f"Terminate {number}. The reason is kept in the audit trail.",
        )
        dialog.on_submit(lambda: agreements.terminate(db, actor, number, dialog.text.toPlainText()))
        self._open(dialog, "{number} terminated")

    def _sign(self) -> None:
        """Who has signed and who is next; only the next group's signatories can sign."""
        if self._row is None:
            return
        number = self._row.number
        opened = operations.query(self._window, self._context, lambda: SigningDialog(self._window, self._context, number),
                                  what=f"Sign {number}")
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
                                  what=f"Signing order of {number}")
        if opened.value is None:
            return
        self.dialog = dialog = opened.value
        dialog.open()
