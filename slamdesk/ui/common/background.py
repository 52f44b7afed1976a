"""Long work off the GUI thread: one ``QThread`` and a worker ``QObject`` per job.

The work is a plain function of a :class:`JobControl` (ask ``cancelled()``,
report ``progress(...)``). It runs in its own thread, so it must open its own
``Database``: SQLite connections belong to the thread that made them.
Results, refusals and progress come back as queued signals, so the window
keeps painting and answering while the work runs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ...core.errors import SlamdeskError
from .i18n import translate


class JobControl:
    """What the work function may do from its thread: look for a cancel, report progress."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._cancel = threading.Event()
        self._report = report

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int, text: str) -> None:
        self._report(done, total, text)


class _Worker(QObject):
    progressed = Signal(int, int, str)
    done = Signal(object, str)  # the result, or None and why not

    def __init__(self, work: Callable[[JobControl], object]) -> None:
        super().__init__()
        self._work = work
        self.control = JobControl(self.progressed.emit)

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.control)
        except SlamdeskError as error:
            self.done.emit(None, str(error))
        except OSError as error:
            where = f" ({error.filename})" if error.filename else ""
            self.done.emit(None, f"{error.strerror or error}{where}")
        except Exception as error:  # noqa: BLE001 - shown to the user instead of dying in a thread
            self.done.emit(None, translate("BackgroundJob", "unexpected error: {kind}: {error}").format(
                kind=type(error).__name__, error=error))
        else:
            self.done.emit(result, "")


class BackgroundJob(QObject):
    """Runs ``work`` once in a new thread.

    Signals:
        progressed: ``(done, total, text)`` from the work; ``total`` 0 means "not known yet".
        finished: ``(result, error)``; ``error`` is "" on success. The thread has ended by then.
    """

    progressed = Signal(int, int, str)
    finished = Signal(object, str)

    def __init__(self, work: Callable[[JobControl], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = QThread()
        self._thread.setObjectName("slamdesk-background")
        self._worker: _Worker | None = _Worker(work)
        self._control = self._worker.control
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._thread.finished.connect(self._worker.deleteLater)  # deleted in its thread as it ends
        self._worker.progressed.connect(self.progressed)
        self._worker.done.connect(self._done)
        self._running = False
        self.result: object = None
        self.error = ""

    def start(self) -> None:
        assert self._thread is not None and not self._running, "a job runs once"
        self._running = True
        self._thread.start()

    def is_running(self) -> bool:
        return self._running

    def cancel(self) -> None:
        """Ask the work to stop at its next check (thread-safe, returns at once)."""
        self._control.cancel()

    def cancel_requested(self) -> bool:
        return self._control.cancelled()

    def stop(self) -> None:
        """Cancel, and wait for the work to reach its next check and the thread to end.

        For closing the window: ``finished`` is not emitted afterwards.
        """
        self.cancel()
        self._end_thread()

    def _end_thread(self) -> bool:
        thread = self._thread
        if thread is None:
            return False
        if self._running:
            thread.quit()  # the thread's loop ends once the work has returned
            thread.wait()
        self._thread = self._worker = None
        self._running = False
        return True

    def _done(self, result: object, error: str) -> None:
        if not self._end_thread():
            return
        self.result, self.error = result, error
        self.finished.emit(result, error)
