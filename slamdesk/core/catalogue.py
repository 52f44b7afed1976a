"""The service catalogue: services, levels (tiers), targets, commitments and price models.

Each target has an external commitment and a stricter internal aim. The
internal aim must beat the external one by the level's buffer: with a 20 %
buffer a 4 h response needs an internal aim of at most 3 h 12 min. Left out,
the internal aim is derived with that buffer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import ROUND_FLOOR, Decimal

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
from .concurrency import check_row_version
from .coverage import COVERAGE_OPTIONS, parse_coverage
from .db import Database
from .errors import NotFoundError, ValidationError
from .money import check_currency, parse_amount
from .roles import Actor, Role, require_role

__all__ = ["COVERAGE_OPTIONS"]

PRIORITIES: dict[str, str] = {"P1": "Critical", "P2": "High", "P3": "Normal", "P4": "Low"}
UNITS: dict[str, str] = {"none": "fixed price", "user": "per user", "device": "per device", "site": "per site"}
VALUE_UNITS: dict[str, str] = {"resolved_incident": "per resolved incident", "delivered_item": "per delivered item"}
PERIODS: dict[str, str] = {"month": "per month", "quarter": "per quarter", "year": "per year"}
COMMITMENT_UNITS: dict[str, str] = {
    "working_days": "working days",
    "calendar_days": "calendar days",
    "business_hours": "business hours",
    "hours": "hours",
}
DEFAULT_BUFFER = Decimal("20")
HUNDRED = Decimal("100")
_EDITORS = {Role.ADMINISTRATOR, Role.REPRESENTATIVE}


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

    def level(self, level_id: int) -> LevelInfo:
        return next(level for level in self.levels if level.id == level_id)

    def levels_for(self, customer_id: int | None) -> tuple[LevelInfo, ...]:
        """Standard levels and the custom levels of this customer only."""
        return tuple(level for level in self.levels if level.customer_id in (None, customer_id))


# --------------------------------------------------------------- write side


@dataclass(frozen=True)
class CommitmentInput:
    description: str
    amount: Decimal
    unit: str
    internal_amount: Decimal | None = None


@dataclass(frozen=True)
class BandInput:
    min_units: int
    discount_pct: Decimal


@dataclass(frozen=True)
class VariantInput:
    region: str
    surcharge_pct: Decimal
    targets: Mapping[str, tuple[int, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class LevelInput:
    name: str
    monthly_fee: Decimal
    currency: str
    coverage: str
    availability_pct: Decimal
    # priority -> (response minutes, resolution minutes), external commitments
    targets: Mapping[str, tuple[int, int]]
    business_hours: bool = True
    calendar: str = ""
    # priority -> (response, resolution) internal aims; missing ones are derived
    internal_targets: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    internal_availability_pct: Decimal | None = None
    availability_period: str = "month"
    internal_buffer_pct: Decimal = DEFAULT_BUFFER
    customer_id: int | None = None
    regions: tuple[str, ...] = ()
    min_units: int = 0
    fixed_fee: Decimal = Decimal("0")
    unit: str = "user"
    value_unit: str | None = None
    value_price: Decimal = Decimal("0")
    commitments: tuple[CommitmentInput, ...] = ()
    bands: tuple[BandInput, ...] = ()
    variants: tuple[VariantInput, ...] = ()
    id: int | None = None  # set when the level exists already


def priority_label(code: str) -> str:
    return f"{code} {PRIORITIES.get(code, '')}".strip()


def format_duration(minutes: int) -> str:
    """4 h, 30 min, 1 d 2 h: short and exact."""
    if minutes < 60:
        return f"{minutes} min"
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    parts = [f"{days} d" if days else "", f"{hours} h" if hours else "", f"{mins} min" if mins else ""]
    return " ".join(part for part in parts if part)


def _keep(buffer_pct: Decimal) -> Decimal:
    return (HUNDRED - buffer_pct) / HUNDRED


def loosest_internal_minutes(external: int, buffer_pct: Decimal) -> int:
    """The loosest internal aim allowed for an external time (never below 1 minute)."""
    return max(1, int((external * _keep(buffer_pct)).to_integral_value(ROUND_FLOOR)))


def derive_internal(external: tuple[int, int], buffer_pct: Decimal) -> tuple[int, int]:
    return (loosest_internal_minutes(external[0], buffer_pct), loosest_internal_minutes(external[1], buffer_pct))


def lowest_internal_availability(external_pct: Decimal, buffer_pct: Decimal) -> Decimal:
    """Internal availability must allow at most (100 - buffer) % of the external downtime."""
    return (HUNDRED - (HUNDRED - external_pct) * _keep(buffer_pct)).quantize(Decimal("0.0001"))


def _times(where: str, response: int, resolution: int, field_name: str = "targets") -> None:
    if not all(isinstance(value, int) and not isinstance(value, bool) for value in (response, resolution)):
        raise ValidationError(f"{where}: times are whole minutes", field=field_name)
    if response <= 0 or resolution <= 0:
        raise ValidationError(f"{where}: times must be positive", field=field_name)
    if resolution < response:
        raise ValidationError(f"{where}: resolution cannot come before response", field=field_name)


def _percent(value: Decimal, name: str, *, upper: Decimal = HUNDRED, field_name: str) -> Decimal:
    value = parse_amount(value, field_name)
    if value > upper:
        raise ValidationError(f"{name} cannot be over {upper} %", field=field_name)
    return value


def clean_level(level: LevelInput, index: int | None = None) -> LevelInput:
    """The level with its text as it is stored (``core.text``); a refusal names the field."""
    where = f"level {index + 1}: " if index is not None else ""

    def typed(value: str, name: str, what: str, limit: int) -> str:
        return text.clean(value, field=name, label=f"{where}{what}", max_length=limit, required=False)

    return replace(
        level,
        name=typed(level.name, "level_name", "the level name", text.SHORT),
        currency=typed(level.currency, "currency", "the currency", text.SHORT),
        coverage=typed(level.coverage, "coverage", "the hours of coverage", text.SHORT),
        calendar=typed(level.calendar, "calendar", "the calendar", text.SHORT),
        regions=tuple(typed(region, "regions", "a region", text.REGION) for region in level.regions),
        commitments=tuple(
            replace(item, description=typed(item.description, "commitments", f"commitment {number}", text.COMMENT))
            for number, item in enumerate(level.commitments, 1)
        ),
        variants=tuple(
            replace(variant, region=typed(variant.region, "variants", "a variant's region", text.REGION))
            for variant in level.variants
        ),
    )


def check_level(level: LevelInput) -> None:
    """Every rule a level must meet; raises ValidationError naming the field."""
    level = clean_level(level)
    if not level.name.strip():
        raise ValidationError("a level needs a name", field="level_name")
    for name in ("monthly_fee", "fixed_fee", "value_price"):
        parse_amount(getattr(level, name), name)
    check_currency(level.currency)
    parse_coverage(level.coverage)
    if level.unit not in UNITS:
        raise ValidationError(f"unknown price unit {level.unit!r}", field="unit")
    if level.unit == "none" and level.monthly_fee:
        raise ValidationError("a fixed-price level has no per-unit fee; set the unit first", field="monthly_fee")
    if level.value_unit is not None and level.value_unit not in VALUE_UNITS:
        raise ValidationError(f"unknown value-based unit {level.value_unit!r}", field="value_unit")
    if level.value_unit is None and level.value_price:
        raise ValidationError("a value-based price needs what it is paid per", field="value_unit")
    if level.availability_period not in PERIODS:
        raise ValidationError(f"unknown availability period {level.availability_period!r}", field="availability_period")
    if not Decimal("0") < level.availability_pct <= HUNDRED:
        raise ValidationError("availability must be above 0 % and at most 100 %", field="availability_pct")
    buffer = _percent(level.internal_buffer_pct, "the internal buffer", upper=Decimal("99"), field_name="internal_buffer_pct")
    if level.internal_availability_pct is not None:
        lowest = lowest_internal_availability(level.availability_pct, buffer)
        if not level.internal_availability_pct <= HUNDRED:
            raise ValidationError("internal availability cannot be over 100 %", field="internal_availability_pct")
        if level.internal_availability_pct < lowest:
            raise ValidationError(
                f"internal availability {level.internal_availability_pct} % is looser than the external "
                f"{level.availability_pct} % with a {buffer} % buffer (at least {lowest} %)",
                field="internal_availability_pct",
            )
    if not isinstance(level.min_units, int) or level.min_units < 0:
        raise ValidationError("the minimum volume is a whole number, 0 or more", field="min_units")
    unknown = set(level.targets) - set(PRIORITIES)
    if unknown or not level.targets:
        raise ValidationError(f"targets need priorities among {', '.join(PRIORITIES)}", field="targets")
    for priority, (response, resolution) in level.targets.items():
        _times(priority, response, resolution)
        if priority in level.internal_targets:
            inner = level.internal_targets[priority]
            _times(f"{priority} internal", *inner, field_name="internal_targets")
            for kind, external, internal in (("response", response, inner[0]), ("resolution", resolution, inner[1])):
                loosest = loosest_internal_minutes(external, buffer)
                if internal > loosest:
                    raise ValidationError(
                        f"{priority} internal {kind} {format_duration(internal)} is looser than the external "
                        f"{format_duration(external)} less the {buffer} % buffer "
                        f"(at most {format_duration(loosest)})",
                        field="internal_targets",
                    )
    if set(level.internal_targets) - set(level.targets):
        raise ValidationError("an internal target needs an external one for the same priority", field="internal_targets")
    _check_commitments(level.commitments)
    _check_bands(level.bands)
    _check_variants(level.variants)


def _check_commitments(commitments: Sequence[CommitmentInput]) -> None:
    for index, item in enumerate(commitments, 1):
        where = f"commitment {index}"
        if not item.description.strip():
            raise ValidationError(f"{where}: describe what is committed", field="commitments")
        if item.unit not in COMMITMENT_UNITS:
            raise ValidationError(f"{where}: unknown unit {item.unit!r}", field="commitments")
        amount = parse_amount(item.amount, "commitments")
        if amount <= 0:
            raise ValidationError(f"{where}: the amount must be above 0", field="commitments")
        if item.internal_amount is not None:
            internal = parse_amount(item.internal_amount, "commitments")
            if not Decimal("0") < internal <= amount:
                raise ValidationError(
                    f"{where}: the internal aim {internal} is looser than the commitment {amount}", field="commitments"
                )


def _check_bands(bands: Sequence[BandInput]) -> None:
    seen: set[int] = set()
    for band in bands:
        if not isinstance(band.min_units, int) or band.min_units < 1:
            raise ValidationError("a volume band starts at 1 unit or more", field="bands")
        if band.min_units in seen:
            raise ValidationError(f"two volume bands start at {band.min_units} units", field="bands")
        seen.add(band.min_units)
        _percent(band.discount_pct, "a discount", field_name="bands")


def _check_variants(variants: Sequence[VariantInput]) -> None:
    seen: set[str] = set()
    for variant in variants:
        region = variant.region.strip()
        if not region:
            raise ValidationError("a regional variant needs a region", field="variants")
        if region.casefold() in seen:
            raise ValidationError(f"two variants for region {region!r}", field="variants")
        seen.add(region.casefold())
        _percent(variant.surcharge_pct, "a surcharge", upper=Decimal("1000"), field_name="variants")
        for priority, (response, resolution) in variant.targets.items():
            if priority not in PRIORITIES:
                raise ValidationError(f"{region}: unknown priority {priority}", field="variants")
            _times(f"{region} {priority}", response, resolution, field_name="variants")


def _build_level(level: LevelInput, rank: int, row: ServiceLevel | None = None) -> ServiceLevel:
    buffer = level.internal_buffer_pct
    row = row or ServiceLevel()
    row.name = level.name.strip()
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


def _clean_service(
    code: str, name: str, description: str, levels: Sequence[LevelInput]
) -> tuple[str, str, str, list[LevelInput]]:
    """A service's text as it is stored (``core.text``)."""
    return (
        text.clean(code, field="code", label="the service code", max_length=text.CODE, required=False),
        text.clean(name, field="name", label="the service name", max_length=text.NAME, required=False),
        text.clean(description, field="description", label="the description", max_length=text.TEXT, multiline=True,
                   required=False),
        [clean_level(level, index) for index, level in enumerate(levels)],
    )


def _check_service(code: str, name: str, levels: Sequence[LevelInput]) -> None:
    if not code.strip() or not name.strip():
        raise ValidationError("a service needs a code and a name", field="name")
    if not levels:
        raise ValidationError("a service needs at least one level", field="levels")
    names = [level.name.strip().casefold() for level in levels]
    if len(set(names)) != len(names):
        raise ValidationError("two levels of a service cannot share a name", field="level_name")
    for level in levels:
        check_level(level)


def _check_customers(session: Session, levels: Sequence[LevelInput]) -> None:
    for level in levels:
        if level.customer_id is not None and session.get(Customer, level.customer_id) is None:
            raise NotFoundError(f"no customer with id {level.customer_id}")


def add_service(
    db: Database, actor: Actor, *, code: str, name: str, description: str, levels: Sequence[LevelInput]
) -> ServiceInfo:
    require_role(actor, _EDITORS, "edit the service catalogue")
    code, name, description, levels = _clean_service(code, name, description, levels)
    _check_service(code, name, levels)
    with db.unit_of_work() as session:
        if session.scalars(select(Service.id).where(Service.code == code.strip())).first() is not None:
            raise ValidationError(f"a service with code {code!r} exists already", field="code")
        _check_customers(session, levels)
        service = Service(code=code.strip(), name=name.strip(), description=description.strip())
        service.levels = [_build_level(level, rank) for rank, level in enumerate(levels)]
        session.add(service)
        session.flush()
        audit.record(session, actor, "service.create", "service", service.id, code=service.code)
        service_id = service.id
    return get_service(db, service_id)


def _level_in_use(session: Session, level_id: int) -> bool:
    used = select(Requirement.id).where(Requirement.service_level_id == level_id).union_all(
        select(AgreementLine.id).where(AgreementLine.service_level_id == level_id)
    )
    return session.scalar(select(func.count()).select_from(used.subquery())) > 0


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
) -> ServiceInfo:
    """Replace a service's definition. Levels keep their id (``LevelInput.id``);
    a level that requirements or agreements use cannot be removed."""
    require_role(actor, _EDITORS, "edit the service catalogue")
    code, name, description, levels = _clean_service(code, name, description, levels)
    _check_service(code, name, levels)
    with db.unit_of_work() as session:
        service = session.get(Service, service_id, options=[selectinload(Service.levels)])
        if service is None:
            raise NotFoundError(f"no service with id {service_id}")
        check_row_version(
            session, service.row_version, row_version,
            what=f"Service {service.code}", entity_type="service", entity_id=service.id,
        )
        clash = session.scalars(select(Service.id).where(Service.code == code.strip(), Service.id != service_id)).first()
        if clash is not None:
            raise ValidationError(f"a service with code {code!r} exists already", field="code")
        _check_customers(session, levels)
        existing = {level.id: level for level in service.levels}
        kept = {level.id for level in levels if level.id is not None}
        if kept - set(existing):
            raise ValidationError("a level does not belong to this service", field="levels")
        for level_id, row in existing.items():
            if level_id not in kept:
                if _level_in_use(session, level_id):
                    raise ValidationError(
                        f"level {row.name} is used by requirements or agreements and cannot be removed",
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
        service.row_version += 1
        session.flush()
        audit.record(
            session, actor, "service.update", "service", service.id, code=service.code, levels=len(levels),
            row_version=service.row_version,
        )
    return get_service(db, service_id)


def _info(service: Service) -> ServiceInfo:
    return ServiceInfo(
        id=service.id,
        code=service.code,
        name=service.name,
        description=service.description,
        row_version=service.row_version,
        levels=tuple(_level_info(level) for level in service.levels),
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
    )


def _services_query():  # type: ignore[no-untyped-def]
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
        service = session.scalars(_services_query().where(Service.id == service_id)).first()
        if service is None:
            raise NotFoundError(f"no service with id {service_id}")
        return _info(service)


def list_services(db: Database, search: str = "") -> list[ServiceInfo]:
    query = _services_query().order_by(Service.name)
    search = text.search_text(search)
    if search:
        pattern = f"%{search}%"
        query = query.where(or_(Service.name.ilike(pattern), Service.code.ilike(pattern)))
    with db.read() as session:
        return [_info(service) for service in session.scalars(query)]


def known_regions(services: Sequence[ServiceInfo]) -> tuple[str, ...]:
    """Every region the catalogue names, for the requirement editor to offer."""
    regions = {r for s in services for level in s.levels for r in (*level.regions, *(v.region for v in level.variants))}
    return tuple(sorted(regions, key=str.casefold))
