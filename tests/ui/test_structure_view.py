"""The structure view: the tree with supporting agreements, consistency warnings, effective terms."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from slamdesk.core import structure
from slamdesk.ui.context import AppContext
from slamdesk.ui.structure_view import NO_INCONSISTENCIES, StructureView

from ..core.test_structure import CUSTOMER, GROUP, SERVICE, Structure, build_structure
from .shots import shoot


@pytest.fixture
def built(context: AppContext) -> Structure:
    return build_structure(context.db, context.actor)


@pytest.fixture
def view(qtbot: QtBot, context: AppContext, built: Structure) -> StructureView:
    widget = StructureView(context, built.service)
    qtbot.addWidget(widget)
    widget.resize(1180, 820)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _texts(item: QTreeWidgetItem, columns: Iterable[int]) -> tuple[str, ...]:
    return tuple(item.text(column) for column in columns)


def test_the_tree_shows_levels_and_supporting_agreements(view: StructureView, built: Structure) -> None:
    assert view.tree.topLevelItemCount() == 1
    corporate = view.tree.topLevelItem(0)
    assert _texts(corporate, (0, 2, 3, 4, 5)) == (built.corporate, "Customer SLA", GROUP, "Corporate level", "Draft")
    customer = corporate.child(0)
    assert [_texts(customer.child(i), (0, 4)) for i in range(customer.childCount())] == [
        (built.partial_ola, f"Supports {built.customer}"), (built.service, "Service level")
    ]
    service = customer.child(1)
    assert [_texts(service.child(i), (0, 2, 4, 5)) for i in range(service.childCount())] == [
        (built.loose_ola, "Operational level agreement", f"Supports {built.service}", "Draft"),
        (built.uc, "Underpinning contract", f"Supports {built.service}", "Draft"),
    ]
    assert view.tree.currentItem() is service and service.font(0).bold()
    assert not service.child(0).icon(0).isNull()  # the loose OLA is flagged
    assert service.child(1).icon(0).isNull()  # the consistent UC is not


def test_warnings_list_the_consistency_check_of_the_tree(
    view: StructureView, context: AppContext, built: Structure
) -> None:
    expected = [w.message for w in structure.check_structure(context.db, built.service)]
    assert view.warning_texts() == expected and len(expected) == 2
    assert f"OLA {built.loose_ola} (Network team) P1 response 30 min" in expected[1]
    assert not view.warnings.item(0).icon().isNull()

    structure.link_supporting(context.db, context.actor, built.loose_ola, None)
    structure.link_supporting(context.db, context.actor, built.partial_ola, None)
    context.agreements_changed.emit(built.loose_ola)
    assert view.warning_texts() == [NO_INCONSISTENCIES]
    assert view.item_for(built.loose_ola) is None


def test_effective_terms_for_the_chosen_service(view: StructureView, context: AppContext, built: Structure) -> None:
    assert view.services.currentText() == f"{CUSTOMER} — {SERVICE}"
    rows = view.term_rows()
    assert rows[0] == ("Availability", "99.95 %", built.service, "Service level")
    assert ("P2 High response", "1 h", built.customer, "Customer level") in rows
    assert ("P3 Normal resolution", "1 d 16 h", built.corporate, "Corporate level") in rows
    assert len(rows) == len(structure.effective_terms(context.db, CUSTOMER, SERVICE))
    shoot(view, "structure")

    assert view.choose_service(GROUP, SERVICE)
    assert {row[2:] for row in view.term_rows()} == {(built.corporate, "Corporate level")}


def test_double_click_opens_the_agreement_and_an_unknown_number_says_so(
    qtbot: QtBot, view: StructureView, context: AppContext, built: Structure
) -> None:
    item = view.item_for(built.uc)
    assert item is not None
    with qtbot.waitSignal(view.open_agreement) as opened:
        view.tree.itemDoubleClicked.emit(item, 0)
    assert opened.args == [built.uc]

    missing = StructureView(context, "SLA-1999-0001")
    qtbot.addWidget(missing)
    assert "no agreement numbered" in missing.heading.text()
    assert missing.tree.topLevelItemCount() == 0 and not missing.services.isEnabled()
    assert missing.terms_message.text().startswith("No customer service")
    assert view.windowTitle() == f"Structure of {built.service}"
