"""One entry of an agreement's clause list: a clause it has, or a library clause it could pick."""

from __future__ import annotations

from dataclasses import dataclass

from ...core.clauses import ClausePick, ClauseView, LibraryClause


@dataclass(frozen=True)
class ClauseRow:
    """One entry of the list: a clause of the agreement, or a library clause it could pick."""

    key: str
    title: str
    text: str  # the agreement's wording (the library text while not picked)
    clause_id: int | None  # the library clause it comes from; None: written for this agreement
    library_version: int
    library_text: str
    picked: bool
    newest: int = 0  # the newest library version of the key, when newer than the one picked

    def view(self) -> ClauseView:
        return ClauseView(self.key, self.title, self.text, self.library_version, self.library_text)

    def pick(self) -> ClausePick:
        own = None if self.clause_id is not None and self.text == self.library_text else self.text
        return ClausePick(self.clause_id, own, self.key, self.title)


def source_id(db_history: list[LibraryClause], view: ClauseView) -> int | None:
    """The library clause ``view`` was copied from: same version and same library text."""
    return next((c.id for c in db_history if c.version == view.version and c.text == view.library_text), None)
