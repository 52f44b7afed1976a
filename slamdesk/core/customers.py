"""Customers and contact people."""

from __future__ import annotations

import re
from dataclasses import dataclass

from babel import Locale
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..models import Contact, Customer
from . import audit
from .db import Database
from .errors import ValidationError
from .roles import Actor, Role, require_role

LANGUAGES = {"en": "English", "sv": "Svenska", "vi": "Tiếng Việt", "id": "Bahasa Indonesia", "uk": "Українська"}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_COUNTRIES = frozenset(code for code in Locale("en").territories if code.isalpha() and len(code) == 2)


@dataclass(frozen=True)
class CustomerSummary:
    id: int
    name: str
    country: str
    language: str
    contact_name: str
    contact_title: str
    contact_email: str


def country_names(locale: str = "en") -> dict[str, str]:
    territories = Locale.parse(locale).territories
    return {code: territories[code] for code in sorted(_COUNTRIES, key=lambda c: territories[c])}


def _summary(customer: Customer) -> CustomerSummary:
    contact = customer.contacts[0] if customer.contacts else None
    return CustomerSummary(
        id=customer.id,
        name=customer.name,
        country=customer.country,
        language=customer.language,
        contact_name=contact.name if contact else "",
        contact_title=contact.title if contact else "",
        contact_email=contact.email if contact else "",
    )


def create_customer(
    db: Database,
    actor: Actor,
    *,
    name: str,
    country: str,
    language: str,
    contact_name: str,
    contact_title: str = "",
    contact_email: str = "",
    contact_phone: str = "",
) -> CustomerSummary:
    require_role(actor, {Role.REPRESENTATIVE, Role.ADMINISTRATOR}, "create customers")
    name, contact_name, contact_email = name.strip(), contact_name.strip(), contact_email.strip()
    country = country.strip().upper()
    if not name:
        raise ValidationError("the customer needs a name", field="name")
    if country not in _COUNTRIES:
        raise ValidationError(f"unknown country code: {country!r}", field="country")
    if language not in LANGUAGES:
        raise ValidationError(f"unsupported language: {language!r}", field="language")
    if not contact_name:
        raise ValidationError("the contact person needs a name", field="contact_name")
    if contact_email and not _EMAIL.match(contact_email):
        raise ValidationError(f"{contact_email!r} is not an e-mail address", field="contact_email")
    with db.unit_of_work() as session:
        customer = Customer(name=name, country=country, language=language)
        customer.contacts.append(
            Contact(name=contact_name, title=contact_title.strip(), email=contact_email, phone=contact_phone.strip())
        )
        session.add(customer)
        session.flush()
        audit.record(session, actor, "customer.create", "customer", customer.id, name=name)
        return _summary(customer)


def list_customers(db: Database) -> list[CustomerSummary]:
    with db.read() as session:
        customers = session.scalars(select(Customer).options(selectinload(Customer.contacts)).order_by(Customer.name))
        return [_summary(customer) for customer in customers]


def find_customer(db: Database, name: str) -> CustomerSummary | None:
    with db.read() as session:
        customer = session.scalars(
            select(Customer).options(selectinload(Customer.contacts)).where(Customer.name == name)
        ).first()
        return _summary(customer) if customer else None
