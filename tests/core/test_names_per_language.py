"""Catalogue names in the agreement's language (core.catalogue_names, issue 15): stored per language, drafted into
each line, sealed with the signature, shown by the documents, marked by the checklist where one is missing, and
never changed after signing, by a rename or by raw SQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from slamdesk.core import agreements, catalogue, content, customers, export, requirements, versions
from slamdesk.core.catalogue_names import missing, name_in
from slamdesk.core.db import Database
from slamdesk.core.errors import ValidationError
from slamdesk.core.requirements import RequirementInput
from slamdesk.core.roles import Actor
from slamdesk.core.views import LineView
from slamdesk.models import Agreement, AgreementLine, AgreementVersion
from tests.raw import raw

from .helpers import draft
from .test_export import docx_text, pdf_text
from .workflow import team

pytestmark = pytest.mark.both_backends


def _service(db: Database, code: str) -> catalogue.ServiceInfo:
    return next(s for s in catalogue.list_services(db) if s.code == code)


def _rename(db: Database, admin: Actor, code: str, names: dict[str, str], level_names: dict[str, dict[str, str]]) -> None:
    service = _service(db, code)
    levels = [dataclasses.replace(catalogue.level_input(level), names=level_names.get(level.name, dict(level.names)))
              for level in service.levels]
    catalogue.update_service(db, admin, service.id, row_version=service.row_version, code=service.code,
                             name=service.name, description=service.description, levels=levels, names=names)


def _signed(db: Database, people: dict[str, Actor], number: str) -> None:
    agreements.submit_for_review(db, people["anna"], number)
    agreements.approve(db, people["linh"], number)
    agreements.sign(db, people["anna"], number, party="provider", signer_name="Anna Lindqvist", signer_title="AM")
    agreements.sign(db, people["sofia"], number, party="customer", signer_name="Ірина Бондаренко", signer_title="CEO")


def test_a_service_and_its_levels_keep_their_names_per_language(db: Database) -> None:
    people = team(db)
    _rename(db, people["admin"], "SD", {"uk": "  Служба підтримки ", "sv": "", "vi": "Bàn hỗ trợ"},
            {"Gold": {"uk": "Золотий", "id": "Emas"}})
    service = _service(db, "SD")
    assert dict(service.names) == {"uk": "Служба підтримки", "vi": "Bàn hỗ trợ"}  # trimmed; a blank is no name
    gold = next(level for level in service.levels if level.name == "Gold")
    assert dict(gold.names) == {"id": "Emas", "uk": "Золотий"}
    assert dict(next(level for level in service.levels if level.name == "Bronze").names)["sv"] == "Brons"


@pytest.mark.parametrize(("names", "field", "message"), [
    ({"de": "Kundendienst"}, "service_names", "'de' is not a language agreements are written in (sv, vi, id, uk)"),
    ({"en": "Help desk"}, "service_names", "'en' is not a language"),  # the catalogue's own name is the name
    ({"uk": "Служба\x07"}, "service_names", "the service name in Українська"),
    ({"uk": "Д" * 201}, "service_names", "the service name in Українська"),
])
def test_a_name_in_an_unknown_language_or_with_hostile_text_is_refused_and_nothing_changes(
    db: Database, names: dict[str, str], field: str, message: str
) -> None:
    people = team(db)
    before = _service(db, "SD")
    with pytest.raises(ValidationError, match=re.escape(message)) as caught:
        _rename(db, people["admin"], "SD", names, {})
    assert caught.value.field == field
    assert _service(db, "SD") == before


def test_a_level_name_in_an_unknown_language_is_refused_on_its_field(db: Database) -> None:
    people = team(db)
    with pytest.raises(ValidationError, match="'xx' is not a language") as caught:
        _rename(db, people["admin"], "SD", {}, {"Gold": {"xx": "?"}})
    assert caught.value.field == "level_names"


def test_the_name_in_a_language_shows_only_where_it_differs_from_the_catalogues() -> None:
    names = {"sv": "Servicedesk", "uk": "Служба підтримки", "id": "Service desk"}
    assert name_in("Service desk", names, "uk") == "Служба підтримки"
    assert name_in("Service desk", names, "vi") is None  # none given: the catalogue's name shows
    assert name_in("Service desk", names, "id") is None  # the same words
    assert name_in("Service desk", names, "en") is None
    assert name_in("Service desk", {}, "uk") is None
    assert name_in("Service desk", None, "uk") is None  # a level stored before names existed


def test_a_draft_shows_the_names_of_its_customers_language_and_keeps_the_catalogues_for_matching(db: Database) -> None:
    people = team(db)
    number = draft(db, people["anna"])  # a Ukrainian customer, Service desk Gold and Network monitoring Gold
    lines = agreements.get_agreement(db, number).lines
    assert [(line.service_name, line.level_name) for line in lines] == [
        ("Service desk", "Gold"), ("Network monitoring", "Gold")]
    assert [(line.service_shown, line.level_shown) for line in lines] == [
        ("Служба підтримки", "Золотий"), ("Моніторинг мережі", "Золотий")]
    checklist = agreements.run_checklist(db, number)
    names = next(item for item in checklist.items if item.key == "names")
    assert (names.passed, names.advisory, names.detail) == (True, True, "every name shows in Українська")


def test_a_missing_name_shows_the_catalogues_and_is_a_note_that_does_not_block_approval(db: Database) -> None:
    people = team(db)
    _rename(db, people["admin"], "NET", {"sv": "Nätverksövervakning"}, {"Gold": {}})  # no Ukrainian names left
    number = draft(db, people["anna"])
    lines = agreements.get_agreement(db, number).lines
    assert [(line.service_shown, line.level_shown) for line in lines] == [
        ("Служба підтримки", "Золотий"), ("Network monitoring", "Gold")]
    checklist = agreements.run_checklist(db, number)
    (note,) = checklist.notes
    assert (note.key, note.passed) == ("names", False)
    assert note.detail == "line 2 shows 'Network monitoring', 'Gold' in English"
    assert checklist.passed and checklist.failures == ()
    agreements.submit_for_review(db, people["anna"], number)
    agreements.approve(db, people["linh"], number)  # a note, not a refusal
    assert agreements.get_agreement(db, number).status.value == "approved"


def test_an_english_customers_agreement_shows_the_catalogues_names_and_has_nothing_to_note(db: Database) -> None:
    people = team(db)
    customer = customers.create_customer(db, people["anna"], name="Harbour Ltd", country="GB", language="en",
                                         contact_name="Ann Smith")
    sd = _service(db, "SD")
    document = requirements.create_requirements(
        db, people["anna"], customer_id=customer.id,
        requirements=[RequirementInput(sd.id, "Leeds", "24x7", ("P1",), users=25)])
    gold = next(level.id for level in sd.levels if level.name == "Gold")
    requirements.choose_levels(db, people["anna"], document.id, {document.items[0].id: gold},
                               row_version=document.row_version)
    number = agreements.create_draft(db, people["anna"], requirements_document_id=document.id, title="SLA",
                                     start_date=dt.date(2027, 1, 1), end_date=dt.date(2027, 12, 31))
    (line,) = agreements.get_agreement(db, number).lines
    assert (line.shown_service_name, line.shown_level_name, line.service_shown) == (None, None, "Service desk")
    assert not agreements.run_checklist(db, number).notes
    _rename(db, people["admin"], "SD", {"sv": "Servicedesk"}, {"Gold": {}})  # no Vietnamese names left
    with db.read() as session:
        lines = versions_lines(session, number)
        assert missing(session, lines, "en") == [] and missing(session, lines, "vi") == [
            "line 1 shows 'Service desk', 'Gold' in English"]


def test_a_line_without_names_of_its_own_seals_what_it_always_sealed() -> None:
    line = LineView(1, "Service desk", "Gold", "Kyiv", "24x7", "P1", 2, content.Decimal("10"), content.Decimal("20"),
                    content.Decimal("99.9"), (("P1", 15, 60, False),))
    plain = content.line_content(dataclasses.asdict(line))
    assert "shown" not in plain and plain["service"] == "Service desk"
    named = content.line_content(dataclasses.asdict(dataclasses.replace(line, shown_service_name="Служба підтримки")))
    assert named == {**plain, "shown": {"service": "Служба підтримки"}}


def test_signed_names_are_sealed_renaming_the_catalogue_changes_no_signed_document(
    db: Database, tmp_path: Path
) -> None:
    people = team(db)
    number = draft(db, people["anna"])
    _signed(db, people, number)
    sealed = agreements.get_agreement(db, number)
    assert '"shown":{"level":"Золотий","service":"Служба підтримки"}' in _content_json(db, number)
    _rename(db, people["admin"], "SD", {"uk": "Сервісна служба"}, {"Gold": {"uk": "Золото"}})
    after = agreements.get_agreement(db, number)
    assert after.lines == sealed.lines and after.content_sha256 == sealed.content_sha256
    files = export.export_agreement(db, people["linh"], number, out_dir=tmp_path)
    for file in files:
        flat = " ".join((pdf_text(file.path) if file.format == "pdf" else docx_text(file.path)).split())
        assert "Служба підтримки: Золотий" in flat and "Моніторинг мережі: Золотий" in flat, file.format
        assert "Сервісна служба" not in flat and "Service desk" not in flat, file.format
    amended = versions.amend(db, people["anna"], number, "Нова ціна.")
    copy = agreements.get_agreement(db, number)
    assert copy.version_no == amended and [(line.service_shown, line.level_shown) for line in copy.lines] == [
        (line.service_shown, line.level_shown) for line in sealed.lines]


def versions_lines(session: Session, number: str) -> list[AgreementLine]:
    return list(session.scalars(
        select(AgreementLine).join(AgreementVersion, AgreementVersion.id == AgreementLine.version_id)
        .join(Agreement, Agreement.id == AgreementVersion.agreement_id).where(Agreement.number == number)))


def _content_json(db: Database, number: str) -> str:
    with db.read() as session:
        return str(session.execute(text(
            "SELECT v.content_json FROM agreement_version v JOIN agreement a ON a.id = v.agreement_id "
            "WHERE a.number = :number"), {"number": number}).scalar_one())


@pytest.mark.parametrize("statement", [
    "UPDATE agreement_line SET shown_service_name = 'Forged'",
    "UPDATE agreement_line SET shown_level_name = NULL",
])
def test_raw_sql_cannot_rename_a_signed_line(db: Database, statement: str) -> None:
    people = team(db)
    number = draft(db, people["anna"])
    _signed(db, people, number)
    with raw(db) as sql, pytest.raises(Exception, match="frozen"):
        sql.execute(statement)
    assert [line.service_shown for line in agreements.get_agreement(db, number).lines] == [
        "Служба підтримки", "Моніторинг мережі"]


def test_an_edit_that_says_nothing_of_names_keeps_them_and_an_empty_one_clears_them(db: Database) -> None:
    people = team(db)
    service = _service(db, "SD")
    kept = [dataclasses.replace(catalogue.level_input(level), names=None, monthly_fee=level.monthly_fee + 1)
            for level in service.levels]
    catalogue.update_service(db, people["admin"], service.id, row_version=service.row_version, code=service.code,
                             name=service.name, description="Edited", levels=kept)
    edited = _service(db, "SD")
    assert edited.names == service.names and [level.names for level in edited.levels] == [
        level.names for level in service.levels]
    _rename(db, people["admin"], "SD", {}, {"Gold": {}})
    cleared = _service(db, "SD")
    assert dict(cleared.names) == {} and dict(next(lv for lv in cleared.levels if lv.name == "Gold").names) == {}
    assert dict(next(lv for lv in cleared.levels if lv.name == "Silver").names)["uk"] == "Срібний"
