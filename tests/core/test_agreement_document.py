from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from slamdesk.core.agreement_document import build_agreement_document, parse_keywords
from slamdesk.core.agreements import AgreementDetail, LineView, SignatureView
from slamdesk.core.lifecycle import Status
from slamdesk.documents import pdf
from slamdesk.documents.labels import labels_for


def detail_with(lines: int, language: str = "sv") -> AgreementDetail:
    return AgreementDetail(
        number="SLA-2027-0060", title="Servicenivåavtal för 60 tjänster", kind="customer_sla", currency="SEK",
        language=language, customer_name="Norrlands Frakt AB", customer_country="SE",
        contact_name="Märta Sjögren", contact_title="IT-chef", contact_email="marta@example.se",
        version_no=1, status=Status.SIGNED, start_date=dt.date(2027, 1, 1), end_date=dt.date(2028, 12, 31),
        monthly_total=Decimal("100") * lines, author="Anna Lindqvist",
        lines=tuple(
            LineView(
                position=n, service_name=f"Tjänst nummer {n}", level_name="Guld", site="Umeå",
                coverage="24x7", priorities="P1, P2", quantity=1, unit_price=Decimal("100"),
                line_total=Decimal("100"), availability_pct=Decimal("99.9"),
                targets=(("P1", 15, 60, False), ("P2", 30, 180, False)),
            )
            for n in range(1, lines + 1)
        ),
        reviews=(),
        signatures=(SignatureView("provider", "Anna Lindqvist", "Account manager", dt.datetime(2027, 1, 1, tzinfo=dt.timezone.utc)),),
        content_sha256="ab" * 32,
    )


def test_a_60_service_agreement_breaks_its_pricing_table_with_the_header_repeated(tmp_path: Path) -> None:
    document = build_agreement_document(detail_with(60), "Nordvik Service Desk AB")
    path = tmp_path / "sixty.pdf"
    pdf.render(document, path)
    pages = [page.extract_text() for page in PdfReader(path).pages]
    labels = labels_for("sv")
    pricing_header = f"{labels['service']} {labels['level']}"
    pricing_pages = [i for i, text in enumerate(pages) if pricing_header in " ".join(text.split())]
    with_lines = {i for i, text in enumerate(pages) for n in range(1, 61) if f"Tjänst nummer {n} Guld" in " ".join(text.split())}
    assert len(pricing_pages) >= 2, "the pricing table should span pages"
    assert set(pricing_pages) == with_lines, "every page with pricing rows repeats the header"
    text = " ".join(" ".join(pages).split())
    for n in range(1, 61):
        assert f"{n}. Tjänst nummer {n}: Guld" in text
    assert all(f"{labels['page']} {i + 1} {labels['of']} {len(pages)}" in page for i, page in enumerate(pages))
    assert all("SHA-256 abababababababab" in page for page in pages)


def test_the_document_names_its_agreement_and_hash_for_verification() -> None:
    document = build_agreement_document(detail_with(1, language="uk"), "Nordvik")
    facts = parse_keywords(document.keywords)
    assert facts == {"agreement": "SLA-2027-0060", "version": "1", "content-sha256": "ab" * 32}
    assert document.page_label == "Сторінка"
