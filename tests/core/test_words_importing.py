"""Importing's refusals reach the person in their language: a ticket file refused whole, each bad row named."""

from __future__ import annotations

from pathlib import Path

import pytest

from slamdesk.core import words
from slamdesk.core.db import Database
from slamdesk.core.monitoring import importing, tickets
from slamdesk.core.roles import Actor

ROWS = "external_id,priority,created\nT-1,P9,2026-10-05T09:12:00+02:00\nT-2,P2,2026-10-05T09:12:00+02:00\n" \
       "T-2,P2,2026-10-05T10:00:00+02:00\n"


def test_a_ticket_file_refused_in_ukrainian_and_swedish(db: Database, admin: Actor, tmp_path: Path) -> None:
    path = tmp_path / "tickets.csv"
    path.write_text(ROWS, encoding="utf-8")
    try:
        words.set_language("uk")
        with pytest.raises(importing.ImportRefused) as refused:
            tickets.import_tickets(db, admin, path)
        assert str(refused.value) == (
            "tickets.csv не імпортовано: 2 хибні рядки (виправте їх або імпортуйте решту з --skip-bad):\n"
            "  рядок 2: пріоритет 'P9' не є одним із P1, P2, P3, P4\n"
            "  рядок 4: 'T-2' також є в рядку 3; ідентифікатор може трапитися у файлі лише один раз")
        assert refused.value.field == "file"
        words.set_language("sv")
        with pytest.raises(importing.ImportRefused) as refused:
            tickets.import_tickets(db, admin, path)
        assert str(refused.value) == (
            "tickets.csv importerades inte: 2 felaktiga rader (rätta dem, eller importera resten med --skip-bad):\n"
            "  rad 2: prioriteten 'P9' är inte en av P1, P2, P3, P4\n"
            "  rad 4: 'T-2' finns också på rad 3; ett id får bara förekomma en gång i en fil")
    finally:
        words.set_language("en")
    with pytest.raises(importing.ImportRefused, match=r"^tickets.csv was not imported: 2 bad rows \(fix them"):
        tickets.import_tickets(db, admin, path)
