"""`slamdesk db copy`: a whole register from a file to a team database and back, nothing lost or changed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from slamdesk.cli import main
from slamdesk.core import agreements, audit, copy, export, register, users
from slamdesk.core.db import Database
from slamdesk.core.errors import FrozenError, ValidationError
from slamdesk.core.lifecycle import Status
from slamdesk.core.register_files import local_copy
from slamdesk.models import AgreementVersion, AuditEvent
from tests import pg
from tests.raw import REFUSED, raw

pytestmark = pytest.mark.sqlite_only  # the source is the SQLite variant; each test makes its own team database


@pytest.fixture
def team_database(postgresql_server: str) -> Iterator[str]:
    name = pg.new_name("team")
    pg.admin_execute(postgresql_server, f"CREATE DATABASE {name}")
    yield pg.database_url(postgresql_server, name)
    pg.admin_execute(postgresql_server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _seals(db: Database) -> list[tuple[int, str, str]]:
    with db.read() as session:
        return [tuple(row) for row in session.execute(
            AgreementVersion.__table__.select().with_only_columns(
                AgreementVersion.id, AgreementVersion.content_sha256, AgreementVersion.status)
            .where(AgreementVersion.content_sha256.is_not(None)).order_by(AgreementVersion.id))]


def _events(db: Database) -> list[tuple[int, str]]:
    with db.read() as session:
        return [(e.id, e.hash) for e in session.query(AuditEvent).order_by(AuditEvent.id)]


def test_the_demo_register_goes_to_a_team_database_and_back_with_identical_seals(
    demo_db: Database, team_database: str, tmp_path: Path
) -> None:
    team = Database.open(team_database)
    report = copy.copy_database(demo_db, team)
    assert report.rows["agreement"] == 10 and report.sealed == len(_seals(demo_db)) > 0
    assert _seals(team) == _seals(demo_db)
    assert _events(team)[: len(_events(demo_db))] == _events(demo_db)  # the log arrives as it was, then one event
    assert audit.check_log(team).intact
    assert [r.number for r in register.list_agreements(team, search="song hong")] == \
        [r.number for r in register.list_agreements(demo_db, search="song hong")]
    number = next(row.number for row in register.list_agreements(team) if row.status is Status.SIGNED)
    assert agreements.get_agreement(team, number) == agreements.get_agreement(demo_db, number)

    back = Database.open(tmp_path / "back.db")
    copy.copy_database(team, back)
    assert _seals(back) == _seals(demo_db)
    assert audit.check_log(back).intact
    # The rules came along: the copy refuses what the original refuses.
    with raw(back) as connection, pytest.raises(REFUSED, match="frozen"):
        connection.execute("UPDATE agreement SET title = 'Changed' WHERE number = ?", (number,))
    with pytest.raises(FrozenError):
        with team.unit_of_work() as session:
            session.execute(text("UPDATE agreement SET title = 'Changed' WHERE number = :n"), {"n": number})
    # New work goes on in the team database after the copied ids.
    users.ensure_user(team, "new", "New Member", users.Role.REPRESENTATIVE)
    team.close()
    back.close()


def test_a_destination_that_is_not_empty_is_refused_untouched(demo_db: Database, tmp_path: Path) -> None:
    other = Database.open(tmp_path / "other.db")
    users.ensure_user(other, "someone", "Someone", users.Role.REPRESENTATIVE)
    before = _events(other)
    with pytest.raises(ValidationError, match="is not empty"):
        copy.copy_database(demo_db, other)
    assert _events(other) == before
    with pytest.raises(ValidationError, match="not onto itself"):
        copy.copy_database(demo_db, demo_db)
    other.close()


def test_the_command_line_copies_and_says_what_it_checked(
    demo_db: Database, team_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = str(demo_db.target)
    demo_db.close()
    assert main(["db", "copy", "--from", source, "--to", team_database]) == 0
    out = capsys.readouterr().out
    assert "10 agreements" in out and "seals checked" in out and "intact chain" in out
    assert main(["db", "copy", "--from", source, "--to", team_database]) == 1
    assert "is not empty" in capsys.readouterr().err


def test_exported_documents_travel_with_the_register_both_ways_checked_against_their_sha256(
    demo_db: Database, team_database: str, tmp_path: Path, people: dict[str, users.Actor],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    signed = [row.number for row in register.list_agreements(demo_db) if row.status is Status.SIGNED][:2]
    kept = export.export_agreement(demo_db, people["linh"], signed[0], ("pdf", "docx"),
                                   passphrase="correct horse battery")
    (lost,) = export.export_agreement(demo_db, people["linh"], signed[1], ("docx",), passphrase="correct horse battery")
    lost.path.unlink()  # deleted at this desk: its record travels, its bytes cannot
    team = Database.open(team_database)
    report = copy.copy_database(demo_db, team)
    assert (report.documents, report.missing) == (4, (lost.path.name,))  # with the demo's notice letter
    with raw(team) as connection:
        paths = [row[0] for row in connection.rows("SELECT path FROM register_document WHERE kind = 'agreement' ORDER BY id")]
    assert all(not Path(p).is_absolute() for p in paths)  # each desk keeps the register in its own folder

    monkeypatch.setenv("SLAMDESK_DATA_DIR", str(tmp_path / "another-desk"))  # a member who exported nothing
    desk = Database.open(team_database)
    documents = {d.format: d for d in next(r for r in register.list_agreements(desk) if r.number == signed[0]).documents}
    for file in kept:
        assert local_copy(desk, documents[file.format].path).read_bytes() == file.path.read_bytes()
    desk.close()

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    back = Database.open(elsewhere / "back.db")  # its register folder is a new one: nothing there yet
    report = copy.copy_database(team, back)
    assert (report.documents, report.missing) == (4, (lost.path.name,))  # with the demo's notice letter
    documents = {d.format: d for d in next(r for r in register.list_agreements(back) if r.number == signed[0]).documents}
    for file in kept:
        path = Path(documents[file.format].path)
        assert path.is_relative_to(elsewhere / "register")  # beside the new file, not the old one's folder
        assert path.read_bytes() == file.path.read_bytes()
    team.close()
    back.close()
