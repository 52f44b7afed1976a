"""Service credits per period, and the credit note in the register.

The demo's SLA-2026-0001 line 2 (Network monitoring, Gold) commits to 99.95 % availability for
1,656.00 EUR a month; its schedule (``credits.schedule_for``, steps of the 0.1-point smallest
allowance): 5 % from 99.85 to below 99.95, 10 % from 99.65, 20 % from 99.05, 30 % below. The ``october`` fixture takes it down 1.5 hours.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from sqlalchemy import select, update

from slamdesk.core import audit, register
from slamdesk.core.db import Database
from slamdesk.core.errors import FrozenError, ValidationError
from slamdesk.core.monitoring import credit_export, credit_note, credits_owed, periods
from slamdesk.core.roles import Actor
from slamdesk.documents import docx as docx_renderer, pdf as pdf_renderer
from slamdesk.models import AuditEvent, Outage, RegisterDocument
from tests.core.monitoring.test_periods import AFTER_OCTOBER, NUMBER, OCTOBER, october  # noqa: F401 (a fixture)
from tests.raw import raw

FEE = Decimal("1656.00")


def _line(availability: str, target: str = "99.95") -> periods.LineFigures:
    return periods.LineFigures(2, "Network monitoring", "Gold", "", "24x7", 0, (), 0, Decimal(availability), Decimal(target))


# The arithmetic ---------------------------------------------------------------------------


@pytest.mark.parametrize(("availability", "share"), [
    ("100", None), ("99.95", None), ("99.949", "5"), ("99.85", "5"), ("99.849", "10"), ("99.65", "10"),
    ("99.649", "20"), ("99.05", "20"), ("99.049", "30"), ("0", "30"),
])
def test_the_band_the_measured_availability_falls_in_gives_the_share(availability: str, share: str | None) -> None:
    credit = credits_owed.line_credit(_line(availability), FEE, 1, "EUR")
    if share is None:
        assert credit.band is None and credit.amount == Decimal("0.00") and credit.shortfall == 0
    else:
        assert credit.band is not None and credit.band.credit_pct == Decimal(share)
        assert credit.amount == (FEE * Decimal(share) / 100).quantize(Decimal("0.01"))
        assert credit.shortfall == Decimal("99.95") - Decimal(availability)
    assert not credit.capped  # the standard schedule's worst band is the cap


def test_the_fee_of_a_quarter_or_a_year_is_three_or_twelve_months() -> None:
    assert [credits_owed.months_in(periods.period(name)) for name in ("2026-02", "2026-Q4", "2026")] == [1, 3, 12]
    credit = credits_owed.line_credit(_line("99.93"), FEE, 3, "EUR")
    assert (credit.period_fee, credit.amount) == (Decimal("4968.00"), Decimal("248.40"))


def test_a_credit_is_rounded_once_to_the_currencys_minor_unit() -> None:
    assert credits_owed.line_credit(_line("99.93"), Decimal("10.10"), 1, "EUR").amount == Decimal("0.51")  # 0.505 half up
    assert credits_owed.line_credit(_line("99.93"), Decimal("333333"), 1, "VND").amount == Decimal("16667")  # no minor unit
    assert credits_owed.line_credit(_line("99.93"), Decimal("333333"), 1, "VND").amount.as_tuple().exponent == 0


# Per agreement and period -------------------------------------------------------------------


def test_an_open_period_gives_provisional_credits_and_a_closed_one_the_frozen_ones(
    october: Database, people: dict[str, Actor],  # noqa: F811
) -> None:
    provisional = credits_owed.credits_for(october, NUMBER, OCTOBER, AFTER_OCTOBER)
    assert provisional.provisional and provisional.currency == "EUR"
    desk, network = provisional.lines
    assert desk.band is None and desk.amount == 0
    assert network.availability == Decimal("99.799") and network.band is not None
    assert (network.band.credit_pct, network.monthly_fee, network.amount) == (Decimal(10), FEE, Decimal("165.60"))
    assert provisional.total == Decimal("165.60") and provisional.owed == (network,)
    periods.close_period(october, people["budi"], NUMBER, OCTOBER, AFTER_OCTOBER)
    with october.unit_of_work() as session:  # the outages corrected after closing: the closed figures stand
        session.execute(update(Outage).values(ended_at=Outage.started_at))
    closed = credits_owed.credits_for(october, NUMBER, OCTOBER, dt.datetime(2027, 1, 5, tzinfo=dt.UTC))
    assert not closed.provisional and closed.total == Decimal("165.60")
    shown = closed.to_json()
    assert shown["total"] == "165.60" and shown["provisional"] is False and shown["lines"][1]["band"]["credit_pct"] == "10"
    assert shown["content_sha256"] == closed.content_sha256 and len(closed.content_sha256) == 64


def test_a_quarter_is_measured_and_credited_as_a_whole(october: Database) -> None:  # noqa: F811
    quarter = credits_owed.credits_for(october, NUMBER, periods.period("2026-Q4"), dt.datetime(2027, 1, 5, tzinfo=dt.UTC))
    network = quarter.lines[1]
    assert network.period_fee == 3 * FEE and network.band is not None and network.band.credit_pct == 5
    assert network.amount == Decimal("248.40")


# The credit note -----------------------------------------------------------------------------


def _closed(db: Database, people: dict[str, Actor]) -> credits_owed.CreditStatement:
    periods.close_period(db, people["budi"], NUMBER, OCTOBER, AFTER_OCTOBER)
    return credits_owed.credits_for(db, NUMBER, OCTOBER, AFTER_OCTOBER)


def test_no_credit_note_is_made_from_a_period_not_closed(october: Database, people: dict[str, Actor], tmp_path: Path) -> None:  # noqa: F811
    with pytest.raises(ValidationError, match="not closed yet") as refused:
        credit_export.export_credit_note(october, people["anna"], NUMBER, OCTOBER, AFTER_OCTOBER, out_dir=tmp_path / "out")
    assert refused.value.field == "period" and not (tmp_path / "out").exists()


def test_the_credit_note_goes_into_the_register_recorded_audited_and_never_overwritten(
    october: Database, people: dict[str, Actor],  # noqa: F811
) -> None:
    _closed(october, people)
    first = credit_export.export_credit_note(october, people["anna"], NUMBER, OCTOBER, AFTER_OCTOBER)
    again = credit_export.export_credit_note(october, people["anna"], NUMBER, OCTOBER, AFTER_OCTOBER, ("pdf",))
    assert [file.path.name for file in first] == ["CN-SLA-2026-0001-2026-10.pdf", "CN-SLA-2026-0001-2026-10.docx"]
    assert first[0].path.parent.name == "credit-notes" and again[0].path.name == "CN-SLA-2026-0001-2026-10-2.pdf"
    assert all(file.path.exists() for file in first + again)
    noted = credit_export.credit_notes(october, NUMBER)
    assert [(period, fmt, sha) for period, fmt, _path, sha in noted] == [
        ("2026-10", file.format, file.sha256) for file in first + again]
    with october.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "credits.credit_note")
                                .order_by(AuditEvent.id)).first()
        assert event is not None
        detail = json.loads(event.detail)
        assert (detail["period"], detail["total"], detail["currency"]) == ("2026-10", "165.60", "EUR")
        assert detail["files"] == {"pdf": first[0].sha256, "docx": first[1].sha256}
        assert audit.verify_chain(session).intact
    # the register lists the agreement's own documents, not its credit notes
    row = next(row for row in register.list_agreements(october) if row.number == NUMBER)
    assert all("credit-notes" not in document.path for document in row.documents)


def test_the_credit_note_refuses_a_version_changed_outside_slamdesk(october: Database, people: dict[str, Actor]) -> None:  # noqa: F811
    _closed(october, people)
    with raw(october) as connection:  # an attacker with the database in hand
        connection.drop_triggers()
        connection.execute(
            "UPDATE agreement_version SET content_json = replace(content_json, '\"title\":', '\"title\":\"X\",\"_\":') "
            "WHERE agreement_id = (SELECT id FROM agreement WHERE number = ?)", (NUMBER,))
    with pytest.raises(FrozenError, match="no longer matches the seal"):
        credit_export.export_credit_note(october, people["anna"], NUMBER, OCTOBER, AFTER_OCTOBER)
    with october.read() as session:
        assert session.scalars(select(RegisterDocument).where(RegisterDocument.kind == "credit_note")).first() is None


LANGUAGES = {
    "en": ("Service credits for October 2026", "Total credit", "€165.60"),
    "sv": ("Servicekrediter för oktober 2026", "Total kredit", "165,60\xa0€"),
    "vi": ("Khoản bồi hoàn dịch vụ cho kỳ tháng 10 năm 2026", "Tổng bồi hoàn", "165,60\xa0€"),
    "id": ("Kredit layanan untuk Oktober 2026", "Total kredit", "€165,60"),
    "uk": ("Сервісні кредити за жовтень 2026 р.", "Загальний кредит", "165,60\xa0EUR"),
}


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_credit_note_reads_back_in_the_agreements_language(
    october: Database, people: dict[str, Actor], tmp_path: Path, language: str,  # noqa: F811
) -> None:
    statement = dataclasses.replace(_closed(october, people), language=language)
    document = credit_note.build_credit_note(statement, OCTOBER, "Nordvik Service Desk AB")
    pdf_renderer.render(document, tmp_path / "note.pdf")
    docx_renderer.render(document, tmp_path / "note.docx")
    title, total, amount = LANGUAGES[language]
    pdf_text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO((tmp_path / "note.pdf").read_bytes())).pages)
    opened = docx.Document(str(tmp_path / "note.docx"))
    cells = [cell.text for table in opened.tables for row in table.rows for cell in row.cells]
    words = " ".join([paragraph.text for paragraph in opened.paragraphs] + cells)
    for text in (words, " ".join(pdf_text.split())):
        flat = text.replace("\xa0", " ").replace("\u202f", " ")
        assert title in flat and total in flat and amount.replace("\xa0", " ") in flat
        assert "CN-SLA-2026-0001-2026-10" in flat and statement.content_sha256 in flat.replace(" ", "")
    assert f"{NUMBER}, " in words and "99,799" in words.replace(".", ",")


def test_a_credit_note_from_a_period_not_closed_cannot_be_built(october: Database) -> None:  # noqa: F811
    provisional = credits_owed.credits_for(october, NUMBER, OCTOBER, AFTER_OCTOBER)
    with pytest.raises(ValueError, match="closed period only"):
        credit_note.build_credit_note(provisional, OCTOBER, "Nordvik")


@pytest.mark.parametrize(("name", "language", "shown"), [
    ("2026-10", "en", "October 2026"), ("2026-Q4", "en", "Q4 2026"), ("2026-Q4", "sv", "K4 2026"), ("2026", "sv", "2026"),
    ("2026-03", "uk", "березень 2026\u202fр."), ("2026-10", "vi", "tháng 10 năm 2026"),
])
def test_a_period_is_named_in_the_documents_language(name: str, language: str, shown: str) -> None:
    assert credit_note.period_text(periods.period(name), language) == shown


def test_the_statement_as_json_names_every_figure(october: Database) -> None:  # noqa: F811
    statement = credits_owed.credits_for(october, NUMBER, OCTOBER, AFTER_OCTOBER)
    shown = statement.to_json()
    assert shown == {
        "number": NUMBER, "period": "2026-10", "version": 1, "content_sha256": statement.content_sha256,
        "customer": "Fjällbacka Rederi AB", "currency": "EUR", "provisional": True, "closed_at": None, "total": "165.60",
        "lines": [
            {"position": 1, "service": "Service desk", "level": "Silver", "site": "Göteborg", "availability": "100.000",
             "availability_target": "99.5", "shortfall": "0", "band": None, "monthly_fee": "2210.00",
             "period_fee": "2210.00", "credit": "0.00", "capped": False},
            {"position": 2, "service": "Network monitoring", "level": "Gold", "site": "Fjällbacka hamn",
             "availability": "99.799", "availability_target": "99.95", "shortfall": "0.151",
             "band": {"from": "99.65", "below": "99.85", "credit_pct": "10"}, "monthly_fee": "1656.00",
             "period_fee": "1656.00", "credit": "165.60", "capped": False},
        ],
    }
    assert statement.lines[1].shortfall == Decimal("0.151") and statement.lines[0].shortfall == 0


def test_a_closed_statement_says_when_it_was_closed(october: Database, people: dict[str, Actor]) -> None:  # noqa: F811
    closed = periods.close_period(october, people["budi"], NUMBER, OCTOBER, AFTER_OCTOBER)
    statement = credits_owed.credits_for(october, NUMBER, OCTOBER, AFTER_OCTOBER)
    assert statement.closed_at == closed.closed_at and statement.to_json()["closed_at"] == closed.closed_at.isoformat()
    with pytest.raises(periods.NotFoundError):
        credits_owed.statement(october, dataclasses.replace(closed, version_no=9), OCTOBER)
