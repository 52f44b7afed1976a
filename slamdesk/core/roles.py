"""Roles, the acting user every use case is called with, and who that really is.

An ``Actor`` is plain data a caller hands in; it proves nothing. Every use
case that writes resolves it inside its own transaction with ``acting``: the
``app_user`` row with the Actor's id must exist, be active and carry the same
user name and role, and the stored profile is what the rules are checked
against. ``audit.record`` (which every change writes, in the same
transaction) resolves it, so a change cannot be recorded under a made-up
person; ``require_role(..., session=...)`` checks the stored role. On a team
database a member signs in to the server with their own login and may act
only as the slamdesk profile of that name (``core.team``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import text
from sqlalchemy.orm import Session

from ..models import User
from .errors import PermissionDenied
from .words import N_, _


class Role(StrEnum):
    REPRESENTATIVE = "representative"
    LEGAL_REVIEWER = "legal_reviewer"
    QUALITY_CHECKER = "quality_checker"
    CUSTOMER_SIGNATORY = "customer_signatory"
    ADMINISTRATOR = "administrator"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


@dataclass(frozen=True)
class Actor:
    """The user on whose behalf a use case runs."""

    id: int
    username: str
    display_name: str
    role: Role


_RESOLVED = "slamdesk.acting"  # session.info key: Actor id -> the stored Actor, once checked


def acting(session: Session, actor: Actor) -> Actor:
    """The stored profile ``actor`` stands for, checked in the caller's transaction.

    ``PermissionDenied`` unless a profile with the Actor's id exists, is
    active, and has the Actor's user name and role: an Actor made up by hand,
    or one whose profile was deactivated or given another role since sign-in,
    acts as nobody. Checked once per session.
    """
    if not isinstance(actor, Actor):
        raise PermissionDenied(_("no one is signed in; sign in to a profile first"))
    cache: dict[int, Actor] = session.info.setdefault(_RESOLVED, {})
    stored_actor = cache.get(actor.id)
    if stored_actor is None:
        user = session.get(User, actor.id) if isinstance(actor.id, int) else None
        if user is None:
            raise PermissionDenied(_("{name} is not a local profile here; sign in again").format(
                name=actor.display_name or actor.username))
        if not user.active:
            raise PermissionDenied(_("the profile {username!r} is no longer active").format(username=user.username))
        stored_actor = Actor(id=user.id, username=user.username, display_name=user.display_name, role=Role(user.role))
        cache[actor.id] = stored_actor
    if actor.username != stored_actor.username:
        raise PermissionDenied(_("{name} is not a local profile here; sign in again").format(
            name=actor.display_name or actor.username))
    if actor.role != stored_actor.role:
        raise PermissionDenied(
            _("{name} is {role}, not {other}; sign in again").format(
                name=stored_actor.display_name, role=with_article(stored_actor.role), other=with_article(actor.role))
        )
    login = _member_login(session)
    if login is not None and login != stored_actor.username:
        raise PermissionDenied(
            _("you are signed in to the team database as {login!r}, so you act as that profile only, "
              "not as {name}").format(login=login, name=stored_actor.display_name)
        )
    return stored_actor


_MEMBER = "slamdesk.member_login"  # session.info key: the team member's server login, or "" when trusted


def _member_login(session: Session) -> str | None:
    """On a team database, the login of a member (who may act only as the profile of that name);
    None on SQLite, and for the database's owner or a superuser (its administrators)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    if _MEMBER not in session.info:
        login, superuser, owner = session.execute(text(
            "SELECT session_user, (SELECT rolsuper FROM pg_roles WHERE rolname = session_user), "
            "pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()")).one()
        session.info[_MEMBER] = "" if superuser or login == owner else str(login)
    return session.info[_MEMBER] or None


# How messages name a role: on its own, and after "is" ("Anna is a representative").
_WORDS = {
    Role.REPRESENTATIVE: (N_("representative"), N_("a representative")),
    Role.LEGAL_REVIEWER: (N_("legal reviewer"), N_("a legal reviewer")),
    Role.QUALITY_CHECKER: (N_("quality checker"), N_("a quality checker")),
    Role.CUSTOMER_SIGNATORY: (N_("customer signatory"), N_("a customer signatory")),
    Role.ADMINISTRATOR: (N_("administrator"), N_("an administrator")),
}


def _word(role: Role) -> str:
    return _(_WORDS[role][0]) if role in _WORDS else role.label.lower()


def with_article(role: object) -> str:
    """The role as a message names it after "is" ("a representative"), in core's language."""
    if isinstance(role, Role) and role in _WORDS:
        return _(_WORDS[role][1])
    label = str(getattr(role, "label", role)).lower()
    return ("an " if label[:1] in "aeiou" else "a ") + label


def refusal(actor: Actor, allowed: frozenset[Role] | set[Role], action: str) -> str | None:
    """Why ``actor`` may not ``action`` (what ``require_role`` would refuse with), or None when their role may:
    for a window that opens its form read-only, with the reason, rather than refuse the person's edits at Save."""
    if actor.role in allowed:
        return None
    names = ", ".join(sorted(_word(role) for role in allowed))
    return _("{name} ({role}) cannot {action}; needs: {roles}").format(
        name=actor.display_name, role=_word(actor.role), action=_(action), roles=names)


def require_role(
    actor: Actor, allowed: frozenset[Role] | set[Role], action: str, *, session: Session | None = None
) -> Actor:
    """Refuse ``actor`` unless their role is one of ``allowed``; returns the Actor the rules apply to.

    With ``session`` the role is the stored profile's (``acting``), never the one passed in.
    """
    if session is not None:
        actor = acting(session, actor)
    refused = refusal(actor, allowed, action)
    if refused is not None:
        raise PermissionDenied(refused)
    return actor
