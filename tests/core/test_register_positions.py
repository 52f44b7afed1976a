"""Register helpers for the window: a row's position in any view, and the filters' pick lists."""

from __future__ import annotations

import datetime as dt

import pytest

from slamdesk.core import portfolio, register
from slamdesk.core.db import Database
from slamdesk.core.lifecycle import Status
from slamdesk.core.register import RegisterFilter, SortKey

pytestmark = pytest.mark.both_backends

TODAY = dt.date(2026, 11, 23)


def test_position_of_matches_the_listed_order_for_every_sort(db: Database) -> None:
    portfolio.generate_portfolio(db, 120, today=TODAY)
    for key in SortKey:
        for descending in (False, True):
            criteria = RegisterFilter(sort=key, descending=descending)
            numbers = [row.number for row in register.list_agreements(db, criteria, today=TODAY)]
            for position in (0, 1, 57, len(numbers) - 1):
                assert register.position_of(db, criteria, numbers[position], today=TODAY) == position, (key, descending)


def test_position_of_is_none_outside_the_view(demo_db: Database) -> None:
    signed = RegisterFilter(status=Status.SIGNED)
    assert register.position_of(demo_db, signed, "SLA-2026-0003") == 1
    assert register.position_of(demo_db, signed, "SLA-2026-0007") is None
    assert register.position_of(demo_db, RegisterFilter(), "SLA-1999-0001") is None


def test_filter_choices_list_what_the_filters_can_match(demo_db: Database) -> None:
    choices = register.filter_choices(demo_db)
    assert ("customer_sla", "Customer SLA") in choices.kinds
    assert "Växjö Bostäder AB" in choices.customers and list(choices.customers) == sorted(choices.customers)
    assert "Service desk" in choices.services
    assert {"Bronze", "Silver", "Gold"} <= set(choices.levels)
    assert choices.currencies == ("EUR",)
    for customer in choices.customers[:3]:
        assert register.count_agreements(demo_db, RegisterFilter(customer=customer)) >= 0
