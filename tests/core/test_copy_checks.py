"""A copy is checked, not trusted: every row, link, seal and event arrives, and a destination that loses or
changes any of them is caught and named. The source runs on each backend; the destination is a new file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from slamdesk.core import copy, export, register
from slamdesk.core.db import Database
from slamdesk.core.errors import DatabaseError, ValidationError
from slamdesk.core.lifecycle import Status
from slamdesk.core.roles import Actor
from slamdesk.models import AgreementVersion
from tests.raw import raw

_AGREEMENTS = "SELECT id, number, parent_id, supports_id, title FROM agreement ORDER BY id"
_VERSIONS = "SELECT id, status, content_json, content_sha256, frozen_at FROM agreement_version ORDER BY id"
_SEALED = "SELECT id FROM agreement_version WHERE content_sha256 IS NOT NULL ORDER BY id"


def _rows(db: Database, sql: str) -> list[tuple[object, ...]]:
    with raw(db) as connection:
        return connection.rows(sql)


def _drafts(db: Database) -> list[int]:
    return [row[0] for row in _rows(db, "SELECT a.id FROM agreement a WHERE NOT EXISTS (SELECT 1 FROM agreement_version v "
                                        "WHERE v.agreement_id = a.id AND v.content_sha256 IS NOT NULL) ORDER BY a.id")]


def _versions(db: Database) -> list[tuple[object, ...]]:
    with db.read() as session:
        return [tuple(row) for row in session.execute(select(
            AgreementVersion.id, AgreementVersion.status, AgreementVersion.content_sha256, AgreementVersion.frozen_at)
            .order_by(AgreementVersion.id))]


def _sealed(db: Database) -> list[int]:
    return [row[0] for row in _rows(db, _SEALED)]


@pytest.fixture
def destination(tmp_path: Path) -> Database:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    made = Database.open(folder / "copy.db")
    yield made
    made.close()


def test_every_row_link_seal_and_frozen_moment_arrives_and_the_copy_says_where_it_came_from(
    demo_db: Database, destination: Database
) -> None:
    first, second, third = _drafts(demo_db)[:3]
    with raw(demo_db) as connection:  # a framework agreement with a call-off, and one that supports another,
        # each linked to one made after it (copied in id order, the link cannot go in with the row)
        connection.execute("UPDATE agreement SET parent_id = ? WHERE id = ?", (third, first))
        connection.execute("UPDATE agreement SET supports_id = ? WHERE id = ?", (third, second))
    told: list[tuple[str, int, int]] = []
    report = copy.copy_database(demo_db, destination, progress=lambda *said: told.append(said))
    assert _rows(destination, _AGREEMENTS) == _rows(demo_db, _AGREEMENTS)
    assert _versions(destination) == _versions(demo_db)
    assert {status for _, status, *_ in _versions(destination)} >= {"signed", "active", "terminated"}
    assert report.sealed == 6 and report.rows["agreement"] == 10 and report.rows["customer"] == 7
    assert report.audit_events == len(_rows(destination, "SELECT id FROM audit_event")) - 1  # then the copy's own
    assert report.documents == 2 and report.missing == ()  # the demo's notice letter
    # each table is told as it goes, ending with all of its rows
    assert ("agreement", 10, 10) in told and ("customer", 7, 7) in told
    assert {table for table, _, _ in told} == {table for table, count in report.rows.items() if count}
    assert all(done == total for table, done, total in told if (table, done) == max((t, d) for t, d, _ in told
                                                                                     if t == table))
    (last,) = _rows(destination, "SELECT action, detail FROM audit_event ORDER BY id DESC LIMIT 1")
    assert last[0] == "audit.reanchored" and json.loads(last[1])["source"] == demo_db.location
    assert json.loads(last[1])["reason"] == "copied"


def test_a_large_table_is_copied_in_batches_each_told(demo_db: Database, destination: Database,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(copy, "BATCH", 3)
    told: list[tuple[str, int, int]] = []
    copy.copy_database(demo_db, destination, progress=lambda *said: told.append(said))
    assert [said for said in told if said[0] == "customer"] == [("customer", 3, 7), ("customer", 6, 7), ("customer", 7, 7)]
    assert _rows(destination, "SELECT id, name FROM customer ORDER BY id") == _rows(demo_db,
                                                                                  "SELECT id, name FROM customer ORDER BY id")


def test_a_copy_onto_itself_or_into_a_register_that_has_data_is_refused_naming_the_destination(
    demo_db: Database, destination: Database, admin: Actor
) -> None:
    same = Database.open(demo_db.target)
    with pytest.raises(ValidationError) as itself:
        copy.copy_database(demo_db, same)
    same.close()
    assert itself.value.field == "to"
    copy.copy_database(demo_db, destination)
    again = Database.open(destination.target)
    with pytest.raises(ValidationError) as refused:
        copy.copy_database(demo_db, again)
    assert refused.value.field == "to"
    message = str(refused.value)
    assert message.startswith(f"{destination.location} is not empty (it has ") and message.endswith(
        "); copy into a new database")
    assert message.count(",") == 2  # three tables named, not all of them
    again.close()


@pytest.mark.parametrize("lost", ["NEW.key = 'demo_loaded'", "1 = 1"])  # one row of the table, or every one
def test_a_destination_that_loses_rows_is_caught_naming_the_table(
    demo_db: Database, destination: Database, lost: str,
) -> None:
    with raw(destination) as connection:
        connection.execute(f"CREATE TRIGGER lose AFTER INSERT ON setting WHEN {lost} "
                           "BEGIN DELETE FROM setting WHERE key = NEW.key; END")
    (settings,) = _rows(demo_db, "SELECT count(*) FROM setting")[0]
    left = settings - 1 if "demo_loaded" in lost else 0
    with pytest.raises(DatabaseError) as caught:
        copy.copy_database(demo_db, destination)
    assert str(caught.value) == f"the copy of setting has {left} rows, the source {settings}"


def test_a_destination_that_changes_a_seal_is_caught_naming_the_version(demo_db: Database, destination: Database) -> None:
    sealed = _sealed(demo_db)[0]
    with raw(destination) as connection:
        connection.drop_triggers()
        connection.execute(f"CREATE TRIGGER reseal AFTER UPDATE OF content_sha256 ON agreement_version WHEN NEW.id = {sealed} "
                           "BEGIN UPDATE agreement_version SET content_json = content_json || ' ' WHERE id = NEW.id; END")
    with pytest.raises(DatabaseError) as caught:
        copy.copy_database(demo_db, destination)
    assert str(caught.value) == f"the sealed content of agreement version {sealed} did not arrive intact"


def test_a_destination_that_swaps_a_seal_for_another_valid_one_is_caught(demo_db: Database, destination: Database) -> None:
    first, *_, sealed = _sealed(demo_db)
    with raw(destination) as connection:
        connection.drop_triggers()
        connection.execute(f"CREATE TRIGGER swap AFTER UPDATE OF content_sha256 ON agreement_version WHEN NEW.id = {sealed} "
                           "BEGIN UPDATE agreement_version SET (content_json, content_sha256) = (SELECT content_json, "
                           f"content_sha256 FROM agreement_version WHERE id = {first}) WHERE id = NEW.id; END")
    with pytest.raises(DatabaseError) as caught:
        copy.copy_database(demo_db, destination)
    assert str(caught.value) == f"the sealed content of agreement version {sealed} did not arrive intact"


def test_a_destination_that_unseals_a_version_is_caught_counting_them(demo_db: Database, destination: Database) -> None:
    sealed = _sealed(demo_db)[-1]
    with raw(destination) as connection:
        connection.drop_triggers()
        connection.execute(f"CREATE TRIGGER unseal AFTER UPDATE OF content_sha256 ON agreement_version WHEN NEW.id = {sealed} "
                           "AND NEW.content_sha256 IS NOT NULL "
                           "BEGIN UPDATE agreement_version SET content_sha256 = NULL WHERE id = NEW.id; END")
    with pytest.raises(DatabaseError) as caught:
        copy.copy_database(demo_db, destination)
    assert str(caught.value) == "6 sealed versions in the source, 5 in the copy"


def test_a_destination_that_rewrites_an_event_is_caught_by_the_chain(demo_db: Database, destination: Database) -> None:
    with raw(destination) as connection:
        connection.drop_triggers()
        connection.execute("CREATE TRIGGER rewrite AFTER INSERT ON audit_event WHEN NEW.id = 5 "
                           "BEGIN UPDATE audit_event SET actor = 'mallory' WHERE id = NEW.id; END")
    with pytest.raises(DatabaseError) as caught:
        copy.copy_database(demo_db, destination)
    assert str(caught.value).startswith("the copied audit log does not check out: ")
    assert "5" in str(caught.value)


def test_documents_whose_bytes_changed_since_export_do_not_travel_and_are_named(
    demo_db: Database, destination: Database, people: dict[str, Actor]
) -> None:
    signed = [row.number for row in register.list_agreements(demo_db) if row.status is Status.SIGNED]
    (kept,) = export.export_agreement(demo_db, people["linh"], signed[0], ("pdf",), passphrase="correct horse battery")
    (changed,) = export.export_agreement(demo_db, people["linh"], signed[1], ("docx",), passphrase="correct horse battery")
    if demo_db.dialect == "sqlite":
        changed.path.write_bytes(changed.path.read_bytes() + b"tampered")
    else:
        with raw(demo_db) as connection:
            connection.execute("UPDATE register_document_content SET content = content || '\\x00'::bytea "
                               "WHERE document_id = (SELECT max(id) FROM register_document)")
    report = copy.copy_database(demo_db, destination)
    assert (report.documents, report.missing) == (3, (changed.path.name,))  # and the demo's notice letter
    documents = _rows(destination, "SELECT path FROM register_document WHERE kind = 'agreement' ORDER BY id")
    arrived = [Path(str(path)) for (path,) in documents if Path(str(path)).exists()]
    assert [path.read_bytes() for path in arrived] == [kept.path.read_bytes()]
    assert all(Path(str(path)).is_relative_to(destination.path.parent / "register") for (path,) in documents)


def test_a_document_written_outside_the_register_is_recorded_where_it_stays(
    demo_db: Database, destination: Database, people: dict[str, Actor], tmp_path: Path
) -> None:
    outside = tmp_path / "handed-out"
    outside.mkdir()
    signed = next(row.number for row in register.list_agreements(demo_db) if row.status is Status.SIGNED)
    (file,) = export.export_agreement(demo_db, people["linh"], signed, ("pdf",), out_dir=outside,
                                      passphrase="correct horse battery")
    report = copy.copy_database(demo_db, destination)
    assert report.missing == ()
    assert _rows(destination, "SELECT path FROM register_document WHERE kind = 'agreement'") == [(str(file.path),)]
