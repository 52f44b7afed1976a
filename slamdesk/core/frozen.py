"""The content frozen at signing, both ways: from what a version shows, and back.

The first signature seals a version: ``content_from_detail`` turns everything
its document shows (parties, terms, lines with their targets, clauses, the
review record, the signing order, the provider and the author) into stable
JSON, whose SHA-256 is the seal. From then on ``signed_detail`` rebuilds those
fields from the sealed JSON, so a document exported later shows exactly what
was signed, whatever happened to the rows since. Only what comes after the
seal is read live: the signatures themselves and the status, which the
database lets move only forward (migration 0005).

Format 3 also seals the renewal terms (initial and renewal terms, notice, periodic
review); before it, they come from the version's columns, which migration 0012
freezes at signing.

Content written before format 2 (no ``format`` key) sealed the terms, lines
and clauses only; for those versions the review record, the signing order,
the provider and the author still come from the rows, which migration 0005
freezes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from .clauses import ClauseView
from .content import content_of, line_content, sha256_text
from .renewals.terms import terms_from_json, terms_json
from .reviews import AssignmentView, CommentView, Decision, RoundStatus, RoundView, decision_of
from .states import Party
from .views import AgreementDetail, LineView, ReviewView, SignatoryView


def content_from_detail(detail: AgreementDetail, provider: str) -> dict[str, Any]:
    """The content a signature seals, from the version as it stands when it is first signed."""
    contact = (
        {"name": detail.contact_name, "title": detail.contact_title, "email": detail.contact_email}
        if detail.contact_name or detail.contact_title or detail.contact_email
        else None
    )
    content = content_of(
        agreement={
            "number": detail.number, "title": detail.title, "kind": detail.kind,
            "currency": detail.currency, "language": detail.language,
        },
        customer={"name": detail.customer_name, "country": detail.customer_country, "contact": contact},
        version_no=detail.version_no,
        start_date=detail.start_date,
        end_date=detail.end_date,
        monthly_total=detail.monthly_total,
        tax_rate_pct=detail.tax_rate_pct,
        lines=[line_content(dataclasses.asdict(line)) for line in detail.lines],
        clauses=[
            {"key": c.key, "title": c.title, "text": c.text, "library_version": c.version, "edited": c.edited}
            for c in detail.clauses
        ],
        provider=provider,
        author=detail.author,
        reviews=[
            {"reviewer": r.reviewer, "role": r.role, "decision": r.decision, "comment": r.comment,
             "decided_at": r.decided_at.isoformat()}
            for r in detail.reviews
        ],
        rounds=[_round(r) for r in detail.rounds if r.version_no == detail.version_no],
        signatories=[{"party": s.party, "name": s.name, "title": s.title, "group": s.group} for s in detail.signatories],
        terms=terms_json(detail.terms) if detail.terms is not None else None,
    )
    return content


def seal_intact(content_json: str, content_sha256: str) -> bool:
    """Whether the stored content still hashes to the seal made at signing."""
    return sha256_text(content_json) == content_sha256


def signed_detail(live: AgreementDetail, content_json: str) -> AgreementDetail:
    """``live`` with every field the signed content covers taken from that content."""
    content = json.loads(content_json)
    agreement, customer = content["agreement"], content["customer"]
    contact = customer.get("contact") or {}
    fields: dict[str, Any] = {
        "number": agreement["number"],
        "title": agreement["title"],
        "kind": agreement["kind"],
        "currency": agreement["currency"],
        "language": agreement["language"],
        "customer_name": customer["name"],
        "customer_country": customer["country"],
        "contact_name": contact.get("name", ""),
        "contact_title": contact.get("title", ""),
        "contact_email": contact.get("email", ""),
        "version_no": content["version"],
        "start_date": dt.date.fromisoformat(content["start_date"]),
        "end_date": dt.date.fromisoformat(content["end_date"]),
        "monthly_total": Decimal(content["monthly_total"]),
        "tax_rate_pct": Decimal(content.get("tax_rate_pct", "0")),
        "lines": tuple(_line(line) for line in content["lines"]),
        "clauses": _clauses(content.get("clauses", ()), live.clauses),
    }
    if content.get("format", 1) >= 2:
        fields.update(
            provider=content["provider"],
            author=content["author"],
            reviews=tuple(
                ReviewView(r["reviewer"], r["role"], Decision(r["decision"]), r["comment"], _time(r["decided_at"]))  # type: ignore[arg-type]
                for r in content["reviews"]
            ),
            rounds=tuple(r for r in live.rounds if r.version_no != content["version"])
            + tuple(_round_view(r) for r in content["rounds"]),
            signatories=_signatories(content["signatories"], live.signatories),
        )
    if "terms" in content:  # format 3; before, the version's term columns (frozen at signing by migration 0012)
        fields["terms"] = terms_from_json(content["terms"])
    return dataclasses.replace(live, **fields)


def _time(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def _line(line: Mapping[str, Any]) -> LineView:
    return LineView(
        position=line["position"],
        service_name=line["service"],
        level_name=line["level"],
        site=line["site"],
        coverage=line["coverage"],
        priorities=line["priorities"],
        quantity=line["quantity"],
        unit_price=Decimal(line["unit_price"]),
        line_total=Decimal(line["line_total"]),
        availability_pct=Decimal(line["availability_pct"]),
        targets=tuple((str(p), int(r), int(s), bool(b)) for p, r, s, b in line["targets"]),
        shown_service_name=line.get("shown", {}).get("service"),
        shown_level_name=line.get("shown", {}).get("level"),
    )


def _clauses(sealed: Iterable[Mapping[str, Any]], live: tuple[ClauseView, ...]) -> tuple[ClauseView, ...]:
    views = []
    for index, clause in enumerate(sealed):
        source = live[index] if index < len(live) and live[index].key == clause["key"] else None
        library_text = source.library_text if source else ""
        if "library_version" in clause:
            views.append(ClauseView(clause["key"], clause["title"], clause["text"], clause["library_version"],
                                    library_text, sealed_edited=clause["edited"]))
        else:  # format 1: where it came from is read from the library
            views.append(ClauseView(clause["key"], clause["title"], clause["text"],
                                    source.version if source else 0, library_text))
    return tuple(views)


def _round(view: RoundView) -> dict[str, Any]:
    return {
        "number": view.number,
        "version_no": view.version_no,
        "status": view.status,
        "opened_at": view.opened_at.isoformat(),
        "assignments": [
            {
                "reviewer": a.reviewer, "reviewer_id": a.reviewer_id, "role": a.role,
                "due_date": a.due_date.isoformat(), "decision": a.decision,
                "decided_at": a.decided_at.isoformat() if a.decided_at else None,
                "comments": [
                    {"section": c.section, "text": c.text, "created_at": c.created_at.isoformat()} for c in a.comments
                ],
            }
            for a in view.assignments
        ],
    }


def _round_view(sealed: Mapping[str, Any]) -> RoundView:
    return RoundView(
        sealed["number"],
        sealed["version_no"],
        RoundStatus(sealed["status"]),
        _time(sealed["opened_at"]),  # type: ignore[arg-type]
        tuple(
            AssignmentView(
                a["reviewer"], a["reviewer_id"], a["role"], dt.date.fromisoformat(a["due_date"]), decision_of(a["decision"]),
                _time(a["decided_at"]),
                tuple(CommentView(c["section"], c["text"], _time(c["created_at"])) for c in a["comments"]),  # type: ignore[arg-type]
            )
            for a in sealed["assignments"]
        ),
    )


def _signatories(sealed: Iterable[Mapping[str, Any]], live: tuple[SignatoryView, ...]) -> tuple[SignatoryView, ...]:
    """The sealed signing order, each with the time they signed (the only part that comes later)."""
    views = []
    for index, s in enumerate(sealed):
        match = live[index] if index < len(live) else None
        same = match is not None and (match.party, match.name, match.title, match.group) == (
            s["party"], s["name"], s["title"], s["group"])
        views.append(SignatoryView(match.id if same and match else 0, Party(s["party"]), s["name"], s["title"], s["group"],
                                   match.signed_at if same and match else None))
    return tuple(views)
