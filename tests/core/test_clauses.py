"""The clause library and a version's clauses (core.clauses): who keeps them, versions of a clause,
the standard clauses in every language, and a draft's picks with the difference to the library."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from slamdesk.core import agreements, clauses, users, versions
from slamdesk.core.clauses import STANDARD_KEYS, STANDARD_TEXTS, ClausePick, ClauseView
from slamdesk.core.db import Database
from slamdesk.core.errors import ConcurrencyError, NotFoundError, PermissionDenied, TransitionError, ValidationError
from slamdesk.core.roles import Actor, Role

from .workflow import Drafted, drafted, events, team

pytestmark = pytest.mark.prepared(build=drafted)

LANGUAGES = ("en", "sv", "vi", "id", "uk")


@pytest.fixture
def lawyer(db: Database) -> Actor:
    return users.ensure_user(db, "linh", "Trần Thị Linh", Role.LEGAL_REVIEWER)


def _roles(db: Database) -> dict[Role, Actor]:
    return {role: users.ensure_user(db, role.value, role.value.title(), role) for role in Role}


def test_legal_reviewers_and_administrators_keep_the_library_drafters_pick_clauses(db: Database) -> None:
    by_role = _roles(db)
    assert {role for role, actor in by_role.items() if clauses.may_maintain_library(actor)} == {
        Role.LEGAL_REVIEWER, Role.ADMINISTRATOR
    }
    assert {role for role, actor in by_role.items() if clauses.may_choose_clauses(actor)} == {
        Role.REPRESENTATIVE, Role.ADMINISTRATOR, Role.LEGAL_REVIEWER
    }
    with pytest.raises(PermissionDenied, match="maintain the clause library"):
        clauses.save_clause(db, by_role[Role.REPRESENTATIVE], key="k", language="en", title="T", text="Text.")
    clauses.save_clause(db, by_role[Role.ADMINISTRATOR], key="k", language="en", title="T", text="Text.")
    clauses.save_clause(db, by_role[Role.LEGAL_REVIEWER], key="k", language="en", title="T", text="Other text.")
    assert [c.version for c in clauses.history(db, "k", "en")] == [1, 2]


def test_the_standard_clauses_come_in_every_language_each_with_a_title_and_its_text(db: Database, lawyer: Actor) -> None:
    assert list(STANDARD_KEYS) == ["change_management", "service_credits", "termination", "periodic_review"]
    assert tuple(STANDARD_TEXTS) == LANGUAGES
    assert clauses.ensure_standard_clauses(db, lawyer) == 20
    shipped = clauses.library(db)
    assert [(c.language, c.key) for c in shipped] == sorted((language, key) for language in LANGUAGES for key in STANDARD_KEYS)
    for clause in shipped:
        assert (clause.title, clause.text) == STANDARD_TEXTS[clause.language][clause.key] and clause.version == 1
        assert clause.title.strip() and len(clause.text) > 80
    assert {c.title for c in clauses.library(db, "en")} == set(STANDARD_KEYS.values())
    assert [c.title for c in clauses.library(db, "sv")] == [
        "Ändringshantering under avtalstiden", "Periodisk översyn av avtalet", "Servicekrediter", "Uppsägning"
    ]
    assert len({c.text for c in shipped}) == 20  # no two alike
    assert clauses.ensure_standard_clauses(db, lawyer) == 0
    assert len(clauses.library(db)) == 20


def test_ensuring_the_standard_clauses_adds_only_what_is_missing_and_needs_a_real_profile(db: Database, lawyer: Actor) -> None:
    clauses.save_clause(db, lawyer, key="termination", language="sv", title="Uppsägning", text="Vår egen text.")
    assert clauses.ensure_standard_clauses(db, lawyer) == 19
    assert [c.text for c in clauses.history(db, "termination", "sv")] == ["Vår egen text."]
    with pytest.raises(PermissionDenied):
        clauses.ensure_standard_clauses(db, Actor(99, "ghost", "Ghost", Role.ADMINISTRATOR))


def test_editing_a_clause_adds_a_version_and_keeps_the_old_text_an_unchanged_save_adds_none(
    db: Database, lawyer: Actor
) -> None:
    first = clauses.save_clause(db, lawyer, key="data_protection", language="en", title="Data protection",
                                text="Personal data is processed under the DPA.")
    assert (first.key, first.language, first.version, first.title) == ("data_protection", "en", 1, "Data protection")
    same = clauses.save_clause(db, lawyer, key="data_protection", language="en", title=" Data protection ",
                               text="Personal data is processed under the DPA.\n")
    assert same == first
    retitled = clauses.save_clause(db, lawyer, key="data_protection", language="en", title="Data protection (GDPR)",
                                   text="Personal data is processed under the DPA.")
    second = clauses.save_clause(db, lawyer, key="data_protection", language="en", title="Data protection (GDPR)",
                                 text="Personal data is processed under the DPA. Breaches are reported within 24 hours.")
    assert (retitled.version, second.version) == (2, 3)
    assert [(c.version, c.title) for c in clauses.history(db, "data_protection", "en")] == [
        (1, "Data protection"), (2, "Data protection (GDPR)"), (3, "Data protection (GDPR)")
    ]
    assert clauses.history(db, "data_protection", "sv") == []
    assert [c.version for c in clauses.library(db, "en")] == [3]
    assert [(e[0], e[1], e[2], e[4]) for e in events(db, "clause.save")] == [
        ("linh", "clause.save", "clause", {"key": "data_protection", "language": "en", "version": v}) for v in (1, 2, 3)
    ]
    assert [e[3] for e in events(db, "clause.save")] == [first.id, retitled.id, second.id]


def test_the_same_key_in_another_language_is_its_own_clause(db: Database, lawyer: Actor) -> None:
    clauses.save_clause(db, lawyer, key="data_protection", language="en", title="Data protection", text="English.")
    swedish = clauses.save_clause(db, lawyer, key="data_protection", language="sv", title="Dataskydd", text="Svenska.")
    assert swedish.version == 1
    assert [(c.language, c.title) for c in clauses.library(db)] == [("en", "Data protection"), ("sv", "Dataskydd")]


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"key": "data protection"}, "key", "a clause key is letters, digits and _ only"),
        ({"key": "data-protection"}, "key", "a clause key is letters, digits and _ only"),
        ({"key": "  "}, "key", "a clause key is letters, digits and _ only"),
        ({"key": "k" * 61}, "key", "the clause key can be at most 60 characters"),
        ({"key": "k\x00"}, "key", "the clause key contains a control character"),
        ({"language": "fr"}, "language", "clauses are written in en, sv, vi, id, uk"),
        ({"title": " "}, "title", "a clause needs a title"),
        ({"title": "t" * 201}, "title", "the clause title can be at most 200 characters"),
        ({"title": "A\x1bB"}, "title", "the clause title contains a control character"),
        ({"text": "\n"}, "text", "a clause needs its text"),
        ({"text": "t" * 20_001}, "text", "the clause text can be at most 20,000 characters"),
        ({"text": "A\x1bB"}, "text", "the clause text contains a control character"),
    ],
)
def test_each_refused_clause_names_its_field_and_says_why(
    db: Database, lawyer: Actor, change: dict[str, str], field: str, message: str
) -> None:
    values = {"key": "data_protection_2", "language": "en", "title": "Data protection", "text": "Line one.\nLine two."}
    with pytest.raises(ValidationError) as caught:
        clauses.save_clause(db, lawyer, **{**values, **change})
    assert caught.value.field == field and str(caught.value).startswith(message)
    assert clauses.library(db) == []


def test_a_clause_text_keeps_its_line_breaks(db: Database, lawyer: Actor) -> None:
    saved = clauses.save_clause(db, lawyer, key="k_2", language="uk", title="Т", text="Рядок один.\nРядок два.")
    assert saved.text == "Рядок один.\nРядок два."


def test_a_new_draft_picks_the_newest_standard_clauses_of_its_language_and_english_where_it_has_none(db: Database, prepared: Drafted) -> None:
    people, number = prepared  # a Ukrainian customer
    picked = agreements.get_agreement(db, number).clauses
    assert [(c.key, c.title, c.version, c.edited) for c in picked] == [
        (key, STANDARD_TEXTS["uk"][key][0], 1, False) for key in STANDARD_KEYS
    ]
    clauses.save_clause(db, people["linh"], key="termination", language="en", title="Termination", text="Newer text.")
    with db.read() as session:
        for language in ("fr", "en"):
            picks = clauses.standard_picks(session, language)
            assert [(p.position, p.key) for p in picks] == list(enumerate(STANDARD_KEYS, 1))
            assert [p.text for p in picks][2] == "Newer text."
            assert picks[0].title == STANDARD_TEXTS["en"]["change_management"][0]
        assert [p.title for p in clauses.standard_picks(session, "uk")] == [
            STANDARD_TEXTS["uk"][key][0] for key in STANDARD_KEYS
        ]


def test_a_library_missing_a_standard_clause_picks_the_others(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    with db.unit_of_work() as session:
        session.execute(text("DELETE FROM agreement_clause"))
        session.execute(text("DELETE FROM clause WHERE key = 'change_management'"))
        picks = clauses.standard_picks(session, "uk")
    assert [(p.position, p.key) for p in picks] == [(1, "service_credits"), (2, "termination"), (3, "periodic_review")]


def _library_id(db: Database, key: str, language: str) -> int:
    return next(c.id for c in clauses.library(db, language) if c.key == key)


def test_a_draft_takes_library_clauses_edited_copies_and_its_own_in_the_order_given(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    current = clauses.current_clauses(db, number)
    version_id = versions.current_version_id(db, number)
    assert current.version_id == version_id and len(current.clauses) == 4
    termination = _library_id(db, "termination", "uk")
    library_text = STANDARD_TEXTS["uk"]["termination"][1]
    edited = library_text.replace("три місяці", "шість місяців")
    clauses.set_agreement_clauses(
        db, people["anna"], version_id,
        [
            ClausePick(None, text=" Сторони зберігають конфіденційність. ", key=" confidentiality ", title=" Конфіденційність "),
            ClausePick(termination, text=edited),
            ClausePick(_library_id(db, "service_credits", "uk")),
            ClausePick(_library_id(db, "periodic_review", "en"), title="Review"),
        ],
        row_version=current.row_version,
    )
    after = clauses.current_clauses(db, number)
    assert after.row_version == current.row_version + 1
    own, changed, kept, retitled = after.clauses
    assert (own.key, own.title, own.text, own.version, own.library_text) == (
        "confidentiality", "Конфіденційність", "Сторони зберігають конфіденційність.", 0, ""
    )
    assert not own.edited and own.diff() == []
    assert (changed.key, changed.title, changed.version, changed.library_text) == (
        "termination", STANDARD_TEXTS["uk"]["termination"][0], 1, library_text
    )
    assert changed.edited and changed.text == edited
    assert changed.diff()[:2] == ["--- library", "+++ agreement"]
    assert any(line.startswith("-") and "три місяці" in line for line in changed.diff()[2:])
    assert any(line.startswith("+") and "шість місяців" in line for line in changed.diff()[2:])
    assert (kept.key, kept.edited, kept.diff()) == ("service_credits", False, [])
    assert (retitled.key, retitled.title, retitled.text) == (
        "periodic_review", "Review", STANDARD_TEXTS["en"]["periodic_review"][1]
    )
    assert agreements.get_agreement(db, number).clauses == after.clauses
    (event,) = events(db, "agreement.clauses")
    assert event[:4] == ("anna", "agreement.clauses", "agreement_version", version_id)
    assert event[4] == {"keys": ["confidentiality", "termination", "service_credits", "periodic_review"],
                        "row_version": after.row_version}


def test_a_sealed_answer_to_edited_wins_over_comparing_with_the_library() -> None:
    plain = ClauseView("termination", "Termination", "Our text.", 1, "Library text.")
    assert plain.edited
    assert not ClauseView("termination", "Termination", "Our text.", 1, "Library text.", sealed_edited=False).edited
    sealed = ClauseView("termination", "Termination", "Same.", 1, "Same.", sealed_edited=True)
    assert sealed.edited and sealed.diff() == []  # marked edited, but no words differ


def test_a_clause_without_a_key_title_or_text_is_refused_and_nothing_changes(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    current = clauses.current_clauses(db, number)
    version_id = current.version_id
    for pick in (ClausePick(None, text="Text.", key="k", title=""), ClausePick(None, text="Text.", key="", title="T"),
                 ClausePick(None, text="  ", key="k", title="T"), ClausePick(None, key="k", title="T")):
        with pytest.raises(ValidationError) as caught:
            clauses.set_agreement_clauses(db, people["anna"], version_id, [ClausePick(None, "A.", "a", "A"), pick],
                                          row_version=current.row_version)
        assert (caught.value.field, str(caught.value)) == ("clauses", "clause 2 needs a key, a title and its text")
    with pytest.raises(ValidationError) as caught:
        clauses.set_agreement_clauses(db, people["anna"], version_id, [ClausePick(None, "A.", "a", "A\x07B")],
                                      row_version=current.row_version)
    assert caught.value.field == "clauses" and str(caught.value).startswith("clause 1's title contains a control")
    with pytest.raises(ValidationError, match="^clause 1's key can be at most 60"):
        clauses.set_agreement_clauses(db, people["anna"], version_id, [ClausePick(None, "A.", "k" * 61, "A")],
                                      row_version=current.row_version)
    with pytest.raises(ValidationError, match="^clause 1's text contains a control"):
        clauses.set_agreement_clauses(db, people["anna"], version_id, [ClausePick(None, "A\x07.", "a", "A")],
                                      row_version=current.row_version)
    with pytest.raises(NotFoundError, match="no library clause with id 9999"):
        clauses.set_agreement_clauses(db, people["anna"], version_id, [ClausePick(9999)], row_version=current.row_version)
    with pytest.raises(NotFoundError, match="no agreement version with id 9999"):
        clauses.set_agreement_clauses(db, people["anna"], 9999, [], row_version=current.row_version)
    assert clauses.current_clauses(db, number) == current
    assert events(db, "agreement.clauses") == []


def test_a_multi_line_clause_text_of_a_draft_keeps_its_line_breaks(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    current = clauses.current_clauses(db, number)
    clauses.set_agreement_clauses(db, people["anna"], current.version_id,
                                  [ClausePick(None, "First.\nSecond.", "own", "Own")], row_version=current.row_version)
    assert [c.text for c in clauses.current_clauses(db, number).clauses] == ["First.\nSecond."]


def test_only_drafters_choose_clauses_and_only_in_a_draft(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    current = clauses.current_clauses(db, number)
    with pytest.raises(PermissionDenied, match="choose an agreement's clauses"):
        clauses.set_agreement_clauses(db, people["budi"], current.version_id, [], row_version=current.row_version)
    agreements.submit_for_review(db, people["anna"], number)
    current = clauses.current_clauses(db, number)
    with pytest.raises(TransitionError, match="^clauses change only in a draft; amend a signed agreement instead$"):
        clauses.set_agreement_clauses(db, people["anna"], current.version_id, [], row_version=current.row_version)
    agreements.request_changes(db, people["budi"], number, "Add a data protection clause.")
    current = clauses.current_clauses(db, number)
    clauses.set_agreement_clauses(db, people["linh"], current.version_id,
                                  [ClausePick(None, "Data is protected.", "data_protection", "Data protection")],
                                  row_version=current.row_version)
    assert [c.key for c in clauses.current_clauses(db, number).clauses] == ["data_protection"]


def test_a_version_whose_content_is_sealed_keeps_its_clauses(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    current = clauses.current_clauses(db, number)
    with db.unit_of_work() as session:
        session.execute(text("UPDATE agreement_version SET content_sha256 = :h"), {"h": "0" * 64})
    with pytest.raises(TransitionError, match="clauses change only in a draft"):
        clauses.set_agreement_clauses(db, people["anna"], current.version_id, [], row_version=current.row_version)


def test_a_stale_save_of_a_drafts_clauses_names_who_changed_them(db: Database, prepared: Drafted) -> None:
    people, number = prepared
    opened = clauses.current_clauses(db, number)
    clauses.set_agreement_clauses(db, people["linh"], opened.version_id, [ClausePick(None, "A.", "a", "A")],
                                  row_version=opened.row_version)
    with pytest.raises(ConcurrencyError) as caught:
        clauses.set_agreement_clauses(db, people["anna"], opened.version_id, [ClausePick(None, "B.", "b", "B")],
                                      row_version=opened.row_version)
    assert caught.value.changed_by == "Trần Thị Linh"
    assert str(caught.value).startswith(f"{number} version 1 was changed by Trần Thị Linh at ")
    assert [c.key for c in clauses.current_clauses(db, number).clauses] == ["a"]


def test_the_clauses_of_an_unknown_agreement_are_not_found(db: Database) -> None:
    team(db)
    with pytest.raises(NotFoundError, match="no agreement numbered 'SLA-2099-0001'"):
        clauses.current_clauses(db, "SLA-2099-0001")
