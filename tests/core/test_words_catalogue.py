"""A refusal of core's catalogue reaching the person in their language: an internal response aim looser than the
level's buffer allows, refused in Ukrainian and in Swedish with the priority and the times in it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from slamdesk.core import catalogue, words
from slamdesk.core.catalogue import LevelInput
from slamdesk.core.db import Database
from slamdesk.core.errors import ValidationError
from slamdesk.core.roles import Actor

GOLD = LevelInput(
    name="Gold", monthly_fee=Decimal("10"), currency="EUR", coverage="24x7", availability_pct=Decimal("99.9"),
    targets={"P1": (240, 480)}, internal_targets={"P1": (193, 300)},  # 4 h less 20 % is at most 3 h 12 min
)


def _refusal(db: Database, admin: Actor) -> ValidationError:
    with pytest.raises(ValidationError) as refused:
        catalogue.add_service(db, admin, code="X", name="Example", description="", levels=[GOLD])
    assert refused.value.field == "internal_targets"
    return refused.value


def test_a_looser_internal_aim_is_refused_in_the_persons_language(db: Database, admin: Actor) -> None:
    try:
        words.set_language("uk")
        assert str(_refusal(db, admin)) == (
            "P1: внутрішній час реакції 3 h 13 min м’якший за зовнішній 4 h мінус запас 20 % (щонайбільше 3 h 12 min)")
        words.set_language("sv")
        assert str(_refusal(db, admin)) == (
            "P1: den interna svarstiden 3 h 13 min är mindre strikt än den externa 4 h minus 20 % buffert (högst 3 h 12 min)")
    finally:
        words.set_language("en")
    assert str(_refusal(db, admin)) == (
        "P1 internal response 3 h 13 min is looser than the external 4 h less the 20 % buffer (at most 3 h 12 min)")
    assert catalogue.list_services(db) == []
