"""The service credits owed for one period, from its figures and the credit schedule in the agreement.

The rules:

* Credits are owed for a *closed* period, from the figures frozen when it was closed
  (``periods.close_period``). For a period not closed yet the same arithmetic gives a
  *provisional* statement, marked so; no credit note is made from it.
* Each line of the version measured has the schedule its agreement prints
  (``credits.schedule_for`` its committed availability): the band the measured
  availability falls into gives the share of the line's fee credited; a line that met its
  target is owed nothing.
* The line's fee for the period is its monthly fee times the period's months (1, 3 or
  12). The credit is that fee times the band's share, rounded once, half up, to the
  currency's minor unit, and never above the cap (the cap's share of the same fee,
  rounded down). The total is the sum of the lines' credits, never rounded again.
* A statement names the agreement version measured and that version's content hash: what
  the credit note refers to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from ...models import Agreement, AgreementLine, AgreementVersion, Customer
from .. import text
from ..credits import CreditBand, schedule_for
from ..db import Database
from ..errors import NotFoundError
from ..money import ZERO, round_money
from ..words import _
from .period_names import Period
from .periods import AgreementFigures, LineFigures, agreement_figures


@dataclass(frozen=True)
class LineCredit:
    """What one line is owed for the period."""

    position: int
    service: str
    level: str
    site: str
    availability: Decimal  # measured, percent
    target: Decimal  # committed, percent
    band: CreditBand | None  # None: the target was met
    monthly_fee: Decimal
    period_fee: Decimal
    amount: Decimal
    capped: bool  # the band's share was cut to the cap

    @property
    def shortfall(self) -> Decimal:
        """Percentage points below the target (0 when met)."""
        return max(self.target - self.availability, ZERO)

    def to_json(self) -> dict[str, Any]:
        return {
            "position": self.position, "service": self.service, "level": self.level, "site": self.site,
            "availability": str(self.availability), "availability_target": str(self.target),
            "shortfall": str(self.shortfall),
            "band": None if self.band is None else {"from": str(self.band.low_pct), "below": str(self.band.high_pct),
                                                    "credit_pct": str(self.band.credit_pct)},
            "monthly_fee": str(self.monthly_fee), "period_fee": str(self.period_fee), "credit": str(self.amount),
            "capped": self.capped,
        }


@dataclass(frozen=True)
class CreditStatement:
    """The credits of one agreement for one period."""

    number: str
    period: str
    version_no: int
    content_sha256: str
    customer: str
    currency: str
    language: str
    lines: tuple[LineCredit, ...]
    closed_at: dt.datetime | None  # None: the period is not closed, the statement is provisional
    # line position -> (service, level) as the agreement's documents show them, where its language names them
    shown: Mapping[int, tuple[str | None, str | None]] = field(default_factory=dict)

    def named(self, position: int, service: str, level: str) -> tuple[str, str]:
        """A line's service and level in the agreement's language (``core.catalogue_names``)."""
        shown_service, shown_level = self.shown.get(position, (None, None))
        return shown_service or service, shown_level or level

    @property
    def provisional(self) -> bool:
        return self.closed_at is None

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), ZERO)

    @property
    def owed(self) -> tuple[LineCredit, ...]:
        """The lines owed a credit."""
        return tuple(line for line in self.lines if line.amount > 0)

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number, "period": self.period, "version": self.version_no,
            "content_sha256": self.content_sha256, "customer": self.customer, "currency": self.currency,
            "provisional": self.provisional,
            "closed_at": None if self.closed_at is None else self.closed_at.isoformat(),
            "total": str(self.total), "lines": [line.to_json() for line in self.lines],
        }


def months_in(chosen: Period) -> int:
    """1 for a month, 3 for a quarter, 12 for a year."""
    return (chosen.after.year - chosen.first.year) * 12 + chosen.after.month - chosen.first.month


def line_credit(line: LineFigures, monthly_fee: Decimal, months: int, currency: str) -> LineCredit:
    """The credit one line's figures earn (the module's rules)."""
    schedule = schedule_for(line.availability_target)
    period_fee = monthly_fee * months
    band = next((band for band in schedule.bands if band.low_pct <= line.availability < band.high_pct), None)
    if band is None:
        return LineCredit(line.position, line.service, line.level, line.site, line.availability,
                          line.availability_target, None, monthly_fee, period_fee, round_money(ZERO, currency), False)
    amount = schedule.credit(line.availability, period_fee, currency)
    capped = amount < round_money(period_fee * band.credit_pct / 100, currency)
    return LineCredit(line.position, line.service, line.level, line.site, line.availability, line.availability_target,
                      band, monthly_fee, period_fee, amount, capped)


def statement(db: Database, figures: AgreementFigures, chosen: Period) -> CreditStatement:
    """The credits the figures earn, with the fees and currency of the version they measured."""
    with db.read() as session:
        found = session.execute(
            select(AgreementVersion.id, AgreementVersion.content_sha256, Agreement.currency, Agreement.language,
                   Customer.name)
            .join(Agreement, Agreement.id == AgreementVersion.agreement_id)
            .join(Customer, Customer.id == Agreement.customer_id)
            .where(Agreement.number == text.exact(figures.number), AgreementVersion.version_no == figures.version_no)
        ).first()
        if found is None:
            raise NotFoundError(_("no agreement {number} version {version}").format(
                number=text.quoted(figures.number), version=figures.version_no))
        version_id, content_sha256, currency, language, customer = found
        rows = session.execute(
            select(AgreementLine.position, AgreementLine.line_total, AgreementLine.shown_service_name,
                   AgreementLine.shown_level_name).where(AgreementLine.version_id == version_id)).all()
    fees = {row.position: row.line_total for row in rows}
    shown = {row.position: (row.shown_service_name, row.shown_level_name) for row in rows}
    months = months_in(chosen)
    lines = tuple(line_credit(line, round_money(fees.get(line.position, ZERO), currency), months, currency)
                  for line in figures.lines)
    return CreditStatement(figures.number, figures.period, figures.version_no, content_sha256 or "", customer, currency,
                           language, lines, figures.closed_at, shown)


def credits_for(db: Database, number: str, chosen: Period, now: dt.datetime) -> CreditStatement:
    """Agreement ``number``'s credits for ``chosen``: from its closed figures, else provisional as of ``now``."""
    return statement(db, agreement_figures(db, number, chosen, now), chosen)


_CHUNK = 5_000  # agreement numbers in one IN (...): well under SQLite's limit of bound parameters


def portfolio_credits(db: Database, found: Sequence[AgreementFigures], chosen: Period) -> dict[str, tuple[Decimal, str]]:
    """Each agreement's total credits for ``chosen`` from its figures ``found`` (number -> (total, currency)): what
    ``statement`` would give each (the module's rules), with the fees of every agreement read in a few queries
    rather than two per agreement (the portfolio's figures at 100,000 agreements)."""
    measured = {figures.number: figures.version_no for figures in found}
    numbers = sorted(measured)
    currencies: dict[str, str] = {}
    fees: dict[str, dict[int, Decimal]] = {number: {} for number in numbers}
    with db.read() as session:
        for start in range(0, len(numbers), _CHUNK):
            chunk = numbers[start:start + _CHUNK]
            currencies.update((number, currency) for number, currency in session.execute(
                select(Agreement.number, Agreement.currency).where(Agreement.number.in_(chunk))))
            rows = session.execute(
                select(Agreement.number, AgreementVersion.version_no, AgreementLine.position, AgreementLine.line_total)
                .join(AgreementVersion, AgreementVersion.agreement_id == Agreement.id)
                .join(AgreementLine, AgreementLine.version_id == AgreementVersion.id)
                .where(Agreement.number.in_(chunk)))
            for number, version_no, position, line_total in rows:
                if measured[number] == version_no:  # the version the figures measured, not its amendments
                    fees[number][position] = line_total
    missing = [number for number in numbers if number not in currencies]
    if missing:
        raise NotFoundError(_("no agreement {number}").format(number=text.quoted(missing[0])))
    months = months_in(chosen)
    totals: dict[str, tuple[Decimal, str]] = {}
    for figures in found:
        currency = currencies[figures.number]
        lines = [line_credit(line, round_money(fees[figures.number].get(line.position, ZERO), currency), months, currency)
                 for line in figures.lines]
        totals[figures.number] = (sum((line.amount for line in lines), ZERO), currency)  # as ``CreditStatement.total``
    return totals
