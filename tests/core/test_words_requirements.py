"""A refusal of core's requirements area reaching the person in their language: a customer name holding a control
character, refused in Ukrainian and in Swedish with the field's own name, the character and where it is."""

from __future__ import annotations

import pytest

from slamdesk.core import customers, words
from slamdesk.core.db import Database
from slamdesk.core.errors import ValidationError
from slamdesk.core.roles import Actor


def _refusal(db: Database, admin: Actor) -> ValidationError:
    with pytest.raises(ValidationError) as refused:
        customers.create_customer(db, admin, name="Acme\x00 AB", country="SE", language="sv", contact_name="Åsa Öberg")
    assert refused.value.field == "name"
    return refused.value


def test_a_control_character_in_a_customer_name_is_refused_in_the_persons_language(db: Database, admin: Actor) -> None:
    try:
        words.set_language("uk")
        assert str(_refusal(db, admin)) == "назва замовника містить керівний символ (U+0000 NULL) у позиції 5: видаліть його"
        words.set_language("sv")
        assert str(_refusal(db, admin)) == "kundnamnet innehåller ett styrtecken (U+0000 NULL) vid tecken 5: ta bort det"
    finally:
        words.set_language("en")
    assert str(_refusal(db, admin)) == "the customer name contains a control character (U+0000 NULL) at character 5: remove it"
    assert customers.list_customers(db) == []
