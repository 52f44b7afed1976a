"""The provider's local signing certificate: first use, reuse, passphrase rules."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import stat
import sys
import time
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from slamdesk.core.certificates import (
    CERT_FILE,
    KEY_FILE,
    ProviderCredentials,
    ensure_provider_certificate,
    load_certificate_pem,
)
from slamdesk.core.errors import ValidationError
from slamdesk.documents import keyfile
from slamdesk.documents.keyfile import load_private_key

PROVIDER = "Åsa Öberg Konsult AB"
PASSPHRASE = "correct horse battery"


def test_first_use_creates_key_and_certificate(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "signing"  # parents do not exist yet
    credentials = ensure_provider_certificate(folder, PROVIDER, PASSPHRASE)

    assert credentials == ProviderCredentials(key_path=folder / KEY_FILE, cert_path=folder / CERT_FILE)
    assert credentials.key_path.is_file() and credentials.cert_path.is_file()
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(credentials.key_path).st_mode) == 0o600
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]

    cert = x509.load_pem_x509_certificate(credentials.cert_path.read_bytes())
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == PROVIDER
    assert cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == PROVIDER
    assert cert.issuer == cert.subject
    now = dt.datetime.now(dt.UTC)
    assert cert.not_valid_before_utc < now - dt.timedelta(hours=23)
    assert cert.not_valid_after_utc > now + dt.timedelta(days=365 * 10 - 2)
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment
    assert not cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca

    key = load_private_key(credentials.key_path.read_bytes(), PASSPHRASE)
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    assert key.public_key() == cert.public_key()


def test_key_file_is_encrypted_under_a_scrypt_derived_key(tmp_path: Path) -> None:
    credentials = ensure_provider_certificate(tmp_path, PROVIDER, PASSPHRASE)
    data = credentials.key_path.read_bytes()
    assert b"BEGIN PRIVATE KEY" not in data and data.startswith(keyfile.BEGIN)
    body = json.loads(base64.decodebytes(data.strip()[len(keyfile.BEGIN):-len(keyfile.END)]))
    assert body["kdf"] == "scrypt" and body["n"] >= 2**15 and body["r"] >= 8  # at least 32 MiB a guess
    assert PASSPHRASE.encode() not in data
    assert stat.S_IMODE(os.stat(tmp_path).st_mode) == 0o700 and stat.S_IMODE(os.stat(credentials.key_path).st_mode) == 0o600
    with pytest.raises(keyfile.KeyFileError):
        keyfile.load_private_key(data, "not the passphrase")


def test_a_key_file_in_the_old_weak_form_is_rewritten_on_its_next_use(tmp_path: Path) -> None:
    """Keys made before this release were PKCS#8 PEM with 2,048 PBKDF2 iterations."""
    first = ensure_provider_certificate(tmp_path, PROVIDER, PASSPHRASE)
    key = load_private_key(first.key_path.read_bytes(), PASSPHRASE)
    first.key_path.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(PASSPHRASE.encode())))
    assert keyfile.needs_upgrade(first.key_path.read_bytes())
    ensure_provider_certificate(tmp_path, PROVIDER, PASSPHRASE)
    upgraded = first.key_path.read_bytes()
    assert not keyfile.needs_upgrade(upgraded)
    again = load_private_key(upgraded, PASSPHRASE)
    assert again.private_numbers() == key.private_numbers()  # type: ignore[union-attr]
    assert stat.S_IMODE(os.stat(first.key_path).st_mode) == 0o600


def test_a_damaged_key_file_is_a_clear_refusal(tmp_path: Path) -> None:
    first = ensure_provider_certificate(tmp_path, PROVIDER, PASSPHRASE)
    data = bytearray(first.key_path.read_bytes())
    data[60] ^= 0x01
    first.key_path.write_bytes(bytes(data))
    with pytest.raises(ValidationError, match="wrong passphrase"):
        ensure_provider_certificate(tmp_path, PROVIDER, PASSPHRASE)


def test_second_use_reuses_the_same_certificate(tmp_path: Path) -> None:
    first = ensure_provider_certificate(tmp_path, PROVIDER, PASSPHRASE)
    cert_bytes = first.cert_path.read_bytes()
    key_bytes = first.key_path.read_bytes()

    second = ensure_provider_certificate(tmp_path, "Another name", PASSPHRASE)

    assert second == first
    assert second.cert_path.read_bytes() == cert_bytes
    assert second.key_path.read_bytes() == key_bytes
    assert load_certificate_pem(tmp_path) == cert_bytes


def test_wrong_passphrase_is_refused(tmp_path: Path) -> None:
    first = ensure_provider_certificate(tmp_path, PROVIDER, PASSPHRASE)
    cert_bytes = first.cert_path.read_bytes()

    for wrong in ("not the passphrase", ""):
        with pytest.raises(ValidationError) as info:
            ensure_provider_certificate(tmp_path, PROVIDER, wrong)
        assert info.value.field == "passphrase"
        assert "wrong passphrase" in str(info.value)
    assert first.cert_path.read_bytes() == cert_bytes


@pytest.mark.parametrize("passphrase", ["", "short", "1234567"])
def test_short_or_empty_passphrase_is_refused_on_first_use(tmp_path: Path, passphrase: str) -> None:
    with pytest.raises(ValidationError) as info:
        ensure_provider_certificate(tmp_path / "signing", PROVIDER, passphrase)
    assert info.value.field == "passphrase"
    assert not (tmp_path / "signing" / KEY_FILE).exists()
    assert load_certificate_pem(tmp_path / "signing") is None


def test_eight_characters_is_enough(tmp_path: Path) -> None:
    credentials = ensure_provider_certificate(tmp_path, PROVIDER, "12345678")
    assert credentials.key_path.exists()


def test_blank_provider_name_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as info:
        ensure_provider_certificate(tmp_path, "  ", PASSPHRASE)
    assert info.value.field == "provider_name"


def test_half_made_pair_is_replaced(tmp_path: Path) -> None:
    # A key without its certificate (an interrupted first use) is not a usable pair.
    (tmp_path / KEY_FILE).write_text("left over", encoding="ascii")
    credentials = ensure_provider_certificate(tmp_path, PROVIDER, PASSPHRASE)
    load_private_key(credentials.key_path.read_bytes(), PASSPHRASE)


def test_load_certificate_pem_without_certificate(tmp_path: Path) -> None:
    assert load_certificate_pem(tmp_path) is None
    assert load_certificate_pem(tmp_path / "missing") is None


def test_the_certificate_is_for_signing_documents_only_valid_from_yesterday_for_ten_years(tmp_path: Path) -> None:
    """What a PDF reader checking the signature sees in the certificate."""
    credentials = ensure_provider_certificate(tmp_path, "  Sông Hồng Services  ", PASSPHRASE)
    cert = x509.load_pem_x509_certificate(credentials.cert_path.read_bytes())
    assert cert.subject.rfc4514_string() == "O=Sông Hồng Services,CN=Sông Hồng Services"  # no stray spaces
    now = dt.datetime.now(dt.UTC)
    assert now - dt.timedelta(hours=25) < cert.not_valid_before_utc < now - dt.timedelta(hours=23)
    assert cert.not_valid_after_utc - cert.not_valid_before_utc == dt.timedelta(days=3652 + 1)
    assert cert.not_valid_before_utc.microsecond == 0
    constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints)
    assert constraints.critical and constraints.value == x509.BasicConstraints(ca=False, path_length=None)
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical and usage.value == x509.KeyUsage(
        digital_signature=True, content_commitment=True, key_encipherment=False, data_encipherment=False,
        key_agreement=False, key_cert_sign=False, crl_sign=False, encipher_only=False, decipher_only=False)
    extended = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage)
    assert not extended.critical
    assert list(extended.value) == [x509.ObjectIdentifier("1.3.6.1.5.5.7.3.36"), x509.oid.ExtendedKeyUsageOID.EMAIL_PROTECTION]
    identifier = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
    assert not identifier.critical
    assert identifier.value == x509.SubjectKeyIdentifier.from_public_key(cert.public_key())  # type: ignore[arg-type]
    assert cert.signature_hash_algorithm is not None and cert.signature_hash_algorithm.name == "sha256"
    assert stat.S_IMODE(os.stat(credentials.cert_path).st_mode) == 0o644  # anyone may check against it


@pytest.mark.parametrize("name", [
    "Công ty Dịch vụ Kỹ thuật Sông Hồng Đồng Nai và Đối tác",  # 54 characters, 74 bytes of UTF-8
    "Công ty TNHH Dịch vụ Kỹ thuật Sông Hồng và các Đối tác Phát triển Hạ tầng Số",
    "A" * 63 + "Ñ",  # 65 bytes: the last letter does not fit whole
    "Northwind Traders International Consolidated Holdings Group Ltd. (Nordic)",
])
def test_a_long_provider_name_still_signs_cut_to_what_a_certificate_holds(tmp_path: Path, name: str) -> None:
    """An X.509 name holds 64 bytes of UTF-8: a provider with accents in its name reaches that before 64 letters."""
    fits = max((name[:n] for n in range(len(name) + 1) if len(name[:n].encode("utf-8")) <= 64), key=len)
    cert = x509.load_pem_x509_certificate(ensure_provider_certificate(tmp_path, name, PASSPHRASE).cert_path.read_bytes())
    for oid in (NameOID.COMMON_NAME, NameOID.ORGANIZATION_NAME):
        assert cert.subject.get_attributes_for_oid(oid)[0].value == fits


@pytest.mark.parametrize("passphrase, message", [
    ("", "a passphrase is needed to protect the provider's signing key"),
    ("1234567", "the passphrase must be at least 8 characters long"),
])
def test_each_passphrase_refusal_says_what_is_wrong(tmp_path: Path, passphrase: str, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        ensure_provider_certificate(tmp_path, PROVIDER, passphrase)
    assert (str(info.value), info.value.field) == (message, "passphrase")


def test_a_blank_provider_name_is_refused_with_a_reason_and_nothing_is_written(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as info:
        ensure_provider_certificate(tmp_path / "signing", " \t ", PASSPHRASE)
    assert str(info.value) == "the provider needs a name before it can sign"
    assert not (tmp_path / "signing").exists()


def test_a_wrong_passphrase_leaves_an_old_key_file_as_it_was(tmp_path: Path) -> None:
    first = ensure_provider_certificate(tmp_path, PROVIDER, PASSPHRASE)
    key = load_private_key(first.key_path.read_bytes(), PASSPHRASE)
    old = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.BestAvailableEncryption(PASSPHRASE.encode()))
    first.key_path.write_bytes(old)
    with pytest.raises(ValidationError, match="wrong passphrase"):
        ensure_provider_certificate(tmp_path, PROVIDER, "not the passphrase")
    assert first.key_path.read_bytes() == old


def test_a_certificate_without_its_key_is_not_a_pair_and_is_made_again(tmp_path: Path) -> None:
    (tmp_path / CERT_FILE).write_bytes(b"left over")
    credentials = ensure_provider_certificate(tmp_path, PROVIDER, PASSPHRASE)
    cert = x509.load_pem_x509_certificate(credentials.cert_path.read_bytes())
    assert load_private_key(credentials.key_path.read_bytes(), PASSPHRASE).public_key() == cert.public_key()


def test_the_certificate_is_readable_by_anyone_whatever_the_umask_but_the_key_is_not(tmp_path: Path) -> None:
    previous = os.umask(0o077)  # a careful user's umask: new files private
    try:
        credentials = ensure_provider_certificate(tmp_path, PROVIDER, PASSPHRASE)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(os.stat(credentials.cert_path).st_mode) == 0o644
    assert stat.S_IMODE(os.stat(credentials.key_path).st_mode) == 0o600


def test_the_validity_does_not_depend_on_the_desks_time_zone(tmp_path: Path) -> None:
    previous = os.environ.get("TZ")
    for zone in ("Asia/Ho_Chi_Minh", "America/Los_Angeles"):  # seven hours ahead of UTC and eight behind
        os.environ["TZ"] = zone
        time.tzset()
        try:
            credentials = ensure_provider_certificate(tmp_path / zone, PROVIDER, PASSPHRASE)
        finally:
            if previous is None:
                del os.environ["TZ"]
            else:
                os.environ["TZ"] = previous
            time.tzset()
        cert = x509.load_pem_x509_certificate(credentials.cert_path.read_bytes())
        yesterday = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
        assert abs(cert.not_valid_before_utc - yesterday) < dt.timedelta(minutes=5), zone
