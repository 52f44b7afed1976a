"""PAdES signing of rendered PDFs and the checks on a signed file."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from slamdesk.core.certificates import ProviderCredentials, ensure_provider_certificate
from slamdesk.documents.pdf import render
from slamdesk.documents.signing import SigningError, embedded_metadata, sign_pdf, verify_pdf
from slamdesk.documents.tree import Document, Heading, Paragraph
from tests.tools import require

PROVIDER = "Åsa Öberg Konsult AB"
PASSPHRASE = "correct horse battery"


def tiny_document() -> Document:
    return Document(
        title="Serviceavtal SLA-2026-0001",
        subtitle="Åsa Öberg – Công ty TNHH Phần mềm Hà Nội",
        language="sv",
        footer="SLA-2026-0001 v1 · sha256 3f2a9c0d51e7",
        blocks=(
            Heading("1. Parter", 1),
            Paragraph("Leverantör: Åsa Öberg, Växjö. Khách hàng: Nguyễn Thị Hương."),
            Paragraph("Замовник: ТОВ «Київські мережі»."),
        ),
    )


@pytest.fixture
def credentials(tmp_path: Path) -> ProviderCredentials:
    return ensure_provider_certificate(tmp_path / "keys", PROVIDER, PASSPHRASE)


@pytest.fixture
def unsigned(tmp_path: Path) -> Path:
    path = tmp_path / "agreement.pdf"
    render(tiny_document(), path)
    return path


@pytest.fixture
def signed(tmp_path: Path, unsigned: Path, credentials: ProviderCredentials) -> Path:
    target = tmp_path / "agreement-signed.pdf"
    sign_pdf(unsigned, target, key_path=credentials.key_path, cert_path=credentials.cert_path,
             passphrase=PASSPHRASE, signer_name=PROVIDER, reason="Signed agreement SLA-2026-0001 v1",
             location="Växjö")
    return target


def byte_range(data: bytes) -> tuple[int, int, int, int]:
    match = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)
    assert match, "no /ByteRange in the signed file"
    a, b, c, d = (int(group) for group in match.groups())
    return a, b, c, d


def test_signed_pdf_verifies_and_is_trusted(signed: Path, unsigned: Path,
                                            credentials: ProviderCredentials) -> None:
    before = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    check = verify_pdf(signed, credentials.cert_path.read_bytes())

    assert check.ok, check.message
    assert check.signed and check.intact and check.trusted and check.covers_whole_file
    assert check.signer == PROVIDER
    assert check.signed_at is not None and check.signed_at > before
    assert PROVIDER in check.message

    data = signed.read_bytes()
    original = unsigned.read_bytes()
    assert data.startswith(original)  # an incremental update: the rendered bytes are untouched
    start, first_len, second_start, second_len = byte_range(data)
    assert start == 0 and second_start + second_len == len(data)


def test_signature_is_pades_with_reason_and_location(signed: Path) -> None:
    with signed.open("rb") as handle:
        (signature,) = PdfFileReader(handle).embedded_signatures
        sig = signature.sig_object
        assert sig["/SubFilter"] == "/ETSI.CAdES.detached"
        assert sig["/Reason"] == "Signed agreement SLA-2026-0001 v1"
        assert sig["/Location"] == "Växjö"
        assert sig["/Name"] == PROVIDER
        assert signature.md_algorithm == "sha256"


def test_without_trusted_certificate_only_integrity_is_checked(signed: Path) -> None:
    check = verify_pdf(signed, None)
    assert check.ok
    assert check.intact and not check.trusted


def test_signing_in_place(tmp_path: Path, unsigned: Path, credentials: ProviderCredentials) -> None:
    sign_pdf(unsigned, unsigned, key_path=credentials.key_path, cert_path=credentials.cert_path,
             passphrase=PASSPHRASE, signer_name=PROVIDER, reason="Signed")
    assert verify_pdf(unsigned, credentials.cert_path.read_bytes()).ok
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_signing_twice_keeps_both_signatures_valid(tmp_path: Path, signed: Path,
                                                   credentials: ProviderCredentials) -> None:
    sign_pdf(signed, signed, key_path=credentials.key_path, cert_path=credentials.cert_path,
             passphrase=PASSPHRASE, signer_name=PROVIDER, reason="Countersigned")
    check = verify_pdf(signed, credentials.cert_path.read_bytes())
    assert check.ok, check.message
    assert signed.read_bytes().count(b"/ByteRange") == 2


def test_pdfsig_reads_the_signature(signed: Path) -> None:
    require("pdfsig")
    output = _pdfsig(signed)
    assert "Signature Validation: Signature is Valid." in output, output
    assert "Signature Type: ETSI.CAdES.detached" in output, output
    assert "Total document signed" in output, output
    assert PROVIDER in output, output


def test_one_changed_byte_breaks_the_signature(signed: Path, unsigned: Path,
                                               credentials: ProviderCredentials) -> None:
    data = bytearray(signed.read_bytes())
    start, first_len, _second_start, _second_len = byte_range(bytes(data))
    # The middle of the original rendered PDF (a font or page stream): signed,
    # and well before the signature's /Contents.
    offset = len(unsigned.read_bytes()) // 2
    assert start <= offset < start + first_len
    data[offset] ^= 0x01
    signed.write_bytes(bytes(data))

    check = verify_pdf(signed, credentials.cert_path.read_bytes())
    assert not check.ok
    assert check.signed and not check.intact
    assert "changed" in check.message

    require("pdfsig")
    output = _pdfsig(signed)
    assert "Signature Validation: Signature is Valid." not in output, output
    assert "Digest Mismatch" in output, output


def test_appended_bytes_are_not_covered(signed: Path, credentials: ProviderCredentials) -> None:
    with signed.open("ab") as handle:
        handle.write(b"\n% appended after signing\n")
    check = verify_pdf(signed, credentials.cert_path.read_bytes())
    assert not check.ok
    assert not check.covers_whole_file


@pytest.mark.parametrize("content", [b"", b"not a pdf at all", b"%PDF-1.4\n1 0 obj\n<<"])
def test_garbage_is_reported_not_raised(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "garbage.pdf"
    path.write_bytes(content)
    check = verify_pdf(path, None)
    assert not check.ok and not check.signed
    assert check.message


def test_truncated_signed_file_is_reported(signed: Path, credentials: ProviderCredentials) -> None:
    data = signed.read_bytes()
    signed.write_bytes(data[: len(data) - 200])
    check = verify_pdf(signed, credentials.cert_path.read_bytes())
    assert not check.ok
    assert check.message


def test_unsigned_pdf_is_not_signed(unsigned: Path, credentials: ProviderCredentials) -> None:
    check = verify_pdf(unsigned, credentials.cert_path.read_bytes())
    assert not check.ok
    assert not check.signed
    assert "no digital signature" in check.message


def test_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        verify_pdf(tmp_path / "missing.pdf", None)
    with pytest.raises(FileNotFoundError):
        embedded_metadata(tmp_path / "missing.pdf")


def test_other_certificate_is_not_trusted(tmp_path: Path, signed: Path) -> None:
    other = ensure_provider_certificate(tmp_path / "other", PROVIDER, PASSPHRASE)  # same name, other key
    check = verify_pdf(signed, other.cert_path.read_bytes())
    assert not check.ok
    assert check.signed and check.intact and check.covers_whole_file
    assert not check.trusted
    assert "trusted certificate" in check.message


def test_unreadable_trusted_certificate_fails_closed(signed: Path) -> None:
    check = verify_pdf(signed, b"-----BEGIN CERTIFICATE-----\nbroken\n")
    assert not check.ok


def test_wrong_passphrase_is_a_signing_error(tmp_path: Path, unsigned: Path,
                                             credentials: ProviderCredentials) -> None:
    target = tmp_path / "out.pdf"
    with pytest.raises(SigningError, match="passphrase"):
        sign_pdf(unsigned, target, key_path=credentials.key_path, cert_path=credentials.cert_path,
                 passphrase="not the passphrase", signer_name=PROVIDER, reason="Signed")
    assert not target.exists()


def test_key_of_another_certificate_is_refused(tmp_path: Path, unsigned: Path,
                                               credentials: ProviderCredentials) -> None:
    other = ensure_provider_certificate(tmp_path / "other", "Other AB", PASSPHRASE)
    with pytest.raises(SigningError, match="does not belong"):
        sign_pdf(unsigned, tmp_path / "out.pdf", key_path=credentials.key_path,
                 cert_path=other.cert_path, passphrase=PASSPHRASE, signer_name=PROVIDER,
                 reason="Signed")


def test_signing_garbage_is_a_signing_error(tmp_path: Path, credentials: ProviderCredentials) -> None:
    source = tmp_path / "garbage.pdf"
    source.write_bytes(b"not a pdf")
    with pytest.raises(SigningError):
        sign_pdf(source, tmp_path / "out.pdf", key_path=credentials.key_path,
                 cert_path=credentials.cert_path, passphrase=PASSPHRASE, signer_name=PROVIDER,
                 reason="Signed")


def test_embedded_metadata_survives_signing(signed: Path, unsigned: Path) -> None:
    before = embedded_metadata(unsigned)
    after = embedded_metadata(signed)
    assert before["Title"] == "Serviceavtal SLA-2026-0001"
    assert after["Title"] == before["Title"]
    assert after["Subject"] == "Åsa Öberg – Công ty TNHH Phần mềm Hà Nội"
    assert after["Creator"] == "slamdesk"


def test_embedded_metadata_of_garbage_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"garbage")
    assert embedded_metadata(path) == {}


def _pdfsig(path: Path) -> str:
    result = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, timeout=60,
                            check=False)
    return result.stdout + result.stderr
