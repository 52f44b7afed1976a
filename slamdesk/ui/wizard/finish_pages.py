"""Step 5: export PDF and DOCX into the register, then show what was written."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QTextBrowser

from ...core import agreements, export
from ...core.paths import register_dir
from ..common import formatting
from ..common.dialogs import PassphraseDialog
from ..common.i18n import translate
from ..context import AppContext
from .base import StepPage
from .state import WizardState


class ExportPage(StepPage):
    def __init__(self, context: AppContext, state: WizardState) -> None:
        super().__init__(
            context, state, title=translate("ExportPage", "Contract register"),
            subtitle=translate("ExportPage", "The signed agreement can be written as PDF and DOCX into the register "
                                             "folder, where each file is recorded with its SHA-256. The PDF is signed "
                                             "with the provider's key."),
        )
        self.summary = QLabel(wordWrap=True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_box = QCheckBox(translate("ExportPage", "&Export PDF and DOCX into the register now"))
        self.export_box.setChecked(True)
        self.export_box.toggled.connect(self._update_button)
        self.dialog: PassphraseDialog | None = None
        self.body.addWidget(self.summary)
        self.body.addWidget(self.export_box)
        self.finish_layout()
        self.setCommitPage(True)
        self._update_button()

    def initializePage(self) -> None:
        assert self.state.number is not None
        detail = agreements.get_agreement(self.context.db, self.state.number)
        folder = register_dir(self.context.db.path)
        self.summary.setText(translate(
            "ExportPage", "<b>{number}</b> is <b>signed</b> by both parties: {amount} per month from {start} to {end}."
                          "<br><br>Register folder: {folder}").format(
            number=escape(detail.number), amount=formatting.money(detail.monthly_total, detail.currency),
            start=formatting.date(detail.start_date), end=formatting.date(detail.end_date), folder=escape(str(folder))))

    def _update_button(self) -> None:
        self.set_commit_text(translate("ExportPage", "E&xport") if self.export_box.isChecked()
                             else translate("ExportPage", "&Continue without export"))

    def validatePage(self) -> bool:
        """Export through the passphrase dialog; once it has written the files, move on."""
        number = self.state.number
        assert number is not None
        if not self.export_box.isChecked() or self.state.exported:
            return True
        db, actor = self.context.db, self.context.actor
        self.errors.clear()
        dialog = PassphraseDialog(
            self, number, lambda passphrase: export.export_agreement(db, actor, number, passphrase=passphrase)
        )
        dialog.accepted.connect(lambda: self._exported(dialog))
        self.dialog = dialog
        dialog.open()
        return False

    def _exported(self, dialog: PassphraseDialog) -> None:
        self.state.exported = dialog.exported
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()


class DonePage(StepPage):
    def __init__(self, context: AppContext, state: WizardState) -> None:
        super().__init__(context, state, title=translate("DonePage", "Done"),
                         subtitle=translate("DonePage", "The agreement is signed and in the register."))
        self.report = QTextBrowser()
        self.report.setOpenLinks(False)
        self.body.addWidget(self.report, 1)
        self.finish_layout(stretch=False)

    def initializePage(self) -> None:
        number = self.state.number or ""
        if not self.state.exported:
            self.report.setHtml(translate(
                "DonePage", "<p><b>{number}</b> is signed. It was not exported; select it in the register and "
                            "choose <i>Export to register</i> (Ctrl+E) when you need the documents.</p>").format(
                number=escape(number)))
            return
        rows = "".join(
            f"<tr><td><b>{file.format.upper()}</b></td><td>{escape(str(file.path))}</td></tr>"
            f"<tr><td></td><td style='font-family: monospace'>SHA-256 {file.sha256}</td></tr>"
            f"<tr><td></td><td style='color:#718096'>{formatting.file_size(file.size_bytes)}</td></tr>"
            for file in self.state.exported
        )
        self.report.setHtml(
            translate("DonePage", "<p><b>{number}</b> is signed and these files were written into the register:</p>").format(
                number=escape(number))
            + f"<table cellspacing=0 cellpadding=4>{rows}</table>"
            + translate("DonePage", "<p>Press <i>Finish</i>: the register then shows the new agreement selected.</p>"))
