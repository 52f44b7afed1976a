"""The window's language: which one, its catalogue installed, and the one call every visible text goes through.

``translate(context, text)`` is ``QCoreApplication.translate``: the context names the window or widget
(``"Wizard"``, ``"MainWindow"``); a numbered text says ``%n`` and passes its number
(``translate("Wizard", "%n line(s)", None, count)``), and Qt picks the language's plural form (Ukrainian has
three). Only string literals are passed: ``pyside6-lupdate`` reads them from the source
(``tests/ui/test_translations.py`` refuses an f-string or a variable). Values go in afterwards with
``str.format`` and named fields, so a translation can put them where its grammar wants them.

The language (Settings ▸ Language) is the one chosen, else the system's when slamdesk speaks it, else English;
``SLAMDESK_LANGUAGE`` overrides both (a demonstration, the tests). It is applied when the application starts.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from .catalogues import LANGUAGES, compiled, installed

translate = QCoreApplication.translate

SETTING = "language"
NAMES = {"en": "English", "sv": "Svenska", "vi": "Tiếng Việt", "id": "Bahasa Indonesia", "uk": "Українська"}
# The locale each language formats numbers, dates and money in (the territory matters for the currency's place).
LOCALES = {"en": "en_US", "sv": "sv_SE", "vi": "vi_VN", "id": "id_ID", "uk": "uk_UA"}


def system_language() -> str:
    """The system's language when slamdesk speaks it, else English (the C locale says nothing of the person)."""
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def chosen_language(settings: QSettings | None = None) -> str:
    """``SLAMDESK_LANGUAGE``, else the language chosen in Settings ▸ Language, else the system's."""
    given = os.environ.get("SLAMDESK_LANGUAGE", "").strip().lower()
    if given in LANGUAGES:
        return given
    stored = str((settings or QSettings()).value(SETTING, "") or "")
    return stored if stored in LANGUAGES else system_language()


def choose_language(language: str | None, settings: QSettings | None = None) -> None:
    """Remember ``language`` for the next start (None: follow the system again)."""
    settings = settings or QSettings()
    if language is None:
        settings.remove(SETTING)
    elif language in LANGUAGES:
        settings.setValue(SETTING, language)
    else:
        raise ValueError(f"slamdesk has no language {language!r}")


_installed: list[QTranslator] = []
_language = "en"


def install(language: str) -> bool:
    """Use ``language`` from now on: slamdesk's catalogue and Qt's own (its standard buttons), and the locale
    numbers and dates are written in (English too: its numbered messages' forms). Any earlier language's catalogues
    are removed. Returns False when the catalogue is missing (not compiled: the window stays in English, and a
    numbered message reads "2 page(s)")."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    global _language
    _language = language if language in LANGUAGES else "en"
    # The system's own locale where it speaks this language (its territory: sv_FI, uk_UA), else the language's.
    QLocale.setDefault(QLocale.system() if system_language() == _language else QLocale(LOCALES[_language]))
    if app is None:
        return False
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if _language != "en" and qt_own.load(f"qtbase_{_language}", qt_folder):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    ours = QTranslator(app)
    found = ours.load(str(compiled(installed(), _language)))
    if found:
        app.installTranslator(ours)  # installed last: asked first, so our words for Qt's buttons win
        _installed.append(ours)
    return found


def current() -> str:
    """The language installed (English until one is)."""
    return _language
