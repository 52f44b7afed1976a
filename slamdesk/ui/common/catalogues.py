"""The window's translation catalogues: where they are and how they are built (no Qt import: ``setup.py`` uses it).

The scheme (docs/ARCHITECTURE.md, "Languages"): every text the window shows goes through
``QCoreApplication.translate(context, text)`` (``i18n.translate``; a numbered text passes its number, ``%n``).
The sources are Qt Linguist files, one per area of the window and language:
``resources/translations/<area>/<language>.ts`` (an area is a package of ``slamdesk/ui``, ``main`` for the
modules at its top, ``qt`` for the texts of Qt's own buttons and dialogs), extracted with ``pyside6-lupdate`` by
``tools/translations.py``. ``pyside6-lrelease`` compiles each language's files into one
``slamdesk_<language>.qm`` at install time (``packaging/bootstrap.sh``, ``setup.py``'s build step, the bundle's
build): compiled catalogues are never committed. English is the source language: its catalogue holds only the
numbered messages' two forms ("1 page", "%n pages" for "%n page(s)").
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import tempfile
from pathlib import Path

LANGUAGES = ("en", "sv", "vi", "id", "uk")
TRANSLATED = LANGUAGES[1:]
# resources/ is the package ``slamdesk.resources`` once installed (pyproject.toml's package-dir)
FOLDER = Path(__file__).resolve().parents[3] / "resources" / "translations"


def installed() -> Path:
    """Where the compiled catalogues are: the installed package's, or the checkout's."""
    from ...resource_files import resource_folder  # here: setup.py loads this module by its file alone

    return resource_folder("translations")


def sources(folder: Path, language: str) -> list[Path]:
    """The ``.ts`` files of ``language`` under ``folder``, one per area, in a fixed order."""
    return sorted(folder.glob(f"*/{language}.ts"))


def compiled(folder: Path, language: str) -> Path:
    return folder / f"slamdesk_{language}.qm"


def lrelease() -> Path:
    """Qt's ``lrelease`` as PySide6 ships it."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        raise RuntimeError("PySide6 is not installed: the translations cannot be compiled")
    found = Path(spec.origin).parent / "lrelease"
    if not found.exists():
        raise RuntimeError(f"PySide6 has no lrelease at {found}")
    return found


def build(folder: Path = FOLDER, target: Path | None = None, *, force: bool = False) -> list[Path]:
    """Compile each language's ``.ts`` files under ``folder`` into ``target/slamdesk_<language>.qm`` (``folder``
    by default); a catalogue newer than all its sources is kept unless ``force``. Returns the catalogues written."""
    target = target or folder
    written = []
    for language in LANGUAGES:
        found = sources(folder, language)
        if not found:
            continue
        out = compiled(target, language)
        if not force and out.exists() and out.stat().st_mtime >= max(path.stat().st_mtime for path in found):
            continue
        out.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=out.parent) as scratch:  # whole or not at all, beside a reader
            made = Path(scratch) / out.name
            done = subprocess.run([str(lrelease()), "-silent", *map(str, found), "-qm", str(made)],
                                  capture_output=True, text=True, check=False)
            if done.returncode != 0 or not made.exists():
                raise RuntimeError(f"lrelease failed for {language}: {done.stderr.strip() or done.stdout.strip()}")
            os.replace(made, out)
        written.append(out)
    return written


if __name__ == "__main__":  # python -m slamdesk.ui.common.catalogues: what bootstrap.sh runs
    for path in build():
        print(f"compiled {path.name}")
