"""What ``catalogue`` offers its callers: the names it has always exported, what a level or target described
with only its required terms holds, and who may edit the catalogue (issue 18)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from slamdesk.core import catalogue
from slamdesk.core.catalogue import LevelInput
from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied
from slamdesk.core.roles import Actor

D = Decimal
BASE = LevelInput(
    name="Gold", monthly_fee=D("10"), currency="EUR", coverage="24x7", availability_pct=D("99.9"),
    targets={"P1": (240, 480)},
)
RE_EXPORTED = {
    "COMMITMENT_UNITS", "COVERAGE_OPTIONS", "DEFAULT_BUFFER", "HUNDRED", "PERIODS", "PRIORITIES", "UNITS", "VALUE_UNITS",
    "BandInput", "CommitmentInput", "LevelInput", "Unit", "VariantInput", "check_level", "clean_level", "derive_internal",
    "format_duration", "loosest_internal_minutes", "lowest_internal_availability", "priority_label",
}


def test_a_star_import_of_the_catalogue_brings_every_input_and_rule_it_has_always_offered() -> None:
    names: dict[str, object] = {}
    exec("from slamdesk.core.catalogue import *", names)  # noqa: S102 - what a caller's star import gets
    assert {name for name in names if not name.startswith("__")} == RE_EXPORTED
    assert names["PRIORITIES"]["P1"] == "Critical" and names["priority_label"]("P2") == "P2 High"  # type: ignore[index,operator]


def test_a_level_described_by_its_required_terms_only_has_no_extras() -> None:
    level = catalogue.LevelInfo(1, "Gold", 0, D("10"), "EUR", "24x7", D("99.9"), ())
    assert (level.fixed_fee, level.value_price, level.value_unit, level.unit, level.min_units) == (0, 0, None, "user", 0)
    assert (level.availability_period, level.internal_availability_pct, level.internal_buffer_pct) == ("month", 0, 20)
    assert (level.customer_id, level.customer_name, level.vip, level.regions) == (None, "", False, ())
    assert (level.commitments, level.bands, level.variants) == ((), (), ())


def test_a_target_described_by_its_external_times_only_has_no_internal_aims_and_no_calendar() -> None:
    target = catalogue.TargetInfo("P1", 60, 240, True)
    assert (target.internal_response_minutes, target.internal_resolution_minutes, target.calendar) == (0, 0, "")


def test_a_service_described_without_a_row_version_is_at_its_first() -> None:
    assert catalogue.ServiceInfo(1, "X", "Example", "", ()).row_version == 1


def test_a_representative_adds_and_edits_the_catalogue(demo_db: Database, people: dict[str, Actor]) -> None:
    anna = people["anna"]
    service = catalogue.add_service(demo_db, anna, code="REP", name="Representative's", description="", levels=[BASE])
    edited = catalogue.update_service(
        demo_db, anna, service.id, row_version=service.row_version, code="REP", name="Renamed", description="",
        levels=[catalogue.level_input(service.levels[0])],
    )
    assert edited.name == "Renamed"


@pytest.mark.parametrize("who", ["budi", "linh", "sofia"])
def test_anyone_else_is_told_who_may_edit_the_catalogue_and_nothing_changes(
    demo_db: Database, people: dict[str, Actor], admin: Actor, who: str
) -> None:
    person = people[who]
    role = person.role.label.lower()
    needs = f"^{person.display_name} \\({role}\\) cannot edit the service catalogue; needs: administrator, representative$"
    with pytest.raises(PermissionDenied, match=needs):
        catalogue.add_service(demo_db, person, code="NEW", name="New", description="", levels=[BASE])
    service = catalogue.add_service(demo_db, admin, code="ADM", name="Admin's", description="", levels=[BASE])
    with pytest.raises(PermissionDenied, match=needs):
        catalogue.update_service(
            demo_db, person, service.id, row_version=service.row_version, code="ADM", name="Taken over", description="",
            levels=[catalogue.level_input(service.levels[0])],
        )
    assert catalogue.get_service(demo_db, service.id) == service
    assert [s.code for s in catalogue.list_services(demo_db, "NEW")] == []
