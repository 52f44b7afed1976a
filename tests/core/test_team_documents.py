"""Every desk of a team reaches every exported document: its bytes are kept in the team database."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from slamdesk.core import export, register, verification
from slamdesk.core.db import Database
from slamdesk.core.errors import DatabaseError
from slamdesk.core.lifecycle import Status
from slamdesk.core.register_files import local_copy
from slamdesk.core.roles import Actor

from ..raw import raw


@pytest.mark.postgresql_only
def test_a_document_exported_at_one_desk_is_written_out_at_another(
    demo_db: Database, people: dict[str, Actor], monkeypatch: pytest.MonkeyPatch,
    tmp_path_factory: pytest.TempPathFactory, private_data_dir: Path,
) -> None:
    number = next(row.number for row in register.list_agreements(demo_db) if row.status is Status.SIGNED)
    written = export.export_agreement(demo_db, people["linh"], number, ("pdf", "docx"),
                                      passphrase="correct horse battery")
    certificate = (private_data_dir / "keys" / "provider-cert.pem").read_bytes()  # the provider's, as given out

    other_desk = tmp_path_factory.mktemp("other-desk")
    monkeypatch.setenv("SLAMDESK_DATA_DIR", str(other_desk))  # another person's machine: nothing exported there
    desk = Database.open(demo_db.target)
    (row,) = [r for r in register.list_agreements(desk) if r.number == number]
    assert {d.format for d in row.documents} == {"pdf", "docx"}
    for document, original in zip(sorted(row.documents, key=lambda d: d.format), sorted(written, key=lambda f: f.format)):
        assert document.path.startswith(str(other_desk))  # where this desk keeps the register
        path = local_copy(desk, document.path)
        assert hashlib.sha256(path.read_bytes()).hexdigest() == original.sha256 == document.sha256
        assert path.read_bytes() == original.path.read_bytes()
    pdf = next(d for d in row.documents if d.format == "pdf")
    verdict = verification.verify_document(desk, local_copy(desk, pdf.path), certificate)
    assert verdict.ok, verdict.message
    # A file already on the desk is never overwritten, even if it differs.
    mine = local_copy(desk, pdf.path)
    mine.write_bytes(b"my own notes")
    assert local_copy(desk, pdf.path).read_bytes() == b"my own notes"
    desk.close()
    shutil.rmtree(other_desk)


@pytest.mark.postgresql_only
def test_a_stored_copy_that_does_not_match_its_recorded_sha256_is_refused_and_not_written(
    demo_db: Database, people: dict[str, Actor], monkeypatch: pytest.MonkeyPatch,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    number = next(row.number for row in register.list_agreements(demo_db) if row.status is Status.SIGNED)
    export.export_agreement(demo_db, people["linh"], number, ("docx",), passphrase="correct horse battery")
    with raw(demo_db) as connection:
        connection.execute("UPDATE register_document_content SET content = :forged", {"forged": b"forged bytes"})
    monkeypatch.setenv("SLAMDESK_DATA_DIR", str(tmp_path_factory.mktemp("third-desk")))
    desk = Database.open(demo_db.target)
    (document,) = next(r for r in register.list_agreements(desk) if r.number == number).documents
    with pytest.raises(DatabaseError, match="does not match the SHA-256 recorded at export"):
        local_copy(desk, document.path)
    assert not Path(document.path).exists()
    desk.close()


@pytest.mark.sqlite_only
def test_a_file_database_keeps_documents_in_its_folder_only(demo_db: Database, people: dict[str, Actor]) -> None:
    """On SQLite nothing is copied into the database: the register folder beside the file holds them."""
    number = next(row.number for row in register.list_agreements(demo_db) if row.status is Status.SIGNED)
    (written,) = export.export_agreement(demo_db, people["linh"], number, ("docx",), passphrase="correct horse battery")
    with raw(demo_db) as connection:
        assert connection.rows("SELECT COUNT(*) FROM register_document_content") == [(0,)]
        assert connection.rows("SELECT path FROM register_document WHERE kind = 'agreement'") == [(str(written.path),)]
