"""The monitoring window: how signed agreements keep their targets, period by period.

For one agreement (the register's selection; it follows the register) or the whole portfolio,
and a month or quarter: the figures per line (or per agreement), the trend of the share of
ticket targets met over twelve periods (QtCharts), the breaches, the credits owed, the
experience check and the review suggestions, and the open tickets at risk with the time left.

Everything shown is ``core.monitoring``'s and is computed in a worker thread with its own
database connection, never on the GUI thread: choosing an agreement or a period starts one job
(a newer choice supersedes a job still running); the at-risk list reads again every minute
while the window is open. Closing a period is a deliberate, confirmed step that core allows
to quality checkers and administrators only (the button says so to the others).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import clock
from ...core.db import Database
from ...core.monitoring import at_risk, kpi_report, periods, review_adjust
from ...core.monitoring.experience import SUMMARIES
from ...core.roles import Role
from .. import operations
from ..common import formatting
from ..common.background import BackgroundJob, JobControl
from ..common.filters import buddy_label
from ..common.rows_table import RowsTable
from ..context import AppContext
from ..operations import Changed
from .portfolio_process import Portfolio, portfolio

REFRESH_MS = 60_000
PORTFOLIO = ""  # the agreement combo's data for the whole portfolio
CLOSERS = {Role.ADMINISTRATOR, Role.QUALITY_CHECKER}  # as core's ``periods.CLOSERS``; core decides


def period_choices(today: dt.date) -> list[tuple[str, str]]:
    """(shown, name) of the last twelve whole months, newest first, then the last four whole quarters."""
    months, quarters = [], []
    chosen = periods.last_month(today)
    for _ in range(12):
        months.append((chosen.name, chosen.name))
        chosen = periods.last_month(chosen.first)
    chosen = periods.last_whole("quarter", today)
    for _ in range(4):
        quarters.append((chosen.name, chosen.name))
        chosen = periods.last_whole("quarter", chosen.first)
    return months + quarters


class MonitoringWindow(QMainWindow):
    """Figures, trend, breaches, credits, experience, suggestions and open tickets at risk."""

    open_agreement = Signal(str)
    shown_figures = Signal()  # a job's figures are on screen (tests and the bench wait for it)

    def __init__(
        self, context: AppContext, number: str = PORTFOLIO, *, today: dt.date | None = None,
        refresh_ms: int = REFRESH_MS, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Monitoring")
        self.setWindowFlag(Qt.WindowType.Window)
        self._context = context
        self._today = today or clock.today()
        self._job: BackgroundJob | None = None
        self._risk_job: BackgroundJob | None = None
        self._superseded: list[BackgroundJob] = []
        self.data: object = None  # what the last job found (``kpi_report.ReportData`` or a ``Portfolio``)
        self._build()
        self.show_number(number)
        self._timer = QTimer(self, interval=refresh_ms)
        self._timer.timeout.connect(self.read_at_risk)
        self._timer.start()
        self.read_at_risk()

    # Building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.agreement = QComboBox()
        self.agreement.addItem("Whole portfolio", PORTFOLIO)
        self.agreement.setToolTip("The agreement selected in the register, or every signed agreement")
        self.period = QComboBox()
        for shown, name in period_choices(self._today):
            self.period.addItem(shown, name)
        self.refresh_button = QPushButton("&Refresh")
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.import_button = QPushButton("&Import…")
        self.import_button.setToolTip("Import tickets or outages from a CSV, XLSX or JSON export, with a preview first")
        self.reports_button = QPushButton("Reports for &every agreement…")
        self.reports_button.setToolTip("The KPI report of this period for every signed agreement, as PDF and DOCX, "
                                       "into the register (in the background; you can cancel between agreements)")
        self.close_button = QPushButton("C&lose period…")
        allowed = self._context.actor.role in CLOSERS
        self.close_button.setToolTip("Store this period's figures for good: they never change after (an audited step)"
                                     if allowed else "Only a quality checker or an administrator closes a period")
        self.state = QLabel()
        self.state.setObjectName("monitoringState")
        bar = QHBoxLayout()
        bar.addWidget(buddy_label("&Agreement:", self.agreement))
        bar.addWidget(self.agreement, 2)
        bar.addSpacing(10)
        bar.addWidget(buddy_label("&Period:", self.period))
        bar.addWidget(self.period)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.reports_button)
        bar.addWidget(self.close_button)
        self.figures = RowsTable(("Line or agreement", "Level", "Tickets", "Targets met", "Breaches", "Availability (target)",
                                  "Credit"), numeric=(2, 3, 4, 5, 6), stretch_first=True)
        self.figures.doubleClicked.connect(lambda index: self._figure_opened(index.row()))
        self.chart = QChart()
        self.chart.setTitle("Targets met, last twelve periods (%)")
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(240)
        self.at_risk = RowsTable(("Agreement", "Ticket", "Service", "Priority", "Target", "Due (UTC)", "Time left", "Escalation"),
                              numeric=(6,))
        self.breaches = RowsTable(("Ticket", "Service", "Priority", "Target", "Time used", "Allowed"), numeric=(4, 5))
        self.suggestions = RowsTable(("#", "Service", "Finding", "Periods", "Suggested level", "Monthly difference"),
                                  numeric=(0, 5))
        self.summary = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.summary.setObjectName("monitoringSummary")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.at_risk, "At &risk")
        self.tabs.addTab(self.breaches, "&Breaches")
        self.tabs.addTab(self.summary, "Credits && e&xperience")
        self.tabs.addTab(self.suggestions, "&Suggestions")
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self.figures)
        upper.addWidget(self.chart_view)
        upper.setSizes([700, 460])
        whole = QSplitter(Qt.Orientation.Vertical)
        whole.addWidget(upper)
        whole.addWidget(self.tabs)
        whole.setSizes([380, 300])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(bar)
        layout.addWidget(self.state)  # a line of its own: what is shown, and whether it is closed, never cut
        layout.addWidget(whole, 1)
        self.setCentralWidget(central)
        self.agreement.currentIndexChanged.connect(lambda _index: self.reload())
        self.period.currentIndexChanged.connect(lambda _index: self.reload())
        self.refresh_button.clicked.connect(self._refresh_all)
        self.close_button.clicked.connect(self.close_period)
        self.reports_button.clicked.connect(self.write_reports)
        self.import_button.clicked.connect(self.open_import)
        close = QAction("Close window", self, shortcut=QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(self.close)
        self.addAction(close)
        self.resize(1180, 760)

    # Choosing ----------------------------------------------------------------------------

    @property
    def number(self) -> str:
        return str(self.agreement.currentData() or PORTFOLIO)

    @property
    def chosen(self) -> periods.Period:
        return periods.period(str(self.period.currentData()))

    def show_number(self, number: str) -> None:
        """Show agreement ``number`` (the whole portfolio for ""): the register's selection, followed."""
        index = self.agreement.findData(number)
        if index < 0:
            self.agreement.addItem(number, number)
            index = self.agreement.count() - 1
        if index == self.agreement.currentIndex():
            self.reload()
        else:
            self.agreement.setCurrentIndex(index)  # reloads

    def _refresh_all(self) -> None:
        self.reload()
        self.read_at_risk()

    # Working -----------------------------------------------------------------------------

    def _start(self, work: Any, done: Any, what: str) -> BackgroundJob:
        job = BackgroundJob(work, self)
        job.finished.connect(done)
        self.state.setText(what)
        job.start()
        return job

    def reload(self) -> None:
        """Read the figures of the chosen agreement (or portfolio) and period in a worker."""
        if self._job is not None and self._job.is_running():
            self._job.cancel()
            self._superseded.append(self._job)  # its answer is dropped when it comes
        number, chosen, target = self.number, self.chosen, self._context.db.target
        now = dt.datetime.now(dt.UTC)
        self.close_button.setEnabled(bool(number) and self._context.actor.role in CLOSERS)

        def work(control: JobControl) -> object:
            if not number:
                return portfolio(target, chosen, now, control.cancelled)  # in a process: the window never waits
            db = Database.open(target, daily_backup=False)
            try:
                return kpi_report.report_data(db, number, chosen, now)
            finally:
                db.close()

        job = self._start(work, lambda result, error: self._shown(job, result, error), f"Reading {chosen.name}…")
        self._job = job

    def _shown(self, job: BackgroundJob, result: object, error: str) -> None:
        if job in self._superseded:
            self._superseded.remove(job)
            return
        if error:
            self.state.setText(f"Could not read the figures: {error}")
            self.shown_figures.emit()
            return
        if result is None:  # cancelled
            return
        self.data = result
        if isinstance(result, kpi_report.ReportData):
            self._show_agreement(result)
        else:
            self._show_portfolio(result)  # type: ignore[arg-type]  # the worker's Portfolio
        self.shown_figures.emit()

    def _show_agreement(self, data: kpi_report.ReportData) -> None:
        figures = data.figures
        state = (f"{figures.period}: closed {figures.closed_at:%Y-%m-%d} by {figures.closed_by}" if figures.closed_at
                 else f"{figures.period}: provisional, not closed")
        self.state.setText(state)
        self.close_button.setEnabled(figures.closed_at is None and self._context.actor.role in CLOSERS)
        credits = {line.position: line for line in data.credits.lines}
        rows, warn = [], set()
        for index, line in enumerate(figures.lines):
            counted = sum(c.counted for c in line.compliance)
            met = sum(c.met for c in line.compliance)
            credit = credits.get(line.position)
            rows.append((f"{line.position}. {line.service}" + (f", {line.site}" if line.site else ""), line.level,
                         str(line.tickets), f"{met}/{counted}" if counted else "–", str(line.breaches),
                         f"{line.availability} % ({line.availability_target} %)",
                         formatting.money(credit.amount, data.credits.currency) if credit else "–"))
            if line.breaches or not line.availability_met:
                warn.add(index)
        self.figures.set_rows(rows, warn)
        self._chart([item.name for item, _ in data.trend],
                    {line.service: [None if f is None else _share_of(f, line.position) for _, f in data.trend]
                     for line in figures.lines})
        kinds = {"response": "Response", "resolution": "Resolution"}
        self.breaches.set_rows([(item.ticket, row.service_name, item.priority, kinds[str(item.kind)],
                               _duration(item.used), _duration(item.target)) for row, item in data.breaches])
        self.suggestions.set_rows([_suggestion_row(item, data.credits.currency) for item in data.suggestions])
        check = data.check
        self.summary.setText(
            f"<b>Credits owed for {figures.period}:</b> {formatting.money(data.credits.total, data.credits.currency)}"
            f"{' (provisional)' if data.credits.provisional else ''}<br>"
            f"<b>Experience:</b> {SUMMARIES[check.code]}<br>"
            f"Satisfaction {check.satisfaction.measured if check.satisfaction.measured is not None else '–'} % from "
            f"{check.satisfaction.answers} answers (goal {check.satisfaction.goal or 'none'}); effort "
            f"{check.effort.measured if check.effort.measured is not None else '–'} from {check.effort.answers} answers "
            f"(goal {check.effort.goal or 'none'})")

    def _show_portfolio(self, found: Portfolio) -> None:
        self.state.setText(f"{self.chosen.name}: {len(found.numbers):,} signed agreements")
        rows, warn = found.rows, found.warn
        self.figures.set_rows(rows, warn)
        self._chart([], {})
        self.chart.setTitle("Select an agreement in the register to see its trend")
        for table in (self.breaches, self.suggestions):
            table.set_rows([])
        self.summary.setText("Credits, experience and suggestions are per agreement: select one in the register.")

    def _chart(self, labels: list[str], series: dict[str, list[float | None]]) -> None:
        """One bar set per line: the share of its ticket targets met per period, and the 95 % line."""
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.chart.setTitle("Targets met, last twelve periods (%)")
        if not labels:
            return
        bars = QBarSeries()  # one set per line, side by side
        for name, values in series.items():
            bar_set = QBarSet(name)
            for value in values:
                bar_set.append(0.0 if value is None else value)
            bars.append(bar_set)
        self.chart.addSeries(bars)
        goal = QLineSeries()
        goal.setName(f"goal {review_adjust.COMPLIANCE_GOAL} %")
        goal.append(-0.5, float(review_adjust.COMPLIANCE_GOAL))
        goal.append(len(labels) - 0.5, float(review_adjust.COMPLIANCE_GOAL))
        goal.setColor(QColor(formatting.WARNING))
        self.chart.addSeries(goal)
        x = QBarCategoryAxis()
        x.append([_short(name) for name in labels])  # the month or quarter under its bar; the years in the title
        x.setTitleText(f"{labels[0]} to {labels[-1]}")
        small = x.labelsFont()
        small.setPointSizeF(max(small.pointSizeF() - 1, 6))
        x.setLabelsFont(small)
        y = QValueAxis()
        y.setRange(0, 100)
        y.setLabelFormat("%d")
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for each in (bars, goal):
            each.attachAxis(x)
            each.attachAxis(y)

    def at_risk_reading(self) -> bool:
        """Whether the open tickets at risk are being read (tests and the bench wait for it)."""
        return self._risk_job is not None and self._risk_job.is_running()

    def read_at_risk(self) -> None:
        """The open tickets at risk or past due (of the chosen agreement, or all), read in a worker."""
        if self._risk_job is not None and self._risk_job.is_running():
            return
        number, target = self.number, self._context.db.target

        def work(control: JobControl) -> object:
            db = Database.open(target, daily_backup=False)
            try:
                return at_risk.at_risk(db, dt.datetime.now(dt.UTC), number=number or None)
            finally:
                db.close()

        def done(result: object, error: str) -> None:
            if error or not isinstance(result, list):
                return
            self.at_risk.set_rows([(item.number, item.ticket, item.service, item.priority, str(item.kind),
                                  f"{item.due:%Y-%m-%d %H:%M}", _duration(item.remaining) if item.remaining else "past due",
                                  str(item.escalation)) for item in result],
                  {index for index, item in enumerate(result) if not item.remaining})
            self.tabs.setTabText(0, f"At &risk ({len(result)})")

        self._risk_job = BackgroundJob(work, self)
        self._risk_job.finished.connect(done)
        self._risk_job.start()

    # Closing a period ------------------------------------------------------------------------

    def close_period(self) -> None:
        number, chosen = self.number, self.chosen
        if not number:
            return
        answer = QMessageBox.question(
            self, "Close period",
            f"Close {chosen.name} of {number}?\n\nIts figures are stored as they are now and never change after; "
            "tickets imported later are listed as late.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.close_now()

    def close_now(self) -> None:
        """Close the chosen period (after the confirmation): core checks the role and records the event."""
        number, chosen, db, actor = self.number, self.chosen, self._context.db, self._context.actor
        outcome = operations.change(
            self, self._context, lambda: periods.close_period(db, actor, number, chosen, dt.datetime.now(dt.UTC)),
            what="Close period", changed=Changed.agreement(number),
            done=lambda closed: f"{closed.number} {closed.period} closed: {closed.breaches} targets breached")
        if outcome.error is None:
            self.reload()

    def open_import(self) -> QDialog:
        """The import dialog; the figures are read again when it closes (whatever it stored)."""
        from .import_dialog import ImportDialog

        dialog = ImportDialog(self._context, self)
        dialog.finished.connect(lambda _code: self._refresh_all())
        dialog.open()
        self.import_dialog = dialog
        return dialog

    # Reports for every agreement ------------------------------------------------------------------

    def write_reports(self) -> BackgroundJob:
        """Every signed agreement's report of the chosen period, in a worker, with progress and cancel."""
        chosen, target, actor = self.chosen, self._context.db.target, self._context.actor
        now = dt.datetime.now(dt.UTC)
        self.reports_button.setEnabled(False)
        progress = QProgressDialog(f"Writing the reports of {chosen.name}…", "Cancel", 0, 0, self)
        progress.setWindowTitle("Reports")
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

        job = BackgroundJob(work, self)

        def step(done: int, total: int, number: str) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            if number:
                progress.setLabelText(f"Writing the report of {number} ({done + 1:,} of {total:,})…")

        def finished(result: object, error: str) -> None:
            progress.close()
            self.reports_button.setEnabled(True)
            if not isinstance(result, kpi_report.ReportBatch):
                self.reports_message = f"The reports were not written: {error}"
            else:
                stopped = f"; cancelled, {result.not_started:,} not begun" if result.cancelled else ""
                failed = (f"; {len(result.errors):,} refused (the first: {result.errors[0][0]}: {result.errors[0][1]})"
                          if result.errors else "")
                ended = f"; {len(result.ended):,} ended before it" if result.ended else ""
                self.reports_message = f"{len(result.written):,} reports of {chosen.name} written{ended}{stopped}{failed}"
            self.state.setText(self.reports_message)

        job.progressed.connect(step)
        job.finished.connect(finished)
        progress.canceled.connect(job.cancel)
        self.reports_job = job
        job.start()
        return job

    def _figure_opened(self, row: int) -> None:
        if not self.number and isinstance(self.data, Portfolio) and 0 <= row < len(self.data.numbers):
            self.open_agreement.emit(self.data.numbers[row])

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        self._timer.stop()
        for job in (self._job, self._risk_job, getattr(self, "reports_job", None), *self._superseded):
            if job is not None:
                job.stop()
        super().closeEvent(event)


def _share_of(figures: periods.AgreementFigures, position: int) -> float | None:
    line = next((item for item in figures.lines if item.position == position), None)
    if line is None:
        return None
    counted = sum(c.counted for c in line.compliance)
    return None if not counted else round(100 * sum(c.met for c in line.compliance) / counted, 1)


def _short(name: str) -> str:
    """A period under its bar: ``10`` for 2026-10, ``Q3`` for 2026-Q3 (the axis' title gives the years)."""
    if "-Q" in name:
        return name[-2:]
    return str(int(name[5:7])) if len(name) == 7 else name


def _duration(seconds: int) -> str:
    hours, minutes = divmod(round(seconds / 60), 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"


def _suggestion_row(item: review_adjust.Suggestion, currency: str) -> tuple[str, ...]:
    difference = "–" if item.difference is None else formatting.money(item.difference, currency)
    return (str(item.position), item.service, f"{item.target} {item.finding}", ", ".join(item.periods),
            item.suggested_level or "none", difference)
