"""Local user profiles and choosing who acts."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import User
from . import audit, passphrases, text
from .db import Database
from .errors import NotFoundError, PermissionDenied, ValidationError
from .roles import Actor, Role, acting, require_role
from .words import N_, _

BOOTSTRAP_ADMIN = ("admin", "Administrator", Role.ADMINISTRATOR)


def _actor(user: User) -> Actor:
    return Actor(id=user.id, username=user.username, display_name=user.display_name, role=Role(user.role))


def ensure_user(db: Database, username: str, display_name: str, role: Role) -> Actor:
    """Return the profile ``username``, creating it when it does not exist."""
    username, display_name = _names(username, display_name)  # refused before the write lock is taken
    with db.unit_of_work() as session:
        return ensure_user_in(session, username, display_name, role)


def ensure_user_in(session: Session, username: str, display_name: str, role: Role) -> Actor:
    """``ensure_user`` in the caller's transaction."""
    username, display_name = _names(username, display_name)
    user = session.scalars(select(User).where(User.username == username)).first()
    if user is None:
        user = User(username=username, display_name=display_name, role=role.value)
        session.add(user)
        session.flush()
    return _actor(user)


def _names(username: str, display_name: str) -> tuple[str, str]:
    missing = _("a user needs a user name and a display name")
    username = text.clean(username, field="username", label=_("the user name"), max_length=text.SHORT, missing=missing)
    display_name = text.clean(display_name, field="display_name", label=_("the display name"), max_length=text.NAME,
                              missing=missing)
    return username, display_name


def list_actors(db: Database) -> list[Actor]:
    with db.read() as session:
        users = session.scalars(select(User).where(User.active.is_(True)).order_by(User.id))
        return [_actor(user) for user in users]


def get_actor(db: Database, username: str | None = None) -> Actor:
    """The named profile, or the first administrator (created on a new database)."""
    if username is None:
        with db.read() as session:
            admin = session.scalars(
                select(User).where(User.role == Role.ADMINISTRATOR.value).order_by(User.id)
            ).first()
            if admin is not None:
                return _actor(admin)
        return ensure_user(db, *BOOTSTRAP_ADMIN)
    username = text.lookup(username, field="username", label=_("the user name"), max_length=text.SHORT)
    with db.read() as session:
        user = session.scalars(select(User).where(User.username == username)).first()
        if user is None:
            raise NotFoundError(_("no user profile named {username!r}").format(username=username))
        return _actor(user)


# Passphrases -------------------------------------------------------------------
#
# A profile may carry a passphrase, stored only as its scrypt hash
# (``core.passphrases``). The clear text is never stored, logged or audited.

WRONG_PASSPHRASE = N_("wrong passphrase")
PASSPHRASE_REQUIRED = N_("this profile needs its passphrase")
# Refusals of a change of a passphrase: (of another user, without the current passphrase), by what is changed.
_CHANGES = {
    "set": (N_("changing the passphrase of another user"), N_("changing the passphrase needs your current passphrase")),
    "clear": (N_("clearing the passphrase of another user"), N_("clearing the passphrase needs your current passphrase")),
}


@dataclass(frozen=True)
class Profile:
    """A local profile as the start-up dialog lists it (never the hash itself)."""

    actor: Actor
    has_passphrase: bool


def list_profiles(db: Database) -> list[Profile]:
    """Every active profile, oldest first, and whether it asks for a passphrase."""
    with db.read() as session:
        users = session.scalars(select(User).where(User.active.is_(True)).order_by(User.id))
        return [Profile(_actor(user), user.passphrase_hash is not None) for user in users]


def _user(session: Session, username: str) -> User:
    username = text.lookup(username, field="username", label=_("the user name"), max_length=text.SHORT)
    user = session.scalars(select(User).where(User.username == username)).first()
    if user is None:
        raise NotFoundError(_("no user profile named {username!r}").format(username=username))
    return user


def has_passphrase(db: Database, username: str) -> bool:
    with db.read() as session:
        return _user(session, username).passphrase_hash is not None


def _refusal(session: Session, actor: Actor, user: User, current: str | None, change: str) -> str | None:
    """Why ``actor`` may not change ``user``'s passphrase, or None when they may.

    Their own: the current passphrase, when one is set (a wrong one is audited).
    Another's: administrators only (``PermissionDenied``). ``change``: "set" or "clear".
    """
    another, needs_current = _CHANGES[change]
    if actor.id != user.id:
        require_role(actor, {Role.ADMINISTRATOR}, another)
        return None
    if user.passphrase_hash is None:
        return None
    if current is not None and passphrases.verify_passphrase(current, user.passphrase_hash):
        return None
    reason = "current passphrase missing" if not current else "wrong current passphrase"
    audit.record(session, actor, "passphrase_change_refused", "user", user.id, username=user.username, reason=reason)
    return _(needs_current) if not current else _("wrong current passphrase")


def set_passphrase(db: Database, actor: Actor, username: str, new: str, current: str | None = None) -> None:
    """Give ``username`` the passphrase ``new``.

    A user changing their own needs ``current`` when one is set; an
    administrator may set anyone else's without it. ``ValidationError`` (field
    ``passphrase``) for one that is empty or too short; ``PermissionDenied``
    otherwise.
    """
    encoded = passphrases.hash_passphrase(new)
    with db.unit_of_work() as session:
        actor = acting(session, actor)
        user = _user(session, username)
        refusal = _refusal(session, actor, user, current, "set")
        if refusal is None:
            replaced = user.passphrase_hash is not None
            user.passphrase_hash = encoded
            audit.record(session, actor, "passphrase_set", "user", user.id, username=user.username, replaced=replaced)
    if refusal is not None:  # raised after the commit, so the refusal stays in the audit log
        raise PermissionDenied(refusal)


def clear_passphrase(db: Database, actor: Actor, username: str, current: str | None = None) -> None:
    """Remove the passphrase of ``username`` (same rules as ``set_passphrase``)."""
    with db.unit_of_work() as session:
        actor = acting(session, actor)
        user = _user(session, username)
        if user.passphrase_hash is None:
            return
        refusal = _refusal(session, actor, user, current, "clear")
        if refusal is None:
            user.passphrase_hash = None
            audit.record(session, actor, "passphrase_cleared", "user", user.id, username=user.username)
    if refusal is not None:
        raise PermissionDenied(refusal)


def login(db: Database, username: str, passphrase: str | None = None) -> Actor:
    """The ``Actor`` of profile ``username``, once its passphrase (if it has one) matches.

    ``PermissionDenied`` for a wrong or missing passphrase (audited as
    ``login_failed``) or an inactive profile; ``NotFoundError`` for an unknown one.
    A successful passphrase login is audited as ``login``; a hash made with
    weaker parameters than today's is replaced then.
    """
    with db.unit_of_work() as session:
        user = _user(session, username)
        actor = _actor(user)
        if not user.active:
            raise PermissionDenied(_("the profile {username!r} is no longer active").format(username=username))
        if user.passphrase_hash is None:
            return actor
        if not passphrase:
            failure = "passphrase missing"
        elif not passphrases.verify_passphrase(passphrase, user.passphrase_hash):
            failure = WRONG_PASSPHRASE
        else:
            failure = None
            if passphrases.needs_rehash(user.passphrase_hash):
                try:
                    user.passphrase_hash = passphrases.hash_passphrase(passphrase)
                except ValidationError:
                    pass  # shorter than today's minimum: keep the old hash rather than lock the user out
            audit.record(session, actor, "login", "user", user.id, username=user.username)
        if failure is not None:
            audit.record(session, actor, "login_failed", "user", user.id, username=user.username, reason=failure)
    if failure is not None:  # raised after the commit, so the failure stays in the audit log
        raise PermissionDenied(_(PASSPHRASE_REQUIRED) if failure == "passphrase missing" else _(WRONG_PASSPHRASE))
    return actor
