"""Builds the neutral document tree of a requirements document, for the customer's approval.

It goes through the same tree and renderers as an agreement (``documents``),
in the customer's language. The sections, in order: title page, contents,
1 requirements (overview), 2 requirements in detail, 3 requirements that
cannot be met, 4 proposed service levels, 5 price proposal, 6 comparison of
service levels, 7 customer approval. Prices are the quote's: recalculated
from the stored inputs, so the document says what ``slamdesk quote`` says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..documents.requirements_labels import requirements_labels_for
from ..documents.tree import (
    Block,
    Document,
    Heading,
    KeyValues,
    Note,
    Paragraph,
    SignatureBlock,
    SignatureLine,
    Table,
    TableOfContents,
    TitlePage,
)
from .agreement_document import DocumentWords, coverage_text, number_section, priority_text
from .catalogue_names import name_in
from .pricing import LevelOption, Quote, QuoteLine
from .requirements import DocumentStatus, RequirementsView, RequirementView

_VOLUMES = (
    ("users", "vol_users"), ("devices", "vol_devices"), ("sites", "vol_sites"),
    ("tickets_per_month", "vol_tickets"), ("items_per_month", "vol_items"),
)
_Section = Callable[[RequirementsView, Quote, DocumentWords], list[Block]]


def reference(view: RequirementsView) -> str:
    """The document's short name on the cover and in the footer, e.g. ``REQ-0007``."""
    return f"REQ-{view.id:04d}"


def build_requirements_document(view: RequirementsView, quote: Quote, provider_name: str) -> Document:
    """The requirements document ``view`` priced by ``quote``, in the customer's language."""
    language = view.customer_language
    words = DocumentWords(language, quote.currency or "", requirements_labels_for(language))
    sections: tuple[_Section, ...] = (_overview, _details, _infeasible, _levels, _pricing, _comparison, _approval)
    blocks: list[Block] = [_title_page(view, provider_name, words), TableOfContents(words["contents"])]
    for number, section in enumerate(sections, start=1):
        blocks += number_section(section(view, quote, words), number)
    status = words[f"req_status_{view.status}"]
    return Document(
        title=view.title,
        subtitle=f"{words['req_kind']} {reference(view)} · {words['version']} {view.version}",
        language=language,
        footer=f"{reference(view)} · {view.title} · {words['version']} {view.version}",
        footer_detail=f"{words['req_kind']}: {status}",
        blocks=tuple(blocks),
        page_label=words["page"],
        page_of_label=words["of"],
        keywords=f"slamdesk requirements={view.id} version={view.version} status={view.status}",
    )


def _title_page(view: RequirementsView, provider: str, words: DocumentWords) -> TitlePage:
    facts = [
        (words["req_reference"], reference(view)),
        (words["version"], str(view.version)),
        (words["status"], words[f"req_status_{view.status}"]),
        (words["req_created"], words.date(view.created_at.date())),
    ]
    if view.sent_at is not None:
        facts.append((words["req_sent"], words.date(view.sent_at.date())))
    if view.approved_at is not None:
        facts.append((words["req_approved"], words.date(view.approved_at.date())))
    if view.status == DocumentStatus.APPROVED and view.approved_at is not None:
        seal = words["req_seal_approved"].format(name=view.approved_by, date=words.date(view.approved_at.date()))
    else:
        seal = words["req_seal_open"]
    return TitlePage(
        kind=words["req_kind"],
        title=view.title,
        parties=((provider, words["provider"]), (view.customer_name, words["customer"])),
        facts=tuple(facts),
        seal=seal,
        between=words["between"],
        and_word=words["and"],
    )


def _line(quote: Quote, item: RequirementView) -> QuoteLine | None:
    return next((line for line in quote.lines if line.requirement_id == item.id), None)


def _priorities(item: RequirementView, words: DocumentWords) -> str:
    return ", ".join(priority_text(code, words.locale) for code in item.priorities)


def _volumes(item: RequirementView, words: DocumentWords) -> str:
    """"120 users, 300 tickets per month"; one site, the default, only when nothing else is counted."""
    counted = [(name, label) for name, label in _VOLUMES if getattr(item.volumes, name)]
    if len(counted) > 1 and item.volumes.sites == 1:
        counted = [(name, label) for name, label in counted if name != "sites"]
    return ", ".join(f"{getattr(item.volumes, name)} {words[label]}" for name, label in counted) or "—"


def _name(item: RequirementView, line: QuoteLine | None, words: DocumentWords) -> str:
    """A requirement's heading: its service, or the first words of the need when none is matched."""
    if item.service_name:
        return _service(line, words) if line is not None and line.service_name == item.service_name else item.service_name
    need = " ".join(item.need.split())
    return need if len(need) <= 60 else need[:57].rstrip() + "…"


def _overview(view: RequirementsView, quote: Quote, words: DocumentWords) -> list[Block]:
    table = Table(
        headers=("#", words["req_need_short"], words["site"], words["coverage"], words["priorities"], words["req_volumes"]),
        rows=tuple(
            (
                str(item.position),
                item.need or _name(item, _line(quote, item), words),
                ", ".join(part for part in (item.site, item.region) if part),
                coverage_text(item.coverage, words.locale),
                ", ".join(item.priorities),
                _volumes(item, words),
            )
            for item in view.items
        ),
        widths=(0.35, 2.4, 1.3, 1.4, 0.9, 1.4),
        numeric_columns=(0,),
    )
    return [Heading(words["req_overview"], 1), Paragraph(words["req_overview_intro"]), table]


def _state(item: RequirementView, line: QuoteLine | None, words: DocumentWords) -> str:
    if item.infeasible_kind:
        kind = words[f"req_infeasible_{item.infeasible_kind}"]
        return f"{words['req_infeasible']} ({kind}): {item.infeasible_reason}"
    if line is None or line.service_id is None:
        return words["req_unmatched"]
    chosen = line.chosen
    if chosen is None:
        return f"{_service(line, words)} — {words['req_unpriced']}"
    return f"{_service(line, words)}: {_level(chosen, words)}"


def _service(line: QuoteLine, words: DocumentWords) -> str:
    """The service's name in the document's language (``core.catalogue_names``)."""
    return name_in(line.service_name, line.service_names, words.locale) or line.service_name


def _level(option: LevelOption, words: DocumentWords) -> str:
    return name_in(option.level_name, option.names, words.locale) or option.level_name


def _level_named(quote: Quote, name: str, words: DocumentWords) -> str:
    """A level compared across the quote by its catalogue ``name``, in the document's language."""
    option = next((option for line in quote.lines for option in line.options if option.level_name == name), None)
    return _level(option, words) if option is not None else name


def _details(view: RequirementsView, quote: Quote, words: DocumentWords) -> list[Block]:
    blocks: list[Block] = [Heading(words["req_detail"], 1)]
    for item in view.items:
        rows: list[tuple[str, str]] = [(words["req_need"], item.need or "—")]
        if item.outcome:
            rows.append((words["req_outcome"], item.outcome))
        rows += [
            (words["site"], item.site),
            *([(words["req_region"], item.region)] if item.region else []),
            (words["coverage"], coverage_text(item.coverage, words.locale)),
            (words["priorities"], _priorities(item, words)),
            (words["req_volumes"], _volumes(item, words)),
        ]
        if item.csat_target_pct is not None:
            rows.append((words["req_csat"], words.pct(item.csat_target_pct)))
        if item.effort_target is not None:
            rows.append((words["req_effort"], f"{item.effort_target.normalize():f}"))
        rows.append((words["req_match"], _state(item, _line(quote, item), words)))
        blocks += [Heading(_name(item, _line(quote, item), words), 2), KeyValues(tuple(rows))]
        notes = [(code, item.priority_notes.get(code, "")) for code in item.priorities]
        if any(text.strip() for _, text in notes):
            blocks.append(Table(
                headers=(words["priority"], words["req_urgency"]),
                rows=tuple((priority_text(code, words.locale), text or "—") for code, text in notes),
                widths=(1, 3),
            ))
    return blocks


def _infeasible(view: RequirementsView, quote: Quote, words: DocumentWords) -> list[Block]:
    items = [item for item in view.items if item.infeasible_kind]
    blocks: list[Block] = [Heading(words["req_infeasible_section"], 1)]
    if not items:
        return [*blocks, Paragraph(words["req_none_infeasible"])]
    return [
        *blocks,
        Paragraph(words["req_infeasible_intro"]),
        Table(
            headers=("#", words["req_need_short"], words["req_type"], words["req_reason"]),
            rows=tuple(
                (str(item.position), item.need or _name(item, _line(quote, item), words),
                 words[f"req_infeasible_{item.infeasible_kind}"], item.infeasible_reason)
                for item in items
            ),
            widths=(0.35, 2.4, 1, 2.6),
            numeric_columns=(0,),
        ),
    ]


def _targets_table(option: LevelOption, words: DocumentWords) -> Table:
    return Table(
        headers=(words["priority"], words["response_time"], words["resolution_time"], words["counted_in"]),
        rows=tuple(
            (
                priority_text(target.priority, words.locale),
                words.duration(target.response_minutes),
                words.duration(target.resolution_minutes),
                words["business_hours"] if target.business_hours else words["calendar_hours"],
            )
            for target in option.targets
        ),
        widths=(1.3, 1, 1, 1.3),
    )


def _levels(view: RequirementsView, quote: Quote, words: DocumentWords) -> list[Block]:
    blocks: list[Block] = [Heading(words["req_levels"], 1)]
    chosen = [line for line in quote.priced_lines if line.chosen is not None]
    if not chosen:
        return [*blocks, Paragraph(words["req_levels_none"])]
    for line in chosen:
        option = line.chosen
        assert option is not None
        blocks += [
            Heading(f"{_service(line, words)}: {_level(option, words)}", 2),
            KeyValues((
                (words["site"], ", ".join(part for part in (line.site, line.region) if part)),
                (words["coverage"], coverage_text(option.coverage, words.locale)),
                (words["availability"], words.pct(option.availability_pct)),
            )),
            _targets_table(option, words),
        ]
    return blocks


def _pricing(view: RequirementsView, quote: Quote, words: DocumentWords) -> list[Block]:
    lines = [line for line in quote.priced_lines if line.chosen is not None]
    blocks: list[Block] = [Heading(words["req_pricing"], 1)]
    if not lines or quote.currency is None:
        return [*blocks, Paragraph(words["req_pricing_none"])]
    sums = quote.totals
    rows = []
    overrides = []
    for line in lines:
        option = line.chosen
        assert option is not None
        price = option.price
        if price.override is not None:
            overrides.append(words["req_custom_price"].format(position=line.position, reason=price.override_reason))
        rows.append((
            str(line.position), _service(line, words), _level(option, words), line.site, str(line.quantity),
            words.money(price.unit_fee, option.currency), words.money(price.total, option.currency),
        ))
    footer: list[tuple[str, ...]] = [("", words["monthly_total"], "", "", "", "", words.money(sums.subtotal))]
    notes = [words["amounts_note"].format(currency=quote.currency)]
    if sums.tax_rate_pct > 0:
        footer += [
            ("", words["tax"].format(rate=words.pct(sums.tax_rate_pct)), "", "", "", "", words.money(sums.tax)),
            ("", words["total_incl_tax"], "", "", "", "", words.money(sums.total)),
        ]
    else:
        notes.append(words["no_tax"])
    table = Table(
        headers=("#", words["service"], words["level"], words["site"], words["quantity"], words["unit_price"],
                 words["line_total"]),
        rows=tuple(rows),
        widths=(0.4, 2, 1, 1.6, 0.9, 1.4, 1.4),
        numeric_columns=(0, 4, 5, 6),
        footer_rows=tuple(footer),
    )
    return [*blocks, table, *(Note(text) for text in overrides), Note(" ".join(notes))]


def _comparison(view: RequirementsView, quote: Quote, words: DocumentWords) -> list[Block]:
    compared = quote.level_totals()
    blocks: list[Block] = [Heading(words["req_compare"], 1)]
    if not compared:
        return [*blocks, Paragraph(words["req_compare_none"])]
    return [
        *blocks,
        Table(
            headers=(words["level"], words["monthly_total"], words["tax"].format(rate=words.pct(quote.tax_rate_pct)),
                     words["total_incl_tax"]),
            rows=tuple(
                (_level_named(quote, name, words), words.money(sums.subtotal, sums.currency or ""),
                 words.money(sums.tax, sums.currency or ""), words.money(sums.total, sums.currency or ""))
                for name, sums in compared.items()
            ),
            widths=(1.4, 1.4, 1.2, 1.6),
            numeric_columns=(1, 2, 3),
        ),
        Note(words["req_compare_intro"]),
    ]


def _approval(view: RequirementsView, quote: Quote, words: DocumentWords) -> list[Block]:
    approved = view.status == DocumentStatus.APPROVED and view.approved_at is not None
    signed_at = view.approved_at or dt.datetime.min.replace(tzinfo=dt.UTC)
    return [
        Heading(words["req_approval"], 1),
        Paragraph(words["req_approval_intro"]),
        SignatureBlock(
            heading="",
            labels=(words["name"], words["title"], words["signed"]),
            signature_label=words["signature"],
            signatures=(
                SignatureLine(
                    party=f"{words['customer']}: {view.customer_name}",
                    name=view.approved_by if approved else "",
                    title="",
                    signed_at=words.datetime(signed_at) if approved else words["req_not_approved"],
                    mark=f"{view.approved_by}, {words['req_approved_mark']}" if approved else "",
                ),
            ),
        ),
    ]
