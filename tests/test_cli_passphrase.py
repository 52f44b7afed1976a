"""The command line asks a protected profile for its passphrase before any command that writes.

From ``SLAMDESK_USER_PASSPHRASE``, or a prompt when a terminal is attached;
otherwise one line, exit 1, nothing written, and ``login_failed`` in the audit
log. Commands that only read need no passphrase. Without ``--user`` the first
administrator acts, under the same rule.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import select

from slamdesk.cli import main
from slamdesk.core import paths, register, users
from slamdesk.core.db import Database, local_path
from slamdesk.core.lifecycle import Status
from slamdesk.models import AuditEvent

from .raw import raw

ANNA = "Annas lösenfras 2026"
ADMIN = "administratörens fras"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pipe, not a terminal, and no passphrase in the environment, unless a test says otherwise."""
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    monkeypatch.delenv("SLAMDESK_USER_PASSPHRASE", raising=False)


@pytest.fixture
def protected(demo_db: Database) -> str | Path:
    """The demo portfolio (in a file, or a team database); Anna and the administrator have passphrases."""
    admin = users.get_actor(demo_db)
    users.set_passphrase(demo_db, admin, admin.username, ADMIN)
    users.set_passphrase(demo_db, users.get_actor(demo_db, "anna"), "anna", ANNA)
    return demo_db.target


def register_dir(target: str | Path) -> Path:
    """The register folder of this desk for the database at ``target``."""
    return paths.register_dir(local_path(target))


def signed_number(path: str | Path) -> str:
    db = Database.open(path)
    try:
        return register.list_agreements(db, status=Status.SIGNED)[0].number
    finally:
        db.close()


def events(path: str | Path) -> list[tuple[str, str]]:
    db = Database.open(path)
    try:
        with db.read() as session:
            return [(e.actor, e.action) for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))
                    if e.action != "audit.checkpoint"]  # the program sealing the log, not a person
    finally:
        db.close()


def registered_files(path: str | Path) -> int:
    db = Database.open(path)
    try:
        with raw(db) as connection:
            return int(connection.rows("SELECT count(*) FROM register_document WHERE kind = 'agreement'")[0][0])
    finally:
        db.close()


def files_under(folder: Path) -> list[Path]:
    """Exported agreements under ``folder`` (the register folder also keeps the audit log's anchor, and the demo's
    notice letter)."""
    return [p for p in folder.rglob("*") if p.suffix in (".pdf", ".docx") and "notices" not in p.parts] \
        if folder.exists() else []


def test_export_as_a_protected_profile_without_its_passphrase_is_refused_and_audited(
    protected: str | Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number, before = signed_number(protected), events(protected)
    code, out, err = run(capsys, "--db", str(protected), "--user", "anna", "export", number, "--unsigned")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("slamdesk: error: ")
    assert "'anna' has a passphrase" in err and "SLAMDESK_USER_PASSPHRASE" in err
    assert registered_files(protected) == 0 and files_under(register_dir(protected)) == []
    assert events(protected)[len(before):] == [("anna", "login_failed")]


def test_the_passphrase_from_the_environment_lets_the_profile_act(
    protected: str | Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    number, before = signed_number(protected), events(protected)
    monkeypatch.setenv("SLAMDESK_USER_PASSPHRASE", ANNA)
    code, out, err = run(capsys, "--db", str(protected), "--user", "anna", "export", number, "--unsigned",
                         "--format", "docx")
    assert (code, err) == (0, "")
    assert len(out.splitlines()) == 1 and out.split("\t")[0].endswith(".docx")
    assert registered_files(protected) == 1
    assert events(protected)[len(before):] == [("anna", "login"), ("anna", "agreement.export")]


def test_a_wrong_passphrase_is_one_line_and_writes_nothing_but_the_failure(
    protected: str | Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    number, before = signed_number(protected), events(protected)
    monkeypatch.setenv("SLAMDESK_USER_PASSPHRASE", ADMIN)  # the administrator's, not Anna's
    code, out, err = run(capsys, "--db", str(protected), "--user", "anna", "export", number, "--unsigned")
    assert (code, out) == (1, "")
    assert err == "slamdesk: error: wrong passphrase for the profile 'anna'\n"
    assert registered_files(protected) == 0 and files_under(register_dir(protected)) == []
    assert events(protected)[len(before):] == [("anna", "login_failed")]


def test_on_a_terminal_the_passphrase_is_asked_for(
    protected: str | Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    terminal = io.StringIO("")
    terminal.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stdin", terminal)
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or ANNA)
    number = signed_number(protected)
    code, _, err = run(capsys, "--db", str(protected), "--user", "anna", "export", number, "--unsigned",
                       "--format", "docx")
    assert (code, err) == (0, "")
    assert asked == ["Passphrase of profile anna (Anna Lindqvist): "]
    assert registered_files(protected) == 1


def test_without_user_the_protected_administrator_needs_its_passphrase_too(
    protected: str | Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    number, before = signed_number(protected), events(protected)
    for args in (("export", number, "--unsigned"), ("demo",)):
        code, out, err = run(capsys, "--db", str(protected), *args)
        assert (code, out) == (1, "")
        assert "'admin' has a passphrase" in err and err.count("\n") == 1
    assert registered_files(protected) == 0
    assert events(protected)[len(before):] == [("admin", "login_failed"), ("admin", "login_failed")]
    monkeypatch.setenv("SLAMDESK_USER_PASSPHRASE", ADMIN)
    code, out, _ = run(capsys, "--db", str(protected), "export", number, "--unsigned", "--format", "docx")
    assert code == 0 and registered_files(protected) == 1
    assert events(protected)[-2:] == [("admin", "login"), ("admin", "agreement.export")]


@pytest.mark.parametrize(
    "args",
    [
        ("register",),
        ("register", "--json", "--status", "signed"),
        ("catalogue",),
        ("quote", "{number}"),
        ("audit", "verify"),
    ],
    ids=lambda args: " ".join(args),
)
@pytest.mark.parametrize("user", [(), ("--user", "anna")], ids=["administrator", "anna"])
def test_reading_commands_need_no_passphrase(
    protected: str | Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], user: tuple[str, ...]
) -> None:
    before = events(protected)
    number = signed_number(protected)
    code, out, err = run(capsys, "--db", str(protected), *user, *(a.format(number=number) for a in args))
    assert (code, err) == (0, "") and out
    assert events(protected) == before  # no login, no failure: nothing was asked


def test_verify_needs_no_passphrase(
    protected: str | Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SLAMDESK_USER_PASSPHRASE", ANNA)
    number = signed_number(protected)
    assert run(capsys, "--db", str(protected), "--user", "anna", "export", number, "--unsigned", "--format", "pdf",
               "--out", str(tmp_path / "out"))[0] == 0
    monkeypatch.delenv("SLAMDESK_USER_PASSPHRASE")
    (pdf,) = (tmp_path / "out").glob("*.pdf")
    before = events(protected)
    code, out, err = run(capsys, "--db", str(protected), "--user", "anna", "verify", str(pdf))
    assert "passphrase" not in err and out.startswith(("INTACT", "FAILED"))  # unsigned: it says why, asks nothing
    assert events(protected) == before


def test_an_unprotected_profile_writes_without_being_asked(
    protected: str | Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number = signed_number(protected)
    code, _, err = run(capsys, "--db", str(protected), "--user", "linh", "export", number, "--unsigned",
                       "--format", "docx")
    assert (code, err) == (0, "") and registered_files(protected) == 1
    assert events(protected)[-1] == ("linh", "agreement.export")
