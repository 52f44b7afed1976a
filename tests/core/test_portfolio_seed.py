"""A seed makes the same portfolio on every run, backend and release (issue 18).

``bench/register_bench.py`` generates its portfolio with the default seed as of 2026-11-23 and times the
register over it: its numbers compare from one run (and release) to the next only while that portfolio is
the same rows. So the portfolio a seed makes is pinned here by a fingerprint of everything a person sees in
it. A deliberate change to the generated data (names, rates, weights, choices) changes the fingerprints:
update them in the same change, and say in its note that earlier benchmark numbers no longer compare.
"""

from __future__ import annotations

import hashlib
import json
import random
from decimal import Decimal

from slamdesk.core import agreements, customers, portfolio, register
from slamdesk.core.db import Database
from slamdesk.core.renewals.stored import get_terms
from slamdesk.core.renewals.terms import terms_json

from ..conftest import DEMO_TODAY

CUSTOMERS = "18a58f6652d6721ec287bdc3f3bc14d08d2fa455f7b86bf468e3208f489fe0e7"
DRAWN_TERMS = "e0cdc3355207fe25bdedc7e889719940a1b3e8536ca6b08c78018de05493f30d"
TERMS = "2dde9dd268d8144ab3d5b19f82d427d12ee427ea081ab466401ba4cf90113877"
AGREEMENTS = "5a1d4715704b62c5d9d44f8d7a2a57243c171ede2c5a7e881a4e9f9bcd49fddb"


def fingerprint(value: object) -> str:
    return hashlib.sha256(json.dumps(value, ensure_ascii=False, default=str).encode()).hexdigest()


def test_the_default_seed_names_the_same_customers_and_contacts_in_every_market() -> None:
    # As many as the largest portfolio asks for: every name of every market (8 x 8 x 8, and 8 x 8 x 2 in Vietnam),
    # every first and last name.
    made, contacts = portfolio._customers(random.Random(7), 4 * 512, 1)
    seen = [(c["id"], c["name"], c["country"], c["language"], p["name"], p["email"]) for c, p in zip(made, contacts)]
    assert len({name for _, name, *_ in seen}) == len(seen) == 3 * 512 + 128
    assert fingerprint(seen) == CUSTOMERS


def test_the_default_seed_makes_the_same_agreements_as_of_the_same_day(demo_db: Database) -> None:
    portfolio.generate_portfolio(demo_db, 240, today=DEMO_TODAY)
    rows = [row for row in register.list_agreements(demo_db) if row.currency != "EUR"]
    seen = []
    for row in rows:
        detail = agreements.get_agreement(demo_db, row.number)
        seen.append((
            row.number, row.customer, row.title, row.kind, row.status.value, row.start_date, row.end_date,
            f"{row.monthly_total:.4f}", row.currency, detail.language, detail.contact_name,
            [(line.service_name, line.level_name, line.site, line.coverage, line.priorities, line.quantity,
              f"{line.unit_price:.4f}", f"{line.line_total:.4f}", f"{Decimal(line.availability_pct):.4f}")
             for line in detail.lines],
            [(s.party, s.name, s.title) for s in detail.signatures],
        ))
    assert len(seen) == 240 and len(customers.list_customers(demo_db)) == 7 + 30
    assert fingerprint(seen) == AGREEMENTS


def test_the_generated_customers_contacts_are_numbered_on_from_the_demos_customers(demo_db: Database) -> None:
    portfolio.generate_portfolio(demo_db, 8, today=DEMO_TODAY)  # the demo has 7 customers: the portfolio's start at 8
    made = sorted((c.id, c.contact_email) for c in customers.list_customers(demo_db) if c.contact_email.startswith("contact"))
    assert [email for _, email in made] == [
        "contact8@example.se", "contact9@example.vn", "contact10@example.id", "contact11@example.ua",
    ]


def test_the_default_seed_gives_the_same_agreements_the_same_terms(demo_db: Database) -> None:
    portfolio.generate_portfolio(demo_db, 240, today=DEMO_TODAY)
    seen = [(row.number, terms_json(get_terms(demo_db, row.number)[0]))
            for row in register.list_agreements(demo_db) if row.currency != "EUR"]
    assert len(seen) == 240
    assert fingerprint(seen) == TERMS


def test_the_default_seed_draws_the_same_terms_for_as_many_agreements_as_a_large_portfolio() -> None:
    # 2,000 draws as the generator makes them (its terms' own random numbers, seed 7 + 1; one to three years): enough
    # for a change of any weight or choice to move some agreement's terms, which 240 agreements may not show.
    rng = random.Random(7 + 1)
    drawn = [portfolio._terms(rng, 1 + n % 3) for n in range(2000)]
    assert {terms["renewal"] for terms in drawn} == {"tacit", "express", "none"}
    assert fingerprint(drawn) == DRAWN_TERMS
