"""What an export of a signed agreement leaves behind (core/export.py: export_agreement, _record, _sign): the files
a crash leaves, the audit event, the signature a PDF viewer shows, the bytes a team database keeps.

``test_export_edges.py`` has the file names, refusals and batches; these are the rest of what a person or the
next desk would notice.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pypdf import PdfReader
from sqlalchemy import select

from slamdesk.core import agreements, export, register, register_files, requirements, settings
from slamdesk.core.db import Database
from slamdesk.core.lifecycle import Status
from slamdesk.core.roles import Actor, Role
from slamdesk.documents import signing
from slamdesk.models import Agreement, AgreementVersion, AuditEvent

SIGNED = "SLA-2026-0002"  # Sông Hồng's signed agreement in the demo

KILLED = """
import os, sys
from pathlib import Path
from slamdesk.core import export, users
from slamdesk.core.db import Database

database, out = Database.open(Path(sys.argv[1])), Path(sys.argv[2])
linh = next(a for a in users.list_actors(database) if a.username == "linh")

def render(document, path):
    path.write_bytes(b"%PDF-1.7 written, never recorded")
    if path.suffix == ".docx":
        os._exit(9)  # killed after writing both files, before they were recorded

export.RENDERERS["pdf"] = export.RENDERERS["docx"] = render
export.export_agreement(database, linh, sys.argv[3], ("pdf", "docx"), out_dir=out)
"""


@pytest.mark.sqlite_only  # opens the database file again in a second process
def test_an_export_killed_before_recording_leaves_no_file_once_the_database_is_opened_again(demo_db: Database) -> None:
    path = demo_db.path
    out = path.parent / "register" / "Sông Hồng" / SIGNED / "v1"
    demo_db.close()
    done = subprocess.run([sys.executable, "-c", KILLED, str(path), str(out), SIGNED], env=os.environ.copy(),
                          timeout=60, capture_output=True, text=True)
    assert done.returncode == 9, done.stderr
    assert sorted(p.name for p in out.iterdir()) == [f"{SIGNED}-v1.docx", f"{SIGNED}-v1.pdf"]
    reopened = Database.open(path)
    try:
        assert list(out.iterdir()) == []  # neither file: the register never knew them
        assert register.list_agreements(reopened, search=SIGNED)[0].documents == ()
    finally:
        reopened.close()


def test_the_export_is_audited_on_the_version_it_wrote(demo_db: Database, people: dict[str, Actor],
                                                       monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(export.RENDERERS, "pdf", lambda document, path: path.write_bytes(b"%PDF-1.7"))
    (written,) = export.export_agreement(demo_db, people["linh"], SIGNED, ("pdf",), out_dir=tmp_path)
    with demo_db.read() as session:
        version_id = session.scalars(select(AgreementVersion.id).join(Agreement).where(
            Agreement.number == SIGNED, AgreementVersion.version_no == 1)).one()
        events = session.execute(select(AuditEvent.actor, AuditEvent.entity_type, AuditEvent.entity_id, AuditEvent.detail)
                                 .where(AuditEvent.action == "agreement.export")).all()
    assert [(actor, kind, entity, json.loads(detail)) for actor, kind, entity, detail in events] == [
        ("linh", "agreement_version", version_id, {"number": SIGNED, "files": {"pdf": written.sha256}}),
    ]


def test_the_signature_a_pdf_viewer_shows_names_the_agreement_and_the_version(
    demo_db: Database, people: dict[str, Actor], tmp_path: Path
) -> None:
    (pdf,) = export.export_agreement(demo_db, people["linh"], SIGNED, ("pdf",), out_dir=tmp_path,
                                     passphrase="correct horse battery")
    with pdf.path.open("rb") as handle:
        (signature,) = PdfFileReader(handle).embedded_signatures
        assert str(signature.sig_object["/Reason"]) == f"{SIGNED} version 1 as signed by the parties"


def test_a_pdf_gone_before_its_signing_failed_still_reports_why_it_could_not_be_signed(
    demo_db: Database, people: dict[str, Actor], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    def removed_then_refused(source: Path, *args: object, **kwargs: object) -> None:
        Path(source).unlink()  # someone cleared the folder meanwhile
        raise signing.SigningError("the certificate has expired")

    monkeypatch.setattr(signing, "sign_pdf", removed_then_refused)  # export loads it from there when it first signs
    with pytest.raises(export.ExportError) as caught:
        export.export_agreement(demo_db, people["linh"], SIGNED, ("pdf",), out_dir=tmp_path / "out",
                                passphrase="correct horse battery")
    assert str(caught.value) == "cannot sign the PDF: the certificate has expired"
    assert not (tmp_path / "out").exists() and register.list_agreements(demo_db, search=SIGNED)[0].documents == ()


@pytest.mark.postgresql_only  # a team database keeps the bytes; a SQLite file's desk has the file itself
def test_a_team_desk_that_lacks_an_exported_file_writes_it_out_from_the_database(
    demo_db: Database, people: dict[str, Actor], monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(export.RENDERERS, "pdf", lambda document, path: path.write_bytes(b"%PDF-1.7 \x00\xff signed"))
    monkeypatch.setitem(export.RENDERERS, "docx", lambda document, path: path.write_bytes(b"PK docx"))
    files = export.export_agreement(demo_db, people["linh"], SIGNED)
    for file in files:
        file.path.unlink()  # another desk: the register folder is each desk's own
    listed = register.list_agreements(demo_db, search=SIGNED)[0].documents
    copies = [register_files.local_copy(demo_db, document.path) for document in listed]
    assert [(path, path.read_bytes()) for path in copies] == [
        (files[0].path, b"%PDF-1.7 \x00\xff signed"), (files[1].path, b"PK docx"),
    ]


# Folders a failed export made, and only those, are removed


def test_a_failed_export_removes_the_folders_it_made_even_when_the_deepest_could_not_be_made(
    demo_db: Database, people: dict[str, Actor], tmp_path: Path
) -> None:
    (tmp_path / "out").mkdir()
    too_long = tmp_path / "out" / "a" / ("x" * 300)  # "a" is made, then the name is refused
    with pytest.raises(export.ExportError, match="^cannot create folder .*: File name too long$"):
        export.export_agreement(demo_db, people["linh"], SIGNED, ("pdf",), out_dir=too_long)
    assert list((tmp_path / "out").iterdir()) == []  # no empty "a" left behind


def test_a_failed_export_keeps_an_empty_folder_that_was_there_before_it(
    demo_db: Database, people: dict[str, Actor], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(document: object, path: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(export.RENDERERS, "pdf", full)
    (tmp_path / "mine").mkdir()
    with pytest.raises(export.ExportError, match="No space left on device"):
        export.export_agreement(demo_db, people["linh"], SIGNED, ("pdf",), out_dir=tmp_path / "mine" / "new")
    assert (tmp_path / "mine").is_dir() and not (tmp_path / "mine" / "new").exists()


def test_a_failed_export_whose_file_was_already_removed_still_says_why_and_leaves_nothing(
    demo_db: Database, people: dict[str, Actor], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_after_the_pdf_was_cleared(document: object, path: Path) -> None:
        path.with_suffix(".pdf").unlink()  # someone cleared the folder meanwhile
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(export.RENDERERS, "pdf", lambda document, path: path.write_bytes(b"%PDF-1.7"))
    monkeypatch.setitem(export.RENDERERS, "docx", full_after_the_pdf_was_cleared)
    with pytest.raises(export.ExportError) as caught:
        export.export_agreement(demo_db, people["linh"], SIGNED, out_dir=tmp_path / "out")
    assert str(caught.value) == f"cannot write {SIGNED}: No space left on device"
    assert not (tmp_path / "out").exists()


# Previews


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_a_preview_names_the_provider_as_signed_or_before_signing_as_it_is_named_now(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    admin = next(actor for actor in people.values() if actor.role is Role.ADMINISTRATOR)
    signed_as = agreements.get_agreement(demo_db, SIGNED).provider
    settings.set_setting(demo_db, admin, settings.PROVIDER_NAME, "Renamed Service AB")
    draft = register.list_agreements(demo_db, status=Status.DRAFT)[0].number
    signed, unsigned = _pdf_text(export.preview_pdf(demo_db, SIGNED)), _pdf_text(export.preview_pdf(demo_db, draft))
    assert signed_as and signed_as in signed and "Renamed Service AB" not in signed
    assert "Renamed Service AB" in unsigned and signed_as not in unsigned


def test_a_requirements_export_is_audited_on_the_document_it_wrote(
    demo_db: Database, people: dict[str, Actor], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(export.RENDERERS, "pdf", lambda document, path: path.write_bytes(b"%PDF-1.7"))
    summary = next(d for d in requirements.list_documents(demo_db) if d.title == "Fleet expansion 2027")
    (written,) = export.export_requirements(demo_db, people["anna"], summary.id, ("pdf",), out_dir=tmp_path)
    with demo_db.read() as session:
        events = session.execute(select(AuditEvent.actor, AuditEvent.entity_type, AuditEvent.entity_id)
                                 .where(AuditEvent.action == "requirements.export")).all()
    assert [tuple(event) for event in events] == [("anna", "requirements_document", summary.id)]
    assert written.path == tmp_path / f"REQ-{summary.id:04d}-v2.pdf"


def test_a_requirements_file_is_the_document_as_its_export_was_recorded_even_if_it_is_sent_meanwhile(
    demo_db: Database, people: dict[str, Actor], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    written: list[str] = []
    monkeypatch.setitem(export.RENDERERS, "pdf", lambda document, path: written.append(document.keywords)
                        or path.write_bytes(b"%PDF-1.7"))
    read = export.get_requirements

    def sent_by_another_desk_right_after_it_was_read(db: Database, document_id: int) -> requirements.RequirementsView:
        view = read(db, document_id)
        if view.status == "draft":
            requirements.send_requirements(db, people["anna"], document_id, row_version=view.row_version)
        return view

    monkeypatch.setattr(export, "get_requirements", sent_by_another_desk_right_after_it_was_read)
    drafted = next(d for d in requirements.list_documents(demo_db) if d.status == "draft")
    export.export_requirements(demo_db, people["anna"], drafted.id, ("pdf",), out_dir=tmp_path)
    with demo_db.read() as session:
        (detail,) = session.scalars(select(AuditEvent.detail).where(AuditEvent.action == "requirements.export")).all()
    assert json.loads(detail)["status"] == "draft"
    assert requirements.get_requirements(demo_db, drafted.id).status == "sent"  # sent meanwhile
    # the file says what the register recorded
    assert written == [f"slamdesk requirements={drafted.id} version={drafted.version} status=draft"]
