"""Importing tickets or outages from the monitoring window: a preview first, then the import in the background.

The person picks what the file holds (tickets or outages), the file, the preset its columns follow,
the time zone of times written without one, and whether bad rows are left out. The first rows show
at once as they would be read (each field's value, or why the row is bad); the import itself runs in
a process of its own with a busy bar, the rows read so far, and Cancel (an import is one unit of work: cancelled, nothing of
it is stored). A refused file lists every bad row with its line and why.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.monitoring import importing, outages, tickets
from .. import operations
from ..common.background import BackgroundJob, JobControl
from ..common.i18n import translate
from ..common.processes import in_process
from ..common.rows_table import RowsTable
from ..context import AppContext
from ..operations import Changed, notify
from .import_process import Refused, run_import
from .wording import place

PREVIEW_ROWS = 20
KINDS = {"tickets": tickets, "outages": outages}


class ImportDialog(QDialog):
    """Preview a file of tickets or outages, then import it with progress and cancel."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ImportDialog", "Import tickets or outages"))
        self._context = context
        self.job: BackgroundJob | None = None
        self.result: importing.Result | None = None
        self.rows_read = 0  # how far the running import is
        self.kind = QComboBox()
        self.kind.addItem(translate("ImportDialog", "Tickets"), "tickets")
        self.kind.addItem(translate("ImportDialog", "Outages"), "outages")
        self.file = QLineEdit()
        self.file.setPlaceholderText(translate("ImportDialog", "A CSV, XLSX or JSON file"))
        browse = QPushButton(translate("ImportDialog", "&Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.file, 1)
        where.addWidget(browse)
        self.preset = QComboBox()
        self.timezone = QLineEdit()
        self.timezone.setPlaceholderText(translate("ImportDialog", "e.g. Europe/Stockholm (for times written without an offset)"))
        self.skip_bad = QCheckBox(translate("ImportDialog", "Leave bad rows out and import the rest"))
        self.problem = QLabel(wordWrap=True)
        self.problem.setObjectName("importProblem")
        self.problem.setStyleSheet("color: #9b2c2c")
        self.table = RowsTable((translate("ImportDialog", "Line"),))
        self.bad = RowsTable((translate("ImportDialog", "Line"), translate("ImportDialog", "Id"),
                              translate("ImportDialog", "Why")))
        self.bad.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # an import is counted when it is done: busy until then
        self.busy.hide()
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(translate("ImportDialog", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self._cancel)
        form = QFormLayout()
        form.addRow(translate("ImportDialog", "&What:"), self.kind)
        file_label = QLabel(translate("ImportDialog", "&File:"))
        file_label.setBuddy(self.file)
        form.addRow(file_label, where)
        form.addRow(translate("ImportDialog", "&Preset:"), self.preset)
        form.addRow(translate("ImportDialog", "Time &zone:"), self.timezone)
        form.addRow("", self.skip_bad)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("ImportDialog", "The first %n rows, as they would be read:", None, PREVIEW_ROWS)))
        layout.addWidget(self.table, 2)
        layout.addWidget(self.problem)
        layout.addWidget(self.bad, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self._later = QTimer(self, singleShot=True, interval=300)  # typing a path or a zone: preview once it rests
        self._later.timeout.connect(self.show_preview)
        self.kind.currentIndexChanged.connect(self._fill_presets)
        self.preset.currentIndexChanged.connect(lambda _i: self.show_preview())
        self.file.textChanged.connect(lambda _t: self._later.start())
        self.timezone.textChanged.connect(lambda _t: self._later.start())
        self._fill_presets()
        self.resize(980, 640)

    def _fill_presets(self) -> None:
        module = KINDS[str(self.kind.currentData())]
        self.preset.blockSignals(True)
        self.preset.clear()
        for name in module.PRESETS:
            self.preset.addItem(name, name)
        self.preset.blockSignals(False)
        self.show_preview()

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, translate("ImportDialog", "Import"), "",
            translate("ImportDialog", "Tickets or outages ({patterns})").format(patterns="*.csv *.xlsx *.json *.jsonl"))
        if chosen:
            self.file.setText(chosen)

    def _choices(self) -> tuple[str, Path, str, str | None]:
        zone = self.timezone.text().strip() or None
        return str(self.kind.currentData()), Path(self.file.text().strip()), str(self.preset.currentData()), zone

    def show_preview(self) -> None:
        """The first rows with the chosen layout (read on the GUI thread: a few rows, however long the file)."""
        kind, path, preset, zone = self._choices()
        self.problem.clear()
        if not self.file.text().strip():
            self.table.set_rows([])
            return
        module = KINDS[kind]
        layout = module.layout_named(preset)  # one of the presets offered: always found
        outcome = operations.query(
            self, self._context,
            lambda: importing.preview(self._context.db, path, module.kind_for(layout, zone), layout, PREVIEW_ROWS),
            what=translate("ImportDialog", "Preview"), in_place=True)
        if outcome.error is not None:  # said here, beside the file it is about
            self.table.set_rows([])
            self.problem.setText(str(outcome.error))
            return
        rows = outcome.value or []
        fields = list(layout.columns)
        self.table.rows.headers = (translate("ImportDialog", "Line"), *fields, translate("ImportDialog", "Problem"))
        self.table.set_rows([(place(row.unit, row.line), *(row.values.get(name, "") for name in fields), row.problem)
                             for row in rows], {index for index, row in enumerate(rows) if row.problem})
        bad = sum(1 for row in rows if row.problem)
        if bad:
            read = len(rows)
            self.problem.setText(translate("ImportDialog", "{bad} of the first %n rows would be refused (see Problem).", None,
                                           read).format(bad=bad))

    def start_import(self) -> BackgroundJob:
        """The import in its own process, with a busy bar; Cancel ends it and nothing of it is stored."""
        kind, path, preset, zone = self._choices()
        target, actor, skip = self._context.db.target, self._context.actor, self.skip_bad.isChecked()
        self.import_button.setEnabled(False)
        self.rows_read = 0
        self.bad.hide()
        self.busy.show()
        self.problem.setText(translate("ImportDialog", "Importing {file}…").format(file=path.name))

        def work(control: JobControl) -> object:
            return in_process(run_import, (kind, target, actor, path, preset, zone, skip), control.cancelled,
                              lambda read: control.progress(read, 0, ""))

        job = BackgroundJob(work, self)
        job.progressed.connect(lambda read, _total, _text: self._read_so_far(path.name, read))
        job.finished.connect(self._finished)
        self.job = job
        job.start()
        return job

    def _read_so_far(self, name: str, read: int) -> None:
        """How far the import is: the rows read and checked so far (the file's length is not known before)."""
        self.rows_read = read
        self.problem.setText(translate("ImportDialog", "Importing {file}… %n row(s) read", None, read).format(
            file=name))

    def _finished(self, result: object, error: str) -> None:
        self.busy.hide()
        self.import_button.setEnabled(True)
        if isinstance(result, importing.Result):
            self.result = result
            counts = {"added": f"{result.added:,}", "changed": f"{result.updated:,}", "unchanged": f"{result.unchanged:,}"}
            skipped = len(result.skipped)  # lupdate reads a numbered text whose number is a plain name
            said = (translate("ImportDialog", "Imported: {added} added, {changed} changed, {unchanged} unchanged, "
                                              "%n bad row(s) left out.", None, skipped) if skipped
                    else translate("ImportDialog", "Imported: {added} added, {changed} changed, {unchanged} unchanged."))
            self.problem.setText(said.format(**counts))
            self._show_bad(result.skipped)
            notify(self._context, Changed.agreement())
            return
        if isinstance(result, Refused):  # the command line's advice, in the window's words
            self.problem.setText(result.message.replace("import the rest with --skip-bad", translate(
                "ImportDialog", "tick \u201cLeave bad rows out\u201d to import the rest")))
            self._show_bad(result.rows)
            return
        if result is None and not error:
            self.problem.setText(translate("ImportDialog", "Cancelled: nothing of the file was stored."))
            return
        self.problem.setText(error.split("\n", 1)[0])

    def _show_bad(self, rows: tuple[importing.BadRow, ...] | list[importing.BadRow]) -> None:
        self.bad.set_rows([(place(row.unit, row.line), row.key, row.reason) for row in rows])
        self.bad.setVisible(bool(rows))

    def _cancel(self) -> None:
        if self.job is not None and self.job.is_running():
            self.job.cancel()
            return
        self.reject()

    def done(self, code: int) -> None:
        self._later.stop()  # a path typed just before closing is not previewed behind a closed dialog
        if self.job is not None and self.job.is_running():
            self.job.stop()
        super().done(code)

