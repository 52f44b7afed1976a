"""Canonical content of an agreement version: stable JSON and its SHA-256.

``core.frozen`` builds the content a signature seals from what a version shows;
the bulk generator (``core.portfolio``) builds the same shape from plain rows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

LINE_FIELDS = (
    "position", "service_name", "level_name", "site", "coverage", "priorities",
    "quantity", "unit_price", "line_total", "availability_pct", "targets", "shown_service_name", "shown_level_name",
)


def line_content(values: Mapping[str, Any]) -> dict[str, Any]:
    """A line's signed content from its column values (see ``LINE_FIELDS``).

    The names shown in the agreement's language are in it only where a line has them
    (``"shown": {"service": ..., "level": ...}``), so a line without them seals what it
    always sealed.
    """
    content = {
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
    shown = {key: values[column] for key, column in (("service", "shown_service_name"), ("level", "shown_level_name"))
             if values.get(column)}
    if shown:
        content["shown"] = shown
    return content


# 1: terms, lines and clauses. 2: also the provider, the author, the review
# record and the signing order (everything the signed document shows). 3: also
# the renewal terms (initial and renewal terms, notice, periodic review).
CONTENT_FORMAT = 3


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
    clauses: Sequence[dict[str, Any]] = (),
    provider: str,
    author: str,
    reviews: Sequence[dict[str, Any]] = (),
    rounds: Sequence[dict[str, Any]] = (),
    signatories: Sequence[dict[str, Any]] = (),
    terms: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The content that a signature covers, from plain values (clauses and renewal terms only where there are any)."""
    content = {
        "format": CONTENT_FORMAT,
        "agreement": agreement,
        "provider": provider,
        "customer": customer,
        "version": version_no,
        "start_date": start_date.isoformat(),
        "end_date": end_date.isoformat(),
        "monthly_total": str(monthly_total),
        "tax_rate_pct": format(tax_rate_pct.normalize(), "f"),
        "author": author,
        "lines": list(lines),
        "reviews": list(reviews),
        "rounds": list(rounds),
        "signatories": list(signatories),
    }
    if clauses:
        content["clauses"] = list(clauses)
    if terms is not None:
        content["terms"] = dict(terms)
    return content


def stable_json(content: dict[str, Any]) -> str:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
