"""The one error family of unghost; edges map its kinds to exit codes and HTTP statuses."""

from __future__ import annotations


class UnghostError(Exception):
    """Something went wrong that the user can understand and act on."""

    hint: str | None = None

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:
        return self.message


class InvalidInputError(UnghostError):
    """The user's input (a file, a flag, a field) is not acceptable."""


class NotFoundError(UnghostError):
    """A thing the user named does not exist."""


class ConflictError(UnghostError):
    """The request clashes with what is stored (a duplicate reference, ...)."""


class SetupNeededError(ConflictError):
    """The request is right but the install is not ready for it: a name and address, a mail
    account to set up first."""


class ChangedMeanwhileError(ConflictError):
    """The record was saved by someone else since it was read: reload it, then change it."""


class StorageError(UnghostError):
    """The database could not be opened, migrated or written."""


class BusyError(StorageError):
    """Another writer held the database longer than unghost waits: nothing changed, try again."""

    retry_after_s = 5


class DocumentError(UnghostError):
    """A document could not be read."""


class MailError(UnghostError):
    """Mail could not be sent, fetched or parsed."""


class NetworkError(UnghostError):
    """A remote resource could not be reached safely."""


class AuthenticationError(UnghostError):
    """Signing in was refused: wrong or unknown credentials, a locked or disabled account."""


class ForbiddenError(UnghostError):
    """The acting user may not do this (another person's data, an admin's task)."""
