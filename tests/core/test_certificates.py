"""The provider's local signing certificate: first use, reuse, passphrase rules."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import stat
import sys
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
    now = dt.datetime.now(dt.timezone.utc)
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
