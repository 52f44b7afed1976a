"""The monitoring window's words for ``core.monitoring``'s codes, and its cells and summary written out.

The codes (a target's kind, an escalation, the experience check, a review finding, whether a period is closed,
the unit a file's rows are counted in) map to ``QT_TRANSLATE_NOOP`` texts (context ``MonitoringWording``),
translated where they are shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...core.monitoring import kpi_report, review_adjust
from ...core.monitoring.portfolio_compliance import BREACHES_LISTED
from ..common import formatting
from ..common.i18n import translate

if TYPE_CHECKING:
    from .portfolio_process import Portfolio

# ``compliance.TargetKind``
KINDS: dict[str, str] = {
    "response": QT_TRANSLATE_NOOP("MonitoringWording", "Response"),
    "resolution": QT_TRANSLATE_NOOP("MonitoringWording", "Resolution"),
}
# The kind within a phrase: "P1 response"
KIND_WORDS: dict[str, str] = {
    "response": QT_TRANSLATE_NOOP("MonitoringWording", "response"),
    "resolution": QT_TRANSLATE_NOOP("MonitoringWording", "resolution"),
}
# ``compliance.Escalation``
ESCALATIONS: dict[str, str] = {
    "at risk": QT_TRANSLATE_NOOP("MonitoringWording", "at risk"),
    "breached": QT_TRANSLATE_NOOP("MonitoringWording", "breached"),
    "breached 2x": QT_TRANSLATE_NOOP("MonitoringWording", "breached 2x"),
}
# ``experience.SUMMARIES``' codes
EXPERIENCE: dict[str, str] = {
    "watermelon": QT_TRANSLATE_NOOP("MonitoringWording", "green outside, red inside"),
    "missed": QT_TRANSLATE_NOOP("MonitoringWording", "experience goals missed"),
    "too_few": QT_TRANSLATE_NOOP("MonitoringWording", "too few survey answers to judge"),
    "met": QT_TRANSLATE_NOOP("MonitoringWording", "experience goals met"),
    "no_goal": QT_TRANSLATE_NOOP("MonitoringWording", "no experience goals recorded"),
}
# ``review_adjust``'s findings: the target ("P1 response", "availability") goes in {target}
FINDINGS: dict[str, str] = {
    "consistently missed": QT_TRANSLATE_NOOP("MonitoringWording", "{target} consistently missed"),
    "over-delivered": QT_TRANSLATE_NOOP("MonitoringWording", "{target} over-delivered"),
}
# A portfolio row's period: closed or still open
PERIOD_STATES: dict[str, str] = {
    "closed": QT_TRANSLATE_NOOP("MonitoringWording", "closed"),
    "open": QT_TRANSLATE_NOOP("MonitoringWording", "open"),
}
# Where a file's row is (``importing``'s unit: a text file's line, a workbook's row)
PLACES: dict[str, str] = {
    "line": QT_TRANSLATE_NOOP("MonitoringWording", "line {number}"),
    "row": QT_TRANSLATE_NOOP("MonitoringWording", "row {number}"),
}


def label(table: dict[str, str], code: object) -> str:
    """``code``'s text in the window's language (a code without one shows as itself)."""
    key = str(code)
    return translate("MonitoringWording", table[key]) if key in table else key


def place(unit: str, line: int) -> str:
    """``line 2``, ``row 14``: where a row of an imported file is."""
    if unit in PLACES:
        return translate("MonitoringWording", PLACES[unit]).format(number=line)
    return f"{unit} {line}"


def target_name(target: str) -> str:
    """A review finding's target: ``P1 response`` (a priority and a kind) or ``availability``."""
    if target == "availability":
        return translate("MonitoringWording", "availability")
    priority, _space, kind = target.partition(" ")
    if kind in KIND_WORDS:
        return translate("MonitoringWording", "{priority} {kind}").format(priority=priority, kind=label(KIND_WORDS, kind))
    return target


def duration(seconds: int) -> str:
    hours, minutes = divmod(round(seconds / 60), 60)
    if hours:
        return translate("MonitoringWording", "{hours} h {minutes} min").format(hours=hours, minutes=f"{minutes:02d}")
    return translate("MonitoringWording", "{minutes} min").format(minutes=minutes)


def short_period(name: str) -> str:
    """A period under its bar: ``10`` for 2026-10, ``Q3`` for 2026-Q3 (the axis' title gives the years)."""
    if "-Q" in name:
        return name[-2:]
    return str(int(name[5:7])) if len(name) == 7 else name


def suggestion_row(item: review_adjust.Suggestion, currency: str) -> tuple[str, ...]:
    difference = "–" if item.difference is None else formatting.money(item.difference, currency)
    target = target_name(item.target)
    finding = (translate("MonitoringWording", FINDINGS[item.finding]).format(target=target) if item.finding in FINDINGS
               else f"{target} {item.finding}")
    return (str(item.position), item.service, finding, ", ".join(item.periods),
            item.suggested_level or translate("MonitoringWording", "none"), difference)


def summary(data: kpi_report.ReportData, period: str) -> str:
    """The Credits and experience tab: the credits owed, the experience check and its two measures (rich text)."""
    credits, check = data.credits, data.check
    amount = formatting.money(credits.total, credits.currency)
    owed = (translate("MonitoringWording", "<b>Credits owed for {period}:</b> {amount} (provisional)") if credits.provisional
            else translate("MonitoringWording", "<b>Credits owed for {period}:</b> {amount}"))
    owed = owed.format(period=period, amount=amount)
    experience = translate("MonitoringWording", "<b>Experience:</b> {summary}").format(summary=label(EXPERIENCE, check.code))
    none = translate("MonitoringWording", "none")
    answers = check.satisfaction.answers  # lupdate reads a numbered text whose number is a plain name
    satisfaction = translate("MonitoringWording", "Satisfaction {measured} % from %n answer(s) (goal {goal})", None, answers)
    satisfaction = satisfaction.format(
        measured="–" if check.satisfaction.measured is None else check.satisfaction.measured,
        goal=check.satisfaction.goal or none)
    answers = check.effort.answers
    effort = translate("MonitoringWording", "Effort {measured} from %n answer(s) (goal {goal})", None, answers).format(
        measured="–" if check.effort.measured is None else check.effort.measured, goal=check.effort.goal or none)
    return "<br>".join((owed, experience, satisfaction, effort))


def portfolio_summary(found: Portfolio, period: str) -> str:
    """The Credits and experience tab for the whole portfolio: the credits owed per currency and the breaches
    (rich text), and where the rest is."""
    owed = found.owed()
    amounts = ", ".join(formatting.money(amount, currency) for currency, amount in owed.items())
    provisional = any(row[1] == "open" for row in found.rows)
    said = (translate("MonitoringWording", "<b>Credits owed for {period}:</b> {amounts}") if owed
            else translate("MonitoringWording", "<b>Credits owed for {period}:</b> none")).format(
        period=period, amounts=amounts)
    if owed and provisional:
        said += " " + translate("MonitoringWording", "(provisional where the period is not closed)")
    breaches = found.breaches  # lupdate reads a numbered text whose number is a plain name
    breached = translate("MonitoringWording", "<b>Breaches:</b> %n target(s) breached", None, breaches)
    owing = sum(1 for amount, _currency in found.credits if amount)
    agreements = translate("MonitoringWording", "%n agreement(s) owe credits", None, owing)
    rest = translate("MonitoringWording", "Each agreement's experience check is in its row, its breaches and review "
                                          "suggestions in their tabs; select one in the register for its own figures.")
    lines = [said, breached, agreements, rest]
    if breaches > len(found.breached):  # cut at BREACHES_LISTED (exactly that many breaches are all listed)
        lines.append(translate("MonitoringWording", "The Breaches tab lists the first {count}; an agreement's own view "
                                                    "lists all of its own.").format(count=BREACHES_LISTED))
    return "<br>".join(lines)
