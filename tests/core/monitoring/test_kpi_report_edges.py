"""The KPI report block by block as the customer reads it, and the batch of every agreement's report.

The figures are the ``october`` fixture's (``test_periods``); where a rule needs figures the demo cannot give
(experience goals, suggestions, a share with a remainder, a breach of a few seconds), the report is built from
the October data with only those figures replaced, and each expected text is worked out by hand.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from sqlalchemy import select

from slamdesk.core.db import Database
from slamdesk.core.errors import NotFoundError, PermissionDenied
from slamdesk.core.monitoring import experience, kpi_report, period_documents, periods
from slamdesk.core.monitoring.compliance import Measure, State, TargetKind
from slamdesk.core.monitoring.review_adjust import Suggestion
from slamdesk.core.renewals.stored import TERM_COLUMNS
from slamdesk.core.roles import Actor, Role
from slamdesk.core.settings import PROVIDER_NAME, set_setting
from slamdesk.documents.tree import Chart, Heading, KeyValues, Paragraph, Table
from slamdesk.models import Agreement, AgreementVersion, AuditEvent, Outage, Ticket, User
from slamdesk.models.agreement import AgreementLine
from tests.core.monitoring.test_periods import (  # noqa: F401 (a fixture)
    AFTER_OCTOBER,
    NUMBER,
    OCTOBER,
    _agreement_id,
    _import,
    at,
    october,
)
from tests.raw import raw

pytestmark = pytest.mark.rule_edges  # on SQLite: the feature's own tests run it on both backends (tests/conftest.py)

MONTHS = ("11/25", "12/25", "1/26", "2/26", "3/26", "4/26", "5/26", "6/26", "7/26", "8/26", "9/26", "10/26")
NONE_12 = (None,) * 12


def _english(db: Database, chosen: periods.Period = OCTOBER) -> kpi_report.ReportData:
    return dataclasses.replace(kpi_report.report_data(db, NUMBER, chosen, AFTER_OCTOBER), language="en")


def _section(document: object, title: str) -> list[object]:
    """The blocks of the numbered section ``title``, up to the next one."""
    blocks = list(document.blocks)  # type: ignore[attr-defined]
    start = next(index for index, block in enumerate(blocks)
                 if isinstance(block, Heading) and block.level == 1 and block.text == title)
    end = next((index for index in range(start + 1, len(blocks))
                if isinstance(blocks[index], Heading) and blocks[index].level == 1), len(blocks))
    return blocks[start + 1:end]


def test_the_october_report_in_english_reads_as_the_customer_sees_it(october: Database) -> None:  # noqa: F811
    data = _english(october)
    document = kpi_report.build_report(data, "Nordvik Service Desk AB")
    assert (document.title, document.subtitle, document.language) == (
        "Service levels in October 2026", "Service report · Fjällbacka Rederi AB · SLA-2026-0001, version 1", "en")
    assert (document.footer, document.footer_detail) == (
        "Service report SLA-2026-0001 2026-10", f"SHA-256 {data.credits.content_sha256}")
    assert (document.page_label, document.page_of_label) == ("Page", "of")
    assert document.keywords == "slamdesk report=SLA-2026-0001-2026-10 for=SLA-2026-0001 period=2026-10 version=1"
    headings = [(block.number, block.text) for block in document.blocks if isinstance(block, Heading)]
    assert headings == [
        ("1", "Summary"), ("2", "Compliance per service and priority"), ("2.1", "Servicedesk: Silver, Göteborg"),
        ("2.2", "Nätverksövervakning: Guld, Fjällbacka hamn"), ("3", "Breaches"), ("4", "Service credits"),
        ("5", "Customer experience"), ("6", "Review and adjust")]
    assert [block.level for block in document.blocks if isinstance(block, Heading)] == [1, 1, 2, 2, 1, 1, 1, 1]
    assert _section(document, "Summary") == [KeyValues((
        ("Agreement", "SLA-2026-0001, version 1"), ("Provider", "Nordvik Service Desk AB"),
        ("Customer", "Fjällbacka Rederi AB"), ("Period", "October 2026"),
        ("Figures", "provisional: the period is not closed yet"), ("Targets met", "4 of 8 ticket targets (50%)"),
        ("Availability, Servicedesk", "100% (goal 99.5%)"), ("Availability, Nätverksövervakning", "99.799% (goal 99.95%)"),
        ("Service credits", "€165.60"), ("Customer experience", "The requirements record no experience goals.")))]
    compliance = _section(document, "Compliance per service and priority")
    desk_table, desk_share, desk_available = compliance[1:4]
    assert desk_table == Table(
        headers=("Priority", "Response", "Resolution", "Tickets"),
        rows=(("P1 Critical", "75% (3/4)", "25% (1/4)", "4"), ("P2 High", "–", "–", "0"), ("P3 Normal", "–", "–", "0")),
        widths=(1.6, 1.4, 1.4, 0.8), numeric_columns=(1, 2, 3))
    assert desk_share == Chart(
        "Servicedesk: targets met, last 12 periods (%)", MONTHS, (None,) * 11 + (50.0,), target=95.0,
        target_label="goal 95%", low=0.0, value_texts=("",) * 11 + ("50",), axis_texts=("0", "50", "100"))
    assert desk_available == Chart(
        "Servicedesk: availability, last 12 periods (%)", MONTHS, (100.0,) * 12, target=99.5, target_label="goal 99.5%",
        low=95.0, value_texts=("100",) * 12, axis_texts=("95", "97.5", "100"))
    network_table, network_share, network_available = compliance[5:8]
    assert network_table.rows == (("P1 Critical", "–", "–", "0"), ("P2 High", "–", "–", "0"))
    assert (network_share.values, network_share.value_texts) == (NONE_12, ("",) * 12)
    assert network_available == Chart(
        "Nätverksövervakning: availability, last 12 periods (%)", MONTHS, (100.0,) * 11 + (99.799,), target=99.95,
        target_label="goal 99.95%", low=95.0, value_texts=("100",) * 11 + ("99.799",), axis_texts=("95", "97.5", "100"))
    assert _section(document, "Breaches") == [Table(
        headers=("Ticket", "Service", "Priority", "Target", "Time used", "Allowed"),
        rows=(("T-1", "Servicedesk", "P1 Critical", "Resolution", "3\xa0hr", "2\xa0hr"),
              ("T-2", "Servicedesk", "P1 Critical", "Resolution", "2\xa0hr\xa010\xa0min", "2\xa0hr"),
              ("T-4", "Servicedesk", "P1 Critical", "Response", "183\xa0hr", "30\xa0min"),
              ("T-4", "Servicedesk", "P1 Critical", "Resolution", "183\xa0hr", "2\xa0hr")),
        widths=(1.2, 1.6, 1.3, 1.0, 1.0, 1.0), numeric_columns=(4, 5))]
    credits = _section(document, "Service credits")
    assert len(credits) == 1 and isinstance(credits[0], Table) and credits[0].footer_rows[0][-1] == "€165.60"
    assert _section(document, "Customer experience") == [
        KeyValues((("Satisfaction (share of 4 and 5 of 5)", "– from 0 answers; no goal recorded"),
                   ("Effort (mean of 1 to 7, lower is easier)", "– from 0 answers; no goal recorded"))),
        Paragraph("The requirements record no experience goals.")]
    assert _section(document, "Review and adjust") == [
        Paragraph("No target was consistently missed or over-delivered in the last closed periods.")]


def test_a_closed_period_says_when_it_was_closed_and_its_export_records_the_verdict(
    october: Database, people: dict[str, Actor], tmp_path: Path,  # noqa: F811
) -> None:
    periods.close_period(october, people["budi"], NUMBER, OCTOBER, AFTER_OCTOBER)
    data = _english(october)
    assert data.figures.closed_at is not None
    closed = data.figures.closed_at.date()
    document = kpi_report.build_report(data, "Nordvik")
    assert ("Figures", f"closed on {closed:%B} {closed.day}, {closed.year}") in _section(document, "Summary")[0].rows
    written = kpi_report.export_report(october, people["linh"], NUMBER, OCTOBER, AFTER_OCTOBER, ("docx",),
                                       out_dir=tmp_path / "elsewhere")
    assert [file.path for file in written] == [tmp_path / "elsewhere" / "KPI-SLA-2026-0001-2026-10.docx"]
    with october.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "report.export")).one()
    detail = json.loads(event.detail)
    assert (detail["closed"], detail["experience"], detail["period"]) == (True, "no_goal", "2026-10")


def test_the_report_names_the_provider_as_signed_even_after_the_setting_changed(
    october: Database, people: dict[str, Actor], tmp_path: Path,  # noqa: F811
) -> None:
    set_setting(october, people["admin"], PROVIDER_NAME, "Renamed AB")
    written = kpi_report.export_report(october, people["linh"], NUMBER, OCTOBER, AFTER_OCTOBER, ("docx",),
                                       out_dir=tmp_path)
    opened = docx.Document(str(written[0].path))
    rows = [tuple(cell.text for cell in row.cells) for table in opened.tables for row in table.rows]
    assert ("Leverantör", "Nordvik Service Desk AB") in rows and not any("Renamed AB" in cell for row in rows for cell in row)


def test_a_made_up_person_is_refused_before_the_agreement_is_looked_up(october: Database, tmp_path: Path) -> None:  # noqa: F811
    nobody = Actor(id=999, username="mallory", display_name="Mallory", role=Role.ADMINISTRATOR)
    with pytest.raises(PermissionDenied):
        kpi_report.export_report(october, nobody, "SLA-1999-0001", OCTOBER, AFTER_OCTOBER, out_dir=tmp_path / "out")
    with pytest.raises(PermissionDenied):
        kpi_report.export_reports(october, nobody, OCTOBER, AFTER_OCTOBER)
    assert not (tmp_path / "out").exists()
    with pytest.raises(NotFoundError, match="SLA-1999-0001"):
        kpi_report.report_data(october, "SLA-1999-0001", OCTOBER, AFTER_OCTOBER)


def test_the_trend_has_no_bar_for_the_month_that_ends_the_day_the_version_starts(october: Database) -> None:  # noqa: F811
    trend = kpi_report.report_data(october, NUMBER, periods.period("2025-03"), AFTER_OCTOBER).trend
    assert [(item.name, figures is None) for item, figures in trend[:2]] == [("2024-04", True), ("2024-05", False)]
    assert [item.name for item, _figures in trend] == [f"{year}-{month:02d}" for year, month in
                                                       [(2024, m) for m in range(4, 13)] + [(2025, m) for m in range(1, 4)]]


def test_the_trend_of_a_year_or_a_quarter_is_labelled_by_its_name(october: Database) -> None:  # noqa: F811
    years = kpi_report.trend_periods(periods.period("2026"))
    assert [item.name for item in years] == [str(year) for year in range(2015, 2027)]
    quarters = kpi_report.trend_periods(periods.period("2025-Q1"))
    assert [item.name for item in quarters][:5] == ["2022-Q2", "2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2"]
    data = _english(october, periods.period("2026-Q3"))
    document = kpi_report.build_report(data, "Nordvik")
    chart = next(block for block in document.blocks if isinstance(block, Chart))
    assert chart.labels == tuple(f"Q{(quarter - 1) % 4 + 1} {2023 + (quarter - 1) // 4}" for quarter in range(4, 16))
    months = kpi_report.trend_periods(periods.period("2027-01"))
    assert [item.name for item in months][:2] == ["2026-02", "2026-03"] and months[-1].name == "2027-01"


def _outage(db: Database, key: str, start: dt.datetime, end: dt.datetime, run: int) -> None:
    with db.unit_of_work() as session:
        session.add(Outage(source="test", external_id=key, agreement_id=_agreement_id(db), service="Network monitoring",
                           started_at=start, ended_at=end, import_id=run))


def test_the_availability_chart_starts_below_the_lowest_month_and_never_below_zero(
    october: Database, people: dict[str, Actor],  # noqa: F811
) -> None:
    run = _import(october, people["anna"])
    # down for 15 of September's 30 days: 50 % available, the axis starts one point below, at 49
    _outage(october, "HALF", dt.datetime(2026, 8, 31, 22, tzinfo=dt.UTC), dt.datetime(2026, 9, 15, 22, tzinfo=dt.UTC), run)
    document = kpi_report.build_report(_english(october), "Nordvik")
    network = [block for block in document.blocks if isinstance(block, Chart)][3]
    assert network.values[-2] == 50.0 and (network.low, network.axis_texts) == (49.0, ("49", "74.5", "100"))
    # down all of August too: the axis starts at zero, not one below
    _outage(october, "ALL", dt.datetime(2026, 7, 31, 22, tzinfo=dt.UTC), dt.datetime(2026, 8, 31, 22, tzinfo=dt.UTC), run)
    document = kpi_report.build_report(_english(october), "Nordvik")
    network = [block for block in document.blocks if isinstance(block, Chart)][3]
    assert network.values[-3] == 0.0 and (network.low, network.axis_texts) == (0.0, ("0", "50", "100"))


def _tally(priority: str, kind: TargetKind, counted: int, met: int) -> periods.Compliance:
    return periods.Compliance(priority=priority, kind=kind, counted=counted, met=met, p90=None, target=None)


def test_shares_are_rounded_to_one_decimal_and_a_line_without_a_site_is_named_without_one(october: Database) -> None:  # noqa: F811
    data = _english(october)
    desk, network = data.figures.lines
    # 1 of 16 targets met: 6.25 %, written half up as 6.3 %; 2 of 3 in the chart: 66.7
    desk = dataclasses.replace(desk, site="", compliance=(
        _tally("P1", TargetKind.RESPONSE, 3, 1), _tally("P1", TargetKind.RESOLUTION, 2, 1),
        _tally("P2", TargetKind.RESOLUTION, 11, 0)))
    figures = dataclasses.replace(data.figures, lines=(desk, network))
    trend = (*data.trend[:-1], (OCTOBER, figures))
    document = kpi_report.build_report(dataclasses.replace(data, figures=figures, trend=trend), "Nordvik")
    assert ("Targets met", "2 of 16 ticket targets (12.5%)") in _section(document, "Summary")[0].rows
    compliance = _section(document, "Compliance per service and priority")
    assert compliance[0] == Heading("Servicedesk: Silver", 2, "2.1")
    assert compliance[1].rows == (("P1 Critical", "33.3% (1/3)", "50% (1/2)", "3"), ("P2 High", "", "0% (0/11)", "11"))
    assert compliance[2].values[-1] == 12.5 and compliance[2].value_texts[-1] == "12.5"
    one_of_three = dataclasses.replace(desk, compliance=(_tally("P1", TargetKind.RESPONSE, 3, 2),
                                                         _tally("P1", TargetKind.RESOLUTION, 16, 1)))
    figures = dataclasses.replace(data.figures, lines=(one_of_three, network))
    document = kpi_report.build_report(
        dataclasses.replace(data, figures=figures, trend=(*data.trend[:-1], (OCTOBER, figures))), "Nordvik")
    assert ("Targets met", "3 of 19 ticket targets (15.8%)") in _section(document, "Summary")[0].rows
    share = _section(document, "Compliance per service and priority")[2]
    assert share.values[-1] == 15.8 and share.value_texts[-1] == "15.8"
    sixteenth = dataclasses.replace(desk, compliance=(_tally("P1", TargetKind.RESPONSE, 16, 1),))
    figures = dataclasses.replace(data.figures, lines=(sixteenth, network))
    summary = _section(kpi_report.build_report(dataclasses.replace(data, figures=figures), "Nordvik"), "Summary")[0]
    assert ("Targets met", "1 of 16 ticket targets (6.3%)") in summary.rows


def _measure(ticket: str, kind: TargetKind, target: int, used: int) -> Measure:
    return Measure(ticket=ticket, priority="P2", kind=kind, target=target, used=used,
                   due=dt.datetime(2026, 10, 5, tzinfo=dt.UTC), state=State.BREACHED, escalation=None)


@pytest.mark.parametrize(("language", "words"), [
    ("en", ("0\xa0min", "1\xa0min", "2\xa0min", "1\xa0hr", "1\xa0hr\xa02\xa0min", "25\xa0hr")),
    ("sv", ("0\xa0min", "1\xa0min", "2\xa0min", "1\xa0tim", "1\xa0tim\xa02\xa0min", "25\xa0tim")),
    ("uk", ("0\xa0хв", "1\xa0хв", "2\xa0хв", "1\xa0год", "1\xa0год\xa02\xa0хв", "25\xa0год")),
])
def test_a_breachs_times_are_whole_minutes_and_hours_that_never_wrap(
    october: Database, language: str, words: tuple[str, ...],  # noqa: F811
) -> None:
    data = kpi_report.report_data(october, NUMBER, OCTOBER, AFTER_OCTOBER)
    row = data.breaches[0][0]
    breaches = ((row, _measure("X-1", TargetKind.RESPONSE, 0, 89)),  # nothing allowed, a minute and a half used
                (row, _measure("X-2", TargetKind.RESOLUTION, 91, 3599)),  # 59.98 minutes are an hour
                (row, _measure("X-3", TargetKind.RESOLUTION, 3690, 90000)))  # 61.5 minutes; 25 hours
    document = kpi_report.build_report(dataclasses.replace(data, language=language, breaches=breaches), "Nordvik")
    table = next(block for block in document.blocks if isinstance(block, Table) and len(block.headers) == 6)
    assert [(row[0], row[4], row[5]) for row in table.rows] == [
        ("X-1", words[1], words[0]), ("X-2", words[3], words[2]), ("X-3", words[5], words[4])]


def _judged(goal: str | None, measured: str | None, answers: int, verdict: experience.Verdict) -> experience.Judged:
    return experience.Judged(None if goal is None else Decimal(goal), None if measured is None else Decimal(measured),
                             answers, verdict)


@pytest.mark.parametrize(("targets_met", "effort", "verdict"), [
    (True, experience.Verdict.MISSED, "Green outside, red inside: every target was met, but the customer's experience "
                                      "missed its goal."),
    (False, experience.Verdict.MISSED, "The customer's experience missed its goal."),
    (False, experience.Verdict.TOO_FEW, "Too few survey answers (fewer than 10) to judge the experience goals."),
    (False, experience.Verdict.MET, "The customer's experience goals were met."),
])
def test_the_experience_check_shows_each_goal_what_was_measured_and_the_verdict(
    october: Database, targets_met: bool, effort: experience.Verdict, verdict: str,  # noqa: F811
) -> None:
    data = _english(october)
    check = experience.ExperienceCheck(NUMBER, "2026-10", _judged("80", None, 0, experience.Verdict.NO_GOAL),
                                       _judged("3.5", "4.25", 12, effort), targets_met)
    document = kpi_report.build_report(dataclasses.replace(data, check=check), "Nordvik")
    assert _section(document, "Customer experience") == [
        KeyValues((("Satisfaction (share of 4 and 5 of 5)", "– from 0 answers; goal 80%"),
                   ("Effort (mean of 1 to 7, lower is easier)", "4.25 from 12 answers; goal 3.5"))),
        Paragraph(verdict)]
    assert ("Customer experience", verdict) in _section(document, "Summary")[0].rows
    no_goal = experience.ExperienceCheck(NUMBER, "2026-10", _judged(None, "91.5", 11, experience.Verdict.NO_GOAL),
                                         _judged(None, "2", 11, experience.Verdict.NO_GOAL), targets_met)
    shown = _section(kpi_report.build_report(dataclasses.replace(data, check=no_goal), "Nordvik"), "Customer experience")
    assert shown[0] == KeyValues((("Satisfaction (share of 4 and 5 of 5)", "91.5% from 11 answers; no goal recorded"),
                                  ("Effort (mean of 1 to 7, lower is easier)", "2 from 11 answers; no goal recorded")))


def test_each_suggestion_says_what_was_missed_or_over_delivered_and_what_it_would_cost(october: Database) -> None:  # noqa: F811
    data = _english(october)
    suggestions = (
        Suggestion(1, "Service desk", "Silver", "consistently missed", "P1 response", ("2026-10", "2026-09"), "Gold",
                   Decimal("900.00"), Decimal("250.00")),
        Suggestion(2, "Network monitoring", "Gold", "over-delivered", "availability", ("2026-10",), None, None, None),
    )
    document = kpi_report.build_report(dataclasses.replace(data, suggestions=suggestions), "Nordvik")
    assert _section(document, "Review and adjust") == [Table(
        headers=("#", "Service", "Finding", "Suggested level", "Monthly difference"),
        rows=(("1", "Servicedesk", "P1 response missed in 2026-10, 2026-09", "Gold", "€250.00"),
              ("2", "Nätverksövervakning", "Availability over-delivered in 2026-10", "–", "–")),
        widths=(0.3, 1.4, 2.6, 1.2, 1.2), numeric_columns=(0, 4))]


def _break_seal(db: Database, number: str) -> None:
    with raw(db) as connection:  # an attacker with the database in hand
        connection.drop_triggers()
        connection.execute(
            "UPDATE agreement_version SET content_json = replace(content_json, '\"title\":', '\"title\":\"X\",\"_\":') "
            "WHERE agreement_id = (SELECT id FROM agreement WHERE number = ?)", (number,))


def test_the_batch_goes_in_number_order_reports_a_refusal_and_stops_when_cancelled(
    october: Database, people: dict[str, Actor],  # noqa: F811
) -> None:
    _break_seal(october, "SLA-2026-0002")
    told: list[tuple[int, int, str]] = []
    batch = kpi_report.export_reports(
        october, people["linh"], OCTOBER, AFTER_OCTOBER, ("docx",),
        should_cancel=lambda: any(number == "SLA-2026-0002" for _done, _total, number in told),
        progress=lambda done, total, number: told.append((done, total, number)))
    # signed or active only, in number order; the two that ended before October are left out
    assert told == [(0, 5, "SLA-2024-0002"), (1, 5, "SLA-2024-0003"), (2, 5, "SLA-2026-0001"), (3, 5, "SLA-2026-0002"),
                    (5, 5, "")]
    assert batch.ended == ["SLA-2024-0002", "SLA-2024-0003"] and batch.written == ["SLA-2026-0001"]
    assert [(number, "no longer matches the seal" in said) for number, said in batch.errors] == [("SLA-2026-0002", True)]
    assert (batch.cancelled, batch.not_started) == (True, 1)
    with october.read() as session:
        events = [json.loads(detail) for detail in session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == "report.export"))]
    assert [(event["number"], sorted(event["files"])) for event in events] == [("SLA-2026-0001", ["docx"])]  # as asked


def test_a_batch_without_progress_or_cancel_writes_both_formats_of_every_report_monitored(
    october: Database, people: dict[str, Actor],  # noqa: F811
) -> None:
    with october.unit_of_work() as session:  # only SLA-2026-0003 still signed: the others drafts again
        ids = session.scalars(select(Agreement.id).where(Agreement.number != "SLA-2026-0003")).all()
    with raw(october) as connection:
        connection.drop_triggers()
        for agreement_id in ids:
            connection.execute("UPDATE agreement_version SET status = 'draft' WHERE agreement_id = ?", (agreement_id,))
    batch = kpi_report.export_reports(october, people["linh"], OCTOBER, AFTER_OCTOBER)
    assert dataclasses.astuple(batch) == (["SLA-2026-0003"], [], [], False, 0)
    with october.read() as session:
        detail = json.loads(session.scalars(select(AuditEvent.detail).where(AuditEvent.action == "report.export")).one())
    assert sorted(detail["files"]) == ["docx", "pdf"]
    (word,) = [path for _period, fmt, path, _sha in period_documents.listed(october, "SLA-2026-0003", "report")
               if fmt == "docx"]
    assert docx.Document(word).paragraphs[0].text == "Tingkat layanan pada Oktober 2026"  # its own language, Indonesian
    with october.read() as session:
        assert session.scalars(select(AgreementVersion.status).where(AgreementVersion.agreement_id.in_(ids))).all() == [
            "draft"] * len(ids)


def test_an_amended_agreements_trend_has_bars_only_from_the_amendments_start(october: Database) -> None:  # noqa: F811
    with october.unit_of_work() as session:
        first = session.scalars(select(AgreementVersion).join(Agreement).where(Agreement.number == NUMBER)).one()
        admin = session.scalars(select(User.id).where(User.username == "admin")).one()
        amendment = AgreementVersion(agreement_id=first.agreement_id, version_no=2, status="signed",
                                     start_date=dt.date(2026, 7, 1), end_date=first.end_date, author_id=admin,
                                     row_version=1, **{column: getattr(first, column) for column in TERM_COLUMNS})
        session.add(amendment)
        session.flush()
        for line in session.scalars(select(AgreementLine).where(AgreementLine.version_id == first.id)).all():
            session.add(AgreementLine(version_id=amendment.id, **{
                column.key: getattr(line, column.key) for column in AgreementLine.__table__.columns
                if column.key not in ("id", "version_id")}))
    data = kpi_report.report_data(october, NUMBER, OCTOBER, AFTER_OCTOBER)
    assert data.figures.version_no == 2
    assert [(item.name, figures is None) for item, figures in data.trend[6:9]] == [
        ("2026-05", True), ("2026-06", True), ("2026-07", False)]


def test_the_report_carries_the_reviews_suggestions_once_a_closed_period_shows_one(
    october: Database, people: dict[str, Actor],  # noqa: F811
) -> None:
    run = _import(october, people["anna"])
    with october.unit_of_work() as session:
        for n in range(6):  # P2 network tickets answered and resolved in minutes: Gold over-delivered
            session.add(Ticket(source="test", external_id=f"N-{n}", agreement_id=_agreement_id(october),
                               service="Network monitoring", priority="P2", created_at=at(5 + n, 10),
                               first_response_at=at(5 + n, 10, 1), resolved_at=at(5 + n, 10, 5), import_id=run))
    periods.close_period(october, people["budi"], NUMBER, OCTOBER, AFTER_OCTOBER)
    document = kpi_report.build_report(_english(october), "Nordvik")
    (table,) = _section(document, "Review and adjust")
    assert isinstance(table, Table) and sorted(row[2] for row in table.rows) == [
        "P2 resolution over-delivered in 2026-10", "P2 response over-delivered in 2026-10"]
    assert {row[3:] for row in table.rows} == {("Silver", "-€976.00")}
