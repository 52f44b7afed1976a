"""Domain errors: every refusal a user can meet, with a message fit to show."""

from __future__ import annotations


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
    """Someone else changed the record since it was read."""


class FrozenError(SlamdeskError):
    """An attempt to change a signed, frozen agreement version."""


class DatabaseError(SlamdeskError):
    """The database file cannot be opened or is not a slamdesk database."""


class DatabaseBusyError(DatabaseError):
    """Another process holds the write lock longer than we wait for it."""


class ReadOnlyError(DatabaseError):
    """The database was opened read-only (read-only media or file); nothing can be saved."""
