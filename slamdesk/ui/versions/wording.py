"""How a version comparison is written: field names, values before and after, and a one-line summary."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal, InvalidOperation

from ...core.lifecycle import SIGNED_STATES
from ...core.versions import VersionDiff, VersionSummary
from ..common import formatting
from ..common.diff import ADDED_TEXT, REMOVED_TEXT

FIELD_LABELS: dict[str, str] = {
    "start_date": "Start date",
    "end_date": "End date",
    "monthly_total": "Monthly total",
    "tax_rate_pct": "Tax rate %",
    "level_name": "Level",
    "coverage": "Coverage",
    "priorities": "Priorities",
    "quantity": "Quantity",
    "unit_price": "Unit price",
    "line_total": "Line total",
    "availability_pct": "Availability %",
    "targets": "Targets (response / resolution)",
}
KIND_COLOURS: dict[str, str] = {"added": ADDED_TEXT, "removed": REMOVED_TEXT, "changed": "#975a16"}
KIND_LABELS: dict[str, str] = {"added": "Added", "removed": "Removed", "changed": "Changed"}


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name.replace("_", " ").capitalize())


MONEY_FIELDS = frozenset({"unit_price", "line_total", "monthly_total"})
PERCENT_FIELDS = frozenset({"availability_pct", "tax_rate_pct"})


def _targets(text: str) -> str:
    """``P1/15/60/True, ...`` (as ``core`` writes a line's targets) as ``P1 15 min / 1 h (business hours); ...``."""
    shown = []
    for item in text.split(", "):
        parts = item.split("/")
        if len(parts) != 4 or not (parts[1].isdigit() and parts[2].isdigit()):
            return text
        hours = " (business hours)" if parts[3] == "True" else ""
        shown.append(f"{parts[0]} {formatting.duration(int(parts[1]))} / {formatting.duration(int(parts[2]))}{hours}")
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
    later = (f"Amend it to start version {only.version_no + 1}." if only.status in SIGNED_STATES
             else f"Once it is signed, an amendment starts version {only.version_no + 1}.")
    return (f"{number} has only one version (version {only.version_no}, {only.status.label.lower()}), "
            f"so there is nothing to compare yet. {later}")


def plural(count: int, noun: str) -> str:
    """``1 version``, ``2 versions``."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def summary_text(diff: VersionDiff) -> str:
    """``1 term changed, 1 line added, 3 lines changed, 1 clause changed`` (or that nothing differs)."""
    parts = [f"{plural(len(diff.terms), 'term')} changed"] if diff.terms else []
    for noun, changes in (("line", diff.lines), ("clause", diff.clauses)):
        kinds = Counter(change.kind for change in changes)
        parts += [f"{plural(kinds[kind], noun)} {kind}" for kind in ("added", "removed", "changed") if kinds[kind]]
    if not parts:
        return f"Version {diff.before} and version {diff.after} are the same: no term, line or clause differs."
    return f"Version {diff.before} → version {diff.after}: " + ", ".join(parts) + "."
