"""What the catalogue editor edits, and its undo steps.

A service is edited as an immutable ``ServiceDraft`` holding the text typed in
every field; each edit replaces the draft, and a ``DraftCommand`` on the
``QUndoStack`` remembers the draft before and after. Only Save turns a draft
into ``LevelInput``s for ``core``, which checks every rule.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal

from PySide6.QtGui import QUndoCommand

from ...core.catalogue import (
    COMMITMENT_UNITS,
    COVERAGE_OPTIONS,
    PRIORITIES,
    BandInput,
    CommitmentInput,
    LevelInfo,
    LevelInput,
    ServiceInfo,
    VariantInput,
    format_duration,
    level_input,
)
from ...core.money import parse_amount
from ..common.formatting import decimal_text, parse_duration, whole_number
from ..common.i18n import translate
from .names_editor import NO_NAMES, TypedNames, names_input, typed_names
from .wording import field_label

_keys = itertools.count(1)

# Row layouts of the draft's tables (all text, as typed).
Target = tuple[str, str, str, str]  # external response, external resolution, internal response, internal resolution
Band = tuple[str, str]  # from units, discount %
Variant = tuple[str, ...]  # region, surcharge %, then "response / resolution" per priority
Commitment = tuple[str, str, str, str]  # description, amount, unit code, internal amount

def _times(pair: tuple[int, int] | None) -> tuple[str, str]:
    return (format_duration(pair[0]), format_duration(pair[1])) if pair else ("", "")


def _pair(response: str, resolution: str) -> tuple[int, int]:
    """Minutes from the typed times; text that is not a time goes on as typed, for ``core`` to refuse."""
    return (parse_duration(response), parse_duration(resolution))  # type: ignore[return-value]


def _optional_amount(text: str, name: str) -> Decimal | None:
    return parse_amount(text, name) if text.strip() else None


@dataclass(frozen=True)
class LevelDraft:
    """One level as typed. ``key`` identifies it on screen; ``id`` is its database id (None until saved)."""

    key: int
    id: int | None
    name: str
    customer_id: int | None = None
    coverage: str = COVERAGE_OPTIONS[0]
    availability_pct: str = "99"
    availability_period: str = "month"
    internal_availability_pct: str = ""
    internal_buffer_pct: str = "20"
    regions: str = ""
    min_units: str = "0"
    currency: str = "EUR"
    fixed_fee: str = "0"
    unit: str = "user"
    monthly_fee: str = "0"
    value_unit: str | None = None
    value_price: str = "0"
    business_hours: bool = True
    calendar: str = ""
    targets: tuple[Target, ...] = tuple(("", "", "", "") for _ in PRIORITIES)
    bands: tuple[Band, ...] = ()
    variants: tuple[Variant, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    names: TypedNames = NO_NAMES  # in other languages (names_editor)

    @classmethod
    def of(cls, info: LevelInfo) -> LevelDraft:
        level = level_input(info)
        return cls(
            key=next(_keys), id=level.id, name=level.name, customer_id=level.customer_id, coverage=level.coverage,
            availability_pct=decimal_text(level.availability_pct), availability_period=level.availability_period,
            internal_availability_pct=decimal_text(level.internal_availability_pct),
            internal_buffer_pct=decimal_text(level.internal_buffer_pct), regions=", ".join(level.regions),
            min_units=str(level.min_units), currency=level.currency, fixed_fee=decimal_text(level.fixed_fee),
            unit=level.unit, monthly_fee=decimal_text(level.monthly_fee), value_unit=level.value_unit,
            value_price=decimal_text(level.value_price), business_hours=level.business_hours,
            calendar=level.calendar,
            targets=tuple(
                (*_times(level.targets.get(p)), *_times(level.internal_targets.get(p))) for p in PRIORITIES
            ),
            bands=tuple((str(b.min_units), decimal_text(b.discount_pct)) for b in level.bands),
            variants=tuple(
                (v.region, decimal_text(v.surcharge_pct),
                 *(" / ".join(_times(v.targets[p])) if p in v.targets else "" for p in PRIORITIES))
                for v in level.variants
            ),
            commitments=tuple(
                (c.description, decimal_text(c.amount), c.unit, decimal_text(c.internal_amount))
                for c in level.commitments
            ),
            names=typed_names(level.names),
        )

    def copy(self, **changes: object) -> LevelDraft:
        """A new, unsaved level like this one. Renamed, it has no names in other languages: they said the old name."""
        if "name" in changes and changes["name"] != self.name:
            changes.setdefault("names", NO_NAMES)
        return replace(self, key=next(_keys), id=None, **changes)  # type: ignore[arg-type]

    @property
    def title(self) -> str:
        return f"★ {self.name}" if self.customer_id is not None else (self.name or translate("CatalogueCommands", "(no name)"))

    def to_input(self) -> LevelInput:
        """The level for ``core``; raises ``ValidationError`` (with its field) for an amount that is not one."""
        targets, internal = {}, {}
        for priority, (response, resolution, inner_response, inner_resolution) in zip(PRIORITIES, self.targets):
            if response.strip() or resolution.strip():
                targets[priority] = _pair(response, resolution)
            if inner_response.strip() or inner_resolution.strip():
                internal[priority] = _pair(inner_response, inner_resolution)
        return LevelInput(
            id=self.id,
            name=self.name,
            customer_id=self.customer_id,
            coverage=self.coverage,
            availability_pct=parse_amount(self.availability_pct, "availability_pct"),
            availability_period=self.availability_period,
            internal_availability_pct=_optional_amount(self.internal_availability_pct, "internal_availability_pct"),
            internal_buffer_pct=parse_amount(self.internal_buffer_pct, "internal_buffer_pct"),
            regions=tuple(region.strip() for region in self.regions.split(",") if region.strip()),
            min_units=whole_number(self.min_units),  # type: ignore[arg-type]
            currency=self.currency,
            fixed_fee=parse_amount(self.fixed_fee, "fixed_fee"),
            unit=self.unit,
            monthly_fee=parse_amount(self.monthly_fee, "monthly_fee"),
            value_unit=self.value_unit,
            value_price=parse_amount(self.value_price, "value_price"),
            business_hours=self.business_hours,
            calendar=self.calendar,
            targets=targets,
            internal_targets=internal,
            bands=tuple(
                BandInput(whole_number(units), parse_amount(discount, "bands"))  # type: ignore[arg-type]
                for units, discount in self.bands
            ),
            variants=tuple(self._variant(row) for row in self.variants),
            commitments=tuple(
                CommitmentInput(description, parse_amount(amount, "commitments"), unit,
                                _optional_amount(internal_amount, "commitments"))
                for description, amount, unit, internal_amount in self.commitments
            ),
            names=names_input(self.names),
        )

    @staticmethod
    def _variant(row: Variant) -> VariantInput:
        region, surcharge, *times = row
        targets = {}
        for priority, text in zip(PRIORITIES, times):
            if text.strip():
                response, _slash, resolution = text.partition("/")
                targets[priority] = _pair(response, resolution)
        return VariantInput(region, parse_amount(surcharge, "variants"), targets)


def new_level(name: str | None = None) -> LevelDraft:
    """A new level, called ``name`` (the window's word for "Standard" by default)."""
    return LevelDraft(key=next(_keys), id=None, name=translate("CatalogueCommands", "Standard") if name is None else name)


EMPTY_COMMITMENT: Commitment = ("", "1", next(iter(COMMITMENT_UNITS)), "")
EMPTY_BAND: Band = ("", "0")
EMPTY_VARIANT: Variant = ("", "0", *("" for _ in PRIORITIES))


@dataclass(frozen=True)
class ServiceDraft:
    """A service being edited: the text of its fields and its levels in order."""

    id: int | None
    row_version: int
    code: str = ""
    name: str = ""
    description: str = ""
    levels: tuple[LevelDraft, ...] = field(default_factory=lambda: (new_level(),))
    names: TypedNames = NO_NAMES  # the service's name in other languages (names_editor)

    @classmethod
    def of(cls, info: ServiceInfo) -> ServiceDraft:
        return cls(info.id, info.row_version, info.code, info.name, info.description,
                   tuple(LevelDraft.of(level) for level in info.levels), typed_names(info.names))

    def level_index(self, key: int) -> int:
        return next(index for index, level in enumerate(self.levels) if level.key == key)

    def with_level(self, level: LevelDraft) -> ServiceDraft:
        index = self.level_index(level.key)
        return replace(self, levels=(*self.levels[:index], level, *self.levels[index + 1:]))


def describe_change(before: ServiceDraft, after: ServiceDraft) -> str:
    """``Edit Gold: fixed fee``, ``Add level Gold VIP``: the text of an undo step."""
    keys_before = [level.key for level in before.levels]
    keys_after = [level.key for level in after.levels]
    if len(keys_after) > len(keys_before):
        added = next(level for level in after.levels if level.key not in keys_before)
        return translate("CatalogueCommands", "Add level {name}").format(name=added.name)
    if len(keys_after) < len(keys_before):
        removed = next(level for level in before.levels if level.key not in keys_after)
        return translate("CatalogueCommands", "Remove level {name}").format(name=removed.name)
    for name in ("code", "name", "description", "names"):
        if getattr(before, name) != getattr(after, name):
            return translate("CatalogueCommands", "Edit service {field}").format(field=field_label(name))
    for old, new in zip(before.levels, after.levels):
        if old != new:
            changed = next((f.name for f in fields(LevelDraft) if getattr(old, f.name) != getattr(new, f.name)), "")
            return translate("CatalogueCommands", "Edit {level}: {field}").format(level=new.name or old.name,
                                                                                  field=field_label(changed))
    return translate("CatalogueCommands", "Edit service")


class DraftCommand(QUndoCommand):
    """Replace the edited draft; undo puts the one before back.

    Args:
        show: shows a draft in the editor (and makes it the current one).
    """

    def __init__(self, show: Callable[[ServiceDraft], None], before: ServiceDraft, after: ServiceDraft) -> None:
        super().__init__(describe_change(before, after))
        self._show, self.before, self.after = show, before, after

    def redo(self) -> None:
        self._show(self.after)

    def undo(self) -> None:
        self._show(self.before)
