"""Sign a rendered PDF (PAdES, with pyHanko) and check a signed one.

This module knows nothing about agreements, databases or where keys are
kept: it takes plain paths and bytes.  ``core`` decides which key signs and
which certificate is trusted, and turns :class:`SigningError` into a message
for the person at the keyboard.

* :func:`sign_pdf` adds one invisible PAdES signature (ETSI.CAdES.detached,
  SHA-256) as an incremental update, so the bytes of the original PDF stay as
  they were and the signature covers the whole file.
* :func:`verify_pdf` never raises for a bad file (only for a missing one); it
  returns a :class:`SignatureCheck` whose ``ok`` says whether the file is
  signed, untouched since signing and, when a certificate is given, signed by
  that certificate.
* :func:`embedded_metadata` reads the document information dictionary
  (Title, Subject, Keywords, ...) of the latest revision.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from asn1crypto import keys as asn1_keys, x509 as asn1_x509
from cryptography import x509 as crypto_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.keys import load_certs_from_pemder_data
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.signers.pdf_cms import SimpleSigner
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from .files import write_atomic
from .keyfile import KeyFileError, load_private_key

__all__ = ["SignatureCheck", "SigningError", "embedded_metadata", "sign_pdf", "verify_pdf"]

_FIELD_PREFIX = "Signature"

# pyHanko logs every failed trust check (an unknown or self-signed signer is an
# expected outcome here) with a traceback.  Without these handlers Python's
# last-resort handler would print them to stderr of the CLI; an application
# that configures logging still receives them through propagation.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


class SigningError(Exception):
    """The PDF could not be signed; the message says why in plain words."""


@dataclass(frozen=True)
class SignatureCheck:
    """What :func:`verify_pdf` found.

    ``signed``: the file carries at least one signature.
    ``intact``: every signature's digest matches the bytes it covers and the
    signature value itself is cryptographically sound.
    ``trusted``: every signer's certificate chains to the trusted certificate
    that was given (always ``False`` when none was given).
    ``covers_whole_file``: the latest signature covers every byte of the file
    (nothing was appended after signing).
    ``signer``: common name of the latest signer's certificate.
    ``signed_at``: signing time the latest signer claimed (not a timestamp).
    ``message``: one sentence for people.
    ``trust_checked``: a trusted certificate was given to check against.
    """

    signed: bool
    intact: bool
    trusted: bool
    covers_whole_file: bool
    signer: str
    signed_at: datetime | None
    message: str
    trust_checked: bool = False

    @property
    def ok(self) -> bool:
        """Signed, intact, covering the whole file, and trusted when trust was asked for."""
        return (
            self.signed
            and self.intact
            and self.covers_whole_file
            and (self.trusted or not self.trust_checked)
        )


def sign_pdf(
    source: Path,
    target: Path,
    *,
    key_path: Path,
    cert_path: Path,
    passphrase: str,
    signer_name: str,
    reason: str,
    location: str = "",
) -> None:
    """Sign ``source`` with the key and certificate given and write ``target``.

    The signature (PAdES baseline, SHA-256, invisible field) is appended as
    an incremental update; ``target`` is written atomically and may be
    ``source`` itself.  Raises :class:`SigningError` for a wrong passphrase,
    unreadable key or certificate, or a source that is not a usable PDF, and
    :class:`FileNotFoundError` when ``source`` or the target folder is missing.
    """
    source = Path(source)
    target = Path(target)
    data = source.read_bytes()
    if not target.parent.is_dir():
        raise FileNotFoundError(f"folder does not exist: {target.parent}")
    signer = _load_signer(Path(key_path), Path(cert_path), passphrase)

    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    except Exception as exc:  # pyHanko raises several kinds for a broken file
        raise SigningError(f"{source.name} is not a PDF that can be signed: {exc}") from exc
    if writer.prev.encrypted:
        raise SigningError(f"{source.name} is encrypted and cannot be signed")

    metadata = signers.PdfSignatureMetadata(
        field_name=_free_field_name(writer),
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        name=signer_name or None,
        reason=reason or None,
        location=location or None,
    )
    output = io.BytesIO()
    try:
        signers.PdfSigner(metadata, signer=signer).sign_pdf(writer, output=output)
    except Exception as exc:  # pyHanko's SigningError, PdfError, ValueError, ...
        raise SigningError(f"could not sign {source.name}: {exc}") from exc
    write_atomic(target, output.getvalue())


def verify_pdf(path: Path, trusted_cert_pem: bytes | None) -> SignatureCheck:
    """Check every signature in ``path``; never raises except for a missing file.

    ``trusted_cert_pem`` is the one certificate (PEM or DER) the signer must
    chain to; with ``None`` only integrity is checked and ``trusted`` is False.
    Nothing is fetched from the network: no OCSP, no CRL, no AIA.
    """
    data = Path(path).read_bytes()  # FileNotFoundError propagates on purpose
    trust_checked = trusted_cert_pem is not None

    def fail(message: str, *, signed: bool = False, signer: str = "",
             signed_at: datetime | None = None) -> SignatureCheck:
        return SignatureCheck(signed=signed, intact=False, trusted=False, covers_whole_file=False,
                              signer=signer, signed_at=signed_at, message=message,
                              trust_checked=trust_checked)

    trust_roots: list[asn1_x509.Certificate] = []
    if trusted_cert_pem is not None:
        try:
            trust_roots = list(load_certs_from_pemder_data(trusted_cert_pem))
        except Exception:
            trust_roots = []
        if not trust_roots:
            return fail("The trusted certificate given for the check could not be read.")

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
    except Exception:
        return fail("The file is not a readable PDF (damaged, truncated or not a PDF at all).")
    if not embedded:
        return fail("The PDF carries no digital signature.")

    latest = embedded[-1]
    signer = _signer_name(latest)
    intact = True
    trusted = trust_checked
    signed_at: datetime | None = None
    covers_whole_file = False
    for index, signature in enumerate(embedded):
        context = ValidationContext(trust_roots=trust_roots, allow_fetching=False,
                                    revocation_mode="soft-fail")
        try:
            status = validate_pdf_signature(signature, signer_validation_context=context)
        except Exception as exc:
            return fail(f"The signature could not be checked: {_first_line(exc)}",
                        signed=True, signer=signer)
        intact = intact and status.intact and status.valid
        trusted = trusted and status.trusted
        if index == len(embedded) - 1:
            signed_at = status.signer_reported_dt
            covers_whole_file = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
            signer = _common_name(status.signing_cert) or signer

    if not intact:
        message = "The document was changed after it was signed: the signature does not match its content."
    elif not covers_whole_file:
        message = "Content was added to the file after the last signature."
    elif trust_checked and not trusted:
        message = f"The signature is intact but was not made with the trusted certificate (signed by {signer})."
    elif trust_checked:
        message = f"The signature by {signer} is intact and made with the trusted certificate."
    else:
        message = f"The signature by {signer} is intact (the certificate was not checked)."
    return SignatureCheck(signed=True, intact=intact, trusted=trusted,
                          covers_whole_file=covers_whole_file, signer=signer,
                          signed_at=signed_at, message=message, trust_checked=trust_checked)


def embedded_metadata(path: Path) -> dict[str, str]:
    """The document information of the latest revision, keys without the slash.

    E.g. ``{"Title": ..., "Subject": ..., "Keywords": ...}``.  Empty when the
    file is not a readable PDF or has no information dictionary; raises
    :class:`FileNotFoundError` for a missing file.
    """
    data = Path(path).read_bytes()
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        info = reader.trailer_view["/Info"]
        if not isinstance(info, generic.DictionaryObject):
            return {}
        result: dict[str, str] = {}
        for key, value in info.items():
            value = value.get_object() if isinstance(value, generic.IndirectObject) else value
            if isinstance(value, (generic.TextStringObject, generic.ByteStringObject, generic.NameObject, str)):
                result[str(key).lstrip("/")] = str(value)
        return result
    except Exception:
        return {}


def _load_signer(key_path: Path, cert_path: Path, passphrase: str) -> SimpleSigner:
    try:
        key_bytes = key_path.read_bytes()
    except FileNotFoundError:
        raise SigningError(f"the signing key is missing: {key_path}") from None
    try:
        cert_bytes = cert_path.read_bytes()
    except FileNotFoundError:
        raise SigningError(f"the signing certificate is missing: {cert_path}") from None
    try:
        key = load_private_key(key_bytes, passphrase)
    except KeyFileError as exc:
        raise SigningError(str(exc)) from exc
    try:
        cert = crypto_x509.load_pem_x509_certificate(cert_bytes)
    except ValueError as exc:
        raise SigningError(f"the signing certificate cannot be read: {cert_path}") from exc
    spki = serialization.PublicFormat.SubjectPublicKeyInfo
    if (key.public_key().public_bytes(serialization.Encoding.DER, spki)
            != cert.public_key().public_bytes(serialization.Encoding.DER, spki)):
        raise SigningError("the signing key does not belong to the signing certificate")
    return SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        signing_key=asn1_keys.PrivateKeyInfo.load(key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())),
        cert_registry=SimpleCertificateStore(),
    )


def _free_field_name(writer: IncrementalPdfFileWriter) -> str:
    try:
        taken = {name for name, _value, _ref in fields.enumerate_sig_fields(writer)}
    except Exception:
        taken = set()
    number = len(taken) + 1
    while f"{_FIELD_PREFIX}{number}" in taken:
        number += 1
    return f"{_FIELD_PREFIX}{number}"


def _signer_name(signature: object) -> str:
    try:
        cert = signature.signer_cert  # type: ignore[attr-defined]
        name = _common_name(cert)
        if name:
            return name
    except Exception:
        pass
    try:
        return str(signature.sig_object.get("/Name", ""))  # type: ignore[attr-defined]
    except Exception:
        return ""


def _common_name(cert: asn1_x509.Certificate | None) -> str:
    if cert is None:
        return ""
    try:
        return str(cert.subject.native.get("common_name", "")) or cert.subject.human_friendly
    except Exception:
        return ""


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]

