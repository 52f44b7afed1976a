"""Roles and the acting user every use case is called with."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .errors import PermissionDenied


class Role(StrEnum):
    REPRESENTATIVE = "representative"
    LEGAL_REVIEWER = "legal_reviewer"
    QUALITY_CHECKER = "quality_checker"
    CUSTOMER_SIGNATORY = "customer_signatory"
    ADMINISTRATOR = "administrator"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


@dataclass(frozen=True)
class Actor:
    """The user on whose behalf a use case runs."""

    id: int
    username: str
    display_name: str
    role: Role


def require_role(actor: Actor, allowed: frozenset[Role] | set[Role], action: str) -> None:
    if actor.role not in allowed:
        names = ", ".join(sorted(role.label.lower() for role in allowed))
        raise PermissionDenied(f"{actor.display_name} ({actor.role.label.lower()}) cannot {action}; needs: {names}")
