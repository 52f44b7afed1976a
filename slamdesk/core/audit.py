"""The append-only audit log with a hash chain.

Each event's hash covers its own fields and the previous event's hash, so a
removed or edited event breaks the chain and ``verify_chain`` finds it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import AuditEvent
from ..models.base import utcnow
from .roles import Actor

GENESIS = "0" * 64


def _event_hash(prev_hash: str, at: str, actor: str, action: str, entity_type: str, entity_id: int, detail: str) -> str:
    payload = json.dumps([prev_hash, at, actor, action, entity_type, entity_id, detail], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(session: Session, actor: Actor, action: str, entity_type: str, entity_id: int, **detail: Any) -> None:
    """Append one event in the caller's transaction."""
    last = session.scalars(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).first()
    prev_hash = last or GENESIS
    at = utcnow().replace(microsecond=0)
    detail_json = json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str)
    session.add(
        AuditEvent(
            at=at,
            actor=actor.username,
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            detail=detail_json,
            prev_hash=prev_hash,
            hash=_event_hash(prev_hash, at.isoformat(), actor.username, action, entity_type, entity_id, detail_json),
        )
    )
    session.flush()


@dataclass(frozen=True)
class ChainReport:
    events: int
    first_bad_id: int | None

    @property
    def intact(self) -> bool:
        return self.first_bad_id is None


def verify_chain(session: Session) -> ChainReport:
    prev_hash = GENESIS
    count = 0
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
        expected = _event_hash(
            prev_hash, event.at.isoformat(), event.actor, event.action, event.entity_type, event.entity_id, event.detail
        )
        if event.prev_hash != prev_hash or event.hash != expected:
            return ChainReport(count, event.id)
        prev_hash = event.hash
        count += 1
    return ChainReport(count, None)
