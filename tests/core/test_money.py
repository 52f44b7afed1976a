from __future__ import annotations

from decimal import Decimal

import pytest

from slamdesk.core.errors import ValidationError
from slamdesk.core.money import check_currency, format_money, parse_amount, round_money


def test_rounding_follows_the_currency_minor_unit() -> None:
    assert round_money(Decimal("10.005"), "EUR") == Decimal("10.01")
    assert round_money(Decimal("10.004"), "SEK") == Decimal("10.00")
    assert round_money(Decimal("1500.5"), "VND") == Decimal("1501")


@pytest.mark.parametrize("text", ["abc", "1,2,3", "", "NaN", "-5"])
def test_bad_amounts_are_refused_with_the_field(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_amount(text, field="monthly_fee")
    assert caught.value.field == "monthly_fee"


def test_amounts_accept_a_decimal_comma() -> None:
    assert parse_amount("1 234,50", "fee") == Decimal("1234.50")


def test_unknown_currency_is_refused() -> None:
    with pytest.raises(ValidationError, match="unknown currency"):
        check_currency("XYZ1")
    assert check_currency("sek") == "SEK"


def test_money_is_formatted_for_the_locale() -> None:
    assert format_money(Decimal("1234.5"), "EUR", "en") == "€1,234.50"
    assert format_money(Decimal("1234.5"), "SEK", "sv") == "1\xa0234,50\xa0kr"
