"""The one change path (``ui/operations.py``): where a refusal is shown, and who is told of a change."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from slamdesk.core.errors import ConcurrencyError, NotFoundError, PermissionDenied, ValidationError
from slamdesk.ui import operations
from slamdesk.ui.common.widgets import ErrorLabel, FieldErrors
from slamdesk.ui.context import AppContext
from slamdesk.ui.operations import Area, Changed


class Heard:
    """What every view and the status line were told."""

    def __init__(self, context: AppContext) -> None:
        self.changes: list[Changed] = []
        self.messages: list[str] = []
        context.changed.connect(self.changes.append)
        context.message.connect(self.messages.append)


@pytest.fixture
def heard(qapp: object, context: AppContext) -> Heard:
    return Heard(context)


@pytest.fixture
def form(qtbot: QtBot) -> tuple[QWidget, FieldErrors, QLineEdit]:
    window, errors, name = QWidget(), FieldErrors(), QLineEdit()
    qtbot.addWidget(window)
    QVBoxLayout(window).addWidget(errors.field("name", name))
    return window, errors, name


def refused(error: Exception) -> object:
    raise error


def test_success_tells_every_view_once_and_says_what_was_done(context: AppContext, heard: Heard) -> None:
    done = operations.change(None, context, lambda: 41 + 1, what="Count", changed=Changed.agreement("SLA-1"),
                             done=lambda value: f"counted {value}")
    assert done and done.value == 42 and done.error is None
    assert heard.changes == [Changed(Area.AGREEMENTS, "SLA-1")]
    assert heard.messages == ["counted 42"]


def test_a_refusal_about_a_field_is_shown_beside_it_and_nowhere_else(
    context: AppContext, heard: Heard, form: tuple[QWidget, FieldErrors, QLineEdit], shown_errors: list[tuple[str, str]]
) -> None:
    window, errors, _name = form
    error = ValidationError("a name is needed", field="name")
    done = operations.change(window, context, lambda: refused(error), what="Save", changed=Changed.agreement(),
                             done="saved", fields=errors)
    assert not done and done.error is error and done.value is None
    assert errors.message("name") == "a name is needed"
    assert shown_errors == [] and heard.messages == [] and heard.changes == []  # nothing stored, nobody told


def test_a_field_error_without_a_form_is_one_message_box_and_the_status_line(
    context: AppContext, heard: Heard, shown_errors: list[tuple[str, str]]
) -> None:
    operations.change(None, context, lambda: refused(ValidationError("too long", field="name")), what="Save",
                      changed=None)
    assert shown_errors == [("Save", "too long")]
    assert heard.messages == ["Save: not done. too long"]


def test_a_stale_save_goes_to_the_stale_bar_never_beside_a_field(
    context: AppContext, heard: Heard, form: tuple[QWidget, FieldErrors, QLineEdit], shown_errors: list[tuple[str, str]]
) -> None:
    window, errors, _name = form
    stale: list[ConcurrencyError] = []
    error = ConcurrencyError("changed by Linh")
    operations.change(window, context, lambda: refused(error), what="Save", changed=Changed.agreement(),
                      fields=errors, stale=stale.append)
    assert stale == [error]
    assert errors.message("name") == "" and shown_errors == [] and heard.changes == []


def test_any_other_refusal_is_one_message_box_titled_with_the_action_and_the_status_line(
    context: AppContext, heard: Heard, form: tuple[QWidget, FieldErrors, QLineEdit], shown_errors: list[tuple[str, str]]
) -> None:
    window, errors, _name = form
    operations.change(window, context, lambda: refused(PermissionDenied("only legal may approve")), what="Approve",
                      changed=Changed.agreement("SLA-1"), fields=errors, stale=lambda _e: None)
    assert shown_errors == [("Approve", "only legal may approve")]
    assert heard.messages == ["Approve: not done. only legal may approve"]
    assert heard.changes == [] and errors.message("name") == ""


def test_a_window_with_its_own_status_line_hears_its_refusals_there(
    context: AppContext, heard: Heard, shown_errors: list[tuple[str, str]]
) -> None:
    said: list[str] = []
    operations.change(None, context, lambda: refused(NotFoundError("no such service")), what="Save service",
                      changed=None, say=said.append)
    operations.change(None, context, lambda: "S-1", what="Save service", changed=None, done="saved", say=said.append)
    assert said == ["Save service: not done. no such service", "saved"]
    assert heard.messages == [] and shown_errors == [("Save service", "no such service")]


def test_in_place_the_caller_alone_shows_the_refusal(
    context: AppContext, heard: Heard, shown_errors: list[tuple[str, str]]
) -> None:
    error = NotFoundError("no agreement SLA-9")
    for run in (operations.change, operations.query):
        outcome = run(None, context, lambda: refused(error), what="Read", in_place=True,  # type: ignore[operator]
                      **({"changed": Changed.agreement()} if run is operations.change else {}))
        assert outcome.error is error
    assert shown_errors == [] and heard.messages == [] and heard.changes == []


def test_a_read_tells_nobody_and_a_refused_read_is_shown(
    context: AppContext, heard: Heard, shown_errors: list[tuple[str, str]]
) -> None:
    assert operations.query(None, context, lambda: [1, 2], what="Versions of SLA-1").value == [1, 2]
    assert heard.changes == [] and heard.messages == []
    assert not operations.query(None, context, lambda: refused(NotFoundError("no agreement SLA-1")),
                                what="Versions of SLA-1")
    assert shown_errors == [("Versions of SLA-1", "no agreement SLA-1")]


def test_a_panel_with_one_label_shows_every_refusal_but_a_stale_one_there(
    qtbot: QtBot, context: AppContext, shown_errors: list[tuple[str, str]]
) -> None:
    label = ErrorLabel()
    qtbot.addWidget(label)
    beside = operations.Beside(label)
    operations.change(None, context, lambda: refused(PermissionDenied("sent to the customer")), what="Choose level",
                      changed=None, fields=beside)
    assert label.text() == "sent to the customer" and shown_errors == []
    stale: list[ConcurrencyError] = []
    operations.change(None, context, lambda: refused(ConcurrencyError("changed")), what="Choose level",
                      changed=None, fields=beside, stale=stale.append)
    assert label.text() == "" and len(stale) == 1  # cleared as the change began, the stale one in its bar


def test_what_then_follows_the_refusal_in_its_message_box(
    qapp: object, context: AppContext, shown_errors: list[tuple[str, str]]
) -> None:
    operations.refuse(None, context, "Cannot undo", PermissionDenied("changed since"), then="The history was cleared.")
    assert shown_errors == [("Cannot undo", "changed since\n\nThe history was cleared.")]


@pytest.mark.parametrize(("change", "area", "key", "about"), [
    (Changed.agreement("SLA-1"), Area.AGREEMENTS, "SLA-1", True),
    (Changed.agreement("SLA-1"), Area.AGREEMENTS, "", True),  # a view of every agreement
    (Changed.agreement("SLA-1"), Area.AGREEMENTS, "SLA-2", False),
    (Changed.agreement(), Area.AGREEMENTS, "SLA-2", True),  # several agreements changed
    (Changed.agreement("SLA-1"), Area.REQUIREMENTS, "", False),
    (Changed(Area.REQUIREMENTS, "7"), Area.REQUIREMENTS, "7", True),
    (Changed(Area.CATALOGUE, "3"), Area.AGREEMENTS, "", False),
    (Changed(Area.EVERYTHING), Area.CATALOGUE, "3", True),  # a restore: every view reads again
])
def test_a_view_reads_again_when_a_change_is_about_what_it_shows(change: Changed, area: Area, key: str,
                                                                 about: bool) -> None:
    assert change.about(area, key) is about
