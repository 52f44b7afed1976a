"""Canonical content of an agreement version: stable JSON and its SHA-256."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ..models import AgreementVersion


def canonical_content(version: AgreementVersion) -> dict[str, Any]:
    agreement = version.agreement
    customer = agreement.customer
    contact = customer.contacts[0] if customer.contacts else None
    return {
        "agreement": {
            "number": agreement.number,
            "title": agreement.title,
            "kind": agreement.kind,
            "currency": agreement.currency,
            "language": agreement.language,
        },
        "customer": {
            "name": customer.name,
            "country": customer.country,
            "contact": {"name": contact.name, "title": contact.title, "email": contact.email} if contact else None,
        },
        "version": version.version_no,
        "start_date": version.start_date.isoformat(),
        "end_date": version.end_date.isoformat(),
        "monthly_total": str(version.monthly_total),
        "lines": [
            {
                "position": line.position,
                "service": line.service_name,
                "level": line.level_name,
                "site": line.site,
                "coverage": line.coverage,
                "priorities": line.priorities,
                "quantity": line.quantity,
                "unit_price": str(line.unit_price),
                "line_total": str(line.line_total),
                "availability_pct": str(line.availability_pct),
                "targets": line.targets,
            }
            for line in version.lines
        ],
    }


def stable_json(content: dict[str, Any]) -> str:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
