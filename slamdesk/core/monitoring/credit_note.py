"""The credit note of one agreement and closed period, as a document tree (the agreement's renderers draw it).

It says, in the agreement's language: which availability target each line missed and by how
much, the band of the agreement's schedule that applied, the fee it applies to, the credit
and the total, and the agreement version (with its content hash) the figures were measured
against. Every line of the version is listed, the ones that met their target with no credit,
so the customer sees the whole period.
"""

from __future__ import annotations

from decimal import Decimal

from babel.dates import format_skeleton
from babel.numbers import format_decimal

from ...documents.credit_labels import credit_labels_for
from ...documents.tree import Block, Document, KeyValues, Note, Paragraph, Table
from ..agreement_document import DocumentWords, band_text
from ..credits import CAP_PCT
from .credits_owed import CreditStatement, LineCredit
from .period_names import Period


def reference(statement: CreditStatement) -> str:
    """The credit note's own reference: ``CN-SLA-2026-0001-2026-10``."""
    return f"CN-{statement.number}-{statement.period}"


def period_text(chosen: Period, language: str) -> str:
    """``October 2026``, ``Q4 2026`` or ``2026`` in ``language`` (``tháng 10 năm 2026``, ``K4 2026``)."""
    months = (chosen.after.year - chosen.first.year) * 12 + chosen.after.month - chosen.first.month
    if months == 1:
        return format_skeleton("yMMMM", chosen.first, locale=language)
    if months == 3:
        return format_skeleton("yQQQ", chosen.first, locale=language)
    return str(chosen.first.year)


def build_credit_note(statement: CreditStatement, chosen: Period, provider: str) -> Document:
    """The credit note of a closed period's statement."""
    if statement.closed_at is None:
        raise ValueError("a credit note is made from a closed period only")
    words = DocumentWords(statement.language, statement.currency, credit_labels_for(statement.language))
    when = period_text(chosen, statement.language)
    agreement = words["cn_agreement_ref"].format(number=statement.number, version=statement.version_no)
    facts = KeyValues((
        (words["cn_reference"], reference(statement)),
        (words["provider"], provider),
        (words["customer"], statement.customer),
        (words["cn_agreement"], agreement),
        (words["cn_period"], when),
        (words["cn_closed"], words.datetime(statement.closed_at)),
        (words["cn_content"], statement.content_sha256),
    ))
    blocks: list[Block] = [facts]
    if statement.owed:
        blocks.append(Paragraph(words["cn_intro"].format(period=when, number=statement.number,
                                                         version=statement.version_no)))
    else:
        blocks.append(Paragraph(words["cn_none"].format(period=when)))
    blocks.append(credit_table(statement, words))
    notes = [words["cn_settle"]]
    if any(line.capped for line in statement.lines):
        notes.insert(0, words["cn_capped"].format(cap=words.pct(CAP_PCT)))
    blocks.append(Note(" ".join(notes)))
    return Document(
        title=words["cn_title"].format(period=when),
        subtitle=f"{words['cn_kind']} {reference(statement)} · {statement.customer}",
        language=statement.language,
        footer=f"{reference(statement)} · {agreement}",
        footer_detail=f"SHA-256 {statement.content_sha256}",
        blocks=tuple(blocks),
        page_label=words["page"],
        page_of_label=words["of"],
        keywords=(f"slamdesk credit-note={reference(statement)} for={statement.number} period={statement.period} "
                  f"version={statement.version_no} content-sha256={statement.content_sha256}"),
    )


def credit_table(statement: CreditStatement, words: DocumentWords) -> Table:
    """Every line: its target, what was measured, by how much it was missed, the band and the credit; the total.

    ``words`` must hold the credit note's labels (``documents.credit_labels``)."""
    return Table(
        headers=("#", words["service"], words["cn_target"], words["cn_measured"], words["cn_shortfall"], words["cn_band"],
                 words["cn_credit"]),
        rows=tuple(_row(line, words, statement) for line in statement.lines),
        widths=(0.3, 1.6, 0.8, 0.9, 1.1, 2.0, 1.1),
        numeric_columns=(0, 2, 3, 4, 6),
        footer_rows=(("", words["cn_total"], "", "", "", "", words.money(statement.total)),),
    )


def _row(line: LineCredit, words: DocumentWords, statement: CreditStatement) -> tuple[str, ...]:
    service = "{}: {}".format(*statement.named(line.position, line.service, line.level)) + (
        f"\n{line.site}" if line.site else "")
    if line.band is None:
        band = shortfall = "–"
    else:
        band = words["cn_share_of"].format(band=band_text(line.band, words), share=words.pct(line.band.credit_pct),
                                           fee=words.money(line.period_fee))
        shortfall = words["cn_points"].format(value=_number(line.shortfall, words))
    credit = words.money(line.amount) + (" *" if line.capped else "")
    return (str(line.position), service, words.pct(line.target), words.pct(line.availability), shortfall, band, credit)


def _number(value: Decimal, words: DocumentWords) -> str:
    return format_decimal(value, locale=words.locale, decimal_quantization=False)
