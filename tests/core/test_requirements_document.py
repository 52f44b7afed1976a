"""The requirements document for the customer's approval, read back from its PDF and DOCX."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from slamdesk.core import customers, export, requirements
from slamdesk.core.agreement_document import DocumentWords, coverage_text, priority_text
from slamdesk.core.catalogue import list_services
from slamdesk.core.db import Database
from slamdesk.core.money import format_money
from slamdesk.core.requirements import RequirementInput
from slamdesk.core.requirements_document import build_requirements_document
from slamdesk.core.roles import Actor
from slamdesk.documents.labels import labels_for
from slamdesk.documents.requirements_labels import REQUIREMENTS_LABELS, requirements_labels_for
from slamdesk.documents.tree import Heading, TableOfContents, TitlePage
from slamdesk.models import AuditEvent
from tests.documents.sample import normalise

SECTIONS = (
    "req_overview", "req_detail", "req_infeasible_section", "req_levels", "req_pricing", "req_compare",
    "req_approval",
)


def _document_in(db: Database, language: str) -> int:
    """A demo requirements document written in ``language`` (English: a new customer's)."""
    if language == "en":
        return _english_document(db)
    for summary in requirements.list_documents(db):
        view = requirements.get_requirements(db, summary.id)
        if view.customer_language == language and any(item.level_id for item in view.items):
            return summary.id
    raise AssertionError(f"no demo document in {language}")


def _english_document(db: Database) -> int:
    rep = next(a for a in _actors(db) if a.username == "anna")
    customer = customers.create_customer(
        db, rep, name="Harbour & Rail Logistics Ltd", country="GB", language="en", contact_name="Eleanor Whitfield",
    )
    desk = next(service for service in list_services(db) if service.code == "SD")
    document = requirements.create_requirements(
        db, rep, customer_id=customer.id, title="Depot support 2027", tax_rate_pct=Decimal("20"),
        requirements=[RequirementInput(
            desk.id, "Leeds depot", "Mon-Fri 08:00-17:00", ("P1", "P2"), need="Drivers reach a person within minutes.",
            outcome="No lorry waits for IT.", users=40, priority_notes={"P1": "Loading bay scanners down"},
        )],
    )
    gold = next(level.id for level in desk.levels if level.name == "Gold")
    requirements.choose_levels(db, rep, document.id, {document.items[0].id: gold}, row_version=document.row_version)
    return document.id


def _actors(db: Database) -> list[Actor]:
    from slamdesk.core import users

    return users.list_actors(db)


def _pdf_text(path: Path) -> str:
    return normalise(" ".join(page.extract_text() for page in PdfReader(path).pages))


def _docx_text(path: Path) -> str:
    out = docx.Document(str(path))
    cells = [cell.text for table in out.tables for row in table.rows for cell in row.cells]
    return normalise(" ".join([p.text for p in out.paragraphs] + cells))


def _expected(db: Database, document_id: int) -> tuple[list[str], list[str]]:
    """(texts every format must show, longer texts only checked where cells do not wrap: the DOCX)."""
    view = requirements.get_requirements(db, document_id)
    quote = requirements.quote(db, document_id)
    language = view.customer_language
    words = {**labels_for(language), **requirements_labels_for(language)}
    currency = quote.currency or ""

    def money(amount: Decimal) -> str:
        return format_money(amount, currency, language)

    short = [
        view.customer_name, view.title, f"REQ-{view.id:04d}", words["req_kind"],
        *(f"{n} {words[key]}" for n, key in enumerate(SECTIONS, start=1)),
        money(quote.totals.subtotal), money(quote.totals.total),
    ]
    long = [item.need for item in view.items if item.need]
    timed = DocumentWords(language, "EUR")
    for line in quote.priced_lines:
        option = line.chosen
        assert option is not None
        service = line.service_names.get(language, line.service_name)  # in the customer's language
        short += [money(option.price.total), f"{service}: {option.names.get(language, option.level_name)}"]
        for target in option.targets:
            short.append(
                f"{priority_text(target.priority, language)} {timed.duration(target.response_minutes)} "
                f"{timed.duration(target.resolution_minutes)}"
            )
        short.append(coverage_text(option.coverage, language))
    for item in view.items:
        if item.infeasible_kind:
            long.append(item.infeasible_reason)
            short.append(words[f"req_infeasible_{item.infeasible_kind}"])
        long += [text for text in item.priority_notes.values() if text]
    return [normalise(t) for t in short], [normalise(t) for t in long]


@pytest.mark.parametrize("language", ["en", "sv", "vi", "id", "uk"])
def test_every_section_requirement_target_and_price_reads_back(
    demo_db: Database, admin: Actor, language: str, tmp_path: Path
) -> None:
    document_id = _document_in(demo_db, language)
    files = {f.format: f.path for f in export.export_requirements(demo_db, admin, document_id, out_dir=tmp_path)}
    short, long = _expected(demo_db, document_id)
    pdf_text, docx_text = _pdf_text(files["pdf"]), _docx_text(files["docx"])
    assert [text for text in short if text not in pdf_text] == []
    assert [text for text in short + long if text not in docx_text] == []


def test_infeasible_requirements_are_listed_with_their_kind_and_reason(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    document_id = next(d.id for d in requirements.list_documents(demo_db) if d.title == "Housing estates 2027")
    files = {f.format: f.path for f in export.export_requirements(demo_db, admin, document_id, out_dir=tmp_path)}
    tables = docx.Document(str(files["docx"])).tables
    (infeasible,) = [t for t in tables if [c.text for c in t.rows[0].cells] == ["#", "Behov", "Typ", "Skäl"]]
    rows = [[normalise(c.text) for c in row.cells] for row in infeasible.rows[1:]]
    assert [row[:3] for row in rows] == [
        ["1", "Skrivare och passersystem lagas inom fyra timmar.", "tekniskt"],
        ["2", "Kameraövervakning av trapphus med larmcentral.", "kommersiellt"],
    ]
    assert rows[0][3].startswith("Inställelse på plats inom 4 timmar erbjuds bara i städer")
    text = _docx_text(files["docx"])
    assert "Kan inte uppfyllas (tekniskt): Inställelse" in text  # beside the requirement itself
    assert "Alla krav kan uppfyllas" not in text


def test_a_vip_price_shows_the_agreed_price_and_its_reason(demo_db: Database, admin: Actor) -> None:
    document_id = next(d.id for d in requirements.list_documents(demo_db) if d.title == "Fleet expansion 2027")
    document = export.requirements_document(demo_db, document_id)
    text = normalise(_pdf_bytes_text(export.preview_requirements_pdf(demo_db, document_id)))
    assert "Överenskommet pris för rad 1: Ramavtalspris för hela flottan" in text
    assert normalise(format_money(Decimal("7200.00"), "EUR", "sv")) in text
    cover = document.blocks[0]
    assert isinstance(cover, TitlePage) and ("Status", "Skickad till kunden") in cover.facts
    assert isinstance(document.blocks[1], TableOfContents)


def _pdf_bytes_text(data: bytes) -> str:
    import io

    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_an_approved_document_names_who_approved_it(demo_db: Database, people: dict[str, Actor]) -> None:
    document_id = next(d.id for d in requirements.list_documents(demo_db) if d.title == "Fleet expansion 2027")
    requirements.record_customer_approval(demo_db, people["anna"], document_id, "Karin Fjäll",
                                          row_version=requirements.get_requirements(demo_db, document_id).row_version)
    text = normalise(_pdf_bytes_text(export.preview_requirements_pdf(demo_db, document_id)))
    assert "Godkänd av Karin Fjäll den" in text and "Karin Fjäll, godkänd" in text
    assert "ännu inte godkänd" not in text


def test_the_document_totals_are_the_recalculated_quotes(demo_db: Database) -> None:
    for summary in requirements.list_documents(demo_db):
        view = requirements.get_requirements(demo_db, summary.id)
        quote = requirements.quote(demo_db, summary.id)
        document = build_requirements_document(view, quote, "Nordvik Service Desk AB")
        tables = [b for b in document.blocks if getattr(b, "footer_rows", ())]
        if quote.currency is None:
            assert tables == []
            continue
        (pricing,) = tables
        assert pricing.footer_rows[-1][-1] == format_money(quote.totals.total, quote.currency, view.customer_language)


def test_headings_are_numbered_in_order(demo_db: Database) -> None:
    document = export.requirements_document(demo_db, _document_in(demo_db, "uk"))
    words = requirements_labels_for("uk")
    top = [(b.number, b.text) for b in document.blocks if isinstance(b, Heading) and b.level == 1]
    assert top == [(str(n), words[key]) for n, key in enumerate(SECTIONS, start=1)]


def test_export_goes_to_the_customers_folder_never_overwrites_and_is_audited(demo_db: Database, admin: Actor) -> None:
    document_id = _document_in(demo_db, "vi")
    first = export.export_requirements(demo_db, admin, document_id, formats=("pdf",))
    second = export.export_requirements(demo_db, admin, document_id, formats=("pdf",))
    view = requirements.get_requirements(demo_db, document_id)
    assert first[0].path.parts[-4:-1] == ("requirements", f"REQ-{document_id:04d}", f"v{view.version}")
    assert first[0].path != second[0].path and first[0].path.exists() and second[0].path.exists()
    assert first[0].sha256 == second[0].sha256  # the same document renders to the same bytes
    with demo_db.read() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "requirements.export")).all()
    assert len(events) == 2


def test_requirements_labels_have_the_same_keys_in_every_language_and_are_used() -> None:
    import inspect

    from slamdesk.core import requirements_document

    keys = set(REQUIREMENTS_LABELS["en"])
    for language, labels in REQUIREMENTS_LABELS.items():
        assert set(labels) == keys, (language, sorted(set(labels) ^ keys))
        assert all(text.strip() for text in labels.values()), language
    source = inspect.getsource(requirements_document)
    prefixes = ("req_status_", "req_infeasible_technical", "req_infeasible_commercial", "vol_")
    assert [k for k in keys if f'"{k}"' not in source and f"'{k}'" not in source and not k.startswith(prefixes)] == []
