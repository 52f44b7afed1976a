"""Saved register filters at their edges: how they are stored, the limit per user, hostile names and
values, and a stored document that was tampered with."""

from __future__ import annotations

import json

import pytest

from slamdesk.core import saved_filters, users
from slamdesk.core.db import Database
from slamdesk.core.errors import NotFoundError, ValidationError
from slamdesk.core.lifecycle import Status
from slamdesk.core.register import RegisterFilter, SortKey
from slamdesk.core.roles import Actor, Role
from slamdesk.models import Setting

pytestmark = pytest.mark.both_backends


@pytest.fixture
def anna(db: Database) -> Actor:
    return users.ensure_user(db, "anna", "Anna Lindqvist", Role.REPRESENTATIVE)


def _stored(db: Database, actor: Actor) -> str:
    with db.read() as session:
        setting = session.get(Setting, saved_filters.setting_key(actor))
        assert setting is not None
        return setting.value


def _store(db: Database, actor: Actor, document: object) -> None:
    with db.unit_of_work() as session:
        session.merge(Setting(key=saved_filters.setting_key(actor), value=json.dumps(document)))


def test_a_saved_filter_is_kept_as_readable_json_with_its_format_version(db: Database, anna: Actor) -> None:
    criteria = RegisterFilter(search="växjö", status=Status.ACTIVE, customer="Växjö Bostäder AB", sort=SortKey.END,
                              descending=True)
    saved = saved_filters.save_filter(db, anna, " Växjö  active ", criteria)
    assert saved == saved_filters.SavedFilter("Växjö active", criteria)
    expected = {"version": 1, "filters": [{"name": "Växjö active", "criteria": saved_filters.criteria_to_json(criteria)}]}
    assert _stored(db, anna) == json.dumps(expected, ensure_ascii=False, sort_keys=True)
    assert json.loads(_stored(db, anna))["filters"][0]["criteria"]["status"] == "active"


def test_at_most_two_hundred_filters_are_kept_and_one_of_them_can_still_be_replaced(db: Database, anna: Actor) -> None:
    _store(db, anna, {"version": 1, "filters": [{"name": f"Filter {i:03d}", "criteria": {}} for i in range(200)]})
    with pytest.raises(ValidationError) as caught:
        saved_filters.save_filter(db, anna, "One too many", RegisterFilter())
    assert (caught.value.field, str(caught.value)) == (
        "name", "you can keep at most 200 saved filters; delete one first"
    )
    saved_filters.save_filter(db, anna, "FILTER 007", RegisterFilter(status=Status.DRAFT))
    kept = saved_filters.list_saved_filters(db, anna)
    assert len(kept) == 200 and saved_filters.get_saved_filter(db, anna, "filter 007").criteria.status is Status.DRAFT
    saved_filters.delete_saved_filter(db, anna, "Filter 000")
    saved_filters.save_filter(db, anna, "Now there is room", RegisterFilter())
    assert len(saved_filters.list_saved_filters(db, anna)) == 200


def test_one_filter_fewer_than_the_limit_leaves_room_for_one_more(db: Database, anna: Actor) -> None:
    _store(db, anna, {"version": 1, "filters": [{"name": f"Filter {i:03d}", "criteria": {}} for i in range(199)]})
    saved_filters.save_filter(db, anna, "The last one", RegisterFilter())
    assert len(saved_filters.list_saved_filters(db, anna)) == 200


def test_entries_of_a_tampered_document_that_are_not_filters_are_left_out(db: Database, anna: Actor) -> None:
    _store(db, anna, {"version": 1, "filters": [
        "junk", 7, None, {"name": 5}, {"name": "   "}, {"criteria": {}}, {"name": " Kept ", "criteria": {"kind": "ola"}},
    ]})
    assert saved_filters.list_saved_filters(db, anna) == [saved_filters.SavedFilter("Kept", RegisterFilter(kind="ola"))]
    for document in ([1, 2], {"filters": "all"}, {"version": 1}, "text"):
        _store(db, anna, document)
        assert saved_filters.list_saved_filters(db, anna) == []


@pytest.mark.parametrize("field", ["kind", "customer", "service", "level", "currency"])
def test_a_picked_value_is_kept_trimmed_and_one_with_a_control_character_is_refused_by_name(
    db: Database, anna: Actor, field: str
) -> None:
    kept = saved_filters.save_filter(db, anna, "Picked", RegisterFilter(**{field: "  Gold  "}))
    assert getattr(kept.criteria, field) == "Gold"
    assert getattr(saved_filters.get_saved_filter(db, anna, "picked").criteria, field) == "Gold"
    assert getattr(saved_filters.save_filter(db, anna, "Blank", RegisterFilter(**{field: "  "})).criteria, field) is None
    with pytest.raises(ValidationError) as caught:
        saved_filters.save_filter(db, anna, "Hostile", RegisterFilter(**{field: "Gold\x00"}))
    assert caught.value.field == field and str(caught.value).startswith(f"the {field} contains a control character")


def test_a_search_is_kept_made_safe_never_refused(db: Database, anna: Actor) -> None:
    kept = saved_filters.save_filter(db, anna, "Search", RegisterFilter(search=" song\x00hong\u202e "))
    assert kept.criteria.search == "song hong"
    assert saved_filters.get_saved_filter(db, anna, "search").criteria.search == "song hong"


@pytest.mark.parametrize("call", ["get", "delete", "save"])
def test_a_filter_name_with_a_control_character_is_refused_naming_the_name_field(
    db: Database, anna: Actor, call: str
) -> None:
    actions = {
        "get": lambda: saved_filters.get_saved_filter(db, anna, "Bad\x07name"),
        "delete": lambda: saved_filters.delete_saved_filter(db, anna, "Bad\x07name"),
        "save": lambda: saved_filters.save_filter(db, anna, "Bad\x07name", RegisterFilter()),
    }
    with pytest.raises(ValidationError) as caught:
        actions[call]()
    assert caught.value.field == "name" and str(caught.value).startswith("the filter name contains a control character")


def test_a_filter_name_too_long_is_refused_by_name_for_every_call(db: Database, anna: Actor) -> None:
    for action in (lambda: saved_filters.get_saved_filter(db, anna, "n" * 61),
                   lambda: saved_filters.delete_saved_filter(db, anna, "n" * 61),
                   lambda: saved_filters.save_filter(db, anna, "n" * 61, RegisterFilter())):
        with pytest.raises(ValidationError, match="^the filter name can be at most 60 characters") as caught:
            action()
        assert caught.value.field == "name"


def test_an_unknown_filter_is_not_found_by_its_name(db: Database, anna: Actor) -> None:
    saved_filters.save_filter(db, anna, "Mine", RegisterFilter())
    with pytest.raises(NotFoundError) as caught:
        saved_filters.get_saved_filter(db, anna, "  Yours ")
    assert str(caught.value) == "no saved filter named 'Yours'"
    assert saved_filters.get_saved_filter(db, anna, " MINE ").name == "Mine"
