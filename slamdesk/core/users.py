"""Local user profiles and choosing who acts."""

from __future__ import annotations

from sqlalchemy import select

from ..models import User
from .db import Database
from .errors import NotFoundError, ValidationError
from .roles import Actor, Role

BOOTSTRAP_ADMIN = ("admin", "Administrator", Role.ADMINISTRATOR)


def _actor(user: User) -> Actor:
    return Actor(id=user.id, username=user.username, display_name=user.display_name, role=Role(user.role))


def ensure_user(db: Database, username: str, display_name: str, role: Role) -> Actor:
    """Return the profile ``username``, creating it when it does not exist."""
    username = username.strip()
    if not username or not display_name.strip():
        raise ValidationError("a user needs a user name and a display name", field="username")
    with db.unit_of_work() as session:
        user = session.scalars(select(User).where(User.username == username)).first()
        if user is None:
            user = User(username=username, display_name=display_name.strip(), role=role.value)
            session.add(user)
            session.flush()
        return _actor(user)


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
    with db.read() as session:
        user = session.scalars(select(User).where(User.username == username)).first()
        if user is None:
            raise NotFoundError(f"no user profile named {username!r}")
        return _actor(user)
