"""How core finds its words, on catalogues a test writes itself (no checkout's files needed): the languages slamdesk
speaks, the one the command line starts in, translations read from the ``.po`` sources or from a compiled catalogue
as new as they are, fuzzy and empty entries left in English, each language's plural forms, and ``build`` compiling
only what changed, where it is asked to."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from slamdesk import resource_files
from slamdesk.core import words

UK_PLURALS = ("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);")
HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Plural-Forms: {plurals}\\n"\n\n'
SV = HEADER.format(plurals="nplurals=2; plural=(n != 1);") + """msgid "the decision is one of {choices}"
msgstr "beslutet är ett av {choices}"

#, fuzzy
msgid "a guess"
msgstr "en gissning"

msgid "not translated yet"
msgstr ""
"""
SV_OTHER = HEADER.format(plurals="nplurals=2; plural=(n != 1);") + """msgid "another area's message"
msgstr "ett annat områdes meddelande"
"""
UK = HEADER.format(plurals=UK_PLURALS) + """msgid "{count} attendee"
msgid_plural "{count} attendees"
msgstr[0] "{count} учасник"
msgstr[1] "{count} учасники"
msgstr[2] "{count} учасників"
"""


@pytest.fixture
def catalogues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Two areas in Swedish, one in Ukrainian, none in Vietnamese or Indonesian; read by ``words`` from there."""
    folder = tmp_path / "messages"
    for area, language, text in (("first", "sv", SV), ("second", "sv", SV_OTHER), ("first", "uk", UK)):
        (folder / area).mkdir(parents=True, exist_ok=True)
        (folder / area / f"{language}.po").write_text(text, encoding="utf-8")
    monkeypatch.setattr(words, "folder", lambda: folder)
    words._loaded.clear()
    yield folder
    words.set_language("en")
    words._loaded.clear()


def _older(path: Path, than: Path) -> None:
    when = than.stat().st_mtime - 10
    os.utime(path, (when, when))


def _same_time(path: Path, as_: Path) -> None:
    when = as_.stat().st_mtime
    os.utime(path, (when, when))


def test_each_language_slamdesk_speaks_can_be_set_and_any_other_is_english() -> None:
    try:
        spoken = []
        for code in ("sv", "vi", "id", "uk", "en"):
            words.set_language(code)
            spoken.append(words.language())
        assert spoken == ["sv", "vi", "id", "uk", "en"]
        words.set_language("de")
        assert words.language() == "en"
    finally:
        words.set_language("en")


@pytest.mark.parametrize(("given", "spoken"), [(" SV ", "sv"), ("uk", "uk"), ("de", "en"), (None, "en")])
def test_the_command_line_starts_in_the_language_slamdesk_language_names_else_english(
    given: str | None, spoken: str,
) -> None:
    env = {key: value for key, value in os.environ.items() if key != "SLAMDESK_LANGUAGE"}
    if given is not None:
        env["SLAMDESK_LANGUAGE"] = given
    out = subprocess.run([sys.executable, "-c", "from slamdesk.core import words; print(words.language())"],
                         env=env, capture_output=True, text=True, check=True).stdout
    assert out.strip() == spoken


def test_by_default_the_catalogues_compiled_are_the_checkouts_beside_the_package() -> None:
    # packaging/bootstrap.sh runs ``python -m slamdesk.core.words`` in a checkout: its resources/messages.
    assert words.FOLDER == resource_files.CHECKOUT / "messages"


def test_messages_are_read_from_the_sources_fuzzy_and_empty_ones_stay_in_english(catalogues: Path) -> None:
    words.set_language("sv")
    assert words._("the decision is one of {choices}") == "beslutet är ett av {choices}"
    assert words._("another area's message") == "ett annat områdes meddelande"  # every area's catalogue
    assert words._("a guess") == "a guess"  # fuzzy: not trusted
    assert words._("not translated yet") == "not translated yet"
    assert words.N_("the decision is one of {choices}") == "the decision is one of {choices}"  # marked only
    words.set_language("vi")  # no catalogue at all: English
    assert words._("the decision is one of {choices}") == "the decision is one of {choices}"
    assert words.ngettext("{count} attendee", "{count} attendees", 1) == "{count} attendee"


def test_a_numbered_message_takes_each_languages_plural_form(catalogues: Path) -> None:
    one, many = "{count} attendee", "{count} attendees"
    assert [words.ngettext(one, many, n) for n in (0, 1, 2)] == [many, one, many]
    words.set_language("uk")
    assert [words.ngettext(one, many, n) for n in (1, 3, 5, 11, 21, 22)] == [
        "{count} учасник", "{count} учасники", "{count} учасників", "{count} учасників", "{count} учасник",
        "{count} учасники"]


def test_build_compiles_each_language_with_sources_into_the_folder_asked_and_only_again_when_they_change(
    catalogues: Path, tmp_path: Path,
) -> None:
    into = tmp_path / "built" / "deep"
    assert words.build(catalogues, into) == [into / "slamdesk_sv.mo", into / "slamdesk_uk.mo"]
    assert sorted(path.name for path in into.iterdir()) == ["slamdesk_sv.mo", "slamdesk_uk.mo"]
    assert not list(catalogues.glob("*.mo"))  # nothing beside the sources
    assert words.build(catalogues, into) == []  # as new as their sources
    for source in catalogues.glob("*/sv.po"):
        _same_time(source, into / "slamdesk_sv.mo")  # written in the same instant: still current
    assert words.build(catalogues, into) == []
    later = (into / "slamdesk_uk.mo").stat().st_mtime + 10
    os.utime(catalogues / "second" / "sv.po", (later, later))  # one of Swedish's two sources changed
    assert words.build(catalogues, into) == [into / "slamdesk_sv.mo"]


def test_a_compiled_catalogue_as_new_as_every_source_is_read_and_a_stale_or_damaged_one_is_not(catalogues: Path) -> None:
    assert words.build(catalogues) == [catalogues / "slamdesk_sv.mo", catalogues / "slamdesk_uk.mo"]
    compiled = catalogues / "slamdesk_sv.mo"
    first, second = catalogues / "first" / "sv.po", catalogues / "second" / "sv.po"
    first.write_text(SV.replace("beslutet är ett av", "välj bland"), encoding="utf-8")
    _same_time(first, compiled)
    _older(second, compiled)
    words.set_language("sv")
    assert words._("the decision is one of {choices}") == "beslutet är ett av {choices}"  # the compiled one
    assert words.ngettext("{count} attendee", "{count} attendees", 2) == "{count} attendees"
    later = compiled.stat().st_mtime + 10
    os.utime(first, (later, later))  # one source newer than the compiled one (the other still older)
    words._loaded.clear()
    assert words._("the decision is one of {choices}") == "välj bland {choices}"  # the sources
    compiled.write_bytes(b"not a catalogue")
    os.utime(compiled, (later + 10, later + 10))
    words._loaded.clear()
    assert words._("the decision is one of {choices}") == "välj bland {choices}"  # damaged: the sources


def test_a_build_makes_the_languages_already_read_read_again(catalogues: Path) -> None:
    words.set_language("sv")
    assert words._("the decision is one of {choices}") == "beslutet är ett av {choices}"
    source = catalogues / "first" / "sv.po"
    source.write_text(SV.replace("beslutet är ett av", "välj bland"), encoding="utf-8")
    words.build(catalogues)
    assert words._("the decision is one of {choices}") == "välj bland {choices}"


def test_the_installed_or_checkouts_catalogues_are_the_ones_read() -> None:
    words._loaded.clear()
    try:
        words.set_language("sv")
        assert words._("the decision is one of {choices}") == "beslutet är ett av {choices}"
    finally:
        words.set_language("en")
        words._loaded.clear()
