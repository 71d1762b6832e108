"""Plain records of the posting watcher: what a posting says and what one check observed."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any


class PostingState(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    REPOSTED = "reposted"
    UNREACHABLE = "unreachable"


class PostingSource(StrEnum):
    JSONLD = "jsonld"
    MICRODATA = "microdata"
    GREENHOUSE = "greenhouse"
    LEVER = "lever"
    ASHBY = "ashby"
    HTML = "html"


# Sources that describe the posting in fields, not just a page's title and text.
STRUCTURED_SOURCES = frozenset(
    {
        PostingSource.JSONLD,
        PostingSource.MICRODATA,
        PostingSource.GREENHOUSE,
        PostingSource.LEVER,
        PostingSource.ASHBY,
    }
)


@dataclass(frozen=True, slots=True)
class PostingFields:
    """What a posting says about itself, whatever format it came in."""

    title: str | None = None
    company: str | None = None
    location: str | None = None
    date_posted: date | None = None
    valid_through: date | None = None
    employment_type: str | None = None
    description: str | None = None
    posting_id: str | None = None


@dataclass(frozen=True, slots=True)
class BoardJob:
    """One job on a company's ATS board (enough to tell a repost from a closure)."""

    posting_id: str
    title: str
    url: str | None = None
    date_posted: date | None = None


@dataclass(frozen=True, slots=True)
class Observation:
    """What one fetch of a posting saw; status.py turns it into a state."""

    url: str
    final_url: str | None = None
    http_status: int | None = None
    error: str | None = None  # set when nothing usable came back (network, robots, caps)
    redirects: tuple[str, ...] = ()
    fields: PostingFields | None = None  # None: no structured or readable posting on the page
    structured: bool = False  # fields came from JSON-LD, microdata or an ATS API
    source: PostingSource | None = None
    page_text: str = ""  # visible text, for closed-posting phrases
    board_jobs: tuple[BoardJob, ...] | None = None  # None: the board was not read
    gone_from_board: bool = False  # the ATS board was read and no longer lists the posting
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class PostingSnapshot:
    """A posting as read at one moment, with the state it was judged to be in."""

    url: str
    state: PostingState
    source: PostingSource | None
    fetched_at: datetime
    http_status: int | None = None
    title: str | None = None
    company: str | None = None
    location: str | None = None
    date_posted: date | None = None
    valid_through: date | None = None
    employment_type: str | None = None
    description: str | None = None
    posting_id: str | None = None
    final_url: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None

    @property
    def fields(self) -> PostingFields:
        return PostingFields(
            title=self.title,
            company=self.company,
            location=self.location,
            date_posted=self.date_posted,
            valid_through=self.valid_through,
            employment_type=self.employment_type,
            description=self.description,
            posting_id=self.posting_id,
        )

    def with_fields(self, fields: PostingFields) -> PostingSnapshot:
        return replace(
            self,
            title=fields.title,
            company=fields.company,
            location=fields.location,
            date_posted=fields.date_posted,
            valid_through=fields.valid_through,
            employment_type=fields.employment_type,
            description=fields.description,
            posting_id=fields.posting_id,
            content_hash=hash_fields(fields),
        )

    def to_dict(self) -> dict[str, Any]:
        """The `unghost posting fetch URL --json` shape: snake_case keys, ISO dates."""
        return {
            "url": self.url,
            "title": self.title,
            "company": self.company,
            "location": self.location,
            "date_posted": _iso(self.date_posted),
            "valid_through": _iso(self.valid_through),
            "employment_type": self.employment_type,
            "state": self.state.value,
            "source": self.source.value if self.source else None,
            "posting_id": self.posting_id,
            "final_url": self.final_url,
            "http_status": self.http_status,
            "fetched_at": self.fetched_at.isoformat(),
            "content_hash": self.content_hash,
            "description": self.description,
        }


@dataclass(frozen=True, slots=True)
class PostingCheck:
    """The answer of one check: the new state, why, and whether it is settled."""

    state: PostingState
    reason: str
    snapshot: PostingSnapshot
    evidence: tuple[str, ...] = ()
    # A closure seen once on weak grounds (a 404, a redirect) waits for a second look.
    confirmed: bool = True
    changed: bool = False
    new_url: str | None = None  # where a reposted job now lives

    def to_dict(self) -> dict[str, Any]:
        return {
            "state": self.state.value,
            "reason": self.reason,
            "evidence": list(self.evidence),
            "confirmed": self.confirmed,
            "changed": self.changed,
            "new_url": self.new_url,
            "posting": self.snapshot.to_dict(),
        }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def hash_fields(fields: PostingFields) -> str | None:
    """A fingerprint of what the posting says, to notice edits between checks."""
    if fields.title is None and fields.description is None:
        return None
    parts = (fields.title, fields.company, fields.location, fields.description)
    text = "\x1f".join(" ".join((p or "").split()) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
