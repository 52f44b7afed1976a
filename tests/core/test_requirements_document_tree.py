"""What the requirements document says, section by section, read from its tree (no database, no rendering).

``test_requirements_document.py`` reads the rendered PDF and DOCX back; these check each rule of the
content on small hand-made documents: what is shown, when, and in which words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from slamdesk.core.catalogue import LevelInfo, ServiceInfo, TargetInfo
from slamdesk.core.pricing import Quote, Volumes
from slamdesk.core.requirements_document import build_requirements_document, reference
from slamdesk.core.requirements_rules import RequirementsView, RequirementView, quote_for
from slamdesk.documents.tree import (
    Block,
    Document,
    Heading,
    KeyValues,
    Note,
    Paragraph,
    SignatureBlock,
    Table,
    TableOfContents,
    TitlePage,
)

D = Decimal
UTC = dt.UTC
CREATED = dt.datetime(2026, 3, 4, 10, 0, tzinfo=UTC)
ALWAYS = "24 hours a day, 7 days a week"  # "24x7" in English


def level(**changes: object) -> LevelInfo:
    base: dict[str, object] = dict(
        id=3, name="Gold", rank=2, monthly_fee=D("39"), currency="EUR", coverage="24x7", availability_pct=D("99.9"),
        targets=(TargetInfo("P1", 15, 60, False), TargetInfo("P2", 30, 120, True), TargetInfo("P3", 120, 480, True)),
    )
    base.update(changes)
    return LevelInfo(**base)  # type: ignore[arg-type]


BRONZE = level(id=1, name="Bronze", rank=0, monthly_fee=D("18"), coverage="Mon-Fri 08:00-17:00")
GOLD = level()
DESK = ServiceInfo(1, "SD", "Service desk", "", (BRONZE, GOLD))
NET = ServiceInfo(2, "NET", "Network monitoring", "", (level(id=7, name="Gold", unit="site", monthly_fee=D("500")),))


def item(**changes: object) -> RequirementView:
    base: dict[str, object] = dict(
        id=5, position=1, need="Drivers reach a person within minutes.", outcome="", service_id=1,
        service_name="Service desk", site="Leeds depot", region="", coverage="24x7", priorities=("P1", "P2"),
        priority_notes={}, volumes=Volumes(users=40), csat_target_pct=None, effort_target=None, level_id=3,
        infeasible_kind=None, infeasible_reason="", price_override=None, override_reason="",
    )
    base.update(changes)
    return RequirementView(**base)  # type: ignore[arg-type]


def view(*items: RequirementView, **changes: object) -> RequirementsView:
    base: dict[str, object] = dict(
        id=7, customer_id=3, customer_name="Harbour & Rail Logistics Ltd", customer_language="en", version=2,
        status="draft", title="Depot support 2027", tax_rate_pct=D("20"), created_at=CREATED, sent_at=None,
        approved_at=None, approved_by="", row_version=1, items=items or (item(),),
    )
    base.update(changes)
    return RequirementsView(**base)  # type: ignore[arg-type]


def build(document: RequirementsView, services: tuple[ServiceInfo, ...] = (DESK, NET)) -> Document:
    return build_requirements_document(document, quote_for(document, services), "Nordvik Service Desk AB")


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
    assert blocks, f"no section {number}"
    return blocks


def only(blocks: list[Block], kind: type) -> list:  # type: ignore[type-arg]
    return [b for b in blocks if isinstance(b, kind)]


# The whole document


def test_the_document_is_named_by_its_reference_version_and_status() -> None:
    document = build(view())
    assert reference(view()) == "REQ-0007" and reference(view(id=12345)) == "REQ-12345"
    assert (document.title, document.language) == ("Depot support 2027", "en")
    assert document.subtitle == "Requirements document REQ-0007 · Version 2"
    assert document.footer == "REQ-0007 · Depot support 2027 · Version 2"
    assert document.footer_detail == "Requirements document: Draft"
    assert (document.page_label, document.page_of_label) == ("Page", "of")
    assert document.keywords == "slamdesk requirements=7 version=2 status=draft"
    assert isinstance(document.blocks[0], TitlePage) and document.blocks[1] == TableOfContents("Contents")
    top = [(b.number, b.text) for b in document.blocks if isinstance(b, Heading) and b.level == 1]
    assert top == [("1", "Requirements"), ("2", "Requirements in detail"), ("3", "Requirements that cannot be met"),
                   ("4", "Proposed service levels"), ("5", "Price proposal"), ("6", "Comparison of service levels"),
                   ("7", "Customer approval")]
    assert [b.number for b in section(document, 2) if isinstance(b, Heading)] == ["2", "2.1"]


def test_the_words_follow_the_customers_language() -> None:
    document = build(view(customer_language="sv"))
    assert document.language == "sv" and document.footer_detail == "Kravspecifikation: Utkast"
    assert document.blocks[1] == TableOfContents("Innehåll")


def test_the_cover_names_both_parties_and_the_documents_facts() -> None:
    cover = build(view()).blocks[0]
    assert isinstance(cover, TitlePage)
    assert (cover.kind, cover.title, cover.between, cover.and_word) == (
        "Requirements document", "Depot support 2027", "between", "and"
    )
    assert cover.parties == (("Nordvik Service Desk AB", "Provider"), ("Harbour & Rail Logistics Ltd", "Customer"))
    assert cover.facts == (("Reference", "REQ-0007"), ("Version", "2"), ("Status", "Draft"),
                           ("Prepared on", "March 4, 2026"))
    assert cover.seal.startswith("For the customer's approval")


def test_the_cover_of_a_sent_and_an_approved_document_says_when_and_by_whom() -> None:
    sent = view(status="sent", sent_at=dt.datetime(2026, 3, 5, 9, tzinfo=UTC))
    cover = build(sent).blocks[0]
    assert isinstance(cover, TitlePage)
    assert cover.facts[2:] == (("Status", "Sent to the customer"), ("Prepared on", "March 4, 2026"),
                               ("Sent on", "March 5, 2026"))
    assert cover.seal.startswith("For the customer's approval")
    approved = replace(sent, status="approved", approved_at=dt.datetime(2026, 3, 9, 9, tzinfo=UTC),
                       approved_by="Eleanor Whitfield")
    cover = build(approved).blocks[0]
    assert isinstance(cover, TitlePage)
    assert cover.facts[-1] == ("Approved on", "March 9, 2026") and len(cover.facts) == 6
    assert cover.seal == "Approved by Eleanor Whitfield on March 9, 2026."
    # an approval date on a document that is not approved (a new version's copy) does not seal it
    cover = build(replace(approved, status="draft")).blocks[0]
    assert isinstance(cover, TitlePage) and cover.seal.startswith("For the customer's approval")


# 1 and 2: the requirements


def test_the_overview_lists_each_requirement_where_when_and_how_much() -> None:
    items = (
        item(region="North", volumes=Volumes(users=120, tickets_per_month=300)),
        item(id=6, position=2, need="", service_name="Network monitoring", service_id=2, coverage="Mon-Fri 08:00-17:00",
             priorities=("P3",), volumes=Volumes(sites=3, devices=2, items_per_month=9), level_id=None),
        item(id=8, position=3, need="", service_id=None, service_name="", volumes=Volumes(), level_id=None),
    )
    blocks = section(build(view(*items)), 1)
    assert blocks[1] == Paragraph("The customer's requirements as gathered, with where and when each applies:")
    (table,) = only(blocks, Table)
    assert table.headers == ("#", "Need", "Site or region", "Hours of coverage", "Priorities covered", "Expected volumes")
    assert table.rows == (
        ("1", "Drivers reach a person within minutes.", "Leeds depot, North", ALWAYS, "P1, P2",
         "120 users, 300 tickets per month"),
        ("2", "Network monitoring", "Leeds depot", "Monday–Friday, 8:00\u202fAM–5:00\u202fPM", "P3",
         "2 devices, 3 sites, 9 items per month"),
        ("3", "", "Leeds depot", ALWAYS, "P1, P2", "1 sites"),
    )
    assert table.numeric_columns == (0,)


def test_one_site_is_counted_only_when_nothing_else_is() -> None:
    rows = only(section(build(view(
        item(volumes=Volumes(users=5)), item(id=6, position=2, volumes=Volumes()),
        item(id=8, position=3, volumes=Volumes(sites=2, users=5)),
    )), 1), Table)[0].rows
    assert [row[-1] for row in rows] == ["5 users", "1 sites", "5 users, 2 sites"]


def test_a_requirement_without_a_service_or_need_is_headed_by_the_first_words_of_its_need() -> None:
    long_need = "Kameraövervakning   av trapphus\nmed larmcentral " + "och mycket mer " * 5
    blocks = section(build(view(
        item(service_id=None, service_name="", need=long_need, level_id=None),
        item(id=6, position=2, service_id=None, service_name="", need="Short  need", level_id=None),
    )), 2)
    headings = [b.text for b in blocks if isinstance(b, Heading) and b.level == 2]
    flat = " ".join(long_need.split())
    assert headings == [flat[:57].rstrip() + "…", "Short need"]
    assert len(headings[0]) <= 58
    exactly = "x" * 60
    blocks = section(build(view(item(service_id=None, service_name="", need=exactly, level_id=None))), 2)
    assert [b.text for b in blocks if isinstance(b, Heading) and b.level == 2] == [exactly]


def test_details_show_each_fact_that_was_given_and_the_proposed_service() -> None:
    full = item(outcome="No lorry waits for IT.", region="North", csat_target_pct=D("92.5"), effort_target=D("2.50"),
                priority_notes={"P1": "Scanners down", "P2": "  "})
    bare = item(id=6, position=2, need="", service_name="Network monitoring", service_id=2, level_id=None,
                priorities=("P3",), volumes=Volumes(sites=2))
    blocks = section(build(view(full, bare)), 2)
    first, second = only(blocks, KeyValues)
    assert first.rows == (
        ("Need, in the customer's words", "Drivers reach a person within minutes."),
        ("Desired outcome", "No lorry waits for IT."),
        ("Site or region", "Leeds depot"),
        ("Region", "North"),
        ("Hours of coverage", ALWAYS),
        ("Priorities covered", "P1 Critical, P2 High"),
        ("Expected volumes", "40 users"),
        ("Customer satisfaction goal", "92.5%"),
        ("Customer effort goal (score)", "2.5"),
        ("Proposed service", "Service desk: Gold"),
    )
    assert second.rows == (
        ("Need, in the customer's words", "—"), ("Site or region", "Leeds depot"), ("Hours of coverage", ALWAYS),
        ("Priorities covered", "P3 Normal"), ("Expected volumes", "2 sites"),
        ("Proposed service", "Network monitoring — level not chosen yet"),
    )
    (urgency,) = only(blocks, Table)  # only the first has a note that says something
    assert urgency.headers == ("Priority", "How urgent each priority is")
    assert urgency.rows == (("P1 Critical", "Scanners down"), ("P2 High", "  "))


def test_a_priority_without_its_own_note_reads_as_a_dash() -> None:
    blocks = section(build(view(item(priority_notes={"P2": "Slow"}))), 2)
    assert only(blocks, Table)[0].rows == (("P1 Critical", "—"), ("P2 High", "Slow"))


def test_the_proposed_service_says_when_it_is_unmatched_or_cannot_be_met() -> None:
    blocks = section(build(view(
        item(service_id=None, service_name="", level_id=None),
        item(id=6, position=2, infeasible_kind="technical", infeasible_reason="Only in cities", level_id=None),
        item(id=8, position=3, service_id=42, service_name="Gone", level_id=None),
    )), 2)
    states = [kv.rows[-1] for kv in only(blocks, KeyValues)]
    assert states == [
        ("Proposed service", "not matched to a catalogue service yet"),
        ("Proposed service", "Not feasible (technical): Only in cities"),
        ("Proposed service", " — level not chosen yet"),
    ]


# 3: what cannot be met


def test_requirements_that_cannot_be_met_are_listed_with_their_kind_and_reason() -> None:
    blocks = section(build(view(
        item(infeasible_kind="commercial", infeasible_reason="Not in our catalogue", level_id=None, need=""),
        item(id=6, position=2),
        item(id=8, position=3, infeasible_kind="technical", infeasible_reason="Too far", level_id=None),
    )), 3)
    assert blocks[1] == Paragraph(
        "The provider cannot meet these requirements as asked; the reason is given for each."
    )
    (table,) = only(blocks, Table)
    assert table.headers == ("#", "Need", "Type", "Reason") and table.numeric_columns == (0,)
    assert table.rows == (("1", "Service desk", "commercial", "Not in our catalogue"),
                          ("3", "Drivers reach a person within minutes.", "technical", "Too far"))


def test_when_everything_can_be_met_the_section_says_so() -> None:
    assert section(build(view()), 3)[1:] == [Paragraph("Every requirement can be met.")]


# 4 to 6: levels, prices, comparison


def test_each_chosen_level_is_proposed_with_its_terms_and_targets() -> None:
    blocks = section(build(view(
        item(region="North"), item(id=6, position=2, level_id=None),
        item(id=8, position=3, level_id=3, infeasible_kind="technical", infeasible_reason="x"),
    )), 4)
    assert [(b.text, b.number) for b in blocks if isinstance(b, Heading) and b.level == 2] == [("Service desk: Gold", "4.1")]
    (terms,) = only(blocks, KeyValues)
    assert terms.rows == (("Site or region", "Leeds depot, North"), ("Hours of coverage", ALWAYS),
                          ("Availability", "99.9%"))
    (targets,) = only(blocks, Table)
    assert targets.headers == ("Priority", "Response time", "Resolution time", "Counted in")
    assert targets.rows == (("P1 Critical", "15 min", "1 h", "Calendar hours"), ("P2 High", "30 min", "2 h", "Business hours"))


def test_with_no_level_chosen_there_is_nothing_to_propose_price_or_compare() -> None:
    document = build(view(item(level_id=None, service_id=None, service_name="")))
    assert section(document, 4)[1:] == [Paragraph("No service level has been chosen yet.")]
    assert section(document, 5)[1:] == [Paragraph("No requirement is priced yet.")]
    assert section(document, 6)[1:] == [
        Paragraph("No level is offered for every requirement, so no comparison is shown.")
    ]


def test_the_price_proposal_lists_each_priced_line_with_totals_and_tax() -> None:
    blocks = section(build(view(
        item(volumes=Volumes(users=40)),
        item(id=6, position=2, service_id=2, service_name="Network monitoring", level_id=7, site="Hull",
             volumes=Volumes(sites=2), price_override=D("900"), override_reason="Two-site deal"),
        item(id=8, position=3, level_id=None),
    )), 5)
    (table,) = only(blocks, Table)
    assert table.headers == ("#", "Service", "Level", "Site or region", "Quantity", "Price per unit and month",
                             "Total per month")
    assert table.rows == (
        ("1", "Service desk", "Gold", "Leeds depot", "40", "€39.00", "€1,560.00"),
        ("2", "Network monitoring", "Gold", "Hull", "2", "€500.00", "€900.00"),
    )
    assert table.footer_rows == (
        ("", "Total per month", "", "", "", "", "€2,460.00"),
        ("", "Tax (20%)", "", "", "", "", "€492.00"),
        ("", "Total per month including tax", "", "", "", "", "€2,952.00"),
    )
    assert table.numeric_columns == (0, 4, 5, 6)
    assert only(blocks, Note) == [Note("Agreed price for line 2: Two-site deal"), Note("Amounts are per month, in EUR.")]


def test_without_tax_the_proposal_says_taxes_are_added() -> None:
    blocks = section(build(view(tax_rate_pct=D("0"))), 5)
    assert only(blocks, Table)[0].footer_rows == (("", "Total per month", "", "", "", "", "€1,560.00"),)
    assert only(blocks, Note) == [Note("Amounts are per month, in EUR. Prices exclude value-added tax and other "
                                       "taxes, which are added at the rate in force.")]


def test_levels_are_compared_side_by_side_with_tax() -> None:
    blocks = section(build(view(item(coverage="Mon-Fri 08:00-17:00", volumes=Volumes(users=10)))), 6)
    (table,) = only(blocks, Table)
    assert table.headers == ("Level", "Total per month", "Tax (20%)", "Total per month including tax")
    assert table.rows == (("Bronze", "€180.00", "€36.00", "€216.00"), ("Gold", "€390.00", "€78.00", "€468.00"))
    assert table.numeric_columns == (1, 2, 3)
    assert blocks[-1] == Note("Each row prices every requirement at the same level, so the levels can be compared.")


# 7: approval


def test_an_open_document_leaves_the_customers_signature_empty() -> None:
    blocks = section(build(view()), 7)
    assert blocks[1] == Paragraph(
        "By approving, the customer confirms that this document states its requirements correctly."
    )
    (block,) = only(blocks, SignatureBlock)
    assert (block.heading, block.labels, block.signature_label) == ("", ("Name", "Title", "Signed"), "Signature")
    (line,) = block.signatures
    assert (line.party, line.name, line.title, line.signed_at, line.mark) == (
        "Customer: Harbour & Rail Logistics Ltd", "", "", "not approved yet", ""
    )


@pytest.mark.parametrize("status", ["approved", "sent"])
def test_an_approved_document_names_who_approved_it_and_when(status: str) -> None:
    approved_at = dt.datetime(2026, 3, 9, 14, 30, tzinfo=UTC)
    (line,) = only(section(build(view(status=status, approved_at=approved_at, approved_by="Eleanor Whitfield")), 7),
                   SignatureBlock)[0].signatures
    if status == "approved":
        assert (line.name, line.signed_at, line.mark) == (
            "Eleanor Whitfield", "Mar 9, 2026, 2:30:00\u202fPM UTC", "Eleanor Whitfield, approved"
        )
    else:  # a date without the approved status is not an approval
        assert (line.name, line.signed_at, line.mark) == ("", "not approved yet", "")


def test_the_document_reads_the_quote_line_of_each_requirement_by_id() -> None:
    document = view(item(id=5, position=1), item(id=6, position=2, level_id=None))
    reordered = quote_for(document, (DESK,))
    flipped = Quote(lines=tuple(reversed(reordered.lines)), tax_rate_pct=reordered.tax_rate_pct)
    tree = build_requirements_document(document, flipped, "Nordvik Service Desk AB")
    states = [kv.rows[-1][1] for kv in only(section(tree, 2), KeyValues)]
    assert states == ["Service desk: Gold", "Service desk — level not chosen yet"]
    missing = build_requirements_document(document, Quote(lines=()), "Nordvik Service Desk AB")
    assert [kv.rows[-1][1] for kv in only(section(missing, 2), KeyValues)] == [
        "not matched to a catalogue service yet"
    ] * 2
