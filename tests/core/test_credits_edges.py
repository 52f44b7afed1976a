"""Service credits at their edges: what each band earns and what each refusal says (beside test_credits.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from slamdesk.core.credits import schedule_for
from slamdesk.core.errors import ValidationError

pytestmark = pytest.mark.rule_edges  # on SQLite: the feature's own tests run it on both backends (tests/conftest.py)

D = Decimal


def test_a_month_in_each_band_earns_that_bands_share_of_the_fee() -> None:
    schedule = schedule_for(D("99.9"))
    earned = [schedule.band_credit(band, D("2000.00"), "EUR") for band in schedule.bands]
    assert earned == [D("100.00"), D("200.00"), D("400.00"), D("600.00")]
    assert schedule.band_credit(schedule.bands[0], D("1234555"), "VND") == D("61728")


@pytest.mark.parametrize(
    ("call", "message", "field"),
    [
        (lambda: schedule_for(D("99.9")).credit_pct(D("100.5")), "availability must be between 0 and 100 %",
         "measured_availability"),
        (lambda: schedule_for(D("99.9")).credit_pct(D("-0.1")), "availability must be between 0 and 100 %",
         "measured_availability"),
        (lambda: schedule_for(D("101")), "availability must be between 0 and 100 %", "availability_pct"),
        (lambda: schedule_for(D("0")), "the committed availability must be above 0 %", "availability_pct"),
        (lambda: schedule_for(D("99.9")).credit(D("99"), D("-0.01"), "EUR"),
         "the monthly fee must be a non-negative number", "monthly_fee"),
        (lambda: schedule_for(D("99.9")).credit(D("99"), D("NaN"), "EUR"),
         "the monthly fee must be a non-negative number", "monthly_fee"),
    ],
)
def test_each_refusal_says_what_is_wrong_and_where(call, message: str, field: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        call()
    assert (str(caught.value), caught.value.field) == (message, field)
