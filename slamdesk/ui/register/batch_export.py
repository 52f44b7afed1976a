"""Batch export: every signed agreement of the register view to PDF and DOCX, off the GUI thread.

The passphrase is asked once (the same dialog as a single export), then a
worker thread with its own database connection runs ``core.export.export_batch``
while a progress dialog shows which agreement is being written. Cancel takes
effect between agreements: the one being written is finished and recorded,
the rest are not started, so no half-written file is ever left behind.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpacerItem,
    QWidget,
)

from ...core import export
from ...core.db import Database
from ...core.export import BatchReport
from ...core.register import RegisterFilter
from ...core.roles import Actor
from .. import operations
from ..common.background import BackgroundJob, JobControl
from ..common.dialogs import PassphraseDialog
from ..common.i18n import translate
from ..context import AppContext
from ..operations import Changed
from .register_model import counted

TITLE = QT_TRANSLATE_NOOP("BatchExport", "Batch export")
MAX_LISTED_ERRORS = 12
REPORT_WIDTH = 540


def _n(count: int) -> str:
    """A count as the locale writes it (``1,234``)."""
    return QLocale().toString(count)


def title() -> str:
    return translate("BatchExport", TITLE)


class BatchProgressDialog(QProgressDialog):
    """Progress with a Cancel that waits for the agreement in hand (Esc and closing cancel too)."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(translate("BatchProgressDialog", "Reading the register view…"), "", 0, 0, parent)
        self.cancel_button = QPushButton(translate("BatchProgressDialog", "&Cancel"))
        self.setCancelButton(self.cancel_button)
        # Each cancel button Qt is given brings its own Esc shortcut, and two Esc shortcuts cancel each other
        # out (an ambiguous key does nothing): keep exactly one.
        for shortcut in self.findChildren(QShortcut):
            shortcut.setParent(None)
            shortcut.deleteLater()
        self.escape = QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self)
        self.escape.activated.connect(self.canceled.emit)
        self.setObjectName("batchProgress")
        self.setWindowTitle(title())
        self.setWindowModality(Qt.WindowModality.NonModal)  # the register stays usable meanwhile
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setMinimumWidth(520)
        self.canceled.disconnect(self.cancel)  # keep showing until the worker has stopped
        self.canceled.connect(self._on_cancel)
        self._cancelling = False

    def _on_cancel(self) -> None:
        if self._cancelling:
            return
        self._cancelling = True
        self.setLabelText(translate("BatchProgressDialog",
                                    "Cancelling: the agreement being written is finished and recorded; no other is started."))
        self.cancel_button.setEnabled(False)
        self.cancel_requested.emit()

    @property
    def cancelling(self) -> bool:
        return self._cancelling

    def show_progress(self, done: int, total: int, number: str) -> None:
        if self._cancelling:
            return
        if total == 0:
            self.setRange(0, 0)
            self.setLabelText(translate("BatchProgressDialog", "Reading the register view…"))
            return
        self.setRange(0, total)
        self.setValue(done)
        if number:
            self.setLabelText(translate(
                "BatchProgressDialog",
                "Exporting {number} ({current} of {total})…\nCancel stops after this agreement; what is written stays in "
                "the register.").format(number=number, current=_n(done + 1), total=_n(total)))
        else:
            self.setLabelText(counted(translate("BatchProgressDialog", "Exported %n agreement(s).", None, done), done))

    def reject(self) -> None:  # Esc
        self.canceled.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.canceled.emit()


def plan_text(plan: export.BatchPlan) -> str:
    """What the batch will do, said before it starts."""
    count, fields = len(plan.to_export), {"already": _n(len(plan.already_exported)), "unsigned": _n(plan.not_signed)}
    if not count:
        if plan.already_exported and plan.not_signed:
            text = translate("BatchExport", "Nothing to export in this view; skipped: {already} already exported, "
                                            "{unsigned} not signed.")
        elif plan.already_exported:
            text = translate("BatchExport", "Nothing to export in this view; skipped: {already} already exported.")
        elif plan.not_signed:
            text = translate("BatchExport", "Nothing to export in this view; skipped: {unsigned} not signed.")
        else:
            text = translate("BatchExport", "Nothing to export in this view.")
    elif plan.already_exported and plan.not_signed:
        text = translate("BatchExport", "%n agreement(s) will be exported; skipped: {already} already exported, "
                                        "{unsigned} not signed.", None, count)
    elif plan.already_exported:
        text = translate("BatchExport", "%n agreement(s) will be exported; skipped: {already} already exported.",
                         None, count)
    elif plan.not_signed:
        text = translate("BatchExport", "%n agreement(s) will be exported; skipped: {unsigned} not signed.", None, count)
    else:
        text = translate("BatchExport", "%n agreement(s) will be exported.", None, count)
    return counted(text, count).format(**fields)


def report_text(report: BatchReport) -> str:
    """The one-paragraph account shown at the end (and in the status bar)."""
    errors = len(report.errors)
    if report.cancelled:
        text = translate("BatchExport", "Batch export cancelled: {exported} exported, {skipped} skipped ({already} already "
                                        "exported, {unsigned} not signed), %n error(s).", None, errors)
    else:
        text = translate("BatchExport", "Batch export finished: {exported} exported, {skipped} skipped ({already} already "
                                        "exported, {unsigned} not signed), %n error(s).", None, errors)
    text = counted(text, errors).format(exported=_n(len(report.exported)), skipped=_n(report.skipped),
                                         already=_n(report.already_exported), unsigned=_n(report.not_signed))
    waiting = report.not_started
    if waiting:
        text += " " + counted(translate("BatchExport", "%n agreement(s) not started.", None, waiting), waiting)
    return text


def report_html(report: BatchReport) -> str:
    """The account in the message box: one line per outcome, then the refusals."""
    if report.cancelled:
        head = translate("BatchExport", "Batch export cancelled.")
    else:
        head = translate("BatchExport", "Batch export finished.")
    files, exported = len(report.files), _n(len(report.exported))
    if files:
        exported = counted(translate("BatchExport", "{exported} (%n file(s) written into the register folder and recorded)",
                                      None, files), files).format(exported=exported)
    lines = [
        (translate("BatchExport", "Exported:"), exported),
        (translate("BatchExport", "Skipped:"), translate("BatchExport", "{skipped} ({already} already exported, {unsigned} "
                                                                       "not signed)").format(
            skipped=_n(report.skipped), already=_n(report.already_exported), unsigned=_n(report.not_signed))),
    ]
    if report.not_started:
        lines.append((translate("BatchExport", "Not started:"), _n(report.not_started)))
    lines.append((translate("BatchExport", "Errors:"), _n(len(report.errors))))
    rows = "".join(f"<tr><td style='padding-right:12px'>{escape(key)}</td><td>{escape(value)}</td></tr>"
                   for key, value in lines)
    html = f"<p><b>{escape(head)}</b></p><table cellspacing=0>{rows}</table>"
    if report.cancelled:
        html += "<p>" + escape(translate(
            "BatchExport", "The agreement being written when you cancelled was finished; no other was started.")) + "</p>"
    if report.errors:
        listed = "".join(
            f"<li><b>{escape(number)}</b>: {escape(message)}</li>" for number, message in report.errors[:MAX_LISTED_ERRORS]
        )
        more = len(report.errors) - MAX_LISTED_ERRORS
        html += "<p>" + escape(translate("BatchExport", "Not exported:")) + f"</p><ul>{listed}</ul>"
        if more > 0:
            more_text = translate("BatchExport", "…and {more} more (see Show Details).").format(more=_n(more))
            html += f"<p>{escape(more_text)}</p>"
    return html


class BatchExport(QObject):
    """Asks for the passphrase, runs the batch in a worker thread, reports at the end.

    Signals:
        finished: the ``BatchReport`` (or ``None`` when the batch could not run).

    Attributes:
        dialog: the passphrase dialog while it is open.
        progress: the progress dialog while the batch runs.
        job: the running background job, if any.
        report: the last batch's report.
        report_box: the message box showing it.
    """

    finished = Signal(object)
    running_changed = Signal(bool)

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self._context, self._window = context, window
        self.dialog: PassphraseDialog | None = None
        self.progress: BatchProgressDialog | None = None
        self.job: BackgroundJob | None = None
        self.report: BatchReport | None = None
        self.report_box: QMessageBox | None = None

    def is_running(self) -> bool:
        return self.job is not None

    def ask(self, criteria: RegisterFilter, total: int) -> None:
        """Open the passphrase dialog for the view ``criteria`` (``total`` agreements match it)."""
        if self.is_running():
            return
        db = self._context.db
        passphrase: list[str | None] = []

        def check(given: str | None) -> list[export.ExportedFile]:
            if given is not None:
                export.check_passphrase(db, given)
            passphrase[:] = [given]
            return []

        what = counted(translate("BatchExport", "the signed agreements among the %n agreement(s) of this view",
                                  None, total), total)
        dialog = PassphraseDialog(self._window, what, check)
        dialog.setWindowTitle(title())
        dialog.accepted.connect(lambda: self.start(criteria, passphrase[0] if passphrase else None))
        self.dialog = dialog
        self._count_up_front(dialog, criteria)
        dialog.open()

    def _count_up_front(self, dialog: PassphraseDialog, criteria: RegisterFilter) -> None:
        """Say how many agreements the batch will export before the passphrase is given (counted off the
        GUI thread; Export waits for the count, and stays off when there is nothing to export)."""
        count = QLabel(translate("BatchExport", "Counting the agreements this view would export…"), wordWrap=True)
        count.setObjectName("batchCount")
        font = count.font()
        font.setBold(True)
        count.setFont(font)
        dialog.form.insertRow(0, count)
        dialog.count_label = count  # type: ignore[attr-defined]
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        path = self._context.db.path

        def work(control: JobControl) -> export.BatchPlan | None:
            db = Database.open(path)
            try:
                return export.plan_batch(db, criteria, should_cancel=control.cancelled)
            finally:
                db.close()

        job = BackgroundJob(work, dialog)

        def on_counted(plan: object, error: str) -> None:
            if not isinstance(plan, export.BatchPlan):
                count.setText(translate("BatchExport", "The view could not be read: {error}").format(error=error)
                              if error else "")
                return
            count.setText(plan_text(plan))
            ok.setEnabled(bool(plan.to_export))

        job.finished.connect(on_counted)
        dialog.finished.connect(lambda _result: job.stop())
        job.start()

    def start(self, criteria: RegisterFilter, passphrase: str | None) -> None:
        """Run the batch now (signed when ``passphrase`` is given)."""
        if self.is_running():
            return
        self.dialog = None
        path, actor = self._context.db.path, self._context.actor

        def work(control: JobControl) -> BatchReport:
            return _export_in_thread(path, actor, criteria, passphrase, control)

        progress = BatchProgressDialog(self._window)
        job = BackgroundJob(work, self)
        job.progressed.connect(progress.show_progress)
        job.finished.connect(self._finished)
        progress.cancel_requested.connect(job.cancel)
        progress.cancel_requested.connect(
            lambda: self._context.message.emit(
                translate("BatchExport", "Cancelling the batch export after the agreement in hand…"))
        )
        self.progress, self.job = progress, job
        progress.show()
        job.start()
        self.running_changed.emit(True)

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.canceled.emit()

    def stop(self) -> None:
        """Cancel and wait for the worker (the window is closing)."""
        if self.job is not None:
            self.job.stop()
            self.job = None
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    def _finished(self, result: object, error: str) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.deleteLater()
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None
        self.running_changed.emit(False)
        operations.notify(self._context, Changed.agreement())  # what was exported, however far it got
        if not isinstance(result, BatchReport):
            self.report = None
            self._context.message.emit(translate("BatchExport", "Batch export: not done. {error}").format(error=error))
            self._show(QMessageBox.Icon.Warning,
                       escape(translate("BatchExport", "The batch export stopped: {error}").format(error=error)), "")
            self.finished.emit(None)
            return
        self.report = result
        self._context.message.emit(report_text(result))
        self._show(
            QMessageBox.Icon.Warning if result.errors else QMessageBox.Icon.Information,
            report_html(result),
            "\n".join(f"{number}: {message}" for number, message in result.errors),
        )
        self.finished.emit(result)

    def _show(self, icon: QMessageBox.Icon, text: str, details: str) -> None:
        box = QMessageBox(icon, title(), text, QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("batchReport")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if details:
            box.setDetailedText(details)
        grid = box.layout()
        if isinstance(grid, QGridLayout):  # QMessageBox sizes to its text: give the account room
            grid.addItem(QSpacerItem(REPORT_WIDTH, 0), grid.rowCount(), 0, 1, grid.columnCount())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda: setattr(self, "report_box", None))
        self.report_box = box
        box.open()


def _export_in_thread(
    path: object, actor: Actor, criteria: RegisterFilter, passphrase: str | None, control: JobControl
) -> BatchReport:
    """The worker's part: its own connection to the same database file."""
    db = Database.open(path)  # type: ignore[arg-type]
    try:
        return export.export_batch(
            db, actor, criteria, passphrase=passphrase, should_cancel=control.cancelled, progress=control.progress
        )
    finally:
        db.close()
