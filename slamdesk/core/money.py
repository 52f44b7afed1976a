"""Money: Decimal amounts with an ISO 4217 currency, rounded by explicit rules."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.numbers import format_currency, get_currency_precision, is_currency

from .errors import ValidationError
from .text import quoted
from .words import _

ZERO = Decimal("0")
# Amounts are stored as integer ten-thousandths in a 64-bit column (models.base.Decimal4).
LARGEST = Decimal("100000000000000")


def check_currency(code: str) -> str:
    code = code.strip().upper()
    if not is_currency(code):
        raise ValidationError(_("unknown currency code: {code}").format(code=quoted(code, 20)), field="currency")
    return code


def round_money(amount: Decimal, currency: str) -> Decimal:
    """Round half up to the currency's minor unit (2 for SEK, 0 for VND)."""
    exponent = Decimal(1).scaleb(-get_currency_precision(currency))
    return amount.quantize(exponent, rounding=ROUND_HALF_UP)


def parse_amount(text: str | Decimal, field: str) -> Decimal:
    """A non-negative Decimal from user input; refuses text, NaN and negatives."""
    if isinstance(text, Decimal):
        value = text
    else:
        cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            raise ValidationError(_("{value} is not a number").format(value=quoted(text, 40)), field=field) from None
    if not value.is_finite():
        raise ValidationError(_("amount must be a finite number"), field=field)
    if value < 0:
        raise ValidationError(_("amount cannot be negative"), field=field)
    if value >= LARGEST:
        raise ValidationError(_("amount must be below {largest:,}").format(largest=LARGEST), field=field)
    return value.copy_abs()  # "-0" is zero, not "-€0.00"


def format_money(amount: Decimal, currency: str, locale: str = "en") -> str:
    return format_currency(round_money(amount, currency), currency, locale=locale)
