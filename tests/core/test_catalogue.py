"""The catalogue: targets, internal buffers, commitments, variants, VIP levels, editing."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from slamdesk.core import catalogue, requirements
from slamdesk.core.catalogue import BandInput, CommitmentInput, LevelInput, VariantInput
from slamdesk.core.coverage import covers, parse_coverage
from slamdesk.core.db import Database
from slamdesk.core.errors import ConcurrencyError, NotFoundError, PermissionDenied, ValidationError
from slamdesk.core.roles import Actor
from slamdesk.models import AuditEvent
from tests.raw import raw

D = Decimal

BASE = LevelInput(
    name="Gold", monthly_fee=Decimal("10"), currency="EUR", coverage="24x7", availability_pct=Decimal("99.9"),
    targets={"P1": (240, 480), "P2": (480, 960)},
)


def _service(db: Database, actor: Actor, *levels: LevelInput) -> catalogue.ServiceInfo:
    return catalogue.add_service(db, actor, code="X", name="Example", description="", levels=list(levels or (BASE,)))


def test_internal_targets_are_derived_stricter_by_the_buffer(db: Database, admin: Actor) -> None:
    gold = _service(db, admin).levels[0]
    p1 = next(t for t in gold.targets if t.priority == "P1")
    assert (p1.response_minutes, p1.internal_response_minutes) == (240, 192)  # 4 h less 20 % = 3 h 12 min
    assert p1.internal_resolution_minutes == 384
    assert gold.internal_availability_pct == Decimal("99.92")  # 0.1 % downtime less 20 %


def test_an_internal_target_looser_than_the_external_is_refused(db: Database, admin: Actor) -> None:
    for internal in ({"P1": (240, 480)}, {"P1": (193, 300)}, {"P1": (100, 500)}):
        with pytest.raises(ValidationError, match="looser") as caught:
            _service(db, admin, replace(BASE, internal_targets=internal))
        assert caught.value.field == "internal_targets"
    with pytest.raises(ValidationError, match="looser") as caught:
        _service(db, admin, replace(BASE, internal_availability_pct=Decimal("99.91")))
    assert caught.value.field == "internal_availability_pct"
    assert catalogue.list_services(db) == []


def test_the_buffer_is_configurable_and_a_zero_buffer_allows_equal_aims(db: Database, admin: Actor) -> None:
    level = replace(BASE, internal_buffer_pct=Decimal("0"), internal_targets={"P1": (240, 480)})
    p1 = _service(db, admin, level).levels[0].targets[0]
    assert (p1.internal_response_minutes, p1.internal_resolution_minutes) == (240, 480)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"monthly_fee": Decimal("-1")}, "monthly_fee"),
        ({"fixed_fee": "abc"}, "fixed_fee"),
        ({"availability_pct": Decimal("100.5")}, "availability_pct"),
        ({"bands": (BandInput(10, Decimal("100.01")),)}, "bands"),
        ({"bands": (BandInput(0, Decimal("5")),)}, "bands"),
        ({"bands": (BandInput(10, Decimal("5")), BandInput(10, Decimal("7")))}, "bands"),
        ({"variants": (VariantInput("Rural", Decimal("-5")),)}, "variants"),
        ({"variants": (VariantInput("Rural", Decimal("5"), {"P1": (60, 30)}),)}, "variants"),
        ({"targets": {"P1": (0, 30)}}, "targets"),
        ({"targets": {"P9": (10, 30)}}, "targets"),
        ({"unit": "none"}, "monthly_fee"),
        ({"value_price": Decimal("5")}, "value_unit"),
        ({"coverage": "sometimes"}, "coverage"),
        ({"commitments": (CommitmentInput("Account", Decimal("0"), "working_days"),)}, "commitments"),
        ({"commitments": (CommitmentInput("Account", Decimal("1"), "working_days", Decimal("2")),)}, "commitments"),
        ({"min_units": -1}, "min_units"),
    ],
)
def test_bad_levels_are_refused_beside_the_field_and_nothing_is_stored(
    db: Database, admin: Actor, change: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        _service(db, admin, replace(BASE, **change))  # type: ignore[arg-type]
    assert caught.value.field == field
    assert catalogue.list_services(db) == []


def test_commitments_variants_and_bands_round_trip(db: Database, admin: Actor) -> None:
    level = replace(
        BASE,
        commitments=(CommitmentInput("New user account created", Decimal("1"), "working_days"),),
        bands=(BandInput(100, Decimal("5")),),
        variants=(VariantInput("Rural", Decimal("15"), {"P1": (480, 960)}),),
        regions=("City",),
    )
    gold = _service(db, admin, level).levels[0]
    assert gold.commitments[0].internal_amount == Decimal("0.8")  # 1 working day less 20 %
    assert gold.bands[0].discount_pct == Decimal("5") and gold.regions == ("City",)
    rural = {t.priority: t for t in gold.targets_in("rural")}
    assert (rural["P1"].response_minutes, rural["P1"].internal_response_minutes) == (480, 384)
    assert rural["P2"].response_minutes == 480  # the variant keeps the level's P2
    assert catalogue.level_input(gold).commitments == (
        CommitmentInput("New user account created", Decimal("1.0000"), "working_days", Decimal("0.8")),
    )


def test_a_vip_level_is_offered_to_its_customer_only(demo_db: Database) -> None:
    desk = next(s for s in catalogue.list_services(demo_db) if s.code == "SD")
    vip = next(level for level in desk.levels if level.vip)
    assert vip.customer_name == "Fjällbacka Rederi AB"
    assert vip in desk.levels_for(vip.customer_id) and vip not in desk.levels_for(None)


def test_editing_keeps_levels_in_use_and_refuses_removing_them(demo_db: Database, admin: Actor) -> None:
    desk = next(s for s in catalogue.list_services(demo_db) if s.code == "SD")
    inputs = [catalogue.level_input(level) for level in desk.levels]
    inputs[0] = replace(inputs[0], monthly_fee=Decimal("19.50"))
    edited = catalogue.update_service(
        demo_db, admin, desk.id, row_version=desk.row_version, code="SD", name=desk.name,
        description=desk.description, levels=inputs,
    )
    assert edited.levels[0].monthly_fee == Decimal("19.50") and edited.levels[0].id == desk.levels[0].id
    with pytest.raises(ValidationError, match="used by"):
        catalogue.update_service(
            demo_db, admin, desk.id, row_version=edited.row_version, code="SD", name=desk.name,
            description="", levels=inputs[1:],
        )
    with pytest.raises(ConcurrencyError, match="changed by Administrator at .* since you opened it"):
        catalogue.update_service(
            demo_db, admin, desk.id, row_version=desk.row_version, code="SD", name=desk.name,
            description="", levels=inputs,
        )


def test_swapping_two_level_names_in_one_save_works(db: Database, admin: Actor) -> None:
    service = _service(db, admin, BASE, replace(BASE, name="Silver"))
    first, second = (catalogue.level_input(level) for level in service.levels)
    swapped = catalogue.update_service(
        db, admin, service.id, row_version=service.row_version, code="X", name="Example", description="",
        levels=[replace(first, name="Silver"), replace(second, name="Gold")],
    )
    assert [level.name for level in swapped.levels] == ["Silver", "Gold"]


def test_only_representatives_and_administrators_edit_the_catalogue(demo_db: Database, people: dict[str, Actor]) -> None:
    with pytest.raises(PermissionDenied):
        _service(demo_db, people["budi"])


def test_coverage_windows_cover_narrower_ones() -> None:
    assert covers("24x7", "Mon-Fri 08:00-17:00")
    assert covers("Mon-Fri 07:00-19:00", "Mon-Fri 08:00-17:00")
    assert not covers("Mon-Fri 08:00-17:00", "Mon-Fri 07:00-19:00")
    assert not covers("Mon-Fri 07:00-19:00", "24x7")
    assert parse_coverage("Mon-Sat 07:00-22:00").weekly_hours == 90
    with pytest.raises(ValidationError):
        parse_coverage("Fri-Mon 08:00-17:00")


# What is stored and read back, and editing at its edges (issue 18)

RICH = LevelInput(
    name="Platinum", monthly_fee=D("12.5"), currency="sek", coverage="Mon-Fri 07:00-19:00",
    availability_pct=D("99.5"), targets={"P3": (600, 2400), "P1": (60, 240)}, business_hours=False,
    calendar="Swedish holidays off", internal_targets={"P1": (45, 180)}, internal_availability_pct=D("99.8"),
    availability_period="quarter", internal_buffer_pct=D("25"), regions=("City", "Coast"), min_units=5,
    fixed_fee=D("300"), unit="device", value_unit="resolved_incident", value_price=D("7"),
    commitments=(CommitmentInput("Loan laptop delivered", D("4"), "business_hours"),
                 CommitmentInput("Account created", D("2"), "working_days", D("1"))),
    bands=(BandInput(50, D("3")), BandInput(10, D("1"))),
    variants=(VariantInput("Rural", D("12"), {"P3": (900, 3000), "P1": (120, 480)}),),
)


def _rich(db: Database, admin: Actor) -> catalogue.ServiceInfo:
    return catalogue.add_service(db, admin, code=" HW ", name=" Hardware ", description=" Desk-side ", levels=[RICH])


def test_every_term_of_a_level_is_stored_as_given(db: Database, admin: Actor) -> None:
    service = _rich(db, admin)
    assert (service.code, service.name, service.description, service.row_version) == ("HW", "Hardware", "Desk-side", 1)
    (level,) = service.levels
    assert (level.name, level.rank, level.currency, level.coverage, level.unit) == (
        "Platinum", 0, "SEK", "Mon-Fri 07:00-19:00", "device"
    )
    assert (level.monthly_fee, level.fixed_fee, level.value_unit, level.value_price) == (
        D("12.5"), D("300"), "resolved_incident", D("7")
    )
    assert (level.availability_pct, level.internal_availability_pct, level.availability_period) == (
        D("99.5"), D("99.8"), "quarter"
    )
    assert (level.internal_buffer_pct, level.regions, level.min_units, level.customer_id) == (
        D("25"), ("City", "Coast"), 5, None
    )
    assert [tuple(vars(t).values()) for t in level.targets] == [
        ("P1", 60, 240, False, 45, 180, "Swedish holidays off"),
        ("P3", 600, 2400, False, 450, 1800, "Swedish holidays off"),  # derived with the level's 25 % buffer
    ]
    assert [(c.description, c.amount, c.internal_amount, c.unit) for c in level.commitments] == [
        ("Loan laptop delivered", D("4"), D("3"), "business_hours"),  # 4 less 25 %
        ("Account created", D("2"), D("1"), "working_days"),
    ]
    assert [(b.min_units, b.discount_pct) for b in level.bands] == [(10, D("1")), (50, D("3"))]
    (rural,) = level.variants
    assert (rural.region, rural.surcharge_pct, dict(rural.targets)) == ("Rural", D("12"), {"P1": (120, 480), "P3": (900, 3000)})


def test_a_level_recreated_from_what_is_stored_saves_unchanged(db: Database, admin: Actor) -> None:
    service = _rich(db, admin)
    again = catalogue.update_service(
        db, admin, service.id, row_version=service.row_version, code="HW", name="Hardware", description="Desk-side",
        levels=[catalogue.level_input(level) for level in service.levels],
    )
    assert again.levels == service.levels and again.row_version == service.row_version + 1
    recreated = catalogue.level_input(service.levels[0])
    assert (recreated.business_hours, recreated.calendar, recreated.internal_targets["P3"]) == (
        False, "Swedish holidays off", (450, 1800)
    )


def test_a_level_in_business_hours_reads_back_so(db: Database, admin: Actor) -> None:
    (level,) = _service(db, admin, replace(BASE, business_hours=True, calendar=" Mon-Fri ")).levels
    assert all(t.business_hours and t.calendar == "Mon-Fri" for t in level.targets)
    assert catalogue.level_input(level).business_hours is True
    mixed = replace(level, targets=(replace(level.targets[0], business_hours=False), level.targets[1]))
    assert catalogue.level_input(mixed).business_hours is False
    assert catalogue.level_input(replace(level, targets=())).calendar == ""


def test_blank_regions_are_dropped_and_availability_is_derived_when_left_out(db: Database, admin: Actor) -> None:
    (level,) = _service(db, admin, replace(BASE, regions=("North", "  "), internal_buffer_pct=D("10"))).levels
    assert level.regions == ("North",)
    assert level.internal_availability_pct == D("99.91")  # 0.1 % downtime less 10 %
    assert level.targets[0].internal_response_minutes == 216


def test_a_region_reads_its_variants_targets_whatever_its_case(db: Database, admin: Actor) -> None:
    (level,) = _rich(db, admin).levels
    assert level.variant("  RURAL ") == level.variants[0] and level.variant("City") is None
    rural = {t.priority: t for t in level.targets_in(" rural")}
    assert (rural["P1"].response_minutes, rural["P1"].resolution_minutes) == (120, 480)
    assert (rural["P1"].internal_response_minutes, rural["P1"].internal_resolution_minutes) == (90, 360)
    assert (rural["P1"].business_hours, rural["P1"].calendar) == (False, "Swedish holidays off")
    assert level.targets_in("City") == level.targets
    plain = replace(level, variants=(replace(level.variants[0], targets={}),))
    assert plain.targets_in("Rural") == level.targets  # a surcharge only: the level's own targets


def test_a_service_finds_its_level_by_id(db: Database, admin: Actor) -> None:
    service = _service(db, admin, BASE, replace(BASE, name="Silver"))
    assert service.level(service.levels[1].id).name == "Silver"
    assert service.levels_for(None) == service.levels


def test_a_second_service_with_the_same_code_is_refused(db: Database, admin: Actor) -> None:
    _service(db, admin)
    with pytest.raises(ValidationError, match="^a service with code 'X' exists already$") as caught:
        catalogue.add_service(db, admin, code=" X ", name="Other", description="", levels=[BASE])
    assert caught.value.field == "code" and len(catalogue.list_services(db)) == 1


def test_a_vip_level_for_a_customer_who_does_not_exist_is_refused(db: Database, admin: Actor) -> None:
    with pytest.raises(NotFoundError, match="no customer with id 999"):
        _service(db, admin, replace(BASE, customer_id=999))
    assert catalogue.list_services(db) == []


def test_saving_a_service_is_recorded_in_the_audit_log(db: Database, admin: Actor) -> None:
    service = _service(db, admin, BASE, replace(BASE, name="Silver"))
    catalogue.update_service(
        db, admin, service.id, row_version=1, code="X", name="Example", description="", levels=[BASE],
    )
    with db.read() as session:
        events = [(e.action, e.entity_id, json.loads(e.detail)) for e in session.scalars(
            select(AuditEvent).where(AuditEvent.entity_type == "service").order_by(AuditEvent.id)
        )]
    assert events == [
        ("service.create", service.id, {"code": "X"}),
        ("service.update", service.id, {"code": "X", "levels": 1, "row_version": 2}),
    ]


def test_editing_renames_the_service_and_refuses_another_services_code(demo_db: Database, admin: Actor) -> None:
    desk = next(s for s in catalogue.list_services(demo_db) if s.code == "SD")
    levels = [catalogue.level_input(level) for level in desk.levels]
    kept = catalogue.update_service(
        demo_db, admin, desk.id, row_version=desk.row_version, code=" SD2 ", name=" Help desk ", description=" New ",
        levels=levels,
    )
    assert (kept.code, kept.name, kept.description) == ("SD2", "Help desk", "New")
    with pytest.raises(ValidationError, match="^a service with code 'NET' exists already$") as caught:
        catalogue.update_service(demo_db, admin, desk.id, row_version=kept.row_version, code="NET", name="Help desk",
                                 description="", levels=levels)
    assert caught.value.field == "code"
    with pytest.raises(NotFoundError, match="no customer with id 999"):
        catalogue.update_service(demo_db, admin, desk.id, row_version=kept.row_version, code="SD2", name="Help desk",
                                 description="", levels=[*levels[:3], replace(levels[3], customer_id=999)])
    with pytest.raises(NotFoundError, match="^no service with id 9999$"):
        catalogue.update_service(demo_db, admin, 9999, row_version=1, code="Z", name="Z", description="", levels=levels)
    with pytest.raises(NotFoundError, match="^no service with id 9999$"):
        catalogue.get_service(demo_db, 9999)


def test_a_level_of_another_service_cannot_be_saved_into_this_one(demo_db: Database, admin: Actor) -> None:
    services = {s.code: s for s in catalogue.list_services(demo_db)}
    desk, network = services["SD"], services["NET"]
    levels = [catalogue.level_input(level) for level in desk.levels]
    with pytest.raises(ValidationError, match="^a level does not belong to this service$") as caught:
        catalogue.update_service(demo_db, admin, desk.id, row_version=desk.row_version, code="SD", name=desk.name,
                                 description="", levels=[*levels, replace(levels[0], id=network.levels[0].id, name="X")])
    assert caught.value.field == "levels"


def test_a_level_nothing_uses_can_be_removed(db: Database, admin: Actor) -> None:
    service = _service(db, admin, BASE, replace(BASE, name="Silver"))
    kept = catalogue.update_service(
        db, admin, service.id, row_version=1, code="X", name="Example", description="",
        levels=[catalogue.level_input(service.levels[1])],
    )
    assert [(level.name, level.id, level.rank) for level in kept.levels] == [("Silver", service.levels[1].id, 0)]


def test_a_level_only_a_requirement_or_only_an_agreement_uses_cannot_be_removed(
    demo_db: Database, admin: Actor, people: dict[str, Actor]
) -> None:
    services = {s.code: s for s in catalogue.list_services(demo_db)}
    desk, onboarding = services["SD"], services["ONB"]
    # The VIP level is chosen in Fjällbacka's fleet expansion, which no agreement was drafted from yet.
    with pytest.raises(ValidationError, match=r"^level Gold VIP \(Fjällbacka Rederi\) is used by requirements or "
                                              r"agreements and cannot be removed$") as caught:
        catalogue.update_service(demo_db, admin, desk.id, row_version=desk.row_version, code="SD", name=desk.name,
                                 description="", levels=[catalogue.level_input(level) for level in desk.levels[:3]])
    assert caught.value.field == "levels"
    # Sông Hồng's signed agreement has Onboarding Bronze; its requirements (approved when it was signed, so no
    # use case changes them) are made to choose Gold instead, by hand: only the agreement uses Bronze now.
    document = next(d for d in requirements.list_documents(demo_db) if d.customer_name.startswith("Công ty"))
    view = requirements.get_requirements(demo_db, document.id)
    gold = next(level.id for level in onboarding.levels if level.name == "Gold")
    bronze = next(level.id for level in onboarding.levels if level.name == "Bronze")
    with raw(demo_db) as connection:
        connection.execute("UPDATE requirement SET service_level_id = ? WHERE service_level_id = ?", (gold, bronze))
    assert view.items[1].level_id == bronze
    with pytest.raises(ValidationError, match="^level Bronze is used by"):
        catalogue.update_service(demo_db, admin, onboarding.id, row_version=onboarding.row_version, code="ONB",
                                 name=onboarding.name, description="",
                                 levels=[catalogue.level_input(level) for level in onboarding.levels[1:]])


def test_edited_targets_commitments_bands_and_variants_replace_the_old_ones(db: Database, admin: Actor) -> None:
    service = _rich(db, admin)
    edited = replace(
        catalogue.level_input(service.levels[0]), targets={"P1": (30, 120), "P3": (600, 2400)}, internal_targets={},
        commitments=(CommitmentInput("Account created", D("1"), "working_days"),),
        bands=(BandInput(10, D("2")),), variants=(VariantInput("Rural", D("20"), {"P1": (60, 240)}),),
    )
    (level,) = catalogue.update_service(db, admin, service.id, row_version=1, code="HW", name="Hardware",
                                        description="", levels=[edited]).levels
    assert [(t.priority, t.response_minutes, t.internal_response_minutes) for t in level.targets] == [
        ("P1", 30, 22), ("P3", 600, 450)
    ]
    assert [(c.description, c.internal_amount) for c in level.commitments] == [("Account created", D("0.75"))]
    assert [(b.min_units, b.discount_pct) for b in level.bands] == [(10, D("2"))]
    assert [(v.region, v.surcharge_pct, dict(v.targets)) for v in level.variants] == [("Rural", D("20"), {"P1": (60, 240)})]


def test_the_catalogue_is_listed_by_name_and_searched_by_name_or_code(demo_db: Database) -> None:
    names = [s.name for s in catalogue.list_services(demo_db)]
    assert names == sorted(names) and len(names) == 5
    assert [s.code for s in catalogue.list_services(demo_db, "net")] == ["NET"]
    assert [s.code for s in catalogue.list_services(demo_db, " DESK ")] == ["SD"]
    assert [s.code for s in catalogue.list_services(demo_db, "onb")] == ["ONB"]
    assert catalogue.list_services(demo_db, "nothing like it") == []
    assert len(catalogue.list_services(demo_db, "\x00")) == 5  # a search made safe, never refused


def test_known_regions_are_every_region_and_variant_once_in_order() -> None:
    def service(*levels: catalogue.LevelInfo) -> catalogue.ServiceInfo:
        return catalogue.ServiceInfo(1, "X", "X", "", levels)

    plain = catalogue.LevelInfo(1, "A", 0, D("1"), "EUR", "24x7", D("99"), ())
    levels = (
        replace(plain, regions=("north", "City")),
        replace(plain, regions=("City",), variants=(catalogue.VariantInfo("Rural", D("5"), {}),)),
    )
    assert catalogue.known_regions([service(*levels), service(replace(plain, regions=("Ångermanland",)))]) == (
        "City", "north", "Rural", "Ångermanland"
    )
    assert catalogue.known_regions([]) == ()
