"""Builds the neutral document tree of an agreement, in the agreement's language."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal

from ..documents.labels import labels_for
from ..documents.tree import (
    Block,
    Document,
    Heading,
    KeyValues,
    PageBreak,
    Paragraph,
    SignatureBlock,
    SignatureLine,
    Table,
)
from .agreements import PARTIES, AgreementDetail
from .catalogue import format_duration, priority_label
from .money import format_money


def _date(value: dt.date, locale: str) -> str:
    return format_date(value, format="long", locale=locale)


def _datetime(value: dt.datetime, locale: str) -> str:
    return format_datetime(value, format="medium", tzinfo=dt.timezone.utc, locale=locale) + " UTC"


def footer_text(detail: AgreementDetail, language: str) -> str:
    labels = labels_for(language)
    seal = f"SHA-256 {detail.content_sha256[:16]}" if detail.content_sha256 else labels["draft_footer"]
    return f"{detail.number} · {labels['version']} {detail.version_no} · {seal}"


def build_agreement_document(detail: AgreementDetail, provider_name: str) -> Document:
    locale = detail.language
    labels = labels_for(locale)

    def money(amount: object) -> str:
        return format_money(amount, detail.currency, locale)  # type: ignore[arg-type]

    blocks: list[Block] = [
        Heading(labels["parties"], 1),
        KeyValues(
            (
                (labels["number"], detail.number),
                (labels["version"], str(detail.version_no)),
                (labels["provider"], provider_name),
                (labels["customer"], detail.customer_name),
                (labels["contact"], ", ".join(p for p in (detail.contact_name, detail.contact_title, detail.contact_email) if p)),
                (labels["start_date"], _date(detail.start_date, locale)),
                (labels["end_date"], _date(detail.end_date, locale)),
                (labels["currency"], detail.currency),
                (labels["monthly_total"], money(detail.monthly_total)),
            )
        ),
        Heading(labels["services"], 1),
    ]
    for line in detail.lines:
        blocks += [
            Heading(f"{line.position}. {line.service_name}: {line.level_name}", 2),
            KeyValues(
                (
                    (labels["site"], line.site),
                    (labels["coverage"], line.coverage),
                    (labels["availability"], format_decimal(line.availability_pct, locale=locale) + " %"),
                    (labels["quantity"], str(line.quantity)),
                )
            ),
            Table(
                headers=(labels["priority"], labels["response_time"], labels["resolution_time"], labels["counted_in"]),
                rows=tuple(
                    (
                        priority_label(priority),
                        format_duration(response),
                        format_duration(resolution),
                        labels["business_hours"] if business else labels["calendar_hours"],
                    )
                    for priority, response, resolution, business in line.targets
                ),
                widths=(1.2, 1, 1, 1.2),
            ),
        ]
    blocks += [
        Heading(labels["pricing"], 1),
        Table(
            headers=(
                "#", labels["service"], labels["level"], labels["site"],
                labels["quantity"], labels["unit_price"], labels["line_total"],
            ),
            rows=tuple(
                (
                    str(line.position), line.service_name, line.level_name, line.site,
                    str(line.quantity), money(line.unit_price), money(line.line_total),
                )
                for line in detail.lines
            )
            + (("", labels["total"], "", "", "", "", money(detail.monthly_total)),),
            widths=(0.4, 2, 1, 1.6, 0.8, 1.4, 1.4),
            numeric_columns=(0, 4, 5, 6),
        ),
        Heading(labels["review"], 1),
    ]
    if detail.reviews:
        blocks.append(
            Table(
                headers=(labels["reviewer"], labels["role"], labels["decision"], labels["date"], labels["comment"]),
                rows=tuple(
                    (r.reviewer, r.role.replace("_", " "), r.decision.replace("_", " "), _datetime(r.decided_at, locale), r.comment)
                    for r in detail.reviews
                ),
                widths=(1.4, 1.2, 1.1, 1.5, 2),
            )
        )
    else:
        blocks.append(Paragraph(labels["no_reviews"]))
    signed = {s.party: s for s in detail.signatures}
    blocks += [
        PageBreak(),
        SignatureBlock(
            heading=labels["signatures"],
            labels=(labels["name"], labels["title"], labels["signed"]),
            signatures=tuple(
                SignatureLine(
                    party=f"{labels[party]}: {provider_name if party == 'provider' else detail.customer_name}",
                    name=signed[party].name if party in signed else "",
                    title=signed[party].title if party in signed else "",
                    signed_at=_datetime(signed[party].signed_at, locale) if party in signed else labels["not_signed"],
                )
                for party in PARTIES
            ),
        ),
    ]
    return Document(
        title=detail.title,
        subtitle=f"{labels['kind']} {detail.number} · {labels['version']} {detail.version_no}",
        language=locale,
        footer=footer_text(detail, locale),
        blocks=tuple(blocks),
        page_label=labels["page"],
        page_of_label=labels["of"],
        keywords=document_keywords(detail),
    )


def document_keywords(detail: AgreementDetail) -> str:
    """What ``verification`` reads back to find the agreement a file claims to be."""
    return f"slamdesk agreement={detail.number} version={detail.version_no} content-sha256={detail.content_sha256 or ''}"


def parse_keywords(keywords: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in keywords.split() if "=" in part)
