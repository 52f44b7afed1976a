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


@pytest.mark.parametrize(
    ("locale", "expected_date", "expected_time"),
    [
        (QLocale(QLocale.Language.C), "2026-10-05", "2026-10-05 14:03"),
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "Oct 5, 2026", "Oct 5, 2026 2:03\u202fPM"),
        (QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden), "5 okt. 2026", "5 okt. 2026 14:03"),
        (QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam), "5 thg 10, 2026", "5 thg 10, 2026 14:03"),
        (QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia), "5 Okt 2026", "5 Okt 2026 14.03"),
        (QLocale(QLocale.Language.Ukrainian, QLocale.Country.Ukraine), "5 жовт. 2026\u202fр.",
         "5 жовт. 2026\u202fр. 14:03"),
    ],
)
def test_dates_and_times_are_written_as_the_locale_writes_them_and_c_reads_as_iso(
    qt_locale: None, monkeypatch: pytest.MonkeyPatch, locale: QLocale, expected_date: str, expected_time: str,
) -> None:
    import datetime as dt
    import time

    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    try:
        QLocale.setDefault(locale)
        assert formatting.date(dt.date(2026, 10, 5)) == expected_date
        # a stored UTC time is shown in the machine's zone: 12:03 UTC is 14:03 in Stockholm's summer time
        assert formatting.timestamp(dt.datetime(2026, 10, 5, 12, 3, tzinfo=dt.UTC)) == expected_time
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (QLocale(QLocale.Language.C), ["99.95 %", "100 %", "1,234.5 %"]),
        (QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden), ["99,95 %", "100 %", "1\u00a0234,5 %"]),
        (QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia), ["99,95 %", "100 %", "1.234,5 %"]),
    ],
)
def test_a_measured_share_is_written_with_the_locales_decimal_sign_to_its_own_precision(
    qt_locale: None, locale: QLocale, expected: list[str],
) -> None:
    QLocale.setDefault(locale)
    assert [formatting.share(Decimal(value)) for value in ("99.950", "100.000", "1234.5")] == expected
