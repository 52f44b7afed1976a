"""Exporting the register view (exactly the rows the filter selects) to CSV or XLSX.

The file is written by ``core.register_export`` in a worker thread with its
own database connection; a progress dialog appears when it takes a moment.
A refusal (a folder that cannot be written, say) is shown in one sentence.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from ...core import register_export
from ...core.db import Database
from ...core.errors import SlamdeskError
from ...core.register import RegisterFilter
from ..common import feedback
from ..common.background import BackgroundJob, JobControl
from ..common.i18n import translate
from ..context import AppContext
from .register_model import counted

TITLE = QT_TRANSLATE_NOOP("ViewExport", "Export register view")
FOLDER_KEY = "register_export/folder"
CSV_TYPE = QT_TRANSLATE_NOOP("ViewExport", "CSV, comma-separated")
XLSX_TYPE = QT_TRANSLATE_NOOP("ViewExport", "Excel workbook")
CSV_FILTER = f"{CSV_TYPE} (*.csv)"  # as offered in English; the dialog offers them in the window's language
XLSX_FILTER = f"{XLSX_TYPE} (*.xlsx)"
SUFFIXES = (".csv", ".xlsx")
_PATTERN = re.compile(r"\(\*(\.\w+)\)\s*$")
PROGRESS_DELAY_MS = 300  # quick exports finish before any dialog flashes up


class ViewExportError(SlamdeskError):
    """The register view could not be written to the chosen file."""


def with_suffix(name: str, chosen_filter: str) -> Path:
    """The chosen file name, given the suffix of the chosen type when it has none of ours."""
    path = Path(name).expanduser()
    if path.suffix.lower() in SUFFIXES:
        return path
    found = _PATTERN.search(chosen_filter)
    suffix = found.group(1) if found and found.group(1) in SUFFIXES else ".csv"
    return path.with_name(path.name + suffix)


def file_filters() -> tuple[str, str]:
    """The file dialog's types, XLSX first, in the window's language (the patterns are the same in every one)."""
    return f"{translate('ViewExport', XLSX_TYPE)} (*.xlsx)", f"{translate('ViewExport', CSV_TYPE)} (*.csv)"


class ViewExport(QObject):
    """File dialog, worker thread and progress for one register-view export at a time.

    Signals:
        finished: ``(path, rows)`` after success, ``(path, -1)`` after a refusal.

    Attributes:
        progress: the progress dialog while the export runs (shown after a moment).
        job: the running background job, if any.
    """

    finished = Signal(object, int)
    running_changed = Signal(bool)

    def __init__(self, context: AppContext, window: QWidget, settings: QSettings) -> None:
        super().__init__(window)
        self._context, self._window, self._settings = context, window, settings
        self.progress: QProgressDialog | None = None
        self.job: BackgroundJob | None = None
        self._timer = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._timer.timeout.connect(self._show_progress)

    def is_running(self) -> bool:
        return self.job is not None

    def ask(self, criteria: RegisterFilter, total: int) -> None:
        """Ask where to write the view, then write it."""
        if self.is_running():
            return
        folder = str(self._settings.value(FOLDER_KEY, "") or Path.home())
        xlsx, csv = file_filters()
        name, chosen = QFileDialog.getSaveFileName(
            self._window, translate("ViewExport", TITLE), str(Path(folder) / "register.xlsx"), f"{xlsx};;{csv}", xlsx
        )
        if name:
            self.export_to(with_suffix(name, chosen), criteria, total)

    def export_to(self, path: Path, criteria: RegisterFilter, total: int) -> None:
        """Write the view to ``path`` (.csv or .xlsx) in a worker thread."""
        if self.is_running():
            return
        db_path = self._context.db.path

        def work(_control: JobControl) -> int:
            db = Database.open(db_path)
            try:
                return register_export.export_register(db, criteria, path)
            except OSError as error:
                raise ViewExportError(translate("ViewExport", "Cannot write {path}: {reason}.").format(
                    path=path, reason=error.strerror or error)) from error
            finally:
                db.close()

        self._path, self._total = path, total
        job = BackgroundJob(work, self)
        job.finished.connect(self._finished)
        self.job = job
        writing = translate("ViewExport", "Writing %n agreement(s) to {file}…", None, total)
        self._context.message.emit(counted(writing, total).format(file=path.name))
        job.start()
        self._timer.start()
        self.running_changed.emit(True)

    def _show_progress(self) -> None:
        if self.job is None:
            return
        total = self._total
        text = translate("ViewExport", "Writing %n agreement(s) of the register view to {file}…", None, total)
        progress = QProgressDialog(counted(text, total).format(file=self._path.name), "", 0, 0, self._window)
        progress.setObjectName("viewExportProgress")
        progress.setWindowTitle(translate("ViewExport", TITLE))
        progress.setCancelButton(None)  # the file appears whole or not at all; it cannot be stopped halfway
        progress.setWindowModality(Qt.WindowModality.NonModal)
        progress.setMinimumDuration(0)
        progress.setMinimumWidth(460)
        progress.show()
        self.progress = progress

    def stop(self) -> None:
        """Wait for the export to end (the window is closing)."""
        self._timer.stop()
        if self.job is not None:
            self.job.stop()
            self.job = None
        self._close_progress()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    def _finished(self, result: object, error: str) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.deleteLater()
        self._timer.stop()
        self._close_progress()
        self.running_changed.emit(False)
        path = self._path
        if isinstance(result, int):
            self._settings.setValue(FOLDER_KEY, str(path.parent))
            done = translate("ViewExport", "Exported %n agreement(s) to {path}", None, result)
            self._context.message.emit(counted(done, result).format(path=path))
            self.finished.emit(path, result)
            return
        message = error if error.endswith(".") else f"{error}."
        self._context.message.emit(translate("ViewExport", "Export register view: not done. {reason}").format(reason=message))
        feedback.show_error(self._window, translate("ViewExport", TITLE), translate(
            "ViewExport", "The register view was not exported. {reason}").format(reason=f"{message[0].upper()}{message[1:]}"))
        self.finished.emit(path, -1)
