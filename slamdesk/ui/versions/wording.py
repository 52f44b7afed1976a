"""How a version comparison is written: field names, values before and after, and a one-line summary."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from ...core.lifecycle import SIGNED_STATES
from ...core.versions import VersionDiff, VersionSummary
from ..common import formatting
from ..common.diff import ADDED_TEXT, REMOVED_TEXT
from ..common.i18n import translate

FIELD_LABELS: dict[str, str] = {
    "start_date": QT_TRANSLATE_NOOP("VersionWording", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("VersionWording", "End date"),
    "monthly_total": QT_TRANSLATE_NOOP("VersionWording", "Monthly total"),
    "tax_rate_pct": QT_TRANSLATE_NOOP("VersionWording", "Tax rate %"),
    "level_name": QT_TRANSLATE_NOOP("VersionWording", "Level"),
    "coverage": QT_TRANSLATE_NOOP("VersionWording", "Coverage"),
    "priorities": QT_TRANSLATE_NOOP("VersionWording", "Priorities"),
    "quantity": QT_TRANSLATE_NOOP("VersionWording", "Quantity"),
    "unit_price": QT_TRANSLATE_NOOP("VersionWording", "Unit price"),
    "line_total": QT_TRANSLATE_NOOP("VersionWording", "Line total"),
    "availability_pct": QT_TRANSLATE_NOOP("VersionWording", "Availability %"),
    "targets": QT_TRANSLATE_NOOP("VersionWording", "Targets (response / resolution)"),
}
KIND_COLOURS: dict[str, str] = {"added": ADDED_TEXT, "removed": REMOVED_TEXT, "changed": "#975a16"}
KIND_LABELS: dict[str, str] = {
    "added": QT_TRANSLATE_NOOP("VersionWording", "Added"),
    "removed": QT_TRANSLATE_NOOP("VersionWording", "Removed"),
    "changed": QT_TRANSLATE_NOOP("VersionWording", "Changed"),
}


def numbered(text: str, count: int) -> str:
    """A translated ``%n`` text with its number grouped as the locale groups it ("1,234"): Qt writes it plain."""
    return text.replace(str(count), QLocale().toString(count), 1) if abs(count) >= 1000 else text


def field_label(name: str) -> str:
    return translate("VersionWording", FIELD_LABELS[name]) if name in FIELD_LABELS else name.replace("_", " ").capitalize()


def kind_label(kind: str) -> str:
    """``added`` as ``Added``."""
    return translate("VersionWording", KIND_LABELS[kind]) if kind in KIND_LABELS else kind


MONEY_FIELDS = frozenset({"unit_price", "line_total", "monthly_total"})
PERCENT_FIELDS = frozenset({"availability_pct", "tax_rate_pct"})


def _targets(text: str) -> str:
    """``P1/15/60/True, ...`` (as ``core`` writes a line's targets) as ``P1 15 min / 1 h (business hours); ...``."""
    shown = []
    for item in text.split(", "):
        parts = item.split("/")
        if len(parts) != 4 or not (parts[1].isdigit() and parts[2].isdigit()):
            return text
        response, resolution = formatting.duration(int(parts[1])), formatting.duration(int(parts[2]))
        if parts[3] == "True":
            shown.append(translate("VersionWording", "{priority} {response} / {resolution} (business hours)").format(
                priority=parts[0], response=response, resolution=resolution))
        else:
            shown.append(f"{parts[0]} {response} / {resolution}")
    return "; ".join(shown)


def field_value(name: str, text: str, currency: str = "") -> str:
    """A compared value as the rest of slamdesk writes it (money, percent, durations); else as given."""
    try:
        if name in MONEY_FIELDS and currency:
            return formatting.money(Decimal(text), currency)
        if name in PERCENT_FIELDS:
            return formatting.percent(Decimal(text))
    except (InvalidOperation, ValueError):
        return text
    if name == "targets" and text:
        return _targets(text)
    return text


def one_version_text(number: str, only: VersionSummary) -> str:
    """Why an agreement with one version has nothing to compare, and how a second one comes."""
    later = (translate("VersionWording", "Amend it to start version {version}.") if only.status in SIGNED_STATES
             else translate("VersionWording", "Once it is signed, an amendment starts version {version}."))
    said = translate("VersionWording", "{number} has only one version (version {version}, {status}), so there is "
                     "nothing to compare yet.").format(number=number, version=only.version_no,
                                                       status=formatting.status_name(only.status).lower())
    return f"{said} {later.format(version=only.version_no + 1)}"


def _changes(kind: str, noun: str, count: int) -> str:
    """``2 lines added``: the literal message of each kind of change (lupdate reads each)."""
    if noun == "line":
        if kind == "added":
            return numbered(translate("VersionWording", "%n line(s) added", None, count), count)
        if kind == "removed":
            return numbered(translate("VersionWording", "%n line(s) removed", None, count), count)
        return numbered(translate("VersionWording", "%n line(s) changed", None, count), count)
    if kind == "added":
        return numbered(translate("VersionWording", "%n clause(s) added", None, count), count)
    if kind == "removed":
        return numbered(translate("VersionWording", "%n clause(s) removed", None, count), count)
    return numbered(translate("VersionWording", "%n clause(s) changed", None, count), count)


def summary_text(diff: VersionDiff) -> str:
    """``1 term changed, 1 line added, 3 lines changed, 1 clause changed`` (or that nothing differs)."""
    terms = len(diff.terms)
    parts = [numbered(translate("VersionWording", "%n term(s) changed", None, terms), terms)] if terms else []
    for noun, changes in (("line", diff.lines), ("clause", diff.clauses)):
        kinds = Counter(change.kind for change in changes)
        parts += [_changes(kind, noun, kinds[kind]) for kind in ("added", "removed", "changed") if kinds[kind]]
    if not parts:
        return translate("VersionWording", "Version {before} and version {after} are the same: no term, line or clause "
                         "differs.").format(before=diff.before, after=diff.after)
    return translate("VersionWording", "Version {before} → version {after}: {changes}.").format(
        before=diff.before, after=diff.after, changes=", ".join(parts))
