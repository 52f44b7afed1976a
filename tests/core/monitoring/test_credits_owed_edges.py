"""Service credits at the edges: the cap rounded down, a credit under one unit, another agreement's statement, a version
not sealed yet, a line the version does not have, a statement that cannot be found.

Figures here are made by hand (``periods.AgreementFigures``), so each test says exactly what was measured; the fees and
customers are the demo's: SLA-2026-0002 (Công ty TNHH Phần mềm Sông Hồng, Vietnamese) line 1 Service desk Silver at
3,458.00 EUR a month and line 2 User onboarding and offboarding Bronze at 630.00; SLA-2026-0004 (approved, not signed)
line 1 Network monitoring Gold at 2,480.00.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from slamdesk.core.db import Database
from slamdesk.core.errors import NotFoundError
from slamdesk.core.monitoring import credits_owed, periods

pytestmark = pytest.mark.rule_edges  # on SQLite: the feature's own tests run it on both backends (tests/conftest.py)

OCTOBER = periods.period("2026-10")


def _line(position: int, availability: str, target: str = "99.5", service: str = "Service desk") -> periods.LineFigures:
    return periods.LineFigures(position, service, "Silver", "", "24x7", 0, (), 0, Decimal(availability), Decimal(target))


def test_the_worst_bands_credit_is_cut_to_the_cap_rounded_down_and_says_so() -> None:
    # 30 % of 10.05 is 3.015: the band's share rounds half up to 3.02, the cap (30 %) rounds down to 3.01
    credit = credits_owed.line_credit(_line(1, "0"), Decimal("10.05"), 1, "EUR")
    assert (credit.amount, credit.capped) == (Decimal("3.01"), True)
    assert credit.to_json()["capped"] is True and credit.to_json()["credit"] == "3.01"
    exact = credits_owed.line_credit(_line(1, "0"), Decimal("10.00"), 1, "EUR")  # 3.00 either way: not cut
    assert (exact.amount, exact.capped) == (Decimal("3.00"), False)


def test_a_credit_under_one_unit_is_still_owed() -> None:
    small = credits_owed.line_credit(_line(1, "99.45"), Decimal("10.10"), 1, "EUR")  # 5 % of 10.10: 0.51 (0.505 half up)
    met = credits_owed.line_credit(_line(2, "99.5"), Decimal("10.10"), 1, "EUR")
    shown = credits_owed.CreditStatement("SLA-2026-0002", "2026-10", 1, "", "Sông Hồng", "EUR", "vi", (small, met), None)
    assert small.amount == Decimal("0.51") and shown.owed == (small,) and shown.total == Decimal("0.51")


def test_a_met_line_in_a_currency_without_minor_units_is_owed_a_whole_zero() -> None:
    credit = credits_owed.line_credit(_line(1, "100"), Decimal("333333"), 1, "VND")
    assert credit.to_json()["credit"] == "0" and credit.band is None and not credit.capped


def test_each_agreements_statement_has_its_own_customer_fees_and_seal(demo_db: Database) -> None:
    figures = periods.AgreementFigures("SLA-2026-0002", "2026-10", 1, (
        _line(1, "99.45"), _line(2, "100", service="User onboarding and offboarding")))
    shown = credits_owed.statement(demo_db, figures, OCTOBER)
    first = credits_owed.statement(demo_db, dataclasses.replace(figures, number="SLA-2026-0001"), OCTOBER)
    assert (shown.customer, shown.language, shown.currency) == ("Công ty TNHH Phần mềm Sông Hồng", "vi", "EUR")
    assert [(line.position, line.monthly_fee, line.amount) for line in shown.lines] == [
        (1, Decimal("3458.00"), Decimal("172.90")), (2, Decimal("630.00"), Decimal("0.00"))]
    assert len(shown.content_sha256) == 64 and shown.content_sha256 != first.content_sha256
    assert shown.provisional and shown.to_json()["closed_at"] is None


def test_a_version_not_sealed_yet_names_no_seal(demo_db: Database) -> None:
    figures = periods.AgreementFigures("SLA-2026-0004", "2026-10", 1, (_line(1, "99.9", "99.95", "Network monitoring"),))
    shown = credits_owed.statement(demo_db, figures, OCTOBER)
    assert shown.content_sha256 == "" and shown.to_json()["content_sha256"] == ""
    assert (shown.lines[0].monthly_fee, shown.lines[0].amount) == (Decimal("2480.00"), Decimal("124.00"))


def test_a_line_the_version_does_not_have_has_no_fee_and_is_owed_nothing(demo_db: Database) -> None:
    figures = periods.AgreementFigures("SLA-2026-0002", "2026-10", 1, (_line(3, "90"),))
    (line,) = credits_owed.statement(demo_db, figures, OCTOBER).lines
    assert (line.monthly_fee, line.period_fee, line.amount) == (Decimal("0.00"), Decimal("0.00"), Decimal("0.00"))
    assert line.band is not None and line.band.credit_pct == 30  # the band still shows how far it fell


def test_a_statement_for_an_unknown_agreement_or_version_says_which(demo_db: Database) -> None:
    with pytest.raises(NotFoundError, match="no agreement 'SLA-2099-0001' version 1"):
        credits_owed.statement(demo_db, periods.AgreementFigures("SLA-2099-0001", "2026-10", 1, ()), OCTOBER)
    with pytest.raises(NotFoundError, match="no agreement 'SLA-2026-0002' version 2"):
        credits_owed.statement(demo_db, periods.AgreementFigures("SLA-2026-0002", "2026-10", 2, ()), OCTOBER)


def test_the_portfolios_credits_are_each_agreements_statement_total_in_its_currency(demo_db: Database) -> None:
    owing = periods.AgreementFigures("SLA-2026-0002", "2026-10", 1, (
        _line(1, "99.45"), _line(2, "100", service="User onboarding and offboarding")))
    met = periods.AgreementFigures("SLA-2026-0001", "2026-10", 1, (_line(1, "100"), _line(2, "99.99", target="99.95")))
    found = credits_owed.portfolio_credits(demo_db, [owing, met], OCTOBER)
    assert found == {"SLA-2026-0002": (Decimal("172.90"), "EUR"), "SLA-2026-0001": (Decimal("0.00"), "EUR")}
    for figures in (owing, met):  # the same arithmetic as one agreement's statement
        assert found[figures.number][0] == credits_owed.statement(demo_db, figures, OCTOBER).total
    quarter = periods.period("2026-Q4")  # three months' fee: 5 % of 3 x 3,458.00
    assert credits_owed.portfolio_credits(demo_db, [dataclasses.replace(owing, period="2026-Q4")], quarter) == {
        "SLA-2026-0002": (Decimal("518.70"), "EUR")}
    assert credits_owed.portfolio_credits(demo_db, [], OCTOBER) == {}


def test_the_portfolios_credits_take_the_fees_of_the_version_measured_and_refuse_an_unknown_agreement(
    demo_db: Database,
) -> None:
    later = periods.AgreementFigures("SLA-2026-0002", "2026-10", 2, (_line(1, "99.45"),))  # a version it does not have
    assert credits_owed.portfolio_credits(demo_db, [later], OCTOBER) == {"SLA-2026-0002": (Decimal("0"), "EUR")}
    nobody = periods.AgreementFigures("SLA-2099-0001", "2026-10", 1, (_line(1, "99.45"),))
    with pytest.raises(NotFoundError, match="SLA-2099-0001"):
        credits_owed.portfolio_credits(demo_db, [later, nobody], OCTOBER)


def test_the_demo_portfolios_credits_match_each_agreements_own(demo_db: Database) -> None:
    import datetime as dt

    from slamdesk.core.monitoring import portfolio_compliance

    now = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
    found = portfolio_compliance.portfolio_figures(demo_db, OCTOBER, now)
    totals = credits_owed.portfolio_credits(demo_db, found, OCTOBER)
    assert sorted(totals) == sorted(figures.number for figures in found) and totals
    for figures in found:
        own = credits_owed.credits_for(demo_db, figures.number, OCTOBER, now)
        assert totals[figures.number] == (own.total, own.currency), figures.number
