"""Core's message catalogues (``resources/messages/<area>/<language>.po``): extract, fill, report, compile.

    python tools/messages.py update [AREA ...]    # babel extracts ``_``/``ngettext`` literals; translations kept
    python tools/messages.py fill AREA FILE.json  # {"message": {"sv": "...", ...}}; a numbered one by its singular,
                                                  # each language's forms as a list (sv 2, uk 3, vi 1, id 1)
    python tools/messages.py status               # what is left untranslated
    python tools/messages.py build                # compile (as an install does)

An area is a group of core's modules (``AREAS``). ``update`` keeps a message's translation while its text stays
the same, drops what the code no longer says, and writes no source locations (moving code changes nothing).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from slamdesk.core.words import FOLDER, LANGUAGES, build  # noqa: E402

CORE = ROOT / "slamdesk" / "core"
TRANSLATED = LANGUAGES[1:]
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
AREAS: dict[str, tuple[str, ...]] = {
    "agreements": ("agreements.py", "drafting.py", "lifecycle.py", "reviews.py", "versions.py", "next_steps.py",
                   "quality.py", "states.py", "content.py", "frozen.py", "agreement_document.py"),
    "catalogue": ("catalogue.py", "catalogue_names.py", "catalogue_rules.py", "coverage.py", "pricing.py", "quotes.py",
                  "money.py", "credits.py"),
    "requirements": ("requirements.py", "requirements_rules.py", "requirements_reads.py", "customers.py", "text.py",
                     "clauses.py", "requirements_document.py"),
    "register": ("export.py", "register.py", "register_export.py", "register_files.py", "verification.py",
                 "saved_filters.py", "search_index.py", "views.py", "structure.py", "structure_consistency.py",
                 "structure_queries.py", "structure_terms.py", "certificates.py", "passphrases.py"),
    "data": ("db.py", "backends.py", "backup.py", "backup_files.py", "restore.py", "copy.py", "team.py", "users.py",
             "roles.py", "errors.py", "concurrency.py", "audit.py", "settings.py", "paths.py", "watch.py", "portfolio.py",
             "demo.py", "demo_names.py", "clock.py"),
    "measuring": tuple(f"monitoring/{name}" for name in (
        "calendars.py", "calendar_forms.py", "calendar_library.py", "compliance.py", "periods.py", "served.py",
        "period_names.py", "at_risk.py")),
    "importing": tuple(f"monitoring/{name}" for name in (
        "import_files.py", "import_values.py", "importing.py", "tickets.py", "outages.py", "holds.py",
        "credits_owed.py", "credit_note.py", "credit_export.py", "kpi_report.py", "experience.py", "review_adjust.py",
        "what_if.py", "period_documents.py", "portfolio_compliance.py", "demo_tickets.py")),
    "renewals": tuple(f"renewals/{path.name}" for path in sorted((CORE / "renewals").glob("*.py"))
                      if path.name != "__init__.py"),
}
FIXED = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def modules(area: str) -> list[Path]:
    return [CORE / name for name in AREAS[area] if (CORE / name).exists()]


def extracted(area: str) -> Catalog:
    """What ``area``'s modules pass to ``_`` and ``ngettext``, as a template."""
    template = Catalog()
    for path in modules(area):
        for _line, message, _comments, _context in extract_from_file("python", str(path), keywords=KEYWORDS):
            template.add(message)
    return template


def _path(area: str, language: str) -> Path:
    return FOLDER / area / f"{language}.po"


def _read(path: Path, language: str) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=language)


def _write(catalog: Catalog, path: Path) -> None:
    # A header that says the same every time: no dates, names or years to change with each run.
    catalog.header_comment = f"# slamdesk: core's messages in {catalog.locale_identifier} ({path.parent.name})."
    catalog.project, catalog.version, catalog.fuzzy = "slamdesk", "1", False
    catalog.creation_date = catalog.revision_date = FIXED
    catalog.last_translator, catalog.language_team = "slamdesk", "slamdesk"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, no_location=True, omit_header=False, sort_output=True, ignore_obsolete=True,
                 width=0)


def update(area: str) -> int:
    """Extract ``area``'s messages into each language's catalogue, keeping unchanged translations."""
    template = extracted(area)
    for language in TRANSLATED:
        path = _path(area, language)
        catalog = _read(path, language) if path.exists() else Catalog(locale=language, project="slamdesk")
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        if len(template):
            _write(catalog, path)
        elif path.exists():
            path.unlink()
    return len(template)


def fill(area: str, given: dict[str, dict[str, str | list[str]]]) -> list[str]:
    """Put ``given``'s translations into ``area``'s catalogues; returns what it could not place."""
    unplaced = []
    for language in TRANSLATED:
        path = _path(area, language)
        if not path.exists():
            continue
        catalog = _read(path, language)
        for source, by_language in given.items():
            if language not in by_language:
                continue
            message = catalog.get(source)
            if message is None:
                unplaced.append(f"{language}: {source!r}")
                continue
            value = by_language[language]
            if message.pluralizable:
                forms = value if isinstance(value, list) else [value]
                if len(forms) != catalog.num_plurals:
                    unplaced.append(f"{language}: {source!r} needs {catalog.num_plurals} forms")
                    continue
                message.string = tuple(forms)
            else:
                message.string = value if isinstance(value, str) else value[0]
            message.flags.discard("fuzzy")
        _write(catalog, path)
    return unplaced


def unfinished(area: str, language: str) -> list[str]:
    path = _path(area, language)
    if not path.exists():
        return []
    return [str(message.id) for message in _read(path, language) if message.id and (
        message.fuzzy or not message.string or (isinstance(message.string, tuple) and not all(message.string)))]


def main(argv: list[str]) -> int:
    command, *rest = argv or ["status"]
    if command == "update":
        for area in rest or list(AREAS):
            print(area, update(area))
    elif command == "fill":
        area, file = rest
        unplaced = fill(area, json.loads(Path(file).read_text(encoding="utf-8")))
        print("\n".join(unplaced) or "all placed")
        return 1 if unplaced else 0
    elif command == "status":
        left = 0
        for area in AREAS:
            for language in TRANSLATED:
                if missing := unfinished(area, language):
                    left += len(missing)
                    print(f"{area}/{language}: {len(missing)} untranslated, e.g. {missing[0]!r}")
        print("nothing left" if not left else f"{left} left")
        return 1 if left else 0
    elif command == "build":
        for path in build():
            print(f"compiled {path.name}")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
