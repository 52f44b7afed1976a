"""Review and adjust at the edges of a service's levels: the lightest and the strongest, a level that cannot serve the
requirement, a service renamed since, a line the agreement no longer has, another agreement's closed periods.

The closed periods here are written as ``periods.close_period`` stores them (the lines' figures as JSON), with figures
made by hand, so each test says exactly what was measured. The demo's levels (rank order): Service desk Bronze, Silver,
Gold (and Fjällbacka Rederi's own Gold VIP); Network monitoring and User onboarding and offboarding Bronze, Silver, Gold.
SLA-2026-0001 (Fjällbacka): line 1 Service desk Silver (2,210.00 EUR; Bronze cannot cover its hours), line 2 Network
monitoring Gold (1,656.00). SLA-2026-0002 (Sông Hồng): line 1 Service desk Silver (3,458.00; Bronze 2,394.00), line 2
User onboarding and offboarding Bronze (630.00).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from slamdesk.core import catalogue
from slamdesk.core.db import Database
from slamdesk.core.errors import NotFoundError
from slamdesk.core.monitoring import periods, review_adjust
from slamdesk.core.monitoring.compliance import Compliance, TargetKind
from slamdesk.core.roles import Actor
from slamdesk.models import Agreement, ClosedPeriod

pytestmark = pytest.mark.rule_edges  # on SQLite: the feature's own tests run it on both backends (tests/conftest.py)

OVER = Compliance("P2", TargetKind.RESOLUTION, 6, 6, 60, 7200)  # every ticket met, in a minute of two hours
MISSED = Compliance("P1", TargetKind.RESPONSE, 20, 10)  # 50 %


def _line(position: int, service: str, level: str, *tallies: Compliance, availability: str = "100",
          target: str = "99.5") -> periods.LineFigures:
    return periods.LineFigures(position, service, level, "", "24x7", 10, tallies, 0, Decimal(availability), Decimal(target))


def _close(db: Database, closer: Actor, number: str, name: str, *lines: periods.LineFigures, version_no: int = 1) -> None:
    """Agreement ``number``'s period ``name`` closed with these figures (call oldest first, as periods are closed)."""
    stored = json.dumps([line.to_json() for line in lines], sort_keys=True, ensure_ascii=False)
    with db.unit_of_work() as session:
        agreement_id = session.scalars(select(Agreement.id).where(Agreement.number == number)).one()
        session.add(ClosedPeriod(agreement_id=agreement_id, period=name, version_no=version_no, figures=stored,
                                 figures_sha256=hashlib.sha256(stored.encode()).hexdigest(), closed_by_id=closer.id))


def _shown(found: list[review_adjust.Suggestion]) -> list[dict[str, object]]:
    return [item.to_json() for item in found]


def test_an_over_delivered_silver_line_points_to_bronze_and_a_bronze_line_to_nothing_lighter(
    demo_db: Database, people: dict[str, Actor],
) -> None:
    _close(demo_db, people["budi"], "SLA-2026-0002", "2026-10", _line(1, "Service desk", "Silver", OVER),
           _line(2, "User onboarding and offboarding", "Bronze", OVER))
    assert _shown(review_adjust.suggestions(demo_db, "SLA-2026-0002")) == [
        {"position": 1, "service": "Service desk", "level": "Silver", "finding": "over-delivered", "target": "P2 resolution",
         "periods": ["2026-10"], "suggested_level": "Bronze", "monthly_fee": "2394.00", "difference": "-1064.00"},
        {"position": 2, "service": "User onboarding and offboarding", "level": "Bronze", "finding": "over-delivered",
         "target": "P2 resolution", "periods": ["2026-10"], "suggested_level": None, "monthly_fee": None, "difference": None},
    ]


def test_a_gold_line_consistently_missed_has_no_stronger_level_and_a_silver_one_goes_to_gold_not_past_it(
    demo_db: Database, people: dict[str, Actor],
) -> None:
    for name in ("2026-08", "2026-09", "2026-10"):
        _close(demo_db, people["budi"], "SLA-2026-0001", name, _line(1, "Service desk", "Silver", availability="99.4"),
               _line(2, "Network monitoring", "Gold", availability="99.9", target="99.95"))
    found = review_adjust.suggestions(demo_db, "SLA-2026-0001")
    assert [(item.position, item.target, item.periods) for item in found] == [
        (1, "availability", ("2026-10", "2026-09", "2026-08")), (2, "availability", ("2026-10", "2026-09", "2026-08"))]
    desk, network = found
    assert (desk.suggested_level, desk.monthly_fee, desk.difference) == ("Gold", Decimal("3315.00"), Decimal("1105.00"))
    assert (network.service, network.level, network.finding) == ("Network monitoring", "Gold", "consistently missed")
    assert (network.suggested_level, network.monthly_fee, network.difference) == (None, None, None)


def test_a_lighter_level_that_cannot_serve_the_requirement_is_not_suggested(demo_db: Database, people: dict[str, Actor]) -> None:
    _close(demo_db, people["budi"], "SLA-2026-0001", "2026-10", _line(1, "Service desk", "Silver", OVER),
           _line(2, "Network monitoring", "Gold", OVER, target="99.95"))
    desk, network = review_adjust.suggestions(demo_db, "SLA-2026-0001")
    assert (desk.position, desk.finding, desk.suggested_level, desk.monthly_fee) == (1, "over-delivered", None, None)
    assert (network.position, network.suggested_level, network.monthly_fee, network.difference) == (
        2, "Silver", Decimal("680.00"), Decimal("-976.00"))


def test_an_unknown_agreement_is_refused_by_its_number(demo_db: Database) -> None:
    with pytest.raises(NotFoundError, match="no agreement 'SLA-2099-0001'"):
        review_adjust.suggestions(demo_db, "SLA-2099-0001")


def test_a_service_renamed_in_the_catalogue_since_keeps_its_finding_without_a_suggestion(
    demo_db: Database, people: dict[str, Actor],
) -> None:
    desk = next(service for service in catalogue.list_services(demo_db) if service.name == "Service desk")
    catalogue.update_service(demo_db, people["anna"], desk.id, row_version=desk.row_version, code=desk.code,
                             name="Help desk", description=desk.description,
                             levels=[catalogue.level_input(level) for level in desk.levels])
    _close(demo_db, people["budi"], "SLA-2026-0002", "2026-10", _line(1, "Service desk", "Silver", OVER))
    (found,) = review_adjust.suggestions(demo_db, "SLA-2026-0002")
    assert (found.position, found.service, found.finding) == (1, "Service desk", "over-delivered")
    assert (found.suggested_level, found.monthly_fee, found.difference) == (None, None, None)


def test_a_line_the_measured_version_does_not_have_is_reported_with_no_service_and_no_suggestion(
    demo_db: Database, people: dict[str, Actor],
) -> None:
    _close(demo_db, people["budi"], "SLA-2026-0002", "2026-10", _line(3, "Service desk", "Silver", OVER))
    assert _shown(review_adjust.suggestions(demo_db, "SLA-2026-0002")) == [
        {"position": 3, "service": "", "level": "Silver", "finding": "over-delivered", "target": "P2 resolution",
         "periods": ["2026-10"], "suggested_level": None, "monthly_fee": None, "difference": None}]


def test_only_the_agreements_own_closed_periods_and_the_newest_six_count(demo_db: Database, people: dict[str, Actor]) -> None:
    for name in ("2026-03", "2026-04", "2026-05"):  # missed three times, then six periods kept
        _close(demo_db, people["budi"], "SLA-2026-0002", name, _line(1, "Service desk", "Silver", MISSED))
    for name in ("2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"):
        _close(demo_db, people["budi"], "SLA-2026-0002", name, _line(1, "Service desk", "Silver"))
        _close(demo_db, people["budi"], "SLA-2026-0003", name, _line(1, "Service desk", "Silver", MISSED))
    assert review_adjust.suggestions(demo_db, "SLA-2026-0002") == []
    found = review_adjust.suggestions(demo_db, "SLA-2026-0003")
    assert [(item.target, item.periods) for item in found] == [
        ("P1 response", ("2026-11", "2026-10", "2026-09", "2026-08", "2026-07", "2026-06"))]


def test_the_lines_of_the_version_the_newest_period_measured_give_the_suggestion(
    demo_db: Database, people: dict[str, Actor],
) -> None:
    """A closed period of a version the agreement has not got (its lines unknown here) suggests nothing."""
    _close(demo_db, people["budi"], "SLA-2026-0002", "2026-10", _line(1, "Service desk", "Silver", OVER), version_no=2)
    (found,) = review_adjust.suggestions(demo_db, "SLA-2026-0002")
    assert (found.service, found.suggested_level) == ("", None)


def test_a_line_whose_level_its_service_no_longer_has_gets_no_suggestion(demo_db: Database, people: dict[str, Actor]) -> None:
    """Network monitoring renamed in the catalogue, and a new service given its old name: the line's Gold is none of the
    new service's levels, so nothing lighter or stronger can be said."""
    network = next(service for service in catalogue.list_services(demo_db) if service.name == "Network monitoring")
    catalogue.update_service(demo_db, people["anna"], network.id, row_version=network.row_version, code=network.code,
                             name="Network monitoring (2025)", description=network.description,
                             levels=[catalogue.level_input(level) for level in network.levels])
    catalogue.add_service(demo_db, people["anna"], code="NM-NEW", name="Network monitoring", description=network.description,
                          levels=[dataclasses.replace(catalogue.level_input(level), id=None) for level in network.levels])
    _close(demo_db, people["budi"], "SLA-2026-0001", "2026-10", _line(2, "Network monitoring", "Gold", OVER, target="99.95"))
    (found,) = review_adjust.suggestions(demo_db, "SLA-2026-0001")
    assert (found.position, found.service, found.finding) == (2, "Network monitoring", "over-delivered")
    assert (found.suggested_level, found.monthly_fee, found.difference) == (None, None, None)
