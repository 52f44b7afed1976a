"""Canonical content of an agreement version: stable JSON and its SHA-256."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from ..models import AgreementVersion


LINE_FIELDS = (
    "position", "service_name", "level_name", "site", "coverage", "priorities",
    "quantity", "unit_price", "line_total", "availability_pct", "targets",
)


def line_content(values: Mapping[str, Any]) -> dict[str, Any]:
    """A line's signed content from its column values (see ``LINE_FIELDS``)."""
    return {
        "position": values["position"],
        "service": values["service_name"],
        "level": values["level_name"],
        "site": values["site"],
        "coverage": values["coverage"],
        "priorities": values["priorities"],
        "quantity": values["quantity"],
        "unit_price": str(values["unit_price"]),
        "line_total": str(values["line_total"]),
        "availability_pct": str(values["availability_pct"]),
        "targets": values["targets"],
    }


def content_of(
    *,
    agreement: dict[str, str],
    customer: dict[str, Any],
    version_no: int,
    start_date: dt.date,
    end_date: dt.date,
    monthly_total: Decimal,
    tax_rate_pct: Decimal = Decimal("0"),
    lines: Sequence[dict[str, Any]],
    clauses: Sequence[dict[str, str]] = (),
) -> dict[str, Any]:
    """The content that a signature covers, from plain values (clauses only where there are any)."""
    content = {
        "agreement": agreement,
        "customer": customer,
        "version": version_no,
        "start_date": start_date.isoformat(),
        "end_date": end_date.isoformat(),
        "monthly_total": str(monthly_total),
        "tax_rate_pct": format(tax_rate_pct.normalize(), "f"),
        "lines": list(lines),
    }
    if clauses:
        content["clauses"] = list(clauses)
    return content


def canonical_content(version: AgreementVersion) -> dict[str, Any]:
    agreement = version.agreement
    customer = agreement.customer
    contact = customer.contacts[0] if customer.contacts else None
    return content_of(
        agreement={
            "number": agreement.number,
            "title": agreement.title,
            "kind": agreement.kind,
            "currency": agreement.currency,
            "language": agreement.language,
        },
        customer={
            "name": customer.name,
            "country": customer.country,
            "contact": {"name": contact.name, "title": contact.title, "email": contact.email} if contact else None,
        },
        version_no=version.version_no,
        start_date=version.start_date,
        end_date=version.end_date,
        monthly_total=version.monthly_total,
        tax_rate_pct=version.tax_rate_pct,
        lines=[line_content({f: getattr(line, f) for f in LINE_FIELDS}) for line in version.lines],
        clauses=[{"key": c.key, "title": c.title, "text": c.text} for c in version.clauses],
    )


def stable_json(content: dict[str, Any]) -> str:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
