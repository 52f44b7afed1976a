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
from decimal import Decimal
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import clock
from ...core.db import Database
from ...core.monitoring import at_risk, kpi_report, periods, review_adjust
from ...core.monitoring.compliance import Measure
from ...core.roles import Role
from .. import operations
from ..common import formatting
from ..common.background import BackgroundJob, JobControl
from ..common.filters import buddy_label
from ..common.i18n import translate
from ..common.rows_table import RowsTable
from ..context import AppContext
from ..operations import Changed
from .agreement_documents import AgreementDocuments
from .portfolio_process import Portfolio, portfolio
from .portfolio_trend import PortfolioTrend
from .reports_writer import ReportsWriter
from .wording import (
    ESCALATIONS,
    EXPERIENCE,
    KINDS,
    PERIOD_STATES,
    duration,
    label,
    portfolio_summary,
    short_period,
    suggestion_row,
    summary,
)

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


class MonitoringWindow(AgreementDocuments, ReportsWriter, PortfolioTrend, QMainWindow):
    """Figures, trend, breaches, credits, experience, suggestions and open tickets at risk."""

    open_agreement = Signal(str)
    shown_figures = Signal()  # a job's figures are on screen (tests and the bench wait for it)
    shown_trend = Signal()  # the portfolio's trend is in the chart (or why it is not)

    def __init__(
        self, context: AppContext, number: str = PORTFOLIO, *, today: dt.date | None = None,
        refresh_ms: int = REFRESH_MS, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("MonitoringWindow", "Monitoring"))
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
        self.agreement.addItem(translate("MonitoringWindow", "Whole portfolio"), PORTFOLIO)
        self.agreement.setToolTip(translate("MonitoringWindow",
                                            "The agreement selected in the register, or every signed agreement"))
        self.period = QComboBox()
        for shown, name in period_choices(self._today):
            self.period.addItem(shown, name)
        self.refresh_button = QPushButton(translate("MonitoringWindow", "&Refresh"))
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.import_button = QPushButton(translate("MonitoringWindow", "&Import…"))
        self.import_button.setToolTip(translate(
            "MonitoringWindow", "Import tickets or outages from a CSV, XLSX or JSON export, with a preview first"))
        self.reports_button = QPushButton(translate("MonitoringWindow", "Reports for &every agreement…"))
        self.reports_button.setToolTip(translate(
            "MonitoringWindow", "The KPI report of this period for every signed agreement, as PDF and DOCX, into the register "
            "(in the background; you can cancel between agreements)"))
        self.close_button = QPushButton(translate("MonitoringWindow", "C&lose period…"))
        allowed = self._context.actor.role in CLOSERS
        self.close_button.setToolTip(
            translate("MonitoringWindow", "Store this period's figures for good: they never change after (an audited step)")
            if allowed else translate("MonitoringWindow", "Only a quality checker or an administrator closes a period"))
        self.state = QLabel()
        self.state.setObjectName("monitoringState")
        bar = QHBoxLayout()
        bar.addWidget(buddy_label(translate("MonitoringWindow", "&Agreement:"), self.agreement))
        bar.addWidget(self.agreement, 2)
        bar.addSpacing(10)
        bar.addWidget(buddy_label(translate("MonitoringWindow", "&Period:"), self.period))
        bar.addWidget(self.period)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.build_documents())
        bar.addWidget(self.import_button)
        bar.addWidget(self.reports_button)
        bar.addWidget(self.close_button)
        common = (translate("MonitoringWindow", "Tickets"), translate("MonitoringWindow", "Targets met"),
                  translate("MonitoringWindow", "Breaches"), translate("MonitoringWindow", "Availability (target)"),
                  translate("MonitoringWindow", "Credit"))
        self._line_headers = (translate("MonitoringWindow", "Line or agreement"), translate("MonitoringWindow", "Level"),
                              *common)
        self._agreement_headers = (translate("MonitoringWindow", "Agreement"), translate("MonitoringWindow", "Period"),
                                   *common, translate("MonitoringWindow", "Experience"))  # the portfolio's, a row each
        self.figures = RowsTable(self._line_headers, numeric=(2, 3, 4, 5, 6), stretch_first=True)
        self.figures.doubleClicked.connect(lambda index: self._figure_opened(index.row()))
        self.chart = QChart()
        self.chart.setTitle(translate("MonitoringWindow", "Targets met, last twelve periods (%)"))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(240)
        self.at_risk = RowsTable((
            translate("MonitoringWindow", "Agreement"), translate("MonitoringWindow", "Ticket"),
            translate("MonitoringWindow", "Service"), translate("MonitoringWindow", "Priority"),
            translate("MonitoringWindow", "Target"), translate("MonitoringWindow", "Due"),
            translate("MonitoringWindow", "Time left"), translate("MonitoringWindow", "Escalation")), numeric=(6,))
        self._breach_headers = (
            translate("MonitoringWindow", "Ticket"), translate("MonitoringWindow", "Service"),
            translate("MonitoringWindow", "Priority"), translate("MonitoringWindow", "Target"),
            translate("MonitoringWindow", "Time used"), translate("MonitoringWindow", "Allowed"))
        self.breaches = RowsTable(self._breach_headers, numeric=(4, 5))
        self._suggestion_headers = (
            "#", translate("MonitoringWindow", "Service"), translate("MonitoringWindow", "Finding"),
            translate("MonitoringWindow", "Periods"), translate("MonitoringWindow", "Suggested level"),
            translate("MonitoringWindow", "Monthly difference"))
        self.suggestions = RowsTable(self._suggestion_headers, numeric=(0, 5))
        self.summary = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.summary.setObjectName("monitoringSummary")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.at_risk, translate("MonitoringWindow", "A&t risk"))
        self.tabs.addTab(self.breaches, translate("MonitoringWindow", "&Breaches"))
        self.tabs.addTab(self.summary, translate("MonitoringWindow", "Credits && e&xperience"))
        self.tabs.addTab(self.suggestions, translate("MonitoringWindow", "&Suggestions"))
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
        close = QAction(translate("MonitoringWindow", "Close window"), self,
                        shortcut=QKeySequence(QKeySequence.StandardKey.Close))
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
        self.drop_trend()
        self.close_button.setEnabled(bool(number) and self._context.actor.role in CLOSERS)
        self.documents_enabled()

        def work(control: JobControl) -> object:
            if not number:
                return portfolio(target, chosen, now, control.cancelled)  # in a process: the window never waits
            db = Database.open(target, daily_backup=False)
            try:
                return kpi_report.report_data(db, number, chosen, now)
            finally:
                db.close()

        job = self._start(work, lambda result, error: self._shown(job, result, error),
                          translate("MonitoringWindow", "Reading {period}…").format(period=chosen.name))
        self._job = job

    def _shown(self, job: BackgroundJob, result: object, error: str) -> None:
        if job in self._superseded:
            self._superseded.remove(job)
            return
        if error:
            self.state.setText(translate("MonitoringWindow", "Could not read the figures: {reason}").format(reason=error))
            self.shown_figures.emit()
            return
        if result is None:  # cancelled
            return
        self.data = result
        if isinstance(result, kpi_report.ReportData):
            self._show_agreement(result)
        else:
            self._show_portfolio(result)  # type: ignore[arg-type]  # the worker's Portfolio
        self.documents_enabled()
        self.shown_figures.emit()

    def _show_agreement(self, data: kpi_report.ReportData) -> None:
        figures = data.figures
        state = (translate("MonitoringWindow", "{period}: closed {date} by {person}").format(
            period=figures.period, date=formatting.timestamp(figures.closed_at), person=figures.closed_by) if figures.closed_at
            else translate("MonitoringWindow", "{period}: provisional, not closed").format(period=figures.period))
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
                         f"{formatting.share(line.availability)} ({formatting.share(line.availability_target)})",
                         formatting.money(credit.amount, data.credits.currency) if credit else "–"))
            if line.breaches or not line.availability_met:
                warn.add(index)
        self.figures.rows.headers = self._line_headers
        self.figures.set_rows(rows, warn)
        self._fit_figures(portfolio=False)  # after: a new column count resets the header's modes
        self._chart([item.name for item, _ in data.trend],
                    {line.service: [None if f is None else _share_of(f, line.position) for _, f in data.trend]
                     for line in figures.lines})
        self.breaches.rows.headers, self.breaches.rows.numeric = self._breach_headers, {4, 5}
        self.breaches.set_rows([_breach_row(row.service_name, item) for row, item in data.breaches])
        self.suggestions.rows.headers, self.suggestions.rows.numeric = self._suggestion_headers, {0, 5}
        self.suggestions.set_rows([suggestion_row(item, data.credits.currency) for item in data.suggestions])
        self.summary.setText(summary(data, figures.period))

    def _show_portfolio(self, found: Portfolio) -> None:
        signed = len(found.numbers)  # lupdate reads a numbered text whose number is a plain name
        self.state.setText(translate("MonitoringWindow", "{period}: %n signed agreement(s)", None, signed).format(
            period=self.chosen.name))
        credits = found.credits or [(Decimal(0), "")] * len(found.rows)
        judged = found.experience or [""] * len(found.rows)
        rows = [(row[0], label(PERIOD_STATES, row[1]), *row[2:5],
                 translate("MonitoringWindow", "{met} of %n line(s) met", None, lines).format(met=met),
                 formatting.money(amount, currency) if currency else "–", label(EXPERIENCE, code) if code else "–")
                for row, (met, lines), (amount, currency), code in zip(found.rows, found.lines, credits, judged, strict=True)]
        self.figures.rows.headers = self._agreement_headers
        self.figures.set_rows(rows, found.warn | {index for index, code in enumerate(judged) if code in ("watermelon", "missed")})
        self._fit_figures(portfolio=True)  # after: a new column count resets the header's modes
        self.read_trend()  # after the table: the chart fills in when the twelve periods are read
        self.breaches.rows.headers = (translate("MonitoringWindow", "Agreement"), *self._breach_headers)
        self.breaches.rows.numeric = {5, 6}
        self.breaches.set_rows([(number, *_breach_row(service, item)) for number, service, item in found.breached])
        self.suggestions.rows.headers = (translate("MonitoringWindow", "Agreement"), *self._suggestion_headers)
        self.suggestions.rows.numeric = {1, 6}
        self.suggestions.set_rows([(number, *suggestion_row(item, currency)) for number, currency, item in found.suggestions])
        self.summary.setText(portfolio_summary(found, self.chosen.name))

    def _fit_figures(self, *, portfolio: bool) -> None:
        """A line's name takes the room left (elided, whole in its tooltip); an agreement's number is never cut, and
        the portfolio's experience check takes the room left instead."""
        header = self.figures.horizontalHeader()
        last = len(self._agreement_headers if portfolio else self._line_headers) - 1
        for column in range(len(self._agreement_headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(last if portfolio else 0, QHeaderView.ResizeMode.Stretch)

    def _chart(self, labels: list[str], series: dict[str, list[float | None]]) -> None:
        """One bar set per line: the share of its ticket targets met per period, and the 95 % line."""
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.chart.setTitle(translate("MonitoringWindow", "Targets met, last twelve periods (%)"))
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
        goal.setName(translate("MonitoringWindow", "goal {percent} %").format(percent=review_adjust.COMPLIANCE_GOAL))
        goal.append(-0.5, float(review_adjust.COMPLIANCE_GOAL))
        goal.append(len(labels) - 0.5, float(review_adjust.COMPLIANCE_GOAL))
        goal.setColor(QColor(formatting.WARNING))
        self.chart.addSeries(goal)
        x = QBarCategoryAxis()
        x.append([short_period(name) for name in labels])  # the month or quarter under its bar; the years in the title
        x.setTitleText(translate("MonitoringWindow", "{first} to {last}").format(first=labels[0], last=labels[-1]))
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
            self.at_risk.set_rows([(item.number, item.ticket, item.service, item.priority, label(KINDS, item.kind),
                                  formatting.timestamp(item.due), duration(item.remaining) if item.remaining
                                  else translate("MonitoringWindow", "past due"), label(ESCALATIONS, item.escalation))
                                 for item in result],
                  {index for index, item in enumerate(result) if not item.remaining})
            self.tabs.setTabText(0, translate("MonitoringWindow", "A&t risk ({count})").format(count=len(result)))

        self._risk_job = BackgroundJob(work, self)
        self._risk_job.finished.connect(done)
        self._risk_job.start()

    # Closing a period ------------------------------------------------------------------------

    def close_period(self) -> None:
        number, chosen = self.number, self.chosen
        if not number:
            return
        answer = QMessageBox.question(
            self, translate("MonitoringWindow", "Close period"),
            translate("MonitoringWindow", "Close {period} of {number}?\n\nIts figures are stored as they are now and never "
                      "change after; tickets imported later are listed as late.").format(period=chosen.name, number=number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.close_now()

    def close_now(self) -> None:
        """Close the chosen period (after the confirmation): core checks the role and records the event."""
        number, chosen, db, actor = self.number, self.chosen, self._context.db, self._context.actor
        outcome = operations.change(
            self, self._context, lambda: periods.close_period(db, actor, number, chosen, dt.datetime.now(dt.UTC)),
            what=translate("MonitoringWindow", "Close period"), changed=Changed.agreement(number),
            done=_closed_text)
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

    def _figure_opened(self, row: int) -> None:
        if not self.number and isinstance(self.data, Portfolio) and 0 <= row < len(self.data.numbers):
            self.open_agreement.emit(self.data.numbers[row])

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        self._timer.stop()
        for job in (self._job, self._risk_job, getattr(self, "reports_job", None), self.report_job, *self._superseded):
            if job is not None:
                job.stop()
        self.drop_trend(wait=True)
        super().closeEvent(event)


def _closed_text(closed: periods.AgreementFigures) -> str:
    breaches = closed.breaches  # lupdate reads a numbered text whose number is a plain name
    return translate("MonitoringWindow", "{number} {period} closed: %n target(s) breached", None, breaches).format(
        number=closed.number, period=closed.period)


def _share_of(figures: periods.AgreementFigures, position: int) -> float | None:
    line = next((item for item in figures.lines if item.position == position), None)
    if line is None:
        return None
    counted = sum(c.counted for c in line.compliance)
    return None if not counted else round(100 * sum(c.met for c in line.compliance) / counted, 1)


def _breach_row(service: str, item: Measure) -> tuple[str, ...]:
    """A target a ticket breached, as the Breaches tab lists it."""
    return (item.ticket, service, item.priority, label(KINDS, item.kind), duration(item.used), duration(item.target))
