"""Every pricing rule, by hand and as properties."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from slamdesk.core.catalogue import BandInfo, LevelInfo, TargetInfo, VariantInfo
from slamdesk.core.errors import ValidationError
from slamdesk.core.money import round_money
from slamdesk.core.pricing import Volumes, price_line, totals

LEVEL = LevelInfo(
    id=1, name="Gold", rank=2, monthly_fee=Decimal("39.00"), currency="EUR", coverage="24x7",
    availability_pct=Decimal("99.9"), targets=(TargetInfo("P1", 15, 60, False),), unit="user",
)


def test_per_unit_fee_times_the_priced_volume() -> None:
    price = price_line(LEVEL, Volumes(users=25, devices=90))
    assert (price.units, price.total) == (25, Decimal("975.00"))


def test_fixed_fee_is_charged_once_beside_per_site_fees() -> None:
    level = replace(LEVEL, unit="site", monthly_fee=Decimal("520"), fixed_fee=Decimal("400"))
    assert price_line(level, Volumes(sites=2)).total == Decimal("1440.00")


def test_fixed_price_only_ignores_volumes() -> None:
    level = replace(LEVEL, unit="none", monthly_fee=Decimal("0"), fixed_fee=Decimal("1250.50"))
    assert price_line(level, Volumes(users=999)).total == Decimal("1250.50")


def test_highest_volume_band_reached_discounts_the_unit_fees_only() -> None:
    level = replace(
        LEVEL, fixed_fee=Decimal("100"),
        bands=(BandInfo(100, Decimal("5")), BandInfo(250, Decimal("10"))),
    )
    assert price_line(level, Volumes(users=99)).discount_pct == 0
    at_100 = price_line(level, Volumes(users=100))
    assert at_100.discount_pct == Decimal("5") and at_100.total == Decimal("100") + Decimal("3705.00")
    assert price_line(level, Volumes(users=300)).total == Decimal("100") + Decimal("10530.00")


def test_regional_surcharge_applies_to_the_fixed_and_discounted_fees() -> None:
    level = replace(
        LEVEL, fixed_fee=Decimal("100"), bands=(BandInfo(10, Decimal("10")),),
        variants=(VariantInfo("Rural", Decimal("20"), {}),),
    )
    city = price_line(level, Volumes(users=10), "City")
    rural = price_line(level, Volumes(users=10), "rural")  # region names match whatever the case
    assert city.total == Decimal("451.00")  # 100 + 390 - 39
    assert rural.surcharge_pct == Decimal("20") and rural.total == Decimal("541.20")


def test_value_based_price_per_resolved_incident_and_per_delivered_item() -> None:
    per_incident = replace(LEVEL, unit="none", monthly_fee=Decimal("0"), value_unit="resolved_incident",
                           value_price=Decimal("12.50"))
    assert price_line(per_incident, Volumes(tickets_per_month=40, items_per_month=7)).total == Decimal("500.00")
    per_item = replace(per_incident, value_unit="delivered_item", fixed_fee=Decimal("150"), value_price=Decimal("85"))
    assert price_line(per_item, Volumes(tickets_per_month=40, items_per_month=7)).total == Decimal("745.00")


def test_rounding_is_once_per_line_half_up_to_the_minor_unit() -> None:
    level = replace(LEVEL, monthly_fee=Decimal("0.3333"), currency="EUR")
    assert price_line(level, Volumes(users=3)).total == Decimal("1.00")  # 0.9999
    vnd = replace(LEVEL, monthly_fee=Decimal("10000.5"), currency="VND")
    assert price_line(vnd, Volumes(users=1)).total == Decimal("10001")


def test_vip_override_replaces_the_list_price_and_needs_a_reason() -> None:
    price = price_line(LEVEL, Volumes(users=25), override=Decimal("800.004"), override_reason="Framework deal")
    assert (price.list_total, price.total, price.override_reason) == (Decimal("975.00"), Decimal("800.00"), "Framework deal")
    with pytest.raises(ValidationError) as caught:
        price_line(LEVEL, Volumes(users=25), override=Decimal("800"), override_reason=" ")
    assert caught.value.field == "override_reason"
    with pytest.raises(ValidationError) as caught:
        price_line(LEVEL, Volumes(users=25), override=Decimal("-1"), override_reason="x")
    assert caught.value.field == "price_override"


def test_tax_is_the_rounded_rate_of_the_subtotal() -> None:
    result = totals([Decimal("975.00"), Decimal("1440.01")], "SEK", Decimal("25"))
    assert (result.subtotal, result.tax, result.total) == (Decimal("2415.01"), Decimal("603.75"), Decimal("3018.76"))


money = st.decimals(min_value=0, max_value=100_000, places=4, allow_nan=False, allow_infinity=False)
percent = st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False)


@st.composite
def levels(draw: st.DrawFn) -> LevelInfo:
    unit = draw(st.sampled_from(("none", "user", "device", "site")))
    bands = draw(st.lists(st.tuples(st.integers(1, 500), percent), max_size=3, unique_by=lambda band: band[0]))
    return replace(
        LEVEL,
        unit=unit,
        currency=draw(st.sampled_from(("EUR", "SEK", "VND", "IDR", "UAH"))),
        monthly_fee=Decimal("0") if unit == "none" else draw(money),
        fixed_fee=draw(money),
        value_unit=draw(st.sampled_from((None, "resolved_incident", "delivered_item"))),
        value_price=draw(money),
        bands=tuple(BandInfo(n, pct) for n, pct in bands),
        variants=(VariantInfo("Rural", draw(st.decimals(0, 1000, places=2)), {}),),
    )


volumes = st.builds(
    Volumes, users=st.integers(0, 5000), devices=st.integers(0, 5000), sites=st.integers(1, 200),
    tickets_per_month=st.integers(0, 10_000), items_per_month=st.integers(0, 1000),
)


@given(level=levels(), amount=volumes, region=st.sampled_from(("", "City", "Rural")))
def test_a_price_is_never_negative_and_is_in_minor_units(level: LevelInfo, amount: Volumes, region: str) -> None:
    price = price_line(level, amount, region)
    assert price.total >= 0
    assert price.total == round_money(price.total, level.currency)
    assert price.total.as_tuple().exponent == round_money(Decimal(1), level.currency).as_tuple().exponent
    exact = price.fixed_fee + price.unit_amount - price.discount + price.surcharge + price.value_amount
    assert abs(price.total - exact) <= Decimal("0.5")
    assert price_line(level, amount, region) == price  # same inputs, same price


@given(lines=st.lists(st.tuples(levels(), volumes), min_size=1, max_size=8), rate=percent)
def test_totals_are_the_sum_of_their_lines_plus_tax(lines: list[tuple[LevelInfo, Volumes]], rate: Decimal) -> None:
    prices = [price_line(replace(level, currency="EUR"), amount).total for level, amount in lines]
    result = totals(prices, "EUR", rate)
    assert result.subtotal == sum(prices) and result.total == result.subtotal + result.tax
    assert result.tax >= 0 and result.total >= result.subtotal
