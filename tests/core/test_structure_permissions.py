"""``may_edit_structure`` says what ``set_parent`` and ``link_supporting`` allow."""

from __future__ import annotations

import pytest

from slamdesk.core import structure, users
from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied
from slamdesk.core.roles import Actor, Role

from .test_structure import Structure, prepare_structure


@pytest.fixture
def rep(db: Database) -> Actor:
    return users.ensure_user(db, "anna", "Anna Lindqvist", Role.REPRESENTATIVE)


@pytest.mark.prepared(build=prepare_structure)
@pytest.mark.parametrize("role", list(Role))
def test_may_edit_structure_matches_what_the_use_cases_allow(
    db: Database, rep: Actor, role: Role, prepared: Structure
) -> None:
    built = prepared
    # A real profile of each role: core checks the stored profile, so a hand-made Actor would be refused.
    actor = users.ensure_user(db, f"someone_{role.value}", f"Someone ({role.label})", role)
    allowed = structure.may_edit_structure(actor)
    assert allowed is (role in (Role.REPRESENTATIVE, Role.ADMINISTRATOR))
    if allowed:
        structure.set_parent(db, actor, built.service, None)
        structure.link_supporting(db, actor, built.uc, None)
        assert structure.structure_tree(db, built.service).root.number == built.service
    else:
        with pytest.raises(PermissionDenied, match=r"cannot arrange agreements into levels; needs: "):
            structure.set_parent(db, actor, built.service, None)
        with pytest.raises(PermissionDenied, match=r"cannot link supporting agreements; needs: "):
            structure.link_supporting(db, actor, built.uc, None)
        assert structure.structure_tree(db, built.service).root.number == built.corporate
