"""Optimistic locking: a save names the ``row_version`` its caller loaded.

Every save of a mutable aggregate (a requirements document, an agreement
version's clauses, a catalogue service) is given the ``row_version`` the
caller read and checks it inside its unit of work, which holds the write lock
(``BEGIN IMMEDIATE``), so the check and the write cannot be split by another
writer. A successful save moves the version from N to exactly N + 1, so a
screen that saved can save again with N + 1; a screen that did not see the
other person's change is refused with who changed it and when. The audit
event of each such save records the row version it left (``row_version`` in
its detail), so a change made outside slamdesk is not put on the last person
who saved through it.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from . import audit
from .errors import ConcurrencyError
from .words import _

TIME_FORMAT = "%Y-%m-%d %H:%M"


def stale_error(session: Session, what: str, entity_type: str, entity_id: int, stored: int | None = None,
                parts: tuple[str, Sequence[int]] | None = None) -> ConcurrencyError:
    """The refusal of a save of ``what`` that someone changed since it was opened, naming who and when.

    Who and when come from the latest audit event of the entity (or its parts);
    when that event says it left another row version than ``stored``, the last
    change was made outside slamdesk and nobody is named.
    """
    change = audit.last_change(session, entity_type, entity_id, parts=parts)
    if change is not None and None not in (change.row_version, stored) and change.row_version != stored:
        change = None
    if change is None:
        return ConcurrencyError(
            _("{what} was changed elsewhere since you opened it; reload to see the changes").format(what=_(what)))
    local = change.at.astimezone().strftime(TIME_FORMAT)
    return ConcurrencyError(
        _("{what} was changed by {name} at {time} since you opened it; reload to see their changes").format(
            what=_(what), name=change.display_name, time=local),
        changed_by=change.display_name,
        changed_at=change.at,
    )


def check_row_version(
    session: Session,
    stored: int,
    loaded: int,
    *,
    what: str,
    entity_type: str,
    entity_id: int,
    parts: tuple[str, Sequence[int]] | None = None,
) -> None:
    """Refuse with :class:`ConcurrencyError` unless the caller loaded the stored version (``loaded == stored``)."""
    if isinstance(loaded, bool) or not isinstance(loaded, int):
        raise TypeError(f"row_version must be the int the caller loaded, not {loaded!r}")
    if stored != loaded:
        raise stale_error(session, what, entity_type, entity_id, stored, parts)
