#!/usr/bin/env python3
"""The monitoring window at N tickets: time to show an agreement, to switch to another, and the portfolio.

    python bench/monitoring_ui_bench.py --db BIG.db [--tickets 1000000] [--period 2026-10] [--runs 3]

BIG.db is a register made with ``slamdesk demo --agreements 100000``; it is copied and filled with N
tickets as ``bench/compliance_bench.py`` does (never changed itself). Then, offscreen, the window
opens on one agreement and the bench prints (medians of ``--runs``): how long until its figures,
trend, breaches and suggestions are on screen; until another agreement's are (switching, as the
register's selection does); until the whole portfolio's are; and, throughout, the longest the GUI
thread went without answering (a 10 ms timer's longest gap): the work runs in a worker, so this
stays small however long the figures take.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import select  # noqa: E402

from bench.compliance_bench import fill  # noqa: E402
from slamdesk.core import users  # noqa: E402
from slamdesk.core.db import Database  # noqa: E402
from slamdesk.core.monitoring import at_risk, periods  # noqa: E402
from slamdesk.models import Agreement, AgreementVersion  # noqa: E402
from slamdesk.ui.context import AppContext  # noqa: E402
from slamdesk.ui.monitoring.monitoring_window import MonitoringWindow  # noqa: E402


class Gaps:
    """The longest time the GUI thread did not run a 10 ms timer."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._clock = QElapsedTimer()
        self._clock.start()
        self._timer = QTimer(interval=10)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        self.longest = max(self.longest, self._clock.restart() / 1000)

    def since(self) -> float:
        """The longest gap since the last call (and starts counting afresh)."""
        longest, self.longest = self.longest, 0.0
        return longest


def wait_shown(window: MonitoringWindow, number: str | None) -> float:
    """Seconds until the window has shown what it read: after ``show_number(number)``, or its first read (None)."""
    loop = QEventLoop()
    window.shown_figures.connect(loop.quit)
    began = time.perf_counter()
    if number is not None:
        window.show_number(number)
    loop.exec()
    window.shown_figures.disconnect(loop.quit)
    return time.perf_counter() - began


def wait_trend(window: MonitoringWindow) -> float:
    """Seconds until the portfolio's twelve-period trend is in the chart (it is read after the portfolio's table)."""
    began = time.perf_counter()
    loop = QEventLoop()
    while window.trend_job is not None:
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    return time.perf_counter() - began


def wait_at_risk(window: MonitoringWindow) -> float:
    """Seconds until the at-risk list the window began reading when it opened is on screen."""
    began = time.perf_counter()
    loop = QEventLoop()
    while window.at_risk_reading():
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--period", default="2026-10")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    chosen = periods.period(args.period)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "bench.db"
        shutil.copyfile(args.db, copy)
        db = Database.open(copy, daily_backup=False)
        began = time.perf_counter()
        fill(db, args.tickets, chosen)
        print(f"{args.tickets:,} tickets written in {time.perf_counter() - began:.1f} s")
        with db.read() as session:
            numbers = list(session.scalars(
                select(Agreement.number).join(AgreementVersion, AgreementVersion.agreement_id == Agreement.id)
                .where(AgreementVersion.status.in_(["signed", "active"])).order_by(Agreement.number).limit(2 * args.runs)))
        actor = users.get_actor(db)
        began = time.perf_counter()
        risky = at_risk.at_risk(db, dt.datetime.combine(chosen.after, dt.time(), dt.UTC))
        print(f"open tickets at risk, read alone: {len(risky):,} in {time.perf_counter() - began:.2f} s")
        gaps = Gaps()
        opened, switched, portfolio, trend, risk = [], [], [], [], []
        stalls: dict[str, float] = {}
        for run in range(args.runs):
            first, second = numbers[2 * run], numbers[2 * run + 1]
            began = time.perf_counter()
            # Its default period is the month before ``today``: the one benched.
            window = MonitoringWindow(AppContext(db, actor), first, today=chosen.after, refresh_ms=3_600_000)
            window.show()
            wait_shown(window, None)
            opened.append(time.perf_counter() - began)
            stalls["open"] = max(stalls.get("open", 0.0), gaps.since())
            switched.append(wait_shown(window, second))
            stalls["switch"] = max(stalls.get("switch", 0.0), gaps.since())
            portfolio.append(wait_shown(window, ""))
            stalls["portfolio"] = max(stalls.get("portfolio", 0.0), gaps.since())
            trend.append(wait_trend(window))
            stalls["trend"] = max(stalls.get("trend", 0.0), gaps.since())
            risk.append(wait_at_risk(window))
            stalls["at risk"] = max(stalls.get("at risk", 0.0), gaps.since())
            window.close()
            app.processEvents()
        db.close()
    print(f"open the window on an agreement: {statistics.median(opened):.2f} s (median of {args.runs})")
    print(f"switch to another agreement:      {statistics.median(switched):.2f} s")
    print(f"the whole portfolio:              {statistics.median(portfolio):.2f} s")
    print(f"the portfolio's trend (after it): {statistics.median(trend):.2f} s more (twelve periods)")
    print(f"the at-risk list (after those):   {statistics.median(risk):.2f} s more")
    print("longest the window did not answer: " + ", ".join(f"{what} {ms * 1000:.0f} ms" for what, ms in stalls.items()))


if __name__ == "__main__":
    main()
