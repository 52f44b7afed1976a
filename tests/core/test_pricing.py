"""Every pricing rule, by hand and as properties."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from slamdesk.core.catalogue import BandInfo, LevelInfo, TargetInfo, VariantInfo
from slamdesk.core.errors import ValidationError
from slamdesk.core.money import format_money, round_money
from slamdesk.core.pricing import LevelOption, Quote, QuoteLine, Totals, Volumes, price_line, totals

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


# ---------------------------------------------------------------------------
# Edges of a single price (each a surviving mutant once: docs/MUTATION.md)
# ---------------------------------------------------------------------------


def test_a_zero_vip_override_is_accepted_and_prices_the_line_at_zero() -> None:
    price = price_line(LEVEL, Volumes(users=25), override=Decimal("0"), override_reason="Pilot, first year free")
    assert (price.list_total, price.total, price.override_reason) == (
        Decimal("975.00"), Decimal("0.00"), "Pilot, first year free")


def test_an_override_below_one_is_a_price_not_a_mistake() -> None:
    price = price_line(LEVEL, Volumes(users=25), override=Decimal("0.505"), override_reason="Token fee")
    assert price.total == Decimal("0.51")  # rounded half up like a list price


def test_override_refusals_say_what_is_missing() -> None:
    with pytest.raises(ValidationError) as caught:
        price_line(LEVEL, Volumes(users=25), override=Decimal("-0.01"), override_reason="x")
    assert (str(caught.value), caught.value.field) == ("a price cannot be negative", "price_override")
    with pytest.raises(ValidationError) as caught:
        price_line(LEVEL, Volumes(users=25), override=Decimal("800"))  # no reason given at all
    assert (str(caught.value), caught.value.field) == ("a custom price needs a reason", "override_reason")


def test_a_reason_without_a_custom_price_is_not_kept() -> None:
    price = price_line(LEVEL, Volumes(users=25), override_reason="left over from an earlier price")
    assert (price.override, price.override_reason, price.total) == (None, "", Decimal("975.00"))


def test_a_requirement_without_volumes_counts_one_site_and_nothing_else() -> None:
    assert Volumes() == Volumes(users=0, devices=0, sites=1, tickets_per_month=0, items_per_month=0)
    per_user = price_line(LEVEL, Volumes())
    assert (per_user.units, per_user.total) == (0, Decimal("0.00"))
    per_site = price_line(replace(LEVEL, unit="site", monthly_fee=Decimal("520")), Volumes())
    assert (per_site.units, per_site.total) == (1, Decimal("520.00"))
    per_device = price_line(replace(LEVEL, unit="device", monthly_fee=Decimal("7")), Volumes())
    assert (per_device.units, per_device.total) == (0, Decimal("0.00"))
    for value_unit in ("resolved_incident", "delivered_item"):
        valued = replace(LEVEL, unit="none", monthly_fee=Decimal("0"), value_unit=value_unit, value_price=Decimal("9"))
        assert price_line(valued, Volumes()).value_amount == 0


def test_a_fixed_price_level_counts_as_one_and_charges_no_unit_fee() -> None:
    level = replace(LEVEL, unit="none", monthly_fee=Decimal("39"), fixed_fee=Decimal("1000"))
    price = price_line(level, Volumes(users=25, devices=4, sites=3))
    assert (price.units, price.unit_fee, price.total) == (1, Decimal("0"), Decimal("1000.00"))


def test_a_value_price_without_a_value_unit_charges_nothing() -> None:
    level = replace(LEVEL, unit="none", monthly_fee=Decimal("0"), fixed_fee=Decimal("10"), value_price=Decimal("12.50"))
    price = price_line(level, Volumes(tickets_per_month=40, items_per_month=7))
    assert (price.value_volume, price.value_amount, price.total) == (0, 0, Decimal("10.00"))


def test_an_empty_quote_totals_to_zero_money() -> None:
    result = totals([], "EUR", Decimal("25"))
    assert format_money(result.subtotal, "EUR") == "€0.00" and result.total == 0


# ---------------------------------------------------------------------------
# Quote lines, their state, and the quote's totals
# ---------------------------------------------------------------------------

BRONZE = replace(LEVEL, id=11, name="Bronze", rank=1, monthly_fee=Decimal("10.00"))
SILVER = replace(LEVEL, id=12, name="Silver", rank=2, monthly_fee=Decimal("20.00"))
GOLD = replace(LEVEL, id=13, name="Gold", rank=3, monthly_fee=Decimal("30.00"))
VIP_GOLD = replace(GOLD, id=14, name="Gold for Acme", customer_id=7, monthly_fee=Decimal("25.00"))


def option(level: LevelInfo, users: int = 10, problems: tuple[str, ...] = (), override: Decimal | None = None) -> LevelOption:
    return LevelOption(
        level_id=level.id, level_name=level.name, rank=level.rank, vip=level.vip, currency=level.currency,
        price=price_line(level, Volumes(users=users), override=override, override_reason="deal" if override else ""),
        availability_pct=level.availability_pct, coverage=level.coverage, targets=level.targets, problems=problems,
    )


def line(
    position: int, options: tuple[LevelOption, ...], chosen: int | None = None, *, service_id: int | None = 1,
    infeasible: str | None = None, users: int = 10, unit: str = "user",
) -> QuoteLine:
    return QuoteLine(
        requirement_id=100 + position, position=position, need=f"need {position}", service_id=service_id,
        service_name="Service desk" if service_id else "", site="HQ", region="", coverage="24x7", priorities=("P1",),
        volumes=Volumes(users=users), unit=unit, options=options, chosen_level_id=chosen,
        infeasible_kind=infeasible, infeasible_reason="cannot be done" if infeasible else "",
    )


def test_an_option_is_offered_only_without_problems_and_costs_its_override() -> None:
    plain = option(GOLD)
    assert plain.feasible and (plain.line_total, plain.unit_price) == (Decimal("300.00"), Decimal("30.00"))
    assert not option(GOLD, problems=("P1 response 15 min is stricter than 30 min",)).feasible
    custom = option(GOLD, override=Decimal("250"))
    assert (custom.line_total, custom.unit_price) == (Decimal("250.00"), Decimal("30.00"))


def test_a_line_shows_its_chosen_level_and_the_quantity_in_its_unit() -> None:
    quote_line = line(1, (option(BRONZE), option(GOLD)), chosen=GOLD.id, users=12)
    assert quote_line.chosen is not None and quote_line.chosen.level_name == "Gold"
    assert quote_line.quantity == 12
    assert line(1, (option(BRONZE),), chosen=GOLD.id).chosen is None  # a level the service no longer has
    assert line(1, (option(BRONZE),), unit="none").quantity == 1


def test_each_line_state_follows_from_what_is_known_about_it() -> None:
    offered, refused = option(GOLD), option(GOLD, problems=("not in region North",))
    assert line(1, (offered,), chosen=GOLD.id).state == "traced"
    assert line(1, (refused,), chosen=GOLD.id).state == "blocked"
    assert line(1, (offered,)).state == "unpriced"
    assert line(1, (), service_id=None).state == "unmatched"
    assert line(1, (offered,), chosen=GOLD.id, infeasible="technical").state == "infeasible"
    assert line(1, (), service_id=None, infeasible="legal").state == "infeasible"
    undeclared = QuoteLine(1, 1, "need", 1, "Service desk", "HQ", "", "24x7", ("P1",), Volumes(), "user", (offered,), None)
    assert (undeclared.state, undeclared.infeasible_kind, undeclared.infeasible_reason) == ("unpriced", None, "")


def test_a_quote_totals_its_priced_lines_only_with_tax() -> None:
    priced = line(1, (option(BRONZE), option(GOLD)), chosen=GOLD.id)  # 300.00
    custom = line(2, (option(SILVER, users=5, override=Decimal("99.99")),), chosen=SILVER.id)  # 99.99
    unpriced = line(3, (option(BRONZE),))
    infeasible = line(4, (option(GOLD),), chosen=GOLD.id, infeasible="technical")
    unmatched = line(5, (), service_id=None)
    quote = Quote((priced, custom, unpriced, infeasible, unmatched), tax_rate_pct=Decimal("25"))
    assert quote.priced_lines == (priced, custom)
    assert quote.currency == "EUR"
    assert quote.totals == Totals("EUR", Decimal("399.99"), Decimal("25"), Decimal("100.00"), Decimal("499.99"))
    assert quote.total == Decimal("399.99")  # before tax: what the agreement lines add up to


def test_a_quote_of_one_line_is_in_that_lines_currency() -> None:
    sek = replace(GOLD, currency="SEK")
    quote = Quote((line(1, (option(sek),), chosen=sek.id),), tax_rate_pct=Decimal("25"))
    assert quote.currency == "SEK" and quote.totals.tax == Decimal("75.00")
    assert Quote((line(1, (option(sek),)),)).currency is None  # nothing chosen yet


def test_a_quote_is_complete_when_every_line_is_traced_or_declared_infeasible() -> None:
    traced = line(1, (option(GOLD),), chosen=GOLD.id)
    infeasible = line(2, (), service_id=None, infeasible="commercial")
    assert Quote((traced, infeasible)).complete
    assert not Quote((traced, line(3, (option(GOLD),)))).complete  # unpriced
    assert not Quote((traced, line(3, (option(GOLD, problems=("x",)),), chosen=GOLD.id))).complete  # blocked
    assert not Quote((traced, line(3, (), service_id=None))).complete  # unmatched
    assert not Quote((line(3, (), service_id=None),)).complete


# ---------------------------------------------------------------------------
# Every level side by side (the comparison columns)
# ---------------------------------------------------------------------------


def test_levels_are_compared_in_rank_order_with_tax_and_without_vip_levels() -> None:
    first = line(1, (option(GOLD), option(BRONZE), option(SILVER), option(VIP_GOLD)), chosen=VIP_GOLD.id)
    second = line(2, (option(BRONZE, users=5), option(SILVER, users=5), option(GOLD, users=5)), chosen=BRONZE.id)
    compared = Quote((first, second), tax_rate_pct=Decimal("25")).level_totals()
    assert list(compared) == ["Bronze", "Silver", "Gold"]
    assert compared["Bronze"] == Totals("EUR", Decimal("150.00"), Decimal("25"), Decimal("37.50"), Decimal("187.50"))
    assert compared["Gold"].total == Decimal("562.50")


def test_a_level_ranked_differently_by_two_services_sits_at_its_best_rank() -> None:
    silver_low = replace(SILVER, rank=5)
    first = line(1, (option(SILVER), option(GOLD)))
    second = line(2, (option(silver_low), option(GOLD)))
    assert list(Quote((second, first)).level_totals()) == ["Silver", "Gold"]
    assert list(Quote((first, second)).level_totals()) == ["Silver", "Gold"]


def test_levels_of_the_same_rank_are_compared_in_name_order() -> None:
    standard, basic = replace(BRONZE, name="Standard"), replace(BRONZE, id=15, name="Basic")
    assert list(Quote((line(1, (option(standard), option(basic))),)).level_totals()) == ["Basic", "Standard"]


def test_a_level_is_compared_only_where_every_open_line_can_have_it() -> None:
    everywhere = line(1, (option(BRONZE), option(GOLD)))
    no_gold = line(2, (option(BRONZE, users=5),))
    gold_refused = line(3, (option(BRONZE, users=5), option(GOLD, users=5, problems=("only in the capital",))))
    assert list(Quote((everywhere, no_gold)).level_totals()) == ["Bronze"]
    assert list(Quote((everywhere, gold_refused)).level_totals()) == ["Bronze"]
    assert Quote((everywhere, no_gold)).level_totals()["Bronze"].subtotal == Decimal("150.00")


def test_lines_that_need_no_level_do_not_limit_the_comparison() -> None:
    everywhere = line(1, (option(BRONZE), option(GOLD)))
    infeasible = line(2, (option(BRONZE),), infeasible="technical")
    unmatched = line(3, (), service_id=None)
    compared = Quote((everywhere, infeasible, unmatched)).level_totals()
    assert list(compared) == ["Bronze", "Gold"] and compared["Bronze"].subtotal == Decimal("100.00")


def test_levels_priced_in_two_currencies_are_not_added_up() -> None:
    euro = line(1, (option(BRONZE), option(GOLD)))
    crowns = line(2, (option(replace(BRONZE, currency="SEK")), option(GOLD)))
    compared = Quote((euro, crowns)).level_totals()
    assert list(compared) == ["Gold"] and compared["Gold"].currency == "EUR"
    assert Quote(()).level_totals() == {}
