"""Comparing two versions of an agreement: terms, lines and clauses."""

from __future__ import annotations

from decimal import Decimal

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from slamdesk.core import agreements, clauses, versions
from slamdesk.core.db import Database
from slamdesk.core.roles import Actor
from slamdesk.ui import operations
from slamdesk.ui.common import formatting
from slamdesk.ui.context import AppContext
from slamdesk.ui.operations import Changed
from slamdesk.ui.versions.version_compare import VersionCompareDialog
from tests.ui.shots import shoot

SIGNED = "SLA-2026-0002"  # Vietnamese, signed in the demo
DRAFT = "SLA-2026-0007"  # Ukrainian draft, one version


def _dialog(qtbot: QtBot, context: AppContext, number: str, *args: int) -> VersionCompareDialog:
    dialog = VersionCompareDialog(None, context, number, *args)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _amend_with_changes(db: Database, rep: Actor) -> None:
    """Version 2 of SLA-2026-0002: six months' notice instead of three, and 160 service-desk users."""
    assert versions.amend(db, rep, SIGNED, "Add the Đà Nẵng office") == 2
    detail = agreements.get_agreement(db, SIGNED)
    picks = [clauses.ClausePick(None, c.text.replace("ba tháng", "sáu tháng"), c.key, c.title) for c in detail.clauses]
    opened = clauses.current_clauses(db, SIGNED)
    clauses.set_agreement_clauses(db, rep, opened.version_id, picks, row_version=opened.row_version)
    # core has no use case to edit a draft's lines yet: change one row of the new draft directly (test only).
    from slamdesk.models import AgreementLine

    with db.unit_of_work() as session:
        line = session.scalars(
            select(AgreementLine).where(AgreementLine.version_id == versions.current_version_id(db, SIGNED))
            .order_by(AgreementLine.position)
        ).first()
        assert line is not None and line.quantity == 140
        line.quantity = 160
        line.line_total = line.line_total / 140 * 160
        service, site = line.service_name, line.site
    assert (service, site) == ("Service desk", "Hà Nội")


def test_an_amendment_compares_line_by_line_and_clause_by_clause(
    qtbot: QtBot, context: AppContext, shown_errors: list[tuple[str, str]]
) -> None:
    _amend_with_changes(context.db, context.actor)
    dialog = _dialog(qtbot, context, SIGNED)
    assert (dialog.before_combo.currentData(), dialog.after_combo.currentData()) == (1, 2)  # previous vs current
    assert dialog.after_combo.currentText() == "Version 2 — Draft (current)"
    assert dialog.before_combo.currentText() == "Version 1 — Signed"
    assert dialog.summary.text() == "Version 1 → version 2: 1 line changed, 1 clause changed."
    assert [dialog.tabs.tabText(i) for i in range(3)] == ["Terms (0)", "Lines (1)", "Clauses (1)"]
    assert dialog.tabs.currentWidget() is dialog.lines_section  # the terms did not change: lines come first

    ((line, fields),) = dialog.line_rows()
    assert line == "Changed: Service desk · Hà Nội"
    assert ("Quantity", "140", "160") in fields
    assert fields[1][1:] == (formatting.money(Decimal("3458"), "EUR"), formatting.money(Decimal("3952"), "EUR"))
    assert [name for name, _before, _after in fields] == ["Quantity", "Line total"]
    assert dialog.terms_table.isHidden() and "same" in dialog.terms_section.empty.text()

    text = dialog.clauses_view.toPlainText()
    assert "Changed: Chấm dứt hợp đồng (termination)" in text
    assert "ba tháng" in text and "sáu tháng" in text
    assert (change := dialog.diff.clauses[0]).kind == "changed" and any("sáu tháng" in line for line in change.diff)
    assert "line-through" in dialog.clauses_view.toHtml()
    qtbot.wait(50)
    shoot(dialog, "version_compare_lines_vi")
    dialog.tabs.setCurrentWidget(dialog.clauses_section)
    qtbot.wait(50)
    shoot(dialog, "version_compare_clauses_vi")

    dialog.swap()
    assert (dialog.before_combo.currentData(), dialog.after_combo.currentData()) == (2, 1)
    assert ("Quantity", "160", "140") in dialog.line_rows()[0][1]
    dialog.choose(2, 2)
    assert "compared with itself" in dialog.summary.text() and dialog.diff is not None and dialog.diff.unchanged
    assert not shown_errors


def test_a_change_elsewhere_is_shown_again(qtbot: QtBot, context: AppContext) -> None:
    versions.amend(context.db, context.actor, SIGNED, "Add the Đà Nẵng office")
    dialog = _dialog(qtbot, context, SIGNED)
    assert "are the same" in dialog.summary.text()
    assert "same in both versions" in dialog.clauses_section.empty.text()
    detail = agreements.get_agreement(context.db, SIGNED)
    kept = [clauses.ClausePick(None, c.text, c.key, c.title) for c in detail.clauses if c.key != "periodic_review"]
    opened = clauses.current_clauses(context.db, SIGNED)
    clauses.set_agreement_clauses(context.db, context.actor, opened.version_id, kept, row_version=opened.row_version)
    operations.notify(context, Changed.agreement(SIGNED))
    assert dialog.summary.text() == "Version 1 → version 2: 1 clause removed."
    assert "Removed: Rà soát định kỳ thỏa thuận (periodic_review)" in dialog.clauses_view.toPlainText()
    assert "Only in version 1" in dialog.clauses_view.toPlainText()


def test_explicit_versions_are_honoured(qtbot: QtBot, context: AppContext) -> None:
    _amend_with_changes(context.db, context.actor)
    dialog = _dialog(qtbot, context, SIGNED, 2, 1)
    assert (dialog.before_combo.currentData(), dialog.after_combo.currentData()) == (2, 1)
    assert dialog.summary.text().startswith("Version 2 → version 1:")


def test_an_agreement_with_one_version_says_so_plainly(
    qtbot: QtBot, context: AppContext, shown_errors: list[tuple[str, str]]
) -> None:
    dialog = _dialog(qtbot, context, DRAFT)
    assert "has only one version" in dialog.summary.text() and "nothing to compare" in dialog.summary.text()
    assert dialog.tabs.isHidden() and not dialog.before_combo.isEnabled() and not dialog.after_combo.isEnabled()
    assert dialog.diff is None
    qtbot.wait(50)
    shoot(dialog, "version_compare_one_version_uk")
    assert not shown_errors


def test_a_changed_term_shows_before_and_after(qtbot: QtBot, context: AppContext) -> None:
    """A changed term (the monthly total) is listed with both values."""
    _amend_with_changes(context.db, context.actor)
    from slamdesk.models import AgreementVersion

    with context.db.unit_of_work() as session:
        version = session.get(AgreementVersion, versions.current_version_id(context.db, SIGNED))
        assert version is not None
        old_total = version.monthly_total
        version.monthly_total = old_total + Decimal("100")
    dialog = _dialog(qtbot, context, SIGNED)
    assert dialog.tabs.tabText(0) == "Terms (1)" and dialog.tabs.currentIndex() == 0
    assert [dialog.terms_table.item(0, c).text() for c in range(3)] == [
        "Monthly total", formatting.money(old_total, "EUR"), formatting.money(old_total + Decimal("100"), "EUR")
    ]
    assert dialog.summary.text() == "Version 1 → version 2: 1 term changed, 1 line changed, 1 clause changed."
