"""The provider's local signing certificate: first use, reuse, passphrase rules."""

from __future__ import annotations

import datetime as dt
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

    key = serialization.load_pem_private_key(credentials.key_path.read_bytes(), PASSPHRASE.encode())
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    assert key.public_key() == cert.public_key()


def test_key_file_is_encrypted(tmp_path: Path) -> None:
    credentials = ensure_provider_certificate(tmp_path, PROVIDER, PASSPHRASE)
    text = credentials.key_path.read_text(encoding="ascii")
    assert "BEGIN PRIVATE KEY" not in text
    assert "BEGIN ENCRYPTED PRIVATE KEY" in text
    with pytest.raises(TypeError):  # no password: cryptography refuses an encrypted key
        serialization.load_pem_private_key(credentials.key_path.read_bytes(), None)


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
    serialization.load_pem_private_key(credentials.key_path.read_bytes(), PASSPHRASE.encode())


def test_load_certificate_pem_without_certificate(tmp_path: Path) -> None:
    assert load_certificate_pem(tmp_path) is None
    assert load_certificate_pem(tmp_path / "missing") is None
