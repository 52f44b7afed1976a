"""Pricing per service level: what a requirement costs at a level, and quote totals.

The rules, in order, all in Decimal:

1. unit amount = fee per unit x units (users, devices or sites, by the level's unit)
2. volume discount = unit amount x the percentage of the highest band reached
3. regional surcharge = (fixed fee + unit amount - discount) x the region's percentage
4. value-based amount = price per resolved incident (or delivered item) x expected monthly volume
5. list price = fixed fee + unit amount - discount + surcharge + value-based amount,
   rounded once, half up, to the currency's minor unit
6. a VIP override replaces the list price (rounded the same way) and keeps its reason

A quote's subtotal is the sum of its rounded lines, tax is the subtotal times the
rate rounded the same way, and the total is subtotal plus tax: recalculating
from the same inputs always gives the same figures.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from .catalogue import HUNDRED, LevelInfo, TargetInfo
from .catalogue_rules import Unit
from .errors import ValidationError
from .money import ZERO, round_money
from .words import _


@dataclass(frozen=True)
class Volumes:
    users: int = 0
    devices: int = 0
    sites: int = 1
    tickets_per_month: int = 0
    items_per_month: int = 0

    def units(self, unit: str) -> int:
        return {Unit.NONE: 1, Unit.USER: self.users, Unit.DEVICE: self.devices, Unit.SITE: self.sites}[Unit(unit)]

    def value_volume(self, value_unit: str | None) -> int:
        if value_unit == "resolved_incident":
            return self.tickets_per_month
        if value_unit == "delivered_item":
            return self.items_per_month
        return 0


@dataclass(frozen=True)
class PriceBreakdown:
    currency: str
    fixed_fee: Decimal
    units: int
    unit_fee: Decimal
    unit_amount: Decimal
    discount_pct: Decimal
    discount: Decimal
    surcharge_pct: Decimal
    surcharge: Decimal
    value_volume: int
    value_price: Decimal
    value_amount: Decimal
    list_total: Decimal
    override: Decimal | None
    override_reason: str

    @property
    def total(self) -> Decimal:
        return self.override if self.override is not None else self.list_total


def discount_for(level: LevelInfo, units: int) -> Decimal:
    reached = [band.discount_pct for band in level.bands if units >= band.min_units]
    return max(reached, default=ZERO)


def price_line(
    level: LevelInfo,
    volumes: Volumes,
    region: str = "",
    override: Decimal | None = None,
    override_reason: str = "",
) -> PriceBreakdown:
    """One requirement at one level (see the module's rules)."""
    units = volumes.units(level.unit)
    unit_fee = level.monthly_fee if level.unit != Unit.NONE else ZERO
    unit_amount = unit_fee * units
    discount_pct = discount_for(level, units)
    discount = unit_amount * discount_pct / HUNDRED
    variant = level.variant(region)
    surcharge_pct = variant.surcharge_pct if variant else ZERO
    surcharge = (level.fixed_fee + unit_amount - discount) * surcharge_pct / HUNDRED
    value_volume = volumes.value_volume(level.value_unit)
    value_amount = level.value_price * value_volume
    list_total = round_money(level.fixed_fee + unit_amount - discount + surcharge + value_amount, level.currency)
    if override is not None:
        if override < 0:
            raise ValidationError(_("a price cannot be negative"), field="price_override")
        if not override_reason.strip():
            raise ValidationError(_("a custom price needs a reason"), field="override_reason")
        override = round_money(override, level.currency)
    return PriceBreakdown(
        currency=level.currency,
        fixed_fee=level.fixed_fee,
        units=units,
        unit_fee=unit_fee,
        unit_amount=unit_amount,
        discount_pct=discount_pct,
        discount=discount,
        surcharge_pct=surcharge_pct,
        surcharge=surcharge,
        value_volume=value_volume,
        value_price=level.value_price,
        value_amount=value_amount,
        list_total=list_total,
        override=override,
        override_reason=override_reason.strip() if override is not None else "",
    )


@dataclass(frozen=True)
class LevelOption:
    """A requirement at one level: price, targets where it is, and whether it can be offered."""

    level_id: int
    level_name: str
    rank: int
    vip: bool
    currency: str
    price: PriceBreakdown
    availability_pct: Decimal
    coverage: str
    targets: tuple[TargetInfo, ...]
    problems: tuple[str, ...]
    names: Mapping[str, str] = field(default_factory=dict)  # the level's name in other languages

    @property
    def feasible(self) -> bool:
        return not self.problems

    @property
    def line_total(self) -> Decimal:
        return self.price.total

    @property
    def unit_price(self) -> Decimal:
        return self.price.unit_fee


class LineState(StrEnum):
    """Where a requirement stands in its quote (computed, never stored)."""

    TRACED = "traced"  # a level is chosen and can be delivered
    INFEASIBLE = "infeasible"  # marked so, with a reason
    UNMATCHED = "unmatched"  # no service
    UNPRICED = "unpriced"  # no level chosen
    BLOCKED = "blocked"  # the chosen level cannot be delivered (see its problems)


SETTLED = frozenset({LineState.TRACED, LineState.INFEASIBLE})  # what a complete quote's lines are


@dataclass(frozen=True)
class QuoteLine:
    requirement_id: int
    position: int
    need: str
    service_id: int | None
    service_name: str
    site: str
    region: str
    coverage: str
    priorities: tuple[str, ...]
    volumes: Volumes
    unit: str
    options: tuple[LevelOption, ...]
    chosen_level_id: int | None
    infeasible_kind: str | None = None
    infeasible_reason: str = ""
    service_names: Mapping[str, str] = field(default_factory=dict)  # the service's name in other languages

    @property
    def chosen(self) -> LevelOption | None:
        return next((o for o in self.options if o.level_id == self.chosen_level_id), None)

    @property
    def quantity(self) -> int:
        return self.volumes.units(self.unit)

    @property
    def state(self) -> LineState:
        """traced, infeasible, unmatched (no service), unpriced (no level) or blocked (level not offered)."""
        if self.infeasible_kind:
            return LineState.INFEASIBLE
        if self.service_id is None:
            return LineState.UNMATCHED
        chosen = self.chosen
        if chosen is None:
            return LineState.UNPRICED
        return LineState.TRACED if chosen.feasible else LineState.BLOCKED


@dataclass(frozen=True)
class Totals:
    currency: str | None
    subtotal: Decimal
    tax_rate_pct: Decimal
    tax: Decimal
    total: Decimal


def totals(line_totals: Sequence[Decimal], currency: str | None, tax_rate_pct: Decimal) -> Totals:
    subtotal = sum(line_totals, ZERO)
    tax = round_money(subtotal * tax_rate_pct / HUNDRED, currency) if currency else ZERO
    return Totals(currency, subtotal, tax_rate_pct, tax, subtotal + tax)


@dataclass(frozen=True)
class Quote:
    lines: tuple[QuoteLine, ...]
    tax_rate_pct: Decimal = ZERO

    @property
    def currency(self) -> str | None:
        chosen = [line.chosen for line in self.lines if line.chosen]
        return chosen[0].currency if chosen else None

    @property
    def priced_lines(self) -> tuple[QuoteLine, ...]:
        return tuple(line for line in self.lines if line.chosen is not None and not line.infeasible_kind)

    @property
    def totals(self) -> Totals:
        chosen = [line.chosen.line_total for line in self.priced_lines if line.chosen]
        return totals(chosen, self.currency, self.tax_rate_pct)

    @property
    def total(self) -> Decimal:
        """The monthly subtotal before tax (what agreement lines add up to)."""
        return self.totals.subtotal

    @property
    def complete(self) -> bool:
        return all(line.state in SETTLED for line in self.lines)

    def level_totals(self) -> dict[str, Totals]:
        """Every line at the same level name (Bronze, Silver, Gold ...) side by side.

        A level appears only where every line that can be priced may have it;
        otherwise its total would compare unlike with like.
        """
        open_lines = [line for line in self.lines if not line.infeasible_kind and line.service_id is not None]
        ranks: dict[str, int] = {}
        for line in open_lines:
            for option in line.options:
                if not option.vip:
                    ranks[option.level_name] = min(option.rank, ranks.get(option.level_name, option.rank))
        result = {}
        for name in sorted(ranks, key=lambda n: (ranks[n], n)):
            options = [next((o for o in line.options if o.level_name == name), None) for line in open_lines]
            chosen = [o for o in options if o is not None and o.feasible]
            currencies = {o.currency for o in chosen}
            if len(chosen) == len(open_lines) and len(currencies) == 1:
                result[name] = totals([o.line_total for o in chosen], currencies.pop(), self.tax_rate_pct)
        return result
