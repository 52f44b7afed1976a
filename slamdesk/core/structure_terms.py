"""Effective terms: what applies to one service of one customer, each term with the agreement
and level it comes from (``effective_terms``; ``core.structure`` re-exports it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Agreement, AgreementLine, AgreementVersion, Customer
from . import text
from .catalogue import priority_label
from .db import Database
from .errors import NotFoundError
from .lifecycle import Status
from .money import format_money
from .structure_queries import (
    LEVEL_LABELS,
    LEVELS,
    MAX_DEPTH,
    PRIORITY_ORDER,
    SLA_KINDS,
    STANDALONE,
    ancestors_of,
    current_version,
    duration,
    has_children,
    percent,
    same_text,
    targets_of,
)
from .words import _


@dataclass(frozen=True)
class EffectiveTerm:
    """One term that applies and where it comes from.

    ``key`` is ``availability``, ``coverage``, ``<priority>.response``,
    ``<priority>.resolution``, ``monthly_price``, ``start_date`` or ``end_date``;
    ``value`` is the raw value (Decimal, str, minutes, date) and ``text`` how it reads.
    """

    key: str
    label: str
    value: object
    text: str
    number: str
    level: str

    @property
    def level_label(self) -> str:
        return _(LEVEL_LABELS[self.level]) if self.level in LEVEL_LABELS else self.level


def _customer(session: Session, customer: int | str) -> Customer:
    if isinstance(customer, int):
        found = session.get(Customer, customer)
    else:
        name = text.lookup(customer, field="customer", label=_("the customer name"), max_length=text.NAME)
        found = session.scalars(select(Customer).where(Customer.name == name)).first()
        if found is None:
            folded = text.identity(name)
            found = next((c for c in session.scalars(select(Customer)) if text.identity(c.name) == folded), None)
    if found is None:
        raise NotFoundError(_("no customer {name}").format(name=text.quoted(str(customer))))
    return found


def _service_line(lines: list[AgreementLine], service_name: str, site: str | None) -> AgreementLine | None:
    matching = [line for line in lines if same_text(line.service_name, service_name)]
    if site:
        at_site = [line for line in matching if same_text(line.site, site)]
        matching = at_site or matching
    return matching[0] if matching else None


@dataclass
class _Source:
    agreement: Agreement
    version: AgreementVersion
    depth: int
    line: AgreementLine | None

    @property
    def level(self) -> str:
        return LEVELS[min(self.depth, MAX_DEPTH)]


def effective_terms(
    db: Database, customer: int | str, service_name: str, site: str | None = None
) -> list[EffectiveTerm]:
    """The terms that apply to ``service_name`` for ``customer`` (id or name), each with its source.

    The chain is chosen among the customer's customer and internal SLAs whose
    current version is not terminated, and whose own lines or whose ancestors'
    lines include the service: the deepest one wins (then the one with its own
    line for the service, then the latest start, then the newest). Its chain is
    that agreement and its ancestors up to the corporate level, skipping
    terminated ones. For each term the most specific level that defines it
    wins: service over customer over corporate. Line terms (availability,
    coverage, each priority's response and resolution, the monthly price of
    the line) come from the agreement's line for the service (the line at
    ``site`` when one is given and exists, else the first); start and end dates
    from the agreement itself. A standalone agreement (no parent, no children)
    is reported with the level ``standalone``.
    """
    service_name = text.lookup(service_name, field="service", label=_("the service"), max_length=text.NAME)
    site = text.lookup(site, field="site", label=_("the site"), max_length=text.NAME) if site is not None else None
    with db.read() as session:
        owner = _customer(session, customer)
        chosen: tuple[tuple[int, bool, dt.date, int], list[_Source]] | None = None
        candidates = session.scalars(
            select(Agreement).where(Agreement.customer_id == owner.id, Agreement.kind.in_(SLA_KINDS))
        )
        for candidate in candidates:
            version = current_version(session, candidate)
            if Status(version.status) is Status.TERMINATED:
                continue
            ancestors = ancestors_of(session, candidate)
            depth = len(ancestors)
            sources = [_Source(candidate, version, depth, _service_line(version.lines, service_name, site))]
            for offset, ancestor in enumerate(ancestors, 1):
                ancestor_version = current_version(session, ancestor)
                if Status(ancestor_version.status) is Status.TERMINATED:
                    continue
                sources.append(
                    _Source(ancestor, ancestor_version, depth - offset,
                            _service_line(ancestor_version.lines, service_name, site))
                )
            if not any(source.line is not None for source in sources):
                continue
            key = (depth, sources[0].line is not None, version.start_date, candidate.id)
            if chosen is None or key > chosen[0]:
                chosen = (key, sources)
        if chosen is None:
            raise NotFoundError(_("{customer} has no agreement that covers {service}").format(
                customer=owner.name, service=service_name))
        sources = chosen[1]
        standalone = len(sources) == 1 and sources[0].depth == 0 and not has_children(session, sources[0].agreement.id)
        return _terms(sources, standalone)


def _terms(sources: list[_Source], standalone: bool) -> list[EffectiveTerm]:
    terms: dict[str, EffectiveTerm] = {}

    def offer(source: _Source, key: str, label: str, value: object, text: str) -> None:
        if key not in terms:  # sources run from the most specific to the corporate level
            level = STANDALONE if standalone else source.level
            terms[key] = EffectiveTerm(key, label, value, text, source.agreement.number, level)

    for source in sources:
        line, currency = source.line, source.agreement.currency
        if line is not None:
            offer(source, "availability", _("Availability"), line.availability_pct, percent(line.availability_pct))
            offer(source, "coverage", _("Coverage"), line.coverage, line.coverage)
            for code, response, resolution, business in targets_of(line):
                label = priority_label(code)
                offer(source, f"{code}.response", _("{priority} response").format(priority=label), response,
                      duration(response, business))
                offer(source, f"{code}.resolution", _("{priority} resolution").format(priority=label), resolution,
                      duration(resolution, business))
            offer(source, "monthly_price", _("Monthly price"), line.line_total, format_money(line.line_total, currency))
        offer(source, "start_date", _("Start"), source.version.start_date, source.version.start_date.isoformat())
        offer(source, "end_date", _("End"), source.version.end_date, source.version.end_date.isoformat())
    return sorted(terms.values(), key=_term_order)


def _term_order(term: EffectiveTerm) -> tuple[int, int, int]:
    if "." in term.key:
        priority, measure = term.key.split(".")
        return (2, PRIORITY_ORDER.get(priority, 99), 0 if measure == "response" else 1)
    return ({"availability": 0, "coverage": 1, "monthly_price": 3, "start_date": 4, "end_date": 5}[term.key], 0, 0)
