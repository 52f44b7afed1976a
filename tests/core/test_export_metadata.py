"""What an exported agreement's files say of themselves: the provider as author, the moment it was signed as
their date, its title and language, and only fonts the PDF carries inside it."""

from __future__ import annotations

import datetime as dt

import docx
from pypdf import PdfReader

from slamdesk.core import agreements, export
from slamdesk.core.db import Database
from slamdesk.core.roles import Actor
from slamdesk.core.settings import PROVIDER_NAME, get_setting
from slamdesk.documents import pdf as pdf_renderer
from slamdesk.documents.tree import Document, Paragraph, TableOfContents


def test_a_signed_agreements_files_name_their_author_date_title_and_language(
    demo_db: Database, people: dict[str, Actor],
) -> None:
    number = "SLA-2024-0002"  # the Ukrainian one
    detail = agreements.get_agreement(demo_db, number)
    signed = max(signature.signed_at for signature in detail.signatures)
    files = {file.format: file.path for file in export.export_agreement(demo_db, people["linh"], number)}
    provider = get_setting(demo_db, PROVIDER_NAME)
    info = PdfReader(files["pdf"]).metadata
    assert info is not None and info.author == provider and info.title == detail.title
    assert info.creation_date == signed.astimezone(dt.UTC).replace(microsecond=0)
    assert PdfReader(files["pdf"]).trailer["/Root"]["/Lang"] == "uk"
    properties = docx.Document(str(files["docx"])).core_properties
    assert properties.author == provider and properties.language == "uk" and properties.title == detail.title
    assert properties.created == signed.astimezone(dt.UTC).replace(microsecond=0)


def _fonts(reader: PdfReader) -> dict[str, bool]:
    """Each font the pages use, and whether the file carries it."""
    found = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant.get("/FontDescriptor")
            found[str(font["/BaseFont"])] = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    return found


def test_every_font_of_a_pdf_is_embedded_with_its_contents_page_too(tmp_path) -> None:  # type: ignore[no-untyped-def]
    document = Document("T", "S", "vi", "F", (TableOfContents("Mục lục"), Paragraph("Thời gian phản hồi")))
    pdf_renderer.render(document, tmp_path / "t.pdf")
    fonts = _fonts(PdfReader(tmp_path / "t.pdf"))
    assert fonts and all(fonts.values()), fonts  # reportlab's table of contents asked for Helvetica before
    assert not any("Helvetica" in name for name in fonts)


def test_a_draft_states_no_moment_of_its_own_so_its_bytes_stay_the_same(tmp_path) -> None:  # type: ignore[no-untyped-def]
    document = Document("T", "S", "sv", "F", (Paragraph("Avtal"),), author="Nordvik")
    first, second = pdf_renderer.render_bytes(document), pdf_renderer.render_bytes(document)
    assert first == second
    dated = pdf_renderer.render_bytes(Document("T", "S", "sv", "F", (Paragraph("Avtal"),),
                                               created=dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)))
    assert b"D:20260301093000" in dated
