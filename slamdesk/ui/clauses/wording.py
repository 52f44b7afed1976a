"""What the clause windows share: a language's name and whether the acting user keeps the library."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ...core.clauses import may_maintain_library
from ...core.customers import LANGUAGES
from ..context import AppContext

CLAUSE_ROLE = Qt.ItemDataRole.UserRole


def language_name(code: str) -> str:
    """``Svenska (sv)``; the code alone for a language slamdesk does not name."""
    return f"{LANGUAGES[code]} ({code})" if code in LANGUAGES else code


def may_keep_library(context: AppContext) -> bool:
    return may_maintain_library(context.actor)
