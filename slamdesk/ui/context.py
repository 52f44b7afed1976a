"""What every window shares: the open database and who is acting."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..core.db import Database
from ..core.roles import Actor, Role


class AppContext(QObject):
    """The database and the acting user, with one notification per change.

    Signals:
        actor_changed: the acting user was switched (the new ``Actor``).
        changed: a use case changed stored data (an ``operations.Changed``: what, and about which
            record); emitted only by ``operations.notify``, the end of the one change path.
        message: a one-line account of what just happened, for the status bar.
    """

    actor_changed = Signal(object)
    changed = Signal(object)
    message = Signal(str)

    def __init__(self, db: Database, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._actor = actor

    @property
    def actor(self) -> Actor:
        return self._actor

    def set_actor(self, actor: Actor) -> None:
        if actor != self._actor:
            self._actor = actor
            self.actor_changed.emit(actor)


def default_actor(actors: list[Actor]) -> Actor | None:
    """The first representative, else the first administrator, else anyone."""
    for role in (Role.REPRESENTATIVE, Role.ADMINISTRATOR):
        found = next((actor for actor in actors if actor.role is role), None)
        if found is not None:
            return found
    return actors[0] if actors else None
