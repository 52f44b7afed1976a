"""The generated portfolio (`slamdesk demo --agreements N`): what it promises, not its literal data.

Spread over statuses, kinds, currencies, customers and years; numbered, rounded and sealed exactly as the
use cases number, round and seal; its customers' names well formed; written in batches; repeatable by seed.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal

import pytest
from babel.numbers import get_currency_precision
from sqlalchemy import func, select, text

from slamdesk.core import agreements, audit, catalogue, customers, frozen, portfolio, register, users
from slamdesk.core.content import content_of, line_content, sha256_text, stable_json
from slamdesk.core.db import Database
from slamdesk.core.errors import ValidationError
from slamdesk.core.lifecycle import SIGNED_STATES, Status
from slamdesk.core.money import round_money
from slamdesk.core.renewals.terms import terms_json, terms_of
from slamdesk.models import Agreement, AgreementLine, AgreementVersion, AuditEvent, Contact, Customer, Signature

from ..conftest import DEMO_TODAY

RATES = {market[2]: market[3] for market in portfolio.MARKETS}
DEMO = len(portfolio.demo.AGREEMENTS)  # agreements the demo portfolio itself holds
# The demo's drafted in its year whose terms then start earlier, to show renewals and notice (``demo.start_of``).
MOVED = {"SLA-2026-0001", "SLA-2026-0002", "SLA-2026-0003"}


def _generated(db: Database) -> list[register.RegisterRow]:
    return [row for row in register.list_agreements(db) if row.currency != "EUR"]


def _versions(db: Database) -> dict[str, tuple[AgreementVersion, list[AgreementLine], list[Signature]]]:
    with db.read() as session:
        found = {}
        for agreement, version in session.execute(
            select(Agreement, AgreementVersion).join(AgreementVersion, AgreementVersion.agreement_id == Agreement.id)
            .where(Agreement.currency != "EUR")
        ):
            lines = session.scalars(select(AgreementLine).where(AgreementLine.version_id == version.id)
                                    .order_by(AgreementLine.position)).all()
            signatures = session.scalars(select(Signature).where(Signature.version_id == version.id)
                                         .order_by(Signature.id)).all()
            session.expunge_all()
            found[agreement.number] = (version, list(lines), list(signatures))
        return found


@pytest.mark.parametrize("count", [0, -1, portfolio.MAX_AGREEMENTS + 1])
def test_a_size_outside_one_to_a_million_is_refused(db: Database, count: int) -> None:
    with pytest.raises(ValidationError, match=r"^the number of agreements must be between 1 and 1,000,000$") as caught:
        portfolio.generate_portfolio(db, count)
    assert caught.value.field == "agreements" and register.list_agreements(db) == []


def test_one_agreement_is_enough_and_comes_with_the_demo(db: Database) -> None:
    assert portfolio.generate_portfolio(db, 1, today=DEMO_TODAY) == 1
    assert len(register.list_agreements(db)) == DEMO + 1
    assert len(customers.list_customers(db)) == 7 + 4  # at least one customer in each market


def test_the_portfolio_is_spread_over_statuses_kinds_currencies_customers_and_years(demo_db: Database) -> None:
    assert portfolio.generate_portfolio(demo_db, 400, today=DEMO_TODAY) == 400
    rows = _generated(demo_db)
    assert len(rows) == 400 and len({row.number for row in rows}) == 400
    assert {row.status for row in rows} == set(Status)
    assert {row.kind for row in rows} == set(agreements.KINDS)
    assert {row.currency for row in rows} == {"SEK", "VND", "IDR", "UAH"}
    assert len({row.customer for row in rows}) >= 40  # about one customer per eight agreements
    assert DEMO_TODAY - dt.timedelta(days=6 * 365) <= min(row.start_date for row in rows)
    assert max(row.start_date for row in rows) < DEMO_TODAY + dt.timedelta(days=120)
    assert len({row.start_date.year for row in rows}) >= 6
    statuses = [row.status for row in rows]
    assert statuses.count(Status.ACTIVE) > statuses.count(Status.CHANGES_REQUESTED)  # weighted like a real register
    for row in rows:
        years = {demo_term for demo_term in (1, 2, 3) if row.end_date == portfolio.demo.term_end(row.start_date, demo_term)}
        assert years, row.number


def test_agreements_are_in_their_customers_language_and_currency(demo_db: Database) -> None:
    portfolio.generate_portfolio(demo_db, 60, today=DEMO_TODAY)
    markets = {market[0]: market for market in portfolio.MARKETS}
    by_name = {c.name: c for c in customers.list_customers(demo_db)}
    for row in _generated(demo_db):
        customer = by_name[row.customer]
        country, language, currency = markets[customer.country][:3]
        detail = agreements.get_agreement(demo_db, row.number)
        assert (detail.language, detail.currency, customer.language) == (language, currency, language)
        assert detail.title == portfolio.demo.TITLES[language]
        assert detail.contact_name == customer.contact_name


def test_numbers_continue_each_years_sequence_and_drafting_goes_on_after_them(
    demo_db: Database, people: dict[str, agreements.Actor]
) -> None:
    portfolio.generate_portfolio(demo_db, 150, today=DEMO_TODAY)
    rows = register.list_agreements(demo_db)
    per_year: dict[int, list[int]] = {}
    for row in rows:
        year, sequence = re.fullmatch(r"SLA-(\d{4})-(\d{4,})", row.number).groups()  # type: ignore[union-attr]
        assert int(year) == row.start_date.year or row.number in MOVED, row.number
        per_year.setdefault(int(year), []).append(int(sequence))
    for year, sequences in per_year.items():
        assert sorted(sequences) == list(range(1, len(sequences) + 1)), year  # no gap, no repeat
    assert sorted(per_year[DEMO_TODAY.year])[:7] == [1, 2, 3, 4, 5, 6, 7]  # the demo's come first
    from tests.core.helpers import priced_document

    number = agreements.create_draft(
        demo_db, people["anna"], requirements_document_id=priced_document(demo_db, people["anna"]),
        title="Next", start_date=dt.date(DEMO_TODAY.year, 12, 1), end_date=dt.date(DEMO_TODAY.year + 1, 11, 30),
    )
    assert number == agreements.agreement_number(DEMO_TODAY.year, len(per_year[DEMO_TODAY.year]) + 1)


def test_prices_are_list_prices_converted_and_rounded_to_the_currencys_minor_unit(demo_db: Database) -> None:
    portfolio.generate_portfolio(demo_db, 120, today=DEMO_TODAY)
    fees = {level.id: (service, level) for service in catalogue.list_services(demo_db) for level in service.levels}
    currencies = {row.number: row.currency for row in _generated(demo_db)}
    for number, (version, lines, _) in _versions(demo_db).items():
        currency = currencies[number]
        assert 1 <= len(lines) <= 3 and [line.position for line in lines] == list(range(1, len(lines) + 1))
        for line in lines:
            service, level = fees[line.service_level_id]
            assert line.unit_price == round_money(level.monthly_fee * RATES[currency], currency)
            assert line.line_total == round_money(line.unit_price * line.quantity, currency)
            minor = Decimal(1).scaleb(-get_currency_precision(currency))
            assert line.line_total == line.line_total.quantize(minor) and line.unit_price == line.unit_price.quantize(minor)
            assert (line.service_name, line.level_name, line.coverage, line.availability_pct) == (
                service.name, level.name, level.coverage, level.availability_pct
            )
            priorities = line.priorities.split(", ")
            assert priorities == sorted(set(priorities)) and set(priorities) <= {"P1", "P2", "P3", "P4"}
            assert [t[0] for t in line.targets] == [t.priority for t in level.targets if t.priority in priorities]
            assert line.site and line.quantity > 0 and line.requirement_id is None
        assert version.monthly_total == sum((line.line_total for line in lines), Decimal(0))
        assert len({line.service_level_id for line in lines}) == len(lines)


def test_signed_versions_are_sealed_as_signing_seals_them_and_the_rest_are_not(demo_db: Database) -> None:
    portfolio.generate_portfolio(demo_db, 120, today=DEMO_TODAY)
    provider = "Nordvik Service Desk AB"
    signed = 0
    for number, (version, lines, signatures) in _versions(demo_db).items():
        status = Status(version.status)
        if status not in SIGNED_STATES:
            assert (version.content_json, version.content_sha256, version.frozen_at, signatures) == (None, None, None, [])
            continue
        signed += 1
        assert version.content_sha256 == sha256_text(version.content_json) and frozen.seal_intact(
            version.content_json, version.content_sha256
        )
        detail = agreements.get_agreement(demo_db, number)
        assert version.content_json == stable_json(frozen.content_from_detail(detail, provider))
        sealed = json.loads(version.content_json)
        assert sealed == json.loads(stable_json(content_of(
            agreement={"number": number, "title": detail.title, "kind": detail.kind, "currency": detail.currency,
                       "language": detail.language},
            customer={"name": detail.customer_name, "country": detail.customer_country,
                      "contact": {"name": detail.contact_name, "title": detail.contact_title,
                                  "email": detail.contact_email}},
            version_no=1, start_date=version.start_date, end_date=version.end_date,
            monthly_total=version.monthly_total,
            lines=[line_content({c: getattr(line, c) for c in ("position", "service_name", "level_name", "site",
                                                               "coverage", "priorities", "quantity", "unit_price",
                                                               "line_total", "availability_pct", "targets")})
                   for line in lines],
            provider=provider, author="Anna Lindqvist", terms=terms_json(terms_of(version)),
        )))
        assert sealed["terms"]["start"] == version.start_date.isoformat()  # the version's own renewal terms
        assert version.frozen_at is not None
        provider_signature, customer_signature = signatures
        assert (provider_signature.party, provider_signature.signer_name, provider_signature.signer_title) == (
            "provider", "Anna Lindqvist", "Account manager"
        )
        assert (customer_signature.party, customer_signature.signer_name, customer_signature.signer_title) == (
            "customer", detail.contact_name, "Authorised signatory"
        )
        assert provider_signature.recorded_by_id != customer_signature.recorded_by_id  # segregation of duties
        assert provider_signature.signed_at == customer_signature.signed_at == version.frozen_at
    assert signed > 30


def test_generated_agreements_can_be_found_by_search(demo_db: Database) -> None:
    portfolio.generate_portfolio(demo_db, 30, today=DEMO_TODAY)
    row = _generated(demo_db)[0]
    assert row.number in [r.number for r in register.list_agreements(demo_db, search=row.customer)]
    assert [r.number for r in register.list_agreements(demo_db, search=row.number)] == [row.number]


def test_customer_names_and_contacts_are_well_formed_in_each_markets_style(demo_db: Database) -> None:
    portfolio.generate_portfolio(demo_db, 3200, today=DEMO_TODAY)  # 400 customers: every name part is used
    generated = [c for c in customers.list_customers(demo_db) if c.contact_email.startswith("contact")]
    assert len(generated) == 400 and len({c.name for c in generated}) == 400
    styles = {"SE": r".+ AB", "VN": r"Công ty .+", "ID": r"PT .+", "UA": r"ТОВ «.+, .+»"}
    for customer in generated:
        assert re.fullmatch(styles[customer.country], customer.name), customer.name
        assert " ".join(customer.name.split()) == customer.name and "  " not in customer.name, customer.name
        assert not re.search(r" ,|« | »", customer.name), customer.name
        first_last = customer.contact_name.split(" ")
        assert len(first_last) >= 2 and all(first_last), customer.contact_name
        assert customer.contact_email == f"contact{customer.id}@example.{customer.country.lower()}"
    by_country = {country: [c for c in generated if c.country == country] for country in styles}
    assert all(len(group) >= 90 for group in by_country.values())
    # Vietnamese contacts are written family name first.
    market = next(m for m in portfolio.MARKETS if m[0] == "VN")
    assert all(c.contact_name.split(" ")[0] in market[6] for c in by_country["VN"])
    assert all(c.contact_name.split(" ")[0] in m[5] for m in portfolio.MARKETS if m[0] != "VN"
               for c in by_country[m[0]])


def test_generated_customers_are_stored_as_creating_one_by_hand_stores_it(demo_db: Database) -> None:
    """Only a name, a country, a language and a contact with a name and an e-mail, at the row's first version: no
    organisation number, title or phone made up."""
    portfolio.generate_portfolio(demo_db, 40, today=DEMO_TODAY)
    admin = users.get_actor(demo_db)
    by_hand = customers.create_customer(demo_db, admin, name="Hand AB", country="SE", language="sv",
                                        contact_name="Eva Ek", contact_email="eva@example.se")

    def stored(customer: Customer) -> tuple[object, ...]:
        contact = customer.contacts[0]
        return (customer.org_number, customer.row_version, len(customer.contacts), contact.title, contact.phone)

    with demo_db.read() as session:
        generated = session.scalars(select(Customer).join(Contact).where(Contact.email.startswith("contact"))).all()
        assert len(generated) == 5
        assert {stored(customer) for customer in generated} == {stored(session.get(Customer, by_hand.id))} \
            == {("", 1, 1, "", "")}


def test_each_batch_is_written_on_its_own_and_progress_is_told_after_each(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(portfolio, "BATCH", 40)
    told: list[tuple[int, int]] = []
    portfolio.generate_portfolio(demo_db, 100, today=DEMO_TODAY, progress=lambda done, total: told.append((done, total)))
    assert told == [(40, 100), (80, 100), (100, 100)]
    rows = _generated(demo_db)
    assert len(rows) == 100 and len({row.number for row in rows}) == 100
    with demo_db.read() as session:
        (event,) = session.scalars(select(AuditEvent).where(AuditEvent.action == "portfolio.generate")).all()
        first = session.scalar(select(Agreement.id).where(Agreement.currency != "EUR").order_by(Agreement.id))
    assert json.loads(event.detail) == {"count": 100, "seed": 7} and event.entity_id == first
    assert audit.check_log(demo_db).problem is None


def test_the_same_seed_gives_the_same_portfolio_and_another_seed_another(db: Database, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    portfolio.generate_portfolio(db, 40, today=DEMO_TODAY, seed=11)
    first = [(r.number, r.customer, r.status, r.monthly_total, r.start_date) for r in _generated(db)]
    other = Database.open(tmp_path_factory.mktemp("again") / "slamdesk.db")
    try:
        portfolio.generate_portfolio(other, 40, today=DEMO_TODAY, seed=11)
        assert [(r.number, r.customer, r.status, r.monthly_total, r.start_date) for r in _generated(other)] == first
        portfolio.generate_portfolio(other, 40, today=DEMO_TODAY, seed=12)
        second = [(r.customer, r.status, r.monthly_total) for r in _generated(other)][40:]
        assert second != [(c, s, m) for _, c, s, m, _ in first]
    finally:
        other.close()


def test_a_large_portfolio_is_written_a_thousand_agreements_at_a_time(demo_db: Database) -> None:
    told: list[tuple[int, int]] = []
    portfolio.generate_portfolio(demo_db, 2001, today=DEMO_TODAY, progress=lambda done, total: told.append((done, total)))
    assert told == [(1000, 2001), (2000, 2001), (2001, 2001)]  # what the window's progress bar shows


class _Started(Exception):
    pass


@pytest.mark.parametrize("count", [1, portfolio.MAX_AGREEMENTS])
def test_a_size_of_one_or_of_a_million_is_accepted(
    db: Database, monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    def started(*args: object, **kwargs: object) -> None:
        raise _Started  # the generation begins with the demo: stop there (a million would take minutes)

    monkeypatch.setattr(portfolio.demo, "load_demo", started)
    with pytest.raises(_Started):
        portfolio.generate_portfolio(db, count)


def test_on_a_new_database_the_demo_comes_as_of_the_day_given_too(db: Database) -> None:
    portfolio.generate_portfolio(db, 1, today=dt.date(2040, 5, 1))
    demo_numbers = [row.number for row in register.list_agreements(db) if row.currency == "EUR"]
    assert len(demo_numbers) == DEMO and "SLA-2040-0001" in demo_numbers


def test_the_provider_signs_by_its_author_and_the_customers_signature_is_recorded_at_the_customer_desk(
    demo_db: Database, people: dict[str, agreements.Actor]
) -> None:
    portfolio.generate_portfolio(demo_db, 40, today=DEMO_TODAY)
    recorded = {(s.party, s.recorded_by_id) for _, _, signatures in _versions(demo_db).values() for s in signatures}
    assert recorded == {("provider", people["anna"].id), ("customer", people["sofia"].id)}


def test_without_the_demos_people_the_administrator_authors_the_portfolio_and_records_its_signatures(
    demo_db: Database, people: dict[str, agreements.Actor]
) -> None:
    with demo_db.unit_of_work() as session:  # anna and sofia have left
        session.execute(text("UPDATE app_user SET active = false WHERE username IN ('anna', 'sofia')"))
    portfolio.generate_portfolio(demo_db, 40, today=DEMO_TODAY)
    admin = people["admin"].id
    made = _versions(demo_db).values()
    assert {version.author_id for version, _, _ in made} == {admin}
    assert {(s.party, s.recorded_by_id) for _, _, signatures in made for s in signatures} == {
        ("provider", admin), ("customer", admin),
    }


def test_on_sqlite_the_write_lock_is_left_free_a_moment_between_batches_and_not_after_the_last(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(portfolio, "BATCH", 40)
    pauses: list[float] = []
    monkeypatch.setattr(portfolio.time, "sleep", pauses.append)  # the pause itself, not its length, is what is seen
    portfolio.generate_portfolio(demo_db, 120, today=DEMO_TODAY)  # three batches exactly
    if demo_db.dialect == "sqlite":  # long enough for SQLite's busy handler (it polls every 100 ms), short for a run
        assert len(pauses) == 2 and all(0.1 <= pause <= 0.5 for pause in pauses)
    else:
        assert pauses == []  # PostgreSQL queues the writers waiting for a lock


def test_prices_in_a_currency_without_minor_units_are_whole_even_from_a_fee_in_fractions_of_a_cent(
    demo_db: Database,
) -> None:
    with demo_db.unit_of_work() as session:  # fees as a catalogue stores them, to four places (in ten-thousandths)
        session.execute(text("UPDATE service_level SET monthly_fee = monthly_fee + 49"))  # + EUR 0.0049
    portfolio.generate_portfolio(demo_db, 60, today=DEMO_TODAY)
    currencies = {row.number: row.currency for row in _generated(demo_db)}
    whole = [line.unit_price for number, (_, lines, _) in _versions(demo_db).items() for line in lines
             if currencies[number] in ("VND", "IDR")]
    assert whole and all(price == price.to_integral_value() for price in whole)


def test_a_generated_agreements_history_is_in_order_made_then_its_version_then_sealed_and_signed(demo_db: Database) -> None:
    portfolio.generate_portfolio(demo_db, 40, today=DEMO_TODAY)
    with demo_db.read() as session:
        rows = session.execute(
            select(Agreement.created_at, AgreementVersion.created_at, AgreementVersion.frozen_at)
            .join(AgreementVersion, AgreementVersion.agreement_id == Agreement.id).where(Agreement.currency != "EUR")
        ).all()
    assert len(rows) == 40 and any(sealed for _, _, sealed in rows)
    for made, drafted, sealed in rows:
        assert made <= drafted and (sealed is None or drafted <= sealed)


def test_generating_is_audited_once_on_the_first_agreement_made_with_its_size_and_seed(demo_db: Database) -> None:
    with demo_db.read() as session:
        before = session.scalar(select(func.max(Agreement.id)))
    portfolio.generate_portfolio(demo_db, 12, seed=11, today=DEMO_TODAY)
    with demo_db.read() as session:
        found = [(e.action, e.entity_type, e.entity_id, json.loads(e.detail)) for e in session.scalars(
            select(AuditEvent).where(AuditEvent.action == "portfolio.generate"))]
        first = session.scalar(select(func.min(Agreement.id)).where(Agreement.id > before))
    assert first == before + 1
    assert found == [("portfolio.generate", "agreement", first, {"count": 12, "seed": 11})]
