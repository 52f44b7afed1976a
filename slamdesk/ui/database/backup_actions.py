"""File ▸ Back up now… and File ▸ Restore…: ``core.backup`` from the window.

Both run in a worker thread (``background.BackgroundJob``) with a progress
dialog fed by the pages copied; no widget is touched from the worker, and the
worker opens its own SQLite connections. A restore is for administrators
(core checks the stored profile first, before any file is asked for), asks
for the file, names it and its date in a confirmation, keeps the current
database as a backup, and then tells every view to read again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QLocale, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ...core import backup, restore
from ...core.backup import BackupFile, BackupInfo
from ...core.restore import Restored
from .. import operations
from ..common import feedback
from ..common.background import BackgroundJob, JobControl
from ..common.formatting import file_size
from ..common.i18n import translate
from ..context import AppContext
from ..operations import Area, Changed

# What the work is (compared in code), shown through translate("BackupActions", ...).
BACKUP_TITLE = QT_TRANSLATE_NOOP("BackupActions", "Back up")
RESTORE_TITLE = QT_TRANSLATE_NOOP("BackupActions", "Restore from a backup")
PROGRESS_DELAY_MS = 300  # a quick backup finishes before any dialog flashes up
DIALOG_WIDTH = 480


def when(info: BackupInfo | BackupFile) -> str:
    """The day and time a backup was taken, in the window's language ("Monday 23 November 2026, 14:05")."""
    taken = info.taken
    moment = QDateTime(QDate(taken.year, taken.month, taken.day), QTime(taken.hour, taken.minute))
    return QLocale().toString(moment, "dddd dd MMMM yyyy, HH:mm")


def file_filter() -> str:
    return ";;".join((translate("BackupActions", "slamdesk backups (*.db)"), translate("BackupActions", "All files (*)")))


class BackupActions(QObject):
    """The two File menu actions and the work behind them.

    Signals:
        finished: ``(result, error)``: a ``BackupFile`` or ``Restored`` and "", or None and why not.
        running_changed: a backup or restore started (True) or ended (False).

    Attributes:
        back_up_action, restore_action: the menu entries.
        progress: the progress dialog while work runs.
        confirm_box: the restore confirmation while it is open.
        report_box: the account of the last restore while it is open.
        job: the running background job, if any.
    """

    finished = Signal(object, str)
    running_changed = Signal(bool)

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self._context, self._window = context, window
        self.progress: QProgressDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.report_box: QMessageBox | None = None
        self.job: BackgroundJob | None = None
        self._stopped = False  # the window closed: no work is started after
        self._label, self._title, self._modal = "", BACKUP_TITLE, False
        self._last: tuple[int, int] | None = None  # the latest (done, total) pages
        self._timer = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._timer.timeout.connect(self._show_progress)
        self.back_up_action = QAction(translate("BackupActions", "Back &up now…"), window)
        self.back_up_action.setObjectName("action_back_up")
        self.back_up_action.setStatusTip(
            translate("BackupActions", "Copy the database into the backups folder beside it, checked, while you keep working"))
        self.back_up_action.triggered.connect(self.back_up)
        self.restore_action = QAction(translate("BackupActions", "Rest&ore…"), window)
        self.restore_action.setObjectName("action_restore")
        self.restore_action.setStatusTip(translate(
            "BackupActions",
            "Replace the database with a backup (administrators); the database as it is is kept as a backup first"))
        self.restore_action.triggered.connect(self.ask_restore)
        self.running_changed.connect(self._enable)

    @property
    def actions(self) -> list[QAction]:
        return [self.back_up_action, self.restore_action]

    def is_running(self) -> bool:
        return self.job is not None

    def _enable(self, running: bool) -> None:
        for action in self.actions:
            action.setEnabled(not running)

    # Backing up

    def back_up(self) -> None:
        """Back up now into the backups folder (rotated), in a worker thread."""
        if self.is_running():
            return
        db_path = self._context.db.path

        def work(control: JobControl) -> BackupFile:
            return backup.backup(db_path, progress=lambda done, total: control.progress(done, total, ""))

        self._label = translate(
            "BackupActions",
            "Backing up {database}…\nThe copy goes into the backups folder beside it, checked before it is kept.").format(
            database=db_path.name)
        self._context.message.emit(translate("BackupActions", "Backing up {database}…").format(database=db_path.name))
        self._start(work, BACKUP_TITLE, modal=False)
        self._timer.start()

    def daily(self) -> None:
        """The day's backup on the first open of a day (``core.backup.daily_backup``), in a worker thread and
        without a dialog: the window opens at once, whatever the register's size. Says so only when one was made."""
        db = self._context.db
        if self.is_running() or self._stopped or db.dialect != "sqlite" or db.read_only:
            return  # (a window closed before its first events ran has no backup started after)
        db_path = db.path
        self._start(lambda _control: backup.daily_backup(db_path), BACKUP_TITLE, modal=False)

    # Restoring

    def ask_restore(self) -> None:
        """Check who may restore, ask for the file, then ask to confirm (without blocking)."""
        if self.is_running():
            return
        db_path = self._context.db.path
        if not operations.query(self._window, self._context, lambda: restore.check_may_restore(db_path, self._context.actor),
                                what=translate("BackupActions", RESTORE_TITLE)):
            return
        folder = backup.backups_dir(db_path)
        name, _chosen = QFileDialog.getOpenFileName(
            self._window, translate("BackupActions", RESTORE_TITLE), str(folder if folder.is_dir() else db_path.parent),
            file_filter())
        if not name:
            return
        read = operations.query(self._window, self._context, lambda: backup.describe_backup(Path(name)),
                                what=translate("BackupActions", RESTORE_TITLE))
        if read.value is not None:
            self.confirm(read.value)

    def confirm(self, info: BackupInfo) -> QMessageBox:
        """Ask whether to replace the database with ``info``'s backup; restores on "Restore"."""
        db_name = self._context.db.path.name
        box = QMessageBox(QMessageBox.Icon.Warning, translate("BackupActions", RESTORE_TITLE), "",
                          QMessageBox.StandardButton.Cancel, self._window)
        box.setObjectName("restoreConfirmation")
        box.setText(translate("BackupActions", "Replace everything in {database} with the backup {backup} of {when}?").format(
            database=db_name, backup=info.path.name, when=when(info)))
        box.setInformativeText(translate(
            "BackupActions",
            "Everything saved since then is replaced by the backup ({size}, schema {revision}), for everyone who uses "
            "{database}. The database as it is now is kept in the backups folder first, so you can go back to it.").format(
            size=file_size(info.size), revision=info.revision, database=db_name))
        restore_button = box.addButton(translate("BackupActions", "&Restore"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setMinimumWidth(DIALOG_WIDTH)
        box.finished.connect(lambda _result: self._confirmed(box.clickedButton() is restore_button, info))
        self.confirm_box = box
        box.open()
        return box

    def _confirmed(self, yes: bool, info: BackupInfo) -> None:
        self.confirm_box = None
        if yes:
            self.start_restore(info.path)
        else:
            self._context.message.emit(translate("BackupActions", "Restore: cancelled; nothing changed."))

    def start_restore(self, path: Path) -> None:
        """Restore ``path`` in a worker thread, behind a window-modal progress dialog."""
        if self.is_running():
            return
        db_path, actor = self._context.db.path, self._context.actor

        def work(control: JobControl) -> Restored:
            return restore.restore(db_path, path, actor=actor, progress=lambda done, total: control.progress(done, total, ""))

        self._label = translate(
            "BackupActions",
            "Restoring {backup} into {database}…\n"
            "First the database as it is now is kept as a backup; it is replaced when the copy is complete.").format(
            backup=path.name, database=db_path.name)
        self._context.message.emit(translate("BackupActions", "Restoring {backup}…").format(backup=path.name))
        self._start(work, RESTORE_TITLE, modal=True)
        self._show_progress()

    # Running

    def _start(self, work: Callable[[JobControl], object], title: str, *, modal: bool) -> None:
        job = BackgroundJob(work, self)
        job.progressed.connect(self._progressed)
        job.finished.connect(self._finished)
        self.job, self._title, self._modal = job, title, modal
        job.start()
        self.running_changed.emit(True)

    def _show_progress(self) -> None:
        if self.job is None or self.progress is not None:
            return
        progress = QProgressDialog(self._label, "", 0, 0, self._window)
        progress.setObjectName("backupProgress")
        progress.setWindowTitle(translate("BackupActions", self._title))
        progress.setCancelButton(None)  # the copy is whole or not at all; it cannot be stopped halfway
        progress.setWindowModality(Qt.WindowModality.WindowModal if self._modal else Qt.WindowModality.NonModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(0)
        progress.setMinimumWidth(DIALOG_WIDTH)
        if self._last is not None:
            progress.setRange(0, self._last[1])
            progress.setValue(self._last[0])
        progress.show()
        self.progress = progress

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self._last = (done, total)
        if self.progress is not None and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _close_progress(self) -> None:
        self._timer.stop()
        self._last = None
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    def stop(self) -> None:
        """Wait for the work in hand to end (the window is closing), and start no more."""
        self._stopped = True
        if self.job is not None:
            self.job.stop()
            self.job = None
        self._close_progress()

    def _finished(self, result: object, error: str) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.deleteLater()
        self._close_progress()
        self.running_changed.emit(False)
        if isinstance(result, BackupFile):
            self._context.message.emit(translate("BackupActions", "Backed up to {path} ({size})").format(
                path=result.path, size=file_size(result.size)))
        elif isinstance(result, Restored):
            self._restored(result)
        elif result is None and not error:
            pass  # the day's backup was made already (or the register is empty): nothing to say
        else:
            title = translate("BackupActions", self._title)
            self._context.message.emit(translate("BackupActions", "{what}: not done. {error}").format(what=title, error=error))
            message = error if self._title == RESTORE_TITLE else translate(
                "BackupActions", "No backup was made: {error}").format(error=error)
            feedback.show_error(self._window, title, message)
        self.finished.emit(result, error)

    def _restored(self, result: Restored) -> None:
        text = translate("BackupActions", "Restored {backup}. The database as it was is kept as {kept}.").format(
            backup=result.source.name, kept=result.kept.path.name)
        operations.notify(self._context, Changed(Area.EVERYTHING))  # every view reads again
        self._context.message.emit(text)
        box = QMessageBox(QMessageBox.Icon.Information, translate("BackupActions", RESTORE_TITLE), text,
                          QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("restoreReport")
        box.setInformativeText(translate("BackupActions", "It is in {folder}.").format(folder=result.kept.path.parent))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda: setattr(self, "report_box", None))
        self.report_box = box
        box.open()
