"""A demo portfolio: catalogue, customers in four scripts, agreements in every state.

Everything is created through the same use cases the UI and CLI call, so the
demo also writes a real audit trail. Running it twice adds nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from . import agreements, catalogue, customers, requirements, settings, users
from .catalogue import LevelInput
from .db import Database
from .lifecycle import Status
from .requirements import RequirementInput
from .roles import Actor, Role

PROVIDER = "Nordvik Service Desk AB"

USERS = (
    ("anna", "Anna Lindqvist", Role.REPRESENTATIVE),
    ("linh", "Trần Thị Linh", Role.LEGAL_REVIEWER),
    ("budi", "Budi Santoso", Role.QUALITY_CHECKER),
)


def _levels(
    fees: tuple[str, str, str],
    availability: tuple[str, str, str],
    p1_response: tuple[int, int, int],
    business_hours: bool = True,
) -> list[LevelInput]:
    coverages = ("Mon-Fri 08:00-17:00", "Mon-Fri 07:00-19:00", "24x7")
    levels = []
    for index, name in enumerate(("Bronze", "Silver", "Gold")):
        base = p1_response[index]
        levels.append(
            LevelInput(
                name=name,
                monthly_fee=Decimal(fees[index]),
                currency="EUR",
                coverage=coverages[index],
                availability_pct=Decimal(availability[index]),
                targets={
                    "P1": (base, base * 4),
                    "P2": (base * 2, base * 12),
                    "P3": (base * 8, base * 40),
                    "P4": (base * 16, base * 80),
                },
                business_hours=business_hours and index < 2,
            )
        )
    return levels


SERVICES = (
    ("SD", "Service desk", "First-line support by phone, chat and e-mail; priced per user.",
     _levels(("18.00", "26.00", "39.00"), ("99.0", "99.5", "99.9"), (60, 30, 15))),
    ("ONB", "User onboarding and offboarding",
     "New user accounts created within one working day of the form; leavers deprovisioned at once.",
     _levels(("4.50", "6.00", "9.50"), ("99.0", "99.5", "99.9"), (240, 120, 60))),
    ("NET", "Network monitoring", "Around-the-clock monitoring of sites' networks; priced per site.",
     _levels(("210.00", "340.00", "520.00"), ("99.5", "99.9", "99.95"), (30, 15, 5), business_hours=False)),
    ("HW", "On-site printer and hardware support",
     "On-site response to printer and hardware faults; new equipment shipped within five working days.",
     _levels(("95.00", "150.00", "240.00"), ("98.0", "99.0", "99.5"), (480, 240, 120))),
)

CUSTOMERS = (
    ("Fjällbacka Rederi AB", "SE", "sv", "Åsa Öberg", "IT-chef", "asa.oberg@fjallbacka-rederi.se"),
    ("Công ty TNHH Phần mềm Sông Hồng", "VN", "vi", "Nguyễn Thị Hương", "Giám đốc vận hành", "huong.nguyen@songhong.vn"),
    ("PT Nusantara Logistik Sejahtera", "ID", "id", "Siti Rahmawati", "Kepala TI", "siti.rahmawati@nusantara-logistik.co.id"),
    ("ТОВ «Київські мережі»", "UA", "uk", "Олена Коваленко", "Технічна директорка", "olena.kovalenko@kyivnet.ua"),
    ("Växjö Bostäder AB", "SE", "sv", "Björn Ångström", "Driftansvarig", "bjorn.angstrom@vaxjobostader.se"),
    ("Tập đoàn Vận tải Đà Nẵng", "VN", "vi", "Trần Văn Đức", "Trưởng phòng CNTT", "duc.tran@vantaidanang.vn"),
    ("ПрАТ «Львівська пекарня»", "UA", "uk", "Богдан Гнатюк", "Фінансовий директор", "b.hnatiuk@lvivbakery.ua"),
)

# customer index, target status, [(service code, site, coverage, priorities, quantity, level)]
AGREEMENTS: tuple[tuple[int, Status, list[tuple[str, str, str, tuple[str, ...], int, str]]], ...] = (
    (0, Status.ACTIVE, [("SD", "Göteborg", "Mon-Fri 07:00-19:00", ("P1", "P2", "P3"), 85, "Silver"),
                        ("NET", "Fjällbacka hamn", "24x7", ("P1", "P2"), 2, "Gold")]),
    (1, Status.SIGNED, [("SD", "Hà Nội", "Mon-Fri 08:00-17:00", ("P1", "P2", "P3", "P4"), 140, "Silver"),
                        ("ONB", "Hà Nội", "Mon-Fri 08:00-17:00", ("P3",), 140, "Bronze")]),
    (2, Status.SIGNED, [("HW", "Jakarta Utara", "Mon-Fri 08:00-17:00", ("P1", "P2"), 6, "Gold"),
                        ("SD", "Surabaya", "Mon-Fri 08:00-17:00", ("P1", "P2", "P3"), 60, "Bronze")]),
    (3, Status.APPROVED, [("NET", "Київ, Поділ", "24x7", ("P1", "P2", "P3"), 4, "Gold")]),
    (4, Status.IN_REVIEW, [("HW", "Växjö centrum", "Mon-Fri 08:00-17:00", ("P2", "P3"), 3, "Silver")]),
    (5, Status.CHANGES_REQUESTED, [("SD", "Đà Nẵng", "24x7", ("P1", "P2"), 220, "Gold")]),
    (6, Status.DRAFT, [("ONB", "Львів", "Mon-Fri 08:00-17:00", ("P3", "P4"), 45, "Silver")]),
    (4, Status.TERMINATED, [("SD", "Växjö", "Mon-Fri 08:00-17:00", ("P2", "P3"), 30, "Bronze")]),
)

TITLES = {
    "sv": "Servicenivåavtal för IT-drift",
    "vi": "Thỏa thuận mức dịch vụ CNTT",
    "id": "Perjanjian tingkat layanan TI",
    "uk": "Угода про рівень ІТ-обслуговування",
}


def term_end(start: dt.date, years: int) -> dt.date:
    """The last day of a term of ``years`` years from ``start`` (29 February safe)."""
    try:
        anniversary = start.replace(year=start.year + years)
    except ValueError:
        anniversary = dt.date(start.year + years, 3, 1)
    return anniversary - dt.timedelta(days=1)


@dataclass(frozen=True)
class DemoResult:
    created: bool
    agreements: int


def _advance(db: Database, number: str, target: Status, people: dict[str, Actor], signatory: tuple[str, str]) -> None:
    rep, reviewer = people["anna"], people["linh"]
    order = [Status.IN_REVIEW, Status.APPROVED, Status.SIGNED, Status.ACTIVE, Status.TERMINATED]
    if target is Status.DRAFT:
        return
    agreements.submit_for_review(db, rep, number)
    if target is Status.CHANGES_REQUESTED:
        agreements.request_changes(db, reviewer, number, "Add the Đà Nẵng night shift to the coverage.")
        return
    for step in order[1 : order.index(target) + 1]:
        if step is Status.APPROVED:
            agreements.approve(db, reviewer, number, "Clauses and prices checked.")
        elif step is Status.SIGNED:
            agreements.sign(db, rep, number, party="provider", signer_name=rep.display_name, signer_title="Account manager")
            agreements.sign(db, rep, number, party="customer", signer_name=signatory[0], signer_title=signatory[1])
        elif step is Status.ACTIVE:
            agreements.activate(db, rep, number)
        elif step is Status.TERMINATED:
            agreements.terminate(db, rep, number, "Customer moved the service in-house.")


def load_demo(db: Database, today: dt.date | None = None) -> DemoResult:
    """Fill ``db`` with the demo portfolio unless it is there already."""
    if customers.find_customer(db, CUSTOMERS[0][0]) is not None:
        return DemoResult(created=False, agreements=0)
    today = today or dt.date.today()
    admin = users.get_actor(db)
    people = {username: users.ensure_user(db, username, name, role) for username, name, role in USERS}
    settings.set_setting(db, admin, settings.PROVIDER_NAME, PROVIDER)
    known = {service.code for service in catalogue.list_services(db)}
    for code, name, description, levels in SERVICES:
        if code not in known:
            catalogue.add_service(db, admin, code=code, name=name, description=description, levels=levels)
    services = {service.code: service for service in catalogue.list_services(db)}
    made = [
        customers.create_customer(
            db, people["anna"], name=name, country=country, language=language,
            contact_name=contact, contact_title=title, contact_email=email,
        )
        for name, country, language, contact, title, email in CUSTOMERS
    ]
    for index, (customer_index, status, lines) in enumerate(AGREEMENTS):
        customer = made[customer_index]
        document = requirements.create_requirements(
            db, people["anna"], customer_id=customer.id,
            requirements=[
                RequirementInput(services[code].id, site, coverage, priorities, quantity=quantity)
                for code, site, coverage, priorities, quantity, _ in lines
            ],
        )
        choices = {
            item.id: next(level.id for level in services[code].levels if level.name == level_name)
            for item, (code, _, _, _, _, level_name) in zip(document.items, lines)
        }
        requirements.choose_levels(db, people["anna"], document.id, choices)
        start = dt.date(today.year, 1, 1) + dt.timedelta(days=30 * index)
        if status is Status.TERMINATED:
            start = dt.date(today.year - 2, 3, 1)
        number = agreements.create_draft(
            db, people["anna"], requirements_document_id=document.id,
            title=TITLES.get(customer.language, "IT service-level agreement"),
            start_date=start, end_date=term_end(start, 2),
        )
        _advance(db, number, status, people, (customer.contact_name, customer.contact_title))
    return DemoResult(created=True, agreements=len(AGREEMENTS))
