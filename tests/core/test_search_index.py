"""The register's full-text index (core.search_index): what is indexed, how words are folded, and what a
typed search matches, on SQLite (FTS5) and on PostgreSQL (folded words in Python)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from slamdesk.core import register, search_index
from slamdesk.core.db import Database
from slamdesk.core.register import RegisterFilter
from slamdesk.core.search_index import fold, match_expression, words

from .workflow import Drafted, drafted

pytestmark = [pytest.mark.both_backends, pytest.mark.prepared(build=drafted)]


def _found(db: Database, search: str) -> list[str]:
    return [row.number for row in register.list_agreements(db, RegisterFilter(search=search))]


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("Sông Hồng", "song hong"), ("Đà Nẵng", "da nang"), ("ĐÀ", "da"), ("Växjö", "vaxjo"), ("Łódź", "lodz"),
        ("Øresund", "oresund"), ("Straße", "strasse"), ("Ærø", "aero"), ("Œuvre", "oeuvre"), ("Ħal", "hal"),
        ("Ŧ", "t"), ("ı", "i"), ("Одеса", "одеса"), ("Й", "и"), ("ﬁber", "fiber"),
    ],
)
def test_words_are_folded_to_lower_case_without_diacritics(typed: str, folded: str) -> None:
    assert fold(typed) == folded


def test_the_words_of_a_text_are_its_runs_of_letters_and_digits_folded() -> None:
    assert words("SLA-2027-0001: Fjällbacka, hamn (Göteborg)") == ["sla", "2027", "0001", "fjallbacka", "hamn", "goteborg"]
    assert words(" -- ") == []


def test_each_typed_word_is_a_quoted_prefix_and_nothing_typed_is_no_search() -> None:
    assert match_expression('song  "hong') == '"song"* "hong"*'
    assert match_expression('SLA-2027 OR x') == '"SLA-2027"* "OR"* "x"*'
    assert match_expression(' " \t') is None
    assert search_index.matching_ids("  ") is None


def test_a_draft_is_found_by_every_word_it_is_indexed_under(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    for search in ("SLA-2027", "2027-0001", "угода", "Одеські порти", "ірина", "бондаренко", "service desk", "gold",
                   "network monitoring", "одеса порт", "ОДЕСА", "оде"):
        assert _found(db, search) == [number], search
    for search in ("Gold Platinum", "silver", "Київ", "ірина петро"):
        assert _found(db, search) == [], search


def test_a_contacts_e_mail_is_indexed_too(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    with db.unit_of_work() as session:
        session.execute(text("UPDATE contact SET email = 'iryna@ports.ua'"))
        search_index.refresh(session, [session.execute(text("SELECT id FROM agreement")).scalar_one()])
    assert _found(db, "iryna") == [number]


def test_a_refresh_indexes_the_agreement_as_it_is_now_and_nothing_else(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    with db.unit_of_work() as session:
        agreement_id = session.execute(text("SELECT id FROM agreement")).scalar_one()
        session.execute(text("UPDATE agreement SET title = 'Harbour operations'"))
        search_index.refresh(session, [])  # nothing to do
    assert _found(db, "harbour") == [] and _found(db, "угода") == [number]  # not yet re-indexed
    with db.unit_of_work() as session:
        search_index.refresh(session, [agreement_id])
        search_index.refresh(session, [agreement_id])  # twice is the same as once
    assert _found(db, "harbour") == [number] and _found(db, "угода") == []
    assert register.count_agreements(db, RegisterFilter(search="harbour")) == 1


def test_only_the_current_versions_lines_are_indexed(db: Database, prepared: Drafted) -> None:
    from slamdesk.core import agreements, versions

    people, number = prepared
    agreements.submit_for_review(db, people["anna"], number)
    agreements.approve(db, people["linh"], number)
    agreements.sign(db, people["anna"], number, party="provider", signer_name="Anna Lindqvist", signer_title="AM")
    agreements.sign(db, people["sofia"], number, party="customer", signer_name="Ірина", signer_title="Директорка")
    versions.amend(db, people["anna"], number, "Move to Kyiv")
    with db.unit_of_work() as session:
        session.execute(text("UPDATE agreement_line SET site = 'Київ' WHERE version_id IN "
                             "(SELECT id FROM agreement_version WHERE version_no = 2)"))
        search_index.refresh(session, [session.execute(text("SELECT id FROM agreement")).scalar_one()])
    assert _found(db, "Київ") == [number] and _found(db, "одеса") == [] and _found(db, "угода") == [number]


def test_hostile_searches_find_nothing_and_break_nothing(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    assert _found(db, '"') == _found(db, "\x00") == _found(db, "") == [number]  # nothing typed: nothing filtered
    for search in ("NEAR(", "*", "a OR b", "-", "^", "100%", "_", "\\", "'; DROP TABLE agreement; --"):
        assert _found(db, search) == [], search  # a search of no words, or of words it does not hold
        assert register.count_agreements(db, RegisterFilter(search=search)) == 0, search
    assert _found(db, "угода") == [number]


def test_the_postgresql_condition_matches_each_folded_word_as_a_prefix_with_wildcards_escaped() -> None:
    from sqlalchemy.dialects import postgresql

    query = select(search_index.search_table.c.rowid).where(search_index.Matches("Sông 50%_x\\y"))
    compiled = query.compile(dialect=postgresql.dialect())
    # "%" and "\\" separate words; "_" is part of one, and would match any character unescaped
    assert list(compiled.params.values()) == ["% song%", "% 50%", "% \\_x%", "% y%"]
    assert str(compiled).count("agreement_search.haystack LIKE") == 4 and str(compiled).count("ESCAPE '\\'") == 4
    empty = select(search_index.search_table.c.rowid).where(search_index.Matches(" -- ")).compile(
        dialect=postgresql.dialect())
    assert list(empty.params.values()) == [] and "LIKE" not in str(empty)  # nothing to look for: nothing matches


def test_the_postgresql_condition_needs_every_word_and_a_search_of_no_words_matches_nothing() -> None:
    from sqlalchemy.dialects import postgresql

    def where(search: str) -> str:
        query = select(search_index.search_table.c.rowid).where(search_index.Matches(search))
        return str(query.compile(dialect=postgresql.dialect())).split("WHERE ", 1)[1]

    both = where("song hong")
    assert both.count(" AND ") == 1  # each word must be there, not either
    first, second = both.split(" AND ")
    assert first.startswith("agreement_search.haystack LIKE ") and second.startswith("agreement_search.haystack LIKE ")
    assert where(" -- ") == "1 = 0"  # typed, but nothing to look for: no row, as with FTS5


def test_two_searches_in_one_query_each_look_for_their_own_words(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    with db.read() as session:
        agreement_id = session.execute(text("SELECT id FROM agreement")).scalar_one()
        found_not_other = search_index.matching_ids("угода").except_(search_index.matching_ids("silver"))
        assert list(session.scalars(found_not_other)) == [agreement_id]
        other_not_found = search_index.matching_ids("silver").except_(search_index.matching_ids("угода"))
        assert list(session.scalars(other_not_found)) == []
