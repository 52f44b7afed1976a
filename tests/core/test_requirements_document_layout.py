"""How the requirements document lays out its tables: each column's share of the page (issue 18).

The renderers (``documents/pdf.py`` and ``docx.py``) give each column the share of the width its table names,
falling back to equal columns when a table names none or the wrong number; these are the shares a reader sees.
"""

from __future__ import annotations

from slamdesk.documents.tree import Table, TitlePage

from .test_requirements_document_tree import build, item, only, view


def test_each_table_gives_its_columns_their_share_of_the_width() -> None:
    document = build(view(
        item(priority_notes={"P1": "Scanners down"}),
        item(id=6, position=2, infeasible_kind="technical", infeasible_reason="Too far", level_id=None),
    ))
    tables = only(list(document.blocks), Table)
    assert [(t.headers[1], t.headers[-1], t.widths) for t in tables] == [
        ("Need", "Expected volumes", (0.35, 2.4, 1.3, 1.4, 0.9, 1.4)),  # the overview: the need widest
        ("How urgent each priority is", "How urgent each priority is", (1, 3)),
        ("Need", "Reason", (0.35, 2.4, 1, 2.6)),  # what cannot be met: the reason widest
        ("Response time", "Counted in", (1.3, 1, 1, 1.3)),
        ("Service", "Total per month", (0.4, 2, 1, 1.6, 0.9, 1.4, 1.4)),
        ("Total per month", "Total per month including tax", (1.4, 1.4, 1.2, 1.6)),
    ]
    assert all(len(t.widths) == len(t.headers) for t in tables)  # never the equal columns of a wrong count


def test_the_page_numbers_and_the_cover_are_worded_in_the_customers_language() -> None:
    document = build(view(customer_language="sv"))
    assert (document.page_label, document.page_of_label) == ("Sida", "av")
    cover = document.blocks[0]
    assert isinstance(cover, TitlePage) and (cover.between, cover.and_word) == ("mellan", "och")
