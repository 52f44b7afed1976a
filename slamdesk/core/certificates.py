"""The provider's local signing certificate: made on first use, kept encrypted.

slamdesk signs exported agreements with a key that belongs to the provider
(the organisation using slamdesk).  On first use an EC P-256 key and a
self-signed X.509 certificate are created in a folder of the user's data
directory (mode 0700); the key is written encrypted with the passphrase the
user chose, under a key derived with scrypt (``documents.keyfile``; file mode
0600), and the certificate as plain PEM.  Later calls only check
that the passphrase still opens the key.

The certificate is self-signed, so it proves integrity and origin only to
someone who trusts this exact certificate (slamdesk does, by using it as the
trust root when it verifies its own exports).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from ..documents.files import write_atomic
from ..documents.keyfile import KeyFileError, encrypt_private_key, load_private_key, needs_upgrade
from .errors import ValidationError
from .paths import private_folder
from .words import _, ngettext

KEY_FILE = "provider-key.pem"
CERT_FILE = "provider-cert.pem"
MIN_PASSPHRASE_LENGTH = 8
VALIDITY_DAYS = 3652  # ten years
# Document signing (RFC 9336); readers that do not know it simply ignore it.
_DOCUMENT_SIGNING = x509.ObjectIdentifier("1.3.6.1.5.5.7.3.36")


@dataclass(frozen=True)
class ProviderCredentials:
    """Where the provider's encrypted key and its certificate live."""

    key_path: Path
    cert_path: Path


def ensure_provider_certificate(folder: Path, provider_name: str, passphrase: str) -> ProviderCredentials:
    """The provider's key and certificate in ``folder``, created on first use.

    When both files exist, ``passphrase`` must open the key (a
    :class:`ValidationError` on ``passphrase`` otherwise) and nothing is
    written.  When they do not, a new key and self-signed certificate for
    ``provider_name`` are created; the passphrase must then be at least
    eight characters.
    """
    folder = Path(folder)
    key_path = folder / KEY_FILE
    cert_path = folder / CERT_FILE
    if key_path.exists() and cert_path.exists():
        _check_passphrase(key_path, passphrase)
        return ProviderCredentials(key_path=key_path, cert_path=cert_path)

    _check_new_passphrase(passphrase)
    name = provider_name.strip()
    if not name:
        raise ValidationError(_("the provider needs a name before it can sign"), field="provider_name")

    key = ec.generate_private_key(ec.SECP256R1())
    certificate = _self_signed_certificate(key, name)
    key_pem = encrypt_private_key(key, passphrase)
    cert_pem = certificate.public_bytes(serialization.Encoding.PEM)

    private_folder(folder)
    # The certificate goes last: its presence with the key marks a finished pair.
    write_atomic(key_path, key_pem, mode=0o600)
    write_atomic(cert_path, cert_pem, mode=0o644)
    return ProviderCredentials(key_path=key_path, cert_path=cert_path)


def load_certificate_pem(folder: Path) -> bytes | None:
    """The provider's certificate as PEM bytes, or ``None`` if none was made yet."""
    path = Path(folder) / CERT_FILE
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _check_new_passphrase(passphrase: str) -> None:
    if not passphrase:
        raise ValidationError(_("a passphrase is needed to protect the provider's signing key"),
                              field="passphrase")
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            ngettext("the passphrase must be at least {count} characters long",
                     "the passphrase must be at least {count} characters long",
                     MIN_PASSPHRASE_LENGTH).format(count=MIN_PASSPHRASE_LENGTH),
            field="passphrase",
        )


def _check_passphrase(key_path: Path, passphrase: str) -> None:
    """The passphrase must open the key; a key file in the older, weaker form is written again in ours."""
    data = key_path.read_bytes()
    try:
        key = load_private_key(data, passphrase)
    except KeyFileError as exc:
        raise ValidationError(_("wrong passphrase for the provider's signing key"),
                              field="passphrase") from exc
    if needs_upgrade(data):
        write_atomic(key_path, encrypt_private_key(key, passphrase), mode=0o600)


def _self_signed_certificate(key: ec.EllipticCurvePrivateKey, name: str) -> x509.Certificate:
    # A name attribute holds 64 bytes of UTF-8 (not 64 letters: "Sông Hồng" is 9 letters, 13 bytes); cut between letters.
    name = name.encode("utf-8")[:64].decode("utf-8", errors="ignore")
    subject = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, name),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, name),
    ])
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    public_key = key.public_key()
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=VALIDITY_DAYS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,  # a.k.a. nonRepudiation
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage([_DOCUMENT_SIGNING, ExtendedKeyUsageOID.EMAIL_PROTECTION]),
            critical=False,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
    )
    return builder.sign(key, hashes.SHA256())

