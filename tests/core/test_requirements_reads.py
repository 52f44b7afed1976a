"""Reading requirements documents: one document as a window opens it, the list of all, and their quotes."""

from __future__ import annotations

import pytest

from slamdesk.core import catalogue, customers, requirements_reads
from slamdesk.core.db import Database
from slamdesk.core.errors import NotFoundError
from slamdesk.core.requirements import RequirementInput, create_requirements
from slamdesk.core.requirements_rules import quote_for
from slamdesk.core.roles import Actor
from slamdesk.models import Requirement, RequirementsDocument

from .helpers import priced_document


def test_a_window_opens_the_document_its_catalogue_and_the_one_quote(demo_db: Database, people: dict[str, Actor]) -> None:
    document_id = priced_document(demo_db, people["anna"])
    opened = requirements_reads.open_document(demo_db, document_id)
    assert opened.view == requirements_reads.get_requirements(demo_db, document_id)
    assert opened.services == catalogue.list_services(demo_db)
    assert opened.quote == requirements_reads.quote(demo_db, document_id)
    assert [line.chosen.level_name for line in opened.quote.lines if line.chosen] == ["Gold", "Gold"]


def test_pricing_a_view_reads_nothing_and_prices_it_from_the_services_given(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    view = requirements_reads.get_requirements(demo_db, priced_document(demo_db, people["anna"]))
    services = catalogue.list_services(demo_db)
    demo_db.close()  # nothing is read from here on
    priced = requirements_reads.priced(view, services)
    assert (priced.view, priced.services, priced.quote) == (view, services, quote_for(view, services))
    assert priced.quote.lines and all(line.options for line in priced.quote.lines)


def test_a_document_that_does_not_exist_is_named(demo_db: Database) -> None:
    with pytest.raises(NotFoundError, match="^no requirements document with id 9999$"):
        requirements_reads.get_requirements(demo_db, 9999)


def test_a_requirement_without_a_service_shows_no_service_name(demo_db: Database, people: dict[str, Actor]) -> None:
    customer = customers.create_customer(demo_db, people["anna"], name="Odense Havn", country="DK", language="en",
                                         contact_name="Ida Holm", contact_title="CIO")
    made = create_requirements(demo_db, people["anna"], customer_id=customer.id,
                               requirements=[RequirementInput(None, "Odense", "24x7", ("P1",))])
    (item,) = requirements_reads.get_requirements(demo_db, made.id).items
    assert (item.service_id, item.service_name, item.site) == (None, "", "Odense")


def test_the_list_counts_each_document_s_own_requirements(demo_db: Database, people: dict[str, Actor]) -> None:
    before = {d.id: d.requirements for d in requirements_reads.list_documents(demo_db)}
    document_id = priced_document(demo_db, people["anna"])
    listed = requirements_reads.list_documents(demo_db)
    assert {d.id: d.requirements for d in listed} == {**before, document_id: 2}
    with demo_db.read() as session:
        stored = session.query(Requirement).count()
        documents = session.query(RequirementsDocument).count()
    assert sum(d.requirements for d in listed) == stored and len(listed) == documents
    mine = [d for d in listed if d.id == document_id]
    assert [(d.customer_name, d.version, d.status) for d in mine] == [("ТОВ «Одеські порти»", 1, "draft")]
    customer_id = mine[0].customer_id
    assert [d.id for d in requirements_reads.list_documents(demo_db, customer_id)] == [document_id]


def test_a_use_case_reads_back_what_its_transaction_stored(demo_db: Database, people: dict[str, Actor]) -> None:
    document_id = priced_document(demo_db, people["anna"])
    with demo_db.unit_of_work() as session:
        document = session.get(RequirementsDocument, document_id)
        assert document is not None
        requirements_reads.requirements_view(session, document_id)  # loaded into this session
        document.title = "Port operations 2027"
        document.requirements[0].site = "Одеса, термінал"
        stored = requirements_reads._as_stored(session, document_id)
        assert stored.title == "Port operations 2027" and stored.items[0].site == "Одеса, термінал"
        assert stored.row_version == document.row_version


def test_a_requirement_is_read_with_what_each_priority_means_to_the_customer(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    customer = customers.create_customer(demo_db, people["anna"], name="Aarhus Færger", country="DK", language="en",
                                         contact_name="Jens Berg", contact_title="CTO")
    made = create_requirements(demo_db, people["anna"], customer_id=customer.id, requirements=[RequirementInput(
        None, "Aarhus", "24x7", ("P1", "P2"), priority_notes={"P1": "a ferry cannot sail"})])
    (item,) = requirements_reads.get_requirements(demo_db, made.id).items
    assert item.priority_notes == {"P1": "a ferry cannot sail"} and item.priorities == ("P1", "P2")


def test_the_list_is_by_customer_newest_version_first(demo_db: Database, people: dict[str, Actor]) -> None:
    first = priced_document(demo_db, people["anna"])
    second = priced_document(demo_db, people["anna"])  # the same customer's next document
    listed = requirements_reads.list_documents(demo_db)
    names = [d.customer_name for d in listed]
    assert names == sorted(names)
    mine = [(d.id, d.version) for d in listed if d.id in (first, second)]
    assert mine == sorted(mine, key=lambda pair: -pair[1]) and len(mine) == 2
