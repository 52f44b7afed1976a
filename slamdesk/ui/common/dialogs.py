"""Small forms for lifecycle steps (review comment, signature, termination reason)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.agreements import AgreementDetail, Party
from ...core.certificates import load_certificate_pem
from ...core.errors import ValidationError
from ...core.export import ExportedFile
from ...core.paths import keys_dir
from ...core.requirements import DocumentSummary
from .. import operations
from ..context import AppContext
from ..operations import Changed
from .formatting import document_status_name, party_name
from .i18n import translate
from .widgets import FieldErrors, MessageBar, stale_text

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QCheckBox)


def first_input(window: QWidget) -> QWidget | None:
    """The first input of ``window`` in tab order that a person can type into or choose in."""
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        if isinstance(widget, INPUTS) and widget.isVisibleTo(window) and widget.isEnabled() \
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return widget
        widget = widget.nextInFocusChain()
    return None


class UseCaseDialog(QDialog):
    """A form whose OK button runs one use case (through ``operations.change``); it closes only when that succeeds.

    A ``ValidationError`` is shown beside its field and the dialog stays open;
    a ``ConcurrencyError`` (what the form was opened on changed since) in the
    ``stale_bar`` above the buttons, whose Reload closes the dialog and emits
    ``reload_requested`` for its owner to read the record again; any other
    refusal is shown in a message box. Its owner says where the success is
    told with :meth:`reports_to` (the views' notification and the status line).
    """

    reload_requested = Signal()
    # What a stale refusal says was changed, e.g. "the requirements document", shown through
    # ``translate("UseCaseDialog", subject)``: a subclass marks its own with ``QT_TRANSLATE_NOOP("UseCaseDialog", ...)``.
    subject = QT_TRANSLATE_NOOP("UseCaseDialog", "it")

    def __init__(self, parent: QWidget | None, *, title: str, intro: str, ok_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(620)
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.intro = QLabel(intro, wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.errors.general)
        self.stale_bar = MessageBar()
        self.stale_bar.triggered.connect(self._reload)
        layout.addWidget(self.stale_bar)
        layout.addWidget(self.buttons)
        self._submit: Callable[[], object] = lambda: None
        self._focused = False
        self._tell: tuple[AppContext | None, Changed | None, str | Callable[[object], str] | None] = (None, None, None)

    def add_field(self, name: str, label: str, widget: QWidget) -> None:
        self.form.addRow(label, self.errors.field(name, widget))

    def showEvent(self, event: QShowEvent) -> None:
        """A form opens with the cursor in its first input, never on OK (Enter would submit it unread)."""
        super().showEvent(event)
        if not self._focused:
            self._focused = True
            first = first_input(self)
            if first is not None:
                first.setFocus(Qt.FocusReason.TabFocusReason)

    def on_submit(self, submit: Callable[[], object]) -> None:
        self._submit = submit

    def reports_to(
        self, context: AppContext, changed: Changed | None, done: str | Callable[[object], str] | None = None
    ) -> None:
        """On success, tell every view ``changed`` and put ``done`` in the status line."""
        self._tell = (context, changed, done)

    def accept(self) -> None:
        self.stale_bar.clear()
        context, changed, done = self._tell
        outcome = operations.change(
            self, context, self._submit, what=self.windowTitle(), changed=changed, done=done,
            fields=self.errors,
            stale=lambda error: self.stale_bar.say(stale_text(error, translate("UseCaseDialog", self.subject))),
        )
        if outcome:
            super().accept()

    def _reload(self) -> None:
        self.reject()
        self.reload_requested.emit()


class RedraftDialog(UseCaseDialog):
    """Choose the requirements document a draft's lines are taken from (an amendment's new scope).

    Attributes:
        documents: the customer's requirements documents; the newest is chosen first.
    """

    def __init__(
        self, parent: QWidget | None, number: str, customer: str, documents: list[DocumentSummary], current: int | None
    ) -> None:
        super().__init__(
            parent, title=translate("RedraftDialog", "Update the lines of {number}").format(number=number),
            ok_text=translate("RedraftDialog", "Update lines"),
            intro=translate("RedraftDialog", "Replace the lines of {number} with the priced requirements of one of "
                            "{customer}'s requirements documents, e.g. a new version made for this amendment.").format(
                number=number, customer=customer),
        )
        self.documents = QComboBox()
        for document in documents:
            status = document_status_name(document.status).lower()
            if document.id == current:
                text = translate("RedraftDialog", "{title}, version {version} ({status}) — the agreement's now")
            else:
                text = translate("RedraftDialog", "{title}, version {version} ({status})")
            self.documents.addItem(text.format(title=document.title, version=document.version, status=status), document.id)
        newest = max((d.id for d in documents), default=-1)
        self.documents.setCurrentIndex(max(0, self.documents.findData(newest)))
        self.add_field("requirements_document", translate("RedraftDialog", "Requirements &document:"), self.documents)


class CommentDialog(UseCaseDialog):
    """A review comment or a termination reason.

    Attributes:
        text: the comment editor; ``field`` names it for ``core``'s validation errors.
    """

    def __init__(self, parent: QWidget | None, *, title: str, intro: str, ok_text: str, field: str) -> None:
        super().__init__(parent, title=title, intro=intro, ok_text=ok_text)
        self.text = QPlainTextEdit()
        self.text.setMinimumHeight(90)
        label = translate("CommentDialog", "&Comment:") if field == "comment" else translate("CommentDialog", "&Reason:")
        self.add_field(field, label, self.text)


class SignDialog(UseCaseDialog):
    """Record one party's signature: typed name and title, prefilled where known."""

    def __init__(self, parent: QWidget | None, detail: AgreementDetail, provider_signer: str) -> None:
        super().__init__(
            parent,
            title=translate("SignDialog", "Sign {number}").format(number=detail.number),
            intro=translate(
                "SignDialog",
                "Record a signature: the signatory's full name and title as they appear on the agreement. "
                "The first signature freezes this version.",
            ),
            ok_text=translate("SignDialog", "Sign"),
        )
        self._detail, self._provider_signer = detail, provider_signer
        self.party = QComboBox()
        for party in detail.unsigned_parties:
            self.party.addItem(party_name(party), party)
        self.signer_name = QLineEdit()
        self.signer_title = QLineEdit(placeholderText=translate("SignDialog", "e.g. Account manager"))
        self.add_field("party", translate("SignDialog", "&Party:"), self.party)
        self.add_field("signer_name", translate("SignDialog", "Signatory &name:"), self.signer_name)
        self.add_field("signer_title", translate("SignDialog", "Signatory &title:"), self.signer_title)
        self.party.currentIndexChanged.connect(self._prefill)
        self._prefill()

    def _prefill(self) -> None:
        if self.party.currentData() == Party.CUSTOMER:
            self.signer_name.setText(self._detail.contact_name)
            self.signer_title.setText(self._detail.contact_title)
        else:
            self.signer_name.setText(self._provider_signer)
            self.signer_title.clear()


class PassphraseDialog(UseCaseDialog):
    """Export one agreement (or its ``document``, such as a notice letter), signing its PDF with the provider's key
    unless unticked.

    ``export`` is called with the passphrase (or ``None`` to export unsigned) and
    returns the files written; they are kept in ``exported``. The passphrase is
    only passed on: the fields are emptied whenever the dialog closes.

    Attributes:
        first_use: no provider certificate exists yet; the passphrase is asked twice.
        sign_box: "Sign the PDF", on by default.
        passphrase, confirm: password fields (``confirm`` only on first use).
    """

    def __init__(
        self, parent: QWidget | None, number: str, export: Callable[[str | None], list[ExportedFile]], *,
        document: str = "",
    ) -> None:
        self.first_use = load_certificate_pem(keys_dir()) is None
        what = document or number
        if self.first_use:
            intro = translate(
                "PassphraseDialog",
                "Write {what} as PDF and DOCX into the register. The PDF is signed with the provider's key. "
                "No signing key exists yet: choose a passphrase of at least 8 characters to protect it "
                "and type it twice. Keep it safe; it is needed for every signed export.")
        else:
            intro = translate(
                "PassphraseDialog",
                "Write {what} as PDF and DOCX into the register. The PDF is signed with the provider's key. "
                "Type the passphrase of the provider's signing key.")
        super().__init__(parent, title=translate("PassphraseDialog", "Export {what}").format(what=what),
                         intro=intro.format(what=what), ok_text=translate("PassphraseDialog", "Export"))
        self.setMinimumWidth(680)
        self._export = export
        self.exported: list[ExportedFile] = []
        self.sign_box = QCheckBox(translate("PassphraseDialog", "&Sign the PDF (PAdES, with the provider's certificate)"))
        self.sign_box.setChecked(True)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setMinimumWidth(240)
        self.form.addRow("", self.sign_box)
        self.add_field("passphrase", translate("PassphraseDialog", "&Passphrase:"), self.passphrase)
        self.confirm: QLineEdit | None = None
        if self.first_use:
            self.confirm = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
            self.confirm.setMinimumWidth(240)
            self.add_field("confirm", translate("PassphraseDialog", "&Confirm:"), self.confirm)
        self.sign_box.toggled.connect(self._sign_toggled)
        self.on_submit(self._run)
        self.passphrase.setFocus()

    def _fields(self) -> list[QLineEdit]:
        return [self.passphrase] + ([self.confirm] if self.confirm is not None else [])

    def _sign_toggled(self, sign: bool) -> None:
        for field in self._fields():
            field.setEnabled(sign)
            if not sign:
                field.clear()
        self.errors.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("PassphraseDialog", "Export") if sign else translate("PassphraseDialog", "Export unsigned"))

    def _run(self) -> None:
        passphrase: str | None = None
        if self.sign_box.isChecked():
            passphrase = self.passphrase.text()
            if self.confirm is not None and passphrase and self.confirm.text() != passphrase:
                raise ValidationError(translate("PassphraseDialog", "the two passphrases differ"), field="confirm")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.exported = self._export(passphrase)
        finally:
            QApplication.restoreOverrideCursor()

    def accept(self) -> None:
        super().accept()
        if self.result() != QDialog.DialogCode.Accepted:
            self.passphrase.selectAll()
            self.passphrase.setFocus()

    def done(self, result: int) -> None:
        for field in self._fields():
            field.clear()
        super().done(result)
