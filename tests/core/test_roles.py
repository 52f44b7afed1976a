"""Roles and who an Actor really is: the stored profile, checked in the caller's transaction."""

from __future__ import annotations

import pytest

from slamdesk.core.db import Database
from slamdesk.core.errors import PermissionDenied
from slamdesk.core.roles import Actor, Role, acting, require_role
from slamdesk.models import User


def profile(db: Database, username: str, display_name: str, role: Role, *, active: bool = True) -> Actor:
    """A stored profile, written straight to its table."""
    with db.unit_of_work() as session:
        user = User(username=username, display_name=display_name, role=role.value, active=active)
        session.add(user)
        session.flush()
        return Actor(user.id, username, display_name, role)


def refusal(db: Database, actor: object, allowed: set[Role] | None = None, action: str = "approve") -> str:
    with db.read() as session, pytest.raises(PermissionDenied) as caught:
        if allowed is None:
            acting(session, actor)  # type: ignore[arg-type]
        else:
            require_role(actor, allowed, action, session=session)  # type: ignore[arg-type]
    return str(caught.value)


def test_roles_are_stored_and_shown_by_these_names() -> None:
    assert [(role.value, role.label) for role in Role] == [
        ("representative", "Representative"),
        ("legal_reviewer", "Legal reviewer"),
        ("quality_checker", "Quality checker"),
        ("customer_signatory", "Customer signatory"),
        ("administrator", "Administrator"),
    ]


def test_an_actor_acts_as_its_stored_profile(db: Database) -> None:
    rita = profile(db, "rita", "Rita Representative", Role.REPRESENTATIVE)
    with db.read() as session:
        # The display name comes from the profile, not from whoever made the Actor.
        assert acting(session, Actor(rita.id, "rita", "R.", Role.REPRESENTATIVE)) == rita
        assert acting(session, rita) == rita  # asked again in the same session


@pytest.mark.parametrize("nobody", [None, "rita", {"id": 1, "username": "rita"}, (1, "rita", "Rita", "representative")])
def test_without_an_actor_no_one_is_signed_in(db: Database, nobody: object) -> None:
    profile(db, "rita", "Rita Representative", Role.REPRESENTATIVE)
    assert refusal(db, nobody) == "no one is signed in; sign in to a profile first"


def test_an_actor_made_up_by_hand_acts_as_nobody(db: Database) -> None:
    rita = profile(db, "rita", "Rita Representative", Role.REPRESENTATIVE)
    assert refusal(db, Actor(rita.id + 100, "mallory", "Mallory", Role.ADMINISTRATOR)) == (
        "Mallory is not a local profile here; sign in again")
    assert refusal(db, Actor(rita.id + 100, "mallory", "", Role.ADMINISTRATOR)) == (
        "mallory is not a local profile here; sign in again")
    assert refusal(db, Actor(str(rita.id), "rita", "Rita", Role.REPRESENTATIVE)) == (  # type: ignore[arg-type]
        "Rita is not a local profile here; sign in again")


def test_another_profiles_id_is_not_enough(db: Database) -> None:
    rita = profile(db, "rita", "Rita Representative", Role.REPRESENTATIVE)
    assert refusal(db, Actor(rita.id, "mallory", "Mallory", Role.REPRESENTATIVE)) == (
        "Mallory is not a local profile here; sign in again")
    assert refusal(db, Actor(rita.id, "mallory", "", Role.REPRESENTATIVE)) == (
        "mallory is not a local profile here; sign in again")


def test_a_deactivated_profile_acts_no_more(db: Database) -> None:
    gone = profile(db, "old.admin", "Old Admin", Role.ADMINISTRATOR, active=False)
    assert refusal(db, gone) == "the profile 'old.admin' is no longer active"


@pytest.mark.parametrize(
    ("stored", "claimed", "message"),
    [
        (Role.REPRESENTATIVE, Role.ADMINISTRATOR,
         "Rita Representative is a representative, not an administrator; sign in again"),
        (Role.ADMINISTRATOR, Role.LEGAL_REVIEWER,
         "Rita Representative is an administrator, not a legal reviewer; sign in again"),
    ],
)
def test_a_role_given_by_hand_or_changed_since_sign_in_is_refused(db: Database, stored: Role, claimed: Role,
                                                                   message: str) -> None:
    rita = profile(db, "rita", "Rita Representative", stored)
    assert refusal(db, Actor(rita.id, "rita", "Rita", claimed)) == message


def test_a_second_actor_for_the_same_profile_is_checked_too(db: Database) -> None:
    rita = profile(db, "rita", "Rita Representative", Role.REPRESENTATIVE)
    with db.read() as session:
        assert acting(session, rita) == rita
        with pytest.raises(PermissionDenied, match="is a representative, not an administrator"):
            acting(session, Actor(rita.id, "rita", "Rita", Role.ADMINISTRATOR))
        with pytest.raises(PermissionDenied, match="not a local profile here"):
            acting(session, Actor(rita.id, "mallory", "Mallory", Role.REPRESENTATIVE))


def test_a_role_outside_the_allowed_ones_is_refused_naming_who_may(db: Database) -> None:
    rita = profile(db, "rita", "Rita Representative", Role.REPRESENTATIVE)
    assert refusal(db, rita, {Role.LEGAL_REVIEWER, Role.ADMINISTRATOR, Role.QUALITY_CHECKER}) == (
        "Rita Representative (representative) cannot approve; needs: administrator, legal reviewer, quality checker")
    with pytest.raises(PermissionDenied) as caught:
        require_role(rita, frozenset({Role.CUSTOMER_SIGNATORY}), "sign for the customer")
    assert str(caught.value) == "Rita Representative (representative) cannot sign for the customer; needs: customer signatory"


def test_an_allowed_role_returns_the_actor_the_rules_apply_to(db: Database) -> None:
    rita = profile(db, "rita", "Rita Representative", Role.REPRESENTATIVE)
    claimed = Actor(rita.id, "rita", "Rita R.", Role.REPRESENTATIVE)
    assert require_role(claimed, {Role.REPRESENTATIVE}, "submit") == claimed  # without a session: as handed in
    with db.read() as session:
        assert require_role(claimed, {Role.REPRESENTATIVE}, "submit", session=session) == rita


def test_with_a_session_the_stored_role_decides(db: Database) -> None:
    rita = profile(db, "rita", "Rita Representative", Role.REPRESENTATIVE)
    forged = Actor(rita.id, "rita", "Rita", Role.ADMINISTRATOR)
    # Without the session the Actor's own word is taken; with it, the profile's.
    assert require_role(forged, {Role.ADMINISTRATOR}, "restore") == forged
    assert refusal(db, forged, {Role.ADMINISTRATOR}, "restore") == (
        "Rita Representative is a representative, not an administrator; sign in again")


def test_a_role_that_is_no_role_at_all_is_refused_not_a_crash(db: Database) -> None:
    rita = profile(db, "rita", "Rita Representative", Role.REPRESENTATIVE)
    assert refusal(db, Actor(rita.id, "rita", "Rita", "wizard")) == (  # type: ignore[arg-type]
        "Rita Representative is a representative, not a wizard; sign in again")


def test_the_actor_is_checked_once_per_transaction(db: Database) -> None:
    """A use case that changes its own actor's profile still finishes as the actor it started as."""
    admin = profile(db, "ada", "Ada Admin", Role.ADMINISTRATOR)
    with db.unit_of_work() as session:
        assert acting(session, admin) == admin
        session.get(User, admin.id).role = Role.REPRESENTATIVE.value  # type: ignore[union-attr]
        session.flush()
        assert require_role(admin, {Role.ADMINISTRATOR}, "change roles", session=session) == admin
    with db.read() as session:  # the next transaction sees the new role
        with pytest.raises(PermissionDenied, match="is a representative, not an administrator"):
            acting(session, admin)


def test_a_refusal_read_before_acting_is_the_one_the_use_case_gives_and_none_for_a_role_that_may() -> None:
    from slamdesk.core import catalogue, requirements
    from slamdesk.core.monitoring import calendar_library
    from slamdesk.core.roles import refusal

    reviewer = Actor(7, "linh", "Trần Thị Linh", Role.LEGAL_REVIEWER)
    said = refusal(reviewer, {Role.ADMINISTRATOR, Role.REPRESENTATIVE}, "edit the service catalogue")
    assert said == ("Trần Thị Linh (legal reviewer) cannot edit the service catalogue; "
                    "needs: administrator, representative")
    with pytest.raises(PermissionDenied) as refused:
        require_role(reviewer, {Role.ADMINISTRATOR, Role.REPRESENTATIVE}, "edit the service catalogue")
    assert str(refused.value) == said
    assert refusal(reviewer, {Role.LEGAL_REVIEWER}, "review") is None
    assert catalogue.why_not_edit(reviewer) == said
    assert requirements.why_not_edit(reviewer) == ("Trần Thị Linh (legal reviewer) cannot record requirements; "
                                                   "needs: administrator, representative")
    assert calendar_library.why_not_keep(reviewer) == ("Trần Thị Linh (legal reviewer) cannot keep business-hours "
                                                       "calendars; needs: administrator, representative")
    for allowed in (Role.ADMINISTRATOR, Role.REPRESENTATIVE):
        person = Actor(1, "a", "A", allowed)
        assert catalogue.why_not_edit(person) is None and requirements.why_not_edit(person) is None
        assert calendar_library.why_not_keep(person) is None
    from slamdesk.core.drafting import why_not_draft

    assert why_not_draft(reviewer) == ("Trần Thị Linh (legal reviewer) cannot draft agreements; "
                                       "needs: administrator, representative")
    assert all(why_not_draft(Actor(1, "a", "A", allowed)) is None for allowed in (Role.ADMINISTRATOR, Role.REPRESENTATIVE))
    checker = Actor(8, "budi", "Budi Santoso", Role.QUALITY_CHECKER)
    assert requirements.why_not_edit(checker) is not None and catalogue.why_not_edit(checker) is not None
