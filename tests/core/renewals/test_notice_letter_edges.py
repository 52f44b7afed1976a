"""The notice letter's edges: every fact its table lists, the deadline the terms set, a notice period in days, the
version in force (after an amendment is signed, and while one is drafted), the provider as signed (and, for a
version sealed before contents named it, as the settings name it), and which notice it is: this agreement's, a
notice and not a renewal, the one that ends the agreement first. Both backends."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from slamdesk.core import agreements, settings, versions
from slamdesk.core.agreement_document import DocumentWords
from slamdesk.core.content import sha256_text
from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied
from slamdesk.core.renewals import notice_letter, standing
from slamdesk.core.renewals.stored import set_terms
from slamdesk.core.renewals.terms import NoticeUnit, Renewal, Terms
from slamdesk.core.roles import Actor, Role
from slamdesk.documents.tree import KeyValues, Paragraph, SignatureBlock
from tests.core.renewals.test_notice_letter import LETTER, PROVIDER, TACIT, _signed_in
from tests.raw import store_as_format_one

pytestmark = pytest.mark.rule_edges  # on SQLite: the feature's own tests run it on both backends (tests/conftest.py)

D = dt.date


def _facts(letter: notice_letter.NoticeLetter) -> dict[str, str]:
    (table,) = [block for block in notice_letter.build_notice_letter(letter).blocks if isinstance(block, KeyValues)]
    return dict(table.rows)


def _paragraphs(letter: notice_letter.NoticeLetter) -> list[str]:
    return [block.text for block in notice_letter.build_notice_letter(letter).blocks if isinstance(block, Paragraph)]


def test_the_letters_table_lists_every_fact_of_the_notice_in_order() -> None:
    (table,) = [block for block in notice_letter.build_notice_letter(LETTER).blocks if isinstance(block, KeyValues)]
    assert table.rows == (
        ("Reference", "NL-SLA-2027-0001-2026-12-31"),
        ("Provider", PROVIDER),
        ("Customer", "Harbour Logistics Ltd"),
        ("Agreement", "SLA-2027-0001, version 2"),
        ("Notice given by", "Customer: Harbour Logistics Ltd"),
        ("Notice given on", "September 1, 2026"),
        ("The agreement ends on", "December 31, 2026"),
        ("Notice period", "3 months"),
        ("Notice due by", "September 30, 2026"),
        ("Reason", "The quality of the service"),
        ("Agreement content, SHA-256", "ab" * 32),
    )


def test_a_notice_period_in_days_is_written_in_days_in_the_letters_language() -> None:
    in_days = dataclasses.replace(LETTER, notice=90, notice_unit=NoticeUnit.DAYS)
    assert _facts(in_days)["Notice period"] == "90 days"
    assert "within the notice period of 90 days" in " ".join(_paragraphs(in_days))


def test_a_notice_period_in_days_reads_as_the_agreements_own_terms_read_in_each_language() -> None:
    # CLDR's Swedish day as a duration is "dygn" (a span of 24 hours); a contract counts its notice in "dagar".
    expected = {"sv": ("90 dagar", "1 dag"), "vi": ("90 ngày", "1 ngày"), "id": ("90 hari", "1 hari"),
                "uk": ("90 днів", "1 день")}
    for language, (ninety, one) in expected.items():
        letter = dataclasses.replace(LETTER, language=language, notice=90, notice_unit=NoticeUnit.DAYS)
        words = DocumentWords(language, letter.currency)
        assert ninety in _facts(letter).values(), language
        assert words.span(90, "days") == ninety and words.span(1, "days") == one, language
        assert one in _facts(dataclasses.replace(letter, notice=1)).values(), language


def test_a_letter_built_without_saying_it_is_signed_carries_no_electronic_signature() -> None:
    (block,) = [b for b in notice_letter.build_notice_letter(LETTER).blocks if isinstance(b, SignatureBlock)]
    assert [line.mark for line in block.signatures] == ["", ""]


def test_the_letter_of_a_recorded_notice_names_the_day_notice_was_due_by_under_its_terms(db: Database) -> None:
    people, number = _signed_in(db, "en")  # a term of 2026, three months' notice: due by 30 September
    standing.give_notice(db, people["anna"], number, by="customer", given_on=D(2026, 9, 1), reason="price")
    letter = notice_letter.notice_of(db, number)
    assert (letter.effective, letter.deadline) == (D(2026, 12, 31), D(2026, 9, 30))
    assert _facts(letter)["Notice due by"] == "September 30, 2026"
    assert "(notice was due by September 30, 2026)" in " ".join(_paragraphs(letter))


def _sign_amendment(db: Database, people: dict[str, Actor], number: str) -> None:
    agreements.submit_for_review(db, people["anna"], number)
    agreements.approve(db, people["linh"], number)
    agreements.sign(db, people["anna"], number, party="provider", signer_name="Anna Lindqvist", signer_title="AM")
    agreements.sign(db, people["sofia"], number, party="customer", signer_name="Kim Contact", signer_title="CEO")


def test_after_an_amendment_is_signed_the_letter_names_it_and_its_notice_period(db: Database) -> None:
    people, number = _signed_in(db, "en")
    versions.amend(db, people["anna"], number, "Notice of 60 days.")
    set_terms(db, people["anna"], number, dataclasses.replace(TACIT, notice=60, notice_unit=NoticeUnit.DAYS))
    _sign_amendment(db, people, number)
    standing.give_notice(db, people["anna"], number, by="customer", given_on=D(2026, 9, 1), reason="price")
    letter = notice_letter.notice_of(db, number)
    amended = agreements.get_agreement(db, number, 2)
    assert (letter.version_no, letter.content_sha256) == (2, amended.content_sha256)
    assert amended.content_sha256 != agreements.get_agreement(db, number, 1).content_sha256
    facts = _facts(letter)
    assert (facts["Agreement"], facts["Notice period"], facts["Notice due by"]) == (
        f"{number}, version 2", "60 days", "November 1, 2026")


def test_while_an_amendment_is_drafted_the_letter_names_the_version_in_force_as_it_was_signed(db: Database) -> None:
    people, number = _signed_in(db, "en")
    standing.give_notice(db, people["anna"], number, by="customer", given_on=D(2026, 9, 1), reason="price")
    versions.amend(db, people["anna"], number, "A new contact.")
    letter = notice_letter.notice_of(db, number)
    signed = agreements.get_agreement(db, number, 1)
    assert signed.content_sha256
    assert (letter.version_no, letter.content_sha256, letter.contact_name) == (1, signed.content_sha256, "Kim Contact")
    assert _facts(letter)["Agreement content, SHA-256"] == signed.content_sha256


def test_the_letter_names_the_provider_as_signed_even_after_the_settings_rename_it(db: Database) -> None:
    people, number = _signed_in(db, "en")
    standing.give_notice(db, people["anna"], number, by="customer", given_on=D(2026, 9, 1), reason="price")
    settings.set_setting(db, people["admin"], settings.PROVIDER_NAME, "Renamed Holding AB")
    letter = notice_letter.notice_of(db, number)
    assert letter.provider == PROVIDER and _facts(letter)["Provider"] == PROVIDER


def test_a_version_sealed_before_contents_named_their_provider_gets_the_provider_the_settings_name(db: Database) -> None:
    people, number = _signed_in(db, "en")
    standing.give_notice(db, people["anna"], number, by="customer", given_on=D(2026, 9, 1), reason="price")
    older = store_as_format_one(db, number)  # as a version sealed by an older slamdesk was stored
    settings.set_setting(db, people["admin"], settings.PROVIDER_NAME, "Renamed Holding AB")
    letter = notice_letter.notice_of(db, number)
    assert (letter.provider, letter.content_sha256) == ("Renamed Holding AB", sha256_text(older))


def test_each_agreements_letter_names_its_own_notice(db: Database) -> None:
    people, first = _signed_in(db, "en")
    _people, second = _signed_in(db, "sv")
    standing.give_notice(db, people["anna"], first, by="customer", given_on=D(2026, 8, 3), reason="price",
                         detail="Too dear")
    standing.give_notice(db, people["anna"], second, by="customer", given_on=D(2026, 9, 1), reason="other",
                         detail="Merged")
    for number, given_on, reason, detail in ((first, D(2026, 8, 3), "price", "Too dear"),
                                             (second, D(2026, 9, 1), "other", "Merged")):
        letter = notice_letter.notice_of(db, number)
        assert (letter.number, letter.given_on, letter.reason, letter.detail) == (number, given_on, reason, detail)


def test_a_renewal_recorded_before_the_notice_is_no_notice_and_the_letter_names_the_notice(db: Database) -> None:
    people, number = _signed_in(db, "en", Terms(D(2025, 1, 1), 12, Renewal.TACIT, 12, notice=3,
                                                notice_unit=NoticeUnit.MONTHS))
    assert standing.record_tacit_renewals(db, people["anna"], D(2026, 2, 1)) == 1  # the term of 2026 began
    standing.give_notice(db, people["anna"], number, by="customer", given_on=D(2026, 9, 1), reason="price")
    letter = notice_letter.notice_of(db, number)
    assert (letter.by, letter.given_on, letter.effective, letter.reason) == ("customer", D(2026, 9, 1), D(2026, 12, 31),
                                                                             "price")


def test_when_notice_was_recorded_for_a_later_term_first_the_letter_names_the_one_that_ends_the_agreement(
    db: Database,
) -> None:
    people, number = _signed_in(db, "en")
    standing.give_notice(db, people["anna"], number, by="customer", given_on=D(2026, 8, 3), reason="price",
                         effective=D(2027, 12, 31))
    standing.give_notice(db, people["anna"], number, by="customer", given_on=D(2026, 9, 1), reason="other")
    letter = notice_letter.notice_of(db, number)
    assert (letter.effective, letter.given_on, letter.reason) == (D(2026, 12, 31), D(2026, 9, 1), "other")
    assert letter.reference == f"NL-{number}-2026-12-31"


def test_the_letters_body_says_who_ends_what_when_that_notice_was_in_time_that_service_goes_on_and_why() -> None:
    assert _paragraphs(LETTER) == [
        "The customer, Harbour Logistics Ltd, gives notice to terminate agreement SLA-2027-0001 (version 2) with the "
        "provider, Nordvik Service Desk AB.",
        "The agreement ends at the end of December 31, 2026, the last day of its term, and is not renewed.",
        "Notice was given on September 1, 2026, within the notice period of 3 months that the agreement's terms require "
        "(notice was due by September 30, 2026).",
        "Until then the agreement continues unchanged: the services are delivered and monitored, and fees and service "
        "credits fall due as agreed.",
        "Reason: The quality of the service.",
    ]
    by_provider = dataclasses.replace(LETTER, by="provider", notice=0, detail="First line\n  \nSecond line")
    assert _paragraphs(by_provider)[0].startswith("The provider, Nordvik Service Desk AB, gives notice")
    assert _paragraphs(by_provider)[2:] == [
        "Notice was given on September 1, 2026, by the last day of the term (September 30, 2026), as the agreement's "
        "terms allow.",
        "Until then the agreement continues unchanged: the services are delivered and monitored, and fees and service "
        "credits fall due as agreed.",
        "Reason: The quality of the service.",
        "First line",  # the details as typed, line by line, blank lines left out
        "Second line",
    ]


def test_a_letter_in_swedish_heads_and_labels_its_signatures_in_swedish_after_the_facts_and_the_body() -> None:
    document = notice_letter.build_notice_letter(dataclasses.replace(LETTER, language="sv"))
    assert [type(block).__name__ for block in document.blocks] == ["KeyValues", *["Paragraph"] * 5, "SignatureBlock"]
    block = document.blocks[-1]
    assert isinstance(block, SignatureBlock)
    assert (block.heading, block.labels, block.signature_label) == (
        "Underskrifter", ("Namn", "Befattning", "Undertecknat"), "Underskrift")
    assert (document.page_label, document.page_of_label) == ("Sida", "av")
    assert [(line.party, line.title, line.signed_at) for line in block.signatures] == [
        ("Kund: Harbour Logistics Ltd (säger upp)", "CEO", "1 september 2026"),
        (f"Leverantör: {PROVIDER} (bekräftar mottagandet)", "Representant", "2 september 2026")]


def test_the_letters_keywords_name_it_its_agreement_version_end_and_content_for_a_search_of_the_files() -> None:
    assert notice_letter.build_notice_letter(LETTER).keywords == (
        "slamdesk notice-letter=NL-SLA-2027-0001-2026-12-31 for=SLA-2027-0001 version=2 effective=2026-12-31 "
        f"content-sha256={'ab' * 32}")


def test_a_made_up_person_is_refused_as_nobody_before_being_told_whether_notice_was_given(
    db: Database, tmp_path: Path,
) -> None:
    people, number = _signed_in(db, "en")  # no notice given yet
    mallory = Actor(people["anna"].id + 100, "mallory", "Mallory", Role.ADMINISTRATOR)
    with pytest.raises(PermissionDenied, match="Mallory is not a local profile here"):
        notice_letter.export_notice_letter(db, mallory, number, out_dir=tmp_path / "out")
    assert not (tmp_path / "out").exists()
