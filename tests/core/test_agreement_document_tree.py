"""What the agreement document says, section by section, read from its tree (no database, no rendering).

``test_agreement_document.py`` reads the rendered PDF and DOCX back in five languages; these check each
rule of the content on a small English agreement: what is shown, when, and in which words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from slamdesk.core.agreement_document import (
    DocumentWords,
    build_agreement_document,
    coverage_text,
    document_keywords,
    footer_detail,
    footer_text,
    number_section,
    parse_keywords,
    priority_text,
    signed_facts,
)
from slamdesk.core.agreements import AgreementDetail, LineView, ReviewView, SignatoryView, SignatureView
from slamdesk.core.clauses import ClauseView
from slamdesk.core.lifecycle import Status
from slamdesk.core.reviews import AssignmentView, CommentView, RoundView
from slamdesk.documents.tree import (
    Block,
    Document,
    Heading,
    KeyValues,
    Note,
    NumberedList,
    PageBreak,
    Paragraph,
    SignatureBlock,
    Table,
    TableOfContents,
    TitlePage,
)

D = Decimal
UTC = dt.UTC
PROVIDER = "Nordvik Service Desk AB"
SEAL = "3f2a9c0d51e7" + "ab" * 26
ALWAYS = "24 hours a day, 7 days a week"

DESK = LineView(
    position=1, service_name="Service desk", level_name="Gold", site="Leeds depot", coverage="24x7",
    priorities="P1, P2", quantity=40, unit_price=D("125.50"), line_total=D("5020.00"), availability_pct=D("99.9"),
    targets=(("P1", 15, 240, False), ("P2", 60, 480, True)),
)
NETWORK = LineView(
    position=2, service_name="Network monitoring", level_name="Silver", site="Hull", coverage="Mon-Fri 08:00-17:00",
    priorities=" P3 ,, P4", quantity=3, unit_price=D("990"), line_total=D("2970"), availability_pct=D("99.5"),
    targets=(("P3", 240, 1440, True),),
)
DETAIL = AgreementDetail(
    number="SLA-2027-0042", title="IT service-level agreement", kind="ola", currency="GBP", language="en",
    customer_name="Harbour & Rail Logistics Ltd", customer_country="GB", contact_name="Eleanor Whitfield",
    contact_title="CIO", contact_email="it@example.com", version_no=2, status=Status.SIGNED,
    start_date=dt.date(2027, 1, 1), end_date=dt.date(2028, 12, 31), monthly_total=D("7990.00"),
    author="Anna Lindqvist", lines=(DESK, NETWORK),
    reviews=(
        ReviewView("Petra Holm", "legal_reviewer", "changes_requested", "Clarify P3.",
                   dt.datetime(2026, 11, 2, 9, 30, tzinfo=UTC)),
        ReviewView("Jonas Berg", "quality_checker", "approved", "", dt.datetime(2026, 11, 5, 14, 0, tzinfo=UTC)),
    ),
    signatures=(
        SignatureView("provider", "Anna Lindqvist", "Account manager", dt.datetime(2026, 12, 1, 10, 0, tzinfo=UTC)),
        SignatureView("customer", "Eleanor Whitfield", "CIO", dt.datetime(2026, 12, 2, 11, 15, tzinfo=UTC)),
    ),
    content_sha256=SEAL,
)
DRAFT = replace(DETAIL, status=Status.DRAFT, signatures=(), content_sha256=None, reviews=())


def build(detail: AgreementDetail = DETAIL, provider: str = PROVIDER) -> Document:
    return build_agreement_document(detail, provider)


def section(document: Document, number: int) -> list[Block]:
    """The blocks of section ``number``, its numbered heading first."""
    blocks: list[Block] = []
    for block in document.blocks:
        if isinstance(block, Heading) and block.level == 1:
            if blocks:
                break
            if block.number == str(number):
                blocks.append(block)
        elif blocks:
            blocks.append(block)
    if not blocks:  # the signature page starts with a page break before its heading
        heading = next(i for i, b in enumerate(document.blocks) if isinstance(b, Heading) and b.number == str(number))
        return list(document.blocks[heading:])
    return blocks


def only(blocks: list[Block], kind: type) -> list:  # type: ignore[type-arg]
    return [b for b in blocks if isinstance(b, kind)]


# Words, numbers and names


def test_document_words_format_in_the_documents_locale() -> None:
    words = DocumentWords("sv", "SEK", {"extra": "Extra"})
    assert (words.locale, words.currency, words["extra"], words["version"]) == ("sv", "SEK", "Extra", "Version")
    assert words.money(D("1234.5")) == "1\xa0234,50\xa0kr" and words.money(D("2"), "EUR") == "2,00\xa0€"
    assert words.pct(D("99.95")) == "99,95\xa0%" and words.pct(D("25")) == "25\xa0%"
    assert words.date(dt.date(2027, 1, 1)) == "1 januari 2027"
    assert words.datetime(dt.datetime(2026, 12, 1, 10, 5, tzinfo=UTC)) == "1 dec. 2026 10:05:00 UTC"
    assert words.term("status", "in_review") == "Under granskning"
    assert words.term("role", "night_watch") == "night watch"  # an unknown code made readable


def test_hours_and_priorities_read_in_the_documents_language() -> None:
    assert coverage_text(" 24/7 ", "en") == ALWAYS == coverage_text("24X7", "en")
    assert coverage_text("Sat-Sun 00:00-24:00", "en") == "Saturday–Sunday, 12:00\u202fAM–12:00\u202fAM"
    assert coverage_text("Mon-Fri 08:00-17:60", "en") == "Mon-Fri 08:00-17:60"  # not a time: as it is
    assert coverage_text("Mon-Fri 8:00-17:00 and more", "en") == "Mon-Fri 8:00-17:00 and more"
    assert coverage_text("Tue-Thu 9:30-16:45", "en") == "Tuesday–Thursday, 9:30\u202fAM–4:45\u202fPM"
    assert priority_text("P4", "en") == "P4 Low" and priority_text("P4", "sv") == "P4 Låg"


def test_headings_are_numbered_within_their_section() -> None:
    blocks = number_section([Heading("A", 1), Paragraph("x"), Heading("B", 2), Heading("C", 3), Heading("D", 2)], 4)
    assert [(b.text, b.number) for b in blocks if isinstance(b, Heading)] == [
        ("A", "4"), ("B", "4.1"), ("C", ""), ("D", "4.2")
    ]
    assert blocks[1] == Paragraph("x")


# The whole document


def test_the_document_is_named_by_its_number_version_and_seal() -> None:
    document = build()
    assert (document.title, document.language, document.page_label, document.page_of_label) == (
        "IT service-level agreement", "en", "Page", "of"
    )
    assert document.subtitle == "Service-level agreement SLA-2027-0042 · Version 2"
    assert document.footer == footer_text(DETAIL, "en") == "SLA-2027-0042 · Version 2"
    assert document.footer_detail == footer_detail(DETAIL, "en") == f"SHA-256 {SEAL}"
    assert footer_detail(DRAFT, "en") == "draft, not signed" == build(DRAFT).footer_detail
    assert document.keywords == document_keywords(DETAIL) == (
        f"slamdesk agreement=SLA-2027-0042 version=2 content-sha256={SEAL}"
    )
    assert parse_keywords(document_keywords(DRAFT)) == {"agreement": "SLA-2027-0042", "version": "2", "content-sha256": ""}
    assert parse_keywords("slamdesk a=b=c plain") == {"a": "b=c"}
    assert document.blocks[1] == TableOfContents("Contents")
    top = [(b.number, b.text) for b in document.blocks if isinstance(b, Heading) and b.level == 1]
    assert top == [("1", "Parties and term"), ("2", "Scope"), ("3", "Services and targets"), ("4", "Pricing"),
                   ("5", "Service credits"), ("6", "Clauses"), ("7", "Review record"), ("8", "Signatures")]


def test_the_cover_names_the_kind_the_parties_the_terms_and_the_seal() -> None:
    cover = build().blocks[0]
    assert isinstance(cover, TitlePage)
    assert (cover.kind, cover.title, cover.between, cover.and_word) == (
        "Operational level agreement", "IT service-level agreement", "between", "and"
    )
    assert cover.parties == ((PROVIDER, "Provider"), ("Harbour & Rail Logistics Ltd", "Customer"))
    assert cover.facts == (
        ("Agreement number", "SLA-2027-0042"), ("Version", "2"), ("Start date", "January 1, 2027"),
        ("End date", "December 31, 2028"), ("Status", "Signed"),
    )
    assert cover.seal == f"Content sealed at signing, SHA-256:\n{SEAL}"
    assert cover.prepared_by == f"Prepared by Anna Lindqvist, {PROVIDER}"


def test_a_drafts_cover_says_it_is_not_sealed_and_an_unknown_kind_reads_generally() -> None:
    cover = build(replace(DRAFT, kind="framework", author="")).blocks[0]
    assert isinstance(cover, TitlePage)
    assert cover.seal == "Draft, not signed: the content is not sealed."
    assert cover.kind == "Service-level agreement" and cover.facts[-1] == ("Status", "Draft")
    assert cover.prepared_by == f"Prepared by {PROVIDER}"
    assert build(replace(DRAFT, author=""), provider="").blocks[0].prepared_by == ""  # type: ignore[union-attr]


# 1 to 4


def test_the_parties_section_names_country_contact_and_term() -> None:
    blocks = section(build(), 1)
    (facts,) = only(blocks, KeyValues)
    assert facts.rows == (("Provider", PROVIDER), ("Customer", "Harbour & Rail Logistics Ltd"),
                          ("Country", "United Kingdom"), ("Contact person", "Eleanor Whitfield, CIO, it@example.com"))
    assert blocks[-1] == Paragraph("This agreement applies from January 1, 2027 to December 31, 2028.")
    unknown = only(section(build(replace(DETAIL, customer_country="XX", contact_title="")), 1), KeyValues)[0]
    assert unknown.rows[2:] == (("Country", "XX"), ("Contact person", "Eleanor Whitfield, it@example.com"))


def test_the_scope_lists_each_line_with_its_level_site_quantity_and_hours() -> None:
    blocks = section(build(), 2)
    assert blocks[1] == Paragraph("This agreement covers the following services, each at the service level and site named:")
    assert blocks[2] == NumberedList((
        f"Service desk: Gold — Leeds depot; Quantity: 40; Hours of coverage: {ALWAYS}",
        "Network monitoring: Silver — Hull; Quantity: 3; Hours of coverage: Monday–Friday, 8:00\u202fAM–5:00\u202fPM",
    ))


def test_each_service_shows_its_terms_and_targets() -> None:
    blocks = section(build(), 3)
    assert [(b.text, b.number) for b in blocks if isinstance(b, Heading) and b.level == 2] == [
        ("Service desk: Gold", "3.1"), ("Network monitoring: Silver", "3.2")
    ]
    desk, network = only(blocks, KeyValues)
    assert desk.rows == (("Site or region", "Leeds depot"), ("Level", "Gold"), ("Hours of coverage", ALWAYS),
                         ("Availability", "99.9%"), ("Priorities covered", "P1 Critical, P2 High"), ("Quantity", "40"))
    assert network.rows[4] == ("Priorities covered", "P3 Normal, P4 Low")
    first, second = only(blocks, Table)
    assert first.headers == ("Priority", "Response time", "Resolution time", "Counted in")
    assert first.rows == (("P1 Critical", "15 min", "4 h", "Calendar hours"), ("P2 High", "1 h", "8 h", "Business hours"))
    assert second.rows == (("P3 Normal", "4 h", "1 d", "Business hours"),)


def test_pricing_lists_each_line_with_the_monthly_total() -> None:
    blocks = section(build(), 4)
    (table,) = only(blocks, Table)
    assert table.headers == ("#", "Service", "Level", "Site or region", "Quantity", "Price per unit and month",
                             "Total per month")
    assert table.rows == (("1", "Service desk", "Gold", "Leeds depot", "40", "£125.50", "£5,020.00"),
                          ("2", "Network monitoring", "Silver", "Hull", "3", "£990.00", "£2,970.00"))
    assert table.footer_rows == (("", "Total per month", "", "", "", "", "£7,990.00"),)
    assert table.numeric_columns == (0, 4, 5, 6)
    assert blocks[-1] == Note("Amounts are per month, in GBP. Prices exclude value-added tax and other taxes, which "
                              "are added at the rate in force.")


def test_with_tax_pricing_adds_the_tax_and_the_total_including_it() -> None:
    blocks = section(build(replace(DETAIL, tax_rate_pct=D("20"))), 4)
    assert only(blocks, Table)[0].footer_rows == (
        ("", "Total per month", "", "", "", "", "£7,990.00"),
        ("", "Tax (20%)", "", "", "", "", "£1,598.00"),
        ("", "Total per month including tax", "", "", "", "", "£9,588.00"),
    )
    assert blocks[-1] == Note("Amounts are per month, in GBP.")


# 5 to 8


def test_credits_list_each_band_of_each_line_with_its_amount() -> None:
    blocks = section(build(replace(DETAIL, lines=(DESK,))), 5)
    assert blocks[1] == Paragraph(
        "If the measured availability of a service line in a calendar month falls below its committed availability, "
        "the customer receives a credit of the share shown of that line's monthly fee."
    )
    (table,) = only(blocks, Table)
    assert table.headers == ("#", "Service", "Measured availability in the month", "Credit, share of the monthly fee",
                             "Credit per month")
    assert table.numeric_columns == (0, 3, 4)
    assert table.rows == (
        ("1", "Service desk: Gold\nCommitted availability: 99.9%", "99.8% to below 99.9%", "5%", "£251.00"),
        ("", "", "99.6% to below 99.8%", "10%", "£502.00"),
        ("", "", "99% to below 99.6%", "20%", "£1,004.00"),
        ("", "", "below 99%", "30%", "£1,506.00"),
    )
    assert blocks[-1] == Paragraph("In any month the credits for a service line never exceed 30% of that line's "
                                   "monthly fee.")


def test_without_chosen_clauses_the_standard_ones_are_shown() -> None:
    blocks = section(build(), 6)
    assert blocks[1] == Note("Standard clauses of the provider.")
    assert [(b.text, b.number) for b in blocks if isinstance(b, Heading) and b.level == 2] == [
        ("Changes during the term", "6.1"), ("Service credits", "6.2"), ("Termination", "6.3"), ("Periodic review", "6.4")
    ]
    assert len(only(blocks, Paragraph)) == 4


def test_chosen_clauses_say_where_each_comes_from() -> None:
    clauses = (
        ClauseView("confidentiality", "Confidentiality", "Kept secret for five years.", 3, "Kept secret."),
        ClauseView("force_majeure", "Force majeure", "Nobody answers for what is beyond them.", 1,
                   "Nobody answers for what is beyond them."),
        ClauseView("pilot", "Pilot", "Three months of pilot.", 0, ""),
    )
    blocks = section(build(replace(DETAIL, clauses=clauses)), 6)
    assert blocks[1:] == [
        Heading("Confidentiality", 2, "6.1"), Paragraph("Kept secret for five years."),
        Note("Clause version 3, amended for this agreement"),
        Heading("Force majeure", 2, "6.2"), Paragraph("Nobody answers for what is beyond them."), Note("Clause version 1"),
        Heading("Pilot", 2, "6.3"), Paragraph("Three months of pilot."), Note("Written for this agreement"),
    ]


def test_the_review_record_lists_each_decision() -> None:
    blocks = section(build(), 7)
    assert blocks[1] == Paragraph("This version was reviewed as follows.")
    (table,) = only(blocks, Table)
    assert table.headers == ("Reviewer", "Role", "Decision", "Date", "Comment")
    assert table.rows == (
        ("Petra Holm", "Legal reviewer", "Changes requested", "Nov 2, 2026, 9:30:00\u202fAM UTC", "Clarify P3."),
        ("Jonas Berg", "Quality checker", "Approved", "Nov 5, 2026, 2:00:00\u202fPM UTC", ""),
    )
    assert section(build(DRAFT), 7)[1:] == [Paragraph("No review decisions are recorded."), PageBreak()]


def test_review_comments_of_this_version_name_the_section_they_are_anchored_to() -> None:
    at = dt.datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
    comments = tuple(CommentView(anchor, f"About {anchor}.", at) for anchor in (
        "line:2", "line:9", "clause:termination", "clause:gone", "general", "pricing", "elsewhere",
    ))
    rounds = (
        RoundView(0, 1, "approved", at, (AssignmentView("Old Reviewer", 7, "legal_reviewer", dt.date(2026, 10, 5),
                                                        "approved", at, (CommentView("general", "Old.", at),)),)),
        RoundView(1, 2, "changes_requested", at, (AssignmentView("Petra Holm", 7, "legal_reviewer",
                                                                 dt.date(2026, 11, 5), "changes_requested", at, comments),)),
    )
    clauses = (ClauseView("termination", "Termination by notice", "Three months.", 1, "Three months."),)
    blocks = section(build(replace(DETAIL, rounds=rounds, clauses=clauses)), 7)
    assert Heading("Comments by section", 2, "7.1") in blocks
    table = only(blocks, Table)[-1]
    assert table.headers == ("Reviewer", "Section", "Comment")
    assert table.rows == (
        ("Petra Holm", "2. Network monitoring: Silver", "About line:2."),
        ("Petra Holm", "9", "About line:9."),
        ("Petra Holm", "Termination by notice", "About clause:termination."),
        ("Petra Holm", "gone", "About clause:gone."),
        ("Petra Holm", "General", "About general."),
        ("Petra Holm", "Pricing", "About pricing."),
        ("Petra Holm", "elsewhere", "About elsewhere."),
    )
    only_old = replace(DETAIL, rounds=rounds[:1])
    assert len(only(section(build(only_old), 7), Table)) == 1  # an earlier version's comments are not this one's


def test_each_party_signs_on_the_signature_page() -> None:
    blocks = section(build(), 8)
    assert isinstance(section(build(), 7)[-1], PageBreak)  # the signatures start on a page of their own
    assert Paragraph("Signed by the authorised representatives of the parties:") in blocks
    (block,) = only(blocks, SignatureBlock)
    assert (block.heading, block.labels, block.signature_label) == ("", ("Name", "Title", "Signed"), "Signature")
    assert [(s.party, s.name, s.title, s.signed_at, s.mark) for s in block.signatures] == [
        (f"Provider: {PROVIDER}", "Anna Lindqvist", "Account manager", "Dec 1, 2026, 10:00:00\u202fAM UTC",
         "Anna Lindqvist, signed electronically"),
        ("Customer: Harbour & Rail Logistics Ltd", "Eleanor Whitfield", "CIO", "Dec 2, 2026, 11:15:00\u202fAM UTC",
         "Eleanor Whitfield, signed electronically"),
    ]
    unsigned = only(section(build(replace(DETAIL, signatures=DETAIL.signatures[1:])), 8), SignatureBlock)[0]
    assert (unsigned.signatures[0].name, unsigned.signatures[0].title, unsigned.signatures[0].signed_at,
            unsigned.signatures[0].mark) == ("", "", "not signed", "")


def test_a_signing_order_gives_each_signatory_a_line_in_that_order() -> None:
    at = dt.datetime(2026, 12, 2, 11, 15, tzinfo=UTC)
    signatories = (
        SignatoryView(1, "customer", "Eleanor Whitfield", "CIO", 1, at),
        SignatoryView(2, "provider", "Anna Lindqvist", "Account manager", 2, None),
        SignatoryView(3, "customer", "Sam Lee", "CFO", 2, None),
    )
    (block,) = only(section(build(replace(DETAIL, signatories=signatories)), 8), SignatureBlock)
    assert [(s.party, s.name, s.title, s.signed_at, s.mark) for s in block.signatures] == [
        ("Customer: Harbour & Rail Logistics Ltd", "Eleanor Whitfield", "CIO", "Dec 2, 2026, 11:15:00\u202fAM UTC",
         "Eleanor Whitfield, signed electronically"),
        (f"Provider: {PROVIDER}", "Anna Lindqvist", "Account manager", "not signed", ""),
        ("Customer: Harbour & Rail Logistics Ltd", "Sam Lee", "CFO", "not signed", ""),
    ]


# What verification looks for


def test_signed_facts_are_each_written_as_the_document_writes_them() -> None:
    detail = replace(DETAIL, tax_rate_pct=D("20"), clauses=(ClauseView("pilot", "Pilot", "x", 0, ""),),
                     signatories=(SignatoryView(1, "customer", "Eleanor Whitfield", "CIO", 1, None),))
    facts = signed_facts(detail, PROVIDER)
    assert facts == [
        ("number", "SLA-2027-0042"), ("title", "IT service-level agreement"), ("provider", PROVIDER),
        ("customer", "Harbour & Rail Logistics Ltd"), ("start date", "January 1, 2027"),
        ("end date", "December 31, 2028"), ("monthly total", "£7,990.00"), ("total", "£9,588.00"),
        ("content hash", SEAL),
        ("line 1 service", "Service desk"), ("line 1 level", "Gold"), ("line 1 total", "£5,020.00"),
        ("line 2 service", "Network monitoring"), ("line 2 level", "Silver"), ("line 2 total", "£2,970.00"),
        ("clause pilot", "Pilot"), ("signatory Eleanor Whitfield", "Eleanor Whitfield"),
        ("provider signature", "Anna Lindqvist"), ("customer signature", "Eleanor Whitfield"),
    ]
    assert ("content hash", "") not in signed_facts(DRAFT, "") and ("provider", "") not in signed_facts(DRAFT, "")


def _strings(value: object) -> list[str]:
    """Every text a block holds, however deep in its rows and tuples."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return [text for item in value for text in _strings(item)]
    if hasattr(value, "__dataclass_fields__"):
        return [text for name in value.__dataclass_fields__ for text in _strings(getattr(value, name))]  # type: ignore[attr-defined]
    return []


@pytest.mark.parametrize("language", ["en", "sv", "vi", "id", "uk"])
def test_every_signed_fact_appears_in_the_documents_text(language: str) -> None:
    detail = replace(DETAIL, language=language, tax_rate_pct=D("20"))
    document = build(detail)
    flat = " ".join(_strings(document.blocks) + [document.footer, document.footer_detail])
    assert [what for what, text in signed_facts(detail, PROVIDER) if text not in flat] == []
