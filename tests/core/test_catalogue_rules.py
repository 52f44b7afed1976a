"""What a service level must be (``catalogue_rules``): each refusal names its field and says what is wrong.

Pure checks: no database. The use cases that store a level (``test_catalogue.py``) run these first.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from slamdesk.core import catalogue_rules as rules
from slamdesk.core.catalogue_rules import BandInput, CommitmentInput, LevelInput, VariantInput
from slamdesk.core.errors import ValidationError

D = Decimal
BASE = LevelInput(
    name="Gold", monthly_fee=D("10"), currency="EUR", coverage="24x7", availability_pct=D("99.9"),
    targets={"P1": (240, 480), "P2": (480, 960)},
)


def refused(level: LevelInput, field: str, message: str | None = None) -> str:
    with pytest.raises(ValidationError) as caught:
        rules.check_level(level)
    assert caught.value.field == field, caught.value
    if message is not None:
        assert str(caught.value) == message
    return str(caught.value)


# Words and numbers


@pytest.mark.parametrize(
    ("code", "label"), [("P1", "P1 Critical"), ("P2", "P2 High"), ("P3", "P3 Normal"), ("P4", "P4 Low"), ("P9", "P9")]
)
def test_a_priority_reads_with_its_name(code: str, label: str) -> None:
    assert rules.priority_label(code) == label


@pytest.mark.parametrize(
    ("minutes", "text"),
    [(0, "0 min"), (45, "45 min"), (59, "59 min"), (60, "1 h"), (90, "1 h 30 min"), (1439, "23 h 59 min"),
     (1440, "1 d"), (1441, "1 d 1 min"), (1500, "1 d 1 h"), (2970, "2 d 1 h 30 min")],
)
def test_a_duration_is_short_and_exact(minutes: int, text: str) -> None:
    assert rules.format_duration(minutes) == text


@pytest.mark.parametrize(
    ("external", "buffer", "loosest"),
    [(240, "20", 192), (7, "20", 5), (1, "20", 1), (1, "99", 1), (240, "0", 240), (100, "25", 75), (10, "12.5", 8)],
)
def test_the_loosest_internal_aim_is_the_external_less_the_buffer_rounded_down_never_below_a_minute(
    external: int, buffer: str, loosest: int
) -> None:
    assert rules.loosest_internal_minutes(external, D(buffer)) == loosest


def test_derived_internal_aims_take_the_buffer_off_response_and_resolution() -> None:
    assert rules.derive_internal((240, 480), D("20")) == (192, 384)
    assert rules.derive_internal((60, 7), D("50")) == (30, 3)


@pytest.mark.parametrize(
    ("external", "buffer", "lowest"),
    [("99.9", "20", "99.92"), ("99.95", "25", "99.9625"), ("99", "0", "99"), ("99.333", "33", "99.5531"),
     ("100", "20", "100"), ("50", "50", "75")],
)
def test_the_lowest_internal_availability_allows_less_downtime_by_the_buffer(
    external: str, buffer: str, lowest: str
) -> None:
    value = rules.lowest_internal_availability(D(external), D(buffer))
    assert value == D(lowest) and value.as_tuple().exponent == -4  # to four decimals, as stored


# A level's own terms


def test_a_level_meeting_every_rule_passes() -> None:
    rules.check_level(replace(
        BASE, unit="none", monthly_fee=D("0"), fixed_fee=D("400"), value_unit="delivered_item", value_price=D("85"),
        availability_pct=D("100"), internal_availability_pct=D("100"), internal_buffer_pct=D("99"),
        availability_period="year", min_units=0, internal_targets={"P1": (2, 4)},  # 240 and 480 less 99 %
    ))
    rules.check_level(replace(BASE, availability_pct=D("0.01"), unit="device", min_units=3))


def test_a_level_needs_a_name() -> None:
    refused(replace(BASE, name="   "), "level_name", "a level needs a name")


@pytest.mark.parametrize("name", ["monthly_fee", "fixed_fee", "value_price"])
def test_each_amount_is_refused_next_to_its_own_field(name: str) -> None:
    refused(replace(BASE, value_unit="delivered_item", **{name: "ten"}), name)  # type: ignore[arg-type]


def test_the_currency_and_the_hours_must_be_known() -> None:
    refused(replace(BASE, currency="EURO"), "currency")
    refused(replace(BASE, coverage="sometimes"), "coverage")


def test_the_price_unit_must_be_known_and_a_fixed_price_has_no_unit_fee() -> None:
    refused(replace(BASE, unit="seat"), "unit", "unknown price unit 'seat'")
    refused(replace(BASE, unit="none"), "monthly_fee", "a fixed-price level has no per-unit fee; set the unit first")
    rules.check_level(replace(BASE, unit="none", monthly_fee=D("0")))


def test_a_value_based_price_needs_a_known_unit() -> None:
    refused(replace(BASE, value_unit="smile"), "value_unit", "unknown value-based unit 'smile'")
    refused(replace(BASE, value_price=D("5")), "value_unit", "a value-based price needs what it is paid per")
    rules.check_level(replace(BASE, value_unit="resolved_incident", value_price=D("5")))
    rules.check_level(replace(BASE, value_unit="resolved_incident"))  # a unit without a price yet


def test_availability_is_measured_per_a_known_period() -> None:
    refused(replace(BASE, availability_period="week"), "availability_period", "unknown availability period 'week'")


@pytest.mark.parametrize("value", ["0", "100.01", "-1"])
def test_availability_is_above_zero_and_at_most_a_hundred(value: str) -> None:
    refused(replace(BASE, availability_pct=D(value)), "availability_pct",
            "availability must be above 0 % and at most 100 %")


def test_the_buffer_is_at_most_99_percent() -> None:
    refused(replace(BASE, internal_buffer_pct=D("99.01")), "internal_buffer_pct",
            "the internal buffer cannot be over 99 %")
    refused(replace(BASE, internal_buffer_pct=D("-1")), "internal_buffer_pct")


def test_internal_availability_is_at_most_a_hundred_and_at_least_the_buffered_external() -> None:
    refused(replace(BASE, internal_availability_pct=D("100.01")), "internal_availability_pct",
            "internal availability cannot be over 100 %")
    refused(
        replace(BASE, internal_availability_pct=D("99.9199")), "internal_availability_pct",
        "internal availability 99.9199 % is looser than the external 99.9 % with a 20 % buffer (at least 99.9200 %)",
    )
    rules.check_level(replace(BASE, internal_availability_pct=D("99.92")))
    # the buffer counted is the level's own
    rules.check_level(replace(BASE, internal_buffer_pct=D("10"), internal_availability_pct=D("99.91")))


@pytest.mark.parametrize("value", [-1, "3", 2.0])
def test_the_minimum_volume_is_a_whole_number_zero_or_more(value: object) -> None:
    refused(replace(BASE, min_units=value), "min_units", "the minimum volume is a whole number, 0 or more")  # type: ignore[arg-type]


@pytest.mark.parametrize("targets", [{}, {"P9": (10, 20)}, {"P1": (10, 20), "P5": (10, 20)}])
def test_targets_need_known_priorities(targets: dict[str, tuple[int, int]]) -> None:
    refused(replace(BASE, targets=targets), "targets", "targets need priorities among P1, P2, P3, P4")


@pytest.mark.parametrize(
    ("times", "message"),
    [((0, 10), "P1: times must be positive"), ((10, 0), "P1: times must be positive"),
     ((-5, 10), "P1: times must be positive"), ((30, 29), "P1: resolution cannot come before response"),
     ((10.0, 20), "P1: times are whole minutes"), ((10, "20"), "P1: times are whole minutes"),
     ((True, 20), "P1: times are whole minutes")],
)
def test_target_times_are_positive_whole_minutes_resolution_not_before_response(
    times: tuple[int, int], message: str
) -> None:
    refused(replace(BASE, targets={"P1": times}), "targets", message)


def test_equal_response_and_resolution_are_accepted() -> None:
    rules.check_level(replace(BASE, targets={"P1": (30, 30)}))


def test_an_internal_aim_may_equal_the_loosest_but_not_exceed_it() -> None:
    rules.check_level(replace(BASE, internal_targets={"P1": (192, 384), "P2": (1, 1)}))
    refused(
        replace(BASE, internal_targets={"P1": (193, 384)}), "internal_targets",
        "P1 internal response 3 h 13 min is looser than the external 4 h less the 20 % buffer (at most 3 h 12 min)",
    )
    refused(
        replace(BASE, internal_targets={"P2": (300, 769)}), "internal_targets",
        "P2 internal resolution 12 h 49 min is looser than the external 16 h less the 20 % buffer (at most 12 h 48 min)",
    )


def test_internal_aims_are_checked_as_times_too() -> None:
    refused(replace(BASE, internal_targets={"P1": (0, 10)}), "internal_targets", "P1 internal: times must be positive")
    refused(replace(BASE, internal_targets={"P1": (20, 10)}), "internal_targets",
            "P1 internal: resolution cannot come before response")


def test_an_internal_aim_needs_an_external_target_for_its_priority() -> None:
    refused(replace(BASE, internal_targets={"P3": (10, 20)}), "internal_targets",
            "an internal target needs an external one for the same priority")


# Commitments, volume bands and regional variants


def commitment(description: str = "Account created", amount: str = "1", unit: str = "working_days",
               internal: str | None = None) -> LevelInput:
    return replace(BASE, commitments=(
        CommitmentInput("First", D("2"), "hours"),
        CommitmentInput(description, D(amount), unit, D(internal) if internal is not None else None),
    ))


def test_a_commitment_needs_a_description_a_known_unit_and_an_amount_above_zero() -> None:
    refused(commitment(description=" "), "commitments", "commitment 2: describe what is committed")
    refused(commitment(unit="weeks"), "commitments", "commitment 2: unknown unit 'weeks'")
    refused(commitment(amount="0"), "commitments", "commitment 2: the amount must be above 0")
    refused(commitment(amount="-1"), "commitments")
    rules.check_level(commitment(amount="0.5", unit="calendar_days"))


def test_a_commitments_internal_aim_is_above_zero_and_no_looser_than_the_commitment() -> None:
    refused(commitment(internal="1.5"), "commitments", "commitment 2: the internal aim 1.5 is looser than the commitment 1")
    refused(commitment(internal="0"), "commitments", "commitment 2: the internal aim 0 is looser than the commitment 1")
    rules.check_level(commitment(internal="1"))
    rules.check_level(commitment(internal="0.1"))


def bands(*pairs: tuple[object, str]) -> LevelInput:
    return replace(BASE, bands=tuple(BandInput(units, D(pct)) for units, pct in pairs))  # type: ignore[arg-type]


def test_volume_bands_start_at_one_unit_or_more_once_each_with_a_discount_up_to_a_hundred() -> None:
    rules.check_level(bands((1, "0"), (100, "100")))
    refused(bands((0, "5")), "bands", "a volume band starts at 1 unit or more")
    refused(bands((2.0, "5")), "bands", "a volume band starts at 1 unit or more")
    refused(bands((10, "5"), (10, "7")), "bands", "two volume bands start at 10 units")
    refused(bands((10, "100.01")), "bands", "a discount cannot be over 100 %")


def variants(*items: VariantInput) -> LevelInput:
    return replace(BASE, variants=items)


def test_a_regional_variant_needs_a_region_once_a_surcharge_up_to_1000_and_sound_targets() -> None:
    rules.check_level(variants(VariantInput("Rural", D("1000"), {"P1": (480, 960)}), VariantInput("City", D("0"))))
    refused(variants(VariantInput("  ", D("5"))), "variants", "a regional variant needs a region")
    refused(variants(VariantInput("Rural", D("5")), VariantInput("rural ", D("7"))), "variants",
            "two variants for region 'rural'")
    refused(variants(VariantInput("Rural", D("1000.01"))), "variants", "a surcharge cannot be over 1000 %")
    refused(variants(VariantInput("Rural", D("5"), {"P7": (1, 2)})), "variants", "Rural: unknown priority P7")
    refused(variants(VariantInput("Rural", D("5"), {"P1": (60, 30)})), "variants",
            "Rural P1: resolution cannot come before response")


# Text as it is stored


def test_a_levels_text_is_stored_trimmed_and_normalised() -> None:
    cleaned = rules.clean_level(replace(
        BASE, name=" Gold ", currency=" eur ", coverage=" 24x7 ", calendar=" Mon-Fri ", regions=(" City ",),
        commitments=(CommitmentInput(" Account ", D("1"), "hours"),), variants=(VariantInput(" Rural ", D("5")),),
    ))
    assert (cleaned.name, cleaned.currency, cleaned.coverage, cleaned.calendar) == ("Gold", "eur", "24x7", "Mon-Fri")
    assert cleaned.regions == ("City",) and cleaned.commitments[0].description == "Account"
    assert cleaned.variants[0].region == "Rural"
    assert rules.clean_level(replace(BASE, name="Cafe\u0301")).name == "Café"  # NFC


@pytest.mark.parametrize(
    ("change", "field", "label"),
    [
        ({"name": "G\x00ld"}, "level_name", "the level name"),
        ({"currency": "E\x07R"}, "currency", "the currency"),
        ({"coverage": "24\x00"}, "coverage", "the hours of coverage"),
        ({"calendar": "x" * 61}, "calendar", "the calendar"),
        ({"regions": ("City", "R" * 101)}, "regions", "a region"),
        ({"commitments": (CommitmentInput("ok", D("1"), "hours"), CommitmentInput("a\x00", D("1"), "hours"))},
         "commitments", "commitment 2"),
        ({"variants": (VariantInput("\u202eRural", D("1")),)}, "variants", "a variant's region"),
    ],
)
def test_hostile_text_in_a_level_is_refused_naming_the_level_and_the_field(
    change: dict[str, object], field: str, label: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        rules.clean_level(replace(BASE, **change), 2)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert str(caught.value).startswith(f"level 3: {label}")
    with pytest.raises(ValidationError) as unnumbered:
        rules.clean_level(replace(BASE, **change))  # type: ignore[arg-type]
    assert str(unnumbered.value).startswith(label)


def test_the_level_name_may_be_at_most_60_characters() -> None:
    assert rules.clean_level(replace(BASE, name="N" * 60)).name == "N" * 60
    with pytest.raises(ValidationError, match="at most 60"):
        rules.clean_level(replace(BASE, name="N" * 61))


# A service


def test_a_services_text_is_stored_trimmed_and_each_level_numbered_in_refusals() -> None:
    code, name, description, levels = rules.clean_service(" SD ", " Desk ", " One\nTwo ", [BASE, replace(BASE, name=" B ")])
    assert (code, name, description) == ("SD", "Desk", "One\nTwo") and [lv.name for lv in levels] == ["Gold", "B"]
    with pytest.raises(ValidationError) as caught:
        rules.clean_service("SD", "Desk", "", [BASE, replace(BASE, name="B\x00")])
    assert str(caught.value).startswith("level 2: the level name") and caught.value.field == "level_name"
    for args, field, label in (
        (("C" * 41, "Desk", ""), "code", "the service code"),
        (("SD", "N\x00", ""), "name", "the service name"),
        (("SD", "Desk", "\x00"), "description", "the description"),
    ):
        with pytest.raises(ValidationError) as caught:
            rules.clean_service(*args, [BASE])
        assert caught.value.field == field and str(caught.value).startswith(label)


def test_a_service_needs_a_code_a_name_and_levels_with_distinct_names() -> None:
    for code, name in (("", "Desk"), ("SD", " "), (" ", " ")):
        with pytest.raises(ValidationError, match="^a service needs a code and a name$") as caught:
            rules.check_service(code, name, [BASE])
        assert caught.value.field == "name"
    with pytest.raises(ValidationError, match="^a service needs at least one level$") as caught:
        rules.check_service("SD", "Desk", [])
    assert caught.value.field == "levels"
    with pytest.raises(ValidationError, match="^two levels of a service cannot share a name$") as caught:
        rules.check_service("SD", "Desk", [BASE, replace(BASE, name=" gold ")])
    assert caught.value.field == "level_name"
    with pytest.raises(ValidationError) as caught:
        rules.check_service("SD", "Desk", [BASE, replace(BASE, name="Silver", unit="seat")])
    assert caught.value.field == "unit"
    rules.check_service("SD", "Desk", [BASE, replace(BASE, name="Silver")])


# The words the editors and documents show, and what a level is when left out (issue 18)


def test_each_choice_of_the_level_editor_has_its_words_and_is_accepted() -> None:
    assert rules.UNITS == {"none": "fixed price", "user": "per user", "device": "per device", "site": "per site"}
    assert rules.VALUE_UNITS == {"resolved_incident": "per resolved incident", "delivered_item": "per delivered item"}
    assert rules.PERIODS == {"month": "per month", "quarter": "per quarter", "year": "per year"}
    assert rules.COMMITMENT_UNITS == {"working_days": "working days", "calendar_days": "calendar days",
                                      "business_hours": "business hours", "hours": "hours"}
    for unit in rules.UNITS:
        rules.check_level(replace(BASE, unit=unit, monthly_fee=D("0") if unit == "none" else BASE.monthly_fee))
    for value_unit in rules.VALUE_UNITS:
        rules.check_level(replace(BASE, value_unit=value_unit, value_price=D("1")))
    for period in rules.PERIODS:
        rules.check_level(replace(BASE, availability_period=period))
    for unit in rules.COMMITMENT_UNITS:
        rules.check_level(replace(BASE, commitments=(CommitmentInput("x", D("1"), unit),)))


def test_a_level_given_only_its_essentials_is_per_user_per_month_in_business_hours_with_nothing_extra() -> None:
    assert (BASE.business_hours, BASE.calendar, BASE.min_units, BASE.fixed_fee, BASE.value_price) == (
        True, "", 0, D("0"), D("0")
    )
    assert (BASE.unit, BASE.value_unit, BASE.availability_period, BASE.internal_buffer_pct) == ("user", None, "month", D("20"))
    assert (BASE.internal_targets, BASE.internal_availability_pct, BASE.customer_id, BASE.id) == ({}, None, None, None)
    assert (BASE.regions, BASE.commitments, BASE.bands, BASE.variants) == ((), (), (), ())


def test_a_commitments_internal_aim_that_is_not_a_number_is_refused_beside_the_commitments() -> None:
    refused(replace(BASE, commitments=(CommitmentInput("x", D("1"), "hours", "soon"),)), "commitments")  # type: ignore[arg-type]


def test_an_empty_code_or_name_is_kept_for_the_service_check_to_refuse_in_words() -> None:
    assert rules.clean_service("", " ", "", [BASE])[:3] == ("", "", "")
