"""The agreement document, read back from the PDF and the DOCX in all five languages."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from slamdesk.core.agreement_document import (
    DocumentWords,
    build_agreement_document,
    coverage_text,
    parse_keywords,
    priority_text,
)
from slamdesk.core.agreements import AgreementDetail, LineView, ReviewView, SignatureView
from slamdesk.core.clauses import ClauseView
from slamdesk.core.credits import schedule_for
from slamdesk.core.lifecycle import Status
from slamdesk.core.money import format_money
from slamdesk.core.renewals.terms import NoticeBy, NoticeUnit, Renewal, Terms
from slamdesk.documents import docx as docx_renderer, pdf
from slamdesk.documents.labels import LABELS, labels_for
from slamdesk.documents.tree import Document, Heading, NumberedList, Table, TableOfContents, TitlePage
from tests.documents.sample import (
    ENGLISH_COMPANY,
    INDONESIAN_COMPANY,
    INDONESIAN_NAME,
    SWEDISH_COMPANY,
    UKRAINIAN_COMPANY,
    UKRAINIAN_NAME,
    VIETNAMESE_COMPANY,
    VIETNAMESE_NAME,
    normalise,
)
from tests.tools import require

PROVIDER = "Nordvik Service Desk AB"
# What TERMS say in each language, checked by hand: the renewal sentence and the periodic review's.
RENEWAL = {
    "en": ("It then renews by itself for 12 months at a time, at most 2 times, unless the customer gives notice at least "
           "3 months before the end of a term.",
           "The parties review the agreement together every 6 months, first on July 1, 2027."),
    "sv": ("Därefter förlängs det automatiskt med 12 månader i taget, högst 2 gånger, om inte kunden säger upp det senast "
           "3 månader före en avtalsperiods slut.",
           "Parterna går igenom avtalet tillsammans med 6 månaders mellanrum, första gången den 1 juli 2027."),
    "vi": ("Sau đó, thỏa thuận tự động gia hạn mỗi lần 12 tháng, tối đa 2 lần, trừ khi khách hàng thông báo chấm dứt ít "
           "nhất 3 tháng trước khi kết thúc một kỳ hạn.",
           "Các bên cùng rà soát thỏa thuận định kỳ 6 tháng một lần, lần đầu vào 1 tháng 7, 2027."),
    "id": ("Setelah itu, perjanjian diperpanjang secara otomatis setiap kali selama 12 bulan, paling banyak 2 kali, kecuali "
           "pelanggan memberikan pemberitahuan pengakhiran paling lambat 3 bulan sebelum akhir suatu jangka waktu.",
           "Para pihak meninjau perjanjian bersama setiap 6 bulan, pertama kali pada 1 Juli 2027."),
    "uk": ("Після цього вона автоматично продовжується щоразу на 12 місяців, щонайбільше 2 рази, якщо замовник не "
           "повідомить про припинення щонайменше за 3 місяці до закінчення строку.",
           "Уперше 1 липня 2027 р. і надалі раз на 6 місяців сторони спільно переглядають угоду."),
}
SECTIONS = ("parties", "scope", "services", "pricing", "credits", "clauses", "review", "signatures")
LANGUAGES = ("en", "sv", "vi", "id", "uk")
UTC = dt.UTC
# language -> (customer, currency, customer signatory, site, title)
CUSTOMERS = {
    "en": (ENGLISH_COMPANY, "GBP", "Eleanor Whitfield", "Leeds depot", "IT service-level agreement"),
    "sv": (SWEDISH_COMPANY, "SEK", "Åsa Öberg", "Växjö centrum", "Servicenivåavtal för IT-drift"),
    "vi": (VIETNAMESE_COMPANY, "VND", VIETNAMESE_NAME, "Hà Nội", "Thỏa thuận mức dịch vụ CNTT"),
    "id": (INDONESIAN_COMPANY, "IDR", INDONESIAN_NAME, "Jakarta Utara", "Perjanjian tingkat layanan TI"),
    "uk": (UKRAINIAN_COMPANY, "UAH", UKRAINIAN_NAME, "Київ, Поділ", "Угода про рівень ІТ-обслуговування"),
}
# Two years, then a year at a time twice unless the customer gives three months' notice; reviewed twice a year.
# Rendered as the window renders: a Qt application made first, which sets the C library's locale from LANG (under
# sv_SE.UTF-8 its decimal point is a comma), then documents in three languages built and rendered to both formats.
RENDERED_UNDER_A_LOCALE = """
import hashlib, locale
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
print(locale.setlocale(locale.LC_NUMERIC), repr(locale.localeconv()["decimal_point"]))
from slamdesk.core.agreement_document import build_agreement_document
from slamdesk.documents import docx, pdf
from tests.core.test_agreement_document import PROVIDER, detail_in
for language in ("en", "sv", "uk"):
    document = build_agreement_document(detail_in(language), PROVIDER)
    print(language, *(hashlib.sha256(made).hexdigest() for made in (
        repr(document).encode(), pdf.render_bytes(document), docx.render_bytes(document))))
"""


def test_a_document_is_the_same_whatever_the_machines_locale() -> None:
    """Documents are written in the agreement's language (babel, with that language's locale), never the machine's:
    the same tree and the same PDF and DOCX bytes under C.UTF-8 and under sv_SE.UTF-8, whose numbers and dates differ
    from English ones (in English, Swedish and Ukrainian documents). That is why CI's run under other locales
    (packaging/test.sh) leaves the document tests out."""
    rendering = {name: subprocess.Popen(
        [sys.executable, "-c", RENDERED_UNDER_A_LOCALE], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=os.environ | {"LANG": name, "LC_ALL": name, "QT_QPA_PLATFORM": "offscreen"},
        cwd=Path(__file__).resolve().parents[2]) for name in ("C.UTF-8", "sv_SE.UTF-8")}
    rendered = {}
    for (name, child), decimal_point in zip(rendering.items(), (".", ","), strict=True):
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err[-2000:]
        said, *documents = out.splitlines()
        assert said == f"{name} {decimal_point!r}", f"{name} is not installed: {said}"  # packaging/test.sh makes it
        rendered[name] = documents
    assert len(rendered["C.UTF-8"]) == 3
    assert rendered["sv_SE.UTF-8"] == rendered["C.UTF-8"]


TERMS = Terms(dt.date(2027, 1, 1), 24, Renewal.TACIT, 12, max_renewals=2, notice=3, notice_unit=NoticeUnit.MONTHS,
              notice_by=NoticeBy.CUSTOMER, review_months=6)
TARGETS = (("P1", 15, 240, False), ("P2", 60, 480, False), ("P3", 240, 1440, True), ("P4", 480, 4320, True))


def detail_in(language: str, *, signed: bool = True) -> AgreementDetail:
    """A two-line agreement with reviews and both signatures, in ``language``."""
    customer, currency, signatory, site, title = CUSTOMERS[language]
    lines = (
        LineView(
            position=1, service_name="Service desk", level_name="Gold", site=site,
            coverage="24x7", priorities="P1, P2, P3, P4", quantity=40,
            unit_price=Decimal("125.50"), line_total=Decimal("5020.00"),
            availability_pct=Decimal("99.9"), targets=TARGETS,
        ),
        LineView(
            position=2, service_name="Network monitoring", level_name="Silver", site=site,
            coverage="Mon-Fri 08:00-17:00", priorities="P2, P3", quantity=3,
            unit_price=Decimal("990"), line_total=Decimal("2970"),
            availability_pct=Decimal("99.5"), targets=TARGETS[1:3],
        ),
    )
    return AgreementDetail(
        number="SLA-2027-0042", title=title, kind="customer_sla",
        currency=currency, language=language, customer_name=customer, customer_country="SE",
        contact_name=signatory, contact_title="CIO", contact_email="it@example.com",
        version_no=2, status=Status.SIGNED if signed else Status.DRAFT,
        start_date=dt.date(2027, 1, 1), end_date=dt.date(2028, 12, 31),
        monthly_total=Decimal("7990.00"), author="Anna Lindqvist", lines=lines,
        reviews=(
            ReviewView("Petra Holm", "legal_reviewer", "changes_requested", "Clarify P3.",
                       dt.datetime(2026, 11, 2, 9, 30, tzinfo=UTC)),
            ReviewView("Jonas Berg", "quality_checker", "approved", "", dt.datetime(2026, 11, 5, 14, 0, tzinfo=UTC)),
        ),
        signatures=(
            SignatureView("provider", "Anna Lindqvist", "Account manager", dt.datetime(2026, 12, 1, 10, 0, tzinfo=UTC)),
            SignatureView("customer", signatory, "CIO", dt.datetime(2026, 12, 2, 11, 15, tzinfo=UTC)),
        ) if signed else (),
        content_sha256="3f2a9c0d51e7" + "ab" * 26 if signed else None,
        terms=TERMS,
    )


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
        signatures=(
            SignatureView("provider", "Anna Lindqvist", "Account manager", dt.datetime(2027, 1, 1, tzinfo=UTC)),
        ),
        content_sha256="ab" * 32,
    )


def pdf_pages(document: Document, path: Path) -> list[str]:
    pdf.render(document, path)
    return [normalise(page.extract_text()) for page in PdfReader(path).pages]


def docx_texts(document: Document, path: Path) -> tuple[list[tuple[str, str]], str]:
    """(style, text) of every body paragraph, and all text with table cells, flattened."""
    docx_renderer.render(document, path)
    out = docx.Document(str(path))
    styled = [(p.style.name if p.style is not None else "", normalise(p.text)) for p in out.paragraphs]
    cells = [cell.text for table in out.tables for row in table.rows for cell in row.cells]
    footer = [p.text for section in out.sections for p in section.footer.paragraphs]
    return styled, normalise(" ".join([text for _, text in styled] + cells + footer))


def expected_texts(detail: AgreementDetail) -> list[str]:
    """What a reader must find: headings, targets, prices, credits, signatories, the customer."""
    words = labels_for(detail.language)
    money = lambda amount: format_money(amount, detail.currency, detail.language)  # noqa: E731
    texts = [
        detail.customer_name, PROVIDER, detail.title, detail.number,
        *(f"{n} {words[key]}" for n, key in enumerate(SECTIONS, start=1)),
        words["contents"], words["clause_termination_title"], words["clause_review_text"][:60],
        money(detail.monthly_total), words["no_tax"], *RENEWAL[detail.language],
        coverage_text("24x7", detail.language), coverage_text("Mon-Fri 08:00-17:00", detail.language),
    ]
    for line in detail.lines:
        texts += [
            f"3.{line.position} {line.service_name}: {line.level_name}", money(line.unit_price), money(line.line_total),
        ]
        for priority, response, resolution, business in line.targets:
            hours = words["business_hours"] if business else words["calendar_hours"]
            timed = DocumentWords(detail.language, detail.currency)
            durations = f"{timed.duration(response)} {timed.duration(resolution)}"
            texts.append(f"{priority_text(priority, detail.language)} {durations} {hours}")
        schedule = schedule_for(line.availability_pct)
        for band in schedule.bands:
            texts.append(money(schedule.band_credit(band, line.line_total, detail.currency)))
    for review in detail.reviews:
        texts += [review.reviewer, words[f"role_{review.role}"], words[f"status_{review.decision}"]]
    for signature in detail.signatures:
        texts += [f"{words['name']}: {signature.name}", f"{words['title']}: {signature.title}"]
    return [normalise(text) for text in texts]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_section_target_price_and_signatory_reads_back_from_the_pdf(language: str, tmp_path: Path) -> None:
    detail = detail_in(language)
    pages = pdf_pages(build_agreement_document(detail, PROVIDER), tmp_path / "a.pdf")
    text = " ".join(pages)
    for expected in expected_texts(detail):
        assert expected in text, expected
    words = labels_for(language)
    assert words["kind_customer_sla"] in pages[0] and words["status_signed"] in pages[0]
    assert detail.content_sha256 is not None and detail.content_sha256 in pages[0]
    contents = pages[1]
    assert contents.startswith(words["contents"])
    for n, key in enumerate(SECTIONS, start=1):
        assert f"{n} {words[key]}" in contents
    assert "3.2 Network monitoring: Silver" in contents
    assert f"{words['signature']}" in pages[-1] and detail.signatures[-1].name in pages[-1]
    for number, page in enumerate(pages, start=1):
        assert f"{words['page']} {number} {words['of']} {len(pages)}" in page
        assert f"SLA-2027-0042 · {words['version']} 2" in page and f"SHA-256 {detail.content_sha256}" in page


def test_the_pdf_contents_page_gives_the_page_each_section_starts_on(tmp_path: Path) -> None:
    pages = pdf_pages(build_agreement_document(detail_in("en"), PROVIDER), tmp_path / "a.pdf")
    for heading in ("4 Pricing", "8 Signatures", "3.2 Network monitoring: Silver"):
        entry = pages[1].split(heading, 1)[1].split()
        page = int(next(token for token in entry if token.isdigit()))
        assert heading in pages[page - 1].split("Contents", 1)[-1], heading


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_section_target_price_and_signatory_reads_back_from_the_docx(language: str, tmp_path: Path) -> None:
    detail = detail_in(language)
    styled, text = docx_texts(build_agreement_document(detail, PROVIDER), tmp_path / "a.docx")
    for expected in expected_texts(detail):
        assert expected in text, expected
    words = labels_for(language)
    styles = {style for style, _ in styled}
    assert {"Title", "Heading 1", "Heading 2", "List Number", "TOC Heading", "toc 1", "toc 2"} <= styles
    assert ("Heading 1", f"4 {words['pricing']}") in styled
    assert ("Heading 2", "3.1 Service desk: Gold") in styled
    assert ("toc 1", f"5 {words['credits']}") in styled
    assert ("toc 2", "3.2 Network monitoring: Silver") in styled
    scope = [text for style, text in styled if style == "List Number"]
    assert scope[0].startswith("Service desk: Gold — ")


def test_docx_data_tables_use_table_grid_and_pricing_ends_with_the_total(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    docx_renderer.render(build_agreement_document(detail_in("sv"), PROVIDER), path)
    out = docx.Document(str(path))
    grids = [t for t in out.tables if t.style is not None and t.style.name == "Table Grid"]
    assert len(grids) >= 5
    labels = labels_for("sv")
    pricing = next(t for t in grids if [c.text for c in t.rows[0].cells[1:3]] == [labels["service"], labels["level"]])
    assert pricing.rows[-1].cells[1].text == labels["monthly_total"]


def test_docx_converts_with_libreoffice(tmp_path: Path) -> None:
    soffice = require("soffice")
    source = tmp_path / "agreement.docx"
    docx_renderer.render(build_agreement_document(detail_in("uk"), PROVIDER), source)
    result = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "out"), str(source)],
        capture_output=True, text=True, timeout=180, check=False,
    )
    converted = tmp_path / "out" / "agreement.pdf"
    assert result.returncode == 0 and converted.exists(), result.stderr
    text = normalise(" ".join(page.extract_text() for page in PdfReader(converted).pages))
    termination = labels_for("uk")["clause_termination_title"]
    for expected in (UKRAINIAN_COMPANY, UKRAINIAN_NAME, "3.1 Service desk: Gold", termination):
        assert normalise(expected) in text, expected


def test_no_english_words_are_left_in_other_languages() -> None:
    english = build_agreement_document(detail_in("en"), PROVIDER)
    for language in ("sv", "vi", "id", "uk"):
        text = " ".join(_texts(build_agreement_document(detail_in(language), PROVIDER)))
        for word in ("Critical", "High", "Low", "approved", "changes requested", "Legal reviewer",
                     "Quality checker", "Business hours", "Calendar hours", "24 hours", "Monday", "Friday"):
            assert word not in text, (language, word)
    assert "P1 Critical" in " ".join(_texts(english))


def _texts(document: Document) -> list[str]:
    texts: list[str] = []
    for block in document.blocks:
        if isinstance(block, Table):
            texts += [cell for row in (block.headers, *block.rows, *block.footer_rows) for cell in row]
        elif isinstance(block, NumberedList):
            texts += block.items
        elif isinstance(block, TitlePage):
            texts += [value for _, value in block.facts]
        elif hasattr(block, "text"):
            texts.append(block.text)  # type: ignore[union-attr]
        elif hasattr(block, "rows"):
            texts += [value for _, value in block.rows]  # type: ignore[union-attr]
    return texts


def test_sections_come_in_order_after_the_title_page_and_contents() -> None:
    document = build_agreement_document(detail_in("id"), PROVIDER)
    assert isinstance(document.blocks[0], TitlePage) and isinstance(document.blocks[1], TableOfContents)
    words = labels_for("id")
    top = [(b.number, b.text) for b in document.blocks if isinstance(b, Heading) and b.level == 1]
    assert top == [(str(n), words[key]) for n, key in enumerate(SECTIONS, start=1)]


def test_coverage_is_written_in_the_documents_language() -> None:
    assert coverage_text("Mon-Fri 08:00-17:00", "en") == "Monday–Friday, 8:00\u202fAM–5:00\u202fPM"
    assert coverage_text("Mon-Fri 07:00-19:00", "sv") == "måndag–fredag, 07:00–19:00"
    assert coverage_text("Mon-Sat 08:00-17:00", "id") == "Senin–Sabtu, 08.00–17.00"
    assert coverage_text("24x7", "uk") == LABELS["uk"]["coverage_24x7"]
    assert coverage_text("Mon-Fri 25:00-17:00", "sv") == "Mon-Fri 25:00-17:00"
    assert coverage_text("on call", "vi") == "on call"
    assert priority_text("P2", "vi") == "P2 Cao" and priority_text("P9", "vi") == "P9"


def test_chosen_clauses_replace_the_standard_ones_and_say_where_they_come_from() -> None:
    detail = replace(detail_in("sv"), clauses=(
        ClauseView("confidentiality", "Sekretess", "Parterna håller avtalet hemligt i fem år.", 3,
                   "Parterna håller avtalet hemligt."),
        ClauseView("force_majeure", "Force majeure", "Ingen part ansvarar för hinder utanför dess kontroll.", 1,
                   "Ingen part ansvarar för hinder utanför dess kontroll."),
        ClauseView("pilot", "Pilotperiod", "De första tre månaderna är en pilotperiod.", 0, ""),
    ))
    document = build_agreement_document(detail, PROVIDER)
    headings = [b.full_text for b in document.blocks if isinstance(b, Heading)]
    assert ["6.1 Sekretess", "6.2 Force majeure", "6.3 Pilotperiod"] == [h for h in headings if h.startswith("6.")]
    texts = _texts(document)
    assert "Villkorsversion 3, anpassat för detta avtal" in texts and "Villkorsversion 1" in texts
    assert "Skrivet för detta avtal" in texts
    assert LABELS["sv"]["clause_termination_text"] not in texts


def test_a_tax_rate_adds_tax_and_a_total_including_tax() -> None:
    detail = replace(detail_in("sv"), tax_rate_pct=Decimal(25))
    pricing = next(
        b for b in build_agreement_document(detail, PROVIDER).blocks
        if isinstance(b, Table) and b.footer_rows
    )
    words = LABELS["sv"]
    labels = [row[1] for row in pricing.footer_rows]
    assert labels == [words["monthly_total"], "Moms (25\xa0%)", words["total_incl_tax"]]
    assert pricing.footer_rows[-1][-1] == format_money(Decimal("9987.50"), "SEK", "sv")
    assert words["no_tax"] not in _texts(build_agreement_document(detail, PROVIDER))


def test_an_unsigned_draft_says_so_on_the_cover_and_in_the_footer(tmp_path: Path) -> None:
    detail = detail_in("vi", signed=False)
    pages = pdf_pages(build_agreement_document(detail, PROVIDER), tmp_path / "draft.pdf")
    words = labels_for("vi")
    assert normalise(words["seal_draft"]) in pages[0] and words["status_draft"] in pages[0]
    assert all(words["draft_footer"] in page for page in pages)
    assert pages[-1].count(f"{words['signed']}: {words['not_signed']}") == 2


def test_rendering_twice_gives_identical_bytes(tmp_path: Path) -> None:
    document = build_agreement_document(detail_in("uk"), PROVIDER)
    for suffix, render in (("pdf", pdf.render), ("docx", docx_renderer.render)):
        render(document, tmp_path / f"a.{suffix}")
        render(document, tmp_path / f"b.{suffix}")
        assert (tmp_path / f"a.{suffix}").read_bytes() == (tmp_path / f"b.{suffix}").read_bytes(), suffix


def test_labels_have_the_same_keys_in_every_language() -> None:
    keys = set(LABELS["en"])
    for language, labels in LABELS.items():
        assert set(labels) == keys, (language, sorted(set(labels) ^ keys))
        assert all(text.strip() for text in labels.values()), language


def test_every_label_is_used_by_the_agreement_document() -> None:
    import inspect

    from slamdesk.core import agreement_document

    source = inspect.getsource(agreement_document)
    prefixes = ("kind_", "status_", "role_", "priority_", "clause_",
                "renewal_limit_", "span_", "notice_party_")  # a plural form's, a party's: the key is made (words.counted)
    unused = [
        key for key in LABELS["en"]
        if f'"{key}"' not in source and f"'{key}'" not in source and not key.startswith(prefixes)
    ]
    assert unused == []


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
        assert f"3.{n} Tjänst nummer {n}: Guld" in text
    assert all(f"{labels['page']} {i + 1} {labels['of']} {len(pages)}" in page for i, page in enumerate(pages))
    assert all("SHA-256 abababababababab" in page for page in pages)


def test_the_document_names_its_agreement_and_hash_for_verification() -> None:
    document = build_agreement_document(detail_with(1, language="uk"), "Nordvik")
    facts = parse_keywords(document.keywords)
    assert facts == {"agreement": "SLA-2027-0060", "version": "1", "content-sha256": "ab" * 32}
    assert document.page_label == "Сторінка"


def test_an_unknown_language_falls_back_to_english() -> None:
    document = build_agreement_document(replace(detail_in("en"), language="de"), PROVIDER)
    assert document.page_label == "Page"


def test_a_signing_order_gives_every_signatory_a_line_on_the_signature_page(tmp_path: Path) -> None:
    from slamdesk.core.agreements import SignatoryView

    detail = replace(detail_in("uk"), signatories=(
        SignatoryView(1, "provider", "Anna Lindqvist", "Account manager", 1, dt.datetime(2026, 12, 1, 10, 0, tzinfo=UTC)),
        SignatoryView(2, "customer", UKRAINIAN_NAME, "CIO", 2, dt.datetime(2026, 12, 2, 11, 15, tzinfo=UTC)),
        SignatoryView(3, "customer", "Богдан Гнатюк", "Фінансовий директор", 2, None),
    ))
    pages = pdf_pages(build_agreement_document(detail, PROVIDER), tmp_path / "order.pdf")
    words = labels_for("uk")
    last = pages[-1]
    for name in ("Anna Lindqvist", UKRAINIAN_NAME, "Богдан Гнатюк"):
        assert f"{words['name']}: {normalise(name)}" in last, name
    assert f"{words['title']}: Фінансовий директор" in last
    assert last.count(f"{words['signed']}: {words['not_signed']}") == 1
    assert last.count(words["signed_electronically"]) == 2


def test_review_comments_are_listed_with_the_section_they_are_anchored_to() -> None:
    from slamdesk.core.reviews import AssignmentView, CommentView, RoundView

    at = dt.datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
    comments = (
        CommentView("line:2", "Sänk P2-lösningstiden till 6 h.", at),
        CommentView("clause:termination", "Tre månader är för kort.", at),
        CommentView("general", "I övrigt bra.", at),
        CommentView("pricing", "Moms saknas.", at),
    )
    review_round = RoundView(1, 2, "changes_requested", at, (
        AssignmentView("Petra Holm", 7, "legal_reviewer", dt.date(2026, 11, 5), "changes_requested", at, comments),
    ))
    earlier = RoundView(0, 1, "approved", at, (
        AssignmentView("Petra Holm", 7, "legal_reviewer", dt.date(2026, 10, 5), "approved", at,
                       (CommentView("general", "Version 1 kommentar.", at),)),
    ))
    detail = replace(
        detail_in("sv"), rounds=(earlier, review_round),
        clauses=(ClauseView("termination", "Uppsägning", "Tre månader.", 1, "Tre månader."),),
    )
    document = build_agreement_document(detail, PROVIDER)
    words = LABELS["sv"]
    assert f"7.1 {words['review_comments']}" in [b.full_text for b in document.blocks if isinstance(b, Heading)]
    table = next(b for b in document.blocks if isinstance(b, Table) and b.headers[1:2] == (words["section"],))
    assert [row[1:] for row in table.rows] == [
        ("2. Network monitoring: Silver", "Sänk P2-lösningstiden till 6 h."),
        ("Uppsägning", "Tre månader är för kort."),
        (words["section_general"], "I övrigt bra."),
        (words["pricing"], "Moms saknas."),
    ]


@pytest.mark.parametrize("language, shown", [
    ("en", ["30 min", "2 h", "4 h 30 min", "1 d 4 h"]),
    ("sv", ["30 min", "2 tim", "4 tim 30 min", "1 d 4 tim"]),
    ("vi", ["30 phút", "2 tiếng", "4 tiếng 30 phút", "1 ngày 4 tiếng"]),
    ("id", ["30 mnt", "2 j", "4 j 30 mnt", "1 hr 4 j"]),
    ("uk", ["30 хв", "2 год", "4 год 30 хв", "1 дн. 4 год"]),
])
def test_a_targets_time_is_written_in_the_documents_language_and_never_wraps(language: str, shown: list[str]) -> None:
    written = [DocumentWords(language, "EUR").duration(minutes) for minutes in (30, 120, 270, 1680)]
    assert [text.replace("\u00a0", " ") for text in written] == shown
    assert language == "en" or all(" " not in text for text in written)  # no-break spaces only


def _pricing_amounts(document: Document, language: str) -> list[str]:
    """Every figure of the pricing table (its numeric cells and totals) as the document writes it."""
    labels = labels_for(language)
    pricing = next(block for block in document.blocks if isinstance(block, Table)
                   and block.headers[1:3] == (labels["service"], labels["level"]))
    amounts = [row[i] for row in (*pricing.rows, *pricing.footer_rows) for i in pricing.numeric_columns
               if i < len(row) and row[i].strip()]
    assert len(amounts) >= 7 and all(any(c.isdigit() for c in amount) for amount in amounts)
    return amounts


def _lines_of(pdf_file: Path) -> list[str]:
    """The PDF's text a line at a time as poppler lays it out, spaces of every kind as one."""
    out = subprocess.run([require("pdftotext"), "-layout", str(pdf_file), "-"], capture_output=True, text=True,
                         check=True).stdout
    return [re.sub(r"[\s\u00a0\u202f]+", " ", line) for line in out.splitlines()]


@pytest.mark.parametrize("language", ["sv", "vi", "id", "uk"])
def test_every_amount_of_the_pricing_table_reads_back_on_one_line_of_the_pdf(language: str, tmp_path: Path) -> None:
    document = build_agreement_document(detail_in(language), PROVIDER)
    path = tmp_path / "agreement.pdf"
    pdf.render(document, path)
    lines = _lines_of(path)
    for amount in _pricing_amounts(document, language):
        whole = re.sub(r"[\s\u00a0\u202f]+", " ", amount)
        assert any(whole in line for line in lines), f"{whole!r} is not on one line"


def test_every_amount_of_the_pricing_table_reads_back_on_one_line_of_the_docx_as_libreoffice_lays_it_out(
    tmp_path: Path,
) -> None:
    document = build_agreement_document(detail_in("uk"), PROVIDER)
    source = tmp_path / "agreement.docx"
    docx_renderer.render(document, source)
    result = subprocess.run(
        [require("soffice"), f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "out"), str(source)],
        capture_output=True, text=True, timeout=180, check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = _lines_of(tmp_path / "out" / "agreement.pdf")
    for amount in _pricing_amounts(document, "uk"):
        whole = re.sub(r"[\s\u00a0\u202f]+", " ", amount)
        assert any(whole in line for line in lines), f"{whole!r} is not on one line"
