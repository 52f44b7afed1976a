"""The KPI report of one agreement and period: what the customer receives every month or quarter.

In the agreement's language, as PDF and DOCX from the agreements' renderers:

1. a summary: whether the figures are closed or provisional, the ticket targets met, each
   line's availability against its target, the credits and the experience check;
2. compliance per service and priority, with each line's trend over the last ``TREND``
   periods of the same kind (months or quarters) as charts: the share of ticket targets met
   (against ``review_adjust.COMPLIANCE_GOAL``) and the availability (against the line's
   target). A period before the version in force started has no bar;
3. the breaches, ticket by ticket (id, priority, response or resolution, time used and allowed);
4. the service credits (``credits_owed``), 5. the experience check (``experience``) and
   6. the review suggestions (``review_adjust``), and 7. the periodic reviews held in the period: their day, who
   attended, what was decided and their notes (``renewals.periodic_review``; the section is left out when none was).

Figures come from ``periods.agreement_figures``: a closed period's as stored, else as of now.
``export_report`` writes it into ``register/<customer>/<number>/reports/`` (``period_documents``);
``export_reports`` every signed or active agreement's, one at a time, with progress and cancel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from babel.numbers import format_decimal
from babel.units import format_unit
from sqlalchemy import select

from ...documents.credit_labels import credit_labels_for
from ...documents.report_labels import report_labels_for
from ...documents.tree import Block, Chart, Document, Heading, KeyValues, Paragraph, Table
from ...models import Agreement, AgreementVersion
from .. import text
from ..agreement_document import DocumentWords, number_section, priority_text
from ..db import Database
from ..errors import NotFoundError, SlamdeskError
from ..export import ExportedFile
from ..renewals.periodic_review import HeldReview, reviews_held
from ..roles import Actor, acting
from ..settings import PROVIDER_NAME, get_setting
from ..words import _
from . import experience, period_documents, periods, review_adjust
from .compliance import Measure, TargetKind
from .credit_note import credit_table, period_text
from .credits_owed import CreditStatement, months_in, statement
from .period_names import Period, period

TREND = 12
KIND = "report"


@dataclass(frozen=True)
class ReportData:
    """Everything the report shows, read once."""

    figures: periods.AgreementFigures
    chosen: Period
    language: str
    customer: str
    trend: tuple[tuple[Period, periods.AgreementFigures | None], ...]  # oldest first; None before the version began
    credits: CreditStatement
    check: experience.ExperienceCheck
    suggestions: tuple[review_adjust.Suggestion, ...]
    breaches: tuple[tuple[periods.LineData, Measure], ...]
    reviews: tuple[HeldReview, ...] = ()  # the periodic reviews held in the period, oldest first


def trend_periods(chosen: Period) -> list[Period]:
    """The last ``TREND`` periods of ``chosen``'s kind, ending with it, oldest first."""
    step = months_in(chosen)
    found = []
    for back in range(TREND - 1, -1, -1):
        index = chosen.first.year * 12 + chosen.first.month - 1 - back * step
        year, month = divmod(index, 12)
        if step == 1:
            found.append(period(f"{year}-{month + 1:02d}"))
        elif step == 3:
            found.append(period(f"{year}-Q{month // 3 + 1}"))
        else:
            found.append(period(str(year)))
    return found


def report_data(db: Database, number: str, chosen: Period, now: dt.datetime) -> ReportData:
    """The report's figures for agreement ``number`` and ``chosen`` (the module's rules)."""
    figures = periods.agreement_figures(db, number, chosen, now)
    with db.read() as session:
        found = session.execute(
            select(Agreement.language, AgreementVersion.start_date)
            .join(AgreementVersion, AgreementVersion.agreement_id == Agreement.id)
            .where(Agreement.number == text.exact(figures.number), AgreementVersion.version_no == figures.version_no)
        ).first()
        if found is None:
            raise NotFoundError(_("no agreement {number}").format(number=text.quoted(number)))
        language, started = found
        goals = experience.agreement_goals(session, figures.number, figures.version_no)
    trend = tuple((item, figures if item == chosen else
                   None if item.after <= started else periods.agreement_figures(db, number, item, now))
                  for item in trend_periods(chosen))
    credits = statement(db, figures, chosen)
    held = tuple(review for review in reviews_held(db, figures.number) if chosen.first <= review.held_on < chosen.after)
    return ReportData(figures, chosen, language, credits.customer, trend, credits, experience.check(figures, goals),
                      tuple(review_adjust.suggestions(db, number)), tuple(periods.breached(db, number, chosen, now)),
                      held)


def _share(line: periods.LineFigures) -> float | None:
    """The share of the line's ticket targets met, in percent (None without a counted ticket)."""
    counted = sum(c.counted for c in line.compliance)
    return None if not counted else round(100 * sum(c.met for c in line.compliance) / counted, 1)


def _duration(seconds: int, language: str) -> str:
    """``3 h 20 min`` in ``language``."""
    hours, minutes = divmod(round(seconds / 60), 60)
    parts = ([format_unit(hours, "duration-hour", length="short", locale=language)] if hours else []) + (
        [format_unit(minutes, "duration-minute", length="short", locale=language)] if minutes or not hours else [])
    return "\u00a0".join(parts).replace(" ", "\u00a0")  # one duration never wraps


def _label(item: Period, language: str) -> str:
    """A period's short name under its bar, short enough for twelve side by side in any language: ``10/26`` for a
    month, the quarter (``Q3 2026``, ``K3 2026``) or the year."""
    if months_in(item) == 1:
        return f"{item.first.month}/{item.first.year % 100:02d}"
    return period_text(item, language)


def build_report(data: ReportData, provider: str) -> Document:
    words = DocumentWords(data.language, data.credits.currency,
                          {**credit_labels_for(data.language), **report_labels_for(data.language)})
    when = period_text(data.chosen, data.language)
    sections: tuple[list[Block], ...] = (
        _summary(data, provider, words, when), _compliance(data, words), _breaches(data, words, when),
        [Heading(words["kpi_credits"], 1), credit_table(data.credits, words)], _experience(data, words),
        _suggestions(data, words), _reviews(data, words))
    blocks: list[Block] = []
    for index, section in enumerate((section for section in sections if section), start=1):
        blocks += number_section(section, index)
    agreement = words["cn_agreement_ref"].format(number=data.figures.number, version=data.figures.version_no)
    return Document(
        title=words["kpi_title"].format(period=when),
        subtitle=f"{words['kpi_kind']} · {data.customer} · {agreement}",
        language=data.language,
        footer=f"{words['kpi_kind']} {data.figures.number} {data.chosen.name}",
        footer_detail=f"SHA-256 {data.credits.content_sha256}",
        blocks=tuple(blocks),
        page_label=words["page"],
        page_of_label=words["of"],
        keywords=(f"slamdesk report={data.figures.number}-{data.chosen.name} for={data.figures.number} "
                  f"period={data.chosen.name} version={data.figures.version_no}"),
    )


def _summary(data: ReportData, provider: str, words: DocumentWords, when: str) -> list[Block]:
    figures = data.figures
    counted = sum(c.counted for line in figures.lines for c in line.compliance)
    met = sum(c.met for line in figures.lines for c in line.compliance)
    state = (words["kpi_closed"].format(date=words.date(figures.closed_at.date())) if figures.closed_at
             else words["kpi_provisional"])
    rows: list[tuple[str, str]] = [
        (words["cn_agreement"], words["cn_agreement_ref"].format(number=figures.number, version=figures.version_no)),
        (words["provider"], provider), (words["customer"], data.customer), (words["cn_period"], when),
        (words["kpi_state"], state),
        (words["kpi_targets_met"], words["kpi_of"].format(met=met, counted=counted, share=words.pct(
            _percent(met, counted))) if counted else words["kpi_no_tickets"]),
    ]
    rows += [(words["kpi_availability"].format(service=_named(data, line.position, line.service, line.level)[0]),
              f"{words.pct(line.availability)} ({words['kpi_goal'].format(value=words.pct(line.availability_target))})")
             for line in figures.lines]
    rows += [(words["kpi_credits"], words.money(data.credits.total)),
             (words["kpi_experience"], words[_VERDICTS[data.check.code]])]
    return [Heading(words["kpi_summary"], 1), KeyValues(tuple(rows))]


def _named(data: ReportData, position: int, service: str, level: str) -> tuple[str, str]:
    """A line's service and level as the agreement's documents name them, in its language."""
    return data.credits.named(position, service, level)


def _percent(met: int, counted: int) -> Decimal:
    return (Decimal(100) * met / counted).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


_VERDICTS = {"watermelon": "kpi_watermelon", "missed": "kpi_experience_missed", "too_few": "kpi_too_few",
             "met": "kpi_experience_met", "no_goal": "kpi_no_goals"}


def _compliance(data: ReportData, words: DocumentWords) -> list[Block]:
    blocks: list[Block] = [Heading(words["kpi_compliance"], 1)]
    labels = tuple(_label(item, data.language) for item, _figures in data.trend)
    for line in data.figures.lines:
        service, level = _named(data, line.position, line.service, line.level)
        blocks.append(Heading(f"{service}: {level}" + (f", {line.site}" if line.site else ""), 2))
        by_priority: dict[str, dict[TargetKind, str]] = {}
        tickets: dict[str, int] = {}
        for tally in line.compliance:
            shown = words["kpi_none"] if tally.percent is None else f"{words.pct(tally.percent)} ({tally.met}/{tally.counted})"
            by_priority.setdefault(tally.priority, {})[tally.kind] = shown
            tickets[tally.priority] = max(tickets.get(tally.priority, 0), tally.counted)
        blocks.append(Table(
            headers=(words["priority"], words["kpi_response"], words["kpi_resolution"], words["kpi_tickets"]),
            rows=tuple((priority_text(priority, data.language), kinds.get(TargetKind.RESPONSE, ""),
                        kinds.get(TargetKind.RESOLUTION, ""), str(tickets[priority])) for priority, kinds in by_priority.items()),
            widths=(1.6, 1.4, 1.4, 0.8), numeric_columns=(1, 2, 3),
        ))
        shares = tuple(None if figures is None else _line_value(figures, line.position, _share) for _when, figures in data.trend)
        blocks.append(_chart(words, words["kpi_trend"].format(service=service, count=TREND), labels, shares,
                             review_adjust.COMPLIANCE_GOAL, 0))
        available = tuple(None if figures is None else _line_value(figures, line.position, lambda x: float(x.availability))
                          for _when, figures in data.trend)
        low = max(min([95.0, *(value - 1 for value in available if value is not None)]), 0.0)
        blocks.append(_chart(words, words["kpi_availability_trend"].format(service=service, count=TREND), labels,
                             available, line.availability_target, int(low)))
    return blocks


def _chart(words: DocumentWords, title: str, labels: tuple[str, ...], values: tuple[float | None, ...], target: Decimal,
           low: int) -> Chart:
    """A trend chart with every number written in the document's locale."""
    def written(value: float) -> str:
        return format_decimal(Decimal(str(value)), locale=words.locale, decimal_quantization=False)

    return Chart(title, labels, values, float(target), words["kpi_goal"].format(value=words.pct(target)), float(low),
                 value_texts=tuple("" if value is None else written(value) for value in values),
                 axis_texts=tuple(written(low + (100 - low) * share) for share in (0, 0.5, 1)))


def _line_value(
    figures: periods.AgreementFigures, position: int, value: Callable[[periods.LineFigures], float | None],
) -> float | None:
    line = next((item for item in figures.lines if item.position == position), None)
    return None if line is None else value(line)


def _breaches(data: ReportData, words: DocumentWords, when: str) -> list[Block]:
    if not data.breaches:
        return [Heading(words["kpi_breaches"], 1), Paragraph(words["kpi_no_breaches"].format(period=when))]
    kinds = {TargetKind.RESPONSE: words["kpi_response"], TargetKind.RESOLUTION: words["kpi_resolution"]}
    return [Heading(words["kpi_breaches"], 1), Table(
        headers=(words["kpi_ticket"], words["service"], words["priority"], words["cn_target"], words["kpi_used"],
                 words["kpi_allowed"]),
        rows=tuple((item.ticket, _named(data, row.position, row.service_name, "")[0],
                    priority_text(item.priority, data.language), kinds[item.kind],
                    _duration(item.used, data.language), _duration(item.target, data.language))
                   for row, item in data.breaches),
        widths=(1.2, 1.6, 1.3, 1.0, 1.0, 1.0), numeric_columns=(4, 5),
    )]


def _experience(data: ReportData, words: DocumentWords) -> list[Block]:
    rows = []
    shown_as: tuple[tuple[str, experience.Judged, Callable[[Decimal], str]], ...] = (
        ("kpi_satisfaction", data.check.satisfaction, words.pct),
        ("kpi_effort", data.check.effort, lambda value: format_decimal(value, locale=words.locale)))
    for key, judged, shown in shown_as:
        value = words["kpi_none"] if judged.measured is None else shown(judged.measured)
        if judged.goal is None:
            rows.append((words[key], words["kpi_no_goal"].format(value=value, answers=judged.answers)))
        else:
            rows.append((words[key], words["kpi_answers"].format(value=value, answers=judged.answers,
                                                                 goal=shown(judged.goal))))
    return [Heading(words["kpi_experience"], 1), KeyValues(tuple(rows)), Paragraph(words[_VERDICTS[data.check.code]])]


def _suggestions(data: ReportData, words: DocumentWords) -> list[Block]:
    if not data.suggestions:
        return [Heading(words["kpi_suggestions"], 1), Paragraph(words["kpi_no_suggestions"])]
    rows = []
    for item in data.suggestions:
        key = "kpi_missed_in" if item.finding == "consistently missed" else "kpi_over"
        target = item.target if item.target != "availability" else words["availability"]
        rows.append((str(item.position), _named(data, item.position, item.service, "")[0],
                     words[key].format(target=target, periods=", ".join(item.periods)),
                     item.suggested_level or words["kpi_none"],
                     words["kpi_none"] if item.difference is None else words.money(item.difference)))
    return [Heading(words["kpi_suggestions"], 1), Table(
        headers=("#", words["service"], words["kpi_finding"], words["kpi_suggested"], words["kpi_difference"]),
        rows=tuple(rows), widths=(0.3, 1.4, 2.6, 1.2, 1.2), numeric_columns=(0, 4),
    )]


def _reviews(data: ReportData, words: DocumentWords) -> list[Block]:
    """The periodic reviews held in the period (none: no section)."""
    if not data.reviews:
        return []
    blocks: list[Block] = [Heading(words["kpi_reviews"], 1)]
    for review in data.reviews:
        rows = [(words["kpi_review_held"], words.date(review.held_on)),
                (words["kpi_review_attendees"], ", ".join(review.attendees)),
                (words["kpi_review_decision"], words[f"kpi_decision_{review.decision}"])]
        if review.amendment_version is not None:
            rows.append((words["kpi_review_amendment"], words["kpi_review_version"].format(version=review.amendment_version)))
        if review.notes:
            rows.append((words["kpi_review_notes"], review.notes))
        blocks.append(KeyValues(tuple(rows)))
    return blocks


def export_report(
    db: Database, actor: Actor, number: str, chosen: Period, now: dt.datetime, formats: Sequence[str] = ("pdf", "docx"),
    *, out_dir: Path | None = None,
) -> list[ExportedFile]:
    """Write agreement ``number``'s KPI report for ``chosen`` into the register (``period_documents``' rules)."""
    with db.read() as session:
        acting(session, actor)  # a made-up person is refused before any file is written
    data = report_data(db, number, chosen, now)
    sealed = period_documents.sealed_version(db, data.figures.number, data.figures.version_no, data.customer)
    provider = sealed.provider or get_setting(db, PROVIDER_NAME)
    what = period_documents.Written(
        data.figures.number, chosen.name, KIND, f"KPI-{data.figures.number}-{chosen.name}", "reports", "report.export",
        {"closed": data.figures.closed_at is not None, "experience": data.check.code})
    return period_documents.write(db, actor, sealed, what, build_report(data, provider), formats, out_dir=out_dir)


@dataclass
class ReportBatch:
    """What a batch of reports did: the agreements written, the refusals, and whether it was cancelled."""

    written: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    ended: list[str] = field(default_factory=list)  # not monitored in the period: they had ended before it
    cancelled: bool = False
    not_started: int = 0


def export_reports(
    db: Database, actor: Actor, chosen: Period, now: dt.datetime, formats: Sequence[str] = ("pdf", "docx"), *,
    should_cancel: Callable[[], bool] | None = None, progress: Callable[[int, int, str], None] | None = None,
) -> ReportBatch:
    """The report of ``chosen`` for every signed or active agreement, one at a time, in number order.

    ``should_cancel`` is asked before each agreement, never during one (a report is written whole or not
    begun); ``progress`` is told ``(done, total, number)`` before each and ``(total, total, "")`` at the end.
    One agreement's refusal is reported and the batch goes on; one that had ended before the period is left out.
    """
    with db.read() as session:
        acting(session, actor)  # a made-up person is refused once, not reported per agreement
        numbers = list(session.scalars(
            select(Agreement.number).join(AgreementVersion, AgreementVersion.agreement_id == Agreement.id)
            .where(AgreementVersion.status.in_(["signed", "active"])).distinct().order_by(Agreement.number)))
    batch = ReportBatch()
    for index, number in enumerate(numbers):
        if should_cancel is not None and should_cancel():
            batch.cancelled, batch.not_started = True, len(numbers) - index
            break
        if progress is not None:
            progress(index, len(numbers), number)
        try:
            export_report(db, actor, number, chosen, now, formats)
        except periods.NotMonitored:
            batch.ended.append(number)
            continue
        except SlamdeskError as error:
            batch.errors.append((number, str(error)))
            continue
        batch.written.append(number)
    if progress is not None:
        progress(len(numbers), len(numbers), "")
    return batch
