"""Editing a service of a catalogue already in use (issue 18): only the levels in use are kept from removal,
and an edit's text is cleaned exactly as a new service's is."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest

from slamdesk.core import catalogue
from slamdesk.core.catalogue import LevelInput
from slamdesk.core.db import Database
from slamdesk.core.errors import ConcurrencyError, ValidationError
from slamdesk.core.roles import Actor

from .helpers import sessions_opened

BASE = LevelInput(
    name="Gold", monthly_fee=Decimal("10"), currency="EUR", coverage="24x7", availability_pct=Decimal("99.9"),
    targets={"P1": (240, 480)},
)


def test_a_level_nothing_uses_is_removed_while_requirements_and_agreements_use_other_levels(
    demo_db: Database, admin: Actor
) -> None:
    service = catalogue.add_service(demo_db, admin, code="NEWX", name="New", description="",
                                    levels=[BASE, LevelInput(**{**vars(BASE), "name": "Silver"})])
    kept = catalogue.update_service(
        demo_db, admin, service.id, row_version=service.row_version, code="NEWX", name="New", description="",
        levels=[catalogue.level_input(service.levels[1])],
    )
    assert [(level.name, level.rank) for level in kept.levels] == [("Silver", 0)]


def test_an_edit_stores_its_text_as_a_new_service_would(demo_db: Database, admin: Actor) -> None:
    service = catalogue.add_service(demo_db, admin, code="NEWX", name="New", description="", levels=[BASE])
    decomposed = unicodedata.normalize("NFD", "Café support")
    level = LevelInput(**{**vars(catalogue.level_input(service.levels[0])), "name": unicodedata.normalize("NFD", "Nivå")})
    edited = catalogue.update_service(
        demo_db, admin, service.id, row_version=service.row_version, code="NEWX", name=decomposed,
        description="First line\r\nSecond line", levels=[level],
    )
    assert (edited.name, edited.description, edited.levels[0].name) == ("Café support", "First line\nSecond line", "Nivå")
    assert [s.code for s in catalogue.list_services(demo_db, "Café")] == ["NEWX"]


def test_an_edit_with_a_control_character_is_refused_beside_the_field(demo_db: Database, admin: Actor) -> None:
    service = catalogue.add_service(demo_db, admin, code="NEWX", name="New", description="", levels=[BASE])
    with pytest.raises(ValidationError, match="^the service name contains") as caught:
        catalogue.update_service(
            demo_db, admin, service.id, row_version=service.row_version, code="NEWX", name="New\x07", description="",
            levels=[catalogue.level_input(service.levels[0])],
        )
    assert caught.value.field == "name"
    assert catalogue.get_service(demo_db, service.id) == service


@pytest.mark.parametrize(
    ("change", "field"),
    [({"availability_pct": Decimal("0")}, "availability_pct"), ({"targets": {}}, "targets"), ({"name": " "}, "level_name")],
)
def test_an_edit_is_checked_as_a_new_service_is_and_nothing_changes(
    demo_db: Database, admin: Actor, change: dict[str, object], field: str
) -> None:
    service = catalogue.add_service(demo_db, admin, code="NEWX", name="New", description="", levels=[BASE])
    level = LevelInput(**{**vars(catalogue.level_input(service.levels[0])), **change})
    with pytest.raises(ValidationError) as caught:
        catalogue.update_service(demo_db, admin, service.id, row_version=service.row_version, code="NEWX", name="New",
                                 description="", levels=[level])
    assert caught.value.field == field
    assert catalogue.get_service(demo_db, service.id) == service


def test_a_stale_save_names_the_service_and_who_changed_it(
    demo_db: Database, admin: Actor, people: dict[str, Actor]
) -> None:
    service = catalogue.add_service(demo_db, admin, code="NEWX", name="New", description="", levels=[BASE])
    levels = [catalogue.level_input(service.levels[0])]
    catalogue.update_service(demo_db, people["anna"], service.id, row_version=service.row_version, code="NEWX",
                             name="Anna's", description="", levels=levels)
    with pytest.raises(ConcurrencyError, match="^Service NEWX was changed by Anna Lindqvist at .+ since you opened it; "
                                               "reload to see their changes$"):
        catalogue.update_service(demo_db, admin, service.id, row_version=service.row_version, code="NEWX",
                                 name="Mine", description="", levels=levels)
    assert catalogue.get_service(demo_db, service.id).name == "Anna's"


def test_levels_keep_the_order_given_and_an_edit_can_reorder_them(demo_db: Database, admin: Actor) -> None:
    names = ("Bronze", "Silver", "Gold")
    service = catalogue.add_service(demo_db, admin, code="NEWX", name="New", description="",
                                    levels=[LevelInput(**{**vars(BASE), "name": name}) for name in names])
    assert [(level.name, level.rank) for level in service.levels] == [("Bronze", 0), ("Silver", 1), ("Gold", 2)]
    reordered = catalogue.update_service(
        demo_db, admin, service.id, row_version=service.row_version, code="NEWX", name="New", description="",
        levels=[catalogue.level_input(level) for level in reversed(service.levels)],
    )
    assert [(level.name, level.rank) for level in reordered.levels] == [("Gold", 0), ("Silver", 1), ("Bronze", 2)]
    assert [level.id for level in reordered.levels] == [level.id for level in reversed(service.levels)]


def test_a_service_is_found_by_its_code_alone(demo_db: Database, admin: Actor) -> None:
    catalogue.add_service(demo_db, admin, code="QZ-9", name="Printing", description="", levels=[BASE])
    assert [s.code for s in catalogue.list_services(demo_db, "qz-9")] == ["QZ-9"]


def test_adding_and_editing_a_service_are_each_one_transaction_returning_what_was_stored(
    demo_db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = sessions_opened(demo_db, monkeypatch)
    service = catalogue.add_service(demo_db, admin, code="NEWX", name="New", description="", levels=[BASE])
    edited = catalogue.update_service(
        demo_db, admin, service.id, row_version=service.row_version, code="NEWX", name="Newer", description="",
        levels=[catalogue.level_input(service.levels[0])],
    )
    assert opened == ["unit_of_work", "unit_of_work"]
    monkeypatch.undo()
    assert service.row_version + 1 == edited.row_version and edited.name == "Newer"
    assert edited == catalogue.get_service(demo_db, service.id)
