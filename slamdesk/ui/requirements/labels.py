"""The words the requirements windows show for ``core``'s codes: a document's status, the kind of an infeasible
requirement, a priority category. ``core`` keeps its own English labels (the CLI's); these are the window's,
translated; a code ``core`` adds later shows ``core``'s label until it has one here."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...core import catalogue
from ...core.requirements import DOCUMENT_STATUSES, INFEASIBLE_KINDS, DocumentStatus, InfeasibleKind
from ..common.i18n import translate

STATUSES = {
    DocumentStatus.DRAFT: QT_TRANSLATE_NOOP("RequirementsLabels", "Draft"),
    DocumentStatus.SENT: QT_TRANSLATE_NOOP("RequirementsLabels", "Sent to customer"),
    DocumentStatus.APPROVED: QT_TRANSLATE_NOOP("RequirementsLabels", "Approved by customer"),
}
KINDS = {
    InfeasibleKind.TECHNICAL: QT_TRANSLATE_NOOP("RequirementsLabels", "Technical"),
    InfeasibleKind.COMMERCIAL: QT_TRANSLATE_NOOP("RequirementsLabels", "Commercial"),
}
PRIORITIES = {
    "P1": QT_TRANSLATE_NOOP("RequirementsLabels", "P1 Critical"),
    "P2": QT_TRANSLATE_NOOP("RequirementsLabels", "P2 High"),
    "P3": QT_TRANSLATE_NOOP("RequirementsLabels", "P3 Normal"),
    "P4": QT_TRANSLATE_NOOP("RequirementsLabels", "P4 Low"),
}


def status_label(status: str) -> str:
    """A requirements document's status as the window says it ("Sent to customer")."""
    if status in STATUSES:
        return translate("RequirementsLabels", STATUSES[status])
    return DOCUMENT_STATUSES.get(status, status)


def kind_label(kind: str) -> str:
    """Why a requirement cannot be delivered: "Technical" or "Commercial"."""
    if kind in KINDS:
        return translate("RequirementsLabels", KINDS[kind])
    return INFEASIBLE_KINDS.get(kind, kind)


def priority_label(code: str) -> str:
    """A priority category with its name ("P1 Critical")."""
    if code in PRIORITIES:
        return translate("RequirementsLabels", PRIORITIES[code])
    return catalogue.priority_label(code)
