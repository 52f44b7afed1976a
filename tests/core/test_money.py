from __future__ import annotations

from decimal import Decimal

import pytest

from slamdesk.core.errors import ValidationError
from slamdesk.core.money import ZERO, check_currency, format_money, parse_amount, round_money


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


# What a person meets at the edges (each of these was a surviving mutant: docs/MUTATION.md).


@pytest.mark.parametrize(("text", "value"), [("0", Decimal("0")), ("0.5", Decimal("0.5")), ("0,01", Decimal("0.01"))])
def test_zero_and_amounts_below_one_are_accepted(text: str, value: Decimal) -> None:
    assert parse_amount(text, "fee") == value


def test_a_no_break_space_between_thousands_is_read_as_a_thousands_separator() -> None:
    # What Swedish and Ukrainian formatting (and format_money) puts between thousands.
    assert parse_amount("1\u00a0234\u00a0567,25", "fee") == Decimal("1234567.25")


def test_a_decimal_is_checked_like_typed_text() -> None:
    assert parse_amount(Decimal("12.345"), "fee") == Decimal("12.345")
    for bad in (Decimal("NaN"), Decimal("Infinity"), Decimal("-0.01")):
        with pytest.raises(ValidationError) as caught:
            parse_amount(bad, "fee")
        assert caught.value.field == "fee"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("abc", "'abc' is not a number"),
        ("Infinity", "amount must be a finite number"),
        ("-0.01", "amount cannot be negative"),
        ("100000000000000", "amount must be below 100,000,000,000,000"),
    ],
)
def test_each_refusal_says_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_amount(text, "monthly_fee")
    assert str(caught.value) == message and caught.value.field == "monthly_fee"


def test_the_largest_amount_the_database_stores_exactly_is_accepted() -> None:
    # Stored as integer ten-thousandths in a 64-bit column (models.base.Decimal4).
    assert parse_amount("99999999999999.9999", "fee") == Decimal("99999999999999.9999")
    with pytest.raises(ValidationError):
        parse_amount("100000000000000.0000", "fee")


def test_an_unknown_currency_is_refused_beside_the_currency_input() -> None:
    with pytest.raises(ValidationError) as caught:
        check_currency(" kr ")
    assert caught.value.field == "currency" and str(caught.value) == "unknown currency code: 'KR'"
    assert check_currency(" vnd ") == "VND"


def test_money_is_formatted_in_english_unless_a_locale_is_given() -> None:
    assert format_money(Decimal("1234.5"), "EUR") == "€1,234.50"
    assert format_money(Decimal("1234.5"), "VND") == "₫1,235"  # rounded to whole dong first


def test_the_zero_amount_is_an_exact_zero() -> None:
    assert ZERO == 0 and round_money(ZERO, "EUR") == Decimal("0.00")
    assert sum([Decimal("1.10"), Decimal("2.20")], ZERO) == Decimal("3.30")


@pytest.mark.parametrize("text", ["-0", "-0,00", "-0.0000"])
def test_a_minus_zero_is_read_as_plain_zero(text: str) -> None:
    # Not a negative amount, so accepted; but never shown as "-€0.00" afterwards.
    value = parse_amount(text, "fee")
    assert value == 0 and not value.is_signed()
    assert format_money(value, "EUR") == "€0.00"
    assert not parse_amount(Decimal("-0"), "fee").is_signed()
