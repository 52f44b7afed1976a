"""Small hand-made data for the core tests that do not need the whole demo portfolio:
the demo's people and two of its services in a fresh database, and the audit events as stored."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from slamdesk.core import catalogue, demo, demo_names, users
from slamdesk.core.db import Database
from slamdesk.core.roles import Actor
from slamdesk.models import AuditEvent

from .helpers import draft


def team(db: Database, services: tuple[str, ...] = ("SD", "NET")) -> dict[str, Actor]:
    """The demo's people (anna, linh, budi, sofia) and the administrator, and the demo services named (with
    their names in the customers' languages)."""
    admin = users.get_actor(db)
    people = {username: users.ensure_user(db, username, name, role) for username, name, role in demo.USERS}
    people["admin"] = admin
    known = {service.code for service in catalogue.list_services(db)}
    for code, name, description, levels in demo.SERVICES:
        if code in services and code not in known:
            catalogue.add_service(db, admin, code=code, name=name, description=description, levels=levels,
                                  names=demo_names.SERVICE_NAMES[code])
    return people


Drafted = tuple[dict[str, Actor], str]  # the team, and the number of anna's draft


def drafted(db: Database) -> Drafted:
    """The team and one draft by anna (two lines: Service desk Gold and Network monitoring Gold).

    Also a ``prepared`` build: a module marked ``pytest.mark.prepared(build=drafted)`` makes it once per test process
    and backend, and each test asking for ``prepared`` starts from a copy of it (tests/conftest.py)."""
    people = team(db)
    return people, draft(db, people["anna"])


def events(db: Database, action: str | None = None) -> list[tuple[str, str, str, int, dict[str, Any]]]:
    """The audit log as stored: (actor, action, entity type, entity id, detail), oldest first."""
    query = select(AuditEvent).order_by(AuditEvent.id)
    if action is not None:
        query = query.where(AuditEvent.action == action)
    with db.read() as session:
        return [
            (e.actor, e.action, e.entity_type, e.entity_id, json.loads(e.detail) if e.detail else {})
            for e in session.scalars(query)
        ]
