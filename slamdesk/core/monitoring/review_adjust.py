"""Review and adjust: the targets an agreement consistently misses or over-delivers, with the level to suggest.

The rules:

* An agreement is looked at over its last ``WINDOW`` (six) closed periods, from their frozen
  figures; fewer when fewer are closed.
* A response or resolution target (a line's priority and target type) is *missed* in a period
  when fewer than ``COMPLIANCE_GOAL`` (95 %) of its counted tickets met it; a line's
  availability target when its measured availability is below it. A period with no counted
  ticket says nothing about that target.
* *Consistently missed*: missed in ``MISSED_PERIODS`` (three) or more of those periods.
* *Over-delivered*: in the newest of them, met by every counted ticket (at least
  ``MIN_COUNTED``, five) with a 90th percentile of the time used under half the target.
* A consistently missed line suggests the next stronger level of its service (the next rank
  up) and an over-delivered one the next lighter (the next rank down), each with its monthly
  price for the line's requirement in today's catalogue and the difference to the signed fee;
  no suggestion where there is no such level, or the level cannot serve the requirement.
* The portfolio's suggestions are each agreement's, for every agreement whose closed periods find
  something, in agreement number order.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from ...models import Agreement, AgreementLine, AgreementVersion, ClosedPeriod
from .. import requirements, text
from ..catalogue import list_services
from ..db import Database
from ..errors import NotFoundError
from ..money import round_money
from ..words import _
from .periods import LineFigures

WINDOW = 6
MISSED_PERIODS = 3
COMPLIANCE_GOAL = Decimal(95)
MIN_COUNTED = 5


@dataclass(frozen=True)
class Suggestion:
    """One line's finding and the level it points to."""

    position: int
    service: str
    level: str
    finding: str  # "consistently missed" or "over-delivered"
    target: str  # "P1 response", "availability"
    periods: tuple[str, ...]  # the periods it was missed in (newest first), or the one over-delivered
    suggested_level: str | None
    monthly_fee: Decimal | None  # the suggested level's price for the line, today's catalogue
    difference: Decimal | None  # that price less the signed monthly fee

    def to_json(self) -> dict[str, Any]:
        return {"position": self.position, "service": self.service, "level": self.level, "finding": self.finding,
                "target": self.target, "periods": list(self.periods), "suggested_level": self.suggested_level,
                "monthly_fee": None if self.monthly_fee is None else str(self.monthly_fee),
                "difference": None if self.difference is None else str(self.difference)}


def _missed(line: LineFigures) -> set[str]:
    """The line's targets missed in one period (the module's rules)."""
    missed = {f"{c.priority} {c.kind}" for c in line.compliance if c.percent is not None and c.percent < COMPLIANCE_GOAL}
    if not line.availability_met:
        missed.add("availability")
    return missed


def _over_delivered(line: LineFigures) -> list[str]:
    return [f"{c.priority} {c.kind}" for c in line.compliance
            if c.counted >= MIN_COUNTED and c.met == c.counted and c.p90 is not None and c.target
            and 2 * c.p90 < c.target]


def findings(history: list[tuple[str, tuple[LineFigures, ...]]]) -> list[tuple[int, str, str, str, tuple[str, ...]]]:
    """(position, level, finding, target, periods) from closed periods' figures, newest first (pure)."""
    window = history[:WINDOW]
    missed: dict[tuple[int, str], list[str]] = defaultdict(list)
    levels: dict[int, str] = {}
    for name, lines in window:
        for line in lines:
            levels.setdefault(line.position, line.level)
            for target in sorted(_missed(line)):
                missed[(line.position, target)].append(name)
    found = [(position, levels[position], "consistently missed", target, tuple(names))
             for (position, target), names in sorted(missed.items()) if len(names) >= MISSED_PERIODS]
    if window:
        newest, lines = window[0]
        found += [(line.position, line.level, "over-delivered", target, (newest,))
                  for line in lines for target in _over_delivered(line)]
    return found


def suggestions(db: Database, number: str) -> list[Suggestion]:
    """What agreement ``number``'s last closed periods suggest, line by line (the module's rules)."""
    with db.read() as session:
        agreement = session.scalars(select(Agreement).where(Agreement.number == text.exact(number))).first()
        if agreement is None:
            raise NotFoundError(_("no agreement {number}").format(number=text.quoted(number)))
        closed = session.execute(
            select(ClosedPeriod.period, ClosedPeriod.figures, ClosedPeriod.version_no)
            .where(ClosedPeriod.agreement_id == agreement.id).order_by(ClosedPeriod.id.desc()).limit(WINDOW)).all()
        history = [(name, tuple(LineFigures.from_json(item) for item in json.loads(figures))) for name, figures, _ in closed]
        newest_version = closed[0][2] if closed else None
        rows = {row.position: row for row in session.scalars(
            select(AgreementLine).join(AgreementVersion, AgreementVersion.id == AgreementLine.version_id)
            .where(AgreementVersion.agreement_id == agreement.id, AgreementVersion.version_no == newest_version))}
        customer_id, document_id, row_currency = agreement.customer_id, agreement.requirements_document_id, agreement.currency
    found = findings(history)
    if not found:
        return []
    services = {service.name: service for service in list_services(db)}
    quoted = {q.requirement_id: q for q in requirements.quote(db, document_id).lines} if document_id is not None else {}
    result = []
    for position, level, finding, target, names in found:
        row = rows.get(position)
        service = services.get(row.service_name) if row is not None else None
        suggested = fee = difference = None
        if row is not None and service is not None:
            ranked = sorted(service.levels_for(customer_id), key=lambda item: item.rank)
            current = next((i for i, item in enumerate(ranked) if item.id == row.service_level_id), None)
            step = 1 if finding == "consistently missed" else -1
            if current is not None and 0 <= current + step < len(ranked):
                neighbour = ranked[current + step]
                quote = quoted.get(row.requirement_id) if row.requirement_id is not None else None
                option = next((o for o in quote.options if o.level_id == neighbour.id), None) if quote else None
                if option is None or option.feasible:
                    suggested = neighbour.name
                    fee = None if option is None else option.line_total
                    difference = None if fee is None else fee - round_money(row.line_total, row_currency)
        result.append(Suggestion(position, row.service_name if row is not None else "", level, finding, target, names,
                                 suggested, fee, difference))
    return result


def portfolio_suggestions(
    db: Database, cancelled: Callable[[], bool] = lambda: False
) -> list[tuple[str, str, Suggestion]] | None:
    """Every agreement's suggestions (``suggestions``), with its number and currency, for the agreements whose last
    closed periods find something; the figures of all of them in one query, priced only where there is a finding.
    None when ``cancelled()`` said so before the pricing of an agreement."""
    newest = (select(ClosedPeriod.agreement_id, ClosedPeriod.period, ClosedPeriod.figures,
                     func.row_number().over(partition_by=ClosedPeriod.agreement_id,
                                            order_by=ClosedPeriod.id.desc()).label("back"))
              .subquery())
    with db.read() as session:
        rows = session.execute(
            select(Agreement.number, Agreement.currency, newest.c.period, newest.c.figures)
            .join(newest, newest.c.agreement_id == Agreement.id)
            .where(newest.c.back <= WINDOW).order_by(Agreement.number, newest.c.back)).all()
    histories: dict[tuple[str, str], list[tuple[str, tuple[LineFigures, ...]]]] = defaultdict(list)
    for number, currency, name, figures in rows:
        histories[(number, currency)].append((name, tuple(LineFigures.from_json(item) for item in json.loads(figures))))
    found = []
    for (number, currency), history in histories.items():
        if findings(history):
            if cancelled():
                return None
            found += [(number, currency, item) for item in suggestions(db, number)]
    return found
