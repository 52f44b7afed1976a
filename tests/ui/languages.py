"""Checking a window in another language: install a language for a test, and find the English left in a window.

``in_language(code)`` compiles the catalogues (as an install does) and installs one language for the ``with``
block, the window's and core's (as the application does at start), English again after it.
``english_left(make, language, allowed)`` builds a window with ``make()`` in English and again in ``language``
and returns the texts a person reads in the second that are still the
English ones: a window title, a label, a button, a box's title, a tab, a menu entry, a column's header, a
placeholder, a tool tip or a list's entry. Data (names, numbers, codes) reads the same in every language: pass
it as ``allowed``, or it is recognised (an agreement number, a date, a figure, an e-mail address).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from PySide6.QtCharts import QBarSeries, QChartView
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QTreeView,
    QWidget,
    QWizard,
)

from slamdesk.core import words
from slamdesk.ui.common import catalogues, i18n

TRANSLATED = catalogues.TRANSLATED
# Read the same in every language: product and format names, codes.
PROPER = {"slamdesk", "PDF", "DOCX", "CSV", "XLSX", "SHA-256", "PostgreSQL", "SQLite", "OK", "ID", "URL", "SLA",
          "KPI", "CSAT", "CES", "iCalendar", "E-mail", "Email"} | set(i18n.NAMES.values())
DATA = re.compile(r"^[\W\d_]*$|^SLA-\d{4}-\d{4}|^[\w.+-]+@[\w-]+\.[\w.]+$|^\d")


@contextlib.contextmanager
def in_language(language: str) -> Iterator[None]:
    """``language`` installed for the block (its catalogue compiled first when a source changed)."""
    catalogues.build()
    previous = QLocale()
    assert i18n.install(language), f"no compiled catalogue for {language}"
    words.set_language(language)  # core's messages too, as the application does at start
    try:
        yield
    finally:
        i18n.install("en")
        words.set_language("en")
        QLocale.setDefault(previous)


def _plain(text: str) -> str:
    text = re.sub(r"&(nbsp|amp|lt|gt|quot|#\d+);", " ", re.sub(r"<[^>]+>", " ", text or ""))
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.replace("\xa0", " ").split())


def _menu_texts(actions: Iterable, seen: set[int]) -> Iterator[str]:  # type: ignore[type-arg]
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        yield action.text()
        yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
        menu = action.menu()
        if isinstance(menu, QMenu) and id(menu) not in seen:
            seen.add(id(menu))
            yield menu.title()
            yield from _menu_texts(menu.actions(), seen)


def visible_texts(window: QWidget) -> list[str]:
    """Every text ``window`` shows a person (its own words and its data), mnemonics and markup taken out."""
    texts = [window.windowTitle()]
    if isinstance(window, QWizard) and window.currentPage() is not None:
        texts += [window.currentPage().title(), window.currentPage().subTitle()]
    seen: set[int] = set()
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
            menu = getattr(widget, "menu", lambda: None)()  # a push or tool button's drop-down
            if isinstance(menu, QMenu):
                texts += list(_menu_texts(menu.actions(), seen))
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QDockWidget):
            texts.append(widget.windowTitle())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(index) for index in range(widget.count())]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(index) for index in range(widget.count())]
        elif isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            texts.append(widget.placeholderText())
        elif isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                      for column in range(model.columnCount()) if not widget.isColumnHidden(column)]
        elif isinstance(widget, (QMenuBar, QToolBar)):
            texts += list(_menu_texts(widget.actions(), seen))
        elif isinstance(widget, QChartView):  # its title, its axes' titles and its legend's names
            chart = widget.chart()
            texts += [chart.title(), *(axis.titleText() for axis in chart.axes()), *(series.name() for series in chart.series())]
            texts += [bar.label() for series in chart.series() if isinstance(series, QBarSeries) for bar in series.barSets()]
    return [plain for text in texts if (plain := _plain(text))]


# The test running now, the run's folder of test folders (tests/ui/conftest.py sets both), and how many windows the
# test has asked ``english_left`` about.
running: dict[str, Any] = {"test": None, "folder": None, "asked": 0}
# The English texts of each window a test asked about, by the test's parameters other than its language and the
# window's place among the test's questions: the test's other languages read them from here rather than build the
# window in English again (one English build in place of four; every test's database is a copy of the same demo).
_ENGLISH: dict[tuple[Any, ...], list[str]] = {}


def _as_in_any_test(text: str) -> str:
    """``text`` with the test's own folder (a window that names a file) as "…": the same text in every test."""
    folder = running["folder"]
    return text if folder is None else re.sub(re.escape(folder) + r"/[^/\s]+", "…", text)


def _english_key(language: str) -> tuple[Any, ...] | None:
    """Where the English texts of the window asked about now are kept: None for a test not parametrized by language."""
    test = running["test"]
    running["asked"] += 1
    params = dict(getattr(getattr(test, "callspec", None), "params", {}))
    if test is None or params.pop("language", None) != language:
        return None
    return (test.nodeid.split("[")[0], tuple(sorted((name, repr(value)) for name, value in params.items())),
            running["asked"])


def english_left(
    make: Callable[[], QWidget], language: str, allowed: Iterable[str] = (),
    each: Callable[[QWidget, str], None] | None = None,
) -> list[str]:
    """The texts of the window ``make()`` builds that read the same in ``language`` as in English (data and
    ``allowed`` aside), sorted; ``make`` is called in ``language`` and its window closed after, and in English too
    unless a test of the same parameters in another language has built it in English in this process. ``each`` is
    given each window shown and its language ("en" when built in English, then ``language``), to check more of it
    while it is there."""
    def texts_of(code: str) -> list[str]:
        window = make()
        window.show()
        QApplication.processEvents()
        try:
            if each is not None:
                each(window, code)
            return [_as_in_any_test(text) for text in visible_texts(window)]
        finally:
            window.close()
            window.deleteLater()

    key = _english_key(language)
    english = None if key is None else _ENGLISH.get(key)
    if english is None:
        english = texts_of("en")
        if key is not None:
            _ENGLISH[key] = english
    with in_language(language):
        translated = texts_of(language)
    allowed = PROPER | {_as_in_any_test(_plain(text)) for text in allowed}
    left = set(english)
    return sorted({text for text in translated if text in left and text not in allowed and not DATA.match(text)
                   and re.search(r"[^\W\d_]{2}", text)})
