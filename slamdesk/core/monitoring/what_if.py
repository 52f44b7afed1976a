"""What if: a line's tickets and outages of one period, measured again against every level of its service.

So a representative can show, at the review meeting, what each level would have kept and what
it costs. The rules:

* The line's tickets and availability are the ones ``periods`` measures for it (created in the
  period, for its service and, where the agreement has that service at several sites, its
  site), as they stand now: a what-if is never frozen, closed period or not.
* Each level of the service that the customer may have (the catalogue's, and the customer's
  own VIP levels) in rank order: its targets for the line's priorities, its hours (its calendar, else its
  coverage in the customer's country's zone and holidays, as ``periods`` does), its
  availability target. A priority the level has no target for is not measured.
* Its price is the line's requirement priced at that level in today's catalogue (the
  requirements' pricing matrix), beside the line's own signed monthly fee; a level that
  cannot serve the requirement says why. A line not drafted from a requirement has no prices.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from ...models import Agreement, AgreementLine, Customer
from .. import requirements, text
from ..db import Database
from ..errors import NotFoundError
from ..money import round_money
from ..pricing import LevelOption, QuoteLine
from ..words import _
from . import periods
from .compliance import AT_RISK_SHARE, Target
from .period_names import Period
from .portfolio_compliance import LineRow
from .tickets import tickets_for


@dataclass(frozen=True)
class LevelOutcome:
    """One level: what the period's tickets would have come to, and what it costs."""

    level: str
    rank: int
    current: bool  # the line's own level
    figures: periods.LineFigures
    monthly_fee: Decimal | None  # today's price for the line's requirement; None without one
    problems: tuple[str, ...]  # why the level cannot serve the requirement

    def to_json(self) -> dict[str, Any]:
        return {"level": self.level, "rank": self.rank, "current": self.current,
                "monthly_fee": None if self.monthly_fee is None else str(self.monthly_fee),
                "problems": list(self.problems), "figures": self.figures.to_json()}


@dataclass(frozen=True)
class WhatIf:
    number: str
    period: str
    position: int
    service: str
    currency: str
    signed_fee: Decimal  # the line's monthly fee as signed
    outcomes: tuple[LevelOutcome, ...]

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "period": self.period, "position": self.position, "service": self.service,
                "currency": self.currency, "signed_monthly_fee": str(self.signed_fee),
                "levels": [outcome.to_json() for outcome in self.outcomes]}


def _options(db: Database, document_id: int | None, line: AgreementLine) -> dict[int, LevelOption]:
    """The line's requirement priced at every level (by level id); empty without a requirement."""
    if document_id is None or line.requirement_id is None:
        return {}
    quoted: QuoteLine | None = next(
        (q for q in requirements.quote(db, document_id).lines if q.requirement_id == line.requirement_id), None)
    return {} if quoted is None else {option.level_id: option for option in quoted.options}


def what_if(
    db: Database, number: str, chosen: Period, now: dt.datetime, *, at_risk_share: Decimal = AT_RISK_SHARE,
) -> list[WhatIf]:
    """Every line of agreement ``number``'s version in force, replayed at every level of its service."""
    from ..catalogue import list_services

    with db.read() as session:
        agreement, version = periods._version_in_force(session, number)  # noqa: SLF001 (one module's reading)
        country = session.scalars(select(Customer.country).where(Customer.id == agreement.customer_id)).one()
        lines = list(session.scalars(
            select(AgreementLine).where(AgreementLine.version_id == version.id).order_by(AgreementLine.position)))
        document_id = session.scalars(select(Agreement.requirements_document_id)
                                      .where(Agreement.id == agreement.id)).one()
        services = {row.service_name for row in lines}
        counts = {name: [row.service_name for row in lines].count(name) for name in services}
        catalogue = {service.name: service for service in list_services(db)}
        found: list[WhatIf] = []
        for row in lines:
            service = catalogue.get(row.service_name)
            if service is None:
                raise NotFoundError(_("the catalogue has no service {service} any more").format(
                    service=text.quoted(row.service_name)))
            options = _options(db, document_id, row)
            own_priorities = {str(target[0]) for target in row.targets}  # the line's priorities, at any level
            outcomes = []
            for level in service.levels_for(agreement.customer_id):
                targets: list[list[object]] = [[t.priority, t.response_minutes, t.resolution_minutes, t.business_hours]
                                               for t in level.targets if t.priority in own_priorities]
                shaped = LineRow(row.position, level.id, row.service_name, level.name, row.site, level.coverage,
                                   level.availability_pct, targets)
                line = periods._Line(  # noqa: SLF001
                    shaped, tuple(Target(str(p), int(str(r)) * 60, int(str(x)) * 60, bool(b)) for p, r, x, b in targets),
                    periods.hours_of(db, session, shaped, country), counts[row.service_name] > 1)
                start, end = chosen.bounds(line.hours.calendar.zone)
                tickets = tickets_for(db, agreement.number, start, end, service=row.service_name,
                                      site=row.site if line.by_site else None)
                available = periods._availability(session, agreement.id, line, start, end)  # noqa: SLF001
                option = options.get(level.id)
                outcomes.append(LevelOutcome(
                    level.name, level.rank, level.id == row.service_level_id,
                    periods.line_figures(line, tickets, available, now, at_risk_share),
                    None if option is None else option.line_total, () if option is None else option.problems))
            ranked = tuple(sorted(outcomes, key=lambda o: (o.rank, o.level)))
            found.append(WhatIf(agreement.number, chosen.name, row.position, row.service_name, agreement.currency,
                                round_money(row.line_total, agreement.currency), ranked))
    return found
