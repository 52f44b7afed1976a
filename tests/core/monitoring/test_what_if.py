"""What if: October's tickets and outages of the demo's SLA-2026-0001 replayed at every level of each line's service.

The ``october`` fixture (``test_periods.py``): four Service desk P1 tickets (T-1 Mon 5 Oct 08:00, answered in 20 minutes,
resolved at 11:00; T-2 Fri 9 Oct 18:50, answered Mon 07:15, resolved 09:00; T-3 answered in 5 and resolved in 60
minutes; T-4 Sat 31 Oct 23:30, never answered) and 1.5 hours of Network monitoring down. Hand-checked per level:
Bronze (Mon-Fri 08:00-17:00, 60 / 240 business minutes) misses only T-4; Silver (Mon-Fri 07:00-19:00, 30 / 120) also
resolves T-1 and T-2 late; Gold (24x7, 15 / 60 calendar minutes) keeps only T-3; the customer's Gold VIP (10 / 45)
resolves even T-3 late.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from slamdesk.core import catalogue
from slamdesk.core.db import Database
from slamdesk.core.errors import NotFoundError
from slamdesk.core.monitoring import what_if
from slamdesk.core.monitoring.compliance import TargetKind
from slamdesk.core.roles import Actor
from slamdesk.models import Agreement, Requirement, Ticket
from tests.core.monitoring.test_periods import AFTER_OCTOBER, NUMBER, OCTOBER, _agreement_id, _import, october  # noqa: F401 (a fixture)
from tests.core.monitoring.test_portfolio_compliance_edges import DESK, _amend, _line

NONE = {"counted": 0, "met": 0, "percent": None, "p90_seconds": None, "target_seconds": None}
SURVEY = {"csat_answers": 0, "satisfied": 0, "ces_answers": 0, "ces_total": 0}


def _p1(outcome: what_if.LevelOutcome) -> tuple[tuple[int, int, int | None], ...]:
    return tuple((c.counted, c.met, c.target) for c in outcome.figures.compliance if c.priority == "P1")


def test_each_level_of_the_service_desk_keeps_what_its_own_hours_and_targets_allow(october: Database) -> None:  # noqa: F811
    desk = what_if.what_if(october, NUMBER, OCTOBER, AFTER_OCTOBER)[0]
    assert (desk.number, desk.period, desk.position, desk.service, desk.currency) == (
        NUMBER, "2026-10", 1, "Service desk", "EUR")
    shown = [(o.level, o.rank, o.current, o.monthly_fee, o.figures.hours, o.figures.tickets, o.figures.breaches, _p1(o))
             for o in desk.outcomes]
    assert shown == [
        ("Bronze", 0, False, Decimal("1530.00"), "Mon-Fri 08:00-17:00, Europe/Stockholm, SE public holidays", 4, 2,
         ((4, 3, 3600), (4, 3, 14400))),
        ("Silver", 1, True, Decimal("2210.00"), "Mon-Fri 07:00-19:00, Europe/Stockholm, SE public holidays", 4, 4,
         ((4, 3, 1800), (4, 1, 7200))),
        ("Gold", 2, False, Decimal("3315.00"), "24x7, Europe/Stockholm, SE public holidays", 4, 6, ((4, 1, 900), (4, 1, 3600))),
        ("Gold VIP (Fjällbacka Rederi)", 3, False, Decimal("3740.00"), "24x7, Europe/Stockholm, SE public holidays", 4, 7,
         ((4, 1, 600), (4, 0, 2700))),
    ]
    assert [o.figures.level for o in desk.outcomes] == [o.level for o in desk.outcomes]
    assert [c.priority for c in desk.outcomes[1].figures.compliance if c.kind is TargetKind.RESPONSE] == ["P1", "P2", "P3"]
    assert [o.problems for o in desk.outcomes] == [
        ("Bronze covers Mon-Fri 08:00-17:00, not Mon-Fri 07:00-19:00",), (), (), ()]
    assert [level["problems"] for level in desk.to_json()["levels"]] == [
        ["Bronze covers Mon-Fri 08:00-17:00, not Mon-Fri 07:00-19:00"], [], [], []]


def test_every_level_of_the_network_line_sees_the_same_outages_and_none_of_the_desks_tickets(october: Database) -> None:  # noqa: F811
    network = what_if.what_if(october, NUMBER, OCTOBER, AFTER_OCTOBER)[1]

    def level(name: str, rank: int, current: bool, fee: str, target: str) -> dict[str, object]:
        return {"level": name, "rank": rank, "current": current, "monthly_fee": fee, "problems": [], "figures": {
            "position": 2, "service": "Network monitoring", "level": name, "site": "Fjällbacka hamn",
            "hours": "24x7, Europe/Stockholm, SE public holidays", "tickets": 0, "breaches": 0, "availability": "99.799",
            "availability_target": target, "availability_met": Decimal("99.799") >= Decimal(target),
            "compliance": [{"priority": p, "kind": k, **NONE} for p in ("P1", "P2") for k in ("response", "resolution")],
            "internal_compliance": [], "survey": SURVEY}}

    assert network.to_json() == {
        "number": NUMBER, "period": "2026-10", "position": 2, "service": "Network monitoring", "currency": "EUR",
        "signed_monthly_fee": "1656.00", "levels": [
            level("Bronze", 0, False, "420.00", "99.5"), level("Silver", 1, False, "680.00", "99.9"),
            level("Gold", 2, True, "1656.00", "99.95")]}


def test_an_agreement_not_drafted_from_requirements_has_no_prices_to_compare(october: Database) -> None:  # noqa: F811
    with october.unit_of_work() as session:
        session.execute(update(Agreement).where(Agreement.number == NUMBER).values(requirements_document_id=None))
    desk, network = what_if.what_if(october, NUMBER, OCTOBER, AFTER_OCTOBER)
    assert [(o.level, o.monthly_fee, o.problems) for o in desk.outcomes][:2] == [("Bronze", None, ()), ("Silver", None, ())]
    assert all(o.monthly_fee is None for o in network.outcomes) and desk.signed_fee == Decimal("2210.00")
    assert desk.to_json()["levels"][0]["monthly_fee"] is None


def test_a_line_whose_service_left_the_catalogue_is_refused_by_name(october: Database, people: dict[str, Actor]) -> None:  # noqa: F811
    desk = next(service for service in catalogue.list_services(october) if service.name == "Service desk")
    catalogue.update_service(october, people["anna"], desk.id, row_version=desk.row_version, code=desk.code,
                             name="Help desk", description=desk.description,
                             levels=[catalogue.level_input(level) for level in desk.levels])
    with pytest.raises(NotFoundError, match="the catalogue has no service 'Service desk' any more"):
        what_if.what_if(october, NUMBER, OCTOBER, AFTER_OCTOBER)


def test_a_service_at_two_sites_replays_each_sites_tickets_on_its_own_line_in_position_order(
    demo_db: Database, people: dict[str, Actor],
) -> None:
    """SLA-2026-0003 signed again with Service desk (Bronze) at two sites, its lines entered last first."""
    jakarta_line = _line(2, "Service desk", "Jakarta Utara", 1, "24x7", [["P1", 60, 240, False]])
    with demo_db.read() as session:  # drafted from a requirement that is not in the agreement's requirements document
        jakarta_line.requirement_id = session.scalars(select(Requirement.id).join(
            Agreement, Agreement.requirements_document_id == Requirement.document_id).where(Agreement.number == NUMBER)).first()
    _amend(demo_db, "SLA-2026-0003", jakarta_line, _line(1, "Service desk", "Surabaya", 1, "Mon-Fri 08:00-17:00", DESK))
    run = _import(demo_db, people["anna"])
    with demo_db.unit_of_work() as session:
        for n, site in enumerate(("Jakarta Utara", "Jakarta Utara", "Surabaya")):
            created = dt.datetime(2026, 10, 6 + n, 3, tzinfo=dt.UTC)
            session.add(Ticket(source="test", external_id=f"J-{n}", agreement_id=_agreement_id(demo_db, "SLA-2026-0003"),
                               service="Service desk", site=site, priority="P1", created_at=created,
                               first_response_at=created + dt.timedelta(minutes=5), resolved_at=created + dt.timedelta(hours=1),
                               import_id=run))
    surabaya, jakarta = what_if.what_if(demo_db, "SLA-2026-0003", OCTOBER, AFTER_OCTOBER)
    assert [(item.position, item.service) for item in (surabaya, jakarta)] == [(1, "Service desk"), (2, "Service desk")]
    assert [o.figures.tickets for o in surabaya.outcomes] == [1, 1, 1]
    assert [o.figures.tickets for o in jakarta.outcomes] == [2, 2, 2]
    assert [(o.level, o.current, o.monthly_fee, o.figures.site) for o in jakarta.outcomes] == [
        ("Bronze", True, None, "Jakarta Utara"), ("Silver", False, None, "Jakarta Utara"), ("Gold", False, None, "Jakarta Utara")]
    assert jakarta.signed_fee == Decimal("100.00") and [o.monthly_fee for o in surabaya.outcomes] == [None, None, None]


def test_a_level_timed_round_the_clock_counts_the_weekend_against_it(october: Database, people: dict[str, Actor]) -> None:  # noqa: F811
    """Silver's targets set to count every hour: T-2, raised on Friday at 18:50 and answered on Monday at 07:15, is late."""
    desk = next(service for service in catalogue.list_services(october) if service.name == "Service desk")
    levels = [dataclasses.replace(catalogue.level_input(level), business_hours=level.name != "Silver") for level in desk.levels]
    catalogue.update_service(october, people["anna"], desk.id, row_version=desk.row_version, code=desk.code, name=desk.name,
                             description=desk.description, levels=levels)
    outcomes = {o.level: o for o in what_if.what_if(october, NUMBER, OCTOBER, AFTER_OCTOBER)[0].outcomes}
    assert _p1(outcomes["Silver"]) == ((4, 2, 1800), (4, 1, 7200)) and _p1(outcomes["Bronze"]) == ((4, 3, 3600), (4, 3, 14400))
