"""A customer's requirements: gathered, matched to catalogue levels, priced."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..models import Customer, Requirement, RequirementsDocument, Service, ServiceLevel
from . import audit
from .catalogue import PRIORITIES, list_services
from .db import Database
from .errors import NotFoundError, ValidationError
from .pricing import Quote, QuoteLine, options_for
from .roles import Actor, Role, require_role

_EDITORS = {Role.REPRESENTATIVE, Role.ADMINISTRATOR}


@dataclass(frozen=True)
class RequirementInput:
    service_id: int
    site: str
    coverage: str
    priorities: tuple[str, ...]
    need: str = ""
    quantity: int = 1


@dataclass(frozen=True)
class RequirementView:
    id: int
    position: int
    need: str
    service_id: int
    service_name: str
    site: str
    coverage: str
    priorities: tuple[str, ...]
    quantity: int
    level_id: int | None


@dataclass(frozen=True)
class RequirementsView:
    id: int
    customer_id: int
    customer_name: str
    version: int
    status: str
    items: tuple[RequirementView, ...]


def validate_requirement(item: RequirementInput, index: int) -> None:
    where = f"requirement {index + 1}"
    if not item.site.strip():
        raise ValidationError(f"{where}: the site or region is missing", field="site")
    if not item.coverage.strip():
        raise ValidationError(f"{where}: the hours of coverage are missing", field="coverage")
    if not item.priorities:
        raise ValidationError(f"{where}: choose at least one priority category", field="priorities")
    unknown = [p for p in item.priorities if p not in PRIORITIES]
    if unknown:
        raise ValidationError(f"{where}: unknown priority {', '.join(unknown)}", field="priorities")
    if not isinstance(item.quantity, int) or item.quantity < 1:
        raise ValidationError(f"{where}: the quantity must be a whole number of at least 1", field="quantity")


def create_requirements(
    db: Database, actor: Actor, *, customer_id: int, requirements: list[RequirementInput]
) -> RequirementsView:
    require_role(actor, _EDITORS, "record requirements")
    if not requirements:
        raise ValidationError("record at least one requirement", field="requirements")
    for index, item in enumerate(requirements):
        validate_requirement(item, index)
    with db.unit_of_work() as session:
        if session.get(Customer, customer_id) is None:
            raise NotFoundError(f"no customer with id {customer_id}")
        known = set(session.scalars(select(Service.id)))
        for index, item in enumerate(requirements):
            if item.service_id not in known:
                raise ValidationError(f"requirement {index + 1}: unknown service", field="service")
        version = 1 + len(
            session.scalars(select(RequirementsDocument.id).where(RequirementsDocument.customer_id == customer_id)).all()
        )
        document = RequirementsDocument(customer_id=customer_id, version=version, status="draft")
        document.requirements = [
            Requirement(
                position=index + 1,
                need=item.need.strip(),
                service_id=item.service_id,
                site=item.site.strip(),
                coverage=item.coverage.strip(),
                priorities=list(item.priorities),
                quantity=item.quantity,
            )
            for index, item in enumerate(requirements)
        ]
        session.add(document)
        session.flush()
        audit.record(session, actor, "requirements.create", "requirements_document", document.id, items=len(requirements))
        document_id = document.id
    return get_requirements(db, document_id)


def get_requirements(db: Database, document_id: int) -> RequirementsView:
    with db.read() as session:
        document = session.scalars(
            select(RequirementsDocument)
            .options(selectinload(RequirementsDocument.requirements).selectinload(Requirement.service))
            .where(RequirementsDocument.id == document_id)
        ).first()
        if document is None:
            raise NotFoundError(f"no requirements document with id {document_id}")
        customer = session.get(Customer, document.customer_id)
        assert customer is not None
        return RequirementsView(
            id=document.id,
            customer_id=customer.id,
            customer_name=customer.name,
            version=document.version,
            status=document.status,
            items=tuple(
                RequirementView(
                    id=r.id,
                    position=r.position,
                    need=r.need,
                    service_id=r.service_id,
                    service_name=r.service.name,
                    site=r.site,
                    coverage=r.coverage,
                    priorities=tuple(r.priorities),
                    quantity=r.quantity,
                    level_id=r.service_level_id,
                )
                for r in document.requirements
            ),
        )


def choose_levels(db: Database, actor: Actor, document_id: int, choices: dict[int, int]) -> Quote:
    """Pick a service level for each requirement (requirement id -> level id)."""
    require_role(actor, _EDITORS, "choose service levels")
    with db.unit_of_work() as session:
        requirements = {
            r.id: r for r in session.scalars(select(Requirement).where(Requirement.document_id == document_id))
        }
        currencies = set()
        for requirement_id, level_id in choices.items():
            requirement = requirements.get(requirement_id)
            if requirement is None:
                raise NotFoundError(f"requirement {requirement_id} is not in this document")
            level = session.get(ServiceLevel, level_id)
            if level is None or level.service_id != requirement.service_id:
                raise ValidationError(
                    f"requirement {requirement.position}: that level belongs to another service", field="level"
                )
            currencies.add(level.currency)
            requirement.service_level_id = level_id
        if len(currencies) > 1:
            raise ValidationError("all chosen levels must be priced in one currency", field="level")
        audit.record(session, actor, "requirements.price", "requirements_document", document_id, choices=choices)
    return quote(db, document_id)


def quote(db: Database, document_id: int) -> Quote:
    """Every requirement priced at every level of its service, with the chosen one."""
    view = get_requirements(db, document_id)
    services = {service.id: service for service in list_services(db)}
    return Quote(
        lines=tuple(
            QuoteLine(
                requirement_id=item.id,
                service_name=item.service_name,
                site=item.site,
                quantity=item.quantity,
                options=options_for(services[item.service_id].levels, item.quantity),
                chosen_level_id=item.level_id,
            )
            for item in view.items
        )
    )
