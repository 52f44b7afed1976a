"""The catalogue editor's words for ``core.catalogue``'s codes: priorities, price units, periods, commitment units.

Each table maps a core code to a ``QT_TRANSLATE_NOOP`` text (context ``CatalogueWording``); ``labels(table)``
gives code -> the text in the window's language, made when a window is built. The fields' names in undo steps
are here too.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..common.i18n import translate

PRIORITY_LABELS: dict[str, str] = {
    "P1": QT_TRANSLATE_NOOP("CatalogueWording", "P1 Critical"),
    "P2": QT_TRANSLATE_NOOP("CatalogueWording", "P2 High"),
    "P3": QT_TRANSLATE_NOOP("CatalogueWording", "P3 Normal"),
    "P4": QT_TRANSLATE_NOOP("CatalogueWording", "P4 Low"),
}
UNIT_LABELS: dict[str, str] = {
    "none": QT_TRANSLATE_NOOP("CatalogueWording", "fixed price"),
    "user": QT_TRANSLATE_NOOP("CatalogueWording", "per user"),
    "device": QT_TRANSLATE_NOOP("CatalogueWording", "per device"),
    "site": QT_TRANSLATE_NOOP("CatalogueWording", "per site"),
}
VALUE_UNIT_LABELS: dict[str, str] = {
    "resolved_incident": QT_TRANSLATE_NOOP("CatalogueWording", "per resolved incident"),
    "delivered_item": QT_TRANSLATE_NOOP("CatalogueWording", "per delivered item"),
}
PERIOD_LABELS: dict[str, str] = {
    "month": QT_TRANSLATE_NOOP("CatalogueWording", "per month"),
    "quarter": QT_TRANSLATE_NOOP("CatalogueWording", "per quarter"),
    "year": QT_TRANSLATE_NOOP("CatalogueWording", "per year"),
}
COMMITMENT_UNIT_LABELS: dict[str, str] = {
    "working_days": QT_TRANSLATE_NOOP("CatalogueWording", "working days"),
    "calendar_days": QT_TRANSLATE_NOOP("CatalogueWording", "calendar days"),
    "business_hours": QT_TRANSLATE_NOOP("CatalogueWording", "business hours"),
    "hours": QT_TRANSLATE_NOOP("CatalogueWording", "hours"),
}
# A field's name in an undo step ("Edit Gold: fixed fee"), by the draft's attribute.
FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("CatalogueWording", "name"),
    "customer_id": QT_TRANSLATE_NOOP("CatalogueWording", "VIP customer"),
    "coverage": QT_TRANSLATE_NOOP("CatalogueWording", "coverage"),
    "availability_pct": QT_TRANSLATE_NOOP("CatalogueWording", "availability"),
    "availability_period": QT_TRANSLATE_NOOP("CatalogueWording", "availability period"),
    "internal_availability_pct": QT_TRANSLATE_NOOP("CatalogueWording", "internal availability"),
    "internal_buffer_pct": QT_TRANSLATE_NOOP("CatalogueWording", "internal buffer"),
    "regions": QT_TRANSLATE_NOOP("CatalogueWording", "regions"),
    "min_units": QT_TRANSLATE_NOOP("CatalogueWording", "minimum volume"),
    "currency": QT_TRANSLATE_NOOP("CatalogueWording", "currency"),
    "fixed_fee": QT_TRANSLATE_NOOP("CatalogueWording", "fixed fee"),
    "unit": QT_TRANSLATE_NOOP("CatalogueWording", "price unit"),
    "monthly_fee": QT_TRANSLATE_NOOP("CatalogueWording", "fee per unit"),
    "value_unit": QT_TRANSLATE_NOOP("CatalogueWording", "value-based unit"),
    "value_price": QT_TRANSLATE_NOOP("CatalogueWording", "value-based price"),
    "business_hours": QT_TRANSLATE_NOOP("CatalogueWording", "business hours"),
    "calendar": QT_TRANSLATE_NOOP("CatalogueWording", "calendar"),
    "targets": QT_TRANSLATE_NOOP("CatalogueWording", "targets"),
    "bands": QT_TRANSLATE_NOOP("CatalogueWording", "volume bands"),
    "variants": QT_TRANSLATE_NOOP("CatalogueWording", "regional variants"),
    "commitments": QT_TRANSLATE_NOOP("CatalogueWording", "commitments"),
    "code": QT_TRANSLATE_NOOP("CatalogueWording", "code"),
    "description": QT_TRANSLATE_NOOP("CatalogueWording", "description"),
    "names": QT_TRANSLATE_NOOP("CatalogueWording", "names in other languages"),
}


def labels(table: dict[str, str], codes: object = None) -> dict[str, str]:
    """``table``'s codes (or ``codes``, in their order; a code without a label shows as itself) -> their texts in
    the window's language."""
    order = list(codes) if codes is not None else list(table)  # type: ignore[call-overload]
    return {code: translate("CatalogueWording", table[code]) if code in table else str(code) for code in order}


def field_label(name: str) -> str:
    return translate("CatalogueWording", FIELD_LABELS[name]) if name in FIELD_LABELS else name
