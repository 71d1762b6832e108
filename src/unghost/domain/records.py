"""Plain records of the tracker: what an application is, with no storage or I/O attached."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

# The stage of an application lives apart (domain/status.py: no dataclass to build), for the
# CLI's fast path; it is the same class.
from unghost.domain.status import CLOSED_STATUSES as CLOSED_STATUSES
from unghost.domain.status import Status as Status


class Direction(StrEnum):
    SENT = "sent"
    RECEIVED = "received"


class MessageKind(StrEnum):
    """Sent kinds first, then the mail labels of DESIGN.md for received mail."""

    THANK_YOU = "thank-you"
    FOLLOW_UP = "follow-up"
    OTHER = "other"
    REJECTION = "rejection"
    INTERVIEW_INVITE = "interview-invite"
    OFFER = "offer"
    ACKNOWLEDGEMENT = "acknowledgement"
    INFO_REQUEST = "info-request"
    STILL_DECIDING = "still-deciding"
    POSITION_CLOSED = "position-closed"
    OUT_OF_OFFICE = "out-of-office"
    BOUNCE = "bounce"
    UNRELATED = "unrelated"


SENT_KINDS = frozenset({MessageKind.THANK_YOU, MessageKind.FOLLOW_UP, MessageKind.OTHER})
RECEIVED_KINDS = frozenset(MessageKind) - {MessageKind.THANK_YOU, MessageKind.FOLLOW_UP}


class WorkMode(StrEnum):
    REMOTE = "remote"
    HYBRID = "hybrid"
    ON_SITE = "on-site"


class PayPeriod(StrEnum):
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


RATING_RANGE = (1, 5)  # the excitement rating, as Teal's 1–5 "Excitement"


class EventKind(StrEnum):
    STATUS = "status"
    NOTE = "note"


@dataclass(slots=True)
class Company:
    name: str
    domain: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2, upper case
    subdivision: str | None = None  # ISO 3166-2 suffix as the `holidays` package spells it
    industry: str | None = None
    fiscal_year_end_month: int | None = None
    funding_pending: bool = False
    hiring_freeze: bool = False


@dataclass(slots=True)
class Salary:
    """The pay a posting offers or the candidate asked: a range in one currency per period."""

    min: float | None = None
    max: float | None = None
    currency: str | None = None  # ISO 4217, upper case
    period: PayPeriod | None = None

    @property
    def is_empty(self) -> bool:
        return self.min is None and self.max is None


@dataclass(slots=True)
class Role:
    title: str
    posting_url: str | None = None
    posted_on: date | None = None
    new_position: bool | None = None
    closed_on: date | None = None
    location: str | None = None
    description: str | None = None
    salary: Salary | None = None
    work_mode: WorkMode | None = None


@dataclass(slots=True)
class Candidate:
    email: str | None = None
    phone: str | None = None


@dataclass(slots=True)
class Contact:
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    role: str | None = None  # recruiter, hiring-manager, interviewer, ...
    linkedin: str | None = None  # profile address, https://www.linkedin.com/in/...
    extra: dict[str, Any] = field(default_factory=dict)  # unknown import fields, kept


@dataclass(slots=True)
class Interview:
    at: datetime  # always time-zone aware
    stage: str | None = None  # phone-screen, technical, onsite, final, ...
    interviewers: list[str] = field(default_factory=list)
    decision_expected_on: date | None = None
    candidates_remaining: int | None = None
    notes: str | None = None
    format: str | None = None  # video, phone, on-site (data/recording.toml)
    extra: dict[str, Any] = field(default_factory=dict)  # unknown import fields, kept


@dataclass(slots=True)
class Message:
    at: datetime  # always time-zone aware
    direction: Direction
    kind: MessageKind
    subject: str | None = None
    counterpart: str | None = None  # the other side's address or name
    message_id: str | None = None
    return_date: date | None = None  # out-of-office: the day they are back
    body: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # unknown import fields, kept


@dataclass(slots=True)
class Event:
    """One line of the application's history: a status change or a note, with its date."""

    on: date
    kind: EventKind
    status: Status | None = None
    note: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # unknown import fields, kept


@dataclass(slots=True)
class Document:
    """A file the candidate sent with the application."""

    path: str
    kind: str = "resume"  # resume, cover_letter, other
    extra: dict[str, Any] = field(default_factory=dict)  # unknown import fields, kept


@dataclass(slots=True)
class Application:
    ref: str
    company: Company
    role: Role
    status: Status = Status.SAVED
    applied_on: date | None = None
    candidate: Candidate = field(default_factory=Candidate)
    contacts: list[Contact] = field(default_factory=list)
    interviews: list[Interview] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    notes: str | None = None
    source: str | None = None  # where it was imported from: unghost, huntr, teal, ...
    extra: dict[str, Any] = field(default_factory=dict)  # unknown import fields, kept
    id: int | None = None
    # the stored version this copy was read at: an edit of the whole record checks it
    version: int | None = field(default=None, compare=False)
    tags: list[str] = field(default_factory=list)
    rating: int | None = None  # excitement, RATING_RANGE
    archived: bool = False  # hidden from Board and Today, kept in exports and history
