"""Where an application stands (re-exported by domain/records.py): apart from the records so
that a reader of the stored list (cli/fast.py) needs no dataclass built."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """Where an application stands. Order of declaration is the pipeline order."""

    SAVED = "saved"
    APPLIED = "applied"
    SCREENING = "screening"
    INTERVIEWING = "interviewing"
    OFFER = "offer"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    GHOSTED = "ghosted"

    @property
    def rank(self) -> int:
        """Pipeline rank; every ending shares the top rank so none replaces another."""
        return _RANKS[self]

    @property
    def is_closed(self) -> bool:
        return self in CLOSED_STATUSES


_RANKS = {
    Status.SAVED: 0,
    Status.APPLIED: 1,
    Status.SCREENING: 2,
    Status.INTERVIEWING: 3,
    Status.OFFER: 4,
    Status.ACCEPTED: 5,
    Status.REJECTED: 5,
    Status.WITHDRAWN: 5,
    Status.GHOSTED: 5,
}
CLOSED_STATUSES = frozenset({Status.ACCEPTED, Status.REJECTED, Status.WITHDRAWN, Status.GHOSTED})
