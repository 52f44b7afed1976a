"""Moving a whole register between databases: a SQLite file and a team database, either way.

``copy_database`` copies every row (customers, catalogue, requirements,
agreements with their sealed content, reviews, signatures, exported
documents, the audit log) into an empty destination, through the
destination's own rules: a signed version arrives approved, gets its lines,
clauses, review record and signatures, and is then sealed and moved to its
status, as signing does, so the freezing triggers stay on all the while.
Then it checks: the same number of rows in every table, every sealed
version's content still hashing to its seal (and the same seals as the
source), and the audit chain intact. The destination's audit log is then
anchored where it now lives, by an event that says where it was copied from.

Exported documents go where the destination keeps them: into a team database
(their bytes, with paths relative to each desk's register folder), or as files
into the register folder beside a destination file. Only bytes that match the
SHA-256 recorded at export travel; a document whose bytes the source lacks
(exported at another desk, or deleted) is named in the report.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, update

from ..documents.files import write_atomic
from ..models import Agreement, AgreementVersion, Base, RegisterDocument, RegisterDocumentContent
from . import audit, backends, lifecycle, register_files, search_index
from .db import Database
from .errors import DatabaseError, ValidationError
from .frozen import seal_intact
from .paths import register_dir
from .words import _, ngettext

BATCH = 1_000
# Not copied: the schema's own bookkeeping, and the search index (each backend rebuilds its own form).
_SKIPPED = {"alembic_version", "agreement_search"}
# Exported documents' bytes go where the destination keeps them (``_documents``), not row for row.
_CONTENT = "register_document_content"
_LATER = {"agreement": ("parent_id", "supports_id"), "agreement_version": ("content_json", "content_sha256", "frozen_at")}


@dataclass(frozen=True)
class CopyReport:
    """What was copied: rows per table and the number of sealed versions checked."""

    rows: dict[str, int]
    sealed: int
    audit_events: int
    documents: int = 0
    missing: tuple[str, ...] = ()  # recorded documents whose bytes the source did not have


def _tables() -> list[Any]:
    return [table for table in Base.metadata.sorted_tables if table.name not in _SKIPPED]


def _count(db: Database, table: Any) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def copy_database(
    source: Database, destination: Database, progress: Callable[[str, int, int], None] | None = None
) -> CopyReport:
    """Copy everything in ``source`` into the empty ``destination`` and check it (see the module docstring).

    ``progress(table, done, total)`` is told as each table is copied.
    """
    if source.location == destination.location:
        raise ValidationError(_("copy a register to another database, not onto itself"), field="to")
    nonempty = [table.name for table in _tables() if _count(destination, table)]
    if nonempty:
        raise ValidationError(
            _("{location} is not empty (it has {tables}); copy into a new database").format(
                location=destination.location, tables=", ".join(nonempty[:3])),
            field="to",
        )
    rows: dict[str, int] = {}
    with source.read() as reading, destination.unit_of_work() as writing:
        for table in _tables():
            if table.name == _CONTENT:
                continue
            later = _LATER.get(table.name, ())
            total = rows[table.name] = int(reading.scalar(select(func.count()).select_from(table)) or 0)
            done = 0
            for chunk in _chunks(reading.execute(select(table).order_by(*table.primary_key.columns))):
                batch = [dict(row._mapping) for row in chunk]
                for row in batch:
                    for column in later:
                        row[column] = None
                    if table.name == "agreement_version" and row["status"] in _SEALED_STATUSES:
                        row["status"] = lifecycle.Status.APPROVED.value  # signed again below, after its signatures are in
                    if table.name == RegisterDocument.__tablename__:
                        row["path"] = _moved(source, destination, row["path"])
                writing.execute(table.insert(), batch)
                done += len(batch)
                if progress is not None:
                    progress(table.name, done, total)
        _finish(reading, writing)
        files, missing = _documents(source, destination, reading, writing)
        backends.ids_given(writing, *(t.name for t in _tables() if "id" in t.c and t.c.id.autoincrement))
        search_index.refresh(writing, writing.scalars(select(Agreement.id)).all())
    report = _check(source, destination, rows)
    for path, content in files:  # a file database's documents, once the copy is in and checked
        if not path.exists():  # never overwrite one already there
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, content)
    audit.reanchor(destination, None, "copied", source=source.location)
    return replace(report, documents=len(files) + _count(destination, RegisterDocumentContent.__table__),
                   missing=tuple(missing))


_SEALED_STATUSES = lifecycle.SIGNED_STATES


def _chunks(result: Any) -> Any:
    while chunk := result.fetchmany(BATCH):
        yield chunk


def _finish(reading: Any, writing: Any) -> None:
    """The links between agreements, then each sealed version's seal and status, as signing leaves them."""
    links = reading.execute(select(Agreement.id, Agreement.parent_id, Agreement.supports_id)).all()
    for agreement_id, parent_id, supports_id in links:
        if parent_id is not None or supports_id is not None:
            writing.execute(update(Agreement).where(Agreement.id == agreement_id)
                            .values(parent_id=parent_id, supports_id=supports_id))
    sealed = reading.execute(
        select(AgreementVersion.id, AgreementVersion.status, AgreementVersion.content_json,
               AgreementVersion.content_sha256, AgreementVersion.frozen_at)
        .where(AgreementVersion.content_sha256.is_not(None))
    ).all()
    table = cast(Table, AgreementVersion.__table__)
    for version_id, status, content_json, content_sha256, frozen_at in sealed:
        writing.execute(table.update().where(table.c.id == version_id).values(
            status=status, content_json=content_json, content_sha256=content_sha256,
            frozen_at=frozen_at))


def _moved(source: Database, destination: Database, stored: str) -> str:
    """A document's recorded path as the destination records it: relative to the register folder on a team
    database, under the destination file's register folder for a file."""
    file = register_files.local_file(source, stored)
    try:
        relative = file.resolve().relative_to(register_dir(source.path).resolve())
    except ValueError:
        return str(file)  # written outside the register (--out): it stays where it is
    return str(register_dir(destination.path) / relative) if destination.dialect == "sqlite" else str(relative)


def _documents(
    source: Database, destination: Database, reading: Any, writing: Any
) -> tuple[list[tuple[Path, bytes]], list[str]]:
    """Carry each exported document's bytes: into the team database, or (for a file) the files to write
    beside it; only bytes that match the SHA-256 recorded at export travel."""
    kept = {}
    if source.dialect != "sqlite":
        kept = dict(reading.execute(select(RegisterDocumentContent.document_id, RegisterDocumentContent.content)).all())
    files: list[tuple[Path, bytes]] = []
    missing: list[str] = []
    documents = reading.execute(select(RegisterDocument.id, RegisterDocument.path, RegisterDocument.sha256)
                                .order_by(RegisterDocument.id)).all()
    for document_id, stored, sha256 in documents:
        content = kept.get(document_id)
        if content is None:
            file = register_files.local_file(source, stored)
            content = file.read_bytes() if file.is_file() else None
        if content is None or hashlib.sha256(content).hexdigest() != sha256:
            missing.append(Path(stored).name)
            continue
        if destination.dialect == "sqlite":
            files.append((register_files.local_file(destination, _moved(source, destination, stored)), content))
        else:
            writing.execute(insert(RegisterDocumentContent).values(document_id=document_id, content=content))
    return files, missing


def _check(source: Database, destination: Database, rows: dict[str, int]) -> CopyReport:
    for table in _tables():
        if table.name == _CONTENT:
            continue
        copied = _count(destination, table)
        if copied != rows[table.name]:
            raise DatabaseError(ngettext("the copy of {table} has {count} rows, the source {expected}",
                                         "the copy of {table} has {count} rows, the source {expected}", copied).format(
                table=table.name, count=copied, expected=rows[table.name]))
    seals = select(AgreementVersion.id, AgreementVersion.content_json, AgreementVersion.content_sha256).where(
        AgreementVersion.content_sha256.is_not(None)).order_by(AgreementVersion.id)
    with source.read() as session:
        expected = {row[0]: row[2] for row in session.execute(seals)}
    with destination.read() as session:
        found = session.execute(seals).all()
        chain = audit.verify_chain(session)
    for version_id, content_json, content_sha256 in found:
        if expected.get(version_id) != content_sha256 or not seal_intact(content_json or "", content_sha256 or ""):
            raise DatabaseError(
                _("the sealed content of agreement version {version} did not arrive intact").format(version=version_id))
    if len(found) != len(expected):
        raise DatabaseError(ngettext("{count} sealed versions in the source, {found} in the copy",
                                     "{count} sealed versions in the source, {found} in the copy", len(expected)).format(
            count=len(expected), found=len(found)))
    if not chain.intact:
        raise DatabaseError(_("the copied audit log does not check out: {problem}").format(problem=chain.problem))
    return CopyReport(rows, len(found), chain.events)
