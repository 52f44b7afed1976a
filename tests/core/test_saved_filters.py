"""Saved register filters: per user, whole views, kept in the database across reopening."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from slamdesk.core import register, saved_filters
from slamdesk.core.db import Database
from slamdesk.core.errors import NotFoundError, ValidationError
from slamdesk.core.lifecycle import Status
from slamdesk.core.register import RegisterFilter, SortKey
from slamdesk.core.roles import Actor
from slamdesk.models import Setting

pytestmark = pytest.mark.both_backends

EVERYTHING = RegisterFilter(
    search="song hong", status=Status.ACTIVE, kind="customer_sla", customer="Växjö Bostäder AB",
    service="Service desk", level="Gold", currency="EUR", starts_within_days=30, ends_within_days=0,
    awaiting_review=True, awaiting_signature=True, sort=SortKey.MONTHLY, descending=True,
)


def test_every_field_of_a_filter_round_trips_through_json() -> None:
    assert saved_filters.criteria_from_json(json.loads(json.dumps(saved_filters.criteria_to_json(EVERYTHING)))) == EVERYTHING
    assert saved_filters.criteria_from_json(saved_filters.criteria_to_json(RegisterFilter())) == RegisterFilter()


def test_unreadable_values_fall_back_to_any() -> None:
    stored = {"status": "lost", "sort": "nowhere", "kind": 3, "starts_within_days": -4, "ends_within_days": True,
              "awaiting_review": "yes", "customer": "  ", "search": None}
    assert saved_filters.criteria_from_json(stored) == RegisterFilter()
    assert saved_filters.criteria_from_json("not a filter") == RegisterFilter()


def test_save_list_apply_and_delete_per_user(demo_db: Database, people: dict[str, Actor]) -> None:
    anna, linh = people["anna"], people["linh"]
    assert saved_filters.list_saved_filters(demo_db, anna) == []
    saved_filters.save_filter(demo_db, anna, "  Signed   EUR ", RegisterFilter(status=Status.SIGNED, currency="EUR"))
    saved_filters.save_filter(demo_db, anna, "all gold", EVERYTHING)
    assert [s.name for s in saved_filters.list_saved_filters(demo_db, anna)] == ["all gold", "Signed EUR"]
    assert saved_filters.list_saved_filters(demo_db, linh) == []  # each user keeps their own

    chosen = saved_filters.get_saved_filter(demo_db, anna, "signed eur")
    numbers = [row.number for row in register.list_agreements(demo_db, chosen.criteria)]
    assert numbers == ["SLA-2026-0002", "SLA-2026-0003"]

    saved_filters.save_filter(demo_db, anna, "SIGNED eur", RegisterFilter(status=Status.ACTIVE))  # replaces
    (replaced,) = [s for s in saved_filters.list_saved_filters(demo_db, anna) if s.name.casefold() == "signed eur"]
    assert replaced == saved_filters.SavedFilter("SIGNED eur", RegisterFilter(status=Status.ACTIVE))

    saved_filters.delete_saved_filter(demo_db, anna, "All Gold")
    assert [s.name for s in saved_filters.list_saved_filters(demo_db, anna)] == ["SIGNED eur"]
    with pytest.raises(NotFoundError, match="no saved filter named 'all gold'"):
        saved_filters.delete_saved_filter(demo_db, anna, "all gold")
    with pytest.raises(NotFoundError):
        saved_filters.delete_saved_filter(demo_db, linh, "SIGNED eur")


def test_saved_filters_survive_reopening_the_database(demo_db: Database, people: dict[str, Actor]) -> None:
    saved_filters.save_filter(demo_db, people["anna"], "Everything", EVERYTHING)
    target = demo_db.target
    demo_db.close()
    again = Database.open(target)
    try:
        assert saved_filters.get_saved_filter(again, people["anna"], "everything").criteria == EVERYTHING
        with again.read() as session:
            keys = session.scalars(select(Setting.key).where(Setting.key.like("saved_filters.%"))).all()
        assert keys == [f"saved_filters.{people['anna'].id}"]
    finally:
        again.close()


@pytest.mark.parametrize(
    ("name", "message"),
    [("   ", "give the filter a name"), ("x" * 61, "at most 60 characters")],
)
def test_a_name_is_needed_and_not_too_long(
    demo_db: Database, people: dict[str, Actor], name: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=message) as raised:
        saved_filters.save_filter(demo_db, people["anna"], name, RegisterFilter())
    assert raised.value.field == "name"
    assert saved_filters.list_saved_filters(demo_db, people["anna"]) == []


def test_a_damaged_setting_reads_as_no_saved_filters(demo_db: Database, people: dict[str, Actor]) -> None:
    anna = people["anna"]
    with demo_db.unit_of_work() as session:
        session.add(Setting(key=saved_filters.setting_key(anna), value="{not json"))
    assert saved_filters.list_saved_filters(demo_db, anna) == []
    saved_filters.save_filter(demo_db, anna, "Fresh start", RegisterFilter())
    assert [s.name for s in saved_filters.list_saved_filters(demo_db, anna)] == ["Fresh start"]
