"""The whole portfolio's figures, worked out in a process of their own (no Qt is imported here).

See ``processes`` for why a process; the table's rows are made there too, so the window only
hands them to its model.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ...core.db import Database
from ...core.monitoring import credits_owed, experience, periods, portfolio_compliance, review_adjust
from ...core.monitoring.compliance import Measure
from ..common.processes import in_process


@dataclass(frozen=True)
class Portfolio:
    """The portfolio's figures as the monitoring window's table shows them: one row per signed agreement."""

    numbers: list[str]
    rows: list[tuple[str, ...]]
    warn: set[int]  # rows with a breach or an availability target missed
    lines: list[tuple[int, int]]  # per row: its lines that met their availability target, and all its lines
    credits: list[tuple[Decimal, str]] = field(default_factory=list)  # per row: the credits owed, and the currency
    experience: list[str] = field(default_factory=list)  # per row: its experience check's code (``experience.SUMMARIES``)
    # every agreement's review suggestions from its closed periods: (number, currency, suggestion)
    suggestions: list[tuple[str, str, review_adjust.Suggestion]] = field(default_factory=list)
    # the targets breached, the first ``portfolio_compliance.BREACHES_LISTED``: (number, service, measure)
    breached: list[tuple[str, str, Measure]] = field(default_factory=list)

    # The rows are in English (made where no catalogue is installed): the window writes the period's state
    # (column 1, "closed" or "open"), the lines met (column 5) and the credits (column 6) in its language.

    @property
    def breaches(self) -> int:
        return sum(int(row[4]) for row in self.rows)

    def owed(self) -> dict[str, Decimal]:
        """The credits owed across the portfolio, per currency (those owing nothing left out)."""
        totals: dict[str, Decimal] = {}
        for amount, currency in self.credits:
            if amount:
                totals[currency] = totals.get(currency, Decimal(0)) + amount
        return dict(sorted(totals.items()))

    @classmethod
    def of(cls, found: list[periods.AgreementFigures], credits: dict[str, tuple[Decimal, str]] | None = None,
           checks: dict[str, experience.ExperienceCheck] | None = None) -> Portfolio:
        rows, warn, lines = [], set(), []
        for index, figures in enumerate(found):
            counted = sum(c.counted for line in figures.lines for c in line.compliance)
            met = sum(c.met for line in figures.lines for c in line.compliance)
            down = sum(not line.availability_met for line in figures.lines)
            rows.append((figures.number, "closed" if figures.closed_at else "open", str(sum(x.tickets for x in figures.lines)),
                         f"{met}/{counted}" if counted else "–", str(figures.breaches),
                         f"{len(figures.lines) - down} of {len(figures.lines)} lines met", ""))
            lines.append((len(figures.lines) - down, len(figures.lines)))
            if figures.breaches or down:
                warn.add(index)
        owed = [(credits or {}).get(figures.number, (Decimal(0), "")) for figures in found]
        judged = [check.code if (check := (checks or {}).get(figures.number)) else "" for figures in found]
        return cls([figures.number for figures in found], rows, warn, lines, owed, judged)


def _read(target: str | Path, name: str, now: dt.datetime) -> Portfolio:
    db = Database.open(target, daily_backup=False)
    try:
        chosen = periods.period(name)
        found = portfolio_compliance.portfolio_figures(db, chosen, now)
        made = Portfolio.of(found, credits_owed.portfolio_credits(db, found, chosen), experience.portfolio_checks(db, found))
        return dataclasses.replace(made, suggestions=review_adjust.portfolio_suggestions(db) or [],
                                   breached=portfolio_compliance.portfolio_breaches(db, found, chosen, now))
    finally:
        db.close()


def portfolio(target: str | Path, chosen: periods.Period, now: dt.datetime, cancelled: Callable[[], bool]) -> Portfolio | None:
    """The portfolio of ``chosen`` as of ``now``, from another process; None when ``cancelled()`` said so first."""
    return in_process(_read, (target, chosen.name, now), cancelled)


def _read_trend(target: str | Path, name: str, now: dt.datetime) -> list[portfolio_compliance.TrendPoint] | None:
    db = Database.open(target, daily_backup=False)
    try:
        return portfolio_compliance.portfolio_trend(db, periods.period(name), now)
    finally:
        db.close()


def trend(target: str | Path, chosen: periods.Period, now: dt.datetime,
          cancelled: Callable[[], bool]) -> list[portfolio_compliance.TrendPoint] | None:
    """The portfolio's twelve periods up to ``chosen``, from another process; None when ``cancelled()`` said so."""
    return in_process(_read_trend, (target, chosen.name, now), cancelled)
