"""core/text.py beyond test_text.py: whole refusal messages, the limits of each kind of field, and the helpers
the other modules use (``first_refused``, ``lookup``, ``quoted``, ``exact``, ``identity``)."""

from __future__ import annotations

import pytest

from slamdesk.core import text
from slamdesk.core.errors import ValidationError
from slamdesk.core.requirements import RequirementInput
from slamdesk.core.requirements_rules import clean_requirement
from slamdesk.models import Agreement, Contact, Customer, RegionalVariant, Service, ServiceLevel, User


def message(value: str, *, multiline: bool = False) -> str:
    with pytest.raises(ValidationError) as refused:
        text.clean(value, field="name", label="the name", max_length=200, multiline=multiline)
    return str(refused.value)


@pytest.mark.parametrize(
    ("char", "name"),
    [
        ("\x00", "U+0000 NULL"),
        ("\x08", "U+0008 BACKSPACE"),
        ("\x0b", "U+000B LINE TABULATION"),
        ("\x0c", "U+000C FORM FEED"),
        ("\x1b", "U+001B ESCAPE"),
        ("\x7f", "U+007F DELETE"),
        ("\x85", "U+0085 NEXT LINE"),
        ("\x01", "U+0001"),
    ],
)
def test_a_control_character_is_named_and_the_person_told_to_remove_it(char: str, name: str) -> None:
    assert message(f"ab{char}c", multiline=True) == f"the name contains a control character ({name}) at character 3: remove it"


def test_tab_line_feed_and_carriage_return_are_named_where_a_single_line_value_refuses_them() -> None:
    assert text.first_refused("a\tb") == "a control character (U+0009 TAB) at character 2"
    assert message("a\nb") == "the name contains a line break at character 2: it must be one line"
    assert message("a\rb") == "the name contains a line break at character 2: it must be one line"
    assert text.first_refused("ab\n") == "a line break at character 3"


@pytest.mark.parametrize(
    ("char", "words"),
    [
        ("\u202e", "an invisible text-direction control (U+202E RIGHT-TO-LEFT OVERRIDE) at character 2: "
                   "it can disguise how the text reads; remove it"),
        ("\u200b", "an invisible formatting character (U+200B ZERO WIDTH SPACE) at character 2: "
                   "it can make different text look the same; remove it"),
        ("\ud800", "a character that is not valid Unicode (U+D800, a lone surrogate) at character 2: remove it"),
        ("\ufdd0", "a Unicode noncharacter (U+FDD0) at character 2: remove it"),
        ("\ufdef", "a Unicode noncharacter (U+FDEF) at character 2: remove it"),
        ("\U0010ffff", "a Unicode noncharacter (U+10FFFF) at character 2: remove it"),
    ],
)
def test_each_refusal_says_what_the_character_is_and_what_to_do(char: str, words: str) -> None:
    assert message(f"a{char}b") == f"the name contains {words}"


def test_first_refused_says_what_clean_would_refuse_without_changing_anything() -> None:
    assert text.first_refused("Växjö Energi AB.pdf") is None
    assert text.first_refused("report\x00.pdf") == "a control character (U+0000 NULL) at character 7"
    assert text.first_refused("x" * 1_500 + "\u202e") == (
        "an invisible text-direction control (U+202E RIGHT-TO-LEFT OVERRIDE) at character 1,501"
    )
    assert text.first_refused("line one\nline two") == "a line break at character 9"
    assert text.first_refused("line one\nline two", multiline=True) is None


def test_the_limits_are_the_lengths_of_the_columns_they_guard() -> None:
    columns = {
        text.CODE: [Service.code, Customer.org_number, Agreement.number],
        text.SHORT: [User.username, ServiceLevel.name, Contact.phone],
        text.REGION: [RegionalVariant.region],
        text.JOB_TITLE: [Contact.title],
        text.NAME: [Customer.name, Contact.name, Service.name, User.display_name],
        text.TITLE: [Agreement.title],
    }
    for limit, guarded in columns.items():
        for column in guarded:
            assert column.type.length == limit, f"{column} holds {column.type.length} characters, the rule {limit}"


def test_a_requirement_takes_twenty_thousand_characters_of_need_and_five_thousand_per_priority_note() -> None:
    item = RequirementInput(1, "Malmö", "24x7", ("P1",), need="n" * 20_000, outcome="o" * 20_000,
                            priority_notes={"P1": "p" * 5_000})
    assert clean_requirement(item, 0) == item
    with pytest.raises(ValidationError, match=r"requirement 1: the need can be at most 20,000 characters \(this one has 20,001\)"):
        clean_requirement(RequirementInput(1, "Malmö", "24x7", ("P1",), need="n" * 20_001), 0)
    with pytest.raises(ValidationError, match=r"the note for P1 can be at most 5,000 characters \(this one has 5,001\)"):
        clean_requirement(RequirementInput(1, "Malmö", "24x7", ("P1",), priority_notes={"P1": "p" * 5_001}), 0)


def test_a_search_keeps_two_hundred_characters_and_reads_no_further_than_four_times_that() -> None:
    assert text.search_text("å" * 300) == "å" * 200
    assert text.search_text("ab " * 100) == ("ab " * 67).strip()[:200]
    # a pasted megabyte is cut before it is normalised: what lies beyond 800 characters is never read
    assert text.search_text(" " * 800 + "hidden") == ""
    assert text.search_text(" " * 799 + "x") == "x"


def test_line_breaks_and_tabs_in_a_search_become_single_spaces() -> None:
    assert text.search_text("Nord\r\n\tkraft\u2028AB\u2029\x85Ost") == "Nord kraft AB Ost"


def test_a_lookup_is_cleaned_like_stored_text_but_may_be_empty() -> None:
    assert text.lookup("  SLA-2026-0001 ", field="number", label="the number", max_length=text.CODE) == "SLA-2026-0001"
    assert text.lookup(" \u200d ", field="number", label="the number", max_length=text.CODE) == ""
    with pytest.raises(ValidationError) as long:
        text.lookup("S" * 41, field="number", label="the number", max_length=text.CODE)
    assert (str(long.value), long.value.field) == ("the number can be at most 40 characters (this one has 41)", "number")
    with pytest.raises(ValidationError) as odd:
        text.lookup("SLA\x00", field="number", label="the number", max_length=text.CODE)
    assert str(odd.value) == "the number contains a control character (U+0000 NULL) at character 4: remove it"
    assert odd.value.field == "number"


def test_a_value_quoted_in_a_message_is_shown_escaped_and_cut_after_eighty_characters() -> None:
    assert text.quoted("Acme") == "'Acme'"
    assert text.quoted("x" * 80) == repr("x" * 80)
    assert text.quoted("x" * 81) == repr("x" * 80) + "…"
    assert text.quoted("a\u202eb") == "'a\\u202eb'"
    assert text.quoted("abcdef", limit=3) == "'abc'…"
    assert text.quoted("abc", limit=3) == "'abc'"


def test_a_value_with_a_lone_surrogate_is_compared_as_the_replacement_character() -> None:
    assert text.exact("Ac\ud800me") == "Ac\ufffdme"
    assert text.exact("Acme") == "Acme"
    assert text.exact("Ac\ud800me").encode("utf-8") == "Ac\ufffdme".encode()


def test_two_words_stay_two_words_in_a_names_identity() -> None:
    assert text.identity("  Nordic   Energy\tAB ") == "nordic energy ab"
    assert text.identity("Nordic Energy") != text.identity("NordicEnergy")
