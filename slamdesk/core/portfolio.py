"""A large generated portfolio for load work: `slamdesk demo --agreements N`.

Rows are inserted in bulk (a use case per agreement would take minutes at
100,000), but with the same shapes, rounding and content hashing as the use
cases, so the register, search and exports treat them like any other.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import time
from collections.abc import Callable
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from sqlalchemy import func, insert, select, update

from ..models import Agreement, AgreementLine, AgreementVersion, Contact, Customer, Signature
from ..models.base import MONEY_SCALE, utcnow
from . import audit, clock, demo, search_index, users
from .agreements import KINDS, Party, agreement_number, last_sequence
from .backends import ids_given
from .catalogue import list_services
from .content import content_of, line_content, sha256_text, stable_json
from .db import Database
from .errors import ValidationError
from .lifecycle import Status
from .money import ZERO, round_money
from .renewals.terms import terms_json, terms_of
from .roles import Actor
from .settings import PROVIDER_NAME, get_setting
from .words import _

MAX_AGREEMENTS = 1_000_000
# One transaction each: short enough that other writers never wait out the busy timeout.
BATCH = 1_000
# Between two batches on SQLite, the lock is left free this long: SQLite's busy handler polls (every
# 100 ms once it has waited a while) rather than queueing, so a writer waiting beside a bulk run that
# takes the lock back at once could miss every gap. PostgreSQL queues lock waiters: no pause there.
SQLITE_PAUSE_S = 0.12

# country, language, currency, rate from EUR, name parts, first names, last names
MARKETS = (
    ("SE", "sv", "SEK", Decimal("11.5"),
     (("Norrlands", "Göta", "Skånska", "Mälardalens", "Vänerns", "Östgöta", "Dalarnas", "Hallands"),
      ("Bygg", "Logistik", "Energi", "Data", "Frakt", "Hälsa", "Fastigheter", "Teknik"),
      ("Umeå", "Luleå", "Örebro", "Malmö", "Västerås", "Jönköping", "Gävle", "Borås")),
     ("Åsa", "Björn", "Märta", "Örjan", "Karin", "Sören"), ("Öberg", "Ångström", "Lindqvist", "Sjögren", "Hägg")),
    ("VN", "vi", "VND", Decimal("27000"),
     (("Phần mềm", "Vận tải", "Thương mại", "Dịch vụ", "Xây dựng", "Năng lượng", "Dược phẩm", "Thủy sản"),
      ("Sài Gòn", "Hà Nội", "Đà Nẵng", "Cửu Long", "Hải Phòng", "Huế", "Cần Thơ", "Nha Trang"),
      ("TNHH", "Cổ phần")),
     ("Hương", "Đức", "Thảo", "Quang", "Ngọc", "Tuấn"), ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng")),
    ("ID", "id", "IDR", Decimal("17000"),
     (("Nusantara", "Sinar", "Mitra", "Cahaya", "Bumi", "Garuda", "Samudra", "Karya"),
      ("Teknologi", "Logistik", "Energi", "Niaga", "Data", "Medika", "Pangan", "Konstruksi"),
      ("Abadi", "Sejahtera", "Mandiri", "Utama", "Jaya", "Persada", "Makmur", "Lestari")),
     ("Siti", "Budi", "Dewi", "Agus", "Rina", "Wahyu"), ("Rahmawati", "Santoso", "Wijaya", "Hidayat", "Lestari")),
    ("UA", "uk", "UAH", Decimal("45"),
     (("Дніпровські", "Карпатські", "Поліські", "Слобідські", "Подільські", "Волинські", "Галицькі", "Таврійські"),
      ("мережі", "системи", "перевезення", "технології", "енергосистеми", "логістика", "сервіси", "комунікації"),
      ("Київ", "Львів", "Одеса", "Харків", "Дніпро", "Вінниця", "Полтава", "Чернігів")),
     ("Олена", "Богдан", "Ірина", "Тарас", "Оксана", "Андрій"), ("Коваленко", "Шевченко", "Бондаренко", "Гнатюк", "Мельник")),
)

STATUS_WEIGHTS = (
    (Status.ACTIVE, 40), (Status.SIGNED, 12), (Status.TERMINATED, 18), (Status.DRAFT, 10),
    (Status.IN_REVIEW, 8), (Status.CHANGES_REQUESTED, 4), (Status.APPROVED, 8),
)
SIGNED = {Status.SIGNED, Status.ACTIVE, Status.TERMINATED}
STORED = 1 / MONEY_SCALE  # amounts come back from the database with four places


def _as_stored(amount: Decimal) -> Decimal:
    """``amount`` as the database returns it: what signing seals (``str(Decimal("26.0000"))``), so the seal is the same."""
    return amount.quantize(STORED)


def _customer_name(country: str, combo: tuple[str, ...]) -> str:
    a, b, c = combo
    if country == "SE":
        return f"{a} {b} {c} AB"
    if country == "VN":
        return f"Công ty {c} {a} {b}"
    if country == "ID":
        return f"PT {a} {b} {c}"
    return f"ТОВ «{a} {b}, {c}»"


def generate_portfolio(
    db: Database,
    count: int,
    *,
    seed: int = 7,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Add ``count`` agreements spread over customers, statuses, kinds and years.

    Each batch of ``BATCH`` agreements is its own transaction (ids and numbers
    taken inside it), so another window or command waits for the write lock
    for one batch at most, never for the whole run. ``progress(done, count)``
    is told after each batch.
    """
    if not 1 <= count <= MAX_AGREEMENTS:
        raise ValidationError(_("the number of agreements must be between 1 and {most:,}").format(most=MAX_AGREEMENTS),
                              field="agreements")
    demo.load_demo(db, today=today)
    today = today or clock.today()
    rng = random.Random(seed)
    terms_rng = random.Random(seed + 1)  # its own: the rest of the portfolio is the same as before terms existed
    admin = users.get_actor(db)
    author = next((a for a in users.list_actors(db) if a.username == "anna"), admin)
    # The customer's signatures are recorded by another profile than the provider's (segregation of duties).
    customer_desk = next((a for a in users.list_actors(db) if a.username == "sofia"), admin)
    levels = [(service, level) for service in list_services(db) for level in service.levels]
    statuses = [status for status, weight in STATUS_WEIGHTS for _copy in range(weight)]
    customers_wanted = max(4, min(count // 8, 4 * 512))
    now = utcnow()
    provider = get_setting(db, PROVIDER_NAME)
    with db.unit_of_work() as session:
        next_customer = (session.scalar(select(func.max(Customer.id))) or 0) + 1
        customers, contacts = _customers(rng, customers_wanted, next_customer)
        session.execute(insert(Customer), customers)
        session.execute(insert(Contact), contacts)
        ids_given(session, Customer.__tablename__)
        first_agreement = (session.scalar(select(func.max(Agreement.id))) or 0) + 1
    by_id = {c["id"]: (c, contact) for c, contact in zip(customers, contacts)}
    for start in range(0, count, BATCH):
        with db.unit_of_work() as session:
            next_agreement = (session.scalar(select(func.max(Agreement.id))) or 0) + 1
            next_version = (session.scalar(select(func.max(AgreementVersion.id))) or 0) + 1
            sequences: dict[int, int] = {}
            agreements, versions, lines, signatures, seals = [], [], [], [], []
            for offset in range(min(BATCH, count - start)):
                customer, contact = by_id[next_customer + rng.randrange(len(customers))]
                market = next(m for m in MARKETS if m[0] == customer["country"])
                start_date = today - dt.timedelta(days=rng.randrange(-120, 6 * 365))
                year = start_date.year
                sequences[year] = sequences.get(year) or last_sequence(session, year)
                sequences[year] += 1
                agreement_id, version_id = next_agreement + offset, next_version + offset
                status = rng.choice(statuses)
                years = rng.choice((1, 2, 3))
                end_date = demo.term_end(start_date, years)
                agreement = {
                    "id": agreement_id, "number": agreement_number(year, sequences[year]), "customer_id": customer["id"],
                    "kind": rng.choices(list(KINDS), weights=(70, 12, 10, 8))[0],
                    "title": demo.TITLES.get(customer["language"], "IT service-level agreement"),
                    "currency": market[2], "language": customer["language"], "requirements_document_id": None,
                    "current_version_no": 1, "created_at": now,
                }
                version_lines = _lines(rng, levels, version_id, market[2], market[3])
                total = sum((line["line_total"] for line in version_lines), ZERO)
                # Signed ones are inserted approved, then signed and sealed, as the use cases do.
                version = {
                    "id": version_id, "agreement_id": agreement_id, "version_no": 1,
                    "status": Status.APPROVED.value if status in SIGNED else status.value,
                    "start_date": start_date, "end_date": end_date, "monthly_total": total,
                    "author_id": author.id, "created_at": now, "row_version": 1,
                    "content_json": None, "content_sha256": None, "frozen_at": None,
                    **_terms(terms_rng, years),
                }
                if status in SIGNED:
                    content = stable_json(_content(agreement, customer, contact, version, version_lines, provider, author))
                    seals.append(
                        {"id": version_id, "row_version": 1, "status": status.value, "content_json": content,
                         "content_sha256": sha256_text(content), "frozen_at": now}
                    )
                    signatures += _signatures(version_id, author, customer_desk, contact, now)
                agreements.append(agreement)
                versions.append(version)
                lines += version_lines
            session.execute(insert(Agreement), agreements)
            session.execute(insert(AgreementVersion), versions)
            session.execute(insert(AgreementLine), lines)
            if signatures:
                session.execute(insert(Signature), signatures)
            if seals:  # frozen only once their lines and signatures are in, as signing does
                session.execute(update(AgreementVersion), seals)
            ids_given(session, Agreement.__tablename__, AgreementVersion.__tablename__)
            search_index.refresh(session, [a["id"] for a in agreements])
        if progress is not None:
            progress(start + len(agreements), count)
        if db.dialect == "sqlite" and start + BATCH < count:
            time.sleep(SQLITE_PAUSE_S)
    with db.unit_of_work() as session:
        audit.record(session, admin, "portfolio.generate", "agreement", first_agreement, count=count, seed=seed)
    return count


def _terms(rng: random.Random, years: int) -> dict[str, Any]:
    """Varied terms in time: renewing tacitly, expressly or not at all, with notice in days or months and reviews."""
    unit = rng.choice(("days", "days", "months"))
    return {"initial_term_months": 12 * years,
            "renewal": rng.choices(("tacit", "express", "none"), weights=(50, 25, 25))[0],
            "renewal_term_months": rng.choice((12, 12, 24)), "max_renewals": rng.choice((None, None, 1, 2, 3)),
            "notice_period": rng.choice((30, 60, 90)) if unit == "days" else rng.choice((1, 3, 6)), "notice_unit": unit,
            "notice_by": rng.choice(("either", "either", "customer", "provider")),
            "review_months": rng.choice((None, 6, 12))}


def _customers(rng: random.Random, wanted: int, first_id: int) -> tuple[list[dict], list[dict]]:  # type: ignore[type-arg]
    names = []
    for market in MARKETS:
        combos = list(itertools.product(*market[4]))
        rng.shuffle(combos)
        names.append([(market, combo) for combo in combos])
    chosen = [pair for group in itertools.zip_longest(*names) for pair in group if pair][:wanted]
    customers, contacts = [], []
    for index, (market, combo) in enumerate(chosen):
        country, language = market[0], market[1]
        customer_id = first_id + index
        first, last = rng.choice(market[5]), rng.choice(market[6])
        customers.append({
            "id": customer_id, "name": _customer_name(country, combo), "country": country,
            "language": language, "org_number": "", "created_at": utcnow(), "row_version": 1,
        })
        contacts.append({
            "customer_id": customer_id, "name": f"{last} {first}" if country == "VN" else f"{first} {last}",
            "title": "", "email": f"contact{customer_id}@example.{country.lower()}", "phone": "",
        })
    return customers, contacts


def _lines(rng: random.Random, levels: list, version_id: int, currency: str, rate: Decimal) -> list[dict]:  # type: ignore[type-arg]
    lines = []
    for position, (service, level) in enumerate(rng.sample(levels, rng.choice((1, 1, 2, 2, 3))), start=1):
        quantity = rng.choice((1, 2, 5, 10, 25, 60, 140))
        unit_price = _as_stored(round_money(level.monthly_fee * rate, currency))
        priorities = sorted(rng.sample(["P1", "P2", "P3", "P4"], rng.choice((1, 2, 3, 4))))
        lines.append({
            "version_id": version_id, "position": position, "requirement_id": None, "service_level_id": level.id,
            "service_name": service.name, "level_name": level.name,
            "site": rng.choice(("Head office", "Branch", "Warehouse", "Data centre")),
            "coverage": level.coverage, "priorities": ", ".join(priorities), "quantity": quantity,
            "unit_price": unit_price, "line_total": _as_stored(round_money(unit_price * quantity, currency)),
            "availability_pct": level.availability_pct,
            "targets": [[t.priority, t.response_minutes, t.resolution_minutes, t.business_hours]
                        for t in level.targets if t.priority in priorities],
        })
    return lines


def _content(
    agreement: dict[str, Any], customer: dict[str, Any], contact: dict[str, Any], version: dict[str, Any],
    lines: list[dict[str, Any]], provider: str, author: Actor,
) -> dict[str, Any]:
    return content_of(
        agreement={k: agreement[k] for k in ("number", "title", "kind", "currency", "language")},
        customer={"name": customer["name"], "country": customer["country"],
                  "contact": {"name": contact["name"], "title": contact["title"], "email": contact["email"]}},
        version_no=1, start_date=version["start_date"], end_date=version["end_date"],
        monthly_total=version["monthly_total"],
        lines=[line_content(line) for line in lines],
        provider=provider,
        author=author.display_name,
        terms=terms_json(terms_of(SimpleNamespace(**version))),
    )


def _signatures(
    version_id: int, author: Actor, customer_desk: Actor, contact: dict, at: dt.datetime  # type: ignore[type-arg]
) -> list[dict]:  # type: ignore[type-arg]
    return [
        {"version_id": version_id, "party": Party.PROVIDER.value, "signer_name": author.display_name,
         "signer_title": "Account manager", "signed_at": at, "recorded_by_id": author.id},
        {"version_id": version_id, "party": Party.CUSTOMER.value, "signer_name": contact["name"],
         "signer_title": contact["title"] or "Authorised signatory", "signed_at": at,
         "recorded_by_id": customer_desk.id},
    ]
