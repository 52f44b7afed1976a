"""Pricing per service level: what each requirement costs at each level."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from .catalogue import LevelInfo
from .money import ZERO, round_money


def line_total(monthly_fee: Decimal, quantity: int, currency: str) -> Decimal:
    """A level's monthly fee for ``quantity`` units, rounded to the currency."""
    return round_money(monthly_fee * quantity, currency)


@dataclass(frozen=True)
class LevelOption:
    level_id: int
    level_name: str
    unit_price: Decimal
    line_total: Decimal
    currency: str


@dataclass(frozen=True)
class QuoteLine:
    requirement_id: int
    service_name: str
    site: str
    quantity: int
    options: tuple[LevelOption, ...]
    chosen_level_id: int | None

    @property
    def chosen(self) -> LevelOption | None:
        return next((o for o in self.options if o.level_id == self.chosen_level_id), None)


@dataclass(frozen=True)
class Quote:
    lines: tuple[QuoteLine, ...]

    @property
    def currency(self) -> str | None:
        chosen = [line.chosen for line in self.lines if line.chosen]
        return chosen[0].currency if chosen else None

    @property
    def total(self) -> Decimal:
        return sum((line.chosen.line_total for line in self.lines if line.chosen), ZERO)

    @property
    def complete(self) -> bool:
        return all(line.chosen is not None for line in self.lines)


def options_for(levels: Iterable[LevelInfo], quantity: int) -> tuple[LevelOption, ...]:
    return tuple(
        LevelOption(level.id, level.name, level.monthly_fee, line_total(level.monthly_fee, quantity, level.currency), level.currency)
        for level in levels
    )
