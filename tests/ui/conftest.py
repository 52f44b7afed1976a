"""UI fixtures: a main window over the demo portfolio, settings in a temp file, recorded errors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from slamdesk.core.db import Database
from slamdesk.core.roles import Actor
from slamdesk.ui.common import catalogues, feedback, i18n
from slamdesk.ui.context import AppContext
from slamdesk.ui.main_window import MainWindow
from tests.ui import languages


@pytest.fixture(autouse=True, scope="session")
def english_catalogue(qapp: QApplication) -> None:
    """English as the application starts in it: its catalogue gives numbered messages their two forms ("1 page",
    "5 pages" for "%n page(s)"; compiled first, as an install does)."""
    catalogues.build()
    i18n.install("en")


@pytest.fixture(autouse=True)
def english_locale(qapp: QApplication) -> Iterator[None]:
    """Screens are checked in English formats whatever the machine's locale (CI runs with LANG=C.UTF-8).

    Every UI test has the application (``qapp``) before it makes a widget: a test that makes one without
    it aborts its worker when it happens to be the first UI test that worker runs.
    """
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.fixture(autouse=True)
def languages_asked(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The test ``languages.english_left`` answers (its English texts are kept for the test's other languages)."""
    languages.running.update(test=request.node, folder=str(tmp_path_factory.getbasetemp()), asked=0)
    yield
    languages.running.update(test=None, asked=0)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes the UI would show, as (title, message), instead of opening them."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(feedback, "show_error", lambda _parent, title, message: shown.append((title, message)))
    return shown


@pytest.fixture
def context(demo_db: Database, people: dict[str, Actor]) -> AppContext:
    return AppContext(demo_db, people["anna"])


@pytest.fixture
def window(
    qtbot: QtBot, context: AppContext, settings: QSettings, shown_errors: list[tuple[str, str]]
) -> Iterator[MainWindow]:
    main = MainWindow(context, settings=settings, watch_ms=0)  # tests read others' changes when they say so
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    yield main
    if main.wizard is not None:
        main.wizard.reject()
