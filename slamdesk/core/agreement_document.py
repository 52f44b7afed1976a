"""Builds the neutral document tree of an agreement, in the agreement's language.

The sections, in order: title page, contents, 1 parties, 2 scope, 3 services
and targets, 4 pricing, 5 service credits, 6 clauses, 7 review record,
8 signatures. Dates, numbers and money follow the agreement's locale (babel).
Clauses are the ones chosen for the version; a version without any shows the
standard clauses of ``labels``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal

from babel import Locale
from babel.dates import format_date, format_datetime, format_time, get_day_names
from babel.numbers import format_decimal, format_percent
from babel.units import format_unit

from ..documents.labels import labels_for
from ..documents.tree import (
    Block,
    Document,
    Heading,
    KeyValues,
    Note,
    NumberedList,
    PageBreak,
    Paragraph,
    SignatureBlock,
    SignatureLine,
    Table,
    TableOfContents,
    TitlePage,
)
from .agreements import AgreementDetail, LineView, Party, SignatureView
from .catalogue import format_duration
from .clauses import ClauseView
from .credits import CAP_PCT, CreditBand, schedule_for
from .money import format_money
from .pricing import totals
from .renewals.terms import Renewal, Terms, anniversary

STANDARD_CLAUSES = ("change", "credits", "termination", "review")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY_RANGE = re.compile(
    r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)-(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$"
)


class DocumentWords:
    """The labels and the locale's formats of one document."""

    def __init__(self, language: str, currency: str, extra: Mapping[str, str] | None = None) -> None:
        self.locale = language
        self.currency = currency
        self.labels = {**labels_for(language), **(extra or {})}

    def __getitem__(self, key: str) -> str:
        return self.labels[key]

    def term(self, prefix: str, value: str) -> str:
        """A translated code (status, role, kind), or the code made readable."""
        return self.labels.get(f"{prefix}_{value}", value.replace("_", " "))

    def money(self, amount: Decimal, currency: str | None = None) -> str:
        """``amount`` in the document's currency, or in ``currency`` where a line has its own."""
        return format_money(amount, currency or self.currency, self.locale)

    def pct(self, value: Decimal) -> str:
        return format_percent(value / 100, locale=self.locale, decimal_quantization=False)

    def date(self, value: dt.date) -> str:
        return format_date(value, format="long", locale=self.locale)

    def span(self, value: int, unit: str) -> str:
        """``value`` days or months in words, in the language's plural form ("3 months", "90 dagar", "90 днів")."""
        return self.counted(f"span_{unit.rstrip('s')}", value)

    def counted(self, key: str, count: int) -> str:
        """The label ``key`` in the plural form ``count`` takes in the language (``key_one``, ``key_few``...)."""
        form = Locale.parse(self.locale).plural_form(count)
        return self[f"{key}_{form}"].format(count=format_decimal(count, locale=self.locale))

    def datetime(self, value: dt.datetime) -> str:
        return format_datetime(value, format="medium", tzinfo=dt.UTC, locale=self.locale) + " UTC"

    def duration(self, minutes: int) -> str:
        """A target's time in the document's language: "1 d 4 h", "4 tim 30 min", "30 phút", "2 год" (English as
        the catalogue writes it); the parts held together by no-break spaces, so a time never wraps."""
        if self.locale == "en":
            return format_duration(minutes)
        days, rest = divmod(minutes, 24 * 60)
        parts = [(days, "duration-day"), *zip(divmod(rest, 60), ("duration-hour", "duration-minute"))]
        shown = [format_unit(value, unit, length="short", locale=self.locale) for value, unit in parts if value]
        return "\u00a0".join(shown or [format_unit(0, "duration-minute", length="short", locale=self.locale)]
                              ).replace(" ", "\u00a0")


def priority_text(code: str, language: str) -> str:
    """"P1 Critical" in the document's language; an unknown code as it is."""
    name = labels_for(language).get(f"priority_{code.lower()}")
    return f"{code} {name}" if name else code


def coverage_text(coverage: str, language: str) -> str:
    """"24x7" and "Mon-Fri 08:00-17:00" in the document's language; other texts as they are."""
    text = coverage.strip()
    if text.lower() in ("24x7", "24/7"):
        return labels_for(language)["coverage_24x7"]
    match = _DAY_RANGE.match(text)
    if match is None:
        return coverage
    first, last, h1, m1, h2, m2 = match.groups()
    days = get_day_names("wide", locale=language)
    try:
        start, end = dt.time(int(h1), int(m1)), dt.time(int(h2) % 24, int(m2))
    except ValueError:
        return coverage
    span = f"{days[_WEEKDAYS.index(first)]}–{days[_WEEKDAYS.index(last)]}"
    return f"{span}, {format_time(start, 'short', locale=language)}–{format_time(end, 'short', locale=language)}"


def footer_text(detail: AgreementDetail, language: str) -> str:
    words = labels_for(language)
    return f"{detail.number} · {words['version']} {detail.version_no}"


def footer_detail(detail: AgreementDetail, language: str) -> str:
    """The content's full SHA-256, or that the version is an unsealed draft."""
    if detail.content_sha256:
        return f"SHA-256 {detail.content_sha256}"
    return labels_for(language)["draft_footer"]


def build_agreement_document(detail: AgreementDetail, provider_name: str) -> Document:
    words = DocumentWords(detail.language, detail.currency)
    sections: tuple[Callable[[AgreementDetail, str, DocumentWords], list[Block]], ...] = (
        _parties, _scope, _services, _pricing, _credits, _clauses, _review, _signatures,
    )
    blocks: list[Block] = [_title_page(detail, provider_name, words), TableOfContents(words["contents"])]
    for number, section in enumerate(sections, start=1):
        blocks += number_section(section(detail, provider_name, words), number)
    return Document(
        title=detail.title,
        subtitle=f"{words['kind']} {detail.number} · {words['version']} {detail.version_no}",
        language=detail.language,
        footer=footer_text(detail, detail.language),
        footer_detail=footer_detail(detail, detail.language),
        blocks=tuple(blocks),
        page_label=words["page"],
        page_of_label=words["of"],
        keywords=document_keywords(detail),
        author=provider_name,
        # signed when the last party signed; a draft's file states no moment of its own
        created=max((s.signed_at for s in detail.signatures), default=None) if not detail.unsigned_parties else None,
    )


def number_section(blocks: Iterable[Block], section: int) -> list[Block]:
    """Number the section's headings: the level-1 heading ``section``, its level-2 ones ``section.n``."""
    out: list[Block] = []
    sub = 0
    for block in blocks:
        if isinstance(block, Heading) and block.level == 1:
            block = Heading(block.text, 1, str(section))
        elif isinstance(block, Heading) and block.level == 2:
            sub += 1
            block = Heading(block.text, 2, f"{section}.{sub}")
        out.append(block)
    return out


def _title_page(detail: AgreementDetail, provider: str, words: DocumentWords) -> TitlePage:
    seal = f"{words['seal_signed']}\n{detail.content_sha256}" if detail.content_sha256 else words["seal_draft"]
    author = ", ".join(part for part in (detail.author, provider) if part)
    return TitlePage(
        kind=words.labels.get(f"kind_{detail.kind}", words["kind"]),
        title=detail.title,
        parties=((provider, words["provider"]), (detail.customer_name, words["customer"])),
        facts=(
            (words["number"], detail.number),
            (words["version"], str(detail.version_no)),
            (words["start_date"], words.date(detail.start_date)),
            (words["end_date"], words.date(detail.end_date)),
            (words["status"], words.term("status", detail.status.value)),
        ),
        seal=seal,
        prepared_by=words["prepared_by"].format(author=author) if author else "",
        between=words["between"],
        and_word=words["and"],
    )


def _parties(detail: AgreementDetail, provider: str, words: DocumentWords) -> list[Block]:
    country = Locale.parse(words.locale).territories.get(detail.customer_country, detail.customer_country)
    contact = ", ".join(p for p in (detail.contact_name, detail.contact_title, detail.contact_email) if p)
    return [
        Heading(words["parties"], 1),
        KeyValues((
            (words["provider"], provider),
            (words["customer"], detail.customer_name),
            (words["country"], country),
            (words["contact"], contact),
        )),
        Paragraph(words["term_text"].format(start=words.date(detail.start_date), end=words.date(detail.end_date))),
        *_renewal(detail, words),
    ]


def renewal_text(terms: Terms, end: dt.date, words: DocumentWords) -> str:
    """How the agreement renews after its initial term ending ``end``, or that it does not, in one sentence."""
    if terms.renewal is Renewal.NONE:
        return words["renewal_none"].format(end=words.date(end))
    limit = words.counted("renewal_limit", terms.max_renewals) if terms.max_renewals is not None else ""
    term = words.span(terms.renewal_months, "months")
    if terms.renewal is Renewal.EXPRESS:
        return words["renewal_express"].format(term=term, limit=limit)
    when = (words["notice_before"].format(notice=words.span(terms.notice, str(terms.notice_unit))) if terms.notice
            else words["notice_last_day"])
    return words["renewal_tacit"].format(term=term, limit=limit, party=words[f"notice_party_{terms.notice_by}"],
                                         when=when)


def _renewal(detail: AgreementDetail, words: DocumentWords) -> list[Block]:
    """The renewal terms and the periodic review, where the version has terms (every version since migration 0012)."""
    terms = detail.terms
    if terms is None:
        return []
    blocks: list[Block] = [Paragraph(renewal_text(terms, detail.end_date, words))]
    if terms.review_months is not None:
        blocks.append(Paragraph(words["review_text"].format(period=words.span(terms.review_months, "months"),
                                                            first=words.date(anniversary(terms.start, terms.review_months)))))
    return blocks


def _scope(detail: AgreementDetail, provider: str, words: DocumentWords) -> list[Block]:
    items = tuple(
        f"{line.service_shown}: {line.level_shown} — {line.site}; {words['quantity']}: {line.quantity}; "
        f"{words['coverage']}: {coverage_text(line.coverage, words.locale)}"
        for line in detail.lines
    )
    return [Heading(words["scope"], 1), Paragraph(words["scope_intro"]), NumberedList(items)]


def _services(detail: AgreementDetail, provider: str, words: DocumentWords) -> list[Block]:
    blocks: list[Block] = [Heading(words["services"], 1)]
    for line in detail.lines:
        blocks += [Heading(f"{line.service_shown}: {line.level_shown}", 2), *_line_targets(line, words)]
    return blocks


def _line_targets(line: LineView, words: DocumentWords) -> list[Block]:
    priorities = ", ".join(priority_text(p.strip(), words.locale) for p in line.priorities.split(",") if p.strip())
    return [
        KeyValues((
            (words["site"], line.site),
            (words["level"], line.level_shown),
            (words["coverage"], coverage_text(line.coverage, words.locale)),
            (words["availability"], words.pct(line.availability_pct)),
            (words["priorities"], priorities),
            (words["quantity"], str(line.quantity)),
        )),
        Table(
            headers=(words["priority"], words["response_time"], words["resolution_time"], words["counted_in"]),
            rows=tuple(
                (
                    priority_text(priority, words.locale),
                    words.duration(response),
                    words.duration(resolution),
                    words["business_hours"] if business else words["calendar_hours"],
                )
                for priority, response, resolution, business in line.targets
            ),
            widths=(1.3, 1, 1, 1.3),
        ),
    ]


def _pricing(detail: AgreementDetail, provider: str, words: DocumentWords) -> list[Block]:
    sums = totals([line.line_total for line in detail.lines], detail.currency, detail.tax_rate_pct)
    footer: list[tuple[str, ...]] = [("", words["monthly_total"], "", "", "", "", words.money(sums.subtotal))]
    notes = [words["amounts_note"].format(currency=detail.currency)]
    if sums.tax_rate_pct > 0:
        footer += [
            ("", words["tax"].format(rate=words.pct(sums.tax_rate_pct)), "", "", "", "", words.money(sums.tax)),
            ("", words["total_incl_tax"], "", "", "", "", words.money(sums.total)),
        ]
    else:
        notes.append(words["no_tax"])
    table = Table(
        headers=(
            "#", words["service"], words["level"], words["site"],
            words["quantity"], words["unit_price"], words["line_total"],
        ),
        rows=tuple(
            (
                str(line.position), line.service_shown, line.level_shown, line.site,
                str(line.quantity), words.money(line.unit_price), words.money(line.line_total),
            )
            for line in detail.lines
        ),
        widths=(0.4, 2, 1, 1.6, 0.9, 1.4, 1.4),
        numeric_columns=(0, 4, 5, 6),
        footer_rows=tuple(footer),
    )
    return [Heading(words["pricing"], 1), table, Note(" ".join(notes))]


def _credits(detail: AgreementDetail, provider: str, words: DocumentWords) -> list[Block]:
    rows: list[tuple[str, ...]] = []
    for line in detail.lines:
        schedule = schedule_for(line.availability_pct)
        service = f"{line.service_shown}: {line.level_shown}\n{words['committed']}: {words.pct(line.availability_pct)}"
        for index, band in enumerate(schedule.bands):
            rows.append((
                str(line.position) if index == 0 else "",
                service if index == 0 else "",
                band_text(band, words),
                words.pct(band.credit_pct),
                words.money(schedule.band_credit(band, line.line_total, detail.currency)),
            ))
    return [
        Heading(words["credits"], 1),
        Paragraph(words["credits_intro"]),
        Table(
            headers=("#", words["service"], words["measured"], words["credit_pct"], words["credit_amount"]),
            rows=tuple(rows),
            widths=(0.35, 1.9, 2.5, 1.1, 1.35),
            numeric_columns=(0, 3, 4),
        ),
        Paragraph(words["credits_cap"].format(cap=words.pct(CAP_PCT))),
    ]


def band_text(band: CreditBand, words: DocumentWords) -> str:
    if band.low_pct == 0:
        return words["band_below"].format(high=words.pct(band.high_pct))
    return words["band_range"].format(low=words.pct(band.low_pct), high=words.pct(band.high_pct))


def _clauses(detail: AgreementDetail, provider: str, words: DocumentWords) -> list[Block]:
    blocks: list[Block] = [Heading(words["clauses"], 1)]
    if not detail.clauses:
        blocks.append(Note(words["clause_standard"]))
        for key in STANDARD_CLAUSES:
            blocks += [Heading(words[f"clause_{key}_title"], 2), Paragraph(words[f"clause_{key}_text"])]
        return blocks
    for clause in detail.clauses:
        blocks += [Heading(clause.title, 2), Paragraph(clause.text), Note(_provenance(clause, words))]
    return blocks


def _provenance(clause: ClauseView, words: DocumentWords) -> str:
    """Where a clause comes from: the library version it was picked from, and whether it was edited."""
    if clause.version == 0:
        return words["clause_own"]
    note = words["clause_version"].format(version=clause.version)
    return f"{note}, {words['clause_edited']}" if clause.edited else note


def _review(detail: AgreementDetail, provider: str, words: DocumentWords) -> list[Block]:
    if not detail.reviews:
        return [Heading(words["review"], 1), Paragraph(words["no_reviews"])]
    table = Table(
        headers=(words["reviewer"], words["role"], words["decision"], words["date"], words["comment"]),
        rows=tuple(
            (
                review.reviewer,
                words.term("role", review.role),
                words.term("status", review.decision),
                words.datetime(review.decided_at),
                review.comment,
            )
            for review in detail.reviews
        ),
        widths=(1.4, 1.3, 1.2, 1.5, 2),
    )
    comments = [
        (assignment.reviewer, _section_name(comment.section, detail, words), comment.text)
        for review_round in detail.rounds if review_round.version_no == detail.version_no
        for assignment in review_round.assignments
        for comment in assignment.comments
    ]
    blocks: list[Block] = [Heading(words["review"], 1), Paragraph(words["review_intro"]), table]
    if comments:
        blocks += [
            Heading(words["review_comments"], 2),
            Table(headers=(words["reviewer"], words["section"], words["comment"]), rows=tuple(comments),
                  widths=(1.4, 1.8, 4)),
        ]
    return blocks


def _section_name(section: str, detail: AgreementDetail, words: DocumentWords) -> str:
    """The part of the agreement a review comment is anchored to, as the document names it."""
    kind, _, key = section.partition(":")
    if kind == "line":
        line = next((line for line in detail.lines if str(line.position) == key), None)
        return f"{key}. {line.service_shown}: {line.level_shown}" if line else key
    if kind == "clause":
        return next((clause.title for clause in detail.clauses if clause.key == key), key)
    if kind == "general":
        return words["section_general"]
    return words.labels.get(kind, kind)


def _signatures(detail: AgreementDetail, provider: str, words: DocumentWords) -> list[Block]:
    signed = {s.party: s for s in detail.signatures}
    names: dict[str, str] = {Party.PROVIDER: provider, Party.CUSTOMER: detail.customer_name}
    if detail.signatories:  # a signing order: one line per signatory, in that order
        lines = tuple(
            SignatureLine(
                party=f"{words[s.party]}: {names.get(s.party, s.party)}",
                name=s.name,
                title=s.title,
                signed_at=words.datetime(s.signed_at) if s.signed_at else words["not_signed"],
                mark=f"{s.name}, {words['signed_electronically']}" if s.signed_at else "",
            )
            for s in detail.signatories
        )
    else:
        lines = tuple(_party_line(party, signed.get(party), names, words) for party in Party)
    return [
        PageBreak(),
        Heading(words["signatures"], 1),
        Paragraph(words["signatures_intro"]),
        SignatureBlock(
            heading="",
            labels=(words["name"], words["title"], words["signed"]),
            signature_label=words["signature"],
            signatures=lines,
        ),
    ]


def _party_line(party: str, signature: SignatureView | None, names: dict[str, str], words: DocumentWords) -> SignatureLine:
    """One party's signature where the agreement names no signing order."""
    return SignatureLine(
        party=f"{words[party]}: {names.get(party, party)}",
        name=signature.name if signature else "",
        title=signature.title if signature else "",
        signed_at=words.datetime(signature.signed_at) if signature else words["not_signed"],
        mark=f"{signature.name}, {words['signed_electronically']}" if signature else "",
    )


def signed_facts(detail: AgreementDetail, provider: str) -> list[tuple[str, str]]:
    """What a signed version's document must show, as (what, text) pairs, each written as the document writes it.

    ``verification`` looks for every one of them in the text of a PDF, so a
    document that shows other terms than the sealed ones fails, whoever signed it.
    """
    words = DocumentWords(detail.language, detail.currency)
    sums = totals([line.line_total for line in detail.lines], detail.currency, detail.tax_rate_pct)
    facts = [
        ("number", detail.number), ("title", detail.title), ("provider", provider),
        ("customer", detail.customer_name), ("start date", words.date(detail.start_date)),
        ("end date", words.date(detail.end_date)), ("monthly total", words.money(sums.subtotal)),
        ("total", words.money(sums.total)), ("content hash", detail.content_sha256 or ""),
    ]
    for line in detail.lines:
        facts += [
            (f"line {line.position} service", line.service_shown), (f"line {line.position} level", line.level_shown),
            (f"line {line.position} total", words.money(line.line_total)),
        ]
    facts += [(f"clause {clause.key}", clause.title) for clause in detail.clauses]
    facts += [(f"signatory {s.name}", s.name) for s in detail.signatories]
    facts += [(f"{s.party} signature", s.name) for s in detail.signatures]
    return [(what, text) for what, text in facts if text]


def document_keywords(detail: AgreementDetail) -> str:
    """What ``verification`` reads back to find the agreement a file claims to be."""
    return f"slamdesk agreement={detail.number} version={detail.version_no} content-sha256={detail.content_sha256 or ''}"


def parse_keywords(keywords: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in keywords.split() if "=" in part)
