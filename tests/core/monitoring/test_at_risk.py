"""Open tickets at risk (``core.monitoring.at_risk``): only open tickets are read, one agreement's when asked, each
timed on its own line (the newest signed version's, by site where a service is at several), its time on hold counted.

The demo's SLA-2026-0001: Network monitoring (Gold), 24x7, P1 responds in 5 and resolves in 20 calendar minutes;
SLA-2026-0002: Service desk in Vietnam, P1 30 minutes to respond, 2 business hours to resolve.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from slamdesk.core.db import Database
from slamdesk.core.monitoring import at_risk
from slamdesk.core.renewals import standing
from slamdesk.core.roles import Actor
from slamdesk.models import Ticket, TicketHold
from tests.core.monitoring.test_periods import NUMBER, _import, add_ticket, at
from tests.core.monitoring.test_portfolio_compliance import NOW
from tests.core.monitoring.test_portfolio_compliance_edges import amended, monitored  # noqa: F401 - fixtures

NOVEMBER_3 = at(3, 9, month=11)


def _listed(found: list[at_risk.AtRisk]) -> list[tuple[str, str, str]]:
    return [(item.number, item.ticket, str(item.kind)) for item in found]


def test_one_agreement_is_asked_for_alone_and_the_whole_portfolio_lists_both(demo_db: Database,
                                                                             people: dict[str, Actor]) -> None:
    run = _import(demo_db, people["anna"])
    add_ticket(demo_db, run, "N-1", "Network monitoring", at(2, 9, month=11), None, None)
    add_ticket(demo_db, run, "M-1", "Service desk", at(2, 9, month=11), None, None, number="SLA-2026-0002")
    one = [("SLA-2026-0001", "N-1", "response"), ("SLA-2026-0001", "N-1", "resolution")]
    two = [("SLA-2026-0002", "M-1", "response"), ("SLA-2026-0002", "M-1", "resolution")]
    assert _listed(at_risk.at_risk(demo_db, NOVEMBER_3)) == [one[0], one[1], two[0], two[1]]  # due 09:05, 09:20, 10:30, 12:00 CET
    assert _listed(at_risk.at_risk(demo_db, NOVEMBER_3, number=NUMBER)) == one
    assert _listed(at_risk.at_risk(demo_db, NOVEMBER_3, number="SLA-2026-0002")) == two
    for unknown in ("SLA-1999-0001", "SLA-2026-0001 ", "sla-2026-0001", "\ud800", "' OR 1=1 --", ""):
        assert at_risk.at_risk(demo_db, NOVEMBER_3, number=unknown) == []


def test_a_resolved_ticket_is_never_listed_however_long_ago_the_open_one_was_created(demo_db: Database,
                                                                                     people: dict[str, Actor]) -> None:
    run = _import(demo_db, people["anna"])
    add_ticket(demo_db, run, "OLD", "Network monitoring", dt.datetime(2025, 1, 6, 9, tzinfo=dt.UTC), None, None)
    for n in range(3):  # resolved late, after the open one was created
        created = dt.datetime(2025, 3, 1 + n, 9, tzinfo=dt.UTC)
        add_ticket(demo_db, run, f"LATE-{n}", "Network monitoring", created, None, created + dt.timedelta(days=2))
    found = at_risk.at_risk(demo_db, NOVEMBER_3)
    assert _listed(found) == [(NUMBER, "OLD", "response"), (NUMBER, "OLD", "resolution")]
    assert [item.due for item in found] == [dt.datetime(2025, 1, 6, 9, 5, tzinfo=dt.UTC),
                                            dt.datetime(2025, 1, 6, 9, 20, tzinfo=dt.UTC)]


def test_a_ticket_created_after_now_is_not_listed_yet(demo_db: Database, people: dict[str, Actor]) -> None:
    run = _import(demo_db, people["anna"])
    add_ticket(demo_db, run, "AGO", "Network monitoring", NOVEMBER_3 - dt.timedelta(minutes=2), None, None)
    add_ticket(demo_db, run, "SOON", "Network monitoring", NOVEMBER_3 + dt.timedelta(seconds=1), None, None)
    found = at_risk.at_risk(demo_db, NOVEMBER_3, share=Decimal(1))
    assert [(item.ticket, item.remaining) for item in found] == [("AGO", 180), ("AGO", 1080)]  # 2 minutes into 5 and 20
    assert {item.escalation for item in found} == {"at risk"}


def test_a_service_the_agreement_lacks_a_priority_without_a_target_and_a_ticket_of_no_agreement_are_left_out(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    run = _import(demo_db, people["anna"])
    add_ticket(demo_db, run, "X-1", "Not a service of ours", at(2, 9, month=11), None, None)
    add_ticket(demo_db, run, "X-2", "Network monitoring", at(2, 9, month=11), None, None, priority="P9")
    with demo_db.unit_of_work() as session:
        session.add(Ticket(source="test", external_id="X-3", agreement_id=None, service="Network monitoring", priority="P1",
                           created_at=at(2, 9, month=11), import_id=run))
    add_ticket(demo_db, run, "ANSWERED", "Network monitoring", at(2, 9, month=11), at(2, 9, 1, month=11), None)
    assert _listed(at_risk.at_risk(demo_db, NOVEMBER_3)) == [(NUMBER, "ANSWERED", "resolution")]


def test_time_on_hold_moves_an_open_tickets_deadline(demo_db: Database, people: dict[str, Actor]) -> None:
    run = _import(demo_db, people["anna"])
    add_ticket(demo_db, run, "H-1", "Network monitoring", at(2, 9, month=11), at(2, 9, 1, month=11), None)
    with demo_db.unit_of_work() as session:
        ticket = session.scalars(select(Ticket.id).where(Ticket.external_id == "H-1")).one()
        session.add(TicketHold(ticket_id=ticket, start_at=at(2, 9, 10, month=11), end_at=at(2, 9, 40, month=11)))
    (found,) = at_risk.at_risk(demo_db, at(2, 9, 45, month=11), share=Decimal("0.5"))
    assert (found.kind, found.due, found.remaining, found.escalation) == (
        "resolution", at(2, 9, 50, month=11), 300, "at risk")  # 20 minutes and 30 on hold; 5 of 20 left


def test_each_sites_tickets_are_timed_on_their_own_line_of_the_newest_signed_version(amended: Database) -> None:  # noqa: F811
    found = [item for item in at_risk.at_risk(amended, NOW, number="SLA-2026-0003") if item.ticket.startswith("jakarta-")]
    # Jakarta Utara's line of version 2: P1 resolved in 240 calendar minutes (24x7), answered already
    assert [(item.ticket, str(item.kind), item.due) for item in found] == [
        (f"jakarta-{n}", "resolution", dt.datetime(2026, 10, 6 + n, 6, tzinfo=dt.UTC)) for n in range(3)]
    assert {item.service for item in found} == {"Service desk"}


def test_a_ticket_at_the_other_site_is_timed_on_that_sites_line_not_the_first_of_its_service(amended: Database) -> None:  # noqa: F811
    created = dt.datetime(2026, 10, 10, 2, tzinfo=dt.UTC)  # a Saturday, 09:00 in Jakarta
    with amended.unit_of_work() as session:
        run, agreement = session.execute(select(Ticket.import_id, Ticket.agreement_id)
                                         .where(Ticket.external_id == "jakarta-0")).one()
        session.add(Ticket(source="edge", external_id="surabaya-night", agreement_id=agreement, service="Service desk",
                           site="Surabaya", priority="P1", created_at=created, import_id=run))
    (response, resolution) = [item for item in at_risk.at_risk(amended, NOW, number="SLA-2026-0003")
                              if item.ticket == "surabaya-night"]
    # Surabaya's line of version 2: Mon-Fri 08:00-17:00 in Jakarta; P1 answered in 60 and resolved in 240 business
    # minutes: from Monday 08:00 (01:00 UTC), not the Jakarta Utara line's round-the-clock hours
    assert (response.kind, response.due) == ("response", dt.datetime(2026, 10, 12, 2, tzinfo=dt.UTC))
    assert (resolution.kind, resolution.due) == ("resolution", dt.datetime(2026, 10, 12, 5, tzinfo=dt.UTC))


def test_a_terminated_or_expired_agreements_open_tickets_are_no_longer_at_risk(demo_db: Database,
                                                                               people: dict[str, Actor]) -> None:
    run = _import(demo_db, people["anna"])
    add_ticket(demo_db, run, "GONE", "Service desk", at(2, 9, month=11), None, None, priority="P2", number="SLA-2024-0001")
    add_ticket(demo_db, run, "LATE", "Network monitoring", dt.datetime(2027, 4, 29, 9, tzinfo=dt.UTC), None, None)
    assert {item.ticket for item in at_risk.at_risk(demo_db, dt.datetime(2027, 4, 30, 12, tzinfo=dt.UTC))} == {"LATE"}
    # SLA-2026-0001 (renewed once) renews by itself again on 1 May 2027 unless notice is given by 30 January 2027:
    # given, it runs to 30 April 2027; from 1 May it is terminated by that notice, and not monitored
    assert at_risk.at_risk(demo_db, dt.datetime(2027, 5, 1, 0, 1, tzinfo=dt.UTC)) != []  # renewed: still monitored
    standing.give_notice(demo_db, people["anna"], "SLA-2026-0001", by="customer", given_on=dt.date(2027, 1, 15),
                         reason="no_longer_needed")
    assert {item.ticket for item in at_risk.at_risk(demo_db, dt.datetime(2027, 4, 30, 12, tzinfo=dt.UTC))} == {"LATE"}
    assert at_risk.at_risk(demo_db, dt.datetime(2027, 5, 1, 0, 1, tzinfo=dt.UTC)) == []
