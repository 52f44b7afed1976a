"""The monitoring window's This agreement menu: the chosen agreement's KPI report and credit note of the chosen
period, written into the register, and what its tickets would have come to at every level (a mixin of
``MonitoringWindow``).

Every rule is core's (``kpi_report.export_report``, ``credit_export.export_credit_note``,
``what_if.what_if``): the report is written in a worker with its own connection; the credit note goes
through the passphrase dialog every signed export uses (core refuses a period not closed, and the
menu says why before anyone tries); the what-if is read in a worker and shown in its own dialog.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QLabel, QMenu, QPushButton, QWidget

from ...core.db import Database
from ...core.export import ExportedFile
from ...core.monitoring import kpi_report, periods
from .. import operations
from ..common import formatting
from ..common.background import BackgroundJob, JobControl
from ..common.dialogs import PassphraseDialog
from ..common.i18n import translate
from ..context import AppContext
from ..operations import Changed
from .what_if_dialog import WhatIfDialog


class AgreementDocuments:
    """``documents_button`` and its menu (``build_documents``), and the three steps behind it.

    Attributes:
        report_action, credit_note_action, what_if_action: the menu's entries.
        documents_message: what the last report or credit note did, as the state line says it.
        documents_dialog: the passphrase or what-if dialog opened last (tests fill it in).
    """

    _context: AppContext
    state: QLabel
    data: object
    documents_message: str = ""
    documents_dialog: QDialog | None = None
    report_job: BackgroundJob | None = None

    @property
    def number(self) -> str:
        raise NotImplementedError

    @property
    def chosen(self) -> periods.Period:
        raise NotImplementedError

    def build_documents(self) -> QPushButton:
        parent = self if isinstance(self, QWidget) else None
        self.documents_button = QPushButton(translate("MonitoringWindow", "This a&greement"), parent)
        menu = QMenu(self.documents_button)
        menu.setToolTipsVisible(True)
        self.report_action = menu.addAction(translate("MonitoringWindow", "Write its &KPI report (PDF and DOCX)"))
        self.report_action.setToolTip(translate(
            "MonitoringWindow", "This period's figures, trend, breaches, credits and experience as a report, into the "
            "register"))
        self.credit_note_action = menu.addAction(translate("MonitoringWindow", "Export its &credit note…"))
        self.what_if_action = menu.addAction(translate("MonitoringWindow", "&What if at another level…"))
        self.what_if_action.setToolTip(translate(
            "MonitoringWindow", "This period's tickets and outages measured against every level of each line's "
            "service, with today's price of each"))
        self.documents_button.setMenu(menu)
        self.report_action.triggered.connect(self.write_report)
        self.credit_note_action.triggered.connect(self.export_credit_note)
        self.what_if_action.triggered.connect(self.show_what_if)
        self.documents_enabled()
        return self.documents_button

    def documents_enabled(self) -> None:
        """On for one agreement (not the portfolio); the credit note once the shown period is closed."""
        one = bool(self.number)
        self.documents_button.setEnabled(one)
        self.documents_button.setToolTip(
            translate("MonitoringWindow", "The KPI report, the credit note and the what-if of the agreement shown")
            if one else translate("MonitoringWindow", "Select an agreement in the register first"))
        data = self.data if isinstance(self.data, kpi_report.ReportData) else None
        shown = data is not None and data.figures.number == self.number and data.figures.period == self.chosen.name
        closed = shown and data is not None and data.figures.closed_at is not None
        self.credit_note_action.setEnabled(closed)
        self.credit_note_action.setToolTip(
            translate("MonitoringWindow", "The credits this closed period owes, as a signed PDF and a DOCX, into the "
                                          "register") if closed
            else translate("MonitoringWindow", "A credit note is made from a closed period's figures: close {period} "
                                               "first").format(period=self.chosen.name))

    def write_report(self) -> BackgroundJob | None:
        """The chosen agreement's KPI report of the chosen period, PDF and DOCX, written in a worker."""
        number, chosen, target, actor = self.number, self.chosen, self._context.db.target, self._context.actor
        if not number:
            return None
        now = dt.datetime.now(dt.UTC)
        parent = self if isinstance(self, QWidget) else None

        def work(control: JobControl) -> object:
            db = Database.open(target, daily_backup=False)
            try:
                return kpi_report.export_report(db, actor, number, chosen, now)
            finally:
                db.close()

        def finished(result: object, error: str) -> None:
            self.report_action.setEnabled(True)
            if error or not isinstance(result, list):
                self.documents_message = translate("MonitoringWindow", "The report of {number} was not written: "
                                                                       "{reason}").format(number=number, reason=error)
            else:
                self.documents_message = written_text(
                    result, translate("MonitoringWindow", "KPI report of {number} for {period}").format(
                        number=number, period=chosen.name))
                operations.notify(self._context, Changed.agreement(number))
            self.state.setText(self.documents_message)

        self.report_action.setEnabled(False)  # one at a time
        self.state.setText(translate("MonitoringWindow", "Writing the KPI report of {number} for {period}…").format(
            number=number, period=chosen.name))
        job = BackgroundJob(work, parent)
        job.finished.connect(finished)
        self.report_job = job
        job.start()
        return job

    def export_credit_note(self) -> PassphraseDialog | None:
        """The chosen closed period's credit note, signed unless unticked, through the passphrase dialog."""
        from ...core.monitoring.credit_export import export_credit_note

        number, chosen, db, actor = self.number, self.chosen, self._context.db, self._context.actor
        if not number:
            return None
        parent = self if isinstance(self, QWidget) else None
        now = dt.datetime.now(dt.UTC)
        dialog = PassphraseDialog(
            parent, number, lambda passphrase: export_credit_note(db, actor, number, chosen, now, passphrase=passphrase),
            document=translate("MonitoringWindow", "the credit note of {number} for {period}").format(
                number=number, period=chosen.name))

        def done(_result: object) -> str:
            self.documents_message = written_text(
                dialog.exported, translate("MonitoringWindow", "Credit note of {number} for {period}").format(
                    number=number, period=chosen.name))
            self.state.setText(self.documents_message)
            return self.documents_message

        dialog.reports_to(self._context, Changed.agreement(number), done)
        self.documents_dialog = dialog
        dialog.open()
        return dialog

    def show_what_if(self) -> WhatIfDialog | None:
        """The what-if of the chosen agreement and period, in a dialog that reads it in a worker."""
        if not self.number:
            return None
        parent = self if isinstance(self, QWidget) else None
        dialog = WhatIfDialog(self._context, self.number, self.chosen, parent)
        self.documents_dialog = dialog
        dialog.open()
        return dialog


def written_text(files: list[ExportedFile], what: str) -> str:
    """``KPI report of SLA-2026-0001 for 2026-10 written into /…/reports: PDF 3f2a…, DOCX 9c1b…`` (or, when the
    register holds these very bytes already, that nothing was written)."""
    if not files:
        return what
    folder = files[0].path.parent
    written = [f for f in files if not f.existing]
    if not written:
        return translate("MonitoringWindow", "{what} is already in the register, the same to the byte: nothing was "
                                             "written ({folder})").format(what=what, folder=folder)
    listed = ", ".join(f"{f.format.upper()} {formatting.short_hash(f.sha256)}" for f in written)
    return translate("MonitoringWindow", "{what} written into {folder}: {files}").format(
        what=what, folder=folder, files=listed)
