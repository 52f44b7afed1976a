"""Multi-level agreements, supporting OLAs and UCs, the consistency check and effective terms."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal

import pytest
from sqlalchemy import select

from slamdesk.core import agreements, catalogue, customers, requirements, structure, users
from slamdesk.core.audit import verify_chain
from slamdesk.core.catalogue import LevelInput
from slamdesk.core.db import Database
from slamdesk.core.errors import NotFoundError, PermissionDenied, ValidationError
from slamdesk.core.requirements import RequirementInput
from slamdesk.core.roles import Actor, Role
from slamdesk.core.structure import ConsistencyWarning, EffectiveTerm
from slamdesk.models import AuditEvent

SERVICE = "Wide-area network"
SITE = "Fjällbacka hamn"
CUSTOMER = "Fjällbacka Rederi AB"
GROUP = "Nordvik Group AB"
START, END = dt.date(2027, 1, 1), dt.date(2029, 12, 31)

# name: (coverage, availability, monthly fee per site, targets, business hours)
LEVELS: dict[str, tuple[str, str, str, dict[str, tuple[int, int]], bool]] = {
    "Corporate": ("24x7", "99.5", "100", {"P1": (60, 240), "P2": (120, 480), "P3": (480, 2400)}, False),
    "Customer": ("24x7", "99.9", "200", {"P1": (30, 120), "P2": (60, 240), "P3": (240, 960)}, False),
    "Gold": ("24x7", "99.95", "300", {"P1": (15, 60), "P2": (30, 120), "P3": (120, 480)}, False),
    "Team standard": ("24x7", "99.95", "80", {"P1": (30, 60), "P2": (30, 120)}, False),
    "Team strict": ("24x7", "99.99", "120", {"P1": (10, 45), "P2": (20, 90), "P3": (60, 240)}, False),
    "Office hours": ("Mon-Fri 08:00-17:00", "99.95", "60", {"P1": (15, 60), "P2": (30, 120)}, True),
}


@dataclass(frozen=True)
class Structure:
    """Corporate > customer > service for one customer, and what supports them.

    ``loose_ola`` backs the service-level SLA with a 30 min P1 response against
    its 15 min; ``partial_ola`` backs the customer-level SLA without a P2 target;
    ``uc`` backs the service-level SLA and is stricter everywhere.
    """

    corporate: str
    customer: str
    service: str
    loose_ola: str
    partial_ola: str
    uc: str
    service_id: int


class Builder:
    def __init__(self, db: Database, rep: Actor) -> None:
        self.db, self.rep = db, rep
        found = next((s for s in catalogue.list_services(db) if s.code == "WAN"), None)
        self.service = found or catalogue.add_service(
            db, rep, code="WAN", name=SERVICE, description="Links between a customer's sites.",
            levels=[
                LevelInput(
                    name=name, monthly_fee=Decimal(fee), currency="EUR", coverage=coverage,
                    availability_pct=Decimal(availability), targets=targets, business_hours=business, unit="site",
                )
                for name, (coverage, availability, fee, targets, business) in LEVELS.items()
            ],
        )
        self.levels = {level.name: level.id for level in self.service.levels}

    def agreement(
        self,
        customer_name: str,
        title: str,
        level: str,
        priorities: tuple[str, ...],
        *,
        kind: str = "customer_sla",
        site: str = SITE,
        start: dt.date = START,
    ) -> str:
        customer = customers.find_customer(self.db, customer_name) or customers.create_customer(
            self.db, self.rep, name=customer_name, country="SE", language="sv", contact_name="Åsa Öberg"
        )
        coverage = LEVELS[level][0]
        document = requirements.create_requirements(
            self.db, self.rep, customer_id=customer.id,
            requirements=[RequirementInput(self.service.id, site, coverage, priorities, sites=1)],
        )
        requirements.choose_levels(self.db, self.rep, document.id, {document.items[0].id: self.levels[level]},
                                   row_version=document.row_version)
        return agreements.create_draft(
            self.db, self.rep, requirements_document_id=document.id, title=title,
            start_date=start, end_date=END, kind=kind,
        )


def build_structure(db: Database, rep: Actor) -> Structure:
    """The structure the tests (core and UI) look at, built through the use cases."""
    build = Builder(db, rep)
    corporate = build.agreement(GROUP, "Group network terms", "Corporate", ("P1", "P2", "P3"), site="All offices")
    customer = build.agreement(CUSTOMER, "Fjällbacka network", "Customer", ("P1", "P2"))
    service = build.agreement(CUSTOMER, "Harbour WAN", "Gold", ("P1",), start=dt.date(2027, 3, 1))
    loose = build.agreement("Network team", "Network team", "Team standard", ("P1",), kind="ola")
    partial = build.agreement("Service desk team", "Service desk team", "Team strict", ("P1",), kind="ola")
    uc = build.agreement("Telia Carrier AB", "Carrier links", "Team strict", ("P1",), kind="underpinning_contract")
    structure.set_parent(db, rep, customer, corporate)
    structure.set_parent(db, rep, service, customer)
    structure.link_supporting(db, rep, loose, service)
    structure.link_supporting(db, rep, partial, customer)
    structure.link_supporting(db, rep, uc, service)
    return Structure(corporate, customer, service, loose, partial, uc, build.service.id)


def prepare_structure(db: Database) -> Structure:
    """Built once per run and backend; each test that asks for ``built`` starts from a copy (tests/conftest.py)."""
    return build_structure(db, users.ensure_user(db, "anna", "Anna Lindqvist", Role.REPRESENTATIVE))


pytestmark = pytest.mark.prepared(build=prepare_structure)


@pytest.fixture
def rep(db: Database) -> Actor:
    return users.ensure_user(db, "anna", "Anna Lindqvist", Role.REPRESENTATIVE)


@pytest.fixture
def built(prepared: Structure) -> Structure:
    return prepared


def _events(db: Database, action: str) -> list[dict[str, object]]:
    with db.read() as session:
        details = session.scalars(select(AuditEvent.detail).where(AuditEvent.action == action).order_by(AuditEvent.id))
        return [json.loads(detail) for detail in details]


# ------------------------------------------------------------------ levels


def test_levels_follow_depth_and_supporting_agreements_hang_under_what_they_back(
    db: Database, built: Structure
) -> None:
    tree = structure.structure_tree(db, built.service)
    assert tree.focus == built.service
    corporate = tree.root
    assert (corporate.number, corporate.level, corporate.customer_name) == (built.corporate, "corporate", GROUP)
    (customer,) = corporate.children
    assert (customer.number, customer.level, customer.customer_name) == (built.customer, "customer", CUSTOMER)
    assert [s.number for s in customer.supporting] == [built.partial_ola]
    (service,) = customer.children
    assert (service.number, service.level, service.children) == (built.service, "service", ())
    assert [(s.number, s.kind, s.level) for s in service.supporting] == [
        (built.loose_ola, "ola", "supporting"), (built.uc, "underpinning_contract", "supporting")
    ]
    assert service.status.value == "draft" and service.kind_label == "Customer SLA"
    assert [n.number for n in tree.nodes()] == [
        built.corporate, built.customer, built.partial_ola, built.service, built.loose_ola, built.uc
    ]


def test_the_tree_of_an_ola_is_the_tree_of_the_sla_it_supports(db: Database, built: Structure) -> None:
    tree = structure.structure_tree(db, built.loose_ola)
    assert tree.focus == built.loose_ola and tree.root.number == built.corporate
    assert tree.find(built.loose_ola) is not None
    corporate_tree = structure.structure_tree(db, built.corporate)
    assert [n.number for n in corporate_tree.nodes()] == [n.number for n in tree.nodes()]


def test_a_loop_is_refused(db: Database, rep: Actor, built: Structure) -> None:
    for number, parent, words in (
        (built.corporate, built.service, "loop"),
        (built.customer, built.service, "loop"),
        (built.corporate, built.corporate, "under itself"),
    ):
        with pytest.raises(ValidationError, match=words) as caught:
            structure.set_parent(db, rep, number, parent)
        assert caught.value.field == "parent"
    assert structure.structure_tree(db, built.service).root.number == built.corporate


def test_a_fourth_level_is_refused(db: Database, rep: Actor, built: Structure) -> None:
    build = Builder(db, rep)
    extra = build.agreement(CUSTOMER, "Harbour WAN, night shift", "Gold", ("P1",))
    with pytest.raises(ValidationError, match="4 levels") as caught:
        structure.set_parent(db, rep, extra, built.service)
    assert caught.value.field == "parent"
    holding = build.agreement(GROUP, "Holding terms", "Corporate", ("P1",))
    with pytest.raises(ValidationError, match="4 levels"):  # the whole corporate tree one level down
        structure.set_parent(db, rep, built.corporate, holding)
    structure.set_parent(db, rep, extra, built.customer)  # a second service-level agreement is fine
    assert structure.structure_tree(db, extra).find(extra).level == "service"  # type: ignore[union-attr]


def test_only_a_corporate_agreement_holds_other_customers(db: Database, rep: Actor, built: Structure) -> None:
    build = Builder(db, rep)
    vaxjo = build.agreement("Växjö Bostäder AB", "Växjö network", "Customer", ("P1",), site="Växjö")
    with pytest.raises(ValidationError, match="Only a corporate agreement") as caught:
        structure.set_parent(db, rep, vaxjo, built.customer)
    assert caught.value.field == "parent"
    structure.set_parent(db, rep, vaxjo, built.corporate)
    assert structure.structure_tree(db, vaxjo).find(vaxjo).level == "customer"  # type: ignore[union-attr]

    # A second group agreement holding Växjö cannot itself become customer level of the group.
    holding = build.agreement(GROUP, "Regional terms", "Corporate", ("P1",))
    structure.set_parent(db, rep, vaxjo, holding)
    with pytest.raises(ValidationError, match="belongs to Växjö Bostäder AB") as caught:
        structure.set_parent(db, rep, holding, built.corporate)
    assert caught.value.field == "parent"


def test_taking_an_agreement_out_makes_it_standalone(db: Database, rep: Actor, built: Structure) -> None:
    structure.set_parent(db, rep, built.service, None)
    tree = structure.structure_tree(db, built.service)
    assert (tree.root.number, tree.root.level) == (built.service, "standalone")
    assert [s.number for s in tree.root.supporting] == [built.loose_ola, built.uc]
    # The customer-level agreement is now the corporate one's only leaf.
    assert structure.structure_tree(db, built.customer).find(built.customer).level == "customer"  # type: ignore[union-attr]


def test_olas_and_ucs_are_not_placed_in_the_levels(db: Database, rep: Actor, built: Structure) -> None:
    for number, parent in ((built.loose_ola, built.corporate), (built.customer, built.uc)):
        with pytest.raises(ValidationError) as caught:
            structure.set_parent(db, rep, number, parent)
        assert caught.value.field == "parent"


# --------------------------------------------------------------- supporting


def test_only_olas_and_ucs_support_and_only_slas_are_supported(db: Database, rep: Actor, built: Structure) -> None:
    for number, target in (
        (built.service, built.customer),  # a customer SLA cannot support
        (built.loose_ola, built.partial_ola),  # an OLA cannot be supported
        (built.loose_ola, built.uc),
    ):
        with pytest.raises(ValidationError) as caught:
            structure.link_supporting(db, rep, number, target)
        assert caught.value.field == "supports"
    internal = Builder(db, rep).agreement("Network team", "Network team SLA", "Team strict", ("P1",), kind="internal_sla")
    structure.link_supporting(db, rep, built.uc, internal)
    assert [s.number for s in structure.structure_tree(db, internal).root.supporting] == [built.uc]
    structure.link_supporting(db, rep, built.uc, None)
    assert structure.consistency_check(db, built.uc) == []
    assert structure.structure_tree(db, built.uc).root.number == built.uc


def test_only_representatives_and_administrators_change_the_structure(
    db: Database, rep: Actor, built: Structure
) -> None:
    reviewer = users.ensure_user(db, "linh", "Trần Thị Linh", Role.LEGAL_REVIEWER)
    with pytest.raises(PermissionDenied):
        structure.set_parent(db, reviewer, built.service, None)
    with pytest.raises(PermissionDenied):
        structure.link_supporting(db, reviewer, built.loose_ola, None)
    admin = users.get_actor(db)
    structure.link_supporting(db, admin, built.loose_ola, None)
    with pytest.raises(NotFoundError):
        structure.set_parent(db, rep, "SLA-1999-0001", None)


def test_every_change_is_audited_and_a_no_op_is_not(db: Database, rep: Actor, built: Structure) -> None:
    assert _events(db, "agreement.set_parent") == [
        {"number": built.customer, "parent": built.corporate, "previous": None, "level": "customer"},
        {"number": built.service, "parent": built.customer, "previous": None, "level": "service"},
    ]
    assert _events(db, "agreement.link_supporting") == [
        {"number": built.loose_ola, "supports": built.service, "previous": None},
        {"number": built.partial_ola, "supports": built.customer, "previous": None},
        {"number": built.uc, "supports": built.service, "previous": None},
    ]
    structure.set_parent(db, rep, built.service, built.customer)  # no change, no event
    structure.link_supporting(db, rep, built.uc, built.service)
    assert len(_events(db, "agreement.set_parent")) == 2 and len(_events(db, "agreement.link_supporting")) == 3
    structure.link_supporting(db, rep, built.uc, built.customer)
    structure.set_parent(db, rep, built.service, None)
    assert _events(db, "agreement.link_supporting")[-1] == {
        "number": built.uc, "supports": built.customer, "previous": built.service
    }
    assert _events(db, "agreement.set_parent")[-1] == {
        "number": built.service, "parent": None, "previous": built.customer, "level": "standalone"
    }
    with db.read() as session:
        assert verify_chain(session).intact


# -------------------------------------------------------------- consistency


def test_a_looser_p1_response_is_a_warning_naming_both_agreements(db: Database, built: Structure) -> None:
    expected = ConsistencyWarning(
        backed_number=built.service,
        supporting_number=built.loose_ola,
        supporting_kind="ola",
        service_name=SERVICE,
        site=SITE,
        measure="response",
        priority="P1",
        supporting_value="30 min",
        backed_value="15 min",
        message=f"OLA {built.loose_ola} (Network team) P1 response 30 min for {SERVICE} at {SITE} "
        f"is looser than {built.service}'s 15 min",
    )
    assert structure.consistency_check(db, built.service) == [expected]
    assert structure.consistency_check(db, built.loose_ola) == [expected]  # from the supporting side


def test_a_priority_without_a_supporting_target_is_a_warning(db: Database, built: Structure) -> None:
    (warning,) = structure.consistency_check(db, built.customer)
    assert (warning.measure, warning.priority, warning.supporting_number) == ("missing_priority", "P2", built.partial_ola)
    assert warning.message == (
        f"OLA {built.partial_ola} (Service desk team) has no P2 target for {SERVICE} at {SITE}; "
        f"{built.customer} commits to P2 response 1 h, resolution 4 h"
    )
    assert structure.consistency_check(db, built.partial_ola) == [warning]


def test_consistent_supporting_agreements_give_no_warning(db: Database, rep: Actor, built: Structure) -> None:
    assert structure.consistency_check(db, built.uc) == []
    assert structure.consistency_check(db, built.corporate) == []  # nothing supports it
    ola = Builder(db, rep).agreement("Network team", "Network team, core", "Team strict", ("P1",), kind="ola")
    structure.link_supporting(db, rep, ola, built.service)
    assert structure.consistency_check(db, ola) == []
    elsewhere = Builder(db, rep).agreement(
        "Network team", "Network team, Göteborg", "Team standard", ("P1",), kind="ola", site="Göteborg"
    )
    structure.link_supporting(db, rep, elsewhere, built.service)
    assert structure.consistency_check(db, elsewhere) == []  # another site: not compared


def test_lower_availability_and_fewer_hours_are_warnings(db: Database, rep: Actor, built: Structure) -> None:
    office = Builder(db, rep).agreement("Network team", "Office support", "Office hours", ("P1",), kind="ola")
    structure.link_supporting(db, rep, office, built.service)
    loose = Builder(db, rep).agreement("Network team", "Corporate network", "Corporate", ("P1",), kind="ola")
    structure.link_supporting(db, rep, loose, built.customer)
    office_warnings = [(w.measure, w.priority, w.supporting_value, w.backed_value) for w in
                       structure.consistency_check(db, office)]
    # The same 15 min and 1 h counted in business hours are looser than calendar ones.
    assert office_warnings == [
        ("coverage", "", "Mon-Fri 08:00-17:00", "24x7"),
        ("response", "P1", "15 min (business hours)", "15 min"),
        ("resolution", "P1", "1 h (business hours)", "1 h"),
    ]
    assert [w.message for w in structure.consistency_check(db, loose)] == [
        f"OLA {loose} (Corporate network) availability 99.5 % for {SERVICE} at {SITE} is lower than "
        f"{built.customer}'s 99.9 %",
        f"OLA {loose} (Corporate network) P1 response 1 h for {SERVICE} at {SITE} is looser than "
        f"{built.customer}'s 30 min",
        f"OLA {loose} (Corporate network) P1 resolution 4 h for {SERVICE} at {SITE} is looser than "
        f"{built.customer}'s 2 h",
        f"OLA {loose} (Corporate network) has no P2 target for {SERVICE} at {SITE}; "
        f"{built.customer} commits to P2 response 1 h, resolution 4 h",
    ]
    everything = structure.check_structure(db, built.corporate)
    assert [w.supporting_number for w in everything] == [built.partial_ola] + [loose] * 4 + [built.loose_ola] + [office] * 3


@pytest.mark.parametrize(
    ("supporting", "supporting_business", "backed", "backed_business", "looser"),
    [
        (30, False, 15, False, True),
        (15, False, 15, False, False),
        (10, False, 15, False, False),
        (15, True, 15, False, True),  # business hours stop at night: the same count is looser
        (14, True, 15, False, False),
        (15, False, 15, True, False),
        (16, False, 15, True, True),
        (16, True, 15, True, True),
    ],
)
def test_business_hours_against_calendar_hours(
    supporting: int, supporting_business: bool, backed: int, backed_business: bool, looser: bool
) -> None:
    assert structure.is_looser(supporting, supporting_business, backed, backed_business) is looser


# ---------------------------------------------------------- effective terms


def _terms(terms: list[EffectiveTerm]) -> list[tuple[str, str, str, str]]:
    return [(t.key, t.text, t.number, t.level) for t in terms]


def test_effective_terms_take_the_most_specific_level(db: Database, built: Structure) -> None:
    terms = structure.effective_terms(db, CUSTOMER, SERVICE)
    s, c, k = built.service, built.customer, built.corporate
    assert _terms(terms) == [
        ("availability", "99.95 %", s, "service"),
        ("coverage", "24x7", s, "service"),
        ("P1.response", "15 min", s, "service"),
        ("P1.resolution", "1 h", s, "service"),
        ("P2.response", "1 h", c, "customer"),
        ("P2.resolution", "4 h", c, "customer"),
        ("P3.response", "8 h", k, "corporate"),
        ("P3.resolution", "1 d 16 h", k, "corporate"),
        ("monthly_price", "€300.00", s, "service"),
        ("start_date", "2027-03-01", s, "service"),
        ("end_date", "2029-12-31", s, "service"),
    ]
    by_key = {t.key: t for t in terms}
    assert by_key["availability"].value == Decimal("99.95") and by_key["P3.response"].value == 480
    assert by_key["P2.response"].label == "P2 High response" and by_key["P3.resolution"].level_label == "Corporate level"
    assert by_key["start_date"].value == dt.date(2027, 3, 1)


def test_effective_terms_by_customer_id_or_name_and_for_the_group(db: Database, rep: Actor, built: Structure) -> None:
    customer_id = customers.find_customer(db, CUSTOMER).id  # type: ignore[union-attr]
    by_name = structure.effective_terms(db, CUSTOMER.upper(), SERVICE.lower())
    assert structure.effective_terms(db, customer_id, SERVICE) == by_name
    group = structure.effective_terms(db, GROUP, SERVICE)
    assert {t.level for t in group} == {"corporate"} and {t.number for t in group} == {built.corporate}
    # Out of the structure, the service-level agreement no longer outranks the customer-level one.
    structure.set_parent(db, rep, built.service, None)
    assert {t.number for t in structure.effective_terms(db, CUSTOMER, SERVICE)} == {built.customer, built.corporate}
    vaxjo = Builder(db, rep).agreement("Växjö Bostäder AB", "Växjö network", "Gold", ("P1", "P2"), site="Växjö")
    alone = structure.effective_terms(db, "Växjö Bostäder AB", SERVICE, site="Växjö")
    assert {(t.number, t.level) for t in alone} == {(vaxjo, "standalone")}
    assert [t.key for t in alone if "." in t.key] == ["P1.response", "P1.resolution", "P2.response", "P2.resolution"]


def test_effective_terms_refuse_what_nothing_covers(db: Database, built: Structure) -> None:
    with pytest.raises(NotFoundError, match="no agreement that covers Service desk"):
        structure.effective_terms(db, CUSTOMER, "Service desk")
    with pytest.raises(NotFoundError):
        structure.effective_terms(db, "Nobody AB", SERVICE)
    with pytest.raises(NotFoundError):  # an OLA's team has no customer terms
        structure.effective_terms(db, "Network team", SERVICE)


def test_service_choices_list_every_customer_of_the_tree(db: Database, built: Structure) -> None:
    choices = structure.service_choices(db, built.service)
    assert [c.label for c in choices] == [f"{CUSTOMER} — {SERVICE}", f"{GROUP} — {SERVICE}"]
