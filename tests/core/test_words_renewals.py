"""A refusal of core's renewals reaching the person in their language: a tacit agreement's renewal, which nobody
confirms, refused in Ukrainian and in Swedish with the agreement's number in it."""

from __future__ import annotations

import pytest

from slamdesk.core import words
from slamdesk.core.db import Database
from slamdesk.core.errors import TransitionError
from slamdesk.core.renewals import standing
from slamdesk.core.renewals.terms import Renewal
from slamdesk.core.roles import Actor
from tests.conftest import DEMO_TODAY


def test_confirming_a_tacit_renewal_is_refused_in_the_persons_language(demo_db: Database, people: dict[str, Actor]) -> None:
    with demo_db.read() as session:
        number = next(one.number for _id, one in standing.standings(session, DEMO_TODAY)
                      if one.terms.renewal is Renewal.TACIT and one.state is standing.State.RUNNING)
    try:
        words.set_language("uk")
        with pytest.raises(TransitionError) as refused:
            standing.renew(demo_db, people["anna"], number, DEMO_TODAY)
        assert str(refused.value) == f"{number} продовжується автоматично: підтверджують лише явне продовження"
        words.set_language("sv")
        with pytest.raises(TransitionError) as refused:
            standing.renew(demo_db, people["anna"], number, DEMO_TODAY)
        assert str(refused.value) == f"{number} förlängs automatiskt: bara en uttrycklig förlängning bekräftas"
    finally:
        words.set_language("en")
    with pytest.raises(TransitionError) as refused:
        standing.renew(demo_db, people["anna"], number, DEMO_TODAY)
    assert str(refused.value) == f"{number} renews by itself: only an express renewal is confirmed"
