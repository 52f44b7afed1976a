"""Named business-hours calendars, kept in the database by version.

Saving a calendar under a name checks it (``calendars.from_json``: a known zone and
country, valid times) and adds the next version when it differs from the newest; an
unchanged save adds nothing. Versions are never changed or removed, so figures worked
out against version 3 can be worked out again against version 3 after version 4 exists.
Representatives and administrators keep the calendars, as they keep the catalogue.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from ...models import BusinessCalendar
from .. import audit, text
from ..db import Database
from ..errors import NotFoundError, ValidationError
from ..roles import Actor, Role, refusal, require_role
from ..words import _
from .calendars import Calendar, from_json

_KEEPERS = {Role.ADMINISTRATOR, Role.REPRESENTATIVE}


def why_not_keep(actor: Actor) -> str | None:
    """Why ``actor`` may not keep calendars (the refusal a save would give), or None: the window opens read-only
    with it."""
    return refusal(actor, _KEEPERS, "keep business-hours calendars")


@dataclass(frozen=True)
class StoredCalendar:
    """One version of a named calendar: its definition (the JSON shape) and the calendar it makes."""

    name: str
    version: int
    definition: dict[str, Any]
    created_at: dt.datetime

    @property
    def calendar(self) -> Calendar:
        return from_json(self.definition)


def _stored(row: BusinessCalendar) -> StoredCalendar:
    return StoredCalendar(row.name, row.version, json.loads(row.definition), row.created_at)


def _canonical(definition: Any) -> str:
    """The definition checked, as stored: keys sorted, so an unchanged calendar is recognised."""
    from_json(definition)  # refuses what is not a calendar, naming the problem
    return json.dumps(definition, sort_keys=True, ensure_ascii=False)


def save_calendar(db: Database, actor: Actor, name: str, definition: Any) -> StoredCalendar:
    """Store ``definition`` as the next version of calendar ``name`` (nothing new when it is unchanged)."""
    require_role(actor, _KEEPERS, _("keep business-hours calendars"))
    name = text.clean(name, field="name", label=_("the calendar's name"), max_length=120,
                      missing=_("a calendar needs a name"))
    stored = _canonical(definition)
    with db.unit_of_work() as session:
        actor = require_role(actor, _KEEPERS, _("keep business-hours calendars"), session=session)
        newest = session.scalars(
            select(BusinessCalendar).where(BusinessCalendar.name == name)
            .order_by(BusinessCalendar.version.desc()).limit(1)
        ).first()
        if newest is not None and newest.definition == stored:
            return _stored(newest)
        row = BusinessCalendar(name=name, version=(newest.version if newest else 0) + 1, definition=stored,
                               author_id=actor.id)
        session.add(row)
        session.flush()
        audit.record(session, actor, "calendar.save", "business_calendar", row.id, name=name, version=row.version)
        return _stored(row)


def get_calendar(db: Database, name: str, version: int | None = None) -> StoredCalendar:
    """Calendar ``name`` at ``version`` (default: the newest)."""
    name = text.exact(name)
    with db.read() as session:
        query = select(BusinessCalendar).where(BusinessCalendar.name == name)
        if version is not None:
            if isinstance(version, bool) or not isinstance(version, int) or version < 1:
                raise ValidationError(_("a calendar version is a number from 1, not {version!r}").format(version=version),
                                      field="version")
            query = query.where(BusinessCalendar.version == version)
        row = session.scalars(query.order_by(BusinessCalendar.version.desc()).limit(1)).first()
        if row is None:
            if version:
                raise NotFoundError(_("no calendar {name} version {version}").format(name=text.quoted(name), version=version))
            raise NotFoundError(_("no calendar {name}").format(name=text.quoted(name)))
        return _stored(row)


def list_calendars(db: Database) -> list[StoredCalendar]:
    """The newest version of every calendar, by name."""
    with db.read() as session:
        newest = (
            select(BusinessCalendar.name, func.max(BusinessCalendar.version).label("version"))
            .group_by(BusinessCalendar.name).subquery()
        )
        rows = session.scalars(
            select(BusinessCalendar)
            .join(newest, (BusinessCalendar.name == newest.c.name) & (BusinessCalendar.version == newest.c.version))
            .order_by(BusinessCalendar.name)
        )
        return [_stored(row) for row in rows]


def calendar_history(db: Database, name: str) -> list[StoredCalendar]:
    """Every version of calendar ``name``, oldest first."""
    name = text.exact(name)
    with db.read() as session:
        rows = list(session.scalars(
            select(BusinessCalendar).where(BusinessCalendar.name == name).order_by(BusinessCalendar.version)
        ))
    if not rows:
        raise NotFoundError(_("no calendar {name}").format(name=text.quoted(name)))
    return [_stored(row) for row in rows]
