"""The requirements document at its edges: what it shows when little is given or the prices are unusual (issue 18)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from slamdesk.core.catalogue import ServiceInfo
from slamdesk.core.pricing import Volumes
from slamdesk.documents.tree import Heading, Paragraph, SignatureBlock, Table

from .test_requirements_document_tree import DESK, build, item, level, only, section, view

pytestmark = pytest.mark.rule_edges  # on SQLite: the feature's own tests run it on both backends (tests/conftest.py)

D = Decimal


def test_a_requirement_that_counts_nothing_shows_a_dash_for_its_volumes() -> None:
    rows = only(section(build(view(item(volumes=Volumes(sites=0), level_id=None))), 1), Table)[0].rows
    assert rows[0][-1] == "—"


def test_a_need_one_character_past_the_limit_is_cut_in_its_heading() -> None:
    need = "x" * 61
    blocks = section(build(view(item(service_id=None, service_name="", need=need, level_id=None))), 2)
    assert [b.text for b in blocks if isinstance(b, Heading) and b.level == 2] == ["x" * 57 + "…"]


def test_a_level_chosen_only_for_a_requirement_that_cannot_be_met_prices_nothing() -> None:
    document = build(view(item(infeasible_kind="technical", infeasible_reason="Too far")))
    assert section(document, 5)[1:] == [Paragraph("No requirement is priced yet.")]


def test_a_line_priced_in_another_currency_shows_its_own() -> None:
    krona = ServiceInfo(2, "NET", "Network monitoring", "", (level(id=7, name="Bas", unit="site", currency="SEK",
                                                                     monthly_fee=D("500")),))
    blocks = section(build(view(
        item(volumes=Volumes(users=2)),
        item(id=6, position=2, service_id=2, service_name="Network monitoring", level_id=7, volumes=Volumes(sites=2)),
    ), services=(DESK, krona)), 5)
    rows = only(blocks, Table)[0].rows
    assert [(row[5], row[6]) for row in rows] == [("€39.00", "€78.00"), ("SEK500.00", "SEK1,000.00")]


def test_levels_are_compared_in_their_currency_before_any_is_chosen() -> None:
    blocks = section(build(view(item(level_id=None, volumes=Volumes(users=10)))), 6)
    assert only(blocks, Table)[0].rows == (("Gold", "€390.00", "€78.00", "€468.00"),)


def test_a_tax_rate_of_one_percent_is_added() -> None:
    footer = only(section(build(view(tax_rate_pct=D("1"))), 5), Table)[0].footer_rows
    assert [row[1] for row in footer] == ["Total per month", "Tax (1%)", "Total per month including tax"]


def test_the_customers_approval_is_labelled_in_the_customers_language() -> None:
    (block,) = only(section(build(view(customer_language="sv")), 7), SignatureBlock)
    assert (block.labels, block.signature_label) == (("Namn", "Befattning", "Undertecknat"), "Underskrift")

