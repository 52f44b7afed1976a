"""The clause library and a version's clauses (core.clauses), the edges: what the difference to the library
shows, and the one-line words of a draft's clause."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from slamdesk.core import clauses, versions
from slamdesk.core.clauses import ClausePick, ClauseView
from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied, ValidationError
from slamdesk.core.roles import Actor

from .helpers import draft
from .workflow import Drafted, drafted, events, team

pytestmark = pytest.mark.prepared(build=drafted)

ACTIVE = "SLA-2026-0001"  # the demo portfolio's active agreement of Fjällbacka Rederi
LIBRARY = "Either party may terminate. Notice is three months. Breach ends it at once. Disputes go to court"


def test_the_difference_to_the_library_shows_only_the_changed_sentences() -> None:
    edited = ClauseView("termination", "Termination", LIBRARY.replace("three months", "six months"), 1, LIBRARY)
    assert edited.diff() == ["--- library", "+++ agreement", "@@ -2 +2 @@", "-Notice is three months",
                             "+Notice is six months"]
    assert ClauseView("termination", "Termination", LIBRARY, 1, LIBRARY).diff() == []


@pytest.mark.parametrize(("pick", "message"), [
    (ClausePick(None, "Text.", "key", "Two\nlines"), "clause 1's title contains a line break"),
    (ClausePick(None, "Text.", "a\nkey", "Title"), "clause 1's key contains a line break"),
])
def test_a_drafts_clause_title_and_key_are_one_line(db: Database, pick: ClausePick, message: str, prepared: Drafted) -> None:
    people, number = prepared
    current = clauses.current_clauses(db, number)
    with pytest.raises(ValidationError, match=f"^{message}") as caught:
        clauses.set_agreement_clauses(db, people["anna"], current.version_id, [pick], row_version=current.row_version)
    assert caught.value.field == "clauses"
    assert clauses.current_clauses(db, number) == current and events(db, "agreement.clauses") == []


def test_a_clauses_history_is_listed_by_version_whatever_order_its_rows_were_stored_in(db: Database) -> None:
    people = team(db)
    for wording in ("First.", "Second.", "Third."):
        clauses.save_clause(db, people["linh"], key="data_protection", language="en", title="Data protection", text=wording)
    with db.unit_of_work() as session:  # as a copy of the library might store them: the first row holds version 3
        session.execute(text("UPDATE clause SET version = 4 WHERE text = 'First.'"))
        session.execute(text("UPDATE clause SET version = 1 WHERE text = 'Third.'"))
        session.execute(text("UPDATE clause SET version = 3 WHERE text = 'First.'"))
    assert [(c.version, c.text) for c in clauses.history(db, "data_protection", "en")] == [
        (1, "Third."), (2, "Second."), (3, "First.")
    ]
    assert [c.text for c in clauses.library(db, "en")] == ["First."]


def test_a_history_asked_for_with_a_lone_surrogate_is_empty_not_an_error(db: Database) -> None:
    people = team(db)
    clauses.save_clause(db, people["linh"], key="k", language="en", title="T", text="Text.")
    assert clauses.history(db, "k\ud800", "en") == [] and clauses.history(db, "k", "en\udfff") == []
    assert [c.text for c in clauses.history(db, "k", "en")] == ["Text."]


def test_a_clause_key_of_underscores_only_is_refused(db: Database) -> None:
    people = team(db)
    with pytest.raises(ValidationError) as caught:
        clauses.save_clause(db, people["linh"], key="___", language="en", title="T", text="Text.")
    assert (caught.value.field, str(caught.value)) == ("key", "a clause key is letters, digits and _ only")
    assert clauses.save_clause(db, people["linh"], key="_a_", language="en", title="T", text="Text.").key == "_a_"


def test_someone_who_may_not_keep_the_library_is_told_so_before_their_input_is_looked_at(db: Database) -> None:
    people = team(db)
    with pytest.raises(PermissionDenied, match="maintain the clause library"):
        clauses.save_clause(db, people["anna"], key="bad key", language="fr", title=" ", text=" ")
    assert clauses.library(db) == []


def test_a_legal_reviewer_whose_role_was_taken_away_cannot_save_even_an_unchanged_clause(db: Database) -> None:
    people = team(db)
    saved = clauses.save_clause(db, people["linh"], key="k", language="en", title="T", text="Text.")
    with db.unit_of_work() as session:
        session.execute(text("UPDATE app_user SET role = 'representative' WHERE username = 'linh'"))
    with pytest.raises(PermissionDenied, match="is a representative, not a legal reviewer; sign in again"):
        clauses.save_clause(db, people["linh"], key="k", language="en", title="T", text="Text.")
    assert clauses.history(db, "k", "en") == [saved]


def test_saving_a_wording_another_clause_or_an_earlier_version_has_is_a_new_version_of_this_one(db: Database) -> None:
    linh = team(db)["linh"]
    save = lambda key, language, wording: clauses.save_clause(  # noqa: E731
        db, linh, key=key, language=language, title="Title", text=wording)
    save("a", "en", "Same words.")
    save("b", "en", "Other words.")
    save("b", "sv", "Andra ord.")
    assert (save("b", "en", "Same words.").key, save("b", "sv", "Other words.").language) == ("b", "sv")
    assert [(c.version, c.text) for c in clauses.history(db, "b", "en")] == [(1, "Other words."), (2, "Same words.")]
    assert [(c.version, c.text) for c in clauses.history(db, "b", "sv")] == [(1, "Andra ord."), (2, "Other words.")]
    back = save("b", "en", "Other words.")  # back to the first wording: a third version, not the first one again
    assert (back.version, back.text) == (3, "Other words.")
    assert len(events(db, "clause.save")) == 6


def test_each_draft_lists_only_its_own_clauses_in_their_order_whatever_order_they_were_stored_in(db: Database, prepared: Drafted) -> None:
    people, first = prepared
    second = draft(db, people["anna"])
    for number, keys in ((first, ("scope", "exit")), (second, ("data", "fees", "law"))):
        current = clauses.current_clauses(db, number)
        picks = [ClausePick(None, f"The {key} clause.", key, key.title()) for key in keys]
        clauses.set_agreement_clauses(db, people["anna"], current.version_id, picks, row_version=current.row_version)
    with db.unit_of_work() as session:  # as a copy might store them: the last clause's row first
        session.execute(text("UPDATE agreement_clause SET position = position + 10 WHERE key IN ('data', 'fees')"))
        session.execute(text("UPDATE agreement_clause SET position = 1 WHERE key = 'law'"))
    assert [c.key for c in clauses.current_clauses(db, first).clauses] == ["scope", "exit"]
    assert [c.key for c in clauses.current_clauses(db, second).clauses] == ["law", "data", "fees"]


def test_an_amended_agreements_clauses_are_its_new_drafts(demo_db: Database, people: dict[str, Actor]) -> None:
    signed = clauses.current_clauses(demo_db, ACTIVE)
    versions.amend(demo_db, people["anna"], ACTIVE, "Ny uppsägningstid.")
    current = clauses.current_clauses(demo_db, ACTIVE)
    assert current.version_id != signed.version_id
    pick = ClausePick(None, "Six months' notice.", "termination", "Termination")
    clauses.set_agreement_clauses(demo_db, people["anna"], current.version_id, [pick], row_version=current.row_version)
    assert [c.text for c in clauses.current_clauses(demo_db, ACTIVE).clauses] == ["Six months' notice."]
    assert clauses.current_clauses(demo_db, ACTIVE).version_id == current.version_id
