"""The day the rules work on: pinned by SLAMDESK_TODAY, else the machine's date; a pin that is no date is ignored."""

from __future__ import annotations

import datetime as dt

import pytest

from slamdesk.core import clock


def test_a_pinned_day_is_the_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(clock.PINNED, "2024-02-29")
    assert clock.today() == dt.date(2024, 2, 29)


@pytest.mark.parametrize("given", ["", "yesterday", "2026-02-30", "2026-13-01"])
def test_without_a_pin_or_with_one_that_is_no_date_it_is_the_machines_day(
    monkeypatch: pytest.MonkeyPatch, given: str,
) -> None:
    monkeypatch.setenv(clock.PINNED, given)
    before = dt.date.today()
    assert clock.today() in (before, dt.date.today())  # (midnight may pass between the two)
    monkeypatch.delenv(clock.PINNED)
    assert clock.today() in (before, dt.date.today())
