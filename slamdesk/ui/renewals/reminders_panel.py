"""The reminders panel: what falls due in the next 30, 60 or 90 days (notice deadlines, renewals, renewals to
confirm, ends, reviews), read in a worker, again when the date changes, one double-click (or Enter) from the
agreement. A desktop notification for what falls due within a week, once a day, where the platform has a tray.

What is due is ``core.renewals.standing``'s business; the panel also brings the register's copy of each
agreement's standing up to the day (``schedule.refresh``) before it reads, both in a process of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSystemTrayIcon, QVBoxLayout, QWidget

from ...core import clock
from ...core.renewals import standing
from ...core.roles import Role
from ..common import formatting
from ..common.background import BackgroundJob, JobControl
from ..common.filters import buddy_label
from ..common.i18n import translate
from ..common.rows_table import RowsTable
from ..context import AppContext
from .reminders_process import reminders

WITHIN = (30, 60, 90)
SOON = 7  # days: drawn in the warning colour, and notified
DAY_CHECK_MS = 60_000  # how often the panel looks whether the date changed
HEADERS = (QT_TRANSLATE_NOOP("RemindersPanel", "Day"), QT_TRANSLATE_NOOP("RemindersPanel", "Agreement"),
           QT_TRANSLATE_NOOP("RemindersPanel", "Due"), QT_TRANSLATE_NOOP("RemindersPanel", "Customer"),
           QT_TRANSLATE_NOOP("RemindersPanel", "Detail"))
# What falls due (``standing.Due``), as the Due column names it.
DUE_TEXTS = {
    standing.Due.NOTICE: QT_TRANSLATE_NOOP("RemindersPanel", "notice deadline"),
    standing.Due.RENEWS: QT_TRANSLATE_NOOP("RemindersPanel", "renews"),
    standing.Due.CONFIRM: QT_TRANSLATE_NOOP("RemindersPanel", "confirm renewal"),
    standing.Due.ENDS: QT_TRANSLATE_NOOP("RemindersPanel", "ends"),
    standing.Due.REVIEW: QT_TRANSLATE_NOOP("RemindersPanel", "review"),
}


def due_text(due: standing.Due) -> str:
    text = DUE_TEXTS.get(due)
    return translate("RemindersPanel", text) if text else str(due)


class RemindersPanel(QWidget):
    """Deadlines falling due soon for the agreements the acting person looks after (or every agreement)."""

    open_agreement = Signal(str)
    shown = Signal()  # a read is on screen (tests wait for it)

    def __init__(self, context: AppContext, settings: QSettings, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = clock.today) -> None:
        super().__init__(parent)
        self._context, self._settings, self._today = context, settings, today
        self._job: BackgroundJob | None = None
        self._stopped = False  # the window closed: nothing more is read
        self._read_day: dt.date | None = None
        self._notified_day: dt.date | None = None
        self.found: list[standing.Deadline] = []
        self.within = QComboBox()
        for days in WITHIN:
            self.within.addItem(translate("RemindersPanel", "%n days", None, days), days)
        chosen = self.within.findData(int(str(settings.value("reminders/within", 30))))
        self.within.setCurrentIndex(max(chosen, 0))
        self.mine = QCheckBox(translate("RemindersPanel", "&Just mine"))
        self.mine.setToolTip(translate("RemindersPanel", "Only the agreements whose version in force you drafted"))
        self.mine.setChecked(context.actor.role is Role.REPRESENTATIVE)
        self.state = QLabel("")
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = RowsTable(tuple(translate("RemindersPanel", header) for header in HEADERS))
        self.table.setAccessibleName(translate("RemindersPanel", "Reminders"))
        self.table.activated.connect(self._open)  # Return or Enter on a row (and a double-click where the style says)
        self.table.doubleClicked.connect(self._open)
        bar = QHBoxLayout()
        bar.addWidget(buddy_label(translate("RemindersPanel", "Coming up within:"), self.within))
        bar.addWidget(self.within)
        bar.addSpacing(12)
        bar.addWidget(self.mine)
        bar.addSpacing(12)
        bar.addWidget(self.state, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.within.currentIndexChanged.connect(self._chosen)
        self.mine.toggled.connect(lambda _on: self.read())
        self._day_timer = QTimer(self, interval=DAY_CHECK_MS)
        self._day_timer.timeout.connect(self._day_changed)
        self._day_timer.start()
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QIcon(self.windowIcon()), self)

    def _chosen(self) -> None:
        self._settings.setValue("reminders/within", self.within.currentData())
        self.read()

    def _day_changed(self) -> None:
        if self._read_day is not None and self._today() != self._read_day:
            self.read()

    def reading(self) -> bool:
        return self._job is not None and self._job.is_running()

    def read(self) -> None:
        """Bring the register's standings up to today and read what falls due, in a worker."""
        if self.reading() or self._stopped:
            return
        target, day, within = self._context.db.target, self._today(), int(self.within.currentData())
        drafted_by = self._context.actor.id if self.mine.isChecked() else None
        username = self._context.actor.username

        def work(control: JobControl) -> object:  # in a process: the window never waits
            return reminders(target, day, within, drafted_by, username, control.cancelled)

        self.state.setText(translate("RemindersPanel", "Reading…"))
        self._read_day = day
        self._job = BackgroundJob(work, self)
        self._job.finished.connect(lambda result, error: self._shown(day, within, result, error))
        self._job.start()

    def _shown(self, day: dt.date, within: int, result: object, error: str) -> None:
        if result is None and not error:
            return  # cancelled
        if error or not isinstance(result, list):
            self.state.setText(translate("RemindersPanel", "Could not read the reminders: {error}").format(error=error))
            self.shown.emit()
            return
        self.found = result
        soon = {index for index, item in enumerate(result) if (item.day - day).days <= SOON}
        self.table.set_rows([(_when(item.day, day), item.number, due_text(item.due), item.customer, item.detail)
                             for item in result], soon)
        count = len(result)
        if not count:
            said = translate("RemindersPanel", "Nothing falls due in the next {days} days")
        else:
            said = translate("RemindersPanel", "%n item(s) in the next {days} days", None, count)
        self.state.setText(said.format(days=within))
        self._notify(day, [item for index, item in enumerate(result) if index in soon])
        self.shown.emit()

    def _notify(self, day: dt.date, soon: list[standing.Deadline]) -> None:
        """Once a day, a desktop notification for what falls due within a week (nothing without a tray)."""
        if self.tray is None or not soon or self._notified_day == day:
            return
        self._notified_day = day
        self.tray.show()
        first = soon[0]
        more = len(soon) - 1
        if more:
            text = translate("RemindersPanel", "{number}: {due} {when} and %n more", None, more)
        else:
            text = translate("RemindersPanel", "{number}: {due} {when}")
        self.tray.showMessage(translate("RemindersPanel", "slamdesk reminders"),
                              text.format(number=first.number, due=due_text(first.due), when=_when(first.day, day)),
                              QSystemTrayIcon.MessageIcon.Information)

    def stop(self) -> None:
        """The window is closing: end the read in hand (its process is ended), and read no more."""
        self._stopped = True
        if self._job is not None:
            self._job.stop()
            self._job = None
        self._day_timer.stop()

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_agreement.emit(self.table.text(index.row(), 1))


def _when(day: dt.date, today: dt.date) -> str:
    """The day, and how far off it is: "(in 3 days)", "(today)", or for an overdue review "(12 days ago)"."""
    days = (day - today).days
    ago = -days
    if days == 0:
        text = translate("RemindersPanel", "{day} (today)")
    elif days > 0:
        text = translate("RemindersPanel", "{day} (in %n day(s))", None, days)
    else:
        text = translate("RemindersPanel", "{day} (%n day(s) ago)", None, ago)
    return text.format(day=formatting.date(day))
