"""What ``slamdesk verify`` says about a PDF (core/verification.py), case by case.

The forgeries themselves (another key, an appended revision, other terms
under the provider's own signature) are in test_forgery.py; here are the
verdicts on files that are not what they claim: unsigned, naming no agreement,
naming one this register did not sign, or carrying another hash.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from sqlalchemy import select

from slamdesk.core import agreements, export, register, settings, verification, versions
from slamdesk.core.agreement_document import build_agreement_document
from slamdesk.core.content import sha256_text, stable_json
from slamdesk.core.db import Database
from slamdesk.core.errors import NotFoundError
from slamdesk.core.lifecycle import Status
from slamdesk.core.paths import keys_dir
from slamdesk.core.roles import Actor
from slamdesk.documents import pdf
from slamdesk.models import Agreement, AgreementVersion
from tests.raw import raw

from .test_amendments import ACTIVE, _more_users


@pytest.fixture
def number(demo_db: Database) -> str:
    return next(row.number for row in register.list_agreements(demo_db, search="Sông Hồng") if row.status is Status.SIGNED)


def unsigned(demo_db: Database, number: str, folder: Path, **changes: object) -> Path:
    """The signed version's document as slamdesk draws it (optionally with other terms), never signed."""
    detail = agreements.get_agreement(demo_db, number)
    detail = dataclasses.replace(detail, **changes)  # type: ignore[arg-type]
    path = folder / f"{number}.pdf"
    pdf.render(build_agreement_document(detail, detail.provider), path)
    return path


def with_keywords(source: Path, keywords: str | None, target: Path) -> Path:
    writer = PdfWriter(clone_from=PdfReader(source))
    info = dict(writer.metadata or {})
    info.pop("/Keywords", None)
    if keywords is not None:
        info["/Keywords"] = keywords
    writer.metadata = None
    writer.add_metadata(info)
    with target.open("wb") as out:
        writer.write(out)
    return target


def test_a_file_that_is_not_there_is_named(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError) as raised:
        verification.verify_document(demo_db, tmp_path / "gone.pdf")
    assert str(raised.value) == f"no such file: {tmp_path / 'gone.pdf'}"


def test_an_unsigned_copy_shows_the_signed_terms_but_never_passes(demo_db: Database, number: str, tmp_path: Path) -> None:
    path = unsigned(demo_db, number, tmp_path)
    sealed = agreements.get_agreement(demo_db, number).content_sha256
    assert sealed is not None
    verdict = verification.verify_document(demo_db, path)
    assert (verdict.number, verdict.version_no, verdict.matches_frozen_content) == (number, 1, True)
    assert not verdict.signature.signed and not verdict.ok
    assert verdict.summary == "not signed: it shows the signed terms but proves nothing"
    assert verdict.reasons == (verdict.signature.message, f"content matches {number} v1 as signed (SHA-256 {sealed[:16]}…)")


def test_without_any_certificate_an_unsigned_file_says_what_the_signature_check_found(
    demo_db: Database, number: str, tmp_path: Path
) -> None:
    assert not (keys_dir() / "provider-cert.pem").exists()
    verdict = verification.verify_document(demo_db, unsigned(demo_db, number, tmp_path))
    assert verdict.signature.trust_checked and not verdict.signature.trusted and not verdict.ok
    assert "certificate is not on this machine" not in verdict.message  # nothing intact to speak of
    assert verdict.reasons[0] == verdict.signature.message


@pytest.mark.parametrize("keywords, shown", [
    (None, "the file does not name a slamdesk agreement"),
    ("slamdesk version=1", "the file does not name a slamdesk agreement"),
    ("slamdesk agreement=SLA-1999-0001 version=1 content-sha256=abc", "SLA-1999-0001 v1 is not a signed agreement in "
                                                                       "this register"),
    ("slamdesk agreement={n} version=7 content-sha256={h}", "{n} v7 is not a signed agreement in this register"),
    ("slamdesk agreement={n} version=first content-sha256={h}", "{n} vNone is not a signed agreement in this register"),
    ("slamdesk agreement={n} content-sha256={h}", "{n} vNone is not a signed agreement in this register"),
    ("slamdesk agreement={n} version=1 content-sha256=" + "0" * 64,
     "the content hash differs from the one sealed when {n} was signed"),
    ("slamdesk agreement={n} version=1", "the content hash differs from the one sealed when {n} was signed"),
])
def test_a_file_that_claims_no_or_another_signed_version_says_which(
    demo_db: Database, number: str, tmp_path: Path, keywords: str | None, shown: str
) -> None:
    sealed = agreements.get_agreement(demo_db, number).content_sha256 or ""
    given = None if keywords is None else keywords.format(n=number, h=sealed)
    path = with_keywords(unsigned(demo_db, number, tmp_path), given, tmp_path / "claimed.pdf")
    verdict = verification.verify_document(demo_db, path)
    assert verdict.message.endswith("; " + shown.format(n=number)) and not verdict.matches_frozen_content
    assert verdict.number == (number if "{n}" in (keywords or "") else "SLA-1999-0001" if "1999" in (keywords or "") else "")


def test_a_draft_is_not_a_signed_agreement_whatever_its_file_claims(demo_db: Database, tmp_path: Path) -> None:
    draft = next(row.number for row in register.list_agreements(demo_db) if row.status is Status.DRAFT)
    version = agreements.get_agreement(demo_db, draft).version_no
    path = with_keywords(unsigned(demo_db, draft, tmp_path), f"slamdesk agreement={draft} version={version} "
                         "content-sha256=", tmp_path / "draft.pdf")
    verdict = verification.verify_document(demo_db, path)
    assert verdict.message.endswith(f"; {draft} v{version} is not a signed agreement in this register")
    assert verdict.version_no == version


def test_a_document_with_other_terms_names_the_first_three_it_lacks(demo_db: Database, number: str, tmp_path: Path) -> None:
    genuine = agreements.get_agreement(demo_db, number)
    path = unsigned(demo_db, number, tmp_path, title="Forged terms", customer_name="Mallory Holdings",
                    lines=tuple(dataclasses.replace(line, line_total=line.line_total * 3) for line in genuine.lines))
    verdict = verification.verify_document(demo_db, path)
    assert not verdict.matches_frozen_content and verdict.version_no == 1
    prefix = f"; the document does not show the terms signed for {number} v1: missing "
    assert prefix in verdict.message
    shown = verdict.message.split(prefix, 1)[1].split("; ")
    assert shown[:2] == [f"title {genuine.title!r}", f"customer {genuine.customer_name!r}"]
    assert len(shown) == 3  # three of the missing terms, not every one


def test_a_fact_wrapped_over_two_lines_is_still_found_and_a_missing_one_is_named() -> None:
    facts = [("customer", "Sông Hồng Logistics JSC"), ("total", "1 234,00 EUR"), ("title", "Gold support")]
    text = "Customer: Sông Hồng\nLogistics  JSC\tTotal 1 234,00\n EUR"
    assert verification.missing_facts(text, facts) == [("title", "Gold support")]


def test_a_file_that_is_no_pdf_has_no_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.pdf"
    path.write_bytes(b"%PDF-1.7 but not really")
    assert verification.document_text(path) == ""
    real = tmp_path / "real.pdf"
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.add_blank_page(200, 200)
    with real.open("wb") as out:
        writer.write(out)
    assert verification.document_text(real) == "\n"  # one line per page, blank pages read as ""


def test_a_verdict_passes_only_when_the_signature_is_trusted_and_the_terms_match(
    demo_db: Database, number: str, tmp_path: Path
) -> None:
    verdict = verification.verify_document(demo_db, unsigned(demo_db, number, tmp_path))
    good = dataclasses.replace(verdict.signature, signed=True, intact=True, covers_whole_file=True, trusted=True,
                               trust_checked=True)
    assert good.ok
    assert dataclasses.replace(verdict, signature=good).ok
    assert not dataclasses.replace(verdict, signature=good, matches_frozen_content=False).ok
    untrusted = dataclasses.replace(good, trusted=False, trust_checked=False)
    assert untrusted.ok and not dataclasses.replace(verdict, signature=untrusted).ok  # intact, but whose?


def test_a_fact_whose_line_break_falls_inside_a_word_is_still_found() -> None:
    facts = [("customer", "Sông Hồng Logistics JSC")]
    assert verification.missing_facts("Customer: Sông Hồng Logis-\ntics JSC", facts) == facts  # a hyphen is no wrap
    assert verification.missing_facts("Customer: Sông Hồng Logis\ntics JSC", facts) == []
    assert verification.missing_facts("Customer: SôngHồngLogisticsJSC", facts) == []


def test_a_signed_version_whose_sealed_content_is_gone_is_not_called_signed(
    demo_db: Database, number: str, tmp_path: Path
) -> None:
    path = unsigned(demo_db, number, tmp_path)
    with raw(demo_db) as connection:
        connection.drop_triggers()
        connection.execute("UPDATE agreement_version SET content_json = NULL WHERE version_no = 1 AND agreement_id = "
                           "(SELECT id FROM agreement WHERE number = ?)", (number,))
    verdict = verification.verify_document(demo_db, path)
    assert verdict.message.endswith(f"; {number} v1 is not a signed agreement in this register")


def test_a_version_sealed_before_the_provider_was_sealed_is_checked_against_the_providers_name_now(
    demo_db: Database, people: dict[str, Actor], number: str, tmp_path: Path
) -> None:
    """Content sealed in format 1 holds no provider: the document shows the provider setting, and so does the check."""
    with demo_db.read() as session:
        version_id, content_json = session.execute(
            select(AgreementVersion.id, AgreementVersion.content_json).join(Agreement)
            .where(Agreement.number == number, AgreementVersion.version_no == 1)).one()
    old = {key: value for key, value in json.loads(content_json).items()
           if key not in ("format", "provider", "author", "reviews", "rounds", "signatories")}
    old_json = stable_json(old)
    with raw(demo_db) as connection:
        connection.drop_triggers()
        connection.execute("UPDATE agreement_version SET content_json = ?, content_sha256 = ? WHERE id = ?",
                           (old_json, sha256_text(old_json), version_id))
    settings.set_setting(demo_db, people["admin"], settings.PROVIDER_NAME, "Lotus Managed Services")
    detail = agreements.get_agreement(demo_db, number)
    assert detail.provider == ""
    path = tmp_path / "old.pdf"
    pdf.render(build_agreement_document(detail, "Lotus Managed Services"), path)
    verdict = verification.verify_document(demo_db, path)
    assert verdict.matches_frozen_content, verdict.message
    other = tmp_path / "other.pdf"
    pdf.render(build_agreement_document(detail, "Another Provider"), other)
    assert "provider 'Lotus Managed Services'" in verification.verify_document(demo_db, other).message


def test_each_version_is_checked_against_its_own_signed_terms(
    demo_db: Database, people: dict[str, Actor], tmp_path: Path
) -> None:
    first = agreements.get_agreement(demo_db, ACTIVE)
    assert first.version_no == 1 and first.content_sha256
    versions.amend(demo_db, people["anna"], ACTIVE, "Ten more users from January.")  # v2: other lines
    agreements.redraft_lines(demo_db, people["anna"], ACTIVE, _more_users(demo_db, people["anna"], ACTIVE, 10))
    assert agreements.get_agreement(demo_db, ACTIVE).version_no == 2
    path = tmp_path / "v1.pdf"
    pdf.render(build_agreement_document(first, first.provider), path)
    verdict = verification.verify_document(demo_db, path)
    assert verdict.version_no == 1 and verdict.matches_frozen_content, verdict.message


def test_without_the_certificate_an_intact_signature_does_not_pass_the_signature_check(
    demo_db: Database, people: dict[str, Actor], number: str, tmp_path: Path
) -> None:
    (file,) = export.export_agreement(demo_db, people["linh"], number, ("pdf",), tmp_path / "out",
                                      passphrase="correct horse battery")
    (keys_dir() / "provider-cert.pem").unlink()
    verdict = verification.verify_document(demo_db, file.path)
    assert verdict.signature.intact and verdict.signature.trust_checked
    assert not verdict.signature.trusted and not verdict.signature.ok and not verdict.ok
    assert verdict.matches_frozen_content
    assert verdict.summary == "intact, but who signed it is not confirmed"
    assert verdict.reasons[0] == (f"the signature by {verdict.signature.signer} is intact, but who made it cannot be "
                                  f"checked: the provider's certificate is not on this machine (looked in {keys_dir()}); "
                                  "give it with --cert FILE")
    assert verdict.reasons[1].startswith(f"content matches {number} v1")
