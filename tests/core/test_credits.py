from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from slamdesk.core.credits import CAP_PCT, CreditBand, schedule_for
from slamdesk.core.errors import ValidationError

D = Decimal


def test_a_999_target_gets_four_bands_from_the_target_down() -> None:
    schedule = schedule_for(D("99.9"))
    assert schedule.bands == (
        CreditBand(D("99.8"), D("99.9"), D(5)),
        CreditBand(D("99.6"), D("99.8"), D(10)),
        CreditBand(D("99.0"), D("99.6"), D(20)),
        CreditBand(D(0), D("99.0"), D(30)),
    )
    assert schedule.cap_pct == CAP_PCT


@pytest.mark.parametrize(
    ("measured", "pct"),
    [("100", 0), ("99.9", 0), ("99.89", 5), ("99.8", 5), ("99.79", 10), ("99.6", 10),
     ("99.0", 20), ("98.99", 30), ("0", 30)],
)
def test_the_band_edges_belong_to_the_band_below_the_bound(measured: str, pct: int) -> None:
    assert schedule_for(D("99.9")).credit_pct(D(measured)) == D(pct)


def test_the_credit_is_a_rounded_share_of_the_monthly_fee() -> None:
    schedule = schedule_for(D("99.5"))
    assert schedule.credit(D("99.2"), D("1234.55"), "SEK") == D("61.73")  # 5 %, half up
    assert schedule.credit(D("50"), D("1234.55"), "SEK") == D("370.36")  # the cap, rounded down
    assert schedule.credit(D("99.2"), D("1234555"), "VND") == D("61728")
    assert schedule.maximum_credit(D("1000"), "EUR") == D("300.00")


def test_a_low_target_drops_the_bands_that_would_fall_below_zero() -> None:
    schedule = schedule_for(D(80))
    assert [(b.low_pct, b.high_pct, b.credit_pct) for b in schedule.bands] == [
        (D(60), D(80), D(5)), (D(20), D(60), D(10)), (D(0), D(20), D(20)),
    ]


def test_a_full_target_still_has_bands() -> None:
    assert schedule_for(D(100)).bands[0] == CreditBand(D("99.9"), D(100), D(5))


@pytest.mark.parametrize("target", ["0", "-1", "100.1", "NaN"])
def test_impossible_targets_are_refused(target: str) -> None:
    with pytest.raises(ValidationError) as error:
        schedule_for(D(target))
    assert error.value.field == "availability_pct"


def test_impossible_measurements_and_fees_are_refused() -> None:
    schedule = schedule_for(D("99.9"))
    with pytest.raises(ValidationError):
        schedule.credit(D("101"), D(100), "EUR")
    with pytest.raises(ValidationError) as error:
        schedule.credit(D("99"), D(-1), "EUR")
    assert error.value.field == "monthly_fee"


percent = st.decimals(min_value=0, max_value=100, places=3, allow_nan=False, allow_infinity=False)
target = st.decimals(min_value=D("0.001"), max_value=100, places=3, allow_nan=False, allow_infinity=False)
fee = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)
currency = st.sampled_from(["SEK", "EUR", "VND", "IDR", "UAH", "USD"])


@given(target, percent, fee, currency)
def test_credit_is_never_negative_nor_above_the_cap(
    target_pct: Decimal, measured: Decimal, monthly_fee: Decimal, code: str
) -> None:
    schedule = schedule_for(target_pct)
    credit = schedule.credit(measured, monthly_fee, code)
    assert credit >= 0
    assert credit <= schedule.cap_pct * monthly_fee / 100
    if measured >= target_pct:
        assert credit == 0


@given(target, percent, percent)
def test_less_availability_never_earns_less_credit(target_pct: Decimal, a: Decimal, b: Decimal) -> None:
    schedule = schedule_for(target_pct)
    low, high = sorted((a, b))
    assert schedule.credit_pct(low) >= schedule.credit_pct(high)


@given(target)
def test_bands_are_contiguous_from_zero_to_the_target(target_pct: Decimal) -> None:
    bands = schedule_for(target_pct).bands
    assert bands[0].high_pct == target_pct and bands[-1].low_pct == 0
    assert all(upper.low_pct == lower.high_pct for upper, lower in zip(bands, bands[1:]))
    assert all(band.credit_pct <= CAP_PCT for band in bands)

