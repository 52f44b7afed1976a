"""The demo portfolio: what it promises (its shape), not its literal data.

Customers in four scripts and languages, one agreement in every state (each taken there the way people
would, by the people whose step it is), a catalogue of tiered levels, a VIP price and requirements the
catalogue cannot meet; made once, through the use cases, with an intact audit trail.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from slamdesk.core import agreements, audit, catalogue, customers, demo, register, requirements, settings, users
from slamdesk.core.db import Database
from slamdesk.core.demo_names import ACCOUNT_MANAGER
from slamdesk.core.lifecycle import SIGNED_STATES, Status
from slamdesk.core.register_files import local_copy
from slamdesk.core.renewals import notice_letter, standing
from slamdesk.core.renewals.standing import Due, State
from slamdesk.core.roles import Role
from slamdesk.models import AuditEvent, Setting

from ..conftest import DEMO_TODAY


def _details(db: Database) -> dict[Status, list[agreements.AgreementDetail]]:
    found: dict[Status, list[agreements.AgreementDetail]] = {}
    for row in register.list_agreements(db):
        found.setdefault(row.status, []).append(agreements.get_agreement(db, row.number))
    return found


def _events(db: Database, number: str) -> list[tuple[str, str]]:
    """(action, username) of every event about the agreement ``number`` and its version, in order."""
    detail = agreements.get_agreement(db, number)
    with db.read() as session:
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        return [(e.action, e.actor) for e in events if e.action.startswith("agreement.")
                and (json.loads(e.detail).get("number") == detail.number)]


def _scripts(name: str) -> set[str]:
    return {unicodedata.name(char).split()[0] for char in name if char.isalpha()}


# The portfolio's shape


def test_there_is_an_agreement_in_every_state(demo_db: Database) -> None:
    rows = register.list_agreements(demo_db)
    assert {row.status for row in rows} == set(Status)
    assert len(rows) == len(demo.AGREEMENTS) == len(demo.RENEWALS) == 10
    assert len({row.number for row in rows}) == 10 and {row.currency for row in rows} == {"EUR"}


def test_customers_write_in_four_languages_and_scripts_and_each_agreement_is_in_its_customers_language(
    demo_db: Database,
) -> None:
    listed = customers.list_customers(demo_db)
    assert {c.language for c in listed} == {"sv", "vi", "id", "uk"}
    assert {"LATIN", "CYRILLIC"} <= {script for c in listed for script in _scripts(c.name)}
    assert any(unicodedata.normalize("NFD", c.name) != c.name for c in listed if c.language == "vi")  # diacritics
    assert all(c.contact_name and c.contact_title and "@" in c.contact_email for c in listed)
    by_name = {c.name: c for c in listed}
    for details in _details(demo_db).values():
        for detail in details:
            customer = by_name[detail.customer_name]
            assert detail.language == customer.language
            assert detail.title == demo.TITLES[customer.language]
            assert (detail.contact_name, detail.contact_title) == (customer.contact_name, customer.contact_title)


def test_the_people_of_the_demo_each_have_their_own_role(demo_db: Database) -> None:
    people = {actor.username: actor for actor in users.list_actors(demo_db)}
    assert {(name, people[name].display_name, people[name].role) for name, _, _ in demo.USERS} == set(demo.USERS)
    assert {role for _, _, role in demo.USERS} == {
        Role.REPRESENTATIVE, Role.LEGAL_REVIEWER, Role.QUALITY_CHECKER, Role.CUSTOMER_SIGNATORY
    }
    assert settings.get_setting(demo_db, settings.PROVIDER_NAME) == demo.PROVIDER


def test_the_catalogue_has_tiers_that_are_better_and_dearer_in_order(demo_db: Database) -> None:
    services = {s.code: s for s in catalogue.list_services(demo_db)}
    assert set(services) == {code for code, *_ in demo.SERVICES}
    for code in ("SD", "ONB", "NET", "HW"):
        bronze, silver, gold = (level for level in services[code].levels if not level.vip)
        assert [bronze.name, silver.name, gold.name] == ["Bronze", "Silver", "Gold"]
        assert bronze.monthly_fee < silver.monthly_fee < gold.monthly_fee, code
        assert bronze.availability_pct < silver.availability_pct < gold.availability_pct, code
        p1 = [next(t for t in level.targets if t.priority == "P1") for level in (bronze, silver, gold)]
        assert p1[0].response_minutes > p1[1].response_minutes > p1[2].response_minutes, code
        for level in (bronze, silver, gold):
            assert [t.priority for t in level.targets] == ["P1", "P2", "P3", "P4"]
            times = [(t.response_minutes, t.resolution_minutes) for t in level.targets]
            assert times == sorted(times) and all(r < s for r, s in times), (code, level.name)
            assert level.currency == "EUR" and level.unit == demo.VOLUME_OF[code][:-1]
        assert gold.coverage == "24x7" or code == "HW"
    # Bronze and Silver count business hours where the service is not around the clock; Gold counts every hour.
    desk = services["SD"].levels
    assert [all(t.business_hours for t in level.targets) for level in desk[:3]] == [True, True, False]
    assert all(not t.business_hours for level in services["NET"].levels for t in level.targets)
    field = services["FLD"].levels
    assert {(level.unit, level.value_unit) for level in field} == {("none", "delivered_item")}
    assert all(level.fixed_fee > 0 and level.value_price > 0 for level in field)


def test_terms_start_a_month_apart_from_new_year_and_run_two_years_but_where_a_case_needs_another_start(
    demo_db: Database,
) -> None:
    rows = register.list_agreements(demo_db)
    starts = {row.number: row.start_date for row in rows}
    moved = {"SLA-2026-0001": dt.date(2024, 5, 1), "SLA-2026-0002": dt.date(2025, 3, 3),
             "SLA-2026-0003": dt.date(2024, 12, 14), "SLA-2024-0001": dt.date(2024, 3, 1),
             "SLA-2024-0002": dt.date(2024, 2, 1), "SLA-2024-0003": dt.date(2024, 10, 1)}
    assert {number: starts[number] for number in moved} == moved
    others = sorted(start for number, start in starts.items() if number not in moved)
    assert others == [dt.date(DEMO_TODAY.year, 1, 1) + dt.timedelta(days=30 * n) for n in range(3, 7)]
    assert all(row.end_date == demo.term_end(row.start_date, 2) for row in rows)


def test_the_portfolio_shows_each_case_of_renewal_notice_and_ending_on_the_day_it_was_made(demo_db: Database) -> None:
    with demo_db.read() as session:
        found = {one.number: one for _id, one in standing.standings(session, DEMO_TODAY)}
    due = {(deadline.number, deadline.due): deadline.day for deadline in standing.deadlines(demo_db, DEMO_TODAY, 30)}
    # a tacit renewal already applied once, recorded as the daily step records it
    renewed = found["SLA-2026-0001"]
    assert (renewed.state, renewed.term.number, renewed.term.start) == (State.RUNNING, 1, dt.date(2026, 5, 1))
    assert [a for a, _ in _events(demo_db, "SLA-2026-0001")].count("agreement.renew") == 1
    assert standing.record_tacit_renewals(demo_db, users.get_actor(demo_db), DEMO_TODAY) == 0
    # a notice deadline within 14 days; an express renewal to confirm within 30; reviews overdue
    assert 0 < (due[("SLA-2026-0002", Due.NOTICE)] - DEMO_TODAY).days <= 14
    assert 0 < (due[("SLA-2026-0003", Due.CONFIRM)] - DEMO_TODAY).days <= 30
    assert due[("SLA-2026-0001", Due.REVIEW)] < DEMO_TODAY
    # ended: for cause, by the customer's notice (with its letter in the register), and expired unconfirmed
    assert found["SLA-2024-0001"].for_cause and found["SLA-2024-0001"].state is State.TERMINATED
    noticed = found["SLA-2024-0002"]
    assert (noticed.state, noticed.notice) == (State.TERMINATED, ("customer", dt.date(2025, 10, 17), dt.date(2026, 1, 31)))
    letters = notice_letter.notice_letters(demo_db, "SLA-2024-0002")
    assert sorted(kind for _period, kind, _path, _sha in letters) == ["docx", "pdf"]
    assert all(local_copy(demo_db, path).is_file() for _period, _kind, path, _sha in letters)
    assert found["SLA-2024-0003"].state is State.EXPIRED and found["SLA-2024-0003"].term.last_day < DEMO_TODAY
    assert not [deadline for deadline in standing.deadlines(demo_db, DEMO_TODAY, 3660)
                if deadline.number.startswith("SLA-2024-")]


@pytest.mark.parametrize(
    ("start", "years", "end"),
    # from 29 February the anniversary is 28 February (renewals.terms: clamped to the month's end)
    [(dt.date(2026, 1, 1), 2, dt.date(2027, 12, 31)), (dt.date(2024, 2, 29), 1, dt.date(2025, 2, 27)),
     (dt.date(2024, 2, 29), 4, dt.date(2028, 2, 28)), (dt.date(2026, 3, 1), 1, dt.date(2027, 2, 28))],
)
def test_a_term_ends_the_day_before_its_anniversary_even_from_29_february(
    start: dt.date, years: int, end: dt.date
) -> None:
    assert demo.term_end(start, years) == end


# Each agreement got where it is the way people would take it there


def test_each_agreement_past_draft_was_reviewed_by_the_legal_reviewer_due_in_five_days(demo_db: Database) -> None:
    for status, details in _details(demo_db).items():
        for detail in details:
            rounds = detail.rounds
            if status is Status.DRAFT:
                assert rounds == () and detail.reviews == ()
                continue
            (review_round,) = rounds
            (assignment,) = review_round.assignments
            assert (assignment.reviewer, assignment.role) == ("Trần Thị Linh", "legal_reviewer")
            assert assignment.due_date == DEMO_TODAY + dt.timedelta(days=5)
            decided = {Status.IN_REVIEW: None, Status.CHANGES_REQUESTED: "changes_requested"}.get(status, "approved")
            assert assignment.decision == decided, detail.number


def test_changes_are_requested_with_a_comment_on_the_line_they_concern(demo_db: Database) -> None:
    (detail,) = _details(demo_db)[Status.CHANGES_REQUESTED]
    comments = detail.rounds[0].assignments[0].comments
    assert [c.section for c in comments] == ["general", "line:1"] and all(c.text for c in comments)
    assert [(r.reviewer, r.decision) for r in detail.reviews] == [("Trần Thị Linh", "changes_requested")]
    assert detail.reviews[0].comment


def test_signed_agreements_carry_both_parties_signatures_recorded_by_different_people(demo_db: Database) -> None:
    signed = [d for status, details in _details(demo_db).items() if status in SIGNED_STATES for d in details]
    assert {d.status for d in signed} == SIGNED_STATES and len(signed) == 6
    for detail in signed:
        by_party = {s.party: s for s in detail.signatures}
        assert (by_party["provider"].name, by_party["provider"].title) == ("Anna Lindqvist", ACCOUNT_MANAGER[detail.language])
        assert (by_party["customer"].name, by_party["customer"].title) == (detail.contact_name, detail.contact_title)
        assert detail.content_sha256 and len(detail.content_sha256) == 64
        events = _events(demo_db, detail.number)
        assert ("agreement.sign", "anna") in events and ("agreement.sign", "sofia") in events
        assert ("agreement.approve", "linh") in events
    assert all(not d.signatures and d.content_sha256 is None
               for status, details in _details(demo_db).items() if status not in SIGNED_STATES for d in details)


def test_the_active_and_terminated_agreements_went_through_signing_first(demo_db: Database) -> None:
    details = _details(demo_db)
    assert len(details[Status.ACTIVE]) == 3  # one running, one ended by notice, one expired
    for active in details[Status.ACTIVE]:
        steps = [a for a, _ in _events(demo_db, active.number) if a not in ("agreement.renew", "agreement.notice")]
        assert steps[-1] == "agreement.activate" and steps.index("agreement.sign") < steps.index("agreement.activate")
    (ended,) = details[Status.TERMINATED]
    ended_events = [a for a, _ in _events(demo_db, ended.number)]
    assert ended_events.index("agreement.activate") < ended_events.index("agreement.terminate") == len(ended_events) - 1
    (approved,) = details[Status.APPROVED]
    assert "agreement.sign" not in [a for a, _ in _events(demo_db, approved.number)]


# The requirements examples


def test_a_vip_customer_has_its_own_level_and_a_negotiated_price_sent_for_approval(demo_db: Database) -> None:
    desk = next(s for s in catalogue.list_services(demo_db) if s.code == "SD")
    (vip,) = [level for level in desk.levels if level.vip]
    first = customers.find_customer(demo_db, demo.CUSTOMERS[0][0])
    assert first is not None and vip.customer_id == first.id
    gold = next(level for level in desk.levels if level.name == "Gold")
    assert vip.monthly_fee > gold.monthly_fee
    assert all(v.response_minutes <= g.response_minutes for v, g in zip(vip.targets, gold.targets))
    assert vip.targets[0].response_minutes < gold.targets[0].response_minutes and vip.commitments
    sent = [d for d in requirements.list_documents(demo_db) if d.status == "sent"]
    (summary,) = sent
    view = requirements.get_requirements(demo_db, summary.id)
    quote = requirements.quote(demo_db, summary.id)
    assert view.customer_id == first.id and view.tax_rate_pct == Decimal("25") and quote.complete
    chosen = quote.lines[0].chosen
    assert chosen is not None and chosen.level_id == vip.id
    assert chosen.price.override is not None and chosen.price.override < chosen.price.list_total
    assert chosen.price.override_reason
    assert view.items[0].priority_notes and view.items[0].csat_target_pct and view.items[0].effort_target


def test_a_request_the_catalogue_cannot_meet_is_traced_as_technical_and_commercial(demo_db: Database) -> None:
    drafts = [requirements.quote(demo_db, d.id) for d in requirements.list_documents(demo_db)]
    (traced,) = [q for q in drafts if any(line.infeasible_kind for line in q.lines)]
    assert [(line.state, line.infeasible_kind) for line in traced.lines] == [
        ("infeasible", "technical"), ("infeasible", "commercial"), ("traced", None)
    ]
    assert traced.lines[1].service_id is None and all(line.infeasible_reason for line in traced.lines[:2])
    assert traced.tax_rate_pct == Decimal("25")


def test_every_agreement_was_drafted_from_a_priced_requirements_document(demo_db: Database) -> None:
    for row in register.list_agreements(demo_db):
        document_id = agreements.requirements_document_of(demo_db, row.number)
        assert document_id is not None
        quote = requirements.quote(demo_db, document_id)
        assert quote.complete and quote.totals.subtotal == row.monthly_total > 0


# Made once, through the use cases


def test_the_audit_trail_of_the_demo_is_intact(demo_db: Database) -> None:
    report = audit.check_log(demo_db)
    assert report.problem is None and report.events > 50


def test_loading_the_demo_again_adds_nothing(demo_db: Database) -> None:
    before = len(register.list_agreements(demo_db)), len(customers.list_customers(demo_db))
    assert demo.load_demo(demo_db, today=DEMO_TODAY) == demo.DemoResult(created=False, agreements=0)
    assert (len(register.list_agreements(demo_db)), len(customers.list_customers(demo_db))) == before


def test_a_new_database_gets_the_demo_dated_from_today(db: Database) -> None:
    result = demo.load_demo(db, today=dt.date(2031, 6, 15), monitoring=False)
    assert result == demo.DemoResult(created=True, agreements=10)
    starts = {row.number: row.start_date for row in register.list_agreements(db)}
    assert starts["SLA-2029-0001"] == dt.date(2029, 3, 1) and starts["SLA-2031-0004"] == dt.date(2031, 4, 1)
    assert starts["SLA-2031-0001"] == dt.date(2028, 12, 1)  # renewed by itself once by 15 June 2031
    with db.read() as session:
        mark = session.get(Setting, demo.DEMO_MARK)
    assert mark is not None and dt.datetime.fromisoformat(mark.value).tzinfo is not None


def test_a_database_with_the_demo_made_before_the_mark_existed_is_left_alone(db: Database) -> None:
    name, country, language, contact, title, email = demo.CUSTOMERS[0]
    customers.create_customer(db, users.get_actor(db), name=name, country=country, language=language,
                              contact_name=contact, contact_title=title, contact_email=email)
    assert demo.load_demo(db) == demo.DemoResult(created=False, agreements=0)
    assert register.list_agreements(db) == [] and catalogue.list_services(db) == []


def test_two_processes_loading_the_demo_make_it_once(tmp_path: Path, db: Database) -> None:
    import os
    import subprocess
    import sys

    code = (
        "import datetime as dt, sys\n"
        "from slamdesk.core import demo\n"
        "from slamdesk.core.db import Database\n"
        "print(demo.load_demo(Database.open(sys.argv[1]), today=dt.date(2026, 11, 23)).created)\n"
    )
    runs = [subprocess.Popen([sys.executable, "-c", code, str(db.target)], stdout=subprocess.PIPE, text=True,
                             env=dict(os.environ)) for _ in range(2)]
    outputs = sorted(run.communicate(timeout=60)[0].strip() for run in runs)
    assert outputs == ["False", "True"]
    assert len(register.list_agreements(db)) == len(demo.AGREEMENTS)


@pytest.mark.sqlite_only  # the demo's own default, not the backend: one run is enough
def test_the_demo_brings_its_tickets_and_outages_unless_told_not_to(db: Database) -> None:
    from sqlalchemy import func

    from slamdesk.models import Outage, Ticket

    assert demo.load_demo(db, today=DEMO_TODAY).created
    with db.read() as session:
        tickets = session.scalar(select(func.count()).select_from(Ticket))
        outages = session.scalar(select(func.count()).select_from(Outage))
    assert tickets and tickets > 100 and outages  # a year of them for the signed agreements: the monitoring window's


def test_the_demo_goes_into_a_register_with_customers_of_its_own_and_the_bakery_gives_its_reason(db: Database) -> None:
    from slamdesk.models import AgreementTermEvent

    customers.create_customer(db, users.get_actor(db), name="Eget kundföretag AB", country="SE", language="sv",
                              contact_name="Eva Eriksson", contact_title="Inköpare", contact_email="eva@example.se")
    assert demo.load_demo(db, today=DEMO_TODAY, monitoring=False).created  # only the demo's own first customer says no
    with db.read() as session:
        details = session.scalars(select(AgreementTermEvent.detail).where(AgreementTermEvent.kind == "notice")).all()
    assert details == ["Пекарня переходить на власну ІТ-службу."]  # the Lviv bakery's notice, in its words
