"""The service catalogue: services, levels (tiers), targets, commitments and price models.

Each target has an external commitment and a stricter internal aim. The
internal aim must beat the external one by the level's buffer: with a 20 %
buffer a 4 h response needs an internal aim of at most 3 h 12 min. Left out,
the internal aim is derived with that buffer. The inputs and the rules a level
must meet are in ``catalogue_rules`` (importable from here too); this module
stores and reads services.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from ..models import (
    AgreementLine,
    Customer,
    RegionalVariant,
    Requirement,
    Service,
    ServiceCommitment,
    ServiceLevel,
    ServiceTarget,
    VolumeBand,
)
from . import audit, text
from .catalogue_names import clean_names
from .catalogue_rules import (
    COMMITMENT_UNITS,
    DEFAULT_BUFFER,
    HUNDRED,
    PERIODS,
    PRIORITIES,
    UNITS,
    VALUE_UNITS,
    BandInput,
    CommitmentInput,
    LevelInput,
    Unit,
    VariantInput,
    _keep,
    check_level,
    check_service,
    clean_level,
    clean_service,
    derive_internal,
    format_duration,
    loosest_internal_minutes,
    lowest_internal_availability,
    priority_label,
)
from .concurrency import check_row_version
from .coverage import COVERAGE_OPTIONS
from .db import Database
from .errors import NotFoundError, ValidationError
from .money import check_currency
from .roles import Actor, Role, refusal, require_role
from .words import _

# Re-exported: the inputs and rules have always been importable from here.
__all__ = [
    "COMMITMENT_UNITS", "COVERAGE_OPTIONS", "DEFAULT_BUFFER", "HUNDRED", "PERIODS", "PRIORITIES", "UNITS",
    "VALUE_UNITS", "BandInput", "CommitmentInput", "LevelInput", "VariantInput", "check_level", "clean_level",
    "derive_internal", "format_duration", "loosest_internal_minutes", "lowest_internal_availability",
    "priority_label", "Unit",
]

_EDITORS = {Role.ADMINISTRATOR, Role.REPRESENTATIVE}


def why_not_edit(actor: Actor) -> str | None:
    """Why ``actor`` may not edit the catalogue (the refusal a save would give), or None: the editor opens
    read-only with it."""
    return refusal(actor, _EDITORS, "edit the service catalogue")


# ---------------------------------------------------------------- read side


@dataclass(frozen=True)
class TargetInfo:
    priority: str
    response_minutes: int
    resolution_minutes: int
    business_hours: bool
    internal_response_minutes: int = 0
    internal_resolution_minutes: int = 0
    calendar: str = ""


@dataclass(frozen=True)
class CommitmentInfo:
    description: str
    amount: Decimal
    internal_amount: Decimal
    unit: str


@dataclass(frozen=True)
class BandInfo:
    min_units: int
    discount_pct: Decimal


@dataclass(frozen=True)
class VariantInfo:
    region: str
    surcharge_pct: Decimal
    targets: Mapping[str, tuple[int, int]]


@dataclass(frozen=True)
class LevelInfo:
    id: int
    name: str
    rank: int
    monthly_fee: Decimal
    currency: str
    coverage: str
    availability_pct: Decimal
    targets: tuple[TargetInfo, ...]
    internal_availability_pct: Decimal = Decimal("0")
    availability_period: str = "month"
    internal_buffer_pct: Decimal = DEFAULT_BUFFER
    customer_id: int | None = None
    customer_name: str = ""
    regions: tuple[str, ...] = ()
    min_units: int = 0
    fixed_fee: Decimal = Decimal("0")
    unit: str = "user"
    value_unit: str | None = None
    value_price: Decimal = Decimal("0")
    commitments: tuple[CommitmentInfo, ...] = ()
    bands: tuple[BandInfo, ...] = ()
    variants: tuple[VariantInfo, ...] = ()
    names: Mapping[str, str] = field(default_factory=dict)  # in other languages (core.catalogue_names)

    @property
    def vip(self) -> bool:
        return self.customer_id is not None

    def variant(self, region: str) -> VariantInfo | None:
        key = region.strip().casefold()
        return next((v for v in self.variants if v.region.casefold() == key), None)

    def targets_in(self, region: str) -> tuple[TargetInfo, ...]:
        """The targets that apply in ``region``: the variant's where it has its own."""
        variant = self.variant(region)
        if variant is None or not variant.targets:
            return self.targets
        return tuple(
            TargetInfo(
                t.priority, *variant.targets[t.priority], t.business_hours,
                *derive_internal(variant.targets[t.priority], self.internal_buffer_pct), t.calendar,
            )
            if t.priority in variant.targets
            else t
            for t in self.targets
        )


@dataclass(frozen=True)
class ServiceInfo:
    id: int
    code: str
    name: str
    description: str
    levels: tuple[LevelInfo, ...]
    row_version: int = 1
    names: Mapping[str, str] = field(default_factory=dict)  # in other languages (core.catalogue_names)

    def level(self, level_id: int) -> LevelInfo:
        return next(level for level in self.levels if level.id == level_id)

    def levels_for(self, customer_id: int | None) -> tuple[LevelInfo, ...]:
        """Standard levels and the custom levels of this customer only."""
        return tuple(level for level in self.levels if level.customer_id in (None, customer_id))


# --------------------------------------------------------------- write side


def _build_level(level: LevelInput, rank: int, row: ServiceLevel | None = None) -> ServiceLevel:
    buffer = level.internal_buffer_pct
    row = row or ServiceLevel()
    row.name = level.name.strip()
    if level.names is not None or row.names is None:  # a new level without names has none
        row.names = dict(level.names or {})
    row.rank = rank
    row.customer_id = level.customer_id
    row.currency = check_currency(level.currency)
    row.coverage = level.coverage.strip()
    row.availability_pct = level.availability_pct
    row.internal_availability_pct = (
        level.internal_availability_pct
        if level.internal_availability_pct is not None
        else lowest_internal_availability(level.availability_pct, buffer)
    )
    row.availability_period = level.availability_period
    row.internal_buffer_pct = buffer
    row.regions = [region.strip() for region in level.regions if region.strip()]
    row.min_units = level.min_units
    row.fixed_fee = level.fixed_fee
    row.monthly_fee = level.monthly_fee
    row.unit = level.unit
    row.value_unit = level.value_unit
    row.value_price = level.value_price
    row.targets = [
        ServiceTarget(
            priority=priority,
            response_minutes=external[0],
            resolution_minutes=external[1],
            internal_response_minutes=internal[0],
            internal_resolution_minutes=internal[1],
            business_hours=level.business_hours,
            calendar=level.calendar.strip(),
        )
        for priority, external in sorted(level.targets.items())
        for internal in [level.internal_targets.get(priority) or derive_internal(external, buffer)]
    ]
    row.commitments = [
        ServiceCommitment(
            position=index,
            description=item.description.strip(),
            amount=item.amount,
            internal_amount=item.internal_amount if item.internal_amount is not None else item.amount * _keep(buffer),
            unit=item.unit,
        )
        for index, item in enumerate(level.commitments, 1)
    ]
    row.bands = [VolumeBand(min_units=b.min_units, discount_pct=b.discount_pct) for b in level.bands]
    row.variants = [
        RegionalVariant(
            region=v.region.strip(),
            surcharge_pct=v.surcharge_pct,
            targets={p: list(times) for p, times in sorted(v.targets.items())},
        )
        for v in level.variants
    ]
    return row




def _check_customers(session: Session, levels: Sequence[LevelInput]) -> None:
    for level in levels:
        if level.customer_id is not None and session.get(Customer, level.customer_id) is None:
            raise NotFoundError(_("no customer with id {id}").format(id=level.customer_id))


def add_service(
    db: Database, actor: Actor, *, code: str, name: str, description: str, levels: Sequence[LevelInput],
    names: Mapping[str, str] | None = None,
) -> ServiceInfo:
    """A new service; ``names`` gives its name in other languages (``core.catalogue_names``; None: none)."""
    require_role(actor, _EDITORS, _("edit the service catalogue"))
    code, name, description, levels = clean_service(code, name, description, levels)
    other_names = _service_names(names)
    check_service(code, name, levels)
    with db.unit_of_work() as session:
        if session.scalars(select(Service.id).where(Service.code == code.strip())).first() is not None:
            raise ValidationError(_("a service with code {code!r} exists already").format(code=code), field="code")
        _check_customers(session, levels)
        service = Service(code=code.strip(), name=name.strip(), description=description.strip(), names=other_names or {})
        service.levels = [_build_level(level, rank) for rank, level in enumerate(levels)]
        session.add(service)
        session.flush()
        audit.record(session, actor, "service.create", "service", service.id, code=service.code)
        return _as_stored(session, service.id)


def _service_names(names: Mapping[str, str] | None) -> dict[str, str] | None:
    if names is None:  # kept as they are
        return None
    return clean_names(names, field="service_names", what=_("the service name"), limit=text.NAME)


def _level_in_use(session: Session, level_id: int) -> bool:
    used = select(Requirement.id).where(Requirement.service_level_id == level_id).union_all(
        select(AgreementLine.id).where(AgreementLine.service_level_id == level_id)
    )
    return (session.scalar(select(func.count()).select_from(used.subquery())) or 0) > 0


def update_service(
    db: Database,
    actor: Actor,
    service_id: int,
    *,
    row_version: int,
    code: str,
    name: str,
    description: str,
    levels: Sequence[LevelInput],
    names: Mapping[str, str] | None = None,
) -> ServiceInfo:
    """Replace a service's definition. Levels keep their id (``LevelInput.id``);
    a level that requirements or agreements use cannot be removed. Names in other
    languages (``names``, each level's ``names``) are replaced where given; None keeps them."""
    require_role(actor, _EDITORS, _("edit the service catalogue"))
    code, name, description, levels = clean_service(code, name, description, levels)
    other_names = _service_names(names)
    check_service(code, name, levels)
    with db.unit_of_work() as session:
        service = session.get(Service, service_id, options=[selectinload(Service.levels)])
        if service is None:
            raise NotFoundError(_("no service with id {id}").format(id=service_id))
        check_row_version(
            session, service.row_version, row_version,
            what=_("Service {code}").format(code=service.code), entity_type="service", entity_id=service.id,
        )
        clash = session.scalars(select(Service.id).where(Service.code == code.strip(), Service.id != service_id)).first()
        if clash is not None:
            raise ValidationError(_("a service with code {code!r} exists already").format(code=code), field="code")
        _check_customers(session, levels)
        existing = {level.id: level for level in service.levels}
        kept = {level.id for level in levels if level.id is not None}
        if kept - set(existing):
            raise ValidationError(_("a level does not belong to this service"), field="levels")
        for level_id, row in existing.items():
            if level_id not in kept:
                if _level_in_use(session, level_id):
                    raise ValidationError(
                        _("level {name} is used by requirements or agreements and cannot be removed").format(name=row.name),
                        field="levels",
                    )
                service.levels.remove(row)
        session.flush()
        for level in levels:
            if level.id is not None:
                row = existing[level.id]
                for children in (row.targets, row.commitments, row.bands, row.variants):
                    children.clear()
                # Park the name so a swap of names in one save (Gold <-> Silver) never collides.
                row.name = f"~{row.id}"
        session.flush()
        rows = [
            _build_level(level, rank, existing[level.id] if level.id is not None else None)
            for rank, level in enumerate(levels)
        ]
        service.levels = rows
        service.code, service.name, service.description = code.strip(), name.strip(), description.strip()
        if other_names is not None:
            service.names = other_names
        service.row_version += 1
        session.flush()
        audit.record(
            session, actor, "service.update", "service", service.id, code=service.code, levels=len(levels),
            row_version=service.row_version,
        )
        return _as_stored(session, service_id)


def _info(service: Service) -> ServiceInfo:
    return ServiceInfo(
        id=service.id,
        code=service.code,
        name=service.name,
        description=service.description,
        row_version=service.row_version,
        levels=tuple(_level_info(level) for level in service.levels),
        names=dict(service.names or {}),
    )


def _level_info(level: ServiceLevel) -> LevelInfo:
    return LevelInfo(
        id=level.id,
        name=level.name,
        rank=level.rank,
        monthly_fee=level.monthly_fee,
        currency=level.currency,
        coverage=level.coverage,
        availability_pct=level.availability_pct,
        internal_availability_pct=level.internal_availability_pct,
        availability_period=level.availability_period,
        internal_buffer_pct=level.internal_buffer_pct,
        customer_id=level.customer_id,
        customer_name=level.customer.name if level.customer_id is not None and level.customer else "",
        regions=tuple(level.regions),
        min_units=level.min_units,
        fixed_fee=level.fixed_fee,
        unit=level.unit,
        value_unit=level.value_unit,
        value_price=level.value_price,
        targets=tuple(
            TargetInfo(
                t.priority, t.response_minutes, t.resolution_minutes, t.business_hours,
                t.internal_response_minutes, t.internal_resolution_minutes, t.calendar,
            )
            for t in level.targets
        ),
        commitments=tuple(
            CommitmentInfo(c.description, c.amount, c.internal_amount.normalize(), c.unit) for c in level.commitments
        ),
        bands=tuple(BandInfo(b.min_units, b.discount_pct) for b in level.bands),
        variants=tuple(
            VariantInfo(v.region, v.surcharge_pct, {p: (times[0], times[1]) for p, times in v.targets.items()})
            for v in level.variants
        ),
        names=dict(level.names or {}),
    )


def level_input(level: LevelInfo) -> LevelInput:
    """The input that recreates ``level`` (the editor starts from this)."""
    return LevelInput(
        id=level.id,
        name=level.name,
        monthly_fee=level.monthly_fee,
        currency=level.currency,
        coverage=level.coverage,
        availability_pct=level.availability_pct,
        targets={t.priority: (t.response_minutes, t.resolution_minutes) for t in level.targets},
        internal_targets={t.priority: (t.internal_response_minutes, t.internal_resolution_minutes) for t in level.targets},
        business_hours=all(t.business_hours for t in level.targets),
        calendar=level.targets[0].calendar if level.targets else "",
        internal_availability_pct=level.internal_availability_pct,
        availability_period=level.availability_period,
        internal_buffer_pct=level.internal_buffer_pct,
        customer_id=level.customer_id,
        regions=level.regions,
        min_units=level.min_units,
        fixed_fee=level.fixed_fee,
        unit=level.unit,
        value_unit=level.value_unit,
        value_price=level.value_price,
        commitments=tuple(CommitmentInput(c.description, c.amount, c.unit, c.internal_amount) for c in level.commitments),
        bands=tuple(BandInput(b.min_units, b.discount_pct) for b in level.bands),
        variants=tuple(VariantInput(v.region, v.surcharge_pct, dict(v.targets)) for v in level.variants),
        names=dict(level.names),
    )


def _services_query() -> Any:  # a Select of Service (its generic form differs between SQLAlchemy 2.0 and 2.1)
    level = selectinload(Service.levels)
    return select(Service).options(
        level.selectinload(ServiceLevel.targets),
        level.selectinload(ServiceLevel.commitments),
        level.selectinload(ServiceLevel.bands),
        level.selectinload(ServiceLevel.variants),
        level.joinedload(ServiceLevel.customer),
    )


def get_service(db: Database, service_id: int) -> ServiceInfo:
    with db.read() as session:
        return _service_info(session, service_id)


def _service_info(session: Session, service_id: int) -> ServiceInfo:
    service = session.scalars(_services_query().where(Service.id == service_id)).first()
    if service is None:
        raise NotFoundError(_("no service with id {id}").format(id=service_id))
    return _info(service)


def _as_stored(session: Session, service_id: int) -> ServiceInfo:
    """The service as a use case's transaction has stored it (read back, as a later read would see it)."""
    session.flush()
    session.expire_all()
    return _service_info(session, service_id)


def list_services(db: Database, search: str = "") -> list[ServiceInfo]:
    with db.read() as session:
        return services_in(session, search)


def services_in(session: Session, search: str = "") -> list[ServiceInfo]:
    """``list_services`` in the caller's transaction (a use case that prices reads the catalogue it holds)."""
    query = _services_query().order_by(Service.name)
    search = text.search_text(search)
    if search:
        pattern = f"%{search}%"
        query = query.where(or_(Service.name.ilike(pattern), Service.code.ilike(pattern)))
    return [_info(service) for service in session.scalars(query)]


def known_regions(services: Sequence[ServiceInfo]) -> tuple[str, ...]:
    """Every region the catalogue names, for the requirement editor to offer."""
    regions = {r for s in services for level in s.levels for r in (*level.regions, *(v.region for v in level.variants))}
    return tuple(sorted(regions, key=str.casefold))
