"""The consistency check (``core.structure_consistency``) on lines the use cases rarely make (written past
slamdesk): a line without a site, another service, a coverage text that cannot be compared, targets out of order."""

from __future__ import annotations

import json

import pytest

from slamdesk.core import structure, users
from slamdesk.core.db import Database
from slamdesk.core.roles import Actor, Role
from tests.raw import raw

from .test_structure import CUSTOMER, SERVICE, SITE, Builder


@pytest.fixture
def rep(db: Database) -> Actor:
    return users.ensure_user(db, "anna", "Anna Lindqvist", Role.REPRESENTATIVE)


@pytest.fixture
def pair(db: Database, rep: Actor) -> tuple[str, str]:
    """A service SLA (Gold: P1 in 15 min) and an OLA behind it (P1 in 30 min), both at the harbour."""
    build = Builder(db, rep)
    sla = build.agreement(CUSTOMER, "Harbour WAN", "Gold", ("P1",))
    ola = build.agreement("Network team", "Network team", "Team standard", ("P1",), kind="ola")
    structure.link_supporting(db, rep, ola, sla)
    return sla, ola


def _set_line(db: Database, number: str, column: str, value: str) -> None:
    with raw(db) as connection:
        connection.execute(
            f"UPDATE agreement_line SET {column} = :value WHERE version_id IN (SELECT v.id FROM agreement_version v "
            "JOIN agreement a ON a.id = v.agreement_id WHERE a.number = :number)",
            {"value": value, "number": number},
        )


def _messages(db: Database, number: str) -> list[tuple[str, str, str]]:
    return [(w.measure, w.site, w.message) for w in structure.consistency_check(db, number)]


def test_a_supporting_line_without_a_site_backs_the_service_at_every_site(db: Database, pair: tuple[str, str]) -> None:
    sla, ola = pair
    _set_line(db, ola, "site", "  ")
    assert _messages(db, sla) == [
        ("response", "", f"OLA {ola} (Network team) P1 response 30 min for {SERVICE} is looser than {sla}'s 15 min"),
    ]


def test_an_sla_line_without_a_site_is_compared_with_a_supporting_line_at_any_site(
    db: Database, pair: tuple[str, str]
) -> None:
    sla, ola = pair
    _set_line(db, sla, "site", "")
    assert _messages(db, ola) == [
        ("response", "", f"OLA {ola} (Network team) P1 response 30 min for {SERVICE} is looser than {sla}'s 15 min"),
    ]


def test_the_same_site_written_differently_is_still_compared(db: Database, pair: tuple[str, str]) -> None:
    sla, ola = pair
    _set_line(db, ola, "site", f" {SITE.upper()} ")
    assert [(m, s) for m, s, _ in _messages(db, sla)] == [("response", SITE)]
    _set_line(db, ola, "site", "Strömstad")
    assert _messages(db, sla) == []


def test_a_coverage_text_that_cannot_be_compared_is_not_a_warning(db: Database, pair: tuple[str, str]) -> None:
    sla, ola = pair
    _set_line(db, ola, "coverage", "whenever the team is in")
    assert [m for m, _, _ in _messages(db, sla)] == ["response"]
    _set_line(db, ola, "coverage", "Mon-Fri 08:00-17:00")
    assert [m for m, _, _ in _messages(db, sla)] == ["coverage", "response"]
    assert _messages(db, sla)[0] == (
        "coverage", SITE, f"OLA {ola} (Network team) covers Mon-Fri 08:00-17:00 for {SERVICE} at {SITE}, less than {sla}'s 24x7"
    )


def test_an_unlinked_ola_has_nothing_to_be_consistent_with(db: Database, rep: Actor, pair: tuple[str, str]) -> None:
    sla, ola = pair
    structure.link_supporting(db, rep, ola, None)
    assert structure.consistency_check(db, ola) == []
    assert structure.consistency_check(db, sla) == []


def test_a_supporting_line_for_another_service_is_not_compared(db: Database, pair: tuple[str, str]) -> None:
    sla, ola = pair
    _set_line(db, ola, "service_name", "Name service")
    assert _messages(db, sla) == [] and _messages(db, ola) == []
    _set_line(db, ola, "service_name", f" {SERVICE.upper()}")  # the same service, typed differently
    assert [m for m, _, _ in _messages(db, sla)] == ["response"]


def test_warnings_follow_the_priorities_most_urgent_first_however_the_targets_are_stored(
    db: Database, pair: tuple[str, str]
) -> None:
    sla, ola = pair
    _set_line(db, sla, "targets", json.dumps([["P3", 240, 960, False], ["P1", 10, 60, False], ["P2", 20, 120, False]]))
    assert [(w.measure, w.priority, w.supporting_value, w.backed_value) for w in structure.consistency_check(db, sla)] == [
        ("response", "P1", "30 min", "10 min"),
        ("missing_priority", "P2", "", "response 20 min, resolution 2 h"),  # nothing on the supporting side
        ("missing_priority", "P3", "", "response 4 h, resolution 16 h"),
    ]


def test_a_lower_availability_is_a_warning_of_its_own(db: Database, rep: Actor, pair: tuple[str, str]) -> None:
    sla, _ = pair
    ola = Builder(db, rep).agreement("Network team", "Customer-grade team", "Customer", ("P1",), kind="ola")
    structure.link_supporting(db, rep, ola, sla)
    availability, *times = [w for w in structure.consistency_check(db, sla) if w.supporting_number == ola]
    assert (availability.measure, availability.priority, availability.supporting_value, availability.backed_value) == (
        "availability", "", "99.9 %", "99.95 %"
    )
    assert availability.message == (
        f"OLA {ola} (Customer-grade team) availability 99.9 % for {SERVICE} at {SITE} is lower than {sla}'s 99.95 %"
    )
    assert [w.measure for w in times] == ["response", "resolution"]
