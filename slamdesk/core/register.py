"""The contract register: agreements with their current version and documents.

One query builder serves the window, the command line and the benchmarks, so
all three filter, search and sort the same way and use the same indexes.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import ColumnElement, Select, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from ..models import (
    Agreement,
    AgreementLine,
    AgreementSchedule,
    AgreementVersion,
    ClosedPeriod,
    Customer,
    RegisterDocument,
    Service,
    ServiceLevel,
)
from . import clock, text as rules
from .agreements import KINDS
from .db import Database
from .lifecycle import AMENDABLE, SIGNED_STATES, Status
from .register_files import local_file
from .search_index import matching_ids


@dataclass(frozen=True)
class DocumentRef:
    format: str
    path: str
    sha256: str
    size_bytes: int
    created_at: dt.datetime


@dataclass(frozen=True)
class RegisterRow:
    """An agreement as the register lists it: the version in force, and an amendment being worked on.

    While an amendment of a signed or active agreement is on its way (a newer version, not signed yet),
    the row's status, version, dates, amount and documents are those of the version in force;
    ``amendment`` is the amendment's status and ``amendment_version`` its number.
    """

    number: str
    title: str
    customer: str
    kind: str
    status: Status
    version_no: int
    start_date: dt.date
    end_date: dt.date
    monthly_total: Decimal
    currency: str
    documents: tuple[DocumentRef, ...]
    amendment: Status | None = None
    amendment_version: int | None = None
    # The experience check of its last closed period (``experience.SUMMARIES``' codes; "" with none closed).
    experience: str = ""
    # Where it stands in its terms (``renewals.schedule``; None, and "" for the state, until it is signed).
    term_state: str = ""
    notice_deadline: dt.date | None = None
    renews_on: dt.date | None = None
    next_review: dt.date | None = None

    @property
    def working_status(self) -> Status:
        """The status the next lifecycle step acts on: the amendment's while one is on its way."""
        return self.amendment or self.status


class SortKey(StrEnum):
    NUMBER = "number"
    CUSTOMER = "customer"
    TITLE = "title"
    KIND = "kind"
    STATUS = "status"
    START = "start"
    END = "end"
    MONTHLY = "monthly"
    CURRENCY = "currency"


_SORT_COLUMNS = {
    SortKey.NUMBER: Agreement.number,
    SortKey.CUSTOMER: Customer.name,
    SortKey.TITLE: Agreement.title,
    SortKey.KIND: Agreement.kind,
    SortKey.STATUS: AgreementVersion.status,
    SortKey.START: AgreementVersion.start_date,
    SortKey.END: AgreementVersion.end_date,
    SortKey.MONTHLY: AgreementVersion.monthly_total,
    SortKey.CURRENCY: Agreement.currency,
}


@dataclass(frozen=True)
class RegisterFilter:
    """What a register view shows; every field left empty means "any"."""

    search: str = ""
    status: Status | None = None
    kind: str | None = None
    customer: str | None = None
    service: str | None = None
    level: str | None = None
    currency: str | None = None
    starts_within_days: int | None = None
    ends_within_days: int | None = None
    awaiting_review: bool = False
    awaiting_signature: bool = False
    experience: str | None = None  # the last closed period's experience check: "watermelon", "missed", ...
    # Where a signed agreement stands in its terms (``renewals.schedule``):
    notice_within_days: int | None = None  # its notice deadline (a tacit renewal still to stop) falls within
    renews_within_days: int | None = None
    review_within_days: int | None = None  # its periodic review is due within (0: today; overdue ones too)
    expired: bool = False  # ended without a renewal
    sort: SortKey = SortKey.NUMBER
    descending: bool = False

    def with_(self, **changes: object) -> RegisterFilter:
        return replace(self, **changes)  # type: ignore[arg-type]


def _spellings(value: str) -> tuple[str, ...]:
    """A picked name as given and in both normal forms (names stored before text was normalised may be NFD)."""
    value = rules.exact(value)
    return tuple(dict.fromkeys((value, unicodedata.normalize("NFC", value), unicodedata.normalize("NFD", value))))


def _shows_status(status: Status) -> ColumnElement[bool]:
    """A row has ``status`` when its current version has it, or, for signed and active, when the version
    in force has it while an amendment is on its way (the row shows both)."""
    current = AgreementVersion.status == status.value
    if status not in AMENDABLE:
        return current
    signed, newest = aliased(AgreementVersion), aliased(AgreementVersion)
    newest_signed = (select(func.max(newest.version_no))
                     .where(newest.agreement_id == Agreement.id, newest.status.in_([s.value for s in AMENDABLE]))
                     .correlate(Agreement).scalar_subquery())
    in_force = exists().where(signed.agreement_id == Agreement.id, signed.version_no == newest_signed,
                              signed.status == status.value)
    return or_(current, AgreementVersion.status.not_in([s.value for s in SIGNED_STATES]) & in_force)


def _query(criteria: RegisterFilter, today: dt.date) -> Select:  # type: ignore[type-arg]
    query = (
        select(Agreement, AgreementVersion, Customer.name)
        .join(
            AgreementVersion,
            (AgreementVersion.agreement_id == Agreement.id)
            & (AgreementVersion.version_no == Agreement.current_version_no),
        )
        .join(Customer, Customer.id == Agreement.customer_id)
    )
    matching = matching_ids(rules.search_text(criteria.search))
    if matching is not None:
        query = query.where(Agreement.id.in_(matching))
    if criteria.status is not None:
        query = query.where(_shows_status(criteria.status))
    if criteria.awaiting_review:
        query = query.where(AgreementVersion.status == Status.IN_REVIEW.value)
    if criteria.awaiting_signature:
        query = query.where(AgreementVersion.status == Status.APPROVED.value)
    if criteria.kind:
        query = query.where(Agreement.kind == rules.exact(criteria.kind))
    if criteria.customer:
        query = query.where(Customer.name.in_(_spellings(criteria.customer)))
    if criteria.currency:
        query = query.where(Agreement.currency == rules.exact(criteria.currency))
    if criteria.service or criteria.level:
        line = select(AgreementLine.id).where(AgreementLine.version_id == AgreementVersion.id)
        if criteria.service:
            line = line.where(AgreementLine.service_name.in_(_spellings(criteria.service)))
        if criteria.level:
            line = line.where(AgreementLine.level_name.in_(_spellings(criteria.level)))
        query = query.where(exists(line))
    if criteria.experience:
        query = query.where(Agreement.id.in_(
            select(ClosedPeriod.agreement_id).where(ClosedPeriod.id.in_(_last_closed()),
                                                    ClosedPeriod.experience == criteria.experience)))
    if criteria.starts_within_days is not None:
        horizon = today + dt.timedelta(days=criteria.starts_within_days)
        query = query.where(AgreementVersion.start_date.between(today, horizon))
    if criteria.ends_within_days is not None:
        horizon = today + dt.timedelta(days=criteria.ends_within_days)
        query = query.where(AgreementVersion.end_date.between(today, horizon))
    scheduled: list[ColumnElement[bool]] = []
    for days, column in ((criteria.notice_within_days, AgreementSchedule.notice_deadline),
                         (criteria.renews_within_days, AgreementSchedule.renews_on)):
        if days is not None:
            scheduled.append(column.between(today, _horizon(today, days)))
    if criteria.review_within_days is not None:  # an overdue review is due too
        scheduled.append(AgreementSchedule.next_review <= _horizon(today, criteria.review_within_days))
    if criteria.expired:
        scheduled.append(AgreementSchedule.state == "expired")
    if scheduled:
        query = query.where(Agreement.id.in_(select(AgreementSchedule.agreement_id).where(*scheduled)))
    return query


def _horizon(today: dt.date, days: int) -> dt.date:
    try:
        return today + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max


def count_agreements(
    db: Database,
    criteria: RegisterFilter | None = None,
    *,
    status: Status | None = None,
    search: str | None = None,
    today: dt.date | None = None,
) -> int:
    criteria = _criteria(criteria, status, search)
    with db.read() as session:
        subquery = _query(criteria, today or clock.today()).with_only_columns(Agreement.id).subquery()
        return int(session.scalar(select(func.count()).select_from(subquery)) or 0)


def _criteria(criteria: RegisterFilter | None, status: Status | None, search: str | None) -> RegisterFilter:
    criteria = criteria or RegisterFilter()
    if status is not None:
        criteria = criteria.with_(status=status)
    if search:
        criteria = criteria.with_(search=search)
    return criteria


def list_agreements(
    db: Database,
    criteria: RegisterFilter | None = None,
    *,
    status: Status | None = None,
    search: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    today: dt.date | None = None,
) -> list[RegisterRow]:
    """One page of the register. ``status``/``search`` are shortcuts into ``criteria``."""
    criteria = _criteria(criteria, status, search)
    column = _SORT_COLUMNS[criteria.sort]
    order = (column.desc(), Agreement.id.desc()) if criteria.descending else (column.asc(), Agreement.id.asc())
    with db.read() as session:
        query = _query(criteria, today or clock.today()).order_by(*order).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        found = session.execute(query).all()
        in_force = _in_force(session, [agreement.id for agreement, version, _ in found
                                       if version.version_no > 1 and Status(version.status) not in SIGNED_STATES])
        version_ids = [in_force.get(agreement.id, version).id for agreement, version, _ in found]
        documents: dict[int, list[DocumentRef]] = {}
        for document in session.scalars(
            select(RegisterDocument)
            .where(RegisterDocument.version_id.in_(version_ids), RegisterDocument.kind == "agreement")
            .order_by(RegisterDocument.id)
        ):
            documents.setdefault(document.version_id, []).append(
                DocumentRef(document.format, str(local_file(db, document.path)), document.sha256,
                            document.size_bytes, document.created_at)
            )
        ids = [agreement.id for agreement, _version, _customer in found]
        felt = dict(session.execute(select(ClosedPeriod.agreement_id, ClosedPeriod.experience).where(
            ClosedPeriod.id.in_(_last_closed().where(ClosedPeriod.agreement_id.in_(ids))))).all()) if ids else {}
        standing = {row.agreement_id: row for row in session.scalars(
            select(AgreementSchedule).where(AgreementSchedule.agreement_id.in_(ids)))} if ids else {}
        return [_with_standing(_row(agreement, in_force.get(agreement.id), version, customer_name, documents,
                                    felt.get(agreement.id, "")), standing.get(agreement.id))
                for agreement, version, customer_name in found]


def _with_standing(row: RegisterRow, stood: AgreementSchedule | None) -> RegisterRow:
    if stood is None:
        return row
    return replace(row, term_state=stood.state, notice_deadline=stood.notice_deadline, renews_on=stood.renews_on,
                   next_review=stood.next_review)


def _last_closed() -> Select:  # type: ignore[type-arg]
    """The id of each agreement's last closed period (the newest closed)."""
    return select(func.max(ClosedPeriod.id)).group_by(ClosedPeriod.agreement_id)


def _in_force(session: Session, agreement_ids: list[int]) -> dict[int, AgreementVersion]:
    """Of agreements whose current version is an amendment not signed yet, the newest signed or active version."""
    if not agreement_ids:
        return {}
    found: dict[int, AgreementVersion] = {}
    for version in session.scalars(
        select(AgreementVersion)
        .where(AgreementVersion.agreement_id.in_(agreement_ids), AgreementVersion.status.in_(AMENDABLE))
        .order_by(AgreementVersion.version_no)
    ):
        found[version.agreement_id] = version  # the newest last
    return found


def _row(agreement: Agreement, in_force: AgreementVersion | None, current: AgreementVersion, customer: str,
         documents: dict[int, list[DocumentRef]], experience: str = "") -> RegisterRow:
    shown = in_force or current
    return RegisterRow(
        number=agreement.number,
        title=agreement.title,
        customer=customer,
        kind=agreement.kind,
        status=Status(shown.status),
        version_no=shown.version_no,
        start_date=shown.start_date,
        end_date=shown.end_date,
        monthly_total=shown.monthly_total,
        currency=agreement.currency,
        documents=tuple(documents.get(shown.id, ())),
        amendment=Status(current.status) if in_force is not None else None,
        amendment_version=current.version_no if in_force is not None else None,
        experience=experience,
    )


@dataclass(frozen=True)
class FilterChoices:
    """The values a register filter can be set to, for pick lists.

    ``kinds`` pairs each stored kind with its label; the rest are names as
    stored (customers, catalogue services and levels, currencies in use).
    """

    kinds: tuple[tuple[str, str], ...] = ()
    customers: tuple[str, ...] = ()
    services: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    currencies: tuple[str, ...] = ()


def filter_choices(db: Database) -> FilterChoices:
    """Pick lists for the filters: every customer, service and level name, and each currency in use."""
    with db.read() as session:
        customers = session.scalars(select(Customer.name).distinct().order_by(Customer.name))
        services = session.scalars(select(Service.name).distinct().order_by(Service.name))
        levels = session.scalars(select(ServiceLevel.name).distinct().order_by(ServiceLevel.name))
        currencies = session.scalars(select(Agreement.currency).distinct().order_by(Agreement.currency))
        return FilterChoices(
            kinds=tuple(KINDS.items()),
            customers=tuple(customers),
            services=tuple(services),
            levels=tuple(levels),
            currencies=tuple(currencies),
        )


def position_of(db: Database, criteria: RegisterFilter, number: str, *, today: dt.date | None = None) -> int | None:
    """Where agreement ``number`` sits (0-based) in the view ``criteria`` selects; None when left out.

    Counts the rows ordered before it, with the same tie-break on id that
    ``list_agreements`` uses, so ``list_agreements(..., offset=position, limit=1)``
    returns it.
    """
    column = _SORT_COLUMNS[criteria.sort]
    query = _query(criteria, today or clock.today())
    with db.read() as session:
        found = session.execute(
            query.with_only_columns(Agreement.id, column).where(Agreement.number == rules.exact(number))
        ).first()
        if found is None:
            return None
        agreement_id, value = found
        if criteria.descending:
            before = (column > value) | ((column == value) & (Agreement.id > agreement_id))
        else:
            before = (column < value) | ((column == value) & (Agreement.id < agreement_id))
        subquery = query.where(before).with_only_columns(Agreement.id).subquery()
        return int(session.scalar(select(func.count()).select_from(subquery)) or 0)
