"""A customer's requirements without the database: inputs and views, the checks, feasibility and the quote.

``problems_for`` says why a level cannot serve a requirement (regions, hours
of coverage, minimum volume, priorities with targets); ``quote_for`` prices
every requirement at every level it may have and is pure: same inputs, same
quote. ``requirements`` stores and reads documents and re-exports all of this.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum

from . import text
from .catalogue import HUNDRED, PRIORITIES, LevelInfo, ServiceInfo, format_duration
from .catalogue_rules import Unit
from .coverage import covers, parse_coverage
from .errors import ValidationError
from .money import parse_amount
from .pricing import LevelOption, Quote, QuoteLine, Volumes, price_line
from .words import N_, _, ngettext


class DocumentStatus(StrEnum):
    """A requirements document (``requirements_document.status``): draft -> sent -> approved by the customer."""

    DRAFT = "draft"
    SENT = "sent"
    APPROVED = "approved"


class InfeasibleKind(StrEnum):
    """Why a requirement cannot be delivered (``requirement.infeasible_kind``; NULL: it can)."""

    TECHNICAL = "technical"
    COMMERCIAL = "commercial"


DOCUMENT_STATUSES: dict[str, str] = {
    DocumentStatus.DRAFT: "Draft", DocumentStatus.SENT: "Sent to customer", DocumentStatus.APPROVED: "Approved by customer",
}
INFEASIBLE_KINDS: dict[str, str] = {InfeasibleKind.TECHNICAL: "Technical", InfeasibleKind.COMMERCIAL: "Commercial"}
VOLUME_FIELDS = ("users", "devices", "sites", "tickets_per_month", "items_per_month")
# A volume as its refusal names it.
_VOLUME_LABELS = {
    "users": N_("users"), "devices": N_("devices"), "sites": N_("sites"), "tickets_per_month": N_("tickets per month"),
    "items_per_month": N_("items per month"),
}
# Why a level priced per unit cannot serve a requirement: no number of units, or too few ({level}, {minimum}, {asked}).
_NO_UNITS = {
    Unit.USER: N_("{level} is priced per user: give the number of users"),
    Unit.DEVICE: N_("{level} is priced per device: give the number of devices"),
    Unit.SITE: N_("{level} is priced per site: give the number of sites"),
}
_NO_VOLUME = {
    "resolved_incident": N_("{level} is priced per resolved incident: give the expected monthly volume"),
    "delivered_item": N_("{level} is priced per delivered item: give the expected monthly volume"),
}


@dataclass(frozen=True)
class RequirementInput:
    service_id: int | None
    site: str
    coverage: str
    priorities: tuple[str, ...]
    need: str = ""
    region: str = ""
    outcome: str = ""
    priority_notes: Mapping[str, str] = field(default_factory=dict)
    users: int = 0
    devices: int = 0
    sites: int = 1
    tickets_per_month: int = 0
    items_per_month: int = 0
    csat_target_pct: Decimal | None = None
    effort_target: Decimal | None = None
    id: int | None = None  # set when the requirement exists already


@dataclass(frozen=True)
class RequirementView:
    id: int
    position: int
    need: str
    outcome: str
    service_id: int | None
    service_name: str
    site: str
    region: str
    coverage: str
    priorities: tuple[str, ...]
    priority_notes: Mapping[str, str]
    volumes: Volumes
    csat_target_pct: Decimal | None
    effort_target: Decimal | None
    level_id: int | None
    infeasible_kind: str | None
    infeasible_reason: str
    price_override: Decimal | None
    override_reason: str

    def as_input(self) -> RequirementInput:
        return RequirementInput(
            id=self.id, service_id=self.service_id, site=self.site, coverage=self.coverage,
            priorities=self.priorities, need=self.need, region=self.region, outcome=self.outcome,
            priority_notes=dict(self.priority_notes), csat_target_pct=self.csat_target_pct,
            effort_target=self.effort_target,
            **{name: getattr(self.volumes, name) for name in VOLUME_FIELDS},
        )


@dataclass(frozen=True)
class RequirementsView:
    id: int
    customer_id: int
    customer_name: str
    customer_language: str
    version: int
    status: DocumentStatus
    title: str
    tax_rate_pct: Decimal
    created_at: dt.datetime
    sent_at: dt.datetime | None
    approved_at: dt.datetime | None
    approved_by: str
    row_version: int
    items: tuple[RequirementView, ...]

    @property
    def editable(self) -> bool:
        return self.status == DocumentStatus.DRAFT


@dataclass(frozen=True)
class DocumentSummary:
    id: int
    customer_id: int
    customer_name: str
    version: int
    status: DocumentStatus
    title: str
    requirements: int
    created_at: dt.datetime


# ---------------------------------------------------------------- checks


def _whole(value: object, number: int, name: str, minimum: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        label = _(_VOLUME_LABELS[name])
        raise ValidationError(_("requirement {number}: {label} must be a whole number of at least {minimum}").format(
            number=number, label=label, minimum=minimum), field=name)


def clean_requirement(item: RequirementInput, index: int) -> RequirementInput:
    """The requirement with its text as it is stored (``core.text``: NFC, trimmed, no control or disguising
    characters, within the column's length); a refusal names the requirement and the field."""
    number = index + 1

    def typed(value: str, name: str, label: str, limit: int, multiline: bool = False) -> str:
        return text.clean(value, field=name, label=label, max_length=limit, multiline=multiline, required=False)

    notes = item.priority_notes if isinstance(item.priority_notes, Mapping) else {}
    return replace(
        item,
        site=typed(item.site, "site", _("requirement {number}: the site").format(number=number), text.NAME),
        coverage=typed(item.coverage, "coverage", _("requirement {number}: the hours of coverage").format(number=number),
                       text.SHORT),
        need=typed(item.need, "need", _("requirement {number}: the need").format(number=number), text.TEXT, multiline=True),
        region=typed(item.region, "region", _("requirement {number}: the region").format(number=number), text.REGION),
        outcome=typed(item.outcome, "outcome", _("requirement {number}: the outcome").format(number=number), text.TEXT,
                      multiline=True),
        priority_notes={
            str(priority): typed(
                note, "priority_notes",
                _("requirement {number}: the note for {priority}").format(number=number, priority=str(priority)[:4]),
                text.COMMENT,
            )
            for priority, note in notes.items()
        },
    )


def validate_requirement(item: RequirementInput, index: int) -> None:
    number = index + 1
    item = clean_requirement(item, index)
    if not item.site.strip():
        raise ValidationError(_("requirement {number}: the site is missing").format(number=number), field="site")
    if not item.coverage.strip():
        raise ValidationError(_("requirement {number}: the hours of coverage are missing").format(number=number),
                              field="coverage")
    try:
        parse_coverage(item.coverage)
    except ValidationError as error:
        raise ValidationError(_("requirement {number}: {error}").format(number=number, error=error),
                              field="coverage") from None
    if not item.priorities:
        raise ValidationError(_("requirement {number}: choose at least one priority category").format(number=number),
                              field="priorities")
    unknown = [p for p in (*item.priorities, *item.priority_notes) if p not in PRIORITIES]
    if unknown:
        raise ValidationError(_("requirement {number}: unknown priority {priorities}").format(
            number=number, priorities=", ".join(unknown)), field="priorities")
    for name in VOLUME_FIELDS:
        _whole(getattr(item, name), number, name, 1 if name == "sites" else 0)
    if item.csat_target_pct is not None:
        value = parse_amount(item.csat_target_pct, "csat_target_pct")
        if value > HUNDRED:
            raise ValidationError(_("requirement {number}: satisfaction is a percentage up to 100").format(number=number),
                                  field="csat_target_pct")
    if item.effort_target is not None:
        value = parse_amount(item.effort_target, "effort_target")
        if not Decimal("1") <= value <= Decimal("7"):
            raise ValidationError(_("requirement {number}: customer effort is a score from 1 to 7").format(number=number),
                                  field="effort_target")


def problems_for(level: LevelInfo, item: RequirementView) -> tuple[str, ...]:
    """Why ``level`` cannot serve ``item`` (empty when it can)."""
    problems = []
    if not covers(level.coverage, item.coverage):
        problems.append(_("{level} covers {coverage}, not {asked}").format(
            level=level.name, coverage=level.coverage, asked=item.coverage))
    offered = [r.casefold() for r in (*level.regions, *(v.region for v in level.variants))]
    if level.regions and item.region.strip().casefold() not in offered:
        problems.append(_("{level} is offered in {regions} only").format(level=level.name, regions=", ".join(level.regions)))
    if level.unit != Unit.NONE:
        units = item.volumes.units(level.unit)
        if units == 0:
            problems.append(_(_NO_UNITS[Unit(level.unit)]).format(level=level.name))
        elif units < level.min_units:
            problems.append(_sold_from(level, units))
    if level.value_unit and item.volumes.value_volume(level.value_unit) == 0:
        problems.append(_(_NO_VOLUME[level.value_unit]).format(level=level.name))
    missing = [p for p in item.priorities if p not in {t.priority for t in level.targets}]
    if missing:
        problems.append(_("{level} has no target for {priorities}").format(level=level.name, priorities=", ".join(missing)))
    return tuple(problems)


def _sold_from(level: LevelInfo, units: int) -> str:
    """"Gold is sold from 10 users; 4 asked" (the unit's plural whatever the number, as English has always said it)."""
    minimum = level.min_units
    if level.unit == Unit.USER:
        said = ngettext("{level} is sold from {minimum} users; {asked} asked",
                        "{level} is sold from {minimum} users; {asked} asked", minimum)
    elif level.unit == Unit.DEVICE:
        said = ngettext("{level} is sold from {minimum} devices; {asked} asked",
                        "{level} is sold from {minimum} devices; {asked} asked", minimum)
    else:
        said = ngettext("{level} is sold from {minimum} sites; {asked} asked",
                        "{level} is sold from {minimum} sites; {asked} asked", minimum)
    return said.format(level=level.name, minimum=minimum, asked=units)


def _option(level: LevelInfo, item: RequirementView) -> LevelOption:
    return LevelOption(
        level_id=level.id,
        level_name=level.name,
        rank=level.rank,
        vip=level.vip,
        currency=level.currency,
        price=price_line(
            level, item.volumes, item.region,
            item.price_override if item.level_id == level.id else None,
            item.override_reason,
        ),
        availability_pct=level.availability_pct,
        coverage=level.coverage,
        targets=tuple(t for t in level.targets_in(item.region) if t.priority in item.priorities),
        problems=problems_for(level, item),
        names=level.names,
    )


# ---------------------------------------------------------------- quote


def quote_for(view: RequirementsView, services: Sequence[ServiceInfo]) -> Quote:
    """Price every requirement at every level it may have (pure: same inputs, same quote)."""
    by_id = {service.id: service for service in services}
    lines = []
    for item in view.items:
        service = by_id.get(item.service_id) if item.service_id is not None else None
        levels = service.levels_for(view.customer_id) if service else ()
        unit = next((lv.unit for lv in levels if lv.id == item.level_id), levels[0].unit if levels else Unit.NONE)
        lines.append(
            QuoteLine(
                requirement_id=item.id,
                position=item.position,
                need=item.need,
                service_id=item.service_id,
                service_name=service.name if service else "",
                service_names=service.names if service else {},
                site=item.site,
                region=item.region,
                coverage=item.coverage,
                priorities=item.priorities,
                volumes=item.volumes,
                unit=unit,
                options=tuple(_option(level, item) for level in levels),
                chosen_level_id=item.level_id,
                infeasible_kind=item.infeasible_kind,
                infeasible_reason=item.infeasible_reason,
            )
        )
    return Quote(lines=tuple(lines), tax_rate_pct=view.tax_rate_pct)


def describe_targets(option: LevelOption) -> str:
    """P1 15 min / 1 h · P2 ... in one short line (for tooltips and the CLI)."""
    return " · ".join(
        f"{t.priority} {format_duration(t.response_minutes)} / {format_duration(t.resolution_minutes)}"
        for t in option.targets
    )
