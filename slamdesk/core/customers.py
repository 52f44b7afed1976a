"""Customers and contact people."""

from __future__ import annotations

import re
from dataclasses import dataclass

from babel import Locale
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..models import Contact, Customer
from . import audit, text
from .db import Database
from .errors import ValidationError
from .roles import Actor, Role, require_role
from .words import _

LANGUAGES = {"en": "English", "sv": "Svenska", "vi": "Tiếng Việt", "id": "Bahasa Indonesia", "uk": "Українська"}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# CLDR's two-letter territories that are not a country a customer is in: groupings (EU, EZ, UN,
# QO), pseudo-locales (XA, XB) and "Unknown Region" (ZZ). Kosovo's XK stays.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})
_COUNTRIES = frozenset(
    code for code in Locale("en").territories
    if isinstance(code, str) and code.isalpha() and len(code) == 2 and code not in _NOT_COUNTRIES
)


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
    require_role(actor, {Role.REPRESENTATIVE, Role.ADMINISTRATOR}, _("create customers"))
    name = text.clean(name, field="name", label=_("the customer name"), max_length=text.NAME,
                      missing=_("the customer needs a name"))
    country = text.clean(country, field="country", label=_("the country code"), max_length=text.CODE,
                         required=False).upper()
    language = text.clean(language, field="language", label=_("the language"), max_length=text.CODE, required=False)
    if country not in _COUNTRIES:
        raise ValidationError(_("unknown country code: {country!r}").format(country=country), field="country")
    if language not in LANGUAGES:
        raise ValidationError(_("unsupported language: {language!r}").format(language=language), field="language")
    contact_name = text.clean(contact_name, field="contact_name", label=_("the contact's name"), max_length=text.NAME,
                              missing=_("the contact person needs a name"))
    contact_title = text.clean(contact_title, field="contact_title", label=_("the contact's title"),
                               max_length=text.JOB_TITLE, required=False)
    contact_email = text.clean(contact_email, field="contact_email", label=_("the e-mail address"),
                               max_length=text.NAME, required=False)
    contact_phone = text.clean(contact_phone, field="contact_phone", label=_("the phone number"), max_length=text.SHORT,
                               required=False)
    if contact_email and not _EMAIL.match(contact_email):
        raise ValidationError(_("{email!r} is not an e-mail address").format(email=contact_email), field="contact_email")
    with db.unit_of_work() as session:
        same = _same_name(session, name)
        if same is not None:
            raise ValidationError(
                _("the customer {name} exists already; choose it rather than adding it twice").format(name=text.quoted(same)),
                field="name",
            )
        customer = Customer(name=name, country=country, language=language)
        customer.contacts.append(Contact(name=contact_name, title=contact_title, email=contact_email, phone=contact_phone))
        session.add(customer)
        session.flush()
        audit.record(session, actor, "customer.create", "customer", customer.id, name=name)
        return _summary(customer)


def _same_name(session: Session, name: str) -> str | None:
    """The stored name of a customer that ``name`` spells the same way (any case, width, spacing or
    normal form, so one written in NFD before names were normalised is found too), or None."""
    key = text.identity(name)
    return next((stored for stored in session.scalars(select(Customer.name)) if text.identity(stored) == key), None)


def list_customers(db: Database) -> list[CustomerSummary]:
    with db.read() as session:
        customers = session.scalars(select(Customer).options(selectinload(Customer.contacts)).order_by(Customer.name))
        return [_summary(customer) for customer in customers]


def find_customer(db: Database, name: str) -> CustomerSummary | None:
    """The customer named ``name``, spelled in any case, width, spacing or normal form."""
    with db.read() as session:
        customer = session.scalars(
            select(Customer).options(selectinload(Customer.contacts)).where(Customer.name == text.exact(name))
        ).first()
        if customer is None:
            same = _same_name(session, name)
            customer = session.scalars(
                select(Customer).options(selectinload(Customer.contacts)).where(Customer.name == same)
            ).first() if same is not None else None
        return _summary(customer) if customer else None
