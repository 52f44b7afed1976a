"""Core's own words (refusals, problems, checks) in the person's language: gettext catalogues, no Qt.

The scheme (docs/ARCHITECTURE.md, "Languages"): a message core writes for people is a literal passed to ``_``
(``ngettext`` for one with a number), values going in afterwards with ``str.format`` and named fields::

    raise ValidationError(_("the decision is one of {choices}").format(choices=...), field="decision")

A message kept in a table is marked ``N_("...")`` where it is written and translated with ``_(value)`` where it
is shown.

babel extracts them (``tools/messages.py update``) into ``resources/messages/<area>/<language>.po``; they are
translated there and compiled with babel into one ``slamdesk_<language>.mo`` at install time
(``packaging/bootstrap.sh``, and ``setup.py`` into a wheel, which carries the compiled ones only; in a checkout
where none was compiled, the ``.po`` files are read). English is the source.

The language is English until ``set_language`` says otherwise: the window sets its own at start
(Settings ▸ Language); the command line speaks English unless ``SLAMDESK_LANGUAGE`` names another, so what
scripts read does not change with the machine's locale.
"""

from __future__ import annotations

import gettext
import io
import os
import threading
from pathlib import Path

LANGUAGES = ("en", "sv", "vi", "id", "uk")
FOLDER = Path(__file__).resolve().parents[2] / "resources" / "messages"

_lock = threading.Lock()
_loaded: dict[str, gettext.NullTranslations] = {}
_language = os.environ.get("SLAMDESK_LANGUAGE", "en").strip().lower()
_language = _language if _language in LANGUAGES else "en"


def set_language(language: str) -> None:
    """Write core's messages in ``language`` from now on (English when slamdesk does not speak it)."""
    global _language
    _language = language if language in LANGUAGES else "en"


def language() -> str:
    return _language


def folder() -> Path:
    """The catalogues: the installed package's, or the checkout's."""
    from ..resource_files import resource_folder

    return resource_folder("messages")


def compiled(where: Path, language: str) -> Path:
    return where / f"slamdesk_{language}.mo"


def _translations(language: str) -> gettext.NullTranslations:
    with _lock:
        if language not in _loaded:
            _loaded[language] = _load(language)
        return _loaded[language]


def _load(language: str) -> gettext.NullTranslations:
    if language == "en":
        return gettext.NullTranslations()
    where = folder()
    mo = compiled(where, language)
    sources = sorted(where.glob(f"*/{language}.po"))
    if mo.exists() and all(mo.stat().st_mtime >= source.stat().st_mtime for source in sources):
        try:
            with mo.open("rb") as handle:
                return gettext.GNUTranslations(handle)
        except OSError:  # damaged: its sources say the same
            pass
    if not sources:
        return gettext.NullTranslations()
    return gettext.GNUTranslations(io.BytesIO(_mo_bytes(sources, language)))


def _mo_bytes(sources: list[Path], language: str) -> bytes:
    """The ``.po`` files of one language as one compiled catalogue (babel)."""
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    merged = Catalog(locale=language)
    for source in sources:
        with source.open("rb") as handle:
            for message in read_po(handle, locale=language):
                if message.id and message.string and not message.fuzzy:
                    merged[message.id] = message
    out = io.BytesIO()
    write_mo(out, merged)
    return out.getvalue()


def build(where: Path = FOLDER, into: Path | None = None) -> list[Path]:
    """Compile each language's ``.po`` files under ``where`` into ``slamdesk_<language>.mo`` in ``into`` (beside
    them by default): at install time, and into a wheel by ``setup.py``."""
    written = []
    for language in LANGUAGES[1:]:
        sources = sorted(where.glob(f"*/{language}.po"))
        if not sources:
            continue
        target = compiled(into or where, language)
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists() and all(target.stat().st_mtime >= source.stat().st_mtime for source in sources):
            continue
        scratch = target.with_suffix(".mo.tmp")
        scratch.write_bytes(_mo_bytes(sources, language))
        os.replace(scratch, target)
        written.append(target)
    with _lock:
        _loaded.clear()
    return written


def _(message: str) -> str:
    """``message`` in the current language (as written when it has no translation)."""
    return _translations(_language).gettext(message) if _language != "en" else message


def N_(message: str) -> str:  # noqa: N802 (gettext's own name for it)
    """Marks a message kept in a table for ``_`` to translate where it is shown; returns it as it is."""
    return message


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a numbered message ``count`` takes in the current language."""
    if _language == "en":
        return singular if count == 1 else plural
    return _translations(_language).ngettext(singular, plural, count)


if __name__ == "__main__":  # python -m slamdesk.core.words: what bootstrap.sh runs
    for path in build():
        print(f"compiled {path.name}")
