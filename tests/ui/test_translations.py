"""The window's catalogues: every text goes through ``translate`` as a literal, every message extracted from the
code is in the catalogues and translated into every language, with its fields, its mnemonic and (Ukrainian's
three) plural forms; the language setting and its menu."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from slamdesk.ui.common import catalogues, i18n
from slamdesk.ui.common.language_menu import language_menu
from tests.ui.languages import in_language

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "slamdesk" / "ui"


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


TOOL = _tool()


def _calls(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call) and (
        isinstance(node.func, ast.Name) and node.func.id in ("translate", "QT_TRANSLATE_NOOP")
        or isinstance(node.func, ast.Attribute) and node.func.attr == "translate"
        and getattr(node.func.value, "id", None) in ("i18n", "QCoreApplication", "QApplication"))]


def test_every_translated_text_is_a_literal_lupdate_can_read() -> None:
    wrong = []
    for path in sorted(UI.rglob("*.py")):
        for call in _calls(path):
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            if len(call.args) < 2 or not (isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)):
                wrong.append(f"{where}: the context is not a literal")
            elif not isinstance(call.args[1], (ast.Constant, ast.Name, ast.Attribute, ast.Subscript)):
                wrong.append(f"{where}: the text is built ({type(call.args[1]).__name__}): lupdate cannot read it")
            elif len(call.args) > 3 and not isinstance(call.args[3], ast.Name):
                wrong.append(f"{where}: the count is not a plain name: lupdate drops the message without a word")
    assert wrong == []


def test_every_literal_text_of_the_code_is_in_a_catalogue() -> None:
    """What the code passes to ``translate`` (and marks with ``QT_TRANSLATE_NOOP``) is what lupdate extracted: a
    call it could not read would otherwise be left out of every catalogue, and shown in English."""
    held = {(context, source) for _area, context, source, _message in _messages("sv")}
    missing = []
    for path in sorted(UI.rglob("*.py")):
        for call in _calls(path):
            if len(call.args) >= 2 and all(isinstance(arg, ast.Constant) for arg in call.args[:2]):
                key = (call.args[0].value, call.args[1].value)  # type: ignore[attr-defined]
                if key not in held:
                    missing.append(f"{path.relative_to(ROOT)}:{call.lineno}: {key}")
    assert missing == []


def test_english_has_the_numbered_messages_only_in_their_two_forms() -> None:
    english = _messages("en")
    assert english and all("%n" in source and message.get("numerus") == "yes" for _a, _c, source, message in english)
    assert TOOL.english_forms("%n page(s)") == ["%n page", "%n pages"]
    assert TOOL.english_forms("%n match(es) found") == ["%n match found", "%n matches found"]
    assert TOOL.english_forms("%n entr(y|ies)") == ["%n entry", "%n entries"]
    assert TOOL.english_forms("%n users") is None  # written otherwise: by hand


def _messages(language: str) -> list[tuple[str, str, str, ET.Element]]:
    found = []
    for path in catalogues.sources(catalogues.FOLDER, language):
        for context in ET.parse(path).getroot().iter("context"):
            for message in context.iter("message"):
                found.append((path.parent.name, context.findtext("name") or "", message.findtext("source") or "",
                              message))
    return found


@pytest.mark.parametrize("language", catalogues.LANGUAGES)
def test_every_message_is_translated_with_its_fields_and_one_mnemonic(language: str) -> None:
    wrong = []
    for area, context, source, message in _messages(language):
        translation = message.find("translation")
        texts = [] if translation is None else (
            [form.text or "" for form in translation.findall("numerusform")] if message.get("numerus") == "yes"
            else [translation.text or ""])
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(texts):
            wrong.append(f"{area} {context}: {source!r} is not translated")
            continue
        for text in texts:
            if sorted(re.findall(r"\{\w*\}", text)) != sorted(re.findall(r"\{\w*\}", source)):
                wrong.append(f"{area} {context}: {text!r} has other fields than {source!r}")
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")) or text.replace("&&", "").count("&") > 1:
                wrong.append(f"{area} {context}: {text!r} has not one mnemonic as {source!r} has")
            if "%n" in source and message.get("numerus") == "yes" and "%n" not in text:
                wrong.append(f"{area} {context}: {text!r} does not say the number")
    assert wrong == []


def test_the_catalogues_hold_every_text_of_the_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """lupdate over the code now finds exactly the messages the committed catalogues hold."""
    folder = tmp_path / "translations"
    shutil.copytree(catalogues.FOLDER, folder)
    monkeypatch.setattr(TOOL, "FOLDER", folder)
    for area in TOOL.areas():
        TOOL.update(area)
    for language in catalogues.LANGUAGES:
        now = {(p.parent.name, c, s) for p, c, s in _keys(catalogues.sources(folder, language))}
        committed = {(p.parent.name, c, s) for p, c, s in _keys(catalogues.sources(catalogues.FOLDER, language))}
        assert now - committed == set(), "run: python tools/translations.py update, then translate what is new"
        assert committed - now == set(), "these messages are gone from the code: python tools/translations.py update"


def _keys(paths: list[Path]) -> list[tuple[Path, str, str]]:
    return [(path, context.findtext("name") or "", message.findtext("source") or "")
            for path in paths if path.parent.name not in TOOL.HAND_WRITTEN for context in ET.parse(path).getroot().iter("context")
            for message in context.iter("message")]


def test_ukrainian_has_three_plural_forms_and_swedish_two(qtbot: QtBot) -> None:
    numbered = [(context, source, message) for _area, context, source, message in _messages("uk")
                if message.get("numerus") == "yes"]
    assert numbered, "no numbered message yet"
    context, source, message = numbered[0]
    one, few, many = [form.text or "" for form in message.iter("numerusform")]
    with in_language("uk"):  # one: 1, 21; few: 2-4, 22-24; many: 5-20, 25
        shown = [i18n.translate(context, source, None, n) for n in (1, 3, 5, 11, 21, 22, 25)]
    assert shown == [one.replace("%n", str(n)) if n in (1, 21) else few.replace("%n", str(n)) if n in (3, 22)
                     else many.replace("%n", str(n)) for n in (1, 3, 5, 11, 21, 22, 25)]
    assert len({one, few, many}) == 3
    swedish = next(m for _a, c, s, m in _messages("sv") if (c, s) == (context, source))
    singular, plural = [form.text or "" for form in swedish.iter("numerusform")]
    with in_language("sv"):
        assert [i18n.translate(context, source, None, n) for n in (1, 2)] == [
            singular.replace("%n", "1"), plural.replace("%n", "2")]
    english = next(m for _a, c, s, m in _messages("en") if (c, s) == (context, source))
    assert [i18n.translate(context, source, None, n) for n in (1, 2)] == [  # English again after, in its two forms
        form.text.replace("%n", str(n)) for n, form in zip((1, 2), english.iter("numerusform"))]


def test_the_language_follows_the_setting_then_the_system(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    monkeypatch.delenv("SLAMDESK_LANGUAGE", raising=False)
    monkeypatch.setattr(i18n, "system_language", lambda: "sv")
    assert i18n.chosen_language(settings) == "sv"
    i18n.choose_language("uk", settings)
    assert i18n.chosen_language(settings) == "uk"
    monkeypatch.setenv("SLAMDESK_LANGUAGE", "VI")
    assert i18n.chosen_language(settings) == "vi"  # the environment overrides for a demonstration
    monkeypatch.setenv("SLAMDESK_LANGUAGE", "de")
    assert i18n.chosen_language(settings) == "uk"  # one slamdesk does not speak is not taken
    i18n.choose_language(None, settings)
    assert i18n.chosen_language(settings) == "sv"
    settings.setValue(i18n.SETTING, "xx")  # a hand-edited settings file
    assert i18n.chosen_language(settings) == "sv"
    with pytest.raises(ValueError):
        i18n.choose_language("de", settings)


def test_the_language_menu_remembers_the_choice_for_the_next_start(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    menu = language_menu(parent, settings)
    actions = [action for action in menu.actions() if not action.isSeparator()]
    assert [action.text() for action in actions] == [
        "System language (English)", "English", "Svenska", "Tiếng Việt", "Bahasa Indonesia", "Українська"]
    assert [action.isChecked() for action in actions] == [True, False, False, False, False, False]
    actions[5].trigger()
    assert settings.value(i18n.SETTING) == "uk" and told == ["slamdesk will be in Українська the next time it starts."]
    assert [action.isChecked() for action in language_menu(parent, settings).actions() if not action.isSeparator()][5]
    actions[0].trigger()
    assert settings.value(i18n.SETTING) is None and len(told) == 1  # English now and next time: nothing to say


def test_a_missing_catalogue_leaves_the_window_in_english(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    try:
        with monkeypatch.context() as patched:
            patched.setattr(i18n, "installed", lambda: tmp_path)
            assert i18n.install("sv") is False and i18n.current() == "sv"
            assert i18n.translate("LanguageMenu", "&Language") == "&Language"
            assert i18n.install("en") is False  # no English catalogue there either: "%n page(s)" as written
    finally:
        assert i18n.install("en")  # the catalogues found again, for the tests after this one
