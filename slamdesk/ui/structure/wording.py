"""The structure view's words and colours: headers, level tints, the two links and how a change is described."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...core import structure
from ...core.roles import Actor, Role
from ..common.i18n import translate

# Shown through translate("StructureView", ...).
TREE_HEADERS = (QT_TRANSLATE_NOOP("StructureView", "Agreement"), QT_TRANSLATE_NOOP("StructureView", "Title"),
                QT_TRANSLATE_NOOP("StructureView", "Kind"), QT_TRANSLATE_NOOP("StructureView", "Customer"),
                QT_TRANSLATE_NOOP("StructureView", "Level"), QT_TRANSLATE_NOOP("StructureView", "Status"))
TERM_HEADERS = (QT_TRANSLATE_NOOP("StructureView", "Term"), QT_TRANSLATE_NOOP("StructureView", "Value"),
                QT_TRANSLATE_NOOP("StructureView", "From"), QT_TRANSLATE_NOOP("StructureView", "Level"))
NO_INCONSISTENCIES = QT_TRANSLATE_NOOP("StructureView", "No inconsistencies")
SUPPORTING_COLOUR = "#4a5568"
# Level -> background of the effective-terms rows it provides.
LEVEL_TINTS: dict[str, str] = {
    "service": "#ffffff",
    "customer": "#f1f6fd",
    "corporate": "#eef2f7",
    "standalone": "#ffffff",
}
# The two links a person can change; also the ``field`` core names in its refusals.
PARENT = "parent"
SUPPORTS = "supports"
HINT_COLOUR = "#718096"


def editor_roles(actor: Actor) -> str:
    """The roles core lets change the structure, asked of core rather than restated here."""
    names = [role.label.lower() for role in Role if structure.may_edit_structure(replace(actor, role=role))]
    if not names:
        return translate("StructureView", "nobody")
    if len(names) == 1:
        return names[0]
    return translate("StructureView", "{others} or {last}").format(others=", ".join(names[:-1]), last=names[-1])


def describe(mode: str, number: str, before: str | None, after: str | None) -> str:
    """One line saying what a change of ``number``'s parent or supported SLA does."""
    if mode == PARENT:
        if after:
            return translate("StructureView", "Place {number} under {parent}").format(number=number, parent=after)
        return translate("StructureView", "Detach {number} from {parent}").format(number=number, parent=before)
    if after:
        return translate("StructureView", "Link {number} to {backed}").format(number=number, backed=after)
    return translate("StructureView", "Unlink {number} from {backed}").format(number=number, backed=before)
