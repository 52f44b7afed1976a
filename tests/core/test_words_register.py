"""Refusals of core's register reaching the person in their language: an agreement placed under itself in the
levels, and a saved filter that is not there, refused in Ukrainian and in Swedish with the number and name in them."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from slamdesk.core import saved_filters, structure, words
from slamdesk.core.db import Database
from slamdesk.core.errors import NotFoundError, ValidationError
from slamdesk.core.roles import Actor
from slamdesk.models import Agreement


def test_register_refusals_reach_the_person_in_their_language(demo_db: Database, people: dict[str, Actor]) -> None:
    with demo_db.read() as session:
        number = session.scalars(select(Agreement.number).where(Agreement.kind.in_(structure.SLA_KINDS))
                                 .order_by(Agreement.number)).first()
    assert number is not None
    anna = people["anna"]
    wanted = {
        "uk": (f"{number} не можна розмістити під самою собою", "немає збереженого фільтра з назвою 'Мої'"),
        "sv": (f"{number} kan inte placeras under sig själv", "inget sparat filter med namnet 'Mine'"),
        "en": (f"{number} cannot be placed under itself", "no saved filter named 'Mine'"),
    }
    try:
        for language, (placed, missing) in wanted.items():
            words.set_language(language)
            with pytest.raises(ValidationError) as refused:
                structure.set_parent(demo_db, anna, number, number)
            assert (str(refused.value), refused.value.field) == (placed, "parent")
            with pytest.raises(NotFoundError) as refused_filter:
                saved_filters.get_saved_filter(demo_db, anna, "Мої" if language == "uk" else "Mine")
            assert str(refused_filter.value) == missing
    finally:
        words.set_language("en")
