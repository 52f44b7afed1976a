"""The credit note as the renderers draw it: every word, figure and column, from statements made by hand.

``test_credits_owed.py`` renders the demo's credit note to PDF and DOCX in every language and reads it back; these
tests pin the document tree itself (what the PDF and the DOCX both show, and the keywords a later reader finds it by),
for a note with a line under one unit, one cut to the cap, one met; one with every target met; one in Swedish.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from slamdesk.core.agreement_document import DocumentWords
from slamdesk.core.monitoring import credit_note, credits_owed, periods
from slamdesk.documents.credit_labels import credit_labels_for
from slamdesk.documents.tree import Document, KeyValues, Note, Paragraph, Table

SEAL = "ab" * 32
CLOSED = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
WIDTHS, NUMERIC = (0.3, 1.6, 0.8, 0.9, 1.1, 2.0, 1.1), (0, 2, 3, 4, 6)  # the service and band columns read as text
SETTLE = ("Amounts exclude tax. The credit is set off against the next invoice and is the customer's sole financial remedy "
          "for the misses shown.")
HEADERS = ("#", "Service", "Target", "Measured", "Missed by", "Band applied", "Credit")


def _credit(position: int, availability: str, fee: str, *, target: str = "99.5", site: str = "Göteborg") -> credits_owed.LineCredit:
    figures = periods.LineFigures(position, "Service desk", "Silver", site, "24x7", 0, (), 0, Decimal(availability),
                                  Decimal(target))
    return credits_owed.line_credit(figures, Decimal(fee), 1, "EUR")


def _statement(period: str, language: str, *lines: credits_owed.LineCredit) -> credits_owed.CreditStatement:
    return credits_owed.CreditStatement("SLA-2026-0001", period, 2, SEAL, "Fjällbacka Rederi AB", "EUR", language, lines, CLOSED)


def _facts(reference: str, period: str, closed: str) -> KeyValues:
    return KeyValues((("Credit note", reference), ("Provider", "Nordvik Service Desk AB"), ("Customer", "Fjällbacka Rederi AB"),
                      ("Agreement", "SLA-2026-0001, version 2"), ("Period", period), ("Figures closed on", closed),
                      ("Agreement content, SHA-256", SEAL)))


def test_the_credit_note_lists_every_line_with_its_shortfall_band_and_credit_and_marks_the_capped_one() -> None:
    statement = _statement("2026-10", "en", _credit(1, "99.45", "10.10"), _credit(2, "0", "10.05", site=""),
                           _credit(3, "100", "2210.00"))
    document = credit_note.build_credit_note(statement, periods.period("2026-10"), "Nordvik Service Desk AB")
    assert document == Document(
        title="Service credits for October 2026",
        subtitle="Credit note CN-SLA-2026-0001-2026-10 · Fjällbacka Rederi AB",
        language="en",
        footer="CN-SLA-2026-0001-2026-10 · SLA-2026-0001, version 2",
        footer_detail=f"SHA-256 {SEAL}",
        blocks=(
            _facts("CN-SLA-2026-0001-2026-10", "October 2026", "Nov 23, 2026, 9:00:00\u202fAM UTC"),
            Paragraph("In October 2026 the availability committed for the services below was missed. Under the service-credit "
                      "schedule of agreement SLA-2026-0001, version 2, the customer is credited the amounts shown."),
            Table(headers=HEADERS, rows=(
                ("1", "Service desk: Silver\nGöteborg", "99.5%", "99.45%", "0.05 points",
                 "99% to below 99.5%:\n5% of the fee, €10.10", "€0.51"),
                ("2", "Service desk: Silver", "99.5%", "0%", "99.5 points", "below 95%:\n30% of the fee, €10.05", "€3.01 *"),
                ("3", "Service desk: Silver\nGöteborg", "99.5%", "100%", "–", "–", "€0.00"),
            ), widths=WIDTHS, numeric_columns=NUMERIC, footer_rows=(("", "Total credit", "", "", "", "", "€3.52"),)),
            Note(f"Credits marked * are capped at 30% of the fee. {SETTLE}"),
        ),
        page_label="Page",
        page_of_label="of",
        keywords=f"slamdesk credit-note=CN-SLA-2026-0001-2026-10 for=SLA-2026-0001 period=2026-10 version=2 content-sha256={SEAL}",
    )


def test_a_year_with_every_target_met_says_no_credit_is_owed_and_notes_no_cap() -> None:
    statement = _statement("2026", "en", _credit(3, "100", "2210.00"))
    document = credit_note.build_credit_note(statement, periods.period("2026"), "Nordvik Service Desk AB")
    assert document.title == "Service credits for 2026" and document.footer == "CN-SLA-2026-0001-2026 · SLA-2026-0001, version 2"
    assert document.blocks == (
        _facts("CN-SLA-2026-0001-2026", "2026", "Nov 23, 2026, 9:00:00\u202fAM UTC"),
        Paragraph("Every availability target was met in 2026: no service credit is owed."),
        Table(headers=HEADERS, rows=(("3", "Service desk: Silver\nGöteborg", "99.5%", "100%", "–", "–", "€0.00"),),
              widths=WIDTHS, numeric_columns=NUMERIC, footer_rows=(("", "Total credit", "", "", "", "", "€0.00"),)),
        Note(SETTLE),
    )


def test_a_quarters_note_in_swedish_writes_a_shortfall_of_four_decimals_in_full() -> None:
    statement = _statement("2026-Q4", "sv", _credit(1, "99.999", "1000.00", target="99.9995"))
    document = credit_note.build_credit_note(statement, periods.period("2026-Q4"), "Nordvik Service Desk AB")
    assert (document.title, document.language, document.page_label, document.page_of_label) == (
        "Servicekrediter för K4 2026", "sv", "Sida", "av")
    facts, intro, table, _note = document.blocks
    assert isinstance(facts, KeyValues) and ("Period", "K4 2026") in facts.rows
    assert isinstance(intro, Paragraph) and intro.text.startswith("Under K4 2026 uppnåddes inte")
    assert isinstance(table, Table) and table.rows == ((
        "1", "Service desk: Silver\nGöteborg", "99,9995\xa0%", "99,999\xa0%", "0,0005 procentenheter",
        "99,8995\xa0% till under 99,9995\xa0%:\n5\xa0% av avgiften, 1\xa0000,00\xa0€", "50,00\xa0€"),)


@pytest.mark.parametrize(("name", "shown"), [("2026-01", "January 2026"), ("2026-Q1", "Q1 2026"), ("2027", "2027")])
def test_a_month_a_quarter_and_a_year_are_each_named_as_such(name: str, shown: str) -> None:
    assert credit_note.period_text(periods.period(name), "en") == shown


def test_the_credit_note_names_each_line_as_the_agreement_does_in_its_language() -> None:
    statement = dataclasses.replace(
        _statement("2026-10", "uk", _credit(1, "99.45", "10.10"), _credit(2, "99.45", "10.10")),
        shown={1: ("Служба підтримки", "Срібний"), 2: (None, None)})  # line 2: no name in Ukrainian
    table = credit_note.credit_table(statement, DocumentWords("uk", "EUR", credit_labels_for("uk")))
    assert [row[1] for row in table.rows] == ["Служба підтримки: Срібний\nGöteborg", "Service desk: Silver\nGöteborg"]
    assert statement.named(3, "Network monitoring", "Gold") == ("Network monitoring", "Gold")  # a line it does not know
