"""Effective terms (``core.structure_terms``): which agreement wins, which line, and what each term says."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from slamdesk.core import agreements, catalogue, customers, requirements, structure, users
from slamdesk.core.catalogue import LevelInput
from slamdesk.core.db import Database
from slamdesk.core.errors import NotFoundError, ValidationError
from slamdesk.core.requirements import RequirementInput
from slamdesk.core.roles import Actor, Role
from slamdesk.core.structure import EffectiveTerm
from tests.raw import raw

from .test_structure import CUSTOMER, END, GROUP, LEVELS, SERVICE, SITE, Builder

VAXJO = "Växjö Bostäder AB"


@pytest.fixture
def rep(db: Database) -> Actor:
    return users.ensure_user(db, "anna", "Anna Lindqvist", Role.REPRESENTATIVE)


def _multi_site(build: Builder, customer_name: str, title: str, lines: list[tuple[str, str]]) -> str:
    """A customer SLA for the network service with one line per (site, level), in that order."""
    customer = customers.find_customer(build.db, customer_name) or customers.create_customer(
        build.db, build.rep, name=customer_name, country="SE", language="sv", contact_name="Åsa Öberg"
    )
    document = requirements.create_requirements(
        build.db, build.rep, customer_id=customer.id,
        requirements=[RequirementInput(build.service.id, site, LEVELS[level][0], ("P1",), sites=1) for site, level in lines],
    )
    choices = {item.id: build.levels[level] for item, (_, level) in zip(document.items, lines, strict=True)}
    requirements.choose_levels(build.db, build.rep, document.id, choices, row_version=document.row_version)
    return agreements.create_draft(
        build.db, build.rep, requirements_document_id=document.id, title=title,
        start_date=dt.date(2027, 1, 1), end_date=END,
    )


def _availability(db: Database, customer: str, **where: str) -> tuple[str, str]:
    (term,) = [t for t in structure.effective_terms(db, customer, SERVICE, **where) if t.key == "availability"]
    return term.text, term.number


# ----------------------------------------------------------- what applies


def test_a_terminated_agreement_never_applies(demo_db: Database) -> None:
    # Växjö's only Service desk agreement (SLA-2024-0001) is terminated; its other one has no Service desk.
    with pytest.raises(NotFoundError) as caught:
        structure.effective_terms(demo_db, VAXJO, "Service desk")
    assert str(caught.value) == f"{VAXJO} has no agreement that covers Service desk"
    printers = structure.effective_terms(demo_db, VAXJO, "On-site printer and hardware support")
    assert {(t.number, t.level) for t in printers} == {("SLA-2026-0005", "standalone")}


def test_the_terms_of_a_terminated_parent_are_skipped(demo_db: Database, people: dict[str, Actor]) -> None:
    structure.set_parent(demo_db, people["anna"], "SLA-2026-0005", "SLA-2024-0001")
    with pytest.raises(NotFoundError, match="has no agreement that covers Service desk"):
        structure.effective_terms(demo_db, VAXJO, "Service desk")
    printers = structure.effective_terms(demo_db, VAXJO, "On-site printer and hardware support")
    # Still the customer level below its (terminated) corporate agreement, not standalone.
    assert {(t.number, t.level, t.level_label) for t in printers} == {("SLA-2026-0005", "customer", "Customer level")}


def test_an_unknown_customer_is_named(demo_db: Database) -> None:
    with pytest.raises(NotFoundError) as caught:
        structure.effective_terms(demo_db, "Nobody AB", "Service desk")
    assert str(caught.value) == "no customer 'Nobody AB'"
    with pytest.raises(NotFoundError) as caught:
        structure.effective_terms(demo_db, 999, "Service desk")
    assert str(caught.value) == "no customer '999'"


def test_a_customer_is_found_by_its_exact_or_its_folded_name(demo_db: Database) -> None:
    kyiv = "ТОВ «Київські мережі»"
    exact = structure.effective_terms(demo_db, kyiv, "Network monitoring")
    assert {t.number for t in exact} == {"SLA-2026-0004"}
    assert structure.effective_terms(demo_db, f"  {kyiv.lower()} ", "NETWORK MONITORING") == exact
    fjallbacka = structure.effective_terms(demo_db, "Fjällbacka Rederi AB", "Network monitoring")
    assert {t.number for t in fjallbacka} == {"SLA-2026-0001"}


@pytest.mark.parametrize(("argument", "label"), [("customer", "the customer name"), ("service", "the service"),
                                                 ("site", "the site")])
def test_a_hostile_lookup_is_refused_next_to_its_field(demo_db: Database, argument: str, label: str) -> None:
    values = {"customer": VAXJO, "service": "Service desk", "site": "Växjö"}
    values[argument] = "x" * 5000
    with pytest.raises(ValidationError) as caught:
        structure.effective_terms(demo_db, values["customer"], values["service"], site=values["site"])
    assert caught.value.field == argument
    assert str(caught.value) == f"{label} can be at most 200 characters (this one has 5,000)"


# ------------------------------------------------------------ which wins


def test_the_deepest_agreement_wins_even_when_it_starts_earlier(db: Database, rep: Actor) -> None:
    build = Builder(db, rep)
    corporate = build.agreement(GROUP, "Group network terms", "Corporate", ("P1",), site="All offices")
    customer = build.agreement(CUSTOMER, "Fjällbacka network", "Customer", ("P1",), start=dt.date(2027, 6, 1))
    service = build.agreement(CUSTOMER, "Harbour WAN", "Gold", ("P1",), start=dt.date(2027, 2, 1))
    structure.set_parent(db, rep, customer, corporate)
    structure.set_parent(db, rep, service, customer)
    assert _availability(db, CUSTOMER) == ("99.95 %", service)


def test_an_agreement_with_its_own_line_wins_over_one_that_inherits_it(db: Database, rep: Actor) -> None:
    build = Builder(db, rep)
    corporate = build.agreement(GROUP, "Group network terms", "Corporate", ("P1",), site="All offices")
    own = build.agreement(CUSTOMER, "Fjällbacka network", "Gold", ("P1",), start=dt.date(2027, 1, 1))
    other = _other_service_agreement(build, CUSTOMER, start=dt.date(2027, 6, 1))
    structure.set_parent(db, rep, own, corporate)
    structure.set_parent(db, rep, other, corporate)
    assert _availability(db, CUSTOMER) == ("99.95 %", own)


def test_an_inherited_line_comes_with_the_agreement_s_own_dates(db: Database, rep: Actor) -> None:
    build = Builder(db, rep)
    corporate = build.agreement(GROUP, "Group network terms", "Corporate", ("P1", "P2"), site="All offices")
    other = _other_service_agreement(build, CUSTOMER, start=dt.date(2027, 6, 1))
    structure.set_parent(db, rep, other, corporate)
    terms = structure.effective_terms(db, CUSTOMER, SERVICE)
    assert [(t.key, t.text, t.number, t.level) for t in terms] == [
        ("availability", "99.5 %", corporate, "corporate"),
        ("coverage", "24x7", corporate, "corporate"),
        ("P1.response", "1 h", corporate, "corporate"),
        ("P1.resolution", "4 h", corporate, "corporate"),
        ("P2.response", "2 h", corporate, "corporate"),
        ("P2.resolution", "8 h", corporate, "corporate"),
        ("monthly_price", "€100.00", corporate, "corporate"),
        ("start_date", "2027-06-01", other, "customer"),
        ("end_date", "2029-12-31", other, "customer"),
    ]


def _other_service_agreement(build: Builder, customer_name: str, *, start: dt.date) -> str:
    """An agreement of ``customer_name`` whose only line is another service than the network."""
    dns = next((s for s in catalogue.list_services(build.db) if s.code == "DNS"), None) or catalogue.add_service(
        build.db, build.rep, code="DNS", name="Name service", description="Names for the customer's hosts.",
        levels=[LevelInput(name="Basic", monthly_fee=Decimal("10"), currency="EUR", coverage="24x7",
                           availability_pct=Decimal("99"), targets={"P1": (60, 240)}, business_hours=False, unit="site")],
    )
    customer = customers.find_customer(build.db, customer_name) or customers.create_customer(
        build.db, build.rep, name=customer_name, country="SE", language="sv", contact_name="Åsa Öberg"
    )
    document = requirements.create_requirements(
        build.db, build.rep, customer_id=customer.id,
        requirements=[RequirementInput(dns.id, SITE, "24x7", ("P1",), sites=1)],
    )
    requirements.choose_levels(build.db, build.rep, document.id, {document.items[0].id: dns.levels[0].id},
                               row_version=document.row_version)
    return agreements.create_draft(
        build.db, build.rep, requirements_document_id=document.id, title="Names", start_date=start, end_date=END,
    )


def test_among_equals_the_latest_start_wins_then_the_newest(db: Database, rep: Actor) -> None:
    build = Builder(db, rep)
    later = build.agreement(CUSTOMER, "Harbour WAN", "Gold", ("P1",), start=dt.date(2027, 6, 1))
    earlier = build.agreement(CUSTOMER, "Fjällbacka network", "Customer", ("P1",), start=dt.date(2027, 2, 1))
    assert _availability(db, CUSTOMER) == ("99.95 %", later)
    assert earlier != later
    newest = build.agreement(CUSTOMER, "Harbour WAN, renewed", "Team strict", ("P1",), start=dt.date(2027, 6, 1))
    assert _availability(db, CUSTOMER) == ("99.99 %", newest)


def test_the_line_at_the_site_asked_for_wins_else_the_first(db: Database, rep: Actor) -> None:
    build = Builder(db, rep)
    number = _multi_site(build, CUSTOMER, "Two harbours", [(SITE, "Customer"), ("Strömstad", "Gold")])
    assert _availability(db, CUSTOMER) == ("99.9 %", number)
    assert _availability(db, CUSTOMER, site="strömstad ") == ("99.95 %", number)
    assert _availability(db, CUSTOMER, site=SITE) == ("99.9 %", number)
    assert _availability(db, CUSTOMER, site="Göteborg") == ("99.9 %", number)  # no line there: the first


# ------------------------------------------------------------ what each term says


def test_each_term_has_its_label_its_value_and_its_text(db: Database, rep: Actor) -> None:
    build = Builder(db, rep)
    number = build.agreement(CUSTOMER, "Harbour WAN", "Gold", ("P1", "P2"), start=dt.date(2027, 3, 1))
    terms = structure.effective_terms(db, CUSTOMER, SERVICE)
    assert [(t.key, t.label, t.value, t.text) for t in terms] == [
        ("availability", "Availability", Decimal("99.95"), "99.95 %"),
        ("coverage", "Coverage", "24x7", "24x7"),
        ("P1.response", "P1 Critical response", 15, "15 min"),
        ("P1.resolution", "P1 Critical resolution", 60, "1 h"),
        ("P2.response", "P2 High response", 30, "30 min"),
        ("P2.resolution", "P2 High resolution", 120, "2 h"),
        ("monthly_price", "Monthly price", Decimal("300.00"), "€300.00"),
        ("start_date", "Start", dt.date(2027, 3, 1), "2027-03-01"),
        ("end_date", "End", END, "2029-12-31"),
    ]
    assert {(t.number, t.level, t.level_label) for t in terms} == {(number, "standalone", "Standalone")}


def test_a_level_without_a_label_reads_as_itself() -> None:
    term = EffectiveTerm("coverage", "Coverage", "24x7", "24x7", "SLA-2027-0001", "regional")
    assert term.level_label == "regional"


def test_business_hours_targets_say_so(db: Database, rep: Actor) -> None:
    Builder(db, rep).agreement(CUSTOMER, "Office support", "Office hours", ("P1",))
    texts = {t.key: t.text for t in structure.effective_terms(db, CUSTOMER, SERVICE)}
    assert (texts["P1.response"], texts["P1.resolution"], texts["coverage"]) == (
        "15 min (business hours)", "1 h (business hours)", "Mon-Fri 08:00-17:00"
    )


def test_a_priority_slamdesk_does_not_know_is_listed_after_the_known_ones(db: Database, rep: Actor) -> None:
    number = Builder(db, rep).agreement(CUSTOMER, "Harbour WAN", "Customer", ("P1", "P2"))
    with raw(db) as connection:
        connection.execute(
            "UPDATE agreement_line SET targets = :targets WHERE version_id IN (SELECT v.id FROM agreement_version v "
            "JOIN agreement a ON a.id = v.agreement_id WHERE a.number = :number)",
            {"targets": json.dumps([["P9", 600, 1200, False], ["P1", 30, 120, False], ["P2", 60, 240, False]]),
             "number": number},
        )
    terms = structure.effective_terms(db, CUSTOMER, SERVICE)
    assert [(t.key, t.label, t.text) for t in terms if "." in t.key] == [
        ("P1.response", "P1 Critical response", "30 min"), ("P1.resolution", "P1 Critical resolution", "2 h"),
        ("P2.response", "P2 High response", "1 h"), ("P2.resolution", "P2 High resolution", "4 h"),
        ("P9.response", "P9 response", "10 h"), ("P9.resolution", "P9 resolution", "20 h"),
    ]
