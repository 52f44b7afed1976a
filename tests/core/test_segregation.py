"""Segregation of duties: who may do what, checked against the stored profile, never the passed role.

The matrix runs every use case that takes an acting person once per role (a
fresh profile of that role, who has touched nothing) and once per made-up
``Actor``: an unknown id, a real id claiming another role, a real id under
another user name, a deactivated profile. A refusal is a ``PermissionDenied``
and leaves the database exactly as it was. Then the attack of issue 9 item 6,
step by step.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import inspect
import pkgutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from importlib import import_module
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

import slamdesk.core
from slamdesk.core import (
    agreements,
    audit,
    catalogue,
    clauses,
    customers,
    demo,
    export,
    register,
    requirements,
    saved_filters,
    settings,
    structure,
    team,
    users,
    versions,
)
from slamdesk.core.agreements import SignatoryInput
from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied, ValidationError
from slamdesk.core.lifecycle import Status
from slamdesk.core.monitoring import (
    calendar_library,
    credit_export,
    holds,
    importing,
    kpi_report,
    outages,
    period_documents,
    periods,
    tickets,
)
from slamdesk.core.renewals import notice_letter, periodic_review, standing, stored as stored_terms
from slamdesk.core.renewals.terms import Renewal, Terms
from slamdesk.core.requirements import RequirementInput
from slamdesk.core.reviews import ReviewerInput
from slamdesk.core.roles import Actor, Role
from slamdesk.models import AuditEvent, Signature

from ..conftest import DEMO_TODAY
from .helpers import priced_document

DUE = DEMO_TODAY + dt.timedelta(days=7)
ALL = frozenset(Role)
EDITORS = frozenset({Role.REPRESENTATIVE, Role.ADMINISTRATOR})
REVIEWERS = frozenset({Role.LEGAL_REVIEWER, Role.QUALITY_CHECKER, Role.ADMINISTRATOR})
ADMIN = frozenset({Role.ADMINISTRATOR})
SECRET = "lång lösenfras 2026"


# ------------------------------------------------------------------ the world


@dataclass(frozen=True)
class World:
    """A copy of the prepared database; ``ctx`` names what was prepared for each use case."""

    db: Database
    people: dict[str, Actor]
    ctx: dict[str, Any]

    def tester(self, role: Role) -> Actor:
        return self.people[f"tester_{role.value}"]


def _draft(db: Database, rep: Actor, customer: str, kind: str = "customer_sla") -> str:
    return agreements.create_draft(
        db, rep, requirements_document_id=priced_document(db, rep, customer), title=f"Agreement for {customer}",
        start_date=dt.date(2027, 1, 1), end_date=dt.date(2028, 12, 31), kind=kind,
    )


def _prepare(db: Database) -> dict[str, Any]:
    """Everything the use cases below act on, made by the demo's people (never by a tester)."""
    demo.load_demo(db, today=DEMO_TODAY)
    for role in Role:
        users.ensure_user(db, f"tester_{role.value}", f"Tester {role.label}", role)
    users.ensure_user(db, "retired", "Retired Administrator", Role.ADMINISTRATOR)
    with db.unit_of_work() as session:
        session.execute(text("UPDATE app_user SET active = 0 WHERE username = 'retired'"))
    people = {actor.username: actor for actor in users.list_actors(db)}
    anna, linh, sofia = people["anna"], people["linh"], people["sofia"]
    ctx: dict[str, Any] = {}

    ctx["priced_document"] = priced_document(db, anna, "Priced Oy")
    ctx["draft"] = _draft(db, anna, "Draft AB")
    ctx["parent"] = _draft(db, anna, "Parent AB")
    ctx["child"] = agreements.create_draft(
        db, anna, requirements_document_id=priced_document(db, anna, "Parent AB 2"), title="Child",
        start_date=dt.date(2027, 1, 1), end_date=dt.date(2028, 12, 31),
    )
    # The child must share the parent's customer to sit under it.
    with db.unit_of_work() as session:
        session.execute(
            text("UPDATE agreement SET customer_id = (SELECT customer_id FROM agreement WHERE number = :p) WHERE number = :c"),
            {"p": ctx["parent"], "c": ctx["child"]},
        )
    ctx["ola"] = _draft(db, anna, "OLA team", kind="ola")
    ctx["draft_version_id"] = versions.current_version_id(db, ctx["draft"])
    ctx["draft_document"] = agreements.requirements_document_of(db, ctx["draft"])

    ctx["in_review"] = _draft(db, anna, "Review AB")
    agreements.submit_for_review(db, anna, ctx["in_review"])
    ctx["changes_requested"] = _draft(db, anna, "Changes AB")
    agreements.submit_for_review(db, anna, ctx["changes_requested"])
    agreements.request_changes(db, linh, ctx["changes_requested"], "Tighten the P1 response.")
    ctx["approved"] = _draft(db, anna, "Approved AB")
    agreements.submit_for_review(db, anna, ctx["approved"])
    agreements.approve(db, linh, ctx["approved"])
    ctx["provider_signed"] = _draft(db, anna, "Half signed AB")
    agreements.submit_for_review(db, anna, ctx["provider_signed"])
    agreements.approve(db, linh, ctx["provider_signed"])
    agreements.sign(db, anna, ctx["provider_signed"], party="provider", signer_name="Anna Lindqvist", signer_title="AM")
    ctx["signed"] = _draft(db, anna, "Signed AB")
    agreements.submit_for_review(db, anna, ctx["signed"])
    agreements.approve(db, linh, ctx["signed"])
    agreements.sign(db, anna, ctx["signed"], party="provider", signer_name="Anna Lindqvist", signer_title="AM")
    agreements.sign(db, sofia, ctx["signed"], party="customer", signer_name="Ірина Бондаренко", signer_title="CEO")
    ctx["express"] = _draft(db, anna, "Express AB")  # renews only when a person confirms it
    stored_terms.set_terms(db, anna, ctx["express"], Terms(dt.date(2027, 1, 1), 12, Renewal.EXPRESS, 12))
    agreements.submit_for_review(db, anna, ctx["express"])
    agreements.approve(db, linh, ctx["express"])
    agreements.sign(db, anna, ctx["express"], party="provider", signer_name="Anna Lindqvist", signer_title="AM")
    agreements.sign(db, sofia, ctx["express"], party="customer", signer_name="Ірина Бондаренко", signer_title="CEO")

    customer = customers.create_customer(
        db, anna, name="Requirements AB", country="SE", language="sv", contact_name="Åsa Öberg"
    )
    services = {service.code: service for service in catalogue.list_services(db)}
    ctx["customer_id"] = customer.id
    ctx["service_id"] = services["SD"].id
    document = requirements.create_requirements(
        db, anna, customer_id=customer.id,
        requirements=[RequirementInput(services["SD"].id, "Växjö", "Mon-Fri 08:00-17:00", ("P2",), users=10)],
    )
    ctx["document"] = document.id
    ctx["requirement"] = document.items[0].id
    ctx["silver"] = next(level.id for level in services["SD"].levels if level.name == "Silver")
    bronze = next(level.id for level in services["SD"].levels if level.name == "Bronze")
    requirements.choose_levels(db, anna, document.id, {ctx["requirement"]: bronze}, row_version=document.row_version)
    sent = requirements.create_requirements(
        db, anna, customer_id=customer.id,
        requirements=[RequirementInput(services["SD"].id, "Lund", "Mon-Fri 08:00-17:00", ("P2",), users=10)],
    )
    requirements.send_requirements(db, anna, sent.id, row_version=sent.row_version)
    ctx["sent_document"] = sent.id
    return ctx


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("segregation")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SLAMDESK_DATA_DIR", str(folder / "data"))
        db = Database.open(folder / "template.db")
        try:
            ctx = _prepare(db)
        finally:
            db.close()
    return folder / "template.db", ctx


@pytest.fixture
def world(template: tuple[Path, dict[str, Any]], tmp_path: Path) -> Iterator[World]:
    source, ctx = template
    copy = tmp_path / "slamdesk.db"
    with sqlite3.connect(source) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    db = Database.open(copy, daily_backup=False)  # a copy per test: no day's backup of it (tests/conftest.py)
    try:
        yield World(db, {actor.username: actor for actor in users.list_actors(db)} | _retired(db), dict(ctx))
    finally:
        db.close()


def _retired(db: Database) -> dict[str, Actor]:
    with db.read() as session:
        row = session.execute(text("SELECT id, username, display_name, role FROM app_user WHERE username = 'retired'")).one()
    return {"retired": Actor(row[0], row[1], row[2], Role(row[3]))}


def fingerprint(db: Database) -> str:
    """Every page of the database as a reader sees it (its WAL included): equal fingerprints mean nothing was
    committed. Bytes, not a dump of the rows: a dump took a fifth of this module's time."""
    connection = sqlite3.connect(db.path)
    try:
        return hashlib.sha256(connection.serialize()).hexdigest()
    finally:
        connection.close()


CHECKPOINT = "audit.checkpoint"  # the program sealing the log's head, not a person acting


def last_event(db: Database) -> AuditEvent:
    """The newest event a person caused."""
    with db.read() as session:
        return session.scalars(
            select(AuditEvent).where(AuditEvent.action != CHECKPOINT).order_by(AuditEvent.id.desc()).limit(1)
        ).one()


# ----------------------------------------------------------- the use cases


@dataclass(frozen=True)
class UseCase:
    """One use case: who may run it, and how to run it on the prepared world as ``actor``.

    ``prepare`` (optional) readies what only the acting profile itself can
    ready (its own saved filter); it is given the stored profile, or None for
    a made-up actor.
    """

    function: Callable[..., Any]
    allowed: frozenset[Role]
    run: Callable[[World, Actor], object]
    prepare: Callable[[World, Actor], None] | None = None
    audited: bool = True

    @property
    def name(self) -> str:
        return f"{self.function.__module__.removeprefix('slamdesk.core.')}.{self.function.__name__}"


def _level_copy(world: World, name: str) -> catalogue.LevelInput:
    service = catalogue.get_service(world.db, world.ctx["service_id"])
    return replace(catalogue.level_input(service.levels[0]), id=None, name=name)


def _update_service(world: World, actor: Actor) -> object:
    service = catalogue.get_service(world.db, world.ctx["service_id"])
    return catalogue.update_service(
        world.db, actor, service.id, row_version=service.row_version, code=service.code, name=service.name,
        description=service.description + " (reviewed)", levels=[catalogue.level_input(level) for level in service.levels],
    )


def _update_requirements(world: World, actor: Actor) -> object:
    document = requirements.get_requirements(world.db, world.ctx["document"])
    return requirements.update_requirements(
        world.db, actor, document.id, row_version=document.row_version, title="IT operations (more users)",
        tax_rate_pct=Decimal("25"),
        requirements=[RequirementInput(world.ctx["service_id"], "Växjö", "Mon-Fri 08:00-17:00", ("P2",), users=12)],
    )


def _set_clauses(world: World, actor: Actor, number_key: str = "draft") -> None:
    opened = clauses.current_clauses(world.db, world.ctx[number_key])
    clauses.set_agreement_clauses(
        world.db, actor, opened.version_id, [clauses.ClausePick(None, "Own words.", "own", "Own clause")],
        row_version=opened.row_version,
    )


def _row_version(world: World, key: str) -> int:
    return requirements.get_requirements(world.db, world.ctx[key]).row_version


def _save_own_filter(world: World, actor: Actor) -> None:
    saved_filters.save_filter(world.db, actor, "Mine", register.RegisterFilter(search="AB"))


TICKET_FILE = ("external_id,agreement,customer,service,site,priority,created,first_response,resolved,reopened,on_hold,"
               "csat,ces\nM-1,,,Service desk,,P2,2026-10-05T09:12:00+02:00,,,,,,\n")
OUTAGE_FILE = ("outage_id,agreement,service,site,region,start,end,planned\n"
               "MO-1,,Network monitoring,,,2026-10-06T03:50:00+02:00,2026-10-06T04:35:00+02:00,no\n")
HOLD_FILE = "ticket_id,start,end\nM-1,2026-10-05T10:00:00Z,2026-10-05T11:00:00Z\n"


def _file(name: str, content: str) -> Path:
    """A small file to import, in a folder of its own."""
    path = Path(tempfile.mkdtemp(prefix="matrix-")) / name
    path.write_text(content, encoding="utf-8")
    return path


def _one_report(world: World, actor: Actor) -> None:
    """The batch of reports, stopped after its first written (each is the same use case as the one report); the demo's
    two that ended before October are left out."""
    started: list[str] = []
    batch = kpi_report.export_reports(
        world.db, actor, periods.period("2026-10"), dt.datetime(2026, 11, 23, tzinfo=dt.UTC), ("docx",),
        should_cancel=lambda: any(not number.startswith("SLA-2024-") for number in started),
        progress=lambda _done, _total, number: started.append(number))
    assert batch.errors == [] and len(batch.written) == 1 and batch.ended == ["SLA-2024-0002", "SLA-2024-0003"]


def _october_closed(world: World, _actor: Actor) -> None:
    periods.close_period(world.db, users.get_actor(world.db), world.ctx["signed"], periods.period("2026-10"),
                         dt.datetime(2026, 11, 23, tzinfo=dt.UTC))


def _notice_given(world: World, _actor: Actor) -> None:
    standing.give_notice(world.db, users.get_actor(world.db), world.ctx["signed"], by="customer",
                         given_on=dt.date(2027, 2, 1), reason="price")


def _tickets_imported(world: World, _actor: Actor) -> None:
    tickets.import_tickets(world.db, users.get_actor(world.db), _file("tickets.csv", TICKET_FILE))


USE_CASES: tuple[UseCase, ...] = (
    UseCase(customers.create_customer, EDITORS, lambda w, a: customers.create_customer(
        w.db, a, name="Nya Kunden AB", country="SE", language="sv", contact_name="Per Persson")),
    UseCase(catalogue.add_service, EDITORS, lambda w, a: catalogue.add_service(
        w.db, a, code="TST", name="Test service", description="For the matrix", levels=[_level_copy(w, "Only")])),
    UseCase(catalogue.update_service, EDITORS, _update_service),
    UseCase(requirements.create_requirements, EDITORS, lambda w, a: requirements.create_requirements(
        w.db, a, customer_id=w.ctx["customer_id"],
        requirements=[RequirementInput(w.ctx["service_id"], "Malmö", "Mon-Fri 08:00-17:00", ("P3",), users=5)])),
    UseCase(requirements.update_requirements, EDITORS, _update_requirements),
    UseCase(requirements.send_requirements, EDITORS, lambda w, a: requirements.send_requirements(
        w.db, a, w.ctx["document"], row_version=_row_version(w, "document"))),
    UseCase(requirements.record_customer_approval, EDITORS, lambda w, a: requirements.record_customer_approval(
        w.db, a, w.ctx["sent_document"], "Åsa Öberg", row_version=_row_version(w, "sent_document"))),
    UseCase(requirements.new_version, EDITORS, lambda w, a: requirements.new_version(
        w.db, a, w.ctx["sent_document"], row_version=_row_version(w, "sent_document"))),
    UseCase(requirements.mark_infeasible, EDITORS, lambda w, a: requirements.mark_infeasible(
        w.db, a, w.ctx["document"], w.ctx["requirement"], "commercial", "Not in our catalogue",
        row_version=_row_version(w, "document"))),
    UseCase(requirements.set_price_override, EDITORS, lambda w, a: requirements.set_price_override(
        w.db, a, w.ctx["document"], w.ctx["requirement"], Decimal("99.00"), "Framework price",
        row_version=_row_version(w, "document"))),
    UseCase(requirements.choose_levels, EDITORS, lambda w, a: requirements.choose_levels(
        w.db, a, w.ctx["document"], {w.ctx["requirement"]: w.ctx["silver"]}, row_version=_row_version(w, "document"))),
    UseCase(calendar_library.save_calendar, EDITORS, lambda w, a: calendar_library.save_calendar(
        w.db, a, "Office hours", {"timezone": "Europe/Stockholm", "weekly": {"mon": ["08:00-17:00"]}})),
    UseCase(tickets.import_tickets, EDITORS, lambda w, a: tickets.import_tickets(w.db, a, _file("t.csv", TICKET_FILE))),
    # The engine every import runs on (tickets here): the person is checked there, before the file is read.
    UseCase(importing.run, EDITORS, lambda w, a: tickets.import_tickets(w.db, a, _file("t.csv", TICKET_FILE))),
    UseCase(outages.import_outages, EDITORS, lambda w, a: outages.import_outages(w.db, a, _file("o.csv", OUTAGE_FILE))),
    UseCase(holds.import_holds, EDITORS, lambda w, a: holds.import_holds(w.db, a, _file("h.csv", HOLD_FILE)),
            prepare=_tickets_imported),
    UseCase(periods.close_period, frozenset({Role.QUALITY_CHECKER, Role.ADMINISTRATOR}),
            lambda w, a: periods.close_period(w.db, a, w.ctx["signed"], periods.period("2026-10"),
                                              dt.datetime(2026, 11, 23, tzinfo=dt.UTC))),
    UseCase(clauses.save_clause, frozenset({Role.LEGAL_REVIEWER, Role.ADMINISTRATOR}), lambda w, a: clauses.save_clause(
        w.db, a, key="confidentiality", language="en", title="Confidentiality", text="Both parties keep it secret.")),
    # Every standard clause is in the library already: nothing to add, but the person is still checked.
    UseCase(clauses.ensure_standard_clauses, ALL, lambda w, a: clauses.ensure_standard_clauses(w.db, a), audited=False),
    UseCase(clauses.set_agreement_clauses, frozenset({Role.REPRESENTATIVE, Role.LEGAL_REVIEWER, Role.ADMINISTRATOR}),
            lambda w, a: _set_clauses(w, a)),
    UseCase(agreements.create_draft, EDITORS, lambda w, a: agreements.create_draft(
        w.db, a, requirements_document_id=w.ctx["priced_document"], title="New draft",
        start_date=dt.date(2027, 1, 1), end_date=dt.date(2027, 12, 31))),
    UseCase(agreements.redraft_lines, EDITORS, lambda w, a: agreements.redraft_lines(
        w.db, a, w.ctx["draft"], w.ctx["draft_document"])),
    UseCase(agreements.submit_for_review, EDITORS, lambda w, a: agreements.submit_for_review(
        w.db, a, w.ctx["draft"], [ReviewerInput(w.people["linh"].id, "legal_reviewer", DUE)], today=DEMO_TODAY)),
    UseCase(agreements.start_review_round, EDITORS, lambda w, a: agreements.start_review_round(
        w.db, a, w.ctx["in_review"], [ReviewerInput(w.people["linh"].id, "legal_reviewer", DUE)], today=DEMO_TODAY)),
    UseCase(agreements.approve, REVIEWERS, lambda w, a: agreements.approve(w.db, a, w.ctx["in_review"], "Checked.")),
    UseCase(agreements.request_changes, REVIEWERS, lambda w, a: agreements.request_changes(
        w.db, a, w.ctx["in_review"], "Add the night shift.")),
    UseCase(agreements.revise, EDITORS, lambda w, a: agreements.revise(w.db, a, w.ctx["changes_requested"])),
    UseCase(agreements.set_signatories, EDITORS, lambda w, a: agreements.set_signatories(
        w.db, a, w.ctx["approved"], [SignatoryInput("provider", "Anna Lindqvist", "AM"), SignatoryInput("customer", "Ірина", "CEO")])),
    UseCase(agreements.sign, EDITORS, lambda w, a: agreements.sign(
        w.db, a, w.ctx["approved"], party="provider", signer_name="Anna Lindqvist", signer_title="AM")),
    UseCase(agreements.activate, EDITORS, lambda w, a: agreements.activate(w.db, a, w.ctx["signed"])),
    UseCase(agreements.terminate, ADMIN, lambda w, a: agreements.terminate(w.db, a, w.ctx["signed"], "Moved in-house.")),
    UseCase(versions.amend, EDITORS, lambda w, a: versions.amend(w.db, a, w.ctx["signed"], "More users.")),
    UseCase(periodic_review.record_review, frozenset({Role.REPRESENTATIVE, Role.QUALITY_CHECKER, Role.ADMINISTRATOR}),
            lambda w, a: periodic_review.record_review(w.db, a, w.ctx["signed"], held_on=dt.date(2026, 11, 1),
                                                       attendees=["Anna Lindqvist"], decision="keep")),
    UseCase(standing.renew, EDITORS, lambda w, a: standing.renew(w.db, a, w.ctx["express"], dt.date(2027, 12, 1))),
    UseCase(standing.give_notice, EDITORS, lambda w, a: standing.give_notice(
        w.db, a, w.ctx["signed"], by="customer", given_on=dt.date(2027, 2, 1), reason="price")),
    UseCase(standing.record_tacit_renewals, ALL, lambda w, a: standing.record_tacit_renewals(w.db, a, dt.date(2027, 1, 1)),
            audited=False),
    UseCase(stored_terms.set_terms, EDITORS, lambda w, a: stored_terms.set_terms(
        w.db, a, w.ctx["draft"], Terms(dt.date(2027, 1, 1), 12, Renewal.TACIT, 12, notice=60))),
    UseCase(structure.set_parent, EDITORS, lambda w, a: structure.set_parent(w.db, a, w.ctx["child"], w.ctx["parent"])),
    UseCase(structure.link_supporting, EDITORS, lambda w, a: structure.link_supporting(
        w.db, a, w.ctx["ola"], w.ctx["parent"])),
    UseCase(export.export_agreement, ALL, lambda w, a: export.export_agreement(w.db, a, w.ctx["signed"], ("docx",))),
    UseCase(export.export_requirements, ALL, lambda w, a: export.export_requirements(w.db, a, w.ctx["document"], ("docx",))),
    UseCase(export.export_batch, ALL, lambda w, a: _batch(w, a)),
    # Legal reviewers and quality checkers export documents too; a credit note is made from a closed period.
    UseCase(credit_export.export_credit_note, ALL, lambda w, a: credit_export.export_credit_note(
        w.db, a, w.ctx["signed"], periods.period("2026-10"), dt.datetime(2026, 11, 23, tzinfo=dt.UTC), ("docx",)),
        prepare=_october_closed),
    UseCase(kpi_report.export_report, ALL, lambda w, a: kpi_report.export_report(
        w.db, a, w.ctx["signed"], periods.period("2026-10"), dt.datetime(2026, 11, 23, tzinfo=dt.UTC), ("docx",))),
    # A notice letter is exported like any document, once the notice is recorded.
    UseCase(notice_letter.export_notice_letter, ALL, lambda w, a: notice_letter.export_notice_letter(
        w.db, a, w.ctx["signed"], ("docx",)), prepare=_notice_given),
    UseCase(kpi_report.export_reports, ALL, lambda w, a: _one_report(w, a)),
    # The writer both take (a report here): the person is checked again where the files are recorded.
    UseCase(period_documents.write, ALL, lambda w, a: kpi_report.export_report(
        w.db, a, w.ctx["signed"], periods.period("2026-10"), dt.datetime(2026, 11, 23, tzinfo=dt.UTC), ("docx",))),
    UseCase(users.set_passphrase, ADMIN,
            lambda w, a: users.set_passphrase(w.db, a, "anna", SECRET)),
    UseCase(users.clear_passphrase, ADMIN, lambda w, a: users.clear_passphrase(w.db, a, "linh"),
            prepare=lambda w, _a: users.set_passphrase(w.db, users.get_actor(w.db), "linh", SECRET)),
    UseCase(settings.set_setting, ADMIN, lambda w, a: settings.set_setting(w.db, a, settings.PROVIDER_NAME, "Nordvik AB")),
    UseCase(saved_filters.save_filter, ALL, _save_own_filter, audited=False),
    # Rewinding the audit anchor (after a restore) has no role rule of its own; restore asks for an administrator.
    UseCase(audit.reanchor, ADMIN, lambda w, a: audit.reanchor(w.db, a, "segregation matrix")),
    UseCase(saved_filters.delete_saved_filter, ALL, lambda w, a: saved_filters.delete_saved_filter(w.db, a, "Mine"),
            prepare=_save_own_filter, audited=False),
    UseCase(saved_filters.list_saved_filters, ALL, lambda w, a: saved_filters.list_saved_filters(w.db, a), audited=False),
    UseCase(saved_filters.get_saved_filter, ALL, lambda w, a: saved_filters.get_saved_filter(w.db, a, "Mine"),
            prepare=_save_own_filter, audited=False),
)
# The customer's side of a signature: customer signatories too, besides the provider's people.
SIGN_CUSTOMER = UseCase(
    agreements.sign, EDITORS | {Role.CUSTOMER_SIGNATORY}, lambda w, a: agreements.sign(
        w.db, a, w.ctx["provider_signed"], party="customer", signer_name="Ірина Бондаренко", signer_title="CEO"),
)
# A reviewer's own passphrase: anyone may set their own.
OWN_PASSPHRASE = UseCase(users.set_passphrase, ALL, lambda w, a: users.set_passphrase(w.db, a, a.username, SECRET))
MATRIX = (*USE_CASES, SIGN_CUSTOMER, OWN_PASSPHRASE, UseCase(team.add_member, ADMIN, lambda w, a: _add_member(w, a),
                                                             audited=False))


def _add_member(world: World, actor: Actor) -> object:
    """On a file there are no logins to add: once the role is checked, a clear refusal; on a team database a
    member (a login of the server) is added and the administrator who did it is in the log."""
    if world.db.dialect != "postgresql":
        with pytest.raises(ValidationError, match="logins of a team database"):
            team.add_member(world.db, actor, login="matrix_member", display_name="Matrix", role=Role.QUALITY_CHECKER)
        return None
    member = team.add_member(world.db, actor, login="matrix_member", display_name="Matrix", role=Role.QUALITY_CHECKER)
    event = last_event(world.db)
    assert (event.actor, event.action) == (actor.username, "team.add_member")
    return member


def _batch(world: World, actor: Actor) -> object:
    report = export.export_batch(world.db, actor, register.RegisterFilter(search=world.ctx["signed"]), ("docx",))
    assert report.errors == [] and report.exported == [world.ctx["signed"]]
    return report


def _case_id(case: UseCase) -> str:
    suffix = " customer" if case is SIGN_CUSTOMER else " own" if case is OWN_PASSPHRASE else ""
    return case.name + suffix


FORGED = ("unknown id", "forged role", "forged user name", "deactivated")


def forged(world: World, kind: str) -> Actor:
    """A made-up Actor: what a caller could build by hand."""
    signatory = world.tester(Role.CUSTOMER_SIGNATORY)
    admin = world.tester(Role.ADMINISTRATOR)
    return {
        "unknown id": Actor(987654, "ghost", "Ghost", Role.ADMINISTRATOR),
        "forged role": replace(signatory, role=Role.ADMINISTRATOR),
        "forged user name": replace(admin, username="anna"),
        "deactivated": world.people["retired"],
    }[kind]


# ------------------------------------------------------------------ the matrix


@pytest.mark.parametrize("role", list(Role), ids=[role.value for role in Role])
@pytest.mark.parametrize("case", MATRIX, ids=[_case_id(case) for case in MATRIX])
def test_each_use_case_is_allowed_exactly_to_its_roles(world: World, case: UseCase, role: Role) -> None:
    actor = world.tester(role)
    if case.prepare is not None:
        case.prepare(world, actor)
    before = fingerprint(world.db)
    if role in case.allowed:
        case.run(world, actor)
        if case.audited:
            event = last_event(world.db)
            assert event.actor == actor.username, f"{case.name} is recorded as {event.actor}, not the person who acted"
    else:
        with pytest.raises(PermissionDenied):
            case.run(world, actor)
        assert fingerprint(world.db) == before, f"{case.name} refused {role.value} but wrote something"


@pytest.mark.parametrize("kind", FORGED)
@pytest.mark.parametrize("case", MATRIX, ids=[_case_id(case) for case in MATRIX])
def test_a_made_up_actor_is_refused_and_nothing_is_written(world: World, case: UseCase, kind: str) -> None:
    actor = forged(world, kind)
    if case.prepare is not None and kind in ("forged role", "forged user name"):
        stored = next(a for a in world.people.values() if a.id == actor.id)
        case.prepare(world, stored)  # what the real person keeps; the impostor still may not touch it
    before = fingerprint(world.db)
    with pytest.raises(PermissionDenied) as refused:
        case.run(world, actor)
    assert fingerprint(world.db) == before, f"{case.name} refused a made-up actor but wrote something"
    message = str(refused.value)
    assert message and "\n" not in message


def test_the_matrix_covers_every_use_case_that_takes_an_actor() -> None:
    """A new use case taking ``(db, actor, ...)`` must join the matrix, so it cannot forget the checks."""
    found = set()
    for module_info in pkgutil.walk_packages(slamdesk.core.__path__, "slamdesk.core."):  # subpackages too
        module = import_module(module_info.name)
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or function.__module__ != module.__name__:
                continue
            parameters = list(inspect.signature(function).parameters)
            if parameters[:2] == ["db", "actor"]:
                found.add(f"{module_info.name.removeprefix('slamdesk.core.')}.{name}")
    covered = {case.name for case in MATRIX}
    assert found - covered == set(), "add these use cases to the segregation matrix"


# ------------------------------------------------------- the stored profile rules


def test_the_stored_role_is_the_one_that_counts(world: World) -> None:
    """A quality checker claiming to be a representative cannot draft; an administrator claiming less is refused too."""
    budi = world.people["budi"]
    with pytest.raises(PermissionDenied, match="sign in again"):
        agreements.create_draft(
            world.db, replace(budi, role=Role.REPRESENTATIVE), requirements_document_id=world.ctx["priced_document"],
            title="Forged", start_date=dt.date(2027, 1, 1), end_date=dt.date(2027, 12, 31),
        )
    assert register.count_agreements(world.db, register.RegisterFilter(search="Forged")) == 0


def test_a_profile_deactivated_after_sign_in_can_no_longer_act(world: World) -> None:
    anna = world.people["anna"]
    with world.db.unit_of_work() as session:
        session.execute(text("UPDATE app_user SET active = 0 WHERE username = 'anna'"))
    with pytest.raises(PermissionDenied, match="no longer active"):
        customers.create_customer(world.db, anna, name="Late AB", country="SE", language="sv", contact_name="Per")
    assert customers.find_customer(world.db, "Late AB") is None


# ------------------------------------------------------------- touching a version


def test_whoever_changed_a_version_cannot_be_named_to_review_it_nor_decide_on_it(world: World) -> None:
    db, ctx = world.db, world.ctx
    admin = world.tester(Role.ADMINISTRATOR)
    number = ctx["draft"]
    agreements.redraft_lines(db, admin, number, ctx["draft_document"])  # the administrator changed its lines
    with pytest.raises(ValidationError, match="changed this version's lines") as named:
        agreements.submit_for_review(db, world.people["anna"], number, [ReviewerInput(admin.id, "legal_reviewer", DUE)],
                                     today=DEMO_TODAY)
    assert named.value.field == "reviewers"
    assert agreements.get_agreement(db, number).status is Status.DRAFT  # the submit went with the refusal
    agreements.submit_for_review(db, world.people["anna"], number)
    before = fingerprint(db)
    with pytest.raises(PermissionDenied, match="you changed this version's lines; another person must review it"):
        agreements.approve(db, admin, number)
    with pytest.raises(PermissionDenied, match="you changed this version's lines"):
        agreements.request_changes(db, admin, number, "Looks odd.")
    assert fingerprint(db) == before
    agreements.approve(db, world.people["linh"], number)  # someone who did not touch it
    assert agreements.get_agreement(db, number).status is Status.APPROVED


def test_whoever_edited_the_clauses_cannot_approve(world: World) -> None:
    db, ctx = world.db, world.ctx
    linh = world.people["linh"]
    _set_clauses(world, linh)
    agreements.submit_for_review(db, world.people["anna"], ctx["draft"])
    with pytest.raises(PermissionDenied, match="you changed this version's clauses"):
        agreements.approve(db, linh, ctx["draft"])
    with pytest.raises(ValidationError, match="Trần Thị Linh changed this version's clauses and cannot review it"):
        agreements.start_review_round(db, world.people["anna"], ctx["draft"],
                                      [ReviewerInput(linh.id, "legal_reviewer", DUE)], today=DEMO_TODAY)


def test_the_author_of_an_amendment_cannot_review_it(world: World) -> None:
    db, ctx = world.db, world.ctx
    admin = world.tester(Role.ADMINISTRATOR)
    versions.amend(db, admin, ctx["signed"], "More users.")
    agreements.submit_for_review(db, world.people["anna"], ctx["signed"])
    with pytest.raises(PermissionDenied, match="another person must review it"):
        agreements.approve(db, admin, ctx["signed"])


def test_one_profile_cannot_record_both_parties_signatures(world: World) -> None:
    db, ctx = world.db, world.ctx
    anna = world.people["anna"]
    before = fingerprint(db)
    with pytest.raises(PermissionDenied, match="recorded the provider's signature"):
        agreements.sign(db, anna, ctx["provider_signed"], party="customer", signer_name="Ірина", signer_title="CEO")
    assert fingerprint(db) == before
    agreements.sign(db, world.people["sofia"], ctx["provider_signed"], party="customer", signer_name="Ірина",
                    signer_title="CEO")
    assert agreements.get_agreement(db, ctx["provider_signed"]).status is Status.SIGNED


def test_one_profile_cannot_sign_both_parties_in_a_signing_order_either(world: World) -> None:
    db, ctx = world.db, world.ctx
    admin = world.tester(Role.ADMINISTRATOR)
    number = ctx["approved"]
    agreements.set_signatories(db, admin, number, [
        SignatoryInput("customer", "Ірина Бондаренко", "CEO", 1), SignatoryInput("provider", "Anna Lindqvist", "AM", 2),
    ])
    customer, provider = agreements.get_agreement(db, number).signatories
    agreements.sign(db, admin, number, party="customer", signer_name=customer.name, signer_title=customer.title,
                    signatory_id=customer.id)
    with pytest.raises(PermissionDenied, match="recorded the customer's signature"):
        agreements.sign(db, admin, number, party="provider", signer_name=provider.name, signer_title=provider.title,
                        signatory_id=provider.id)
    with db.read() as session:
        assert session.scalars(select(Signature.party).where(Signature.recorded_by_id == admin.id)).all() == ["customer"]


# ---------------------------------------------------------------- the attack


def test_the_attack_of_a_second_representative_is_refused_step_by_step(world: World) -> None:
    """Bert, a representative who did not draft it, revises Anna's version, names himself reviewer,
    approves and signs for both parties. Every step that would let him decide alone is refused."""
    db, ctx = world.db, world.ctx
    linh, sofia = world.people["linh"], world.people["sofia"]
    bert = users.ensure_user(db, "bert", "Bert Karlsson", Role.REPRESENTATIVE)
    number = ctx["changes_requested"]

    agreements.revise(db, bert, number)  # a colleague may revise; it makes him one who touched the version
    agreements.redraft_lines(db, bert, number, agreements.requirements_document_of(db, number))

    with pytest.raises(ValidationError, match="Bert Karlsson revised this version and cannot review it"):
        agreements.submit_for_review(db, bert, number, [ReviewerInput(bert.id, "customer_representative", DUE)],
                                     today=DEMO_TODAY)
    assert agreements.get_agreement(db, number).status is Status.DRAFT

    agreements.submit_for_review(db, bert, number)
    with pytest.raises(ValidationError, match="Bert Karlsson revised this version and cannot review it"):
        agreements.start_review_round(db, bert, number, [ReviewerInput(bert.id, "legal_reviewer", DUE)], today=DEMO_TODAY)
    with pytest.raises(PermissionDenied, match="you revised this version; another person must review it"):
        agreements.approve(db, bert, number)
    with pytest.raises(PermissionDenied):  # claiming to be a legal reviewer changes nothing
        agreements.approve(db, replace(bert, role=Role.LEGAL_REVIEWER), number)
    with pytest.raises(PermissionDenied):
        agreements.approve(db, replace(bert, id=linh.id), number)
    assert agreements.get_agreement(db, number).status is Status.IN_REVIEW

    agreements.start_review_round(db, bert, number, [ReviewerInput(linh.id, "legal_reviewer", DUE)], today=DEMO_TODAY)
    agreements.approve(db, linh, number, "Checked after Bert's revision.")
    agreements.sign(db, bert, number, party="provider", signer_name="Bert Karlsson", signer_title="Account manager")
    with pytest.raises(PermissionDenied, match="recorded the provider's signature"):
        agreements.sign(db, bert, number, party="customer", signer_name="Nguyễn Thị Hương", signer_title="CEO")
    with pytest.raises(PermissionDenied):
        agreements.sign(db, replace(bert, id=sofia.id, username="sofia"), number, party="customer",
                        signer_name="Nguyễn Thị Hương", signer_title="CEO")
    detail = agreements.get_agreement(db, number)
    assert detail.status is Status.APPROVED and [s.party for s in detail.signatures] == ["provider"]
    agreements.sign(db, sofia, number, party="customer", signer_name="Nguyễn Thị Hương", signer_title="CEO")
    assert agreements.get_agreement(db, number).status is Status.SIGNED
