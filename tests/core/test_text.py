"""The rules every stored text meets (core/text.py): NFC, no controls, no disguising characters, limits."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import given, settings, strategies as st

from slamdesk.core import text
from slamdesk.core.errors import ValidationError
from slamdesk.core.text import clean, identity, search_text


def refusal(value: object, **rules: object) -> ValidationError:
    rules = {"field": "name", "label": "the name", "max_length": 200, **rules}
    with pytest.raises(ValidationError) as refused:
        clean(value, **rules)  # type: ignore[arg-type]
    assert refused.value.field == rules["field"]
    message = str(refused.value)
    assert "\n" not in message and len(message) < 300
    return refused.value


def kept(value: str, **rules: object) -> str:
    return clean(value, **{"field": "name", "label": "the name", "max_length": 200, **rules})  # type: ignore[arg-type]


def test_nfd_is_stored_as_nfc() -> None:
    typed = unicodedata.normalize("NFD", "Växjö Energi AB")
    assert len(typed) == 17
    assert kept(typed) == "Växjö Energi AB"
    assert unicodedata.is_normalized("NFC", kept(unicodedata.normalize("NFD", "Tập đoàn Vận tải Đà Nẵng")))


def test_surrounding_whitespace_goes_inner_stays() -> None:
    assert kept("\u00a0 Sông  Hồng \u3000") == "Sông  Hồng"


@pytest.mark.parametrize(
    ("char", "words"),
    [
        ("\x00", "control character (U+0000 NULL)"),
        ("\x1b", "control character (U+001B ESCAPE)"),
        ("\x7f", "control character (U+007F DELETE)"),
        ("\x85", "control character (U+0085 NEXT LINE)"),
        ("\x9b", "control character (U+009B"),
        ("\t", "control character (U+0009 TAB)"),
        ("\u202e", "text-direction control (U+202E RIGHT-TO-LEFT OVERRIDE)"),
        ("\u202a", "text-direction control (U+202A"),
        ("\u2066", "text-direction control (U+2066"),
        ("\u2069", "text-direction control (U+2069"),
        ("\u200f", "text-direction control (U+200F RIGHT-TO-LEFT MARK)"),
        ("\u200e", "text-direction control (U+200E"),
        ("\u061c", "text-direction control (U+061C"),
        ("\u200b", "formatting character (U+200B ZERO WIDTH SPACE)"),
        ("\u2060", "formatting character (U+2060 WORD JOINER)"),
        ("\ufeff", "formatting character (U+FEFF"),
        ("\u00ad", "formatting character (U+00AD SOFT HYPHEN)"),
        ("\U000e0041", "formatting character (U+E0041"),
        ("\ud800", "not valid Unicode (U+D800"),
        ("\udcff", "not valid Unicode (U+DCFF"),
        ("\uffff", "noncharacter (U+FFFF)"),
        ("\ufdd0", "noncharacter (U+FDD0)"),
    ],
)
def test_each_refused_class_is_named_with_where_it_is(char: str, words: str) -> None:
    message = str(refusal(f"Acme{char} AB"))
    assert message.startswith("the name contains")
    assert words in message and "at character 5" in message


@pytest.mark.parametrize("char", ["\x00", "\u202e", "\u200b", "\ud800"])
def test_refused_everywhere_in_multiline_text_too(char: str) -> None:
    refusal(f"First line.\nSecond{char} line.", multiline=True, max_length=20_000)


@pytest.mark.parametrize("line_break", ["\n", "\r", "\r\n", "\u2028", "\u2029"])
def test_a_single_line_value_refuses_line_breaks(line_break: str) -> None:
    assert "must be one line" in str(refusal(f"Acme{line_break}AB"))


def test_multiline_keeps_tabs_and_makes_every_line_break_lf() -> None:
    typed = "Clause 1.\r\nClause 2.\rClause 3.\u2028Clause 4.\u2029\tIndented."
    assert kept(typed, multiline=True) == "Clause 1.\nClause 2.\nClause 3.\nClause 4.\n\tIndented."


def test_zero_width_joiners_stay_inside_and_go_at_the_ends() -> None:
    persian = "\u200cمی\u200cخواهم\u200d"
    assert kept(persian) == "می\u200cخواهم"
    family = "👩\u200d👩\u200d👧"
    assert kept(family) == family


@pytest.mark.parametrize(
    "value",
    ["", "   ", "\u00a0\u3000", "\u200d", "\u200c\u200d ", "\u3164", "\u115f\u1160", "\uffa0", "\u2800", "\u0301\u0308"],
)
def test_a_value_of_only_invisible_characters_is_empty(value: str) -> None:
    assert str(refusal(value)) == "the name cannot be empty"
    assert str(refusal(value, missing="the customer needs a name")) == "the customer needs a name"
    assert kept(value, required=False) == ""


def test_the_limit_counts_characters_after_normalising_and_says_how_many() -> None:
    assert kept("Å" * 200) == "Å" * 200
    assert kept(unicodedata.normalize("NFD", "Å" * 200)) == "Å" * 200  # 400 code points typed, 200 stored
    assert kept("  " + "x" * 200 + "  ") == "x" * 200
    message = str(refusal("x" * 201))
    assert message == "the name can be at most 200 characters (this one has 201)"
    megabyte = str(refusal("x" * 1_000_000, max_length=20_000))
    assert megabyte == "the name can be at most 20,000 characters (this one has 1,000,000)"


def test_a_refusal_never_repeats_the_value() -> None:
    message = str(refusal("SECRET" * 1000 + "\x00"))
    assert "SECRET" not in message and "at character 6,001" in message


def test_only_text_is_text() -> None:
    assert str(refusal(None)) == "the name must be text"
    assert str(refusal(b"Acme")) == "the name must be text"


def test_normal_text_of_the_five_languages_is_kept_as_typed() -> None:
    for value in (
        "Fjällbacka Rederi AB",
        "Công ty TNHH Phần mềm Sông Hồng",
        "PT Nusantara Logistik Sejahtera",
        "ТОВ «Київські мережі» — ґанок, їжак, є",
        "O'Brien & Søn (Ørsted) #12, 50 % / 3½ €",
    ):
        assert kept(value) == value


def test_identity_folds_case_width_spacing_joiners_and_normal_form() -> None:
    key = identity("Växjö Energi AB")
    assert identity(unicodedata.normalize("NFD", "Växjö Energi AB")) == key
    assert identity("VÄXJÖ  energi\tab") == key
    assert identity("Vä\u200dxjö Energi AB") == key
    assert identity("Ｖäｘｊö Energi AB") == key
    assert identity("Växjö Energi") != key


def test_search_text_is_made_safe_never_refused() -> None:
    assert search_text("Sông\x00Hồng") == "Sông Hồng"
    assert search_text(unicodedata.normalize("NFD", "växjö")) == "växjö"
    assert search_text("a\u202eb\ud800c") == "a b c"
    assert search_text("x" * 1_000_000) == "x" * text.SEARCH
    assert search_text(None) == ""


def test_every_character_the_rules_refuse_is_caught() -> None:
    """The fast scan (one regex) misses no character of the refused classes."""
    allowed = {"\u200c", "\u200d", "\t", "\n", "\r"}  # tab and line breaks: multi-line text keeps them
    for point in range(sys.maxunicode + 1):
        char = chr(point)
        category = unicodedata.category(char)
        refused = (
            category in ("Cc", "Cf", "Cs") and char not in allowed
        ) or 0xFDD0 <= point <= 0xFDEF or (point & 0xFFFE) == 0xFFFE
        if refused:
            with pytest.raises(ValidationError):
                clean(f"a{char}b", field="f", label="it", max_length=10, multiline=True)


HOSTILE = st.sampled_from(
    ["\x00", "\x01", "\x1b", "\x7f", "\x85", "\x9f", "\t", "\n", "\r", "\u202e", "\u2066", "\u200b", "\u200e",
     "\u200d", "\u200c", "\ufeff", "\u00ad", "\u2028", "\ud800", "\U000e0041", "\uffff", " ", "\u00a0", "\u3164",
     "\u0308", "a", "ö", "Ж", "ệ", "A", "1", "-"]
)


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(st.one_of(st.text(), st.lists(HOSTILE, max_size=30).map("".join)), st.booleans())
def test_whatever_comes_in_what_is_kept_is_clean_nfc_and_short(value: str, multiline: bool) -> None:
    try:
        result = clean(value, field="f", label="it", max_length=20, multiline=multiline)
    except ValidationError as error:
        assert error.field == "f" and "\n" not in str(error)
        return
    assert unicodedata.is_normalized("NFC", result)
    assert 0 < len(result) <= 20 and result == result.strip()
    assert any(text.is_visible(char) for char in result)
    for char in result:
        category = unicodedata.category(char)
        assert char in "\t\n\u200c\u200d" or category not in ("Cc", "Cf", "Cs", "Zl", "Zp")
        if not multiline:
            assert char not in "\t\n"
