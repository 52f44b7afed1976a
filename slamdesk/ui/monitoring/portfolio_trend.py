"""The monitoring window's chart for the whole portfolio: the share of every signed agreement's ticket targets met in
each of the last twelve periods (a mixin of ``MonitoringWindow``).

The figures are core's (``portfolio_compliance.portfolio_trend``: twelve portfolio readings, closed periods as
stored); they are read in another process after the portfolio's table is on screen, so the table never waits for
the chart, and a newer choice (an agreement, another period) drops an answer still to come.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCharts import QChart
from PySide6.QtCore import QObject, Signal

from ...core.monitoring import periods
from ...core.monitoring.portfolio_compliance import TrendPoint
from ..common.background import BackgroundJob, JobControl
from ..common.i18n import translate
from ..context import AppContext
from .portfolio_process import trend


class PortfolioTrend:
    """``read_trend`` starts the reading; the chart shows one bar per period when it is done.

    Attributes:
        trend: what the last reading found (oldest first), or None before it is done.
    """

    _context: AppContext
    chart: QChart
    shown_trend: Signal
    trend: list[TrendPoint] | None = None
    trend_job: BackgroundJob | None = None

    @property
    def number(self) -> str:
        raise NotImplementedError

    @property
    def chosen(self) -> periods.Period:
        raise NotImplementedError

    def _chart(self, labels: list[str], series: dict[str, list[float | None]]) -> None:
        raise NotImplementedError

    def read_trend(self) -> None:
        """Read the portfolio's trend up to the chosen period in a worker; the chart says it is being read."""
        self.drop_trend()
        self.trend = None
        chosen, target, now = self.chosen, self._context.db.target, dt.datetime.now(dt.UTC)
        self._chart([], {})
        self.chart.setTitle(translate("MonitoringWindow", "Reading the portfolio's last twelve periods…"))

        def work(control: JobControl) -> object:
            return trend(target, chosen, now, control.cancelled)  # in a process: the window never waits

        job = BackgroundJob(work, self if isinstance(self, QObject) else None)
        job.finished.connect(self._trend_done(job, chosen))
        self.trend_job = job
        job.start()

    def drop_trend(self, *, wait: bool = False) -> None:
        """Drop a reading still running: a newer choice was made (its answer is ignored when it comes), or the window
        closes (``wait``: until its thread has ended)."""
        if self.trend_job is not None:
            if wait:
                self.trend_job.stop()
            else:
                self.trend_job.cancel()
            self.trend_job = None

    def _trend_done(self, job: BackgroundJob, chosen: periods.Period) -> Callable[[object, str], None]:
        def done(result: object, error: str) -> None:
            if job is not self.trend_job or self.number or self.chosen != chosen:
                return  # superseded: the chart now shows something else
            self.trend_job = None
            if error:
                self.chart.setTitle(translate("MonitoringWindow", "Could not read the portfolio's trend: {reason}").format(
                    reason=error))
            elif isinstance(result, list):
                self.trend = result
                self._chart([point.period.name for point in result], {
                    translate("MonitoringWindow", "Portfolio"): [
                        None if point.share is None else round(float(point.share), 1) for point in result]})
                self.chart.setTitle(translate("MonitoringWindow", "Targets met across the portfolio, last twelve periods (%)"))
            self.shown_trend.emit()

        return done
