"""The refusals a person meets: their words, the input they belong to, who changed a record and when."""

from __future__ import annotations

import datetime as dt

import pytest

from slamdesk.core.errors import ConcurrencyError, SlamdeskError, ValidationError


def test_a_validation_error_says_what_is_wrong_and_names_its_input() -> None:
    with pytest.raises(SlamdeskError) as raised:
        raise ValidationError("the name cannot be empty", field="name")
    assert str(raised.value) == "the name cannot be empty"
    assert raised.value.message == "the name cannot be empty"
    assert raised.value.field == "name"
    assert ValidationError("too long").field is None


def test_a_stale_save_says_who_changed_the_record_and_when() -> None:
    when = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)
    error = ConcurrencyError("the service was changed by Anna at 10:30", changed_by="Anna", changed_at=when)
    assert str(error) == "the service was changed by Anna at 10:30"
    assert error.message == "the service was changed by Anna at 10:30"
    assert (error.changed_by, error.changed_at) == ("Anna", when)
    unknown = ConcurrencyError("changed elsewhere")
    assert (unknown.changed_by, unknown.changed_at) == (None, None)


def test_the_words_stay_the_message_when_the_input_or_who_and_when_are_given_in_order() -> None:
    when = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)
    assert str(ValidationError("the name cannot be empty", "name")) == "the name cannot be empty"
    assert str(ConcurrencyError("changed by Anna", "Anna", when)) == "changed by Anna"
