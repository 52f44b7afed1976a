"""Exports at their edges: file names, folders, refusals in one line, what is recorded, batches.

Most of these write small stand-in files (the renderers are swapped for a writer of known bytes); the
documents themselves are read back in ``test_export.py`` and ``test_requirements_document.py``.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import select, text

from slamdesk.core import agreements, export, register, requirements, settings, versions
from slamdesk.core.certificates import CERT_FILE
from slamdesk.core.db import Database
from slamdesk.core.errors import FrozenError, PermissionDenied, SlamdeskError, TransitionError, ValidationError
from slamdesk.core.paths import keys_dir
from slamdesk.core.register import RegisterFilter
from slamdesk.core.roles import Actor, Role
from slamdesk.documents import signing
from slamdesk.documents.signing import verify_pdf
from slamdesk.documents.tree import Document, TitlePage
from slamdesk.models import AuditEvent
from tests.core.helpers import register_files

pytestmark = pytest.mark.rule_edges  # on SQLite: the feature's own tests run it on both backends (tests/conftest.py)

SIGNED = "SLA-2026-0002"  # Sông Hồng's signed agreement in the demo
FOLDER = "Công-ty-TNHH-Phần-mềm-Sông-Hồng"


@pytest.fixture
def stand_ins(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Path]]:
    """Renderers that write a few known bytes (and say what they wrote) instead of a real document."""
    written: list[tuple[str, Path]] = []

    def writer(fmt: str):  # type: ignore[no-untyped-def]
        def render(document: object, path: Path) -> None:
            path.write_bytes(f"{fmt}:{getattr(document, 'title', '')}".encode())
            written.append((fmt, path))
        return render

    for fmt in ("pdf", "docx"):
        monkeypatch.setitem(export.RENDERERS, fmt, writer(fmt))
    return written


def _events(db: Database, action: str) -> list[dict[str, object]]:
    with db.read() as session:
        return [json.loads(e.detail) for e in session.scalars(
            select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id))]


# Formats and names


@pytest.mark.parametrize(("typed", "formats"), [("pdf", ("pdf",)), (" PDF , docx,pdf,", ("pdf", "docx")),
                                                ("docx", ("docx",))])
def test_formats_are_read_in_any_case_once_each(typed: str, formats: tuple[str, ...]) -> None:
    assert export.parse_formats(typed) == formats


@pytest.mark.parametrize("typed", ["", " , ", "odt", "pdf,odt"])
def test_unknown_or_no_formats_are_refused_naming_what_was_typed(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        export.parse_formats(typed)
    assert caught.value.field == "format"
    assert str(caught.value) == f"formats must be among pdf, docx; got {typed!r}"


def test_a_long_typed_format_is_cut_in_the_refusal() -> None:
    with pytest.raises(ValidationError, match=r"got 'xxxxxxxxxx.*…$"):
        export.parse_formats("x" * 100)


def test_files_go_under_the_customers_name_made_safe_for_a_folder(
    demo_db: Database, people: dict[str, Actor], stand_ins: list[tuple[str, Path]]
) -> None:
    files = export.export_agreement(demo_db, people["linh"], SIGNED)
    folder = demo_db.path.parent / "register" / FOLDER / SIGNED / "v1"
    assert [(f.number, f.format, f.path) for f in files] == [
        (SIGNED, "pdf", folder / f"{SIGNED}-v1.pdf"), (SIGNED, "docx", folder / f"{SIGNED}-v1.docx"),
    ]
    for file in files:
        data = file.path.read_bytes()
        assert (file.sha256, file.size_bytes) == (hashlib.sha256(data).hexdigest(), len(data))
    files[0].path.write_bytes(b"changed")  # no longer what the register holds: a new file, never over it
    again = export.export_agreement(demo_db, people["linh"], SIGNED, ("pdf",))
    again[0].path.write_bytes(b"changed too")
    third = export.export_agreement(demo_db, people["linh"], SIGNED, ("pdf",))
    assert [again[0].path.name, third[0].path.name] == [f"{SIGNED}-v1-2.pdf", f"{SIGNED}-v1-3.pdf"]


def test_a_customer_name_of_only_punctuation_or_great_length_still_makes_a_folder(
    demo_db: Database, people: dict[str, Actor], stand_ins: list[tuple[str, Path]]
) -> None:
    with demo_db.unit_of_work() as session:  # an unsigned agreement's customer may still be renamed
        session.execute(text("UPDATE customer SET name = '«»' WHERE name = 'ТОВ «Київські мережі»'"))
        session.execute(text("UPDATE customer SET name = :name WHERE name = 'Tập đoàn Vận tải Đà Nẵng'"),
                        {"name": "Å" * 70 + " AB"})
    short = requirements.list_documents(demo_db)
    by_customer = {d.customer_name: d.id for d in short}
    (one,) = export.export_requirements(demo_db, people["anna"], by_customer["«»"], ("pdf",))
    (two,) = export.export_requirements(demo_db, people["anna"], by_customer["Å" * 70 + " AB"], ("pdf",))
    register_root = demo_db.path.parent / "register"
    assert one.path.relative_to(register_root).parts[0] == "customer"
    assert two.path.relative_to(register_root).parts[0] == "Å" * 60


# Refusals


@pytest.mark.sqlite_only  # the tampering goes round SQLite's triggers
def test_only_a_signed_agreement_whose_seal_holds_is_exported(
    demo_db: Database, people: dict[str, Actor], stand_ins: list[tuple[str, Path]]
) -> None:
    with pytest.raises(TransitionError, match="^SLA-2026-0004 is approved; only signed agreements are exported into "
                                              "the register$"):
        export.exportable(demo_db, "SLA-2026-0004")
    assert export.exportable(demo_db, SIGNED).number == SIGNED
    with demo_db.unit_of_work() as session:  # someone edits the sealed content behind slamdesk's back
        rows = session.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars().all()
        for name in rows:
            session.execute(text(f'DROP TRIGGER "{name}"'))
        session.execute(text(
            "UPDATE agreement_version SET content_json = replace(content_json, '3458', '3459') WHERE agreement_id = "
            "(SELECT id FROM agreement WHERE number = :n)"), {"n": SIGNED})
    with pytest.raises(FrozenError, match="^the signed content of SLA-2026-0002 v1 no longer matches the seal made at "
                                          "signing: the database was changed outside slamdesk; restore a backup$"):
        export.export_agreement(demo_db, people["linh"], SIGNED)
    assert stand_ins == [] and register_files(demo_db) == []


@pytest.mark.sqlite_only
def test_a_version_without_a_seal_is_refused(demo_db: Database, people: dict[str, Actor]) -> None:
    with demo_db.unit_of_work() as session:
        for name in session.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars().all():
            session.execute(text(f'DROP TRIGGER "{name}"'))
        session.execute(text("UPDATE agreement_version SET content_sha256 = NULL WHERE agreement_id = "
                             "(SELECT id FROM agreement WHERE number = :n)"), {"n": SIGNED})
    with pytest.raises(FrozenError, match="no longer matches the seal"):
        export.exportable(demo_db, SIGNED)


def test_a_made_up_person_is_refused_before_anything_is_written(
    demo_db: Database, stand_ins: list[tuple[str, Path]]
) -> None:
    ghost = Actor(id=999, username="ghost", display_name="Ghost", role=Role.ADMINISTRATOR)
    for attempt in (lambda: export.export_agreement(demo_db, ghost, SIGNED),
                    lambda: export.export_requirements(demo_db, ghost, 1),
                    lambda: export.export_batch(demo_db, ghost, RegisterFilter())):
        with pytest.raises(PermissionDenied):
            attempt()
    assert stand_ins == [] and register_files(demo_db) == []


def test_a_folder_that_cannot_be_written_is_refused_and_the_folders_made_for_it_removed(
    demo_db: Database, people: dict[str, Actor], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    stand_ins: list[tuple[str, Path]],
) -> None:
    # As on a read-only mount (the tests may run as root, who may write anywhere).
    monkeypatch.setattr(export.os, "access", lambda path, mode: False)
    with pytest.raises(export.ExportError, match=f"^folder is not writable: {tmp_path / 'a' / 'b'}$"):
        export.export_agreement(demo_db, people["linh"], SIGNED, out_dir=tmp_path / "a" / "b")
    assert not (tmp_path / "a").exists() and stand_ins == []
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(export.ExportError, match="^cannot create folder .*: Not a directory$"):
        export.export_agreement(demo_db, people["linh"], SIGNED, out_dir=blocker / "x")
    # A requirements document is written wherever it can be: no check that the folder is writable first.
    assert export.export_requirements(demo_db, people["anna"], 1, ("pdf",), out_dir=tmp_path / "req")


@pytest.mark.parametrize(
    ("failure", "message"),
    [
        (OSError(28, "No space left on device"), "cannot write SLA-2026-0002: No space left on device"),
        (OSError("disk gone"), "cannot write SLA-2026-0002: disk gone"),
        (RuntimeError("font table broken\nsecond line"), "cannot write SLA-2026-0002: RuntimeError: font table broken"),
        (RuntimeError(), "cannot write SLA-2026-0002: RuntimeError"),
        (type("LayoutError", (Exception,), {})("Flowable too large"),
         "cannot write SLA-2026-0002: a value is too long to fit on a page (a name or title of thousands of characters?)"),
    ],
)
def test_a_failing_renderer_is_reported_in_one_line_and_leaves_nothing(
    demo_db: Database, people: dict[str, Actor], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    stand_ins: list[tuple[str, Path]], failure: Exception, message: str,
) -> None:
    def broken(document: object, path: Path) -> None:
        raise failure  # the renderers write to a temporary file and rename: a failure leaves no half file

    monkeypatch.setitem(export.RENDERERS, "docx", broken)
    out = tmp_path / "a" / "b"
    with pytest.raises(export.ExportError) as caught:
        export.export_agreement(demo_db, people["linh"], SIGNED, out_dir=out)
    assert str(caught.value) == message
    assert not (tmp_path / "a").exists()  # the written PDF and the folders it made
    assert register.list_agreements(demo_db, search=SIGNED)[0].documents == ()


def test_a_long_error_is_cut_to_its_first_200_characters(demo_db: Database, people: dict[str, Actor],
                                                         monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def broken(document: object, path: Path) -> None:
        raise ValueError("x" * 500)

    monkeypatch.setitem(export.RENDERERS, "pdf", broken)
    with pytest.raises(export.ExportError) as caught:
        export.export_agreement(demo_db, people["linh"], SIGNED, ("pdf",), out_dir=tmp_path / "out")
    assert str(caught.value) == "cannot write SLA-2026-0002: ValueError: " + "x" * 200


def test_an_interrupted_export_leaves_nothing_and_is_not_swallowed(
    demo_db: Database, people: dict[str, Actor], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    stand_ins: list[tuple[str, Path]],
) -> None:
    def interrupted(document: object, path: Path) -> None:
        raise KeyboardInterrupt

    monkeypatch.setitem(export.RENDERERS, "docx", interrupted)
    with pytest.raises(KeyboardInterrupt):
        export.export_agreement(demo_db, people["linh"], SIGNED, out_dir=tmp_path / "out")
    with pytest.raises(KeyboardInterrupt):
        export.export_requirements(demo_db, people["anna"], 1, out_dir=tmp_path / "req")
    assert not (tmp_path / "out").exists() and not (tmp_path / "req").exists()


def test_a_refusal_while_recording_removes_the_written_files(
    demo_db: Database, people: dict[str, Actor], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    stand_ins: list[tuple[str, Path]],
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise ValidationError("the register is closed today", field="x")

    monkeypatch.setattr(export, "_record", refuse)
    with pytest.raises(ValidationError, match="the register is closed today"):
        export.export_agreement(demo_db, people["linh"], SIGNED, out_dir=tmp_path / "out")
    assert [path.exists() for _, path in stand_ins] == [False, False] and not (tmp_path / "out").exists()


def test_a_folder_another_export_wrote_into_meanwhile_is_kept(
    demo_db: Database, people: dict[str, Actor], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    stand_ins: list[tuple[str, Path]],
) -> None:
    def crowded(document: object, path: Path) -> None:
        (path.parent.parent / "someone-elses.pdf").write_bytes(b"theirs")
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(export.RENDERERS, "docx", crowded)
    with pytest.raises(export.ExportError):
        export.export_agreement(demo_db, people["linh"], SIGNED, out_dir=tmp_path / "a" / "b")
    assert not (tmp_path / "a" / "b").exists() and (tmp_path / "a" / "someone-elses.pdf").exists()


# What is recorded


def test_each_written_file_is_recorded_with_who_wrote_it_and_audited(
    demo_db: Database, people: dict[str, Actor], stand_ins: list[tuple[str, Path]]
) -> None:
    files = export.export_agreement(demo_db, people["linh"], SIGNED, ("docx",))
    (row,) = register.list_agreements(demo_db, search=SIGNED)
    assert [(d.format, Path(d.path), d.sha256, d.size_bytes) for d in row.documents] == [
        ("docx", files[0].path, files[0].sha256, files[0].size_bytes)
    ]
    with demo_db.read() as session:
        created_by = session.execute(text("SELECT created_by_id FROM register_document WHERE kind = 'agreement'")
                                     ).scalars().all()
    assert created_by == [people["linh"].id]
    assert _events(demo_db, "agreement.export") == [{"number": SIGNED, "files": {"docx": files[0].sha256}}]


def test_with_the_passphrase_the_pdf_is_signed_by_the_provider(demo_db: Database, people: dict[str, Actor]) -> None:
    export.check_passphrase(demo_db, "correct horse battery")
    (pdf,) = export.export_agreement(demo_db, people["linh"], SIGNED, ("pdf",), passphrase="correct horse battery")
    check = verify_pdf(pdf.path, (keys_dir() / CERT_FILE).read_bytes())
    assert check.signed and check.intact and check.covers_whole_file and check.trusted
    assert check.signer and "Nordvik" in check.signer
    assert pdf.sha256 == hashlib.sha256(pdf.path.read_bytes()).hexdigest()


def test_a_pdf_that_cannot_be_signed_is_removed_and_the_refusal_says_why(
    demo_db: Database, people: dict[str, Actor], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise signing.SigningError("the certificate has expired")

    monkeypatch.setattr(signing, "sign_pdf", refuse)  # export loads it from there when it first signs
    with pytest.raises(export.ExportError, match="^cannot sign the PDF: the certificate has expired$"):
        export.export_agreement(demo_db, people["linh"], SIGNED, ("pdf",), out_dir=tmp_path / "out",
                                passphrase="correct horse battery")
    assert not (tmp_path / "out").exists() and register_files(demo_db) == []


# Requirements documents


def test_a_requirements_document_is_written_for_approval_in_any_status_and_audited(
    demo_db: Database, people: dict[str, Actor], stand_ins: list[tuple[str, Path]]
) -> None:
    summary = next(d for d in requirements.list_documents(demo_db) if d.title == "Fleet expansion 2027")
    files = export.export_requirements(demo_db, people["anna"], summary.id)
    folder = demo_db.path.parent / "register" / "Fjällbacka-Rederi-AB" / "requirements" / f"REQ-{summary.id:04d}" / "v2"
    assert [(f.number, f.format, f.path) for f in files] == [
        (f"REQ-{summary.id:04d}", "pdf", folder / f"REQ-{summary.id:04d}-v2.pdf"),
        (f"REQ-{summary.id:04d}", "docx", folder / f"REQ-{summary.id:04d}-v2.docx"),
    ]
    assert [path.read_bytes() for _, path in stand_ins] == [b"pdf:Fleet expansion 2027", b"docx:Fleet expansion 2027"]
    assert _events(demo_db, "requirements.export") == [
        {"version": 2, "status": "sent", "files": {f.format: f.sha256 for f in files}}
    ]
    again = export.export_requirements(demo_db, people["anna"], summary.id, ("docx",))
    assert again[0].path.name == f"REQ-{summary.id:04d}-v2-2.docx"


@pytest.mark.parametrize(
    ("failure", "message"),
    [(OSError(28, "No space left on device"), "cannot write REQ-0001: No space left on device"),
     (RuntimeError("broken"), "cannot write REQ-0001: RuntimeError: broken")],
)
def test_a_failing_requirements_export_leaves_nothing(
    demo_db: Database, people: dict[str, Actor], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    stand_ins: list[tuple[str, Path]], failure: Exception, message: str,
) -> None:
    def broken(document: object, path: Path) -> None:
        raise failure

    monkeypatch.setitem(export.RENDERERS, "docx", broken)
    with pytest.raises(export.ExportError) as caught:
        export.export_requirements(demo_db, people["anna"], 1, out_dir=tmp_path / "a" / "b")
    assert str(caught.value) == message and not (tmp_path / "a").exists()
    assert _events(demo_db, "requirements.export") == []


def test_a_refusal_while_auditing_a_requirements_export_removes_its_files(
    demo_db: Database, people: dict[str, Actor], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    stand_ins: list[tuple[str, Path]],
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise SlamdeskError("the audit log is sealed")

    monkeypatch.setattr(export.audit, "record", refuse)
    with pytest.raises(SlamdeskError, match="the audit log is sealed"):
        export.export_requirements(demo_db, people["anna"], 1, out_dir=tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_the_requirements_preview_is_a_pdf_written_nowhere(demo_db: Database) -> None:
    data = export.preview_requirements_pdf(demo_db, 1)
    assert data.startswith(b"%PDF") and register_files(demo_db) == []
    document = export.requirements_document(demo_db, 1)
    assert document.keywords.startswith("slamdesk requirements=1 ") and document.title == "IT operations"


# Batches


def test_a_plan_sorts_the_view_into_to_export_already_exported_and_not_signed(
    demo_db: Database, people: dict[str, Actor], stand_ins: list[tuple[str, Path]], monkeypatch: pytest.MonkeyPatch
) -> None:
    export.export_agreement(demo_db, people["linh"], "SLA-2026-0001")
    export.export_agreement(demo_db, people["linh"], "SLA-2026-0003", ("docx",))
    monkeypatch.setattr(export, "PLAN_PAGE", 3)  # several pages
    plan = export.plan_batch(demo_db, RegisterFilter())
    assert plan == export.BatchPlan(
        to_export=(("SLA-2024-0001", ("pdf", "docx")), ("SLA-2024-0002", ("pdf", "docx")), ("SLA-2024-0003", ("pdf", "docx")),
                   ("SLA-2026-0002", ("pdf", "docx")), ("SLA-2026-0003", ("pdf",))),
        already_exported=("SLA-2026-0001",), not_signed=4,
    )
    assert export.plan_batch(demo_db, RegisterFilter(), ("docx",)).to_export == (  # type: ignore[union-attr]
        ("SLA-2024-0001", ("docx",)), ("SLA-2024-0002", ("docx",)), ("SLA-2024-0003", ("docx",)),
        ("SLA-2026-0002", ("docx",))
    )
    asked: list[int] = []
    assert export.plan_batch(demo_db, RegisterFilter(), should_cancel=lambda: bool(asked.append(1)) or len(asked) > 1) is None
    assert len(asked) == 2  # asked before each page, never during one


def test_a_batch_stops_at_a_refusal_every_agreement_would_meet(
    demo_db: Database, people: dict[str, Actor], stand_ins: list[tuple[str, Path]], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    def refuse(db: Database, actor: Actor, number: str, formats: object, **kwargs: object) -> list[export.ExportedFile]:
        calls.append(number)
        raise ValidationError("set the provider's name first", field="provider_name")

    monkeypatch.setattr(export, "export_agreement", refuse)
    report = export.export_batch(demo_db, people["anna"], RegisterFilter())
    assert calls == ["SLA-2024-0001"] and report.not_started == 5
    assert report.errors == [("SLA-2024-0001", "set the provider's name first")]


def test_a_batch_goes_on_after_a_refusal_that_is_about_one_agreement(
    demo_db: Database, people: dict[str, Actor], stand_ins: list[tuple[str, Path]], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = export.export_agreement

    def one_refused(db: Database, actor: Actor, number: str, formats: object, **kwargs: object) -> list[export.ExportedFile]:
        if number == "SLA-2026-0001":
            raise ValidationError("a title is too long", field="title")
        return real(db, actor, number, formats, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(export, "export_agreement", one_refused)
    report = export.export_batch(demo_db, people["anna"], RegisterFilter(), ("pdf",))
    assert report.exported == ["SLA-2024-0001", "SLA-2024-0002", "SLA-2024-0003", "SLA-2026-0002", "SLA-2026-0003"]
    assert report.not_started == 0
    assert report.errors == [("SLA-2026-0001", "a title is too long")] and not report.cancelled
    assert [f.number for f in report.files] == [
        "SLA-2024-0001", "SLA-2024-0002", "SLA-2024-0003", "SLA-2026-0002", "SLA-2026-0003"]


def test_a_batch_cancelled_midway_counts_what_it_did_not_start(
    demo_db: Database, people: dict[str, Actor], stand_ins: list[tuple[str, Path]]
) -> None:
    seen: list[tuple[int, int, str]] = []
    report = export.export_batch(
        demo_db, people["anna"], RegisterFilter(), ("pdf",), progress=lambda *p: seen.append(p),
        should_cancel=lambda: len([s for s in seen if s[2]]) >= 2,
    )
    assert report.cancelled and report.exported == ["SLA-2024-0001", "SLA-2024-0002"] and report.not_started == 4
    assert seen == [(0, 0, ""), (0, 6, "SLA-2024-0001"), (1, 6, "SLA-2024-0002"), (6, 6, "")]
    assert (report.already_exported, report.not_signed, report.skipped) == (0, 4, 4)


def test_an_amendment_signed_again_is_exported_as_its_new_version(
    demo_db: Database, people: dict[str, Actor], stand_ins: list[tuple[str, Path]], tmp_path: Path
) -> None:
    versions.amend(demo_db, people["anna"], SIGNED, "Ny servicenivå.")
    agreements.submit_for_review(demo_db, people["anna"], SIGNED)
    agreements.approve(demo_db, people["linh"], SIGNED)
    agreements.sign(demo_db, people["anna"], SIGNED, party="provider", signer_name="Anna Lindqvist", signer_title="AM")
    agreements.sign(demo_db, people["sofia"], SIGNED, party="customer", signer_name="Trần Thị Mai", signer_title="CEO")
    (written,) = export.export_agreement(demo_db, people["anna"], SIGNED, formats=("pdf",), out_dir=tmp_path)
    assert written.path.name == f"{SIGNED}-v2.pdf"
    assert [e["number"] for e in _events(demo_db, "agreement.export")] == [SIGNED]


def test_an_export_names_the_provider_as_signed_not_as_renamed_since(
    demo_db: Database, people: dict[str, Actor], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    documents: list[Document] = []

    def render(document: Document, path: Path) -> None:
        documents.append(document)
        path.write_bytes(b"%PDF-1.7")

    monkeypatch.setitem(export.RENDERERS, "pdf", render)
    signed_as = agreements.get_agreement(demo_db, SIGNED).provider
    admin = next(actor for actor in people.values() if actor.role is Role.ADMINISTRATOR)
    settings.set_setting(demo_db, admin, settings.PROVIDER_NAME, "Renamed Service AB")
    export.export_agreement(demo_db, people["anna"], SIGNED, formats=("pdf",), out_dir=tmp_path)
    cover = documents[0].blocks[0]
    assert isinstance(cover, TitlePage) and signed_as and cover.parties[0][0] == signed_as  # the provider, first
