"""The KPI report's document from figures written by hand (no database): every section as the customer reads it.

A small agreement, SLA-2030-0042 version 2, in October 2026: line 1 Help desk (Bronze, no site, named
"Kundservice" in the agreement's documents), line 2 Hosting (Gold, Oslo, added by version 2: no figures for it
in July). Each figure below is worked out by hand from the tallies.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

from slamdesk.core.monitoring import experience, kpi_report, periods
from slamdesk.core.monitoring.compliance import Compliance, Measure, State, TargetKind
from slamdesk.core.monitoring.credits_owed import CreditStatement, LineCredit
from slamdesk.core.monitoring.review_adjust import Suggestion
from slamdesk.core.renewals.periodic_review import HeldReview
from slamdesk.documents.tree import Chart, Heading, KeyValues, Paragraph, Table

OCTOBER = periods.period("2026-10")
RESPONSE, RESOLUTION = TargetKind.RESPONSE, TargetKind.RESOLUTION
MONTHS = ("11/25", "12/25", "1/26", "2/26", "3/26", "4/26", "5/26", "6/26", "7/26", "8/26", "9/26", "10/26")


def _line(position: int, tallies: tuple[Compliance, ...], availability: str) -> periods.LineFigures:
    service, level, site, target = {1: ("Help desk", "Bronze", "", "99.5"), 2: ("Hosting", "Gold", "Oslo", "99.9")}[position]
    return periods.LineFigures(position, service, level, site, "24x7", 0, tallies, 0, Decimal(availability), Decimal(target))


def _figures(*lines: periods.LineFigures) -> periods.AgreementFigures:
    return periods.AgreementFigures("SLA-2030-0042", "2026-10", 2, lines)


# October: 3 of 5 targets met (2 of 3 responses, 1 of 2 resolutions); Hosting 90.5 % available
OCTOBER_FIGURES = _figures(
    _line(1, (Compliance("P1", RESPONSE, 3, 2), Compliance("P1", RESOLUTION, 2, 1), Compliance("P2", RESPONSE, 0, 0),
              Compliance("P2", RESOLUTION, 0, 0)), "100.000"),
    _line(2, (Compliance("P1", RESPONSE, 0, 0),), "90.5"))
# August and September: 1 of 3 met (33.3 %); Hosting 99.95 %
EARLIER = _figures(_line(1, (Compliance("P1", RESPONSE, 3, 1),), "100"), _line(2, (), "99.95"))
# July: before version 2 added Hosting; no ticket
JULY = _figures(_line(1, (), "98.25"))


def _data(**changes: object) -> kpi_report.ReportData:
    trend = tuple((item, None if index < 8 else JULY if index == 8 else EARLIER if index < 11 else OCTOBER_FIGURES)
                  for index, item in enumerate(kpi_report.trend_periods(OCTOBER)))
    hosting = LineCredit(2, "Hosting", "Gold", "Oslo", Decimal("90.5"), Decimal("99.9"), None, Decimal("1000.00"),
                         Decimal("1000.00"), Decimal("125.50"), False)
    credits = CreditStatement("SLA-2030-0042", "2026-10", 2, "ab" * 32, "Kunde AS", "NOK", "en", (hosting,), None,
                              {1: ("Kundservice", None)})
    check = experience.ExperienceCheck(
        "SLA-2030-0042", "2026-10",
        experience.Judged(Decimal("80"), Decimal("75.0"), 20, experience.Verdict.MISSED),
        experience.Judged(None, None, 0, experience.Verdict.NO_GOAL), False)
    breach = Measure("H-7", "P1", RESOLUTION, 7200, 9000, dt.datetime(2026, 10, 6, tzinfo=dt.UTC), State.BREACHED, None)
    suggestion = Suggestion(1, "Help desk", "Bronze", "consistently missed", "P1 resolution", ("2026-10", "2026-09"),
                            "Silver", Decimal("300"), Decimal("75.00"))
    review = HeldReview("SLA-2030-0042", dt.date(2026, 10, 14), ("Kari", "Ola"), "amend_terms", "Move to Silver.", 3,
                        "anna")
    values: dict[str, object] = {
        "figures": OCTOBER_FIGURES, "chosen": OCTOBER, "language": "en", "customer": "Kunde AS", "trend": trend,
        "credits": credits, "check": check, "suggestions": (suggestion,),
        "breaches": ((SimpleNamespace(position=1, service_name="Help desk"), breach),), "reviews": (review,)}
    values.update(changes)
    return kpi_report.ReportData(**values)  # type: ignore[arg-type]


def test_every_section_of_a_hand_made_report_reads_as_worked_out() -> None:
    document = kpi_report.build_report(_data(), "Provider AS")
    assert (document.title, document.subtitle, document.footer, document.footer_detail) == (
        "Service levels in October 2026", "Service report · Kunde AS · SLA-2030-0042, version 2",
        "Service report SLA-2030-0042 2026-10", "SHA-256 " + "ab" * 32)
    assert document.keywords == "slamdesk report=SLA-2030-0042-2026-10 for=SLA-2030-0042 period=2026-10 version=2"
    assert (document.language, document.page_label, document.page_of_label) == ("en", "Page", "of")
    assert document.blocks[:2] == (Heading("Summary", 1, "1"), KeyValues((
        ("Agreement", "SLA-2030-0042, version 2"), ("Provider", "Provider AS"), ("Customer", "Kunde AS"),
        ("Period", "October 2026"), ("Figures", "provisional: the period is not closed yet"),
        ("Targets met", "3 of 5 ticket targets (60%)"), ("Availability, Kundservice", "100% (goal 99.5%)"),
        ("Availability, Hosting", "90.5% (goal 99.9%)"), ("Service credits", "NOK125.50"),
        ("Customer experience", "The customer's experience missed its goal."))))
    assert document.blocks[2:10] == (
        Heading("Compliance per service and priority", 1, "2"),
        Heading("Kundservice: Bronze", 2, "2.1"),
        Table(headers=("Priority", "Response", "Resolution", "Tickets"),
              rows=(("P1 Critical", "66.7% (2/3)", "50% (1/2)", "3"), ("P2 High", "–", "–", "0")),
              widths=(1.6, 1.4, 1.4, 0.8), numeric_columns=(1, 2, 3)),
        Chart("Kundservice: targets met, last 12 periods (%)", MONTHS, (None,) * 9 + (33.3, 33.3, 60.0), target=95.0,
              target_label="goal 95%", low=0.0, value_texts=("",) * 9 + ("33.3", "33.3", "60"),
              axis_texts=("0", "50", "100")),
        Chart("Kundservice: availability, last 12 periods (%)", MONTHS, (None,) * 8 + (98.25, 100.0, 100.0, 100.0),
              target=99.5, target_label="goal 99.5%", low=95.0, value_texts=("",) * 8 + ("98.25", "100", "100", "100"),
              axis_texts=("95", "97.5", "100")),
        Heading("Hosting: Gold, Oslo", 2, "2.2"),
        Table(headers=("Priority", "Response", "Resolution", "Tickets"), rows=(("P1 Critical", "–", "", "0"),),
              widths=(1.6, 1.4, 1.4, 0.8), numeric_columns=(1, 2, 3)),
        Chart("Hosting: targets met, last 12 periods (%)", MONTHS, (None,) * 12, target=95.0, target_label="goal 95%",
              low=0.0, value_texts=("",) * 12, axis_texts=("0", "50", "100")),
    )
    # Hosting's lowest month is October's 90.5: the axis starts a point below, at 89 (whole points)
    assert document.blocks[10] == Chart(
        "Hosting: availability, last 12 periods (%)", MONTHS, (None,) * 9 + (99.95, 99.95, 90.5), target=99.9,
        target_label="goal 99.9%", low=89.0, value_texts=("",) * 9 + ("99.95", "99.95", "90.5"),
        axis_texts=("89", "94.5", "100"))
    assert document.blocks[11:13] == (Heading("Breaches", 1, "3"), Table(
        headers=("Ticket", "Service", "Priority", "Target", "Time used", "Allowed"),
        rows=(("H-7", "Kundservice", "P1 Critical", "Resolution", "2\xa0hr\xa030\xa0min", "2\xa0hr"),),
        widths=(1.2, 1.6, 1.3, 1.0, 1.0, 1.0), numeric_columns=(4, 5)))
    assert document.blocks[13] == Heading("Service credits", 1, "4")
    assert isinstance(document.blocks[14], Table) and document.blocks[14].footer_rows[0][-1] == "NOK125.50"
    assert document.blocks[15:18] == (
        Heading("Customer experience", 1, "5"),
        KeyValues((("Satisfaction (share of 4 and 5 of 5)", "75% from 20 answers; goal 80%"),
                   ("Effort (mean of 1 to 7, lower is easier)", "– from 0 answers; no goal recorded"))),
        Paragraph("The customer's experience missed its goal."))
    assert document.blocks[18:20] == (Heading("Review and adjust", 1, "6"), Table(
        headers=("#", "Service", "Finding", "Suggested level", "Monthly difference"),
        rows=(("1", "Kundservice", "P1 resolution missed in 2026-10, 2026-09", "Silver", "NOK75.00"),),
        widths=(0.3, 1.4, 2.6, 1.2, 1.2), numeric_columns=(0, 4)))
    assert document.blocks[20:] == (Heading("Periodic reviews held", 1, "7"), KeyValues((
        ("Held on", "October 14, 2026"), ("Attended", "Kari, Ola"), ("Decided", "amend the terms"),
        ("Amendment", "version 3"), ("Notes", "Move to Silver."))))


def test_sections_with_nothing_to_show_say_so_and_the_reviews_section_is_left_out() -> None:
    document = kpi_report.build_report(_data(breaches=(), suggestions=(), reviews=()), "Provider AS")
    headings = [(block.number, block.text) for block in document.blocks if isinstance(block, Heading) and block.level == 1]
    assert headings == [("1", "Summary"), ("2", "Compliance per service and priority"), ("3", "Breaches"),
                        ("4", "Service credits"), ("5", "Customer experience"), ("6", "Review and adjust")]
    assert Paragraph("No ticket missed its target in October 2026.") in document.blocks
    assert document.blocks[-1] == Paragraph("No target was consistently missed or over-delivered in the last closed periods.")


def test_a_report_in_swedish_writes_its_words_numbers_and_labels_in_swedish() -> None:
    check = experience.ExperienceCheck("SLA-2030-0042", "2026-10", experience.Judged(None, None, 0, experience.Verdict.NO_GOAL),
                                       experience.Judged(Decimal("3.5"), Decimal("4.25"), 12, experience.Verdict.MET), True)
    document = kpi_report.build_report(_data(language="sv", check=check), "Provider AS")
    assert KeyValues((("Nöjdhet (andel 4 och 5 av 5)", "– av 0 svar; inget mål angivet"),
                      ("Ansträngning (medel av 1 till 7, lägre är lättare)", "4,25 av 12 svar; mål 3,5"))) in document.blocks
    assert document.title == "Servicenivåer under oktober 2026" and document.language == "sv"
    assert (document.page_label, document.page_of_label) == ("Sida", "av")  # "Sida 2 av 5" at each page's foot
    charts = [block for block in document.blocks if isinstance(block, Chart)]
    assert charts[0].value_texts[-3:] == ("33,3", "33,3", "60") and charts[3].axis_texts == ("89", "94,5", "100")
    assert charts[0].labels == MONTHS and charts[0].target_label == "mål 95\xa0%"
    breaches = next(block for block in document.blocks if isinstance(block, Table) and len(block.headers) == 6)
    assert breaches.rows[0][4:] == ("2\xa0tim\xa030\xa0min", "2\xa0tim")
