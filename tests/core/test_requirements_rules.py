"""A requirement's checks, feasibility of a level and the pure quote (``requirements_rules``): no database."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from slamdesk.core import requirements_rules as rules
from slamdesk.core.catalogue import BandInfo, LevelInfo, ServiceInfo, TargetInfo, VariantInfo
from slamdesk.core.errors import ValidationError
from slamdesk.core.pricing import Volumes
from slamdesk.core.requirements_rules import RequirementInput, RequirementsView, RequirementView

D = Decimal
GOOD = RequirementInput(1, "Sundsvall", "Mon-Fri 08:00-17:00", ("P1", "P3"), users=10)


def refused(item: RequirementInput, field: str, message: str | None = None, index: int = 1) -> str:
    with pytest.raises(ValidationError) as caught:
        rules.validate_requirement(item, index)
    assert caught.value.field == field, caught.value
    if message is not None:
        assert str(caught.value) == message
    return str(caught.value)


# Checks


def test_a_sound_requirement_passes() -> None:
    rules.validate_requirement(GOOD, 0)
    rules.validate_requirement(replace(GOOD, users=0, sites=1, csat_target_pct=D("100"), effort_target=D("1"),
                                       priority_notes={"P1": "Tills down"}), 0)
    rules.validate_requirement(replace(GOOD, effort_target=D("7"), csat_target_pct=D("0")), 0)


def test_the_site_and_the_hours_are_needed() -> None:
    refused(replace(GOOD, site="  "), "site", "requirement 2: the site is missing")
    refused(replace(GOOD, coverage=" "), "coverage", "requirement 2: the hours of coverage are missing")


def test_hours_that_cannot_be_read_are_refused_naming_the_requirement() -> None:
    message = refused(replace(GOOD, coverage="sometimes"), "coverage", index=4)
    assert message.startswith("requirement 5: ") and "sometimes" in message


def test_priorities_are_needed_and_must_be_known_also_in_the_notes() -> None:
    refused(replace(GOOD, priorities=()), "priorities", "requirement 2: choose at least one priority category")
    refused(replace(GOOD, priorities=("P1", "P7")), "priorities", "requirement 2: unknown priority P7")
    refused(replace(GOOD, priority_notes={"P8": "x", "P9": "y"}), "priorities", "requirement 2: unknown priority P8, P9")


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("users", -1, "requirement 2: users must be a whole number of at least 0"),
        ("devices", 2.5, "requirement 2: devices must be a whole number of at least 0"),
        ("tickets_per_month", True, "requirement 2: tickets per month must be a whole number of at least 0"),
        ("items_per_month", "3", "requirement 2: items per month must be a whole number of at least 0"),
        ("sites", 0, "requirement 2: sites must be a whole number of at least 1"),
    ],
)
def test_volumes_are_whole_numbers_and_a_requirement_has_a_site(name: str, value: object, message: str) -> None:
    refused(replace(GOOD, **{name: value}), name, message)  # type: ignore[arg-type]


def test_zero_of_a_volume_other_than_sites_is_accepted() -> None:
    rules.validate_requirement(replace(GOOD, users=0, devices=0, tickets_per_month=0, items_per_month=0), 0)


def test_satisfaction_is_a_percentage_and_effort_a_score_from_1_to_7() -> None:
    refused(replace(GOOD, csat_target_pct=D("100.1")), "csat_target_pct",
            "requirement 2: satisfaction is a percentage up to 100")
    refused(replace(GOOD, csat_target_pct=D("-1")), "csat_target_pct")
    refused(replace(GOOD, effort_target=D("7.01")), "effort_target", "requirement 2: customer effort is a score from 1 to 7")
    refused(replace(GOOD, effort_target=D("0.99")), "effort_target", "requirement 2: customer effort is a score from 1 to 7")
    refused(replace(GOOD, effort_target="x"), "effort_target")  # type: ignore[arg-type]


def test_a_requirements_text_is_stored_trimmed_and_normalised() -> None:
    cleaned = rules.clean_requirement(replace(
        GOOD, site=" Umea\u030a ", coverage=" 24x7 ", need=" Kassan\nmåste gå ", region=" City ", outcome=" Ok ",
        priority_notes={"P1": " Tills down "},
    ), 0)
    assert (cleaned.site, cleaned.coverage, cleaned.need, cleaned.region, cleaned.outcome) == (
        "Umeå", "24x7", "Kassan\nmåste gå", "City", "Ok"
    )
    assert cleaned.priority_notes == {"P1": "Tills down"}
    assert rules.clean_requirement(replace(GOOD, priority_notes=None), 0).priority_notes == {}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("change", "field", "label"),
    [
        ({"site": "S\x00"}, "site", "the site"),
        ({"coverage": "24x7\x00"}, "coverage", "the hours of coverage"),
        ({"need": "a\x07"}, "need", "the need"),
        ({"region": "R" * 101}, "region", "the region"),
        ({"outcome": "\u202eok"}, "outcome", "the outcome"),
        ({"priority_notes": {"P1": "x\x00"}}, "priority_notes", "the note for P1"),
        ({"priority_notes": {"P1234567": "x\x00"}}, "priority_notes", "the note for P123 "),
    ],
)
def test_hostile_text_is_refused_naming_the_requirement_and_field(change: dict[str, object], field: str, label: str) -> None:
    with pytest.raises(ValidationError) as caught:
        rules.clean_requirement(replace(GOOD, **change), 2)  # type: ignore[arg-type]
    assert caught.value.field == field and str(caught.value).startswith(f"requirement 3: {label}")


def test_a_need_and_an_outcome_may_run_over_lines_but_a_site_may_not() -> None:
    assert rules.clean_requirement(replace(GOOD, need="a\nb", outcome="c\nd"), 0).outcome == "c\nd"
    with pytest.raises(ValidationError):
        rules.clean_requirement(replace(GOOD, site="a\nb"), 0)


# Feasibility


def level(**changes: object) -> LevelInfo:
    base: dict[str, object] = dict(
        id=10, name="Gold", rank=2, monthly_fee=D("39"), currency="EUR", coverage="24x7", availability_pct=D("99.9"),
        targets=(TargetInfo("P1", 15, 60, False, 12, 48), TargetInfo("P2", 30, 120, False, 24, 96),
                 TargetInfo("P3", 120, 480, False, 96, 384)),
        unit="user",
    )
    base.update(changes)
    return LevelInfo(**base)  # type: ignore[arg-type]


def view_item(**changes: object) -> RequirementView:
    base: dict[str, object] = dict(
        id=5, position=1, need="Kassan", outcome="", service_id=1, service_name="Service desk", site="Sundsvall",
        region="City", coverage="Mon-Fri 08:00-17:00", priorities=("P1", "P3"), priority_notes={},
        volumes=Volumes(users=30), csat_target_pct=None, effort_target=None, level_id=None, infeasible_kind=None,
        infeasible_reason="", price_override=None, override_reason="",
    )
    base.update(changes)
    return RequirementView(**base)  # type: ignore[arg-type]


def test_a_level_that_can_serve_the_requirement_has_no_problems() -> None:
    assert rules.problems_for(level(), view_item()) == ()
    assert rules.problems_for(level(min_units=30), view_item()) == ()  # exactly the minimum
    assert rules.problems_for(level(regions=("city",)), view_item(region=" CITY ")) == ()


def test_hours_the_level_does_not_cover_are_a_problem() -> None:
    assert rules.problems_for(level(coverage="Mon-Fri 08:00-17:00"), view_item(coverage="24x7")) == (
        "Gold covers Mon-Fri 08:00-17:00, not 24x7",
    )


def test_a_region_the_level_is_not_offered_in_is_a_problem_unless_a_variant_names_it() -> None:
    offered = level(regions=("City", "Coast"))
    assert rules.problems_for(offered, view_item(region="Rural")) == ("Gold is offered in City, Coast only",)
    assert rules.problems_for(offered, view_item(region="")) == ("Gold is offered in City, Coast only",)
    with_variant = replace(offered, variants=(VariantInfo("Rural", D("10"), {}),))
    assert rules.problems_for(with_variant, view_item(region="rural")) == ()
    assert rules.problems_for(level(), view_item(region="Anywhere")) == ()  # no regions: offered everywhere


def test_a_level_priced_per_unit_needs_the_number_of_units_and_its_minimum() -> None:
    assert rules.problems_for(level(), view_item(volumes=Volumes(users=0))) == (
        "Gold is priced per user: give the number of users",
    )
    assert rules.problems_for(level(unit="device", min_units=5), view_item(volumes=Volumes(devices=4))) == (
        "Gold is sold from 5 devices; 4 asked",
    )
    assert rules.problems_for(level(unit="site", min_units=2), view_item(volumes=Volumes(sites=2))) == ()
    assert rules.problems_for(level(unit="none", min_units=50), view_item(volumes=Volumes(users=0))) == ()


def test_a_value_based_price_needs_the_expected_monthly_volume() -> None:
    incidents = level(value_unit="resolved_incident", value_price=D("12"))
    assert rules.problems_for(incidents, view_item()) == (
        "Gold is priced per resolved incident: give the expected monthly volume",
    )
    assert rules.problems_for(incidents, view_item(volumes=Volumes(users=30, tickets_per_month=1))) == ()


def test_priorities_without_a_target_at_the_level_are_a_problem() -> None:
    assert rules.problems_for(level(), view_item(priorities=("P1", "P4", "P2"))) == ("Gold has no target for P4",)
    several = rules.problems_for(
        level(coverage="Mon-Fri 08:00-17:00", targets=()), view_item(coverage="24x7", priorities=("P2", "P4"),
                                                                     volumes=Volumes(users=0)),
    )
    assert several == (
        "Gold covers Mon-Fri 08:00-17:00, not 24x7", "Gold is priced per user: give the number of users",
        "Gold has no target for P2, P4",
    )


# The quote


def document(*items: RequirementView, tax: str = "25", customer_id: int = 3, status: str = "draft") -> RequirementsView:
    return RequirementsView(
        id=1, customer_id=customer_id, customer_name="Sundsvall Hamn AB", customer_language="sv", version=1,
        status=status, title="", tax_rate_pct=D(tax), created_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        sent_at=None, approved_at=None, approved_by="", row_version=1, items=items,
    )


BRONZE = level(id=1, name="Bronze", rank=0, monthly_fee=D("18"), coverage="Mon-Fri 08:00-17:00",
               bands=(BandInfo(20, D("5")),))
GOLD = level(id=3, name="Gold", rank=2, monthly_fee=D("39"), unit="device")
VIP = level(id=4, name="Gold VIP", rank=3, monthly_fee=D("44"), customer_id=3, customer_name="Sundsvall Hamn AB")
OTHER_VIP = level(id=5, name="Gold VIP 2", rank=4, monthly_fee=D("50"), customer_id=99)
DESK = ServiceInfo(1, "SD", "Service desk", "", (BRONZE, GOLD, VIP, OTHER_VIP))
NET = ServiceInfo(2, "NET", "Network", "", (level(id=7, name="Net", unit="site", monthly_fee=D("200"),
                                                  variants=(VariantInfo("Rural", D("10"), {"P1": (60, 240)}),)),))


def test_every_requirement_is_priced_at_every_level_its_customer_may_have() -> None:
    quote = rules.quote_for(document(view_item(volumes=Volumes(users=30, devices=2))), [NET, DESK])
    (line,) = quote.lines
    assert (line.requirement_id, line.position, line.need, line.service_id, line.service_name) == (
        5, 1, "Kassan", 1, "Service desk"
    )
    assert (line.site, line.region, line.coverage, line.priorities) == ("Sundsvall", "City", "Mon-Fri 08:00-17:00",
                                                                         ("P1", "P3"))
    assert [o.level_name for o in line.options] == ["Bronze", "Gold", "Gold VIP"]  # not another customer's VIP level
    bronze, gold, vip = line.options
    assert (bronze.level_id, bronze.rank, bronze.vip, bronze.currency) == (1, 0, False, "EUR")
    assert bronze.price.total == D("513.00")  # 30 x 18 less 5 %
    assert gold.price.total == D("78.00") and gold.problems == ()  # per device: 2 x 39
    assert (vip.vip, vip.availability_pct, vip.coverage) == (True, D("99.9"), "24x7")
    assert [t.priority for t in vip.targets] == ["P1", "P3"]  # the requirement's priorities only
    assert quote.tax_rate_pct == D("25") and line.chosen is None and line.unit == "user"  # the first level's unit


def test_the_chosen_level_sets_the_unit_and_carries_its_custom_price() -> None:
    chosen = view_item(level_id=3, price_override=D("70"), override_reason="Deal", volumes=Volumes(users=30, devices=2))
    (line,) = rules.quote_for(document(chosen), [DESK]).lines
    assert line.unit == "device" and line.quantity == 2 and line.chosen is not None
    assert (line.chosen.level_name, line.chosen.price.override, line.chosen.price.override_reason) == (
        "Gold", D("70.00"), "Deal"
    )
    others = [o for o in line.options if o.level_id != 3]
    assert all(o.price.override is None and o.price.override_reason == "" for o in others)


def test_a_regions_variant_sets_the_targets_and_the_surcharge() -> None:
    item = view_item(service_id=2, region="Rural", priorities=("P1",), volumes=Volumes(sites=2))
    (option,) = rules.quote_for(document(item), [NET]).lines[0].options
    assert [(t.priority, t.response_minutes, t.resolution_minutes) for t in option.targets] == [("P1", 60, 240)]
    assert option.price.surcharge_pct == D("10") and option.price.total == D("440.00")


def test_a_requirement_without_a_service_or_with_an_unknown_one_has_no_options() -> None:
    quote = rules.quote_for(
        document(view_item(service_id=None, service_name="", infeasible_kind="commercial", infeasible_reason="No"),
                 view_item(id=6, position=2, service_id=42)),
        [DESK],
    )
    unmatched, unknown = quote.lines
    assert (unmatched.options, unmatched.service_name, unmatched.unit, unmatched.state) == ((), "", "none", "infeasible")
    assert (unmatched.infeasible_kind, unmatched.infeasible_reason) == ("commercial", "No")
    assert (unknown.options, unknown.service_name, unknown.service_id, unknown.requirement_id) == ((), "", 42, 6)


def test_the_same_inputs_give_the_same_quote() -> None:
    view = document(view_item(level_id=1), view_item(id=6, position=2, level_id=3, volumes=Volumes(devices=3)))
    assert rules.quote_for(view, [DESK]) == rules.quote_for(view, [DESK, NET])
    assert rules.quote_for(view, [DESK]).totals.subtotal == D("513.00") + D("117.00")  # 30 users at Bronze less 5 %, 3 devices at Gold


def test_targets_read_in_one_short_line() -> None:
    (line,) = rules.quote_for(document(view_item(priorities=("P1", "P2"))), [DESK]).lines
    assert rules.describe_targets(line.options[0]) == "P1 15 min / 1 h · P2 30 min / 2 h"


# Words, defaults and what a stored requirement gives back to its editor (issue 18)


def test_statuses_and_kinds_of_infeasibility_have_their_words() -> None:
    assert rules.DOCUMENT_STATUSES == {"draft": "Draft", "sent": "Sent to customer", "approved": "Approved by customer"}
    assert rules.INFEASIBLE_KINDS == {"technical": "Technical", "commercial": "Commercial"}


def test_a_requirement_given_only_where_when_and_which_priorities_counts_one_site_and_nothing_else() -> None:
    bare = RequirementInput(None, "Umeå", "24x7", ("P1",))
    assert (bare.need, bare.region, bare.outcome, dict(bare.priority_notes)) == ("", "", "", {})
    assert (bare.users, bare.devices, bare.sites, bare.tickets_per_month, bare.items_per_month) == (0, 0, 1, 0, 0)
    assert (bare.csat_target_pct, bare.effort_target, bare.id) == (None, None, None)


def test_a_stored_requirement_gives_its_editor_back_every_value() -> None:
    stored = view_item(
        id=9, service_id=2, site="Hull", coverage="24x7", priorities=("P2",), need="Need", region="North",
        outcome="Outcome", priority_notes={"P2": "Slow"}, csat_target_pct=D("90"), effort_target=D("2"),
        volumes=Volumes(users=1, devices=2, sites=3, tickets_per_month=4, items_per_month=5),
    )
    assert stored.as_input() == RequirementInput(
        id=9, service_id=2, site="Hull", coverage="24x7", priorities=("P2",), need="Need", region="North",
        outcome="Outcome", priority_notes={"P2": "Slow"}, csat_target_pct=D("90"), effort_target=D("2"),
        users=1, devices=2, sites=3, tickets_per_month=4, items_per_month=5,
    )


@pytest.mark.parametrize(("status", "editable"), [("draft", True), ("sent", False), ("approved", False)])
def test_only_a_draft_document_is_editable(status: str, editable: bool) -> None:
    assert document(status=status).editable is editable
