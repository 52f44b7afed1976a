"""File ▸ Back up now… and File ▸ Restore… from the main window: worker thread, progress, confirmation, refresh."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from slamdesk.core import backup, portfolio, restore
from slamdesk.core.roles import Actor
from slamdesk.ui.main_window import MainWindow
from tests.ui.shots import shoot

WAIT_MS = 30_000


def file_menu_texts(window: MainWindow) -> list[str]:
    (file_menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&File"]
    return [a.text().replace("&", "") for a in file_menu.actions()]


def choose(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[str]:
    """Stand in for the open-file dialog; returns the folders it was opened in."""
    opened: list[str] = []

    def fake(_parent: object, _title: str, folder: str, _filters: str) -> tuple[str, str]:
        opened.append(folder)
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))
    return opened


def agreements(path: Path) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT count(*) FROM agreement").fetchone()[0]
    finally:
        connection.close()


def test_the_file_menu_offers_back_up_and_restore(window: MainWindow) -> None:
    texts = file_menu_texts(window)
    assert "Back up now…" in texts and "Restore…" in texts
    assert texts.index("Restore…") == texts.index("Back up now…") + 1


class Held:
    """Holds core's ``module.name`` in its worker thread after its first progress report, until released."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, name: str, module: ModuleType = backup) -> None:
        self.reached, self.release = threading.Event(), threading.Event()
        self.threads: list[str] = []
        real = getattr(module, name)

        def held(*args: object, **options: object) -> object:
            report = options.pop("progress")
            self.threads.append(threading.current_thread().name)

            def slow(done: int, total: int) -> None:
                report(done, total)  # type: ignore[operator]
                if not self.reached.is_set():
                    self.reached.set()
                    self.release.wait(WAIT_MS / 1000)

            return real(*args, progress=slow, **options)

        monkeypatch.setattr(module, name, held)


def test_the_day_s_backup_is_made_in_a_worker_after_the_window_opens_and_only_once(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    reached, release, threads = threading.Event(), threading.Event(), []
    real = backup.backup

    def held(*args: object, **options: object) -> object:
        threads.append(threading.current_thread().name)
        reached.set()
        release.wait(WAIT_MS / 1000)
        return real(*args, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(backup, "backup", held)
    actions = window.backups
    folder = window.context.db.path.parent / "backups"
    for made_at_open in folder.glob("*-daily.db"):  # the fixture's open made one: as if the window opened without
        made_at_open.unlink()
    actions.daily()
    try:
        assert reached.wait(WAIT_MS / 1000)  # copying, in its own thread, while the window answers
        assert threads[0] != threading.main_thread().name
        window.refresh()
        assert actions.progress is None  # no dialog for the day's backup
    finally:
        release.set()
    with qtbot.waitSignal(actions.finished, timeout=WAIT_MS) as done:
        pass
    made, error = done.args
    assert error == "" and isinstance(made, backup.BackupFile) and made.path.name.endswith("-daily.db")
    assert agreements(made.path) == 10
    assert window.statusBar().currentMessage().startswith(f"Backed up to {made.path} (")
    window.statusBar().clearMessage()
    with qtbot.waitSignal(actions.finished, timeout=WAIT_MS) as again:
        actions.daily()  # today's exists: nothing made, nothing said
    assert again.args == [None, ""] and window.statusBar().currentMessage() == ""
    assert sorted(folder.glob("*-daily.db")) == [made.path]


def test_back_up_now_runs_in_a_worker_with_progress(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    hold = Held(monkeypatch, "backup")
    actions = window.backups
    actions.back_up_action.trigger()
    try:
        qtbot.waitUntil(lambda: actions.progress is not None and actions.progress.isVisible(), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: actions.progress is not None and actions.progress.value() > 0, timeout=WAIT_MS)
        progress = actions.progress
        assert progress is not None
        assert 0 < progress.value() < progress.maximum()
        assert "Backing up slamdesk.db" in progress.labelText()
        assert not actions.back_up_action.isEnabled() and not actions.restore_action.isEnabled()
        window.refresh()  # the window answers while the copy runs
        shoot(window, "backup_progress", progress)
    finally:
        hold.release.set()
    with qtbot.waitSignal(actions.finished, timeout=WAIT_MS) as done:
        pass
    made, error = done.args
    assert error == "" and isinstance(made, backup.BackupFile)
    assert hold.threads and hold.threads[0] != threading.main_thread().name
    assert made.path.parent == window.context.db.path.parent / "backups"
    assert agreements(made.path) == 10
    assert window.statusBar().currentMessage().startswith(f"Backed up to {made.path} (")
    assert actions.progress is None and actions.back_up_action.isEnabled()


def test_restore_asks_for_the_file_confirms_it_by_name_and_date_and_refreshes_the_register(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, people: dict[str, Actor], tmp_path: Path
) -> None:
    db = window.context.db
    saved = backup.backup(db.path)  # into backups/, where the dialog opens
    portfolio.generate_portfolio(db, 5)
    window.register.refresh()
    assert window.register.model.total == 15
    window.set_actor(people["admin"])
    opened = choose(monkeypatch, saved.path)
    window.backups.restore_action.trigger()
    assert opened == [str(db.path.parent / "backups")]
    box = window.backups.confirm_box
    assert box is not None and box.isVisible()
    assert box.text() == (f"Replace everything in slamdesk.db with the backup {saved.path.name} "
                          f"of {saved.taken:%A %d %B %Y, %H:%M}?")
    assert "kept in the backups folder first" in box.informativeText()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    shoot(window, "restore_confirmation", box)
    (restore_button,) = [b for b in box.buttons() if b.text() == "&Restore"]
    hold = Held(monkeypatch, "restore", restore)
    restore_button.click()
    try:
        progress = window.backups.progress
        assert progress is not None and progress.isVisible() and progress.isModal()  # at once: no edits meanwhile
        qtbot.waitUntil(lambda: progress.value() > 0, timeout=WAIT_MS)
        assert "Restoring " + saved.path.name in progress.labelText()
        shoot(window, "restore_progress", progress)
    finally:
        hold.release.set()
    with qtbot.waitSignal(window.backups.finished, timeout=WAIT_MS) as done:
        pass
    restored, error = done.args
    assert error == "" and isinstance(restored, restore.Restored)
    qtbot.waitUntil(lambda: window.register.model.total == 10, timeout=WAIT_MS)
    assert window.register.count.text() == "10 agreements"
    assert restored.kept.path.name.endswith("-before-restore.db") and agreements(restored.kept.path) == 15
    assert window.statusBar().currentMessage() == (
        f"Restored {saved.path.name}. The database as it was is kept as {restored.kept.path.name}."
    )
    report = window.backups.report_box
    assert report is not None and report.isVisible()
    shoot(window, "restore_report", report)
    report.accept()


def test_cancelling_the_confirmation_changes_nothing(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, people: dict[str, Actor], tmp_path: Path
) -> None:
    db = window.context.db
    saved = backup.backup(db.path, out=tmp_path / "saved.db")
    portfolio.generate_portfolio(db, 2)
    window.set_actor(people["admin"])
    choose(monkeypatch, saved.path)
    window.backups.restore_action.trigger()
    box = window.backups.confirm_box
    assert box is not None
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: window.backups.confirm_box is None)
    assert window.backups.job is None and agreements(db.path) == 12
    assert not list(db.path.parent.glob("backups/*before-restore*"))
    assert window.statusBar().currentMessage() == "Restore: cancelled; nothing changed."


def test_a_representative_is_refused_before_any_file_is_asked_for(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, shown_errors: list[tuple[str, str]]
) -> None:
    opened = choose(monkeypatch, Path("/nowhere.db"))
    window.backups.restore_action.trigger()  # acting as Anna, a representative
    assert opened == []
    assert shown_errors == [
        ("Restore from a backup", "Anna Lindqvist (representative) cannot restore a backup; needs: administrator")
    ]


def test_a_file_that_is_not_a_backup_is_refused_by_name(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, shown_errors: list[tuple[str, str]],
    people: dict[str, Actor], tmp_path: Path,
) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("not a database")
    window.set_actor(people["admin"])
    choose(monkeypatch, notes)
    window.backups.restore_action.trigger()
    assert window.backups.confirm_box is None and window.backups.job is None
    assert shown_errors == [("Restore from a backup", f"{notes} is not a SQLite database")]
    assert agreements(window.context.db.path) == 10
