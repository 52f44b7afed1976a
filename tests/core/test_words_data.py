"""A refusal of core's data modules reaching the person in their language: a representative who tries to change
a shared setting is refused in Ukrainian and in Swedish, naming the role, the action and the roles it needs."""

from __future__ import annotations

import pytest

from slamdesk.core import settings, words
from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied
from slamdesk.core.roles import Actor


def test_a_setting_changed_by_a_representative_is_refused_in_the_persons_language(
    demo_db: Database, people: dict[str, Actor]
) -> None:
    anna = people["anna"]
    try:
        words.set_language("uk")
        with pytest.raises(PermissionDenied) as refused:
            settings.set_setting(demo_db, anna, settings.PROVIDER_NAME, "Nordlys AB")
        assert str(refused.value) == (
            "Anna Lindqvist (представник) не може змінювати налаштування; потрібна роль: адміністратор")
        words.set_language("sv")
        with pytest.raises(PermissionDenied) as refused:
            settings.set_setting(demo_db, anna, settings.PROVIDER_NAME, "Nordlys AB")
        assert str(refused.value) == "Anna Lindqvist (representant) kan inte ändra inställningar; kräver: administratör"
    finally:
        words.set_language("en")
    with pytest.raises(PermissionDenied) as refused:
        settings.set_setting(demo_db, anna, settings.PROVIDER_NAME, "Nordlys AB")
    assert str(refused.value) == "Anna Lindqvist (representative) cannot change settings; needs: administrator"
