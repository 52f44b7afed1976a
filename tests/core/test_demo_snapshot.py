"""The demo portfolio is what a person first sees of slamdesk (and what the screenshots and the manual show):
every word, number, date and step of it is pinned here, so nothing in it changes by accident.

``test_demo_snapshot.json`` is the portfolio as made on ``DEMO_TODAY``, without what depends on the
moment it was made (timestamps, and the seals, which cover signing times). After a deliberate change to
the demo, write the file again with ``SLAMDESK_WRITE_DEMO_SNAPSHOT=1`` and read the difference it makes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
import enum
import json
import os
from pathlib import Path
from typing import Any

from sqlalchemy import select

from slamdesk.core import agreements, catalogue, customers, register, requirements, settings, users
from slamdesk.core.db import Database
from slamdesk.models import AuditEvent

SNAPSHOT = Path(__file__).with_suffix(".json")
MOMENTARY = {"content_sha256"}  # the seal covers the signing times


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value) if f.name not in MOMENTARY}
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, (set, frozenset)):
        return sorted(_plain(item) for item in value)
    if isinstance(value, dt.datetime):
        return "<moment>"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return f"{value.normalize():f}"
    if isinstance(value, enum.Enum):
        return _plain(value.value)
    return value


def _portfolio(db: Database) -> dict[str, Any]:
    with db.read() as session:
        trail = [[event.actor, event.action, event.entity_type]
                 for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    return _plain({
        "provider": settings.get_setting(db, settings.PROVIDER_NAME),
        "people": users.list_actors(db),
        "customers": customers.list_customers(db),
        "catalogue": catalogue.list_services(db),
        "requirements": [requirements.get_requirements(db, d.id) for d in requirements.list_documents(db)],
        "quotes": [requirements.quote(db, d.id) for d in requirements.list_documents(db)],
        "agreements": [agreements.get_agreement(db, row.number) for row in register.list_agreements(db)],
        "trail": trail,
    })


def test_the_demo_portfolio_is_exactly_the_one_pinned(demo_db: Database) -> None:
    made = json.loads(json.dumps(_portfolio(demo_db), ensure_ascii=False, sort_keys=True))
    if os.environ.get("SLAMDESK_WRITE_DEMO_SNAPSHOT") == "1":
        SNAPSHOT.write_text(json.dumps(made, ensure_ascii=False, sort_keys=True, indent=1) + "\n", encoding="utf-8")
    pinned = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    for part in pinned:  # one part at a time, so a failure says where the demo changed
        assert made[part] == pinned[part], part
    assert made == pinned
