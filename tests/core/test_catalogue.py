"""The catalogue: targets, internal buffers, commitments, variants, VIP levels, editing."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from slamdesk.core import catalogue
from slamdesk.core.catalogue import BandInput, CommitmentInput, LevelInput, VariantInput
from slamdesk.core.coverage import covers, parse_coverage
from slamdesk.core.db import Database
from slamdesk.core.errors import ConcurrencyError, PermissionDenied, ValidationError
from slamdesk.core.roles import Actor

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
