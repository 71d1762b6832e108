"""Why a document could not be read: the one error the readers raise, with a reason for the user."""

from __future__ import annotations

from unghost.errors import DocumentError


class UnreadableDocumentError(DocumentError):
    """A file that cannot be read as a document; `reason` completes "it cannot be read: ..."."""

    def __init__(self, name: str, reason: str, *, hint: str | None = None) -> None:
        super().__init__(f"{name} cannot be read: {reason}.", hint=hint)
        self.name = name
        self.reason = reason
