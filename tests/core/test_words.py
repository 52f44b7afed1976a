"""Core's messages in the person's language: literals babel can read, every one translated with its fields, plural
forms by the language's rules, English unless a language is set, compiled catalogues read as the sources say."""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from slamdesk.core import words

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "slamdesk" / "core"


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("messages_tool", ROOT / "tools" / "messages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


TOOL = _tool()


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    words.set_language("en")
    words._loaded.clear()  # nothing a test loaded from its own folder stays for the next


def _calls(path: Path) -> list[ast.Call]:
    return [node for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name) and node.func.id in ("_", "N_", "ngettext")]


def test_every_message_is_a_literal_babel_can_read() -> None:
    wrong = []
    for path in sorted(CORE.rglob("*.py")):
        for call in _calls(path):
            name = getattr(call.func, "id", "")
            texts = call.args[:2] if name == "ngettext" else call.args[:1]
            if name == "_" and texts and isinstance(texts[0], (ast.Name, ast.Attribute, ast.Subscript)):
                continue  # a value from a table marked N_ where it is written
            if not texts or not all(isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in texts):
                wrong.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert wrong == [], "pass a literal, and put the values in with .format afterwards"


def test_every_module_of_core_is_in_an_area() -> None:
    listed = {name for names in TOOL.AREAS.values() for name in names}
    modules = {str(path.relative_to(CORE)) for path in CORE.rglob("*.py") if path.name not in ("__init__.py", "words.py")}
    assert modules - listed == set(), "add the module to an area of tools/messages.py"


def _catalogues(language: str) -> list[tuple[str, object]]:
    found = []
    for path in sorted(words.FOLDER.glob(f"*/{language}.po")):
        with path.open("rb") as handle:
            found += [(path.parent.name, message) for message in read_po(handle, locale=language) if message.id]
    return found


@pytest.mark.parametrize("language", words.LANGUAGES[1:])
def test_every_message_is_translated_with_its_fields(language: str) -> None:
    wrong = []
    for area, message in _catalogues(language):
        source = message.id if isinstance(message.id, str) else message.id[0]  # type: ignore[attr-defined]
        texts = message.string if isinstance(message.string, tuple) else (message.string,)  # type: ignore[attr-defined]
        if message.fuzzy or not all(texts):  # type: ignore[attr-defined]
            wrong.append(f"{area}: {source!r} is not translated")
            continue
        fields = sorted(set(re.findall(r"\{[^{}]*\}", source)))
        wrong += [f"{area}: {text!r} has other fields than {source!r}" for text in texts
                  if sorted(set(re.findall(r"\{[^{}]*\}", text))) != fields]
    assert wrong == []


def test_the_catalogues_hold_every_message_of_the_code() -> None:
    for area in TOOL.AREAS:
        wanted = {str(message.id) for message in TOOL.extracted(area) if message.id}
        for language in words.LANGUAGES[1:]:
            held = {str(message.id) for name, message in _catalogues(language) if name == area}
            assert wanted == held, f"{area}/{language}: run python tools/messages.py update {area}, then translate"


def test_english_until_a_language_is_set_then_that_language() -> None:
    message = "the decision is one of {choices}"
    assert words._(message) == message and words.language() == "en"
    words.set_language("uk")
    assert words._(message) == "рішення — одне з {choices}"
    assert words._("a text nobody translated") == "a text nobody translated"
    words.set_language("de")  # not one slamdesk speaks
    assert words.language() == "en" and words._(message) == message


def test_a_numbered_message_takes_the_languages_plural_form() -> None:
    one, many = "{count} attendee", "{count} attendees"
    assert [words.ngettext(one, many, n) for n in (1, 2)] == [one, many]
    catalogue = {message.id: message for _area, message in _catalogues("uk")}
    numbered = next(message for key, message in catalogue.items() if isinstance(key, tuple))
    singular, plural = numbered.id  # type: ignore[attr-defined]
    forms = numbered.string  # type: ignore[attr-defined]
    words.set_language("uk")
    assert [words.ngettext(singular, plural, n) for n in (1, 3, 5, 21, 22, 25)] == [
        forms[0], forms[1], forms[2], forms[0], forms[1], forms[2]]


def test_a_compiled_catalogue_is_read_and_a_stale_one_is_not(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "messages"
    shutil.copytree(words.FOLDER, folder, ignore=shutil.ignore_patterns("*.mo"))
    assert [path.name for path in words.build(folder)] == [f"slamdesk_{code}.mo" for code in ("sv", "vi", "id", "uk")]
    assert words.build(folder) == []  # nothing changed: nothing compiled again
    monkeypatch.setattr(words, "folder", lambda: folder)
    words.set_language("sv")
    assert words._("the decision is one of {choices}") == "beslutet är ett av {choices}"
    (folder / "slamdesk_sv.mo").write_bytes(b"not a catalogue")  # damaged: its sources are read instead
    words._loaded.clear()
    assert words._("the decision is one of {choices}") == "beslutet är ett av {choices}"
    source = folder / "renewals" / "sv.po"
    source.write_text(source.read_text(encoding="utf-8").replace("beslutet är ett av", "välj bland"), encoding="utf-8")
    later = (folder / "slamdesk_sv.mo").stat().st_mtime + 10
    os.utime(source, (later, later))  # a source newer than the compiled one: the sources are read
    words._loaded.clear()
    assert words._("the decision is one of {choices}") == "välj bland {choices}"
