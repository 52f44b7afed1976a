"""What a service level must be: the catalogue's inputs and every rule they must meet.

Pure (no database): ``catalogue``'s use cases (and the level editor) check a
level here before anything is stored. Each target has an external commitment
and a stricter internal aim. The internal aim must beat the external one by
the level's buffer: with a 20 % buffer a 4 h response needs an internal aim of
at most 3 h 12 min. Left out, the internal aim is derived with that buffer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import ROUND_FLOOR, Decimal
from enum import StrEnum

from . import text
from .catalogue_names import clean_names
from .coverage import parse_coverage
from .errors import ValidationError
from .money import check_currency, parse_amount
from .words import N_, _, ngettext


class Unit(StrEnum):
    """What a level's fee is per (``service_level.unit``); NONE: a fixed price."""

    NONE = "none"
    USER = "user"
    DEVICE = "device"
    SITE = "site"


PRIORITIES: dict[str, str] = {"P1": "Critical", "P2": "High", "P3": "Normal", "P4": "Low"}
# Shown in messages: ``_(UNITS[unit])`` where a message names it.
UNITS: dict[str, str] = {
    Unit.NONE: N_("fixed price"), Unit.USER: N_("per user"), Unit.DEVICE: N_("per device"), Unit.SITE: N_("per site"),
}
VALUE_UNITS: dict[str, str] = {"resolved_incident": N_("per resolved incident"), "delivered_item": N_("per delivered item")}
PERIODS: dict[str, str] = {"month": "per month", "quarter": "per quarter", "year": "per year"}
COMMITMENT_UNITS: dict[str, str] = {
    "working_days": "working days",
    "calendar_days": "calendar days",
    "business_hours": "business hours",
    "hours": "hours",
}
DEFAULT_BUFFER = Decimal("20")
HUNDRED = Decimal("100")
# An internal aim looser than the buffer allows, by kind of time.
_LOOSER_RESPONSE = N_("{priority} internal response {internal} is looser than the external {external} less the {buffer} % "
                      "buffer (at most {loosest})")
_LOOSER_RESOLUTION = N_("{priority} internal resolution {internal} is looser than the external {external} less the "
                        "{buffer} % buffer (at most {loosest})")


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
    unit: str = Unit.USER
    value_unit: str | None = None
    value_price: Decimal = Decimal("0")
    commitments: tuple[CommitmentInput, ...] = ()
    bands: tuple[BandInput, ...] = ()
    variants: tuple[VariantInput, ...] = ()
    id: int | None = None  # set when the level exists already
    # The level's name in other languages (language code -> name; core.catalogue_names); None keeps what it has
    names: Mapping[str, str] | None = None


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
        raise ValidationError(_("{where}: times are whole minutes").format(where=where), field=field_name)
    if response <= 0 or resolution <= 0:
        raise ValidationError(_("{where}: times must be positive").format(where=where), field=field_name)
    if resolution < response:
        raise ValidationError(_("{where}: resolution cannot come before response").format(where=where), field=field_name)


def _percent(value: Decimal, name: str, *, upper: Decimal = HUNDRED, field_name: str) -> Decimal:
    """``name``: a message marked ``N_`` ("the internal buffer")."""
    value = parse_amount(value, field_name)
    if value > upper:
        raise ValidationError(_("{name} cannot be over {upper} %").format(name=_(name), upper=upper), field=field_name)
    return value


def clean_level(level: LevelInput, index: int | None = None) -> LevelInput:
    """The level with its text as it is stored (``core.text``); a refusal names the field."""

    def typed(value: str, name: str, what: str, limit: int) -> str:
        label = what if index is None else _("level {number}: {what}").format(number=index + 1, what=what)
        return text.clean(value, field=name, label=label, max_length=limit, required=False)

    return replace(
        level,
        name=typed(level.name, "level_name", _("the level name"), text.SHORT),
        names=None if level.names is None else clean_names(level.names, field="level_names", what=_("the level name"),
                                                           limit=text.SHORT),
        currency=typed(level.currency, "currency", _("the currency"), text.SHORT),
        coverage=typed(level.coverage, "coverage", _("the hours of coverage"), text.SHORT),
        calendar=typed(level.calendar, "calendar", _("the calendar"), text.SHORT),
        regions=tuple(typed(region, "regions", _("a region"), text.REGION) for region in level.regions),
        commitments=tuple(
            replace(item, description=typed(
                item.description, "commitments", _("commitment {number}").format(number=number), text.COMMENT))
            for number, item in enumerate(level.commitments, 1)
        ),
        variants=tuple(
            replace(variant, region=typed(variant.region, "variants", _("a variant's region"), text.REGION))
            for variant in level.variants
        ),
    )


def check_level(level: LevelInput) -> None:
    """Every rule a level must meet; raises ValidationError naming the field."""
    level = clean_level(level)
    if not level.name.strip():
        raise ValidationError(_("a level needs a name"), field="level_name")
    for name in ("monthly_fee", "fixed_fee", "value_price"):
        parse_amount(getattr(level, name), name)
    check_currency(level.currency)
    parse_coverage(level.coverage)
    if level.unit not in UNITS:
        raise ValidationError(_("unknown price unit {unit!r}").format(unit=level.unit), field="unit")
    if level.unit == Unit.NONE and level.monthly_fee:
        raise ValidationError(_("a fixed-price level has no per-unit fee; set the unit first"), field="monthly_fee")
    if level.value_unit is not None and level.value_unit not in VALUE_UNITS:
        raise ValidationError(_("unknown value-based unit {unit!r}").format(unit=level.value_unit), field="value_unit")
    if level.value_unit is None and level.value_price:
        raise ValidationError(_("a value-based price needs what it is paid per"), field="value_unit")
    if level.availability_period not in PERIODS:
        raise ValidationError(_("unknown availability period {period!r}").format(period=level.availability_period),
                              field="availability_period")
    if not Decimal("0") < level.availability_pct <= HUNDRED:
        raise ValidationError(_("availability must be above 0 % and at most 100 %"), field="availability_pct")
    buffer = _percent(level.internal_buffer_pct, N_("the internal buffer"), upper=Decimal("99"), field_name="internal_buffer_pct")
    if level.internal_availability_pct is not None:
        lowest = lowest_internal_availability(level.availability_pct, buffer)
        if not level.internal_availability_pct <= HUNDRED:
            raise ValidationError(_("internal availability cannot be over 100 %"), field="internal_availability_pct")
        if level.internal_availability_pct < lowest:
            raise ValidationError(
                _("internal availability {internal} % is looser than the external {external} % with a {buffer} % buffer "
                  "(at least {lowest} %)").format(internal=level.internal_availability_pct, external=level.availability_pct,
                                                   buffer=buffer, lowest=lowest),
                field="internal_availability_pct",
            )
    if not isinstance(level.min_units, int) or level.min_units < 0:
        raise ValidationError(_("the minimum volume is a whole number, 0 or more"), field="min_units")
    unknown = set(level.targets) - set(PRIORITIES)
    if unknown or not level.targets:
        raise ValidationError(_("targets need priorities among {priorities}").format(priorities=", ".join(PRIORITIES)),
                              field="targets")
    for priority, (response, resolution) in level.targets.items():
        _times(priority, response, resolution)
        if priority in level.internal_targets:
            inner = level.internal_targets[priority]
            _times(_("{priority} internal").format(priority=priority), *inner, field_name="internal_targets")
            kinds = ((_LOOSER_RESPONSE, response, inner[0]), (_LOOSER_RESOLUTION, resolution, inner[1]))
            for looser, external, internal in kinds:
                loosest = loosest_internal_minutes(external, buffer)
                if internal > loosest:
                    raise ValidationError(
                        _(looser).format(priority=priority, internal=format_duration(internal),
                                         external=format_duration(external), buffer=buffer,
                                         loosest=format_duration(loosest)),
                        field="internal_targets",
                    )
    if set(level.internal_targets) - set(level.targets):
        raise ValidationError(_("an internal target needs an external one for the same priority"), field="internal_targets")
    _check_commitments(level.commitments)
    _check_bands(level.bands)
    _check_variants(level.variants)


def _check_commitments(commitments: Sequence[CommitmentInput]) -> None:
    for index, item in enumerate(commitments, 1):
        if not item.description.strip():
            raise ValidationError(_("commitment {index}: describe what is committed").format(index=index), field="commitments")
        if item.unit not in COMMITMENT_UNITS:
            raise ValidationError(_("commitment {index}: unknown unit {unit!r}").format(index=index, unit=item.unit),
                                  field="commitments")
        amount = parse_amount(item.amount, "commitments")
        if amount <= 0:
            raise ValidationError(_("commitment {index}: the amount must be above 0").format(index=index), field="commitments")
        if item.internal_amount is not None:
            internal = parse_amount(item.internal_amount, "commitments")
            if not Decimal("0") < internal <= amount:
                raise ValidationError(
                    _("commitment {index}: the internal aim {internal} is looser than the commitment {amount}").format(
                        index=index, internal=internal, amount=amount),
                    field="commitments",
                )


def _check_bands(bands: Sequence[BandInput]) -> None:
    seen: set[int] = set()
    for band in bands:
        if not isinstance(band.min_units, int) or band.min_units < 1:
            raise ValidationError(_("a volume band starts at 1 unit or more"), field="bands")
        if band.min_units in seen:
            raise ValidationError(
                ngettext("two volume bands start at {count} units", "two volume bands start at {count} units",
                         band.min_units).format(count=band.min_units),
                field="bands",
            )
        seen.add(band.min_units)
        _percent(band.discount_pct, N_("a discount"), field_name="bands")


def _check_variants(variants: Sequence[VariantInput]) -> None:
    seen: set[str] = set()
    for variant in variants:
        region = variant.region.strip()
        if not region:
            raise ValidationError(_("a regional variant needs a region"), field="variants")
        if region.casefold() in seen:
            raise ValidationError(_("two variants for region {region!r}").format(region=region), field="variants")
        seen.add(region.casefold())
        _percent(variant.surcharge_pct, N_("a surcharge"), upper=Decimal("1000"), field_name="variants")
        for priority, (response, resolution) in variant.targets.items():
            if priority not in PRIORITIES:
                raise ValidationError(_("{region}: unknown priority {priority}").format(region=region, priority=priority),
                                      field="variants")
            _times(f"{region} {priority}", response, resolution, field_name="variants")


def clean_service(
    code: str, name: str, description: str, levels: Sequence[LevelInput]
) -> tuple[str, str, str, list[LevelInput]]:
    """A service's text as it is stored (``core.text``)."""
    return (
        text.clean(code, field="code", label=_("the service code"), max_length=text.CODE, required=False),
        text.clean(name, field="name", label=_("the service name"), max_length=text.NAME, required=False),
        text.clean(description, field="description", label=_("the description"), max_length=text.TEXT, multiline=True,
                   required=False),
        [clean_level(level, index) for index, level in enumerate(levels)],
    )


def check_service(code: str, name: str, levels: Sequence[LevelInput]) -> None:
    if not code.strip() or not name.strip():
        raise ValidationError(_("a service needs a code and a name"), field="name")
    if not levels:
        raise ValidationError(_("a service needs at least one level"), field="levels")
    names = [level.name.strip().casefold() for level in levels]
    if len(set(names)) != len(names):
        raise ValidationError(_("two levels of a service cannot share a name"), field="level_name")
    for level in levels:
        check_level(level)
