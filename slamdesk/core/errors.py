"""Domain errors: every refusal a user can meet, with a message fit to show."""

from __future__ import annotations

import datetime as _dt


class SlamdeskError(Exception):
    """Base of every error slamdesk shows to a person instead of a traceback."""


class ValidationError(SlamdeskError):
    """Input that breaks a rule; ``field`` names where it was typed."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class NotFoundError(SlamdeskError):
    pass


class PermissionDenied(SlamdeskError):
    pass


class TransitionError(SlamdeskError):
    """A lifecycle step that is not allowed from the current state."""


class ConcurrencyError(SlamdeskError):
    """Someone else changed the record since it was read.

    ``changed_by`` is the display name of who changed it and ``changed_at``
    when (timezone-aware), both None when the change left no audit event.
    """

    def __init__(self, message: str, changed_by: str | None = None, changed_at: _dt.datetime | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.changed_by = changed_by
        self.changed_at = changed_at


class FrozenError(SlamdeskError):
    """An attempt to change a signed, frozen agreement version."""


class DatabaseError(SlamdeskError):
    """The database file cannot be opened or is not a slamdesk database."""


class DatabaseBusyError(DatabaseError):
    """Another process holds the write lock longer than we wait for it."""


class ReadOnlyError(DatabaseError):
    """The database was opened read-only (read-only media or file); nothing can be saved."""


class DatabaseUnreachableError(DatabaseError):
    """The team database's server cannot be reached (it went away, or the network did)."""
