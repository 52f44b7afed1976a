"""Service credits: what a customer gets back when availability falls short.

A line's schedule follows from its committed availability. The shortfall
below the target is measured in multiples of the downtime the target allows
(0.1 points for 99.9 %), so every target gets bands of the same severity:

==========================================  ================================
measured monthly availability               credit, % of the line's fee
==========================================  ================================
target − 1 × allowance to below target      5
target − 3 × allowance to below that        10
target − 9 × allowance to below that        20
below that                                  30 (the cap)
==========================================  ================================
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from babel.numbers import get_currency_precision

from .errors import ValidationError
from .money import ZERO, round_money
from .words import _

HUNDRED = Decimal(100)
CAP_PCT = Decimal(30)
# (shortfall in allowances, credit %) from the mildest band down.
STEPS: tuple[tuple[int, Decimal], ...] = ((1, Decimal(5)), (3, Decimal(10)), (9, Decimal(20)))
# The smallest allowance, so a 100 % target still has bands of some width.
MIN_ALLOWANCE = Decimal("0.1")


@dataclass(frozen=True)
class CreditBand:
    """Measured availability from ``low_pct`` (inclusive) to ``high_pct`` (exclusive)."""

    low_pct: Decimal
    high_pct: Decimal
    credit_pct: Decimal


@dataclass(frozen=True)
class CreditSchedule:
    target_pct: Decimal
    bands: tuple[CreditBand, ...]  # from the target downwards
    cap_pct: Decimal

    def credit_pct(self, measured_pct: Decimal) -> Decimal:
        """The share of the monthly fee credited for ``measured_pct``."""
        _check_pct(measured_pct, "measured_availability")
        for band in self.bands:
            if band.low_pct <= measured_pct < band.high_pct:
                return band.credit_pct
        return ZERO

    def credit(self, measured_pct: Decimal, monthly_fee: Decimal, currency: str) -> Decimal:
        """The credit in ``currency`` for one month, never above the cap."""
        if not monthly_fee.is_finite() or monthly_fee < 0:
            raise ValidationError(_("the monthly fee must be a non-negative number"), field="monthly_fee")
        amount = round_money(monthly_fee * self.credit_pct(measured_pct) / HUNDRED, currency)
        return min(amount, self.maximum_credit(monthly_fee, currency))

    def band_credit(self, band: CreditBand, monthly_fee: Decimal, currency: str) -> Decimal:
        """The credit a month in ``band`` earns on ``monthly_fee``."""
        return self.credit(band.low_pct, monthly_fee, currency)

    def maximum_credit(self, monthly_fee: Decimal, currency: str) -> Decimal:
        """The cap as an amount, rounded down to the currency's minor unit."""
        exponent = Decimal(1).scaleb(-get_currency_precision(currency))
        return (monthly_fee * self.cap_pct / HUNDRED).quantize(exponent, rounding=ROUND_DOWN)


def schedule_for(target_pct: Decimal) -> CreditSchedule:
    """The standard schedule of a line committed to ``target_pct`` availability."""
    _check_pct(target_pct, "availability_pct")
    if target_pct <= 0:
        raise ValidationError(_("the committed availability must be above 0 %"), field="availability_pct")
    allowance = max(HUNDRED - target_pct, MIN_ALLOWANCE)
    bounds = [target_pct, *(max(target_pct - n * allowance, ZERO) for n, _credit in STEPS), ZERO]
    credits = [pct for _shortfall, pct in STEPS] + [CAP_PCT]
    bands = tuple(
        CreditBand(low, high, pct)
        for high, low, pct in zip(bounds, bounds[1:], credits)
        if low < high
    )
    return CreditSchedule(target_pct, bands, CAP_PCT)


def _check_pct(value: Decimal, field: str) -> None:
    if not value.is_finite() or not ZERO <= value <= HUNDRED:
        raise ValidationError(_("availability must be between 0 and 100 %"), field=field)
