"""Sample document trees shared by the renderer tests (multilingual on purpose)."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from slamdesk.documents.tree import (
    Document,
    Heading,
    KeyValues,
    Note,
    NumberedList,
    PageBreak,
    Paragraph,
    SignatureBlock,
    SignatureLine,
    Table,
    TableOfContents,
    TitlePage,
)

# The first lines of the source articles (../shared/seeds), kept with the tests
# so that a fresh clone has them.
SEED_LINES_FILE = Path(__file__).resolve().parent / "data" / "seed_lines.json"

SWEDISH = "Åsa Öberg, Växjö"
SWEDISH_COMPANY = "Östgöta Färjor & Hamnar AB"
ENGLISH_COMPANY = "Harbour & Rail Logistics Ltd"
VIETNAMESE_COMPANY = "Công ty TNHH Phần mềm Hà Nội"
VIETNAMESE_NAME = "Nguyễn Thị Hương"
INDONESIAN_COMPANY = "PT Layanan Digital Nusantara, Surabaya"
INDONESIAN_NAME = "Dewi Lestari Wijayakusuma"
UKRAINIAN_COMPANY = "ТОВ «Київські мережі»"
UKRAINIAN_NAME = "Олена Коваленко"
FOOTER = "SLA-2026-0001 v1 · sha256 3f2a9c0d51e7"
SPECIAL = "Credits < 10 % & response > 4 h, <b>not bold</b>"
LONG_CELL = (
    "Incidents affecting the whole service during business hours, including "
    "loss of the customer portal and the ticket queue; tingkat layanan dijamin "
    "oleh penyedia sesuai perjanjian ini."
)

SERVICE_HEADERS = ("Tjänst / Dịch vụ", "Priority", "Response (h)", "Resolution (h)")
SERVICE_ROWS = (
    ("Hỗ trợ kỹ thuật", "P1", "0.5", "4"),
    ("Служба підтримки", "P2", "2", "12"),
    (LONG_CELL, "P3", "8", "48"),
    ("Övervakning dygnet runt", "P4", "24", "120"),
)


def sample_document(extra: tuple[str, ...] = ()) -> Document:
    """A small agreement in four languages; ``extra`` adds plain paragraphs."""
    return Document(
        title="Serviceavtal SLA-2026-0001",
        subtitle=f"{SWEDISH} – {VIETNAMESE_COMPANY} – {UKRAINIAN_COMPANY}",
        language="sv",
        footer=FOOTER,
        blocks=(
            Heading("1. Parter / Các bên / Сторони", 1),
            KeyValues(rows=(
                ("Leverantör", SWEDISH),
                ("Khách hàng", f"{VIETNAMESE_COMPANY}, {VIETNAMESE_NAME}"),
                ("Pelanggan", f"{INDONESIAN_COMPANY}, {INDONESIAN_NAME}"),
                ("Замовник", f"{UKRAINIAN_COMPANY}, {UKRAINIAN_NAME}"),
            )),
            Paragraph(SPECIAL),
            Heading("2. Tjänster", 1),
            Heading("2.1 Mục tiêu theo mức ưu tiên", 2),
            Table(
                headers=SERVICE_HEADERS,
                rows=SERVICE_ROWS,
                widths=(4, 1.2, 1.4, 1.4),
                numeric_columns=(2, 3),
            ),
            Heading("2.2 Ціни / Harga", 3),
            Table(
                headers=("Nivå", "Monthly fee (SEK)"),
                rows=(("Bas", "12 500,00"), ("Premium", "31 900,00")),
                numeric_columns=(1,),
            ),
            *(Paragraph(text) for text in extra),
            PageBreak(),
            SignatureBlock(
                heading="Underskrifter / Chữ ký / Підписи",
                signatures=(
                    SignatureLine(SWEDISH, "Åsa Öberg", "VD", "2026-03-01 10:15"),
                    SignatureLine(VIETNAMESE_COMPANY, VIETNAMESE_NAME, "Giám đốc", "2026-03-02 09:00"),
                    SignatureLine(INDONESIAN_COMPANY, INDONESIAN_NAME, "Direktur", "2026-03-02 14:30"),
                    SignatureLine(UKRAINIAN_COMPANY, UKRAINIAN_NAME, "Директорка", "2026-03-03 11:45"),
                ),
                labels=("Namn", "Titel", "Undertecknat"),
            ),
        ),
    )


def long_table_document(rows: int = 120) -> Document:
    """One table long enough to run over several pages."""
    return Document(
        title="Credits",
        subtitle="Long table",
        language="en",
        footer=FOOTER,
        blocks=(
            Table(
                headers=("Month", "Incident", "Credit (%)"),
                rows=tuple((f"M{i:03d}", f"Incident {i} — Київ / Hà Nội", f"{i % 25}.5")
                           for i in range(rows)),
                widths=(1, 4, 1),
                numeric_columns=(2,),
            ),
        ),
    )


def seed_lines(per_file: int = 2, max_len: int = 400) -> tuple[str, ...]:
    """First non-empty lines of each source article (sv, vi, id, uk), from ``data/seed_lines.json``."""
    articles = json.loads(SEED_LINES_FILE.read_text(encoding="utf-8"))
    return tuple(line[:max_len] for name in sorted(articles) for line in articles[name][:per_file])


def normalise(text: str) -> str:
    """NFC and single spaces, so wrapped lines compare equal to the source."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


CONTRACT_FOOTER_DETAIL = "SHA-256 " + "3f2a9c0d51e7" * 5 + "abcd"
SCOPE_ITEMS = (f"Hỗ trợ kỹ thuật — {VIETNAMESE_COMPANY}", f"Служба підтримки — {UKRAINIAN_COMPANY}")
CREDIT_ROWS = (("1", "99,8 % till under 99,9 %", "5 %"), ("", "under 99 %", "30 %"))


def contract_document(extra_lines: int = 0) -> Document:
    """A contract using every block: cover, contents, numbered sections, lists, notes, totals.

    ``extra_lines`` adds that many paragraphs before the signatures, to push
    later content onto other pages.
    """
    return Document(
        title="Serviceavtal SLA-2026-0001",
        subtitle="Servicenivåavtal",
        language="sv",
        footer=FOOTER,
        footer_detail=CONTRACT_FOOTER_DETAIL,
        blocks=(
            TitlePage(
                kind="Servicenivåavtal med kund",
                title="Serviceavtal SLA-2026-0001",
                parties=((SWEDISH, "Leverantör"), (UKRAINIAN_COMPANY, "Kund")),
                facts=(("Avtalsnummer", "SLA-2026-0001"), ("Version", "2")),
                seal="Innehållet förseglades vid undertecknandet, SHA-256:\n" + "ab" * 32,
                prepared_by=f"Upprättat av {SWEDISH}",
                between="mellan",
                and_word="och",
            ),
            TableOfContents("Innehåll"),
            Heading("Parter", 1, "1"),
            KeyValues(rows=(("Leverantör", SWEDISH), ("Kund", UKRAINIAN_COMPANY))),
            Heading("Omfattning", 1, "2"),
            NumberedList(SCOPE_ITEMS),
            Note("Standardvillkor."),
            Heading("Tjänster", 1, "3"),
            Heading("Mục tiêu theo mức ưu tiên", 2, "3.1"),
            Table(headers=SERVICE_HEADERS, rows=SERVICE_ROWS, widths=(4, 1.2, 1.4, 1.4), numeric_columns=(2, 3)),
            Heading("Ціни / Harga", 2, "3.2"),
            Table(
                headers=("Nivå", "Kількість", "Summa"),
                rows=(("Bas", "1", "12 500,00"), ("Premium", "2", "31 900,00")),
                widths=(6, 0.2, 1.5),
                numeric_columns=(1, 2),
                footer_rows=(("Summa per månad", "", "44 400,00"),),
            ),
            Heading("Servicekrediter", 1, "4"),
            Table(headers=("#", "Uppmätt tillgänglighet", "Kredit"), rows=CREDIT_ROWS),
            NumberedList(("Första", "Andra")),
            *(Paragraph(f"Stycke {n}: {LONG_CELL}") for n in range(extra_lines)),
            PageBreak(),
            Heading("Underskrifter", 1, "5"),
            SignatureBlock(
                heading="",
                signatures=(
                    SignatureLine(SWEDISH, "Åsa Öberg", "VD", "2026-03-01 10:15", mark="Åsa Öberg, elektroniskt"),
                    SignatureLine(UKRAINIAN_COMPANY, UKRAINIAN_NAME, "Директорка", "ej undertecknat"),
                ),
                labels=("Namn", "Titel", "Undertecknat"),
                signature_label="Underskrift",
            ),
        ),
    )
