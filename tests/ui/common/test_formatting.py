"""Money on screen follows the user's locale, and a C locale reads as English."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from slamdesk.ui.common import formatting


@pytest.fixture
def qt_locale() -> Iterator[None]:
    previous = QLocale()
    yield
    QLocale.setDefault(previous)


@pytest.mark.parametrize(
    ("locale", "expected_locale", "expected_money"),
    [
        (QLocale(QLocale.Language.C), "en", "€2,964.00"),
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "en_US", "€2,964.00"),
        (QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden), "sv_SE", "2\u00a0964,00\u00a0€"),
        (QLocale(QLocale.Language.Ukrainian, QLocale.Country.Ukraine), "uk_UA", "2\u00a0964,00\u00a0EUR"),
    ],
)
def test_money_follows_the_display_locale_and_c_reads_as_english(
    qt_locale: None, locale: QLocale, expected_locale: str, expected_money: str
) -> None:
    QLocale.setDefault(locale)
    assert formatting.display_locale() == expected_locale
    assert formatting.money(Decimal("2964"), "EUR") == expected_money
