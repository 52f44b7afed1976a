"""Exporting signed agreements into the contract register folder."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from ..documents.files import write_atomic
from ..documents.tree import Document
from ..models import Agreement, AgreementVersion, RegisterDocument
from . import audit, frozen, register_files
from .agreement_document import build_agreement_document
from .agreements import AgreementDetail, get_agreement
from .catalogue import list_services
from .certificates import ProviderCredentials, ensure_provider_certificate
from .db import Database
from .errors import FrozenError, SlamdeskError, TransitionError, ValidationError
from .lifecycle import SIGNED_STATES
from .paths import keys_dir, register_dir
from .register import RegisterFilter, list_agreements
from .requirements import RequirementsView, get_requirements, quote_for
from .requirements_document import build_requirements_document, reference
from .roles import Actor, acting
from .settings import PROVIDER_NAME, get_setting
from .text import quoted
from .words import _


def _render_pdf(document: Document, path: Path) -> None:
    from ..documents import pdf  # reportlab loads when the first PDF is written, not at start-up

    pdf.render(document, path)


def _render_docx(document: Document, path: Path) -> None:
    from ..documents import docx  # python-docx likewise

    docx.render(document, path)


RENDERERS: dict[str, Callable[[Document, Path], None]] = {"pdf": _render_pdf, "docx": _render_docx}


class ExportError(SlamdeskError):
    """A document could not be written."""


@dataclass(frozen=True)
class ExportedFile:
    number: str
    format: str
    path: Path
    sha256: str
    size_bytes: int
    # Already in the register with these very bytes: nothing was written, ``path`` is the register's file.
    existing: bool = False


def parse_formats(text: str) -> tuple[str, ...]:
    formats = tuple(dict.fromkeys(part.strip().lower() for part in text.split(",") if part.strip()))
    unknown = [f for f in formats if f not in RENDERERS]
    if unknown or not formats:
        raise ValidationError(_("formats must be among {formats}; got {got}").format(
            formats=", ".join(RENDERERS), got=quoted(text, 40)), field="format")
    return formats


def slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-")[:60] or "customer"


def free_path(folder: Path, stem: str, suffix: str) -> Path:
    """A path in ``folder`` that does not exist yet: files are never overwritten."""
    candidate = folder / f"{stem}{suffix}"
    counter = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{counter}{suffix}"
        counter += 1
    return candidate


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def exportable(db: Database, number: str) -> AgreementDetail:
    """The agreement, if it exists and is signed; otherwise a clear refusal."""
    detail = get_agreement(db, number)
    if detail.status not in SIGNED_STATES:
        raise TransitionError(_("{number} is {status}; only signed agreements are exported into the register").format(
            number=number, status=detail.status.label.lower()))
    with db.read() as session:
        content_json, content_sha256 = session.execute(
            select(AgreementVersion.content_json, AgreementVersion.content_sha256)
            .join(Agreement)
            .where(Agreement.number == number, AgreementVersion.version_no == detail.version_no)
        ).one()
    if content_json is None or content_sha256 is None or not frozen.seal_intact(content_json, content_sha256):
        raise FrozenError(_(
            "the signed content of {number} v{version} no longer matches the seal made at signing: "
            "the database was changed outside slamdesk; restore a backup").format(number=number, version=detail.version_no))
    return detail


def export_agreement(
    db: Database,
    actor: Actor,
    number: str,
    formats: Sequence[str] = ("pdf", "docx"),
    out_dir: Path | None = None,
    passphrase: str | None = None,
) -> list[ExportedFile]:
    """Render a signed agreement and record every file in the register.

    Without ``out_dir`` the files go to the register folder beside the
    database: ``register/<customer>/<number>/v<version>/``. With the
    provider's ``passphrase`` the PDF carries a PAdES signature made with the
    provider's certificate (created on first use). A format the register
    already holds for this version byte for byte is not written again: its
    file comes back marked ``existing`` (and with every format so, nothing is
    written or recorded).
    """
    with db.read() as session:
        acting(session, actor)  # a made-up person is refused before any file is written
    detail = exportable(db, number)
    folder = out_dir or register_dir(db.path) / slug(detail.customer_name) / number / f"v{detail.version_no}"
    provider = get_setting(db, PROVIDER_NAME)
    credentials = ensure_provider_certificate(keys_dir(), provider, passphrase) if passphrase is not None else None
    document = build_agreement_document(detail, detail.provider or provider)
    kept: dict[str, ExportedFile] = {}
    rendered: dict[str, bytes] = {}
    if out_dir is None:
        with all_or_nothing(number, [], []):
            kept, rendered = _kept_in_register(db, detail, document, formats, signing=credentials is not None)
    if len(kept) == len(formats):
        return list(kept.values())  # every file already there, byte for byte: nothing is written or recorded
    created = make_folder(folder)
    written: list[ExportedFile] = []
    with all_or_nothing(number, written, created):
        targets = free_paths(folder, f"{number}-v{detail.version_no}", [fmt for fmt in formats if fmt not in kept])
        with register_files.journal(db.path, list(targets.values())):  # a crash before the records leaves no orphan
            for fmt, path in targets.items():
                if fmt in rendered:
                    write_atomic(path, rendered[fmt])
                else:
                    RENDERERS[fmt](document, path)
                if fmt == "pdf" and credentials is not None:
                    sign_pdf_file(path, credentials, passphrase or "", provider,
                                  f"{number} version {detail.version_no} as signed by the parties")
                written.append(ExportedFile(number, fmt, path, sha256_of(path), path.stat().st_size))
            _record(db, actor, number, detail.version_no, written)
    made = {file.format: file for file in written}
    return [kept.get(fmt) or made[fmt] for fmt in formats]


def _kept_in_register(
    db: Database, detail: AgreementDetail, document: Document, formats: Sequence[str], *, signing: bool,
) -> tuple[dict[str, ExportedFile], dict[str, bytes]]:
    """Which formats the register already holds for this version byte for byte (their files, as on this desk), and
    the bytes rendered of the others. A PDF signed now is never the same bytes (its signature has its moment)."""
    kept: dict[str, ExportedFile] = {}
    rendered: dict[str, bytes] = {}
    for fmt in formats:
        if fmt == "pdf" and signing:
            continue
        with tempfile.TemporaryDirectory() as scratch:
            scratch_file = Path(scratch) / f"{detail.number}-v{detail.version_no}.{fmt}"
            RENDERERS[fmt](document, scratch_file)
            data = scratch_file.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        with db.read() as session:
            stored = session.scalars(
                select(RegisterDocument.path).join(AgreementVersion, RegisterDocument.version_id == AgreementVersion.id)
                .join(Agreement).where(Agreement.number == detail.number, AgreementVersion.version_no == detail.version_no,
                                       RegisterDocument.kind == "agreement", RegisterDocument.format == fmt,
                                       RegisterDocument.sha256 == digest).order_by(RegisterDocument.id)).first()
        path: Path | None = None
        if stored is not None:
            with contextlib.suppress(SlamdeskError, OSError):
                path = register_files.local_copy(db, stored)
        if path is not None and path.is_file() and sha256_of(path) == digest:
            kept[fmt] = ExportedFile(detail.number, fmt, path, digest, len(data), existing=True)
        else:
            rendered[fmt] = data
    return kept, rendered


@contextmanager
def all_or_nothing(name: str, written: list[ExportedFile], created: Sequence[Path]) -> Iterator[None]:
    """On any failure inside, the files ``written`` so far and the folders ``created`` are removed; an error of the
    file system or a renderer becomes one ``ExportError`` line naming ``name``."""
    try:
        yield
    except OSError as error:
        remove_written(written, created)
        raise ExportError(_("cannot write {name}: {reason}").format(name=name, reason=error.strerror or error)) from error
    except SlamdeskError:
        remove_written(written, created)
        raise
    except Exception as error:  # a renderer's own failure: one line, not a traceback
        remove_written(written, created)
        raise render_failure(name, error) from error
    except BaseException:
        remove_written(written, created)
        raise


def free_paths(folder: Path, stem: str, formats: Sequence[str]) -> dict[str, Path]:
    """A new file name for each format, chosen before anything is written (never overwriting)."""
    return {fmt: free_path(folder, stem, f".{fmt}") for fmt in formats}


def _record(db: Database, actor: Actor, number: str, version_no: int, written: Sequence[ExportedFile]) -> None:
    """Record the written files in the register, in one transaction."""
    with db.unit_of_work() as session:
        version = session.scalars(
            select(AgreementVersion)
            .join(Agreement)
            .where(Agreement.number == number, AgreementVersion.version_no == version_no)
        ).one()
        for file in written:
            document = RegisterDocument(
                version_id=version.id,
                format=file.format,
                path=register_files.stored_path(db, file.path),
                sha256=file.sha256,
                size_bytes=file.size_bytes,
                created_by_id=actor.id,
            )
            session.add(document)
            session.flush()
            register_files.keep_content(session, db, document, file.path)
        audit.record(
            session, actor, "agreement.export", "agreement_version", version.id,
            number=number, files={f.format: f.sha256 for f in written},
        )


def sign_pdf_file(path: Path, credentials: ProviderCredentials, passphrase: str, provider: str, reason: str) -> None:
    """Sign the PDF at ``path`` in place with the provider's certificate; an unsigned file is removed, never kept."""
    from ..documents.signing import SigningError, sign_pdf  # pyHanko loads when the first PDF is signed

    try:
        sign_pdf(
            path, path, key_path=credentials.key_path, cert_path=credentials.cert_path, passphrase=passphrase,
            signer_name=provider, reason=reason,
        )
    except SigningError as error:
        path.unlink(missing_ok=True)
        raise ExportError(_("cannot sign the PDF: {error}").format(error=error)) from error


def remove_written(files: list[ExportedFile], folders: Sequence[Path] = ()) -> None:
    """Remove the files of a failed export, then the folders it created (deepest first, only while empty)."""
    for file in files:
        file.path.unlink(missing_ok=True)
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:  # not empty (another export wrote there; so are its parents), never made, or already gone
            pass


def make_folder(folder: Path, *, check_writable: bool = True) -> list[Path]:
    """Create ``folder`` and its missing parents; the ones created, deepest first, for ``_remove`` on failure.

    A failed export leaves no empty folder behind: not the version's, nor the
    agreement's or customer's it had to create for it.
    """
    created: list[Path] = []
    missing = folder
    while not missing.exists() and missing.parent != missing:
        created.append(missing)
        missing = missing.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        remove_written([], created)
        raise ExportError(_("cannot create folder {folder}: {reason}").format(folder=folder, reason=error.strerror)) from error
    if check_writable and not os.access(folder, os.W_OK):
        remove_written([], created)
        raise ExportError(_("folder is not writable: {folder}").format(folder=folder))
    return created


def render_failure(name: str, error: Exception) -> ExportError:
    """A renderer's exception as one line (reportlab's LayoutError: a value too long to fit on a page)."""
    if type(error).__name__ == "LayoutError":
        return ExportError(_("cannot write {name}: a value is too long to fit on a page "
                             "(a name or title of thousands of characters?)").format(name=name))
    first = (str(error).strip().splitlines() or [""])[0][:200]
    reason = f"{type(error).__name__}{': ' + first if first else ''}"
    return ExportError(_("cannot write {name}: {reason}").format(name=name, reason=reason))


def preview_pdf(db: Database, number: str) -> bytes:
    """The agreement's PDF as an export would render it, in any status: unsigned, unrecorded, not written."""
    detail = get_agreement(db, number)
    from ..documents import pdf

    return pdf.render_bytes(build_agreement_document(detail, detail.provider or get_setting(db, PROVIDER_NAME)))


def requirements_document(db: Database, document_id: int, view: RequirementsView | None = None) -> Document:
    """The requirements document's tree, priced by a quote recalculated from its stored inputs."""
    view = view or get_requirements(db, document_id)
    return build_requirements_document(view, quote_for(view, list_services(db)), get_setting(db, PROVIDER_NAME))


def preview_requirements_pdf(db: Database, document_id: int) -> bytes:
    """The requirements document's PDF, written nowhere."""
    from ..documents import pdf

    return pdf.render_bytes(requirements_document(db, document_id))


def export_requirements(
    db: Database,
    actor: Actor,
    document_id: int,
    formats: Sequence[str] = ("pdf", "docx"),
    out_dir: Path | None = None,
) -> list[ExportedFile]:
    """Write a requirements document as PDF and DOCX for the customer's approval, in any status.

    Without ``out_dir`` the files go beside the agreements of the customer:
    ``register/<customer>/requirements/REQ-<id>/v<version>/``; files are never
    overwritten, and the export is an audit event with each file's SHA-256.
    """
    with db.read() as session:
        acting(session, actor)  # a made-up person is refused before any file is written
    view = get_requirements(db, document_id)
    name = reference(view)
    folder = out_dir or register_dir(db.path) / slug(view.customer_name) / "requirements" / name / f"v{view.version}"
    document = requirements_document(db, document_id, view)
    created = make_folder(folder, check_writable=False)
    written: list[ExportedFile] = []
    with all_or_nothing(name, written, created):
        for fmt in formats:
            path = free_path(folder, f"{name}-v{view.version}", f".{fmt}")
            RENDERERS[fmt](document, path)
            written.append(ExportedFile(name, fmt, path, sha256_of(path), path.stat().st_size))
        with db.unit_of_work() as session:
            audit.record(
                session, actor, "requirements.export", "requirements_document", view.id,
                version=view.version, status=view.status, files={f.format: f.sha256 for f in written},
            )
    return written


def check_passphrase(db: Database, passphrase: str) -> None:
    """Refuse a wrong passphrase before a long export (on first use this creates the signing key)."""
    ensure_provider_certificate(keys_dir(), get_setting(db, PROVIDER_NAME), passphrase)


# Batch export: every signed agreement of a register view.

PLAN_PAGE = 2_000
# Refusals that every later agreement would meet too: the batch stops at the first.
_BATCH_WIDE_FIELDS = frozenset({"passphrase", "confirm", "provider_name"})


@dataclass(frozen=True)
class BatchPlan:
    """What a batch export of one view would do.

    Attributes:
        to_export: signed agreements, each with the formats it still lacks.
        already_exported: signed agreements whose current version has every format.
        not_signed: agreements of the view that are not signed (never exported).
    """

    to_export: tuple[tuple[str, tuple[str, ...]], ...]
    already_exported: tuple[str, ...]
    not_signed: int


@dataclass
class BatchReport:
    """What a batch export did; ``cancelled`` batches list what they finished."""

    exported: list[str] = field(default_factory=list)
    files: list[ExportedFile] = field(default_factory=list)
    already_exported: int = 0
    not_signed: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    not_started: int = 0

    @property
    def skipped(self) -> int:
        return self.already_exported + self.not_signed


def plan_batch(
    db: Database,
    criteria: RegisterFilter,
    formats: Sequence[str] = ("pdf", "docx"),
    *,
    should_cancel: Callable[[], bool] | None = None,
    today: dt.date | None = None,
) -> BatchPlan | None:
    """Sort the view's agreements into to export, already exported and not signed (None if cancelled)."""
    to_export: list[tuple[str, tuple[str, ...]]] = []
    done: list[str] = []
    not_signed = 0
    offset = 0
    while page := list_agreements(db, criteria, limit=PLAN_PAGE, offset=offset, today=today):
        if should_cancel is not None and should_cancel():
            return None
        offset += len(page)
        for row in page:
            if row.status not in SIGNED_STATES:
                not_signed += 1
                continue
            present = {document.format for document in row.documents}
            missing = tuple(fmt for fmt in formats if fmt not in present)
            if missing:
                to_export.append((row.number, missing))
            else:
                done.append(row.number)
    return BatchPlan(tuple(to_export), tuple(done), not_signed)


def export_batch(
    db: Database,
    actor: Actor,
    criteria: RegisterFilter,
    formats: Sequence[str] = ("pdf", "docx"),
    *,
    passphrase: str | None = None,
    should_cancel: Callable[[], bool] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    today: dt.date | None = None,
    out_dir: Path | None = None,
) -> BatchReport:
    """Export every signed agreement of the view that lacks a format, one agreement at a time.

    ``should_cancel`` is asked before each agreement, never during one: an
    agreement is either exported whole (its files written and recorded) or
    not started, so a cancelled batch leaves no partial file. ``progress`` is
    told ``(done, total, number)`` before each agreement, ``(0, 0, "")`` while
    the view is read and ``(total, total, "")`` at the end. One agreement's
    refusal is reported and the batch goes on, except a refusal of the
    passphrase or the provider, which every other agreement would meet too.
    The window and ``slamdesk export --all-signed`` both export this way.
    """
    formats = tuple(formats)
    with db.read() as session:
        acting(session, actor)  # a made-up person is refused once, not reported per agreement
    cancelled = should_cancel or (lambda: False)
    report = BatchReport()
    if progress is not None:
        progress(0, 0, "")
    plan = plan_batch(db, criteria, formats, should_cancel=cancelled, today=today)
    if plan is None:
        report.cancelled = True
        return report
    report.already_exported, report.not_signed = len(plan.already_exported), plan.not_signed
    total = len(plan.to_export)
    for index, (number, missing) in enumerate(plan.to_export):
        if cancelled():
            report.cancelled, report.not_started = True, total - index
            break
        if progress is not None:
            progress(index, total, number)
        try:
            written = export_agreement(db, actor, number, missing, out_dir=out_dir, passphrase=passphrase)
        except SlamdeskError as error:
            report.errors.append((number, str(error)))
            if isinstance(error, ValidationError) and error.field in _BATCH_WIDE_FIELDS:
                report.not_started = total - index - 1
                break
            continue
        report.exported.append(number)
        report.files.extend(written)
    if progress is not None:
        progress(total, total, "")
    return report
