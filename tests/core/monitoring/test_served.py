"""What of a period an ended agreement was served (``served``): the span measured per zone, and the refusal of a
period that began after the ending, read without a database (the ending is given as ``renewals.standing`` would)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from slamdesk.core.monitoring import served
from slamdesk.core.monitoring.period_names import period
from slamdesk.core.renewals.standing import Ending

OCTOBER = period("2026-10")
NOW = dt.datetime(2026, 11, 2, tzinfo=dt.UTC)
JAKARTA, STOCKHOLM = ZoneInfo("Asia/Jakarta"), ZoneInfo("Europe/Stockholm")


def _line(zone: ZoneInfo) -> object:
    return SimpleNamespace(hours=SimpleNamespace(calendar=SimpleNamespace(zone=zone)))


def _ending(monkeypatch: pytest.MonkeyPatch, ending: Ending | None) -> list[tuple[dt.date, str]]:
    """``ending`` as the agreement's (id 7), and what it was asked."""
    asked: list[tuple[dt.date, str]] = []

    def endings(_session: object, day: dt.date, number: str) -> dict[int, Ending]:
        asked.append((day, number))
        return {} if ending is None else {7: ending, 8: Ending(last_day=dt.date(2000, 1, 1))}

    monkeypatch.setattr(served, "endings", endings)
    return asked


def test_a_running_agreements_period_is_measured_whole_in_each_zone() -> None:
    assert served.window(OCTOBER, JAKARTA, None) == (dt.datetime(2026, 9, 30, 17, tzinfo=dt.UTC),
                                                     dt.datetime(2026, 10, 31, 17, tzinfo=dt.UTC))


def test_the_period_an_agreement_ended_in_is_measured_up_to_the_end_of_its_last_day_in_the_lines_zone() -> None:
    ended = Ending(last_day=dt.date(2026, 10, 15))
    assert served.window(OCTOBER, JAKARTA, ended) == (dt.datetime(2026, 9, 30, 17, tzinfo=dt.UTC),
                                                      dt.datetime(2026, 10, 15, 17, tzinfo=dt.UTC))
    # ended after the period: the whole period; ended before it: nothing (start == end)
    assert served.window(OCTOBER, STOCKHOLM, Ending(last_day=dt.date(2027, 1, 31))) == OCTOBER.bounds(STOCKHOLM)
    start, _end = OCTOBER.bounds(STOCKHOLM)
    assert served.window(OCTOBER, STOCKHOLM, Ending(last_day=dt.date(2026, 8, 31))) == (start, start)


def test_an_ending_in_the_period_is_returned_as_of_the_day_asked_for_the_agreement_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ended = Ending(last_day=dt.date(2026, 10, 15))
    asked = _ending(monkeypatch, ended)
    assert served.ending_in(None, 7, "SLA-X", OCTOBER, NOW, [_line(JAKARTA)]) is ended  # type: ignore[arg-type]
    assert asked == [(dt.date(2026, 11, 2), "SLA-X")]
    _ending(monkeypatch, None)
    assert served.ending_in(None, 7, "SLA-X", OCTOBER, NOW, [_line(JAKARTA)]) is None  # type: ignore[arg-type]


def test_a_period_after_the_last_day_is_refused_naming_the_day_and_the_period(monkeypatch: pytest.MonkeyPatch) -> None:
    _ending(monkeypatch, Ending(last_day=dt.date(2026, 9, 30)))
    with pytest.raises(served.NotMonitored) as refused:
        served.ending_in(None, 7, "SLA-X", OCTOBER, NOW, [_line(JAKARTA), _line(STOCKHOLM)])  # type: ignore[arg-type]
    assert str(refused.value) == "SLA-X ended on 2026-09-30: it is not monitored in 2026-10"
    assert refused.value.field == "period"


def test_a_period_after_a_termination_is_refused_naming_its_moment_in_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    _ending(monkeypatch, Ending(moment=dt.datetime(2026, 9, 14, 8, 5, tzinfo=dt.UTC)))
    with pytest.raises(served.NotMonitored) as refused:
        served.ending_in(None, 7, "SLA-X", OCTOBER, NOW, [])  # type: ignore[arg-type]
    assert str(refused.value) == "SLA-X was terminated at 2026-09-14 08:05 UTC: it is not monitored in 2026-10"
    assert refused.value.field == "period"
