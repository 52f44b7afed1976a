"""The KPI report: its figures, charts and sections, read back from the PDF and the DOCX in five languages."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import zipfile
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from slamdesk.cli import main
from slamdesk.core.db import Database
from slamdesk.core.monitoring import kpi_report, periods
from slamdesk.core.renewals.periodic_review import HeldReview, record_review
from slamdesk.core.roles import Actor
from slamdesk.documents import charts, docx as docx_renderer, pdf as pdf_renderer
from slamdesk.documents.tree import Chart, Heading, KeyValues
from slamdesk.models import AuditEvent, RegisterDocument
from tests.core.monitoring.test_periods import AFTER_OCTOBER, NUMBER, OCTOBER, october  # noqa: F401 (a fixture)


def test_the_trend_is_the_last_twelve_periods_of_the_same_kind() -> None:
    months = kpi_report.trend_periods(periods.period("2026-10"))
    assert [item.name for item in months][:3] == ["2025-11", "2025-12", "2026-01"] and months[-1].name == "2026-10"
    quarters = kpi_report.trend_periods(periods.period("2026-Q3"))
    assert [item.name for item in quarters][0] == "2023-Q4" and quarters[-1].name == "2026-Q3" and len(quarters) == 12
    assert [item.name for item in kpi_report.trend_periods(periods.period("2026"))][0] == "2015"


def test_the_report_gathers_the_periods_figures_credits_breaches_and_trend(october: Database) -> None:  # noqa: F811
    data = kpi_report.report_data(october, NUMBER, OCTOBER, AFTER_OCTOBER)
    assert data.figures.closed_at is None and data.language == "sv" and data.customer == "Fjällbacka Rederi AB"
    assert data.credits.total == Decimal("165.60")  # 99.799 % of 99.95 %: 10 % of 1,656.00
    assert sorted((item.ticket, str(item.kind)) for _row, item in data.breaches) == [  # the four of test_periods
        ("T-1", "resolution"), ("T-2", "resolution"), ("T-4", "resolution"), ("T-4", "response")]
    assert {row.service_name for row, _item in data.breaches} == {"Service desk"}
    assert [item.name for item, _ in data.trend][-1] == "2026-10" and data.trend[-1][1] == data.figures
    assert all(figures is not None for _item, figures in data.trend)  # it started on 1 May 2024: a bar for each month
    quarters = kpi_report.report_data(october, NUMBER, periods.period("2026-Q3"), AFTER_OCTOBER).trend
    assert [(item.name, figures is None) for item, figures in quarters[:3]] == [
        ("2023-Q4", True), ("2024-Q1", True), ("2024-Q2", False)]  # no bars before it started


LANGUAGES = {
    "en": ("Service levels in October 2026", "Breaches", "Service credits", "€165.60"),
    "sv": ("Servicenivåer under oktober 2026", "Avvikelser", "Servicekrediter", "165,60 €"),
    "vi": ("Mức dịch vụ trong kỳ tháng 10 năm 2026", "Vi phạm", "Khoản bồi hoàn dịch vụ", "165,60 €"),
    "id": ("Tingkat layanan pada Oktober 2026", "Pelanggaran", "Kredit layanan", "€165,60"),
    "uk": ("Рівні послуг за жовтень 2026 р.", "Порушення", "Сервісні кредити", "165,60 EUR"),
}


def _flat(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").replace("\u202f", " ").split())


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_report_reads_back_in_the_agreements_language_with_its_charts(
    october: Database, tmp_path: Path, language: str,  # noqa: F811
) -> None:
    data = dataclasses.replace(kpi_report.report_data(october, NUMBER, OCTOBER, AFTER_OCTOBER), language=language)
    document = kpi_report.build_report(data, "Nordvik Service Desk AB")
    assert sum(isinstance(block, Chart) for block in document.blocks) == 4  # two lines, two trends each
    pdf_renderer.render(document, tmp_path / "r.pdf")
    docx_renderer.render(document, tmp_path / "r.docx")
    title, breaches, credits, total = LANGUAGES[language]
    pdf_text = _flat(" ".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages))
    opened = docx.Document(str(tmp_path / "r.docx"))
    cells = [cell.text for table in opened.tables for row in table.rows for cell in row.cells]
    docx_text = _flat(" ".join([paragraph.text for paragraph in opened.paragraphs] + cells))
    for text in (pdf_text, docx_text):
        assert title in text and breaches in text and credits in text and total in text
        assert "T-4" in text and "T-2" in text  # the breaches by ticket id
        assert "Fjällbacka Rederi AB" in text and f"{NUMBER}, " in text
        # the lines as the Swedish agreement names them, whatever language the report's words are in
        assert "Servicedesk: Silver, Göteborg" in text and "Nätverksövervakning: Guld" in text
        assert "Service desk" not in text and "Network monitoring" not in text
    assert "99,799" in pdf_text.replace(".", ",")  # the chart's bar for October, drawn as text in the PDF
    assert len(opened.inline_shapes) == 4
    with zipfile.ZipFile(tmp_path / "r.docx") as package:
        pictures = [name for name in package.namelist() if name.startswith("word/media/")]
        image = Image.open(io.BytesIO(package.read(pictures[0])))
    assert image.size == (int(charts.WIDTH * 3), int(charts.HEIGHT * 3))
    red = {colour: count for count, colour in image.getcolors(1 << 20)}.get((0xC5, 0x30, 0x30), 0)
    assert red > 1000  # October's Service desk share is under 95 %: a red bar


def test_a_chart_draws_no_bar_where_nothing_was_measured_and_colours_the_misses() -> None:
    chart = Chart("T", ("a", "b", "c"), (None, 99.0, 100.0), target=99.5, low=95)
    bars = charts._bars(chart)  # noqa: SLF001
    assert [(colour, text) for _x, _w, _h, colour, text in bars] == [(charts.MISSED, "99"), (charts.MET, "100")]
    heights = [height for _x, _w, height, _c, _t in bars]
    assert heights[1] > heights[0] > 0
    written = Chart("T", ("a",), (99.5,), value_texts=("99,5",), axis_texts=("95", "97,5", "100"), low=95)
    assert charts._bars(written)[0][4] == "99,5" and charts._axis(written)[1] == (0.5, "97,5")  # noqa: SLF001
    assert charts._y(Chart("T", (), (), low=95), 10, 100) == 0  # below the axis: no negative bar  # noqa: SLF001


def test_the_report_goes_into_the_register_and_the_command_line_writes_it(
    october: Database, people: dict[str, Actor], capsys: pytest.CaptureFixture[str],  # noqa: F811
) -> None:
    periods.close_period(october, people["budi"], NUMBER, OCTOBER, AFTER_OCTOBER)
    written = kpi_report.export_report(october, people["linh"], NUMBER, OCTOBER, AFTER_OCTOBER)
    assert [file.path.name for file in written] == ["KPI-SLA-2026-0001-2026-10.pdf", "KPI-SLA-2026-0001-2026-10.docx"]
    assert written[0].path.parent.name == "reports"
    with october.read() as session:
        kinds = session.execute(select(RegisterDocument.kind, RegisterDocument.period, RegisterDocument.sha256)
                                .where(RegisterDocument.kind == "report")).all()
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "report.export")).one()
    assert sorted(kinds) == sorted(("report", "2026-10", file.sha256) for file in written)
    assert json.loads(event.detail)["closed"] is True
    assert main(["--db", str(october.target), "--user", "linh", "report", NUMBER, "--period", "2026-10", "--format", "pdf"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("pdf\t") and "KPI-SLA-2026-0001-2026-10-2.pdf" in out  # never overwritten
    assert main(["--db", str(october.target), "report", NUMBER, "--period", "2026-13"]) == 1


def test_a_report_of_a_period_before_any_ticket_says_so(october: Database) -> None:  # noqa: F811
    data = kpi_report.report_data(october, NUMBER, periods.period("2026-02"), dt.datetime(2026, 3, 5, tzinfo=dt.UTC))
    document = kpi_report.build_report(dataclasses.replace(data, language="en"), "Nordvik")
    texts = [getattr(block, "text", "") for block in document.blocks]
    assert "No ticket missed its target in February 2026." in texts
    summary = next(block for block in document.blocks if getattr(block, "rows", None) and block.rows[0][0] == "Agreement")
    assert ("Targets met", "no ticket in the period") in summary.rows


def test_the_periodic_reviews_held_in_the_period_go_into_its_report(
    october: Database, people: dict[str, Actor], tmp_path: Path,  # noqa: F811
) -> None:
    before = kpi_report.build_report(kpi_report.report_data(october, NUMBER, OCTOBER, AFTER_OCTOBER), "Nordvik")
    headings = [block.text for block in before.blocks if isinstance(block, Heading) and block.level == 1]
    assert len(headings) == 6 and headings[-1] == "Granska och justera"  # none held: no section
    record_review(october, people["anna"], NUMBER, held_on=dt.date(2026, 9, 30), attendees=["Anna"], decision="keep",
                  notes="September's review")
    record_review(october, people["anna"], NUMBER, held_on=dt.date(2026, 10, 1), attendees=["Anna", "Ірина Коваль"],
                  decision="change_level", notes="Gold for the desk.\nFrom January.")
    record_review(october, people["anna"], NUMBER, held_on=dt.date(2026, 10, 31), attendees=["Budi"], decision="keep")
    record_review(october, people["anna"], NUMBER, held_on=dt.date(2026, 11, 1), attendees=["Linh"], decision="keep",
                  notes="November's review")
    data = dataclasses.replace(kpi_report.report_data(october, NUMBER, OCTOBER, AFTER_OCTOBER), language="uk")
    assert [review.held_on.day for review in data.reviews] == [1, 31]  # the first and last day of October only
    document = kpi_report.build_report(data, "Nordvik")
    last = document.blocks[-3:]
    assert isinstance(last[0], Heading) and (last[0].number, last[0].text) == ("7", "Проведені періодичні перегляди")
    assert isinstance(last[1], KeyValues) and last[1].rows == (
        ("Дата", "1 жовтня 2026\u202fр."), ("Учасники", "Anna, Ірина Коваль"), ("Рішення", "змінити рівень обслуговування"),
        ("Нотатки", "Gold for the desk.\nFrom January."))
    assert isinstance(last[2], KeyValues) and last[2].rows[2] == ("Рішення", "залишити угоду без змін")
    assert len(last[2].rows) == 3  # no notes: no empty row
    pdf_renderer.render(document, tmp_path / "r.pdf")
    docx_renderer.render(document, tmp_path / "r.docx")
    pdf_text = _flat(" ".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages))
    opened = docx.Document(str(tmp_path / "r.docx"))
    docx_text = _flat(" ".join([paragraph.text for paragraph in opened.paragraphs]
                               + [cell.text for table in opened.tables for row in table.rows for cell in row.cells]))
    for text in (pdf_text, docx_text):
        assert "Gold for the desk. From January." in text and "Ірина Коваль" in text
        assert "September's review" not in text and "November's review" not in text


def test_a_review_that_led_to_an_amendment_names_its_version(october: Database, people: dict[str, Actor]) -> None:  # noqa: F811
    data = kpi_report.report_data(october, NUMBER, OCTOBER, AFTER_OCTOBER)
    held = HeldReview(NUMBER, dt.date(2026, 10, 5), ("Anna",), "amend_terms", "", 3, "Anna")
    document = kpi_report.build_report(dataclasses.replace(data, language="en", reviews=(held,)), "Nordvik")
    assert document.blocks[-1] == KeyValues((("Held on", "October 5, 2026"), ("Attended", "Anna"), ("Decided", "amend the terms"),
                                             ("Amendment", "version 3")))
