"""The service catalogue: services, levels (tiers) and measurable targets."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..models import Service, ServiceLevel, ServiceTarget
from . import audit
from .db import Database
from .errors import ValidationError
from .money import check_currency, parse_amount
from .roles import Actor, Role, require_role

PRIORITIES: dict[str, str] = {"P1": "Critical", "P2": "High", "P3": "Normal", "P4": "Low"}
COVERAGE_OPTIONS: tuple[str, ...] = ("24x7", "Mon-Fri 08:00-17:00", "Mon-Fri 07:00-19:00")


@dataclass(frozen=True)
class TargetInfo:
    priority: str
    response_minutes: int
    resolution_minutes: int
    business_hours: bool


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


@dataclass(frozen=True)
class ServiceInfo:
    id: int
    code: str
    name: str
    description: str
    levels: tuple[LevelInfo, ...]

    def level(self, level_id: int) -> LevelInfo:
        return next(level for level in self.levels if level.id == level_id)


@dataclass(frozen=True)
class LevelInput:
    name: str
    monthly_fee: Decimal
    currency: str
    coverage: str
    availability_pct: Decimal
    # priority -> (response minutes, resolution minutes)
    targets: dict[str, tuple[int, int]]
    business_hours: bool = True


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


def _info(service: Service) -> ServiceInfo:
    return ServiceInfo(
        id=service.id,
        code=service.code,
        name=service.name,
        description=service.description,
        levels=tuple(
            LevelInfo(
                id=level.id,
                name=level.name,
                rank=level.rank,
                monthly_fee=level.monthly_fee,
                currency=level.currency,
                coverage=level.coverage,
                availability_pct=level.availability_pct,
                targets=tuple(
                    TargetInfo(t.priority, t.response_minutes, t.resolution_minutes, t.business_hours)
                    for t in level.targets
                ),
            )
            for level in service.levels
        ),
    )


def _check_level(level: LevelInput) -> None:
    parse_amount(level.monthly_fee, "monthly_fee")
    check_currency(level.currency)
    if not Decimal("0") < level.availability_pct <= Decimal("100"):
        raise ValidationError("availability must be above 0 % and at most 100 %", field="availability_pct")
    unknown = set(level.targets) - set(PRIORITIES)
    if unknown or not level.targets:
        raise ValidationError(f"targets need priorities among {', '.join(PRIORITIES)}", field="targets")
    for priority, (response, resolution) in level.targets.items():
        if response <= 0 or resolution <= 0:
            raise ValidationError(f"{priority}: times must be positive", field="targets")
        if resolution < response:
            raise ValidationError(f"{priority}: resolution cannot come before response", field="targets")


def add_service(
    db: Database, actor: Actor, *, code: str, name: str, description: str, levels: list[LevelInput]
) -> ServiceInfo:
    require_role(actor, {Role.ADMINISTRATOR, Role.REPRESENTATIVE}, "edit the service catalogue")
    if not code.strip() or not name.strip():
        raise ValidationError("a service needs a code and a name", field="name")
    if not levels:
        raise ValidationError("a service needs at least one level", field="levels")
    for level in levels:
        _check_level(level)
    with db.unit_of_work() as session:
        if session.scalars(select(Service.id).where(Service.code == code.strip())).first() is not None:
            raise ValidationError(f"a service with code {code!r} exists already", field="code")
        service = Service(code=code.strip(), name=name.strip(), description=description.strip())
        for rank, level in enumerate(levels):
            service.levels.append(
                ServiceLevel(
                    name=level.name,
                    rank=rank,
                    monthly_fee=level.monthly_fee,
                    currency=check_currency(level.currency),
                    coverage=level.coverage,
                    availability_pct=level.availability_pct,
                    targets=[
                        ServiceTarget(
                            priority=priority,
                            response_minutes=response,
                            resolution_minutes=resolution,
                            business_hours=level.business_hours,
                        )
                        for priority, (response, resolution) in sorted(level.targets.items())
                    ],
                )
            )
        session.add(service)
        session.flush()
        audit.record(session, actor, "service.create", "service", service.id, code=service.code)
        return _info(service)


def list_services(db: Database) -> list[ServiceInfo]:
    with db.read() as session:
        services = session.scalars(
            select(Service)
            .options(selectinload(Service.levels).selectinload(ServiceLevel.targets))
            .order_by(Service.name)
        )
        return [_info(service) for service in services]
