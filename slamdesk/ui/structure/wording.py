"""The structure view's words and colours: headers, level tints, the two links and how a change is described."""

from __future__ import annotations

from dataclasses import replace

from ...core import structure
from ...core.roles import Actor, Role

TREE_HEADERS = ("Agreement", "Title", "Kind", "Customer", "Level", "Status")
TERM_HEADERS = ("Term", "Value", "From", "Level")
NO_INCONSISTENCIES = "No inconsistencies"
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
    return " or ".join(names) if names else "nobody"


def describe(mode: str, number: str, before: str | None, after: str | None) -> str:
    """One line saying what a change of ``number``'s parent or supported SLA does."""
    if mode == PARENT:
        return f"Place {number} under {after}" if after else f"Detach {number} from {before}"
    return f"Link {number} to {after}" if after else f"Unlink {number} from {before}"
