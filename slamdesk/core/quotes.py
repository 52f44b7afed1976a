"""Quotes and the catalogue as plain data: for the command line, JSON and bench scripts.

An agreement's quote is its priced lines with the version's tax; the
comparison prices the requirements it was drafted from at every level.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .agreements import AgreementDetail, LineView, get_agreement, requirements_document_of
from .catalogue import COMMITMENT_UNITS, PERIODS, UNITS, VALUE_UNITS, LevelInfo, ServiceInfo, list_services
from .catalogue_rules import Unit
from .db import Database
from .pricing import PriceBreakdown, Quote, Totals, totals
from .requirements import quote as requirements_quote
from .words import _


@dataclass(frozen=True)
class AgreementQuote:
    detail: AgreementDetail
    totals: Totals
    comparison: Quote | None

    @property
    def lines(self) -> tuple[LineView, ...]:
        return self.detail.lines


def agreement_quote(db: Database, number: str, *, compare_levels: bool = False) -> AgreementQuote:
    detail = get_agreement(db, number)
    comparison = None
    if compare_levels:
        document_id = requirements_document_of(db, number)
        comparison = requirements_quote(db, document_id) if document_id is not None else None
    return AgreementQuote(
        detail=detail,
        totals=totals([line.line_total for line in detail.lines], detail.currency, detail.tax_rate_pct),
        comparison=comparison,
    )


def _number(value: Decimal) -> str:
    """A percentage or amount as written: 5, 99.95, 0.8."""
    return format(value.normalize(), "f")


def _money(value: Decimal) -> str:
    """Exact, without trailing zeros beyond cents: 26.00, 0.3333, 1656.00."""
    cents = value.quantize(Decimal("0.01"))
    return format(cents if cents == value else value.normalize(), "f")


def _level(level: LevelInfo) -> dict[str, Any]:
    return {
        "name": level.name,
        "names": dict(level.names),
        "vip_customer": level.customer_name or None,
        "coverage": level.coverage,
        "availability": {
            "external_pct": _number(level.availability_pct),
            "internal_pct": _number(level.internal_availability_pct),
            "period": level.availability_period,
        },
        "internal_buffer_pct": _number(level.internal_buffer_pct),
        "regions": list(level.regions),
        "min_units": level.min_units,
        "price_model": {
            "currency": level.currency,
            "fixed_fee": _money(level.fixed_fee),
            "unit": level.unit,
            "unit_fee": _money(level.monthly_fee),
            "value_unit": level.value_unit,
            "value_price": _money(level.value_price),
            "volume_bands": [{"from_units": b.min_units, "discount_pct": _number(b.discount_pct)} for b in level.bands],
        },
        "targets": [
            {
                "priority": t.priority,
                "external": {"response_minutes": t.response_minutes, "resolution_minutes": t.resolution_minutes},
                "internal": {
                    "response_minutes": t.internal_response_minutes,
                    "resolution_minutes": t.internal_resolution_minutes,
                },
                "hours": "business" if t.business_hours else "calendar",
                "calendar": t.calendar,
            }
            for t in level.targets
        ],
        "commitments": [
            {"description": c.description, "external": _number(c.amount),
             "internal": _number(c.internal_amount), "unit": c.unit}
            for c in level.commitments
        ],
        "regional_variants": [
            {
                "region": v.region,
                "surcharge_pct": _number(v.surcharge_pct),
                "targets": {p: {"response_minutes": r, "resolution_minutes": s} for p, (r, s) in sorted(v.targets.items())},
            }
            for v in level.variants
        ],
    }


def catalogue_report(services: list[ServiceInfo] | None = None, db: Database | None = None) -> list[dict[str, Any]]:
    """Every service with its levels as JSON-ready data."""
    if services is None:
        assert db is not None
        services = list_services(db)
    return [
        {"code": s.code, "name": s.name, "names": dict(s.names), "description": s.description,
         "levels": [_level(level) for level in s.levels]}
        for s in services
    ]


def price_model_text(level: LevelInfo) -> str:
    """Fixed 400.00 + 520.00 per site; 5 % from 100 · 85.00 per delivered item."""
    parts = []
    if level.fixed_fee:
        parts.append(_("fixed {amount}").format(amount=f"{level.fixed_fee:.2f}"))
    if level.unit != Unit.NONE:
        parts.append(f"{level.monthly_fee:.2f} {_(UNITS[level.unit])}")
    if level.value_unit:
        parts.append(f"{level.value_price:.2f} {_(VALUE_UNITS[level.value_unit])}")
    text = " + ".join(parts) or _("free")
    if level.bands:
        text += "; " + ", ".join(_("-{discount} % from {units}").format(discount=_number(b.discount_pct), units=b.min_units)
                                 for b in level.bands)
    return _("{price} {currency}/month").format(price=text, currency=level.currency)


def commitment_text(amount: Decimal, unit: str) -> str:
    """1 working day, 0.8 working days, 4 business hours."""
    words = COMMITMENT_UNITS[unit]
    return f"{amount.normalize():f} {words[:-1] if amount == 1 else words}"


def period_text(period: str) -> str:
    return PERIODS[period]


def breakdown_report(price: PriceBreakdown) -> dict[str, Any]:
    return {
        "fixed_fee": _money(price.fixed_fee),
        "units": price.units,
        "unit_fee": _money(price.unit_fee),
        "discount_pct": _number(price.discount_pct),
        "surcharge_pct": _number(price.surcharge_pct),
        "value_volume": price.value_volume,
        "value_price": _money(price.value_price),
        "list_total": _money(price.list_total),
        "override": _money(price.override) if price.override is not None else None,
        "override_reason": price.override_reason or None,
        "total": _money(price.total),
    }


def _totals(result: Totals) -> dict[str, Any]:
    return {
        "currency": result.currency,
        "subtotal": _money(result.subtotal),
        "tax_rate_pct": _number(result.tax_rate_pct),
        "tax": _money(result.tax),
        "total": _money(result.total),
    }


def quote_report(result: AgreementQuote) -> dict[str, Any]:
    detail = result.detail
    report: dict[str, Any] = {
        "number": detail.number,
        "version": detail.version_no,
        "customer": detail.customer_name,
        "lines": [
            {
                "position": line.position, "service": line.service_name, "level": line.level_name, "site": line.site,
                "quantity": line.quantity, "unit_price": _money(line.unit_price), "line_total": _money(line.line_total),
            }
            for line in result.lines
        ],
        "totals": _totals(result.totals),
    }
    if result.comparison is not None:
        report["compare_levels"] = {
            "lines": [
                {
                    "position": line.position,
                    "service": line.service_name or None,
                    "site": line.site,
                    "state": line.state,
                    "infeasible_reason": line.infeasible_reason or None,
                    "chosen": line.chosen.level_name if line.chosen else None,
                    "levels": {
                        option.level_name: {
                            "price": breakdown_report(option.price),
                            "feasible": option.feasible,
                            "problems": list(option.problems),
                        }
                        for option in line.options
                    },
                }
                for line in result.comparison.lines
            ],
            "totals_per_level": {name: _totals(t) for name, t in result.comparison.level_totals().items()},
        }
    return report
