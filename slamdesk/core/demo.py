"""A demo portfolio: catalogue, customers in four scripts, agreements in every state.

Everything is created through the same use cases the UI and CLI call, so the
demo also writes a real audit trail. Running it twice adds nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from ..models import Customer, Setting
from ..models.base import utcnow
from . import agreements, catalogue, clock, customers, requirements, settings, users
from .catalogue import BandInput, CommitmentInput, LevelInput, VariantInput
from .db import Database
from .demo_names import ACCOUNT_MANAGER, APPROVED, LEVEL_NAMES, SERVICE_NAMES
from .lifecycle import Status
from .renewals import notice_letter, standing
from .renewals.stored import set_terms
from .renewals.terms import NoticeBy, NoticeUnit, Renewal, Terms, anniversary
from .requirements import RequirementInput
from .reviews import ReviewerInput
from .roles import Actor, Role

PROVIDER = "Nordvik Service Desk AB"

USERS = (
    ("anna", "Anna Lindqvist", Role.REPRESENTATIVE),
    ("linh", "Trần Thị Linh", Role.LEGAL_REVIEWER),
    ("budi", "Budi Santoso", Role.QUALITY_CHECKER),
    # Records the customers' signatures: the provider's people never sign for both sides.
    ("sofia", "Sofia Berg", Role.CUSTOMER_SIGNATORY),
)


def _levels(
    fees: tuple[str, str, str],
    availability: tuple[str, str, str],
    p1_response: tuple[int, int, int],
    *,
    unit: str,
    business_hours: bool = True,
    coverages: tuple[str, str, str] = ("Mon-Fri 08:00-17:00", "Mon-Fri 07:00-19:00", "24x7"),
    **extra: dict[str, object],
) -> list[LevelInput]:
    """Bronze, Silver and Gold; ``extra`` maps a level name to more LevelInput fields."""
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
                calendar="Mon-Fri 08:00-17:00, public holidays off" if business_hours and index < 2 else "24x7",
                unit=unit,
                names=LEVEL_NAMES[name],
                **extra.get(name, {}),  # type: ignore[arg-type]
            )
        )
    return levels


SD_BANDS = (BandInput(100, Decimal("5")), BandInput(250, Decimal("10")))
RURAL_HW = VariantInput("Rural", Decimal("20"), {"P1": (480, 1440), "P2": (960, 2880)})
SERVICES = (
    ("SD", "Service desk", "First-line support by phone, chat and e-mail; priced per user.",
     _levels(("18.00", "26.00", "39.00"), ("99.0", "99.5", "99.9"), (60, 30, 15), unit="user",
             Bronze={"bands": SD_BANDS}, Silver={"bands": SD_BANDS},
             Gold={"bands": SD_BANDS, "min_units": 20})),
    ("ONB", "User onboarding and offboarding",
     "New user accounts created within one working day of the form; leavers deprovisioned at once.",
     _levels(("4.50", "6.00", "9.50"), ("99.0", "99.5", "99.9"), (240, 120, 60), unit="user", **{  # type: ignore[arg-type]
         name: {"commitments": (
             CommitmentInput("New user account created", Decimal(days), "working_days"),
             CommitmentInput("Leaver's access removed", Decimal(hours), "business_hours"),
         )}
         for name, days, hours in (("Bronze", "2", "8"), ("Silver", "1", "4"), ("Gold", "1", "2"))
     })),
    ("NET", "Network monitoring", "Around-the-clock monitoring of sites' networks; priced per site.",
     _levels(("210.00", "340.00", "520.00"), ("99.5", "99.9", "99.95"), (30, 15, 5), unit="site",
             business_hours=False, coverages=("24x7", "24x7", "24x7"),
             Gold={"fixed_fee": Decimal("400.00"), "variants": (VariantInput("Rural", Decimal("15")),)})),
    ("HW", "On-site printer and hardware support",
     "On-site response to printer and hardware faults; new equipment shipped within five working days.",
     _levels(("95.00", "150.00", "240.00"), ("98.0", "99.0", "99.5"), (480, 240, 120), unit="site",
             coverages=("Mon-Fri 08:00-17:00", "Mon-Fri 07:00-19:00", "Mon-Fri 07:00-19:00"),
             Bronze={"commitments": (CommitmentInput("Replacement equipment shipped", Decimal("5"), "working_days"),)},
             Silver={"variants": (RURAL_HW,),
                     "commitments": (CommitmentInput("Replacement equipment shipped", Decimal("3"), "working_days"),)},
             Gold={"regions": ("City",),
                   "commitments": (CommitmentInput("Replacement equipment shipped", Decimal("2"), "working_days"),)})),
    ("FLD", "Field engineering on demand",
     "Engineer visits booked as needed: a small monthly retainer and a price per completed visit.",
     [
         LevelInput(
             name=name, monthly_fee=Decimal("0"), fixed_fee=Decimal(retainer), unit=catalogue.Unit.NONE,
             value_unit="delivered_item", value_price=Decimal(visit), currency="EUR",
             coverage="Mon-Fri 08:00-17:00", availability_pct=Decimal("99.0"),
             targets={"P2": (response, response * 8), "P3": (response * 2, response * 16)},
             calendar="Mon-Fri 08:00-17:00, public holidays off", names=LEVEL_NAMES[name],
         )
         for name, retainer, visit, response in (("Standard", "150.00", "85.00", 480), ("Priority", "300.00", "120.00", 240))
     ]),
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

# customer index, target status, [(service code, site, region, coverage, priorities, volume, level)];
# the volume counts the service's priced unit (users or sites).
AGREEMENTS: tuple[tuple[int, Status, list[tuple[str, str, str, str, tuple[str, ...], int, str]]], ...] = (
    (0, Status.ACTIVE, [("SD", "Göteborg", "City", "Mon-Fri 07:00-19:00", ("P1", "P2", "P3"), 85, "Silver"),
                        ("NET", "Fjällbacka hamn", "Rural", "24x7", ("P1", "P2"), 2, "Gold")]),
    (1, Status.SIGNED, [("SD", "Hà Nội", "City", "Mon-Fri 08:00-17:00", ("P1", "P2", "P3", "P4"), 140, "Silver"),
                        ("ONB", "Hà Nội", "City", "Mon-Fri 08:00-17:00", ("P3",), 140, "Bronze")]),
    (2, Status.SIGNED, [("HW", "Jakarta Utara", "City", "Mon-Fri 08:00-17:00", ("P1", "P2"), 6, "Gold"),
                        ("SD", "Surabaya", "City", "Mon-Fri 08:00-17:00", ("P1", "P2", "P3"), 60, "Bronze")]),
    (3, Status.APPROVED, [("NET", "Київ, Поділ", "City", "24x7", ("P1", "P2", "P3"), 4, "Gold")]),
    (4, Status.IN_REVIEW, [("HW", "Växjö centrum", "City", "Mon-Fri 08:00-17:00", ("P2", "P3"), 3, "Silver")]),
    (5, Status.CHANGES_REQUESTED, [("SD", "Đà Nẵng", "City", "24x7", ("P1", "P2"), 220, "Gold")]),
    (6, Status.DRAFT, [("ONB", "Львів", "City", "Mon-Fri 08:00-17:00", ("P3", "P4"), 45, "Silver")]),
    (4, Status.TERMINATED, [("SD", "Växjö", "City", "Mon-Fri 08:00-17:00", ("P2", "P3"), 30, "Bronze")]),
    (6, Status.ACTIVE, [("SD", "Львів", "City", "Mon-Fri 08:00-17:00", ("P2", "P3"), 40, "Bronze")]),
    (2, Status.ACTIVE, [("SD", "Bandung", "City", "Mon-Fri 08:00-17:00", ("P2", "P3"), 25, "Bronze")]),
)
ENDED_BY_NOTICE = 8  # AGREEMENTS' index of the one the customer gave notice on
ENDED = (7, ENDED_BY_NOTICE, 9)  # with the one terminated for cause and the one that expired
VOLUME_OF = {"SD": "users", "ONB": "users", "NET": "sites", "HW": "sites"}
# How each of AGREEMENTS renews after its two years (``renewals.terms.Terms``): by itself unless notice is given,
# only when confirmed, or not at all; with the periodic reviews the reminders panel shows.
RENEWALS: tuple[dict[str, Any], ...] = (
    {"renewal": Renewal.TACIT, "renewal_months": 12, "notice": 3, "notice_unit": NoticeUnit.MONTHS, "review_months": 6},
    {"renewal": Renewal.TACIT, "renewal_months": 12, "notice": 90, "notice_by": NoticeBy.CUSTOMER, "review_months": 12},
    {"renewal": Renewal.EXPRESS, "renewal_months": 24, "max_renewals": 2, "review_months": 6},
    {"renewal": Renewal.TACIT, "renewal_months": 12, "notice": 60, "review_months": 6},
    {"renewal": Renewal.EXPRESS, "renewal_months": 12},
    {"renewal": Renewal.TACIT, "renewal_months": 24, "notice": 1, "notice_unit": NoticeUnit.MONTHS},
    {},
    {},
    {"renewal": Renewal.TACIT, "renewal_months": 12, "notice": 3, "notice_unit": NoticeUnit.MONTHS},
    {"renewal": Renewal.EXPRESS, "renewal_months": 12, "review_months": 12},
)
INITIAL_MONTHS = 24


def start_of(index: int, today: dt.date) -> dt.date:
    """When AGREEMENTS[index] starts, so that on ``today`` the portfolio shows each case of the renewals' rules:
    0 renewed by itself once (and its review overdue), 1 with its notice deadline in 9 days, 2 with an express
    renewal to confirm within 20 days, 7 (terminated for cause) and 8 (ended by the customer's notice) ten months
    ago, 9 expired last month unconfirmed; the others begin this year, a month apart."""
    month = today.replace(day=1)
    moved = {
        0: anniversary(month, -INITIAL_MONTHS - 6),
        1: anniversary(today, -INITIAL_MONTHS) + dt.timedelta(days=100),  # ends in 99 days; notice 90 days before
        2: anniversary(today, -INITIAL_MONTHS) + dt.timedelta(days=21),  # ends in 20 days
        7: dt.date(today.year - 2, 3, 1),
        8: anniversary(month, -INITIAL_MONTHS - 9),
        9: anniversary(month, -INITIAL_MONTHS - 1),
    }
    return moved.get(index, dt.date(today.year, 1, 1) + dt.timedelta(days=30 * index))


TITLES = {
    "sv": "Servicenivåavtal för IT-drift",
    "vi": "Thỏa thuận mức dịch vụ CNTT",
    "id": "Perjanjian tingkat layanan TI",
    "uk": "Угода про рівень ІТ-обслуговування",
}


def term_end(start: dt.date, years: int) -> dt.date:
    """The last day of a term of ``years`` years from ``start``, by ``renewals.terms``' rules (from 29 February:
    the day before 28 February's anniversary)."""
    return anniversary(start, 12 * years) - dt.timedelta(days=1)


@dataclass(frozen=True)
class DemoResult:
    created: bool
    agreements: int


def _advance(
    db: Database, number: str, target: Status, people: dict[str, Actor], signatory: tuple[str, str], today: dt.date,
    language: str,
) -> None:
    """Take a new draft to ``target`` the way people would: a review round with a named legal reviewer first.

    Anna drafts and records the provider's signature, Linh (who changed nothing) reviews, Sofia records the customer's.
    """
    rep, reviewer, customer_desk = people["anna"], people["linh"], people["sofia"]
    order = [Status.IN_REVIEW, Status.APPROVED, Status.SIGNED, Status.ACTIVE, Status.TERMINATED]
    if target is Status.DRAFT:
        return
    due = today + dt.timedelta(days=5)
    agreements.submit_for_review(
        db, rep, number, reviewers=[ReviewerInput(reviewer.id, "legal_reviewer", due)], today=today
    )
    if target is Status.CHANGES_REQUESTED:
        agreements.request_changes(
            db, reviewer, number, "Bổ sung ca đêm ở Đà Nẵng vào thời gian phục vụ.",
            comments=[("line:1", "Ca đêm ở Đà Nẵng (22:00–06:00) chưa nằm trong thời gian phục vụ.")],
        )
        return
    for step in order[1 : order.index(target) + 1]:
        if step is Status.APPROVED:
            agreements.approve(db, reviewer, number, APPROVED[language])
        elif step is Status.SIGNED:
            agreements.sign(db, rep, number, party=agreements.Party.PROVIDER, signer_name=rep.display_name,
                            signer_title=ACCOUNT_MANAGER[language])
            agreements.sign(
                db, customer_desk, number, party=agreements.Party.CUSTOMER, signer_name=signatory[0], signer_title=signatory[1]
            )
        elif step is Status.ACTIVE:
            agreements.activate(db, rep, number)
        elif step is Status.TERMINATED:
            agreements.terminate(db, people["admin"], number, "Customer moved the service in-house.")


def load_demo(db: Database, today: dt.date | None = None, *, monitoring: bool = True) -> DemoResult:
    """Fill ``db`` with the demo portfolio unless it is there already (or another process is making it).

    With ``monitoring`` the signed agreements also get a year of tickets and outages before ``today``.
    """
    if not _claim(db):
        return DemoResult(created=False, agreements=0)
    today = today or clock.today()
    admin = users.get_actor(db)
    people = {username: users.ensure_user(db, username, name, role) for username, name, role in USERS}
    people["admin"] = admin  # terminating for cause is the administrator's
    settings.set_setting(db, admin, settings.PROVIDER_NAME, PROVIDER)
    known = {service.code for service in catalogue.list_services(db)}
    for code, name, description, levels in SERVICES:
        if code not in known:
            catalogue.add_service(db, admin, code=code, name=name, description=description, levels=levels,
                                  names=SERVICE_NAMES[code])
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
            db, people["anna"], customer_id=customer.id, title="IT operations",
            requirements=[
                RequirementInput(
                    services[code].id, site, coverage, priorities, region=region, **{VOLUME_OF[code]: volume}  # type: ignore[arg-type]
                )
                for code, site, region, coverage, priorities, volume, _ in lines
            ],
        )
        choices = {
            item.id: next(level.id for level in services[code].levels if level.name == level_name)
            for item, (code, *_, level_name) in zip(document.items, lines)
        }
        requirements.choose_levels(db, people["anna"], document.id, choices, row_version=document.row_version)
        start = start_of(index, today)
        drafted = start if index in ENDED else dt.date(today.year, 1, 1) + dt.timedelta(days=30 * index)  # numbered by
        number = agreements.create_draft(  # its year; the terms then say when it really starts
            db, people["anna"], requirements_document_id=document.id,
            title=TITLES.get(customer.language, "IT service-level agreement"),
            start_date=drafted, end_date=term_end(drafted, 2),
        )
        terms = Terms(start, INITIAL_MONTHS, **RENEWALS[index])  # two years, then as agreed
        set_terms(db, people["anna"], number, terms)
        _advance(db, number, status, people, (customer.contact_name, customer.contact_title), today, customer.language)
        if index == ENDED_BY_NOTICE:
            _notice(db, people["anna"], number, terms)
    standing.record_tacit_renewals(db, admin, today)  # as the window's daily step would have, day by day
    _vip_expansion(db, people["anna"], admin, made[0], services)
    _rural_request(db, people["anna"], made[4], services)
    from .monitoring import demo_tickets  # here: the monitoring package reads what the demo has just made

    if monitoring:
        demo_tickets.generate(db, today)  # a year of tickets and outages for the signed agreements
    return DemoResult(created=True, agreements=len(AGREEMENTS))


def _notice(db: Database, rep: Actor, number: str, terms: Terms) -> None:
    """The Lviv bakery gave notice two weeks before the deadline and the agreement ended with its term: the notice
    and its letter (unsigned: the demo knows nobody's passphrase) in the register."""
    first = terms.term(0)
    assert first is not None
    standing.give_notice(db, rep, number, by="customer", given_on=first.notice_deadline - dt.timedelta(days=14),
                         reason="no_longer_needed", detail="Пекарня переходить на власну ІТ-службу.")
    notice_letter.export_notice_letter(db, rep, number)


DEMO_MARK = "demo_loaded"  # a setting row: when the demo portfolio was claimed


def _claim(db: Database) -> bool:
    """Mark the database as having the demo, in one transaction: of two processes, one claims it."""
    with db.unit_of_work() as session:
        if session.get(Setting, DEMO_MARK) is not None:
            return False
        if session.scalar(select(Customer.id).where(Customer.name == CUSTOMERS[0][0]).limit(1)) is not None:
            return False  # made before the mark existed
        session.add(Setting(key=DEMO_MARK, value=utcnow().isoformat()))
    return True


def _vip_expansion(
    db: Database, rep: Actor, admin: Actor, customer: customers.CustomerSummary, services: dict[str, catalogue.ServiceInfo]
) -> None:
    """Fjällbacka Rederi's fleet expansion: a custom VIP level and a negotiated price, sent for approval."""
    desk = services["SD"]
    gold = next(level for level in desk.levels if level.name == "Gold")
    vip = replace(
        catalogue.level_input(gold), id=None, name="Gold VIP (Fjällbacka Rederi)", customer_id=customer.id,
        monthly_fee=Decimal("44.00"), targets={"P1": (10, 45), "P2": (20, 120), "P3": (120, 600), "P4": (240, 1200)},
        internal_targets={}, names=LEVEL_NAMES["Gold VIP (Fjällbacka Rederi)"], commitments=(CommitmentInput("Named engineer on call for the bridge systems", Decimal("15"), "hours"),),
    )
    catalogue.update_service(
        db, admin, desk.id, row_version=desk.row_version, code=desk.code, name=desk.name, description=desk.description,
        levels=[*(catalogue.level_input(level) for level in desk.levels), vip],
    )
    desk = catalogue.get_service(db, desk.id)
    vip_id = next(level.id for level in desk.levels if level.vip)
    document = requirements.create_requirements(
        db, rep, customer_id=customer.id, title="Fleet expansion 2027", tax_rate_pct=Decimal("25"),
        requirements=[
            RequirementInput(
                desk.id, "Fartygen (12 fartyg)", "24x7", ("P1", "P2", "P3"), region="Rural",
                need="Bryggsystemen får aldrig stå still; besättningen ska nå en tekniker dygnet runt.",
                outcome="Ingen avgång försenas av IT.",
                priority_notes={"P1": "Navigations- eller maskinrumssystem ur drift", "P3": "Frågor om konton och behörigheter"},
                users=180, tickets_per_month=150, csat_target_pct=Decimal("90"), effort_target=Decimal("2"),
            ),
            RequirementInput(
                services["ONB"].id, "Fjällbacka kontor", "Mon-Fri 08:00-17:00", ("P3",), region="Rural",
                need="Säsongsanställda ska ha konton första dagen.", users=60,
            ),
        ],
    )
    first, second = (item.id for item in document.items)
    onboarding_silver = next(level.id for level in services["ONB"].levels if level.name == "Silver")
    # Each save moves the document's row version on by one (core.concurrency).
    requirements.choose_levels(
        db, rep, document.id, {first: vip_id, second: onboarding_silver}, row_version=document.row_version
    )
    requirements.set_price_override(
        db, rep, document.id, first, Decimal("7200.00"), "Ramavtalspris för hela flottan, överenskommet med ekonomichefen",
        row_version=document.row_version + 1,
    )
    requirements.send_requirements(db, rep, document.id, row_version=document.row_version + 2)


def _rural_request(db: Database, rep: Actor, customer: customers.CustomerSummary, services: dict[str, catalogue.ServiceInfo]) -> None:
    """Växjö Bostäder asks for what the catalogue cannot give: both infeasible examples, in draft."""
    document = requirements.create_requirements(
        db, rep, customer_id=customer.id, title="Housing estates 2027", tax_rate_pct=Decimal("25"),
        requirements=[
            RequirementInput(
                services["HW"].id, "Lammhult fastighetskontor", "Mon-Fri 07:00-19:00", ("P1", "P2"), region="Rural",
                need="Skrivare och passersystem lagas inom fyra timmar.", outcome="Ingen hyresgäst blir utelåst.", sites=2,
            ),
            RequirementInput(
                None, "Alla bostadsområden", "24x7", ("P1",), region="Rural",
                need="Kameraövervakning av trapphus med larmcentral.", sites=14,
            ),
            RequirementInput(
                services["SD"].id, "Växjö huvudkontor", "Mon-Fri 08:00-17:00", ("P2", "P3"), region="City",
                need="Hyresgästernas felanmälan ska besvaras samma dag.", users=120, tickets_per_month=300,
                csat_target_pct=Decimal("85"),
            ),
        ],
    )
    hardware, cameras, desk = (item.id for item in document.items)
    traced = requirements.mark_infeasible(
        db, rep, document.id, hardware, requirements.InfeasibleKind.TECHNICAL,
        "Inställelse på plats inom 4 timmar erbjuds bara i städer; Silvers landsbygdsvariant (8 h) ligger närmast.",
        row_version=document.row_version,
    )
    traced = requirements.mark_infeasible(
        db, rep, document.id, cameras, requirements.InfeasibleKind.COMMERCIAL, "Kameraövervakning finns inte i vår katalog; hänvisa till ett säkerhetsföretag.",
        row_version=traced.row_version,
    )
    silver = next(level.id for level in services["SD"].levels if level.name == "Silver")
    requirements.choose_levels(db, rep, document.id, {desk: silver}, row_version=traced.row_version)
