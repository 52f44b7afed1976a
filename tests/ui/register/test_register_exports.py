"""From the window: the register view to CSV and XLSX, and the batch export with its progress and Cancel."""

from __future__ import annotations

import csv
import hashlib
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from slamdesk.core import export, register
from slamdesk.core.db import Database
from slamdesk.core.export import BatchReport
from slamdesk.core.lifecycle import Status
from slamdesk.core.register import RegisterFilter
from slamdesk.core.verification import verify_document
from slamdesk.ui.common.dialogs import PassphraseDialog
from slamdesk.ui.main_window import MainWindow
from slamdesk.ui.register import view_export
from slamdesk.ui.register.register_model import Column
from tests.core.helpers import register_files
from tests.ui.shots import shoot

SIGNED_IN_DEMO = ["SLA-2024-0001", "SLA-2024-0002", "SLA-2024-0003", "SLA-2026-0001", "SLA-2026-0002", "SLA-2026-0003"]
PASSPHRASE = "Batch-Lösenord 2026"
WAIT_MS = 30_000


def shown(window: MainWindow) -> list[str]:
    model = window.register.model
    return [model.row_data(row).number for row in range(model.rowCount())]


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path, chosen_filter: str) -> list[str]:
    """Stand in for the file dialog; returns the folders it was opened in."""
    opened: list[str] = []

    def fake(_parent: object, _title: str, folder: str, _filters: str, _selected: str) -> tuple[str, str]:
        opened.append(folder)
        return str(path), chosen_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return opened


# The register view to a file


def test_export_view_to_csv_writes_the_rows_of_the_view(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = window.register
    panel.status.setCurrentIndex(panel.status.findData(Status.SIGNED.value))
    panel.filters.awaiting_review.setChecked(False)
    window.register.table.sortByColumn(Column.MONTHLY, Qt.SortOrder.DescendingOrder)
    opened = choose_file(monkeypatch, tmp_path / "signed", view_export.CSV_FILTER)  # no suffix typed
    with qtbot.waitSignal(window.view_export.finished, timeout=WAIT_MS) as done:
        window.export_view_action.trigger()
    target = tmp_path / "signed.csv"
    assert done.args == [target, 2]
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["Number", "Customer", "Title"]
    assert [row[0] for row in rows[1:]] == shown(window) == ["SLA-2026-0002", "SLA-2026-0003"]  # biggest first
    assert {row[4] for row in rows[1:]} == {"signed"}
    assert window.statusBar().currentMessage() == f"Exported 2 agreements to {target}"
    assert not window.view_export.is_running() and window.export_view_action.isEnabled()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".register-")]  # no temp file left
    with qtbot.waitSignal(window.view_export.finished, timeout=WAIT_MS):
        window.export_view_action.trigger()
    assert opened[1].startswith(str(tmp_path))  # the next dialog opens where the last file went


def test_export_view_to_xlsx_reads_back_with_openpyxl(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.register.filters.ends_within.setValue(410)
    qtbot.waitUntil(lambda: window.register.model.criteria.ends_within_days == 410)
    target = tmp_path / "Register view.XLSX"
    choose_file(monkeypatch, target, view_export.XLSX_FILTER)
    with qtbot.waitSignal(window.view_export.finished, timeout=WAIT_MS) as done:
        window.export_view_action.trigger()
    assert done.args[0] == target and done.args[1] == window.register.model.total
    book = load_workbook(target, read_only=True)  # read-only keeps the file open until closed
    try:
        rows = list(book["Register"].iter_rows(values_only=True))
    finally:
        book.close()
    assert rows[0][0] == "Number"
    assert [row[0] for row in rows[1:]] == shown(window)
    expected = register.list_agreements(window.context.db, window.register.model.criteria)
    assert [row[5] for row in rows[1:]] == [r.version_no for r in expected]


@pytest.mark.parametrize(
    ("make_target", "because"),
    [
        (lambda tmp: tmp / "no such folder" / "view.csv", "Folder does not exist: "),
        (lambda tmp: tmp / "taken.csv", "Cannot write "),  # a folder already has that name
    ],
)
def test_a_file_that_cannot_be_written_is_explained(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, shown_errors: list[tuple[str, str]],
    make_target: object, because: str,
) -> None:
    (tmp_path / "taken.csv").mkdir()
    target = make_target(tmp_path)  # type: ignore[operator]
    with qtbot.waitSignal(window.view_export.finished, timeout=WAIT_MS) as done:
        window.view_export.export_to(target, RegisterFilter(), 8)
    assert done.args == [target, -1]
    ((title, message),) = shown_errors
    assert title == "Export register view"
    assert message.startswith(f"The register view was not exported. {because}") and message.endswith(".")
    assert "not done" in window.statusBar().currentMessage()
    assert list((tmp_path / "taken.csv").iterdir()) == []
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".register-")]


# Batch export


def assert_only_complete_recorded_files(db: Database) -> dict[str, str]:
    files = register_files(db)
    assert not [p for p in files if p.name.startswith(".") or p.suffix == ".tmp"], files
    on_disk = {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}
    recorded = {d.path: d.sha256 for row in register.list_agreements(db) for d in row.documents}
    assert on_disk == recorded
    return on_disk


def open_batch(window: MainWindow) -> PassphraseDialog:
    window.batch_action.trigger()
    dialog = window.batch.dialog
    assert isinstance(dialog, PassphraseDialog) and dialog.isVisible()
    assert "10 agreements" in dialog.findChild(type(window.register.count)).text()
    return dialog


class Gate:
    """Holds the worker after its first agreement until the test lets it go on."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.first_done = threading.Event()
        self.go_on = threading.Event()
        self.threads: set[str] = set()
        real = export.export_agreement

        def held(*args: object, **kwargs: object) -> list[export.ExportedFile]:
            written = real(*args, **kwargs)  # type: ignore[arg-type]
            self.threads.add(threading.current_thread().name)
            if not self.first_done.is_set():
                self.first_done.set()
                self.go_on.wait(timeout=WAIT_MS / 1000)
            return written

        monkeypatch.setattr(export, "export_agreement", held)


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    held = Gate(monkeypatch)
    yield held
    held.go_on.set()  # never leave a worker waiting


@pytest.mark.parametrize("cancel", ["the Cancel button", "Esc"])
def test_batch_export_cancelled_after_the_first_agreement_leaves_only_whole_recorded_files(
    window: MainWindow, qtbot: QtBot, gate: Gate, cancel: str
) -> None:
    dialog = open_batch(window)
    dialog.sign_box.setChecked(False)  # unsigned: no passphrase
    dialog.accept()
    assert not dialog.isVisible() and window.batch.is_running()
    progress = window.batch.progress
    assert progress is not None and progress.isVisible()
    qtbot.waitUntil(gate.first_done.is_set, timeout=WAIT_MS)
    assert threading.current_thread().name not in gate.threads  # the files were written by the worker

    # The window answers while the worker is busy: select and show another agreement.
    assert not window.batch_action.isEnabled()
    window.register.select_agreement("SLA-2026-0007")
    assert "SLA-2026-0007" in window.detail.toPlainText()
    window.register.select_agreement("SLA-2026-0002")
    assert not window.agreement_actions.export.isEnabled()  # no single export while the batch writes
    qtbot.waitUntil(lambda: progress.value() == 0 and "SLA-2024-0001" in progress.labelText())
    shoot(progress, "batch_progress")
    shoot(window, "batch_progress_over_window", progress)

    if cancel == "Esc":
        progress.activateWindow()
        qtbot.waitUntil(progress.isActiveWindow)
        qtbot.keyClick(progress, Qt.Key.Key_Escape)
    else:
        progress.cancel_button.click()
    assert progress.isVisible() and progress.labelText().startswith("Cancelling")
    assert not progress.cancel_button.isEnabled()
    with qtbot.waitSignal(window.batch.finished, timeout=WAIT_MS) as done:
        gate.go_on.set()
    report = done.args[0]
    assert isinstance(report, BatchReport)
    assert report.cancelled and report.exported == ["SLA-2024-0001"] and report.not_started == 5
    assert (report.already_exported, report.not_signed, report.errors) == (0, 4, [])
    assert not window.batch.is_running() and window.batch.progress is None and window.batch_action.isEnabled()

    files = assert_only_complete_recorded_files(window.context.db)
    assert sorted(Path(p).name for p in files) == ["SLA-2024-0001-v1.docx", "SLA-2024-0001-v1.pdf"]
    box = window.batch.report_box
    assert box is not None and box.isVisible()
    for part in ("<b>Batch export cancelled.</b>", "Exported:</td><td>1 (2 files written into the register folder",
                 "4 (0 already exported, 4 not signed)", "Not started:</td><td>5<", "Errors:</td><td>0<"):
        assert part in box.text(), part
    shoot(box, "batch_report")
    assert window.statusBar().currentMessage() == (
        "Batch export cancelled: 1 exported, 4 skipped (0 already exported, 4 not signed), 0 errors. "
        "5 agreements not started."
    )
    row = window.register.model.row_data(window.register.model.find("SLA-2024-0001") or 0)
    assert sorted(d.format for d in row.documents) == ["docx", "pdf"]  # the register shows them at once
    box.accept()


def test_signed_batch_export_runs_to_the_end_and_reports(
    window: MainWindow, qtbot: QtBot, shown_errors: list[tuple[str, str]], people: dict[str, object]
) -> None:
    export.export_agreement(window.context.db, people["anna"], "SLA-2026-0002", ("pdf",))  # type: ignore[arg-type]
    dialog = open_batch(window)
    assert dialog.first_use and dialog.confirm is not None
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(ok.isEnabled, timeout=WAIT_MS)  # counted before the passphrase is given
    assert dialog.count_label.text() == "6 agreements will be exported; skipped: 4 not signed."
    shoot(dialog, "batch_export_count")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.confirm.setText(PASSPHRASE + "?")
    dialog.accept()
    assert dialog.isVisible() and dialog.errors.message("confirm") == "the two passphrases differ"
    assert not window.batch.is_running()
    dialog.confirm.setText(PASSPHRASE)
    with qtbot.waitSignal(window.batch.finished, timeout=WAIT_MS) as done:
        dialog.accept()
    report = done.args[0]
    assert report.exported == SIGNED_IN_DEMO
    assert [f.format for f in report.files if f.number == "SLA-2026-0002"] == ["docx"]  # only what was missing
    assert not shown_errors
    for file in report.files:
        if file.format == "pdf":
            assert verify_document(window.context.db, file.path).ok
    assert_only_complete_recorded_files(window.context.db)
    box = window.batch.report_box
    assert box is not None
    assert "<b>Batch export finished.</b>" in box.text() and "Not started" not in box.text()
    assert window.statusBar().currentMessage() == (
        "Batch export finished: 6 exported, 4 skipped (0 already exported, 4 not signed), 0 errors."
    )
    box.accept()

    again = open_batch(window)  # the key exists now: one field, and a wrong passphrase stays in the dialog
    assert not again.first_use
    again.passphrase.setText("not the passphrase")
    again.accept()
    assert again.isVisible() and again.errors.message("passphrase") == "wrong passphrase for the provider's signing key"
    assert not window.batch.is_running()
    again.reject()


def test_batch_of_a_view_without_signed_agreements_exports_nothing(window: MainWindow, qtbot: QtBot) -> None:
    window.register.filters.awaiting_review.setChecked(True)
    window.batch_action.trigger()
    dialog = window.batch.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.count_label.text() == "Nothing to export in this view; skipped: 1 not signed.",
                    timeout=WAIT_MS)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.sign_box.setChecked(False)
    with qtbot.waitSignal(window.batch.finished, timeout=WAIT_MS) as done:
        dialog.accept()
    assert done.args[0].exported == [] and done.args[0].not_signed == 1
    assert register_files(window.context.db) == []
    assert window.batch.report_box is not None
    window.batch.report_box.accept()


def test_empty_view_is_refused_before_asking(window: MainWindow, shown_errors: list[tuple[str, str]]) -> None:
    window.register.search.setText("no such agreement anywhere")
    window.register.apply_filter()
    window.batch_action.trigger()
    assert window.batch.dialog is None
    assert shown_errors == [("Batch export", "This view shows no agreements: change the filters first.")]


def test_closing_the_window_waits_for_the_agreement_in_hand(window: MainWindow, qtbot: QtBot, gate: Gate) -> None:
    dialog = open_batch(window)
    dialog.sign_box.setChecked(False)
    dialog.accept()
    qtbot.waitUntil(gate.first_done.is_set, timeout=WAIT_MS)
    timer = threading.Timer(0.3, gate.go_on.set)
    timer.start()
    window.close()  # cancels, then waits for the worker to finish SLA-2024-0001
    timer.join()
    assert not window.batch.is_running()
    files = assert_only_complete_recorded_files(window.context.db)
    assert len(files) == 2
