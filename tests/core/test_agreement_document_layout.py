"""How the agreement document lays out its tables and names the days of its hours (issue 18).

The renderers (``documents/pdf.py`` and ``docx.py``) give each column the share of the width its table names,
falling back to equal columns when a table names none or the wrong number; these are the shares a reader sees.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from slamdesk.core.agreement_document import coverage_text, signed_facts
from slamdesk.core.reviews import AssignmentView, CommentView, RoundView
from slamdesk.documents.tree import Table, TitlePage

from .test_agreement_document_tree import DETAIL, DRAFT, PROVIDER, build, only

AT = dt.datetime(2026, 11, 3, 9, 0, tzinfo=dt.UTC)


def test_each_table_gives_its_columns_their_share_of_the_width() -> None:
    rounds = (RoundView(1, 2, "changes_requested", AT, (
        AssignmentView("Petra Holm", 7, "legal_reviewer", dt.date(2026, 11, 5), "changes_requested", AT,
                       (CommentView("general", "Clarify.", AT),)),
    )),)
    tables = only(list(build(replace(DETAIL, rounds=rounds)).blocks), Table)
    assert [(t.headers[1], t.headers[-1], t.widths) for t in tables] == [
        ("Response time", "Counted in", (1.3, 1, 1, 1.3)),  # each line's targets
        ("Response time", "Counted in", (1.3, 1, 1, 1.3)),
        ("Service", "Total per month", (0.4, 2, 1, 1.6, 0.9, 1.4, 1.4)),  # pricing
        ("Service", "Credit per month", (0.35, 1.9, 2.5, 1.1, 1.35)),  # credits: the band measured widest
        ("Role", "Comment", (1.4, 1.3, 1.2, 1.5, 2)),  # review decisions
        ("Section", "Comment", (1.4, 1.8, 4)),  # review comments: the comment widest
    ]
    assert all(len(t.widths) == len(t.headers) for t in tables)  # never the equal columns of a wrong count


DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SWEDISH = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")


@pytest.mark.parametrize(("index", "code"), list(enumerate(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))))
def test_every_day_of_the_week_is_named_in_the_hours(index: int, code: str) -> None:
    assert coverage_text(f"{code}-{code} 09:00-12:00", "en") == f"{DAYS[index]}–{DAYS[index]}, 9:00\u202fAM–12:00\u202fPM"
    assert coverage_text(f"Mon-{code} 09:00-12:00", "sv").startswith(f"måndag–{SWEDISH[index]}, ")


def test_the_page_numbers_and_the_cover_are_worded_in_the_agreements_language() -> None:
    document = build(replace(DETAIL, language="sv"))
    assert (document.page_label, document.page_of_label) == ("Sida", "av")
    cover = document.blocks[0]
    assert isinstance(cover, TitlePage) and (cover.between, cover.and_word) == ("mellan", "och")


def test_a_time_recorded_in_another_zone_is_shown_in_utc() -> None:
    stockholm = dt.timezone(dt.timedelta(hours=2))
    review = replace(DETAIL.reviews[0], decided_at=dt.datetime(2026, 6, 2, 11, 30, tzinfo=stockholm))
    blocks = build(replace(DETAIL, reviews=(review,))).blocks
    (decisions,) = [t for t in only(list(blocks), Table) if t.headers[1] == "Role"]
    assert decisions.rows[0][3] == "Jun 2, 2026, 9:30:00\u202fAM UTC"


@pytest.mark.parametrize(("rate", "shown", "tax"), [("1", "1%", "£79.90"), ("0.5", "0.5%", "£39.95")])
def test_a_tax_rate_of_one_percent_or_less_is_still_charged(rate: str, shown: str, tax: str) -> None:
    blocks = build(replace(DETAIL, tax_rate_pct=Decimal(rate))).blocks
    (pricing,) = [t for t in only(list(blocks), Table) if t.headers[-1] == "Total per month"]
    assert [row[1] for row in pricing.footer_rows] == ["Total per month", f"Tax ({shown})", "Total per month including tax"]
    assert pricing.footer_rows[1][-1] == tax


def test_a_version_not_yet_sealed_claims_no_content_hash() -> None:
    assert "content hash" not in dict(signed_facts(DRAFT, PROVIDER))  # its document shows none
    assert dict(signed_facts(DETAIL, PROVIDER))["content hash"] == DETAIL.content_sha256
