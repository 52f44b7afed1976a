"""The catalogue and an agreement's quote as plain data (`slamdesk catalogue --json`, `slamdesk quote --json`)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from slamdesk.core import agreements, catalogue, quotes, requirements, words
from slamdesk.core.catalogue import BandInfo, CommitmentInfo, LevelInfo, ServiceInfo, TargetInfo, VariantInfo
from slamdesk.core.db import Database
from slamdesk.core.pricing import PriceBreakdown
from slamdesk.core.roles import Actor

D = Decimal


def _level(**changes: object) -> LevelInfo:
    base: dict[str, object] = dict(
        id=1, name="Gold", rank=2, monthly_fee=D("39"), currency="EUR", coverage="24x7", availability_pct=D("99.90"),
        targets=(), internal_availability_pct=D("99.9200"), internal_buffer_pct=D("20"),
    )
    base.update(changes)
    return LevelInfo(**base)  # type: ignore[arg-type]


def _breakdown(**changes: object) -> PriceBreakdown:
    base: dict[str, object] = dict(
        currency="EUR", fixed_fee=D("0"), units=3, unit_fee=D("26"), unit_amount=D("78"), discount_pct=D("0"),
        discount=D("0"), surcharge_pct=D("0"), surcharge=D("0"), value_volume=0, value_price=D("0"),
        value_amount=D("0"), list_total=D("78"), override=None, override_reason="",
    )
    base.update(changes)
    return PriceBreakdown(**base)  # type: ignore[arg-type]


# The catalogue as data


def test_a_level_reports_every_term_of_its_price_model_targets_commitments_and_variants() -> None:
    level = _level(
        name="Gold VIP", customer_id=7, customer_name="Fjällbacka Rederi AB", coverage="Mon-Fri 07:00-19:00",
        availability_pct=D("99.950"), internal_availability_pct=D("99.9600"), availability_period="quarter",
        internal_buffer_pct=D("25.0"), regions=("City", "Rural"), min_units=20, fixed_fee=D("400"), unit="site",
        monthly_fee=D("520.5"), value_unit="delivered_item", value_price=D("85"),
        bands=(BandInfo(100, D("5.0")), BandInfo(250, D("10"))),
        targets=(
            TargetInfo("P1", 15, 60, False, 12, 48, "24x7"),
            TargetInfo("P3", 120, 600, True, 90, 450, "Mon-Fri 08:00-17:00"),
        ),
        commitments=(CommitmentInfo("Replacement shipped", D("3"), D("2.40"), "working_days"),),
        variants=(VariantInfo("Rural", D("15.0"), {"P2": (960, 2880), "P1": (480, 1440)}),),
        names={"sv": "Guld VIP"},
    )
    (service,) = quotes.catalogue_report([ServiceInfo(3, "HW", "Hardware", "On-site support", (level,),
                                                      names={"uk": "Обладнання"})])
    assert (service["code"], service["name"], service["description"]) == ("HW", "Hardware", "On-site support")
    assert service["names"] == {"uk": "Обладнання"}
    assert service["levels"] == [{
        "name": "Gold VIP",
        "names": {"sv": "Guld VIP"},
        "vip_customer": "Fjällbacka Rederi AB",
        "coverage": "Mon-Fri 07:00-19:00",
        "availability": {"external_pct": "99.95", "internal_pct": "99.96", "period": "quarter"},
        "internal_buffer_pct": "25",
        "regions": ["City", "Rural"],
        "min_units": 20,
        "price_model": {
            "currency": "EUR", "fixed_fee": "400.00", "unit": "site", "unit_fee": "520.50",
            "value_unit": "delivered_item", "value_price": "85.00",
            "volume_bands": [{"from_units": 100, "discount_pct": "5"}, {"from_units": 250, "discount_pct": "10"}],
        },
        "targets": [
            {"priority": "P1", "external": {"response_minutes": 15, "resolution_minutes": 60},
             "internal": {"response_minutes": 12, "resolution_minutes": 48}, "hours": "calendar", "calendar": "24x7"},
            {"priority": "P3", "external": {"response_minutes": 120, "resolution_minutes": 600},
             "internal": {"response_minutes": 90, "resolution_minutes": 450}, "hours": "business",
             "calendar": "Mon-Fri 08:00-17:00"},
        ],
        "commitments": [{"description": "Replacement shipped", "external": "3", "internal": "2.4", "unit": "working_days"}],
        "regional_variants": [{
            "region": "Rural", "surcharge_pct": "15",
            "targets": {"P1": {"response_minutes": 480, "resolution_minutes": 1440},
                        "P2": {"response_minutes": 960, "resolution_minutes": 2880}},
        }],
    }]
    assert list(service["levels"][0]["regional_variants"][0]["targets"]) == ["P1", "P2"]  # sorted by priority
    json.dumps(service, ensure_ascii=False)  # plain JSON all through


def test_a_standard_level_names_no_vip_customer_and_no_value_price() -> None:
    (service,) = quotes.catalogue_report([ServiceInfo(1, "SD", "Service desk", "", (_level(),))])
    reported = service["levels"][0]
    assert reported["vip_customer"] is None
    assert reported["price_model"]["value_unit"] is None and reported["price_model"]["value_price"] == "0.00"
    assert reported["regions"] == [] and reported["commitments"] == [] and reported["regional_variants"] == []


def test_the_catalogue_report_reads_the_catalogue_when_given_the_database(demo_db: Database) -> None:
    services = catalogue.list_services(demo_db)
    report = quotes.catalogue_report(db=demo_db)
    assert report == quotes.catalogue_report(services)
    assert [s["code"] for s in report] == [s.code for s in services] and len(report) == 5
    vip = [level["vip_customer"] for s in report for level in s["levels"] if level["vip_customer"]]
    assert vip == ["Fjällbacka Rederi AB"]


@pytest.mark.parametrize(
    ("level", "text"),
    [
        (_level(unit="site", monthly_fee=D("520"), fixed_fee=D("400")), "fixed 400.00 + 520.00 per site EUR/month"),
        (_level(unit="user", monthly_fee=D("18"), bands=(BandInfo(100, D("5.00")), BandInfo(250, D("10")))),
         "18.00 per user; -5 % from 100, -10 % from 250 EUR/month"),
        (_level(unit="none", monthly_fee=D("0"), fixed_fee=D("150"), value_unit="delivered_item", value_price=D("85"),
                currency="SEK"),
         "fixed 150.00 + 85.00 per delivered item SEK/month"),
        (_level(unit="none", monthly_fee=D("0")), "free EUR/month"),
        (_level(unit="device", monthly_fee=D("2.5"), value_unit="resolved_incident", value_price=D("12")),
         "2.50 per device + 12.00 per resolved incident EUR/month"),
    ],
)
def test_the_price_model_reads_as_one_line(level: LevelInfo, text: str) -> None:
    assert quotes.price_model_text(level) == text


@pytest.mark.parametrize(
    ("amount", "unit", "text"),
    [
        (D("1"), "working_days", "1 working day"),
        (D("1.0"), "hours", "1 hour"),
        (D("0.8"), "working_days", "0.8 working days"),
        (D("4.00"), "business_hours", "4 business hours"),
        (D("10"), "calendar_days", "10 calendar days"),
    ],
)
def test_a_commitment_reads_with_its_unit_singular_for_one(amount: Decimal, unit: str, text: str) -> None:
    assert quotes.commitment_text(amount, unit) == text


def test_each_availability_period_reads_in_words() -> None:
    assert [quotes.period_text(p) for p in ("month", "quarter", "year")] == ["per month", "per quarter", "per year"]


# Prices as data


def test_a_breakdown_reports_amounts_exactly_and_an_override_with_its_reason() -> None:
    price = _breakdown(
        fixed_fee=D("400"), units=180, unit_fee=D("0.3333"), discount_pct=D("5.0"), surcharge_pct=D("15"),
        value_volume=12, value_price=D("85.5"), list_total=D("7524"), override=D("7200.00"),
        override_reason="Framework price",
    )
    assert quotes.breakdown_report(price) == {
        "fixed_fee": "400.00", "units": 180, "unit_fee": "0.3333", "discount_pct": "5", "surcharge_pct": "15",
        "value_volume": 12, "value_price": "85.50", "list_total": "7524.00", "override": "7200.00",
        "override_reason": "Framework price", "total": "7200.00",
    }


def test_a_breakdown_without_override_reports_none_for_it() -> None:
    report = quotes.breakdown_report(_breakdown(list_total=D("1E+3")))
    assert (report["override"], report["override_reason"]) == (None, None)
    assert report["total"] == report["list_total"] == "1000.00"
    assert report["discount_pct"] == "0" and report["unit_fee"] == "26.00"


# An agreement's quote


def _draft_from(db: Database, rep: Actor, title: str) -> str:
    document = next(d for d in requirements.list_documents(db) if d.title == title)
    return agreements.create_draft(
        db, rep, requirements_document_id=document.id, title=title,
        start_date=dt.date(2027, 1, 1), end_date=dt.date(2027, 12, 31),
    )


def test_a_quote_lists_the_priced_lines_with_tax_and_totals(demo_db: Database, people: dict[str, Actor]) -> None:
    number = _draft_from(demo_db, people["anna"], "Fleet expansion 2027")  # 25 % tax, a VIP price
    result = quotes.agreement_quote(demo_db, number)
    assert result.comparison is None and result.lines == result.detail.lines
    report = quotes.quote_report(result)
    assert "compare_levels" not in report
    assert (report["number"], report["version"], report["customer"]) == (number, 1, "Fjällbacka Rederi AB")
    assert report["lines"] == [
        {"position": 1, "service": "Service desk", "level": "Gold VIP (Fjällbacka Rederi)",
         "site": "Fartygen (12 fartyg)", "quantity": 180, "unit_price": "44.00", "line_total": "7200.00"},
        {"position": 2, "service": "User onboarding and offboarding", "level": "Silver", "site": "Fjällbacka kontor",
         "quantity": 60, "unit_price": "6.00", "line_total": "360.00"},
    ]
    assert report["totals"] == {
        "currency": "EUR", "subtotal": "7560.00", "tax_rate_pct": "25", "tax": "1890.00", "total": "9450.00",
    }


def test_compared_levels_price_every_requirement_at_every_level(demo_db: Database, people: dict[str, Actor]) -> None:
    number = _draft_from(demo_db, people["anna"], "Fleet expansion 2027")
    report = quotes.quote_report(quotes.agreement_quote(demo_db, number, compare_levels=True))
    desk, onboarding = report["compare_levels"]["lines"]
    assert (desk["position"], desk["service"], desk["site"], desk["state"], desk["chosen"], desk["infeasible_reason"]) == (
        1, "Service desk", "Fartygen (12 fartyg)", "traced", "Gold VIP (Fjällbacka Rederi)", None
    )
    assert list(desk["levels"]) == ["Bronze", "Silver", "Gold", "Gold VIP (Fjällbacka Rederi)"]
    assert desk["levels"]["Bronze"]["feasible"] is False
    assert desk["levels"]["Bronze"]["problems"] == ["Bronze covers Mon-Fri 08:00-17:00, not 24x7"]
    assert desk["levels"]["Gold"] == {
        "price": {"fixed_fee": "0.00", "units": 180, "unit_fee": "39.00", "discount_pct": "5", "surcharge_pct": "0",
                  "value_volume": 0, "value_price": "0.00", "list_total": "6669.00", "override": None,
                  "override_reason": None, "total": "6669.00"},
        "feasible": True, "problems": [],
    }
    vip = desk["levels"]["Gold VIP (Fjällbacka Rederi)"]["price"]
    assert (vip["list_total"], vip["override"], vip["total"]) == ("7524.00", "7200.00", "7200.00")
    assert onboarding["chosen"] == "Silver" and onboarding["levels"]["Silver"]["price"]["list_total"] == "360.00"
    # Side by side only where every line can have the level: the desk's 24x7 rules out Bronze and Silver.
    assert report["compare_levels"]["totals_per_level"] == {
        "Gold": {"currency": "EUR", "subtotal": "7239.00", "tax_rate_pct": "25", "tax": "1809.75", "total": "9048.75"},
    }


def test_compared_levels_show_what_cannot_be_met_and_what_has_no_service(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    number = _draft_from(demo_db, people["anna"], "Housing estates 2027")
    lines = quotes.quote_report(quotes.agreement_quote(demo_db, number, compare_levels=True))["compare_levels"]["lines"]
    hardware, cameras, desk = lines
    assert hardware["state"] == "infeasible" and hardware["infeasible_reason"].startswith("Inställelse på plats")
    assert hardware["chosen"] is None and hardware["service"] == "On-site printer and hardware support"
    assert (cameras["service"], cameras["levels"], cameras["state"]) == (None, {}, "infeasible")
    assert desk["state"] == "traced" and desk["chosen"] == "Silver" and desk["infeasible_reason"] is None


def test_an_agreement_without_requirements_has_nothing_to_compare(demo_db: Database) -> None:
    with demo_db.unit_of_work() as session:
        from sqlalchemy import update

        from slamdesk.models import Agreement

        session.execute(update(Agreement).where(Agreement.number == "SLA-2026-0007").values(requirements_document_id=None))
    result = quotes.agreement_quote(demo_db, "SLA-2026-0007", compare_levels=True)
    assert result.comparison is None and "compare_levels" not in quotes.quote_report(result)
    assert result.totals.subtotal == result.detail.monthly_total


def test_an_amount_finer_than_cents_is_written_out_in_full_never_in_e_notation() -> None:
    report = quotes.breakdown_report(_breakdown(unit_fee=D("0.00000005"), value_price=D("12.34500")))
    assert (report["unit_fee"], report["value_price"]) == ("0.00000005", "12.345")


def test_the_price_model_reads_in_the_persons_language() -> None:
    level = _level(unit="user", monthly_fee=D("18"), fixed_fee=D("400"), bands=(BandInfo(100, D("5")),))
    try:
        words.set_language("sv")
        assert quotes.price_model_text(level) == "fast 400.00 + 18.00 per användare; -5 % från 100 EUR/månad"
        assert quotes.price_model_text(_level(unit="none", monthly_fee=D("0"))) == "kostnadsfritt EUR/månad"
    finally:
        words.set_language("en")
