"""The structure view: the tree with supporting agreements, consistency warnings, effective terms."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from slamdesk.core import structure
from slamdesk.core.errors import ValidationError
from slamdesk.core.roles import Actor
from slamdesk.ui import operations
from slamdesk.ui.context import AppContext
from slamdesk.ui.operations import Changed
from slamdesk.ui.structure.structure_view import StructureView
from slamdesk.ui.structure.wording import NO_INCONSISTENCIES
from tests.core.test_structure import CUSTOMER, GROUP, SERVICE, Builder, Structure, build_structure
from tests.ui.shots import shoot


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
    operations.notify(context, Changed.agreement(built.loose_ola))
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
    assert view.windowTitle() == f"Structure of {built.service} — slamdesk"


# ------------------------------------------------------------------ changing the structure


@pytest.fixture
def messages(context: AppContext) -> list[str]:
    said: list[str] = []
    context.message.connect(said.append)
    return said


def _open(qtbot: QtBot, context: AppContext, number: str) -> StructureView:
    widget = StructureView(context, number)
    qtbot.addWidget(widget)
    widget.resize(1180, 820)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _shape(view: StructureView) -> list[tuple[str, str, str]]:
    """Every row as (number, the number above it, level column)."""
    rows: list[tuple[str, str, str]] = []
    stack = [view.tree.topLevelItem(i) for i in range(view.tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        above = item.parent()
        rows.append((item.text(0), above.text(0) if above is not None else "", item.text(4)))
        stack.extend(item.child(i) for i in range(item.childCount()))
    return sorted(rows)


def _press(qtbot: QtBot, view: StructureView, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.tree.setFocus()
    qtbot.keyClick(view.tree, key, modifiers)


CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_place_under_nests_the_sla_and_ctrl_z_takes_it_out_again(
    qtbot: QtBot, context: AppContext, built: Structure, messages: list[str], shown_errors: list[tuple[str, str]]
) -> None:
    extra = Builder(context.db, context.actor).agreement(CUSTOMER, "Harbour backup link", "Gold", ("P1",))
    view = _open(qtbot, context, extra)
    assert _shape(view) == [(extra, "", "Standalone")]
    assert view.selected_number() == extra and view.place_action.isEnabled()
    assert not view.detach_action.isEnabled() and "not under another agreement" in view.detach_action.toolTip()
    assert not view.link_action.isEnabled() and not view.unlink_action.isEnabled()
    assert not view.undo_action.isEnabled()

    chooser = view.place_under()
    assert chooser is not None and chooser.isVisible() and view.chooser is chooser
    offered = chooser.offered()
    assert {built.customer, built.service} <= set(offered) and extra not in offered
    assert built.loose_ola not in offered and built.uc not in offered  # OLAs / UCs hold nothing
    assert all(row.customer == CUSTOMER and row.kind in structure.SLA_KINDS
               for row in chooser.find_candidates("") if row.number in offered)
    assert chooser.choose(built.customer)
    shoot(view, "structure_place", chooser)

    changed: list[str] = []
    context.changed.connect(lambda change: changed.append(change.key))
    qtbot.mouseClick(chooser.ok_button, Qt.MouseButton.LeftButton)
    assert not chooser.isVisible() and chooser.message() == ""
    assert changed == [extra]
    assert messages[-1] == f"Place {extra} under {built.customer}: done"
    shape = _shape(view)
    assert (extra, built.customer, "Service level") in shape
    assert (built.customer, built.corporate, "Customer level") in shape
    assert view.tree.topLevelItem(0).text(0) == built.corporate
    assert view.selected_number() == extra and view.detach_action.isEnabled()
    assert view.undo_action.isEnabled() and f"Place {extra} under {built.customer}" in view.undo_action.toolTip()
    shoot(view, "structure_edit")

    _press(qtbot, view, Qt.Key.Key_Z, CTRL)
    assert _shape(view) == [(extra, "", "Standalone")]
    assert structure.structure_tree(context.db, extra).root.children == ()
    assert messages[-1] == f"Undid: Place {extra} under {built.customer}"
    assert not view.undo_action.isEnabled() and view.redo_action.isEnabled()

    _press(qtbot, view, Qt.Key.Key_Y, CTRL)
    assert (extra, built.customer, "Service level") in _shape(view)
    assert shown_errors == []


def test_detach_takes_the_selected_sla_out_of_its_parent(
    qtbot: QtBot, view: StructureView, context: AppContext, built: Structure
) -> None:
    assert view.select(built.customer)
    _press(qtbot, view, Qt.Key.Key_D, CTRL_SHIFT)
    assert view.tree.topLevelItem(0).text(0) == built.customer  # the corporate agreement is no longer above
    assert (built.customer, "", "Corporate level") in _shape(view)  # the levels follow the depth
    assert (built.service, built.customer, "Customer level") in _shape(view)
    assert structure.structure_tree(context.db, built.corporate).root.children == ()
    _press(qtbot, view, Qt.Key.Key_Z, CTRL)
    assert (built.customer, built.corporate, "Customer level") in _shape(view)


def test_a_loop_a_wrong_kind_or_an_unknown_number_is_refused_beside_the_field(
    qtbot: QtBot, view: StructureView, context: AppContext, built: Structure,
    shown_errors: list[tuple[str, str]], messages: list[str],
) -> None:
    before = _shape(view)
    assert view.select(built.corporate)
    chooser = view.place_under()
    assert chooser is not None
    assert built.customer not in chooser.offered() and built.service not in chooser.offered()  # below it

    chooser.search.setText(built.service)
    chooser.refresh()
    assert chooser.offered() == [] and chooser.chosen() == built.service
    with pytest.raises(ValidationError) as loop:
        structure.set_parent(context.db, context.actor, built.corporate, built.service)
    qtbot.mouseClick(chooser.ok_button, Qt.MouseButton.LeftButton)
    assert chooser.isVisible() and chooser.message() == loop.value.message
    assert "would make a loop" in chooser.message()
    assert chooser.errors.label("parent").isVisible()
    shoot(view, "structure_refused", chooser)

    chooser.search.setText(built.loose_ola)
    chooser.refresh()
    assert chooser.offered() == []
    chooser.submit()
    assert chooser.isVisible()
    assert "is an OLA; only a customer or internal SLA can hold other agreements" in chooser.message()

    chooser.search.setText("SLA-1999-0001")
    chooser.submit()
    assert "no agreement numbered 'SLA-1999-0001'" in chooser.message()

    assert _shape(view) == before and view.undo_stack.count() == 0
    assert structure.structure_tree(context.db, built.corporate).root.children[0].number == built.customer
    assert shown_errors == [] and messages == []
    chooser.reject()
    assert view.chooser is None or not view.chooser.isVisible()


def test_linking_an_ola_with_a_looser_target_shows_the_consistency_warning(
    qtbot: QtBot, context: AppContext, built: Structure, messages: list[str]
) -> None:
    ola = Builder(context.db, context.actor).agreement(
        "Network team", "Backup network team", "Team standard", ("P1",), kind="ola"
    )
    view = _open(qtbot, context, ola)
    assert view.warning_texts() == [NO_INCONSISTENCIES]
    assert view.link_action.isEnabled() and not view.unlink_action.isEnabled()
    assert not view.place_action.isEnabled() and "Link as supporting" in view.place_action.toolTip()
    assert not view.detach_action.isEnabled()

    _press(qtbot, view, Qt.Key.Key_L, CTRL_SHIFT)
    chooser = view.chooser
    assert chooser is not None and chooser.isVisible() and chooser.windowTitle() == f"Link {ola} as supporting…"
    assert chooser.ok_button.text() == "&Link"
    chooser.search.setText("Harbour WAN")
    chooser.refresh()
    assert chooser.offered()[0] == built.service
    assert all(row.kind in structure.SLA_KINDS for row in chooser.find_candidates("Harbour WAN"))
    qtbot.keyClick(chooser.search, Qt.Key.Key_Return)
    assert not chooser.isVisible()

    assert messages[-1] == f"Link {ola} to {built.service}: done"
    assert (ola, built.service, f"Supports {built.service}") in _shape(view)
    expected = [w.message for w in structure.check_structure(context.db, ola)]
    assert view.warning_texts() == expected
    assert any(f"OLA {ola} (Backup network team) P1 response 30 min" in text and "15 min" in text
               for text in view.warning_texts())
    item = view.item_for(ola)
    assert item is not None and not item.icon(0).isNull()
    assert view.selected_number() == ola and view.unlink_action.isEnabled()
    assert view.link_action.isEnabled()  # it can be linked to another SLA instead
    shoot(view, "structure_link")


def test_unlink_then_ctrl_z_brings_the_link_back(
    qtbot: QtBot, view: StructureView, context: AppContext, built: Structure,
    messages: list[str], shown_errors: list[tuple[str, str]],
) -> None:
    linked = _shape(view)
    warnings = view.warning_texts()
    assert len(warnings) == 2
    assert view.select(built.loose_ola)
    assert view.unlink_action.isEnabled() and not view.place_action.isEnabled()
    menu = view.context_menu()
    entries = {action.text(): action.isEnabled() for action in menu.actions() if action.text()}
    assert entries["&Unlink"] and not entries["&Place under…"] and not entries["&Detach from parent"]
    menu.close()

    _press(qtbot, view, Qt.Key.Key_U, CTRL_SHIFT)
    assert view.item_for(built.loose_ola) is None
    assert messages[-1] == f"Unlink {built.loose_ola} from {built.service}: done"
    assert not any(built.loose_ola in text for text in view.warning_texts()) and len(view.warning_texts()) == 1
    assert structure.structure_tree(context.db, built.loose_ola).root.number == built.loose_ola

    _press(qtbot, view, Qt.Key.Key_Z, CTRL)
    assert _shape(view) == linked and view.warning_texts() == warnings
    assert structure.structure_tree(context.db, built.loose_ola).find(built.service) is not None
    assert messages[-1] == f"Undid: Unlink {built.loose_ola} from {built.service}"
    assert view.selected_number() == built.loose_ola and shown_errors == []


def test_undo_refuses_when_the_link_changed_elsewhere(
    qtbot: QtBot, view: StructureView, context: AppContext, built: Structure, shown_errors: list[tuple[str, str]]
) -> None:
    assert view.select(built.uc)
    view.unlink()
    structure.link_supporting(context.db, context.actor, built.uc, built.customer)  # another window
    operations.notify(context, Changed.agreement(built.uc))
    _press(qtbot, view, Qt.Key.Key_Z, CTRL)
    assert len(shown_errors) == 1 and shown_errors[0][0] == "Cannot undo"
    assert f"{built.uc} was changed by Anna Lindqvist at " in shown_errors[0][1]
    assert "since you opened it; reload to see their changes" in shown_errors[0][1]
    assert (built.uc, built.customer, f"Supports {built.customer}") in _shape(view)  # left as the other window set it
    assert view.undo_stack.count() == 0 and not view.undo_action.isEnabled()


def test_a_quality_checker_sees_the_actions_disabled_and_why(
    qtbot: QtBot, view: StructureView, context: AppContext, built: Structure, people: dict[str, Actor]
) -> None:
    assert view.select(built.customer)
    view.detach()
    assert view.undo_action.isEnabled()
    context.set_actor(people["budi"])
    for action in (*view.edit_actions, view.undo_action, view.redo_action):
        assert not action.isEnabled(), action.text()
    tip = view.place_action.toolTip()
    assert "(quality checker) cannot change the structure" in tip and "representative or administrator" in tip
    assert view.banner.isVisible() and "Read only" in view.banner.text()
    assert view.place_under() is None and view.link_supporting() is None
    _press(qtbot, view, Qt.Key.Key_Z, CTRL)
    assert structure.structure_tree(context.db, built.customer).root.number == built.customer  # not undone
    shoot(view, "structure_readonly")

    context.set_actor(people["anna"])
    assert not view.banner.isVisible()
    assert view.detach_action.isEnabled() is False and view.place_action.isEnabled() and view.undo_action.isEnabled()


def test_an_agreement_of_another_customer_is_refused_under_a_customer_level_one(
    qtbot: QtBot, context: AppContext, built: Structure
) -> None:
    other = Builder(context.db, context.actor).agreement("Göteborgs Hamn AB", "Hamnens nät", "Gold", ("P1",))
    view = _open(qtbot, context, other)
    chooser = view.place_under()
    assert chooser is not None and built.customer not in chooser.offered()  # another customer's: not offered
    chooser.search.setText("Fjällbacka network")
    chooser.refresh()
    assert chooser.choose(built.customer)  # but found by a search, as corporate ones would be
    chooser.submit()
    assert chooser.isVisible()
    assert "Only a corporate agreement (one without a parent) holds agreements of several customers" in chooser.message()
    label = chooser.errors.label("parent")
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))  # the whole message shows
    assert label.isVisible()
    shoot(view, "structure_refused_customer", chooser)
    assert _shape(view) == [(other, "", "Standalone")] and view.undo_stack.count() == 0


def test_placing_under_another_customers_top_agreement_says_it_becomes_corporate_and_asks_first(
    qtbot: QtBot, context: AppContext, built: Structure, shown_errors: list[tuple[str, str]]
) -> None:
    builder = Builder(context.db, context.actor)
    mine = builder.agreement(CUSTOMER, "Harbour backup link", "Gold", ("P1",))
    theirs = builder.agreement("Strömstad Varv AB", "Yard network", "Gold", ("P1",))  # standalone, another customer
    view = _open(qtbot, context, mine)
    chooser = view.place_under()
    assert chooser is not None
    chooser.search.setText(theirs)
    chooser.refresh()
    assert chooser.choose(theirs)
    assert chooser.warning.isVisible()
    assert f"makes {theirs} a corporate-level agreement" in chooser.warning.text()  # the hint follows the choice
    shoot(view, "structure_place_corporate_warning", chooser)
    chooser.submit()
    box = chooser.confirm_box
    assert box is not None and box.isVisible() and "holding agreements of both customers" in box.text()
    assert structure.structure_tree(context.db, theirs).root.children == ()  # asked before anything is done
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert chooser.isVisible() and structure.structure_tree(context.db, theirs).root.children == ()
    chooser.submit()
    chooser.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert not chooser.isVisible()
    assert [child.number for child in structure.structure_tree(context.db, theirs).root.children] == [mine]
    assert not shown_errors


def test_the_warning_is_not_shown_for_the_same_customer(qtbot: QtBot, context: AppContext, built: Structure) -> None:
    mine = Builder(context.db, context.actor).agreement(CUSTOMER, "Harbour backup link", "Gold", ("P1",))
    chooser = _open(qtbot, context, mine).place_under()
    assert chooser is not None and chooser.choose(built.customer)
    assert chooser.corporate_warning() == "" and not chooser.warning.isVisible()
