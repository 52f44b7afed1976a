"""A refusal of core's agreement modules reaching the person in their language: activating an agreement that is
still a draft is refused in Ukrainian and in Swedish, naming the state it is in and the state it must be in."""

from __future__ import annotations

import pytest

from slamdesk.core import agreements, words
from slamdesk.core.db import Database
from slamdesk.core.errors import TransitionError
from slamdesk.core.roles import Actor

from .helpers import draft


def test_activating_a_draft_is_refused_in_the_persons_language(demo_db: Database, people: dict[str, Actor]) -> None:
    anna = people["anna"]
    number = draft(demo_db, anna)
    try:
        words.set_language("uk")
        with pytest.raises(TransitionError) as refused:
            agreements.activate(demo_db, anna, number)
        assert str(refused.value) == "не можна активувати угоду в стані «чернетка» (лише в стані: підписано)"
        words.set_language("sv")
        with pytest.raises(TransitionError) as refused:
            agreements.activate(demo_db, anna, number)
        assert str(refused.value) == "kan inte aktivera ett avtal med status utkast (bara vid signerat)"
    finally:
        words.set_language("en")
    with pytest.raises(TransitionError) as refused:
        agreements.activate(demo_db, anna, number)
    assert str(refused.value) == "cannot activate an agreement that is draft (only when signed)"
