"""The monitoring window's Reports for every agreement: each signed agreement's report of the chosen period,
written in a worker with progress and Cancel (a mixin of ``MonitoringWindow``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressDialog, QPushButton, QWidget

from ...core.db import Database
from ...core.monitoring import kpi_report, periods
from ..common.background import BackgroundJob, JobControl
from ..common.i18n import translate
from ..context import AppContext


class ReportsWriter:
    """Writes every signed agreement's report of the chosen period (``write_reports``).

    Attributes:
        reports_message: what the last run did, as the window's state line says it.
    """

    _context: AppContext
    reports_button: QPushButton
    state: QLabel
    reports_message: str

    @property
    def chosen(self) -> periods.Period:
        raise NotImplementedError

    def write_reports(self) -> BackgroundJob:
        """Every signed agreement's report of the chosen period, in a worker, with progress and cancel."""
        parent = self if isinstance(self, QWidget) else None
        chosen, target, actor = self.chosen, self._context.db.target, self._context.actor
        now = dt.datetime.now(dt.UTC)
        self.reports_button.setEnabled(False)
        progress = QProgressDialog(translate("MonitoringWindow", "Writing the reports of {period}…").format(period=chosen.name),
                                   translate("MonitoringWindow", "Cancel"), 0, 0, parent)
        progress.setWindowTitle(translate("MonitoringWindow", "Reports"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        self.reports_progress = progress

        def work(control: JobControl) -> object:
            db = Database.open(target, daily_backup=False)
            try:
                return kpi_report.export_reports(db, actor, chosen, now, should_cancel=control.cancelled,
                                                 progress=control.progress)
            finally:
                db.close()

        job = BackgroundJob(work, parent)

        def step(done: int, total: int, number: str) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            if number:
                progress.setLabelText(translate("MonitoringWindow", "Writing the report of {number} ({done} of {total})…").format(
                    number=number, done=f"{done + 1:,}", total=f"{total:,}"))

        def finished(result: object, error: str) -> None:
            progress.close()
            self.reports_button.setEnabled(True)
            if not isinstance(result, kpi_report.ReportBatch):
                self.reports_message = translate("MonitoringWindow", "The reports were not written: {reason}").format(
                    reason=error)
            else:
                self.reports_message = _batch_text(result, chosen.name)
            self.state.setText(self.reports_message)

        job.progressed.connect(step)
        job.finished.connect(finished)
        progress.canceled.connect(job.cancel)
        self.reports_job = job
        job.start()
        return job


def _batch_text(result: kpi_report.ReportBatch, period: str) -> str:
    """``3 reports of 2026-10 written; 2 ended before it``: what was written, and each thing that was not."""
    # lupdate reads a numbered text whose number is a plain name
    written, ended, not_started, refused = len(result.written), len(result.ended), result.not_started, len(result.errors)
    said = [translate("MonitoringWindow", "%n report(s) of {period} written", None, written).format(period=period)]
    if ended:
        said.append(translate("MonitoringWindow", "%n ended before it", None, ended))
    if result.cancelled:
        said.append(translate("MonitoringWindow", "cancelled, %n not begun", None, not_started))
    if refused:
        said.append(translate("MonitoringWindow", "%n refused (the first: {number}: {reason})", None, refused).format(
            number=result.errors[0][0], reason=result.errors[0][1]))
    return "; ".join(said)
