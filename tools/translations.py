"""The window's translation sources (``resources/translations/<area>/<language>.ts``): extract, fill, report.

    python tools/translations.py update [AREA ...]   # pyside6-lupdate over each area's modules, translations kept
    python tools/translations.py fill AREA FILE.json # translations from {context: {source: {language: text}}}
    python tools/translations.py english [AREA ...]  # English's plural forms of "%n page(s)" messages
    python tools/translations.py status              # what is left untranslated, per area and language
    python tools/translations.py build               # compile the catalogues (as an install does)

An area is a package of ``slamdesk/ui`` (``wizard``, ``register`` ...) or ``main`` for the modules at its top;
``qt`` holds the words for Qt's own buttons where Qt has no catalogue (Vietnamese, Indonesian) and is written by
hand. ``update`` runs lupdate into a fresh file and merges: a message keeps its translation while its context and
source text stay the same; one whose source changed is untranslated again; one gone from the code goes. A
numbered message (``%n`` in its source) gets the language's plural forms (lupdate cannot tell from Python's
``translate`` call). Files carry no source locations, so moving code changes no catalogue.

A fill value is a text, or for a numbered message a list of its forms in the language's order (English and
Swedish: one, other; Ukrainian: one, few, many; Vietnamese and Indonesian: one form). English, the source, has
a catalogue of its numbered messages only (``en``: "%n page(s)" -> ["%n page", "%n pages"]).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from slamdesk.ui.common.catalogues import FOLDER, LANGUAGES, build  # noqa: E402

UI = ROOT / "slamdesk" / "ui"
HAND_WRITTEN = {"qt"}
PLURAL_FORMS = {"en": 2, "sv": 2, "vi": 1, "id": 1, "uk": 3}


def areas() -> list[str]:
    return ["main", *sorted(path.name for path in UI.iterdir() if (path / "__init__.py").exists())]


def modules(area: str) -> list[Path]:
    if area == "main":
        return sorted(UI.glob("*.py"))
    return sorted((UI / area).rglob("*.py"))


def _lupdate() -> Path:
    from slamdesk.ui.common.catalogues import lrelease

    return lrelease().with_name("lupdate")


def _messages(tree: ET.ElementTree) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def _numerus(message: ET.Element, language: str) -> None:
    """A ``%n`` message as a numbered one, with the language's count of forms (kept ones kept)."""
    message.set("numerus", "yes")
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation", type="unfinished")
    forms = [form.text or "" for form in translation.findall("numerusform")]
    if not forms and (translation.text or "").strip():
        forms = [translation.text or ""]
    translation.text = None
    for form in list(translation):
        translation.remove(form)
    wanted = PLURAL_FORMS[language]
    forms = (forms + [""] * wanted)[:wanted]
    for text in forms:
        ET.SubElement(translation, "numerusform").text = text
    if not all(forms):
        translation.set("type", "unfinished")


def update(area: str) -> dict[str, int]:
    """Extract ``area``'s texts for every language, keeping the translations of unchanged messages; returns the
    count of messages per language."""
    counts = {}
    with tempfile.TemporaryDirectory() as scratch:
        for language in LANGUAGES:
            fresh = Path(scratch) / f"{language}.ts"
            done = subprocess.run([str(_lupdate()), "-silent", "-locations", "none", "-target-language", language,
                                   *map(str, modules(area)), "-ts", str(fresh)], capture_output=True, text=True,
                                  check=False)
            if done.returncode != 0:
                raise SystemExit(f"lupdate failed for {area}: {done.stderr}")
            target = FOLDER / area / f"{language}.ts"
            tree = ET.parse(fresh)
            if language == "en":  # the source language: its numbered messages' forms only
                for context in list(tree.getroot().iter("context")):
                    for message in list(context.iter("message")):
                        if "%n" not in (message.findtext("source") or ""):
                            context.remove(message)
                    if context.find("message") is None:
                        tree.getroot().remove(context)
            kept = _messages(ET.parse(target)) if target.exists() else {}
            messages = _messages(tree)
            for key, message in messages.items():
                old = kept.get(key)
                if old is not None and old.find("translation") is not None:
                    message.remove(message.find("translation"))  # type: ignore[arg-type]
                    message.append(old.find("translation"))  # type: ignore[arg-type]
                if "%n" in key[1]:
                    _numerus(message, language)
            tree.getroot().set("sourcelanguage", "en")
            if messages:
                _write(tree, target)
            elif target.exists():
                target.unlink()
            counts[language] = len(messages)
    return counts


def fill(area: str, given: dict[str, dict[str, dict[str, str | list[str]]]]) -> list[str]:
    """Put ``given``'s translations into ``area``'s files; returns what it could not place."""
    unplaced = []
    for language in LANGUAGES:
        target = FOLDER / area / f"{language}.ts"
        if not target.exists():  # English without numbered messages has no file
            unplaced += [f"{language} {context}: {source!r}" for context, texts in given.items()
                         for source, by_language in texts.items() if language in by_language]
            continue
        tree = ET.parse(target)
        messages = _messages(tree)
        for context, texts in given.items():
            for source, by_language in texts.items():
                if language not in by_language:
                    continue
                message = messages.get((context, source))
                if message is None:
                    unplaced.append(f"{language} {context}: {source!r}")
                    continue
                value = by_language[language]
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                translation.attrib.pop("type", None)
                if message.get("numerus") == "yes":
                    forms = value if isinstance(value, list) else [value]
                    if len(forms) != PLURAL_FORMS[language]:
                        unplaced.append(f"{language} {context}: {source!r} needs {PLURAL_FORMS[language]} forms")
                        continue
                    for form, text in zip(translation.findall("numerusform"), forms):
                        form.text = text
                else:
                    translation.text = value if isinstance(value, str) else value[0]
        _write(tree, target)
    return unplaced


def english_forms(source: str) -> list[str] | None:
    """English's two forms of a numbered message written the usual way: "%n page(s)" -> ["%n page", "%n pages"],
    "%n match(es)", "%n entr(y|ies)"; None when the source says it otherwise."""
    if "(y|ies)" in source:
        return [source.replace("(y|ies)", "y"), source.replace("(y|ies)", "ies")]
    for ending in ("(es)", "(s)"):
        if ending in source:
            return [source.replace(ending, ""), source.replace(ending, ending[1:-1])]
    return None


def fill_english(area: str) -> list[str]:
    """English's numbered forms of ``area`` by ``english_forms``; returns the sources it could not do."""
    path = FOLDER / area / "en.ts"
    if not path.exists():
        return []
    given: dict[str, dict[str, dict[str, str | list[str]]]] = {}
    left = []
    for (context, source), message in _messages(ET.parse(path)).items():
        translation = message.find("translation")
        if translation is not None and translation.get("type") != "unfinished":
            continue  # given already (by hand, or before)
        forms = english_forms(source)
        if forms is None:
            left.append(f"{context}: {source!r}")
        else:
            given.setdefault(context, {})[source] = {"en": forms}
    return fill(area, given) + left


def unfinished(area: str, language: str) -> list[tuple[str, str]]:
    """The messages of ``area`` still without a translation in ``language``."""
    path = FOLDER / area / f"{language}.ts"
    if not path.exists():
        return []
    return [key for key, message in _messages(ET.parse(path)).items()
            if (translation := message.find("translation")) is None or translation.get("type") == "unfinished"]


def main(argv: list[str]) -> int:
    command, *rest = argv or ["status"]
    if command == "update":
        for area in rest or [area for area in areas() if area not in HAND_WRITTEN]:
            print(area, update(area))
    elif command == "fill":
        area, file = rest
        unplaced = fill(area, json.loads(Path(file).read_text(encoding="utf-8")))
        print("\n".join(unplaced) or "all placed")
        return 1 if unplaced else 0
    elif command == "english":
        left = [line for area in rest or areas() for line in fill_english(area)]
        print("\n".join(left) or "every numbered message has its English forms")
        return 1 if left else 0
    elif command == "status":
        left = 0
        for area in sorted(path.name for path in FOLDER.iterdir() if path.is_dir()):
            for language in LANGUAGES:
                if missing := unfinished(area, language):
                    left += len(missing)
                    print(f"{area}/{language}: {len(missing)} untranslated, e.g. {missing[0]}")
        print("nothing left" if not left else f"{left} left")
        return 1 if left else 0
    elif command == "build":
        for path in build(force=True):
            print(f"compiled {path.name}")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
