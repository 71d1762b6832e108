"""SQLAlchemy tables of the tracker; the same schema on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    FetchedValue,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
JSONType = JSON().with_variant(JSONB(), "postgresql")
# Unknown import fields are kept as written: PostgreSQL's json (not jsonb) keeps the text, so
# 1e+20 stays a float (jsonb gives back an integer no 64-bit reader takes) and NUL is kept.
VerbatimJSON = JSON()


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Owned:
    """A row of one person's workspace. The laptop's rows all belong to the local owner; on the
    server, store/tenancy.py scopes every read to the acting user and PostgreSQL's row-level
    security refuses the rest."""

    owner_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True, server_default=FetchedValue()
    )


class CompanyRow(Owned, Base):
    __tablename__ = "companies"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), index=True)
    domain: Mapped[str | None] = mapped_column(String(255))
    country: Mapped[str | None] = mapped_column(String(2))
    subdivision: Mapped[str | None] = mapped_column(String(10))
    industry: Mapped[str | None] = mapped_column(String(100))
    fiscal_year_end_month: Mapped[int | None] = mapped_column(Integer)
    funding_pending: Mapped[bool] = mapped_column(Boolean, default=False)
    hiring_freeze: Mapped[bool] = mapped_column(Boolean, default=False)


class ApplicationRow(Owned, Base):
    __tablename__ = "applications"
    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(120))
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    title_key: Mapped[str] = mapped_column(String(300))
    posting_url: Mapped[str | None] = mapped_column(String(2000))
    url_key: Mapped[str | None] = mapped_column(String(2000), index=True)
    posted_on: Mapped[date | None] = mapped_column(Date)
    new_position: Mapped[bool | None] = mapped_column(Boolean)
    closed_on: Mapped[date | None] = mapped_column(Date)
    location: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), index=True)
    applied_on: Mapped[date | None] = mapped_column(Date)
    candidate_email: Mapped[str | None] = mapped_column(String(320))
    candidate_phone: Mapped[str | None] = mapped_column(String(50))
    notes: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(40))
    extra: Mapped[dict[str, Any]] = mapped_column(VerbatimJSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # bumped by every ORM update, which also checks it (optimistic concurrency for edits)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    tags: Mapped[list[str]] = mapped_column(JSONType, default=list)
    rating: Mapped[int | None] = mapped_column(Integer)
    salary_min: Mapped[float | None] = mapped_column(Float)
    salary_max: Mapped[float | None] = mapped_column(Float)
    salary_currency: Mapped[str | None] = mapped_column(String(3))
    salary_period: Mapped[str | None] = mapped_column(String(10))
    work_mode: Mapped[str | None] = mapped_column(String(10))
    archived: Mapped[bool] = mapped_column(Boolean, default=False, index=True)

    company: Mapped[CompanyRow] = relationship(lazy="joined")
    contacts: Mapped[list[ContactRow]] = relationship(
        cascade="all, delete-orphan", order_by="ContactRow.position"
    )
    interviews: Mapped[list[InterviewRow]] = relationship(
        cascade="all, delete-orphan", order_by="(InterviewRow.at_utc, InterviewRow.id)"
    )
    messages: Mapped[list[MessageRow]] = relationship(
        cascade="all, delete-orphan", order_by="(MessageRow.at_utc, MessageRow.id)"
    )
    events: Mapped[list[EventRow]] = relationship(
        cascade="all, delete-orphan", order_by="(EventRow.on, EventRow.position, EventRow.id)"
    )
    documents: Mapped[list[DocumentRow]] = relationship(
        cascade="all, delete-orphan", order_by="DocumentRow.position"
    )

    __table_args__ = (
        Index("ix_applications_company_title", "company_id", "title_key"),
        UniqueConstraint("owner_id", "ref"),
    )
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it once


class ContactRow(Owned, Base):
    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320), index=True)
    phone: Mapped[str | None] = mapped_column(String(50))
    role: Mapped[str | None] = mapped_column(String(60))
    linkedin: Mapped[str | None] = mapped_column(String(500))
    extra: Mapped[dict[str, Any]] = mapped_column(
        VerbatimJSON, default=dict
    )  # unknown import fields


class InterviewRow(Owned, Base):
    __tablename__ = "interviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    at_utc: Mapped[datetime] = mapped_column(DateTime)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    stage: Mapped[str | None] = mapped_column(String(60))
    interviewers: Mapped[list[str]] = mapped_column(JSONType, default=list)
    decision_expected_on: Mapped[date | None] = mapped_column(Date)
    candidates_remaining: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    format: Mapped[str | None] = mapped_column(String(20))
    extra: Mapped[dict[str, Any]] = mapped_column(
        VerbatimJSON, default=dict
    )  # unknown import fields


class MessageRow(Owned, Base):
    __tablename__ = "messages"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    at_utc: Mapped[datetime] = mapped_column(DateTime)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    direction: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(30))
    subject: Mapped[str | None] = mapped_column(String(998))
    counterpart: Mapped[str | None] = mapped_column(String(320))
    message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    return_date: Mapped[date | None] = mapped_column(Date)
    body: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any]] = mapped_column(
        VerbatimJSON, default=dict
    )  # unknown import fields


class EventRow(Owned, Base):
    __tablename__ = "events"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    on: Mapped[date] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any]] = mapped_column(
        VerbatimJSON, default=dict
    )  # unknown import fields


class DocumentRow(Owned, Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    path: Mapped[str] = mapped_column(String(4000))
    kind: Mapped[str] = mapped_column(String(20))
    extra: Mapped[dict[str, Any]] = mapped_column(
        VerbatimJSON, default=dict
    )  # unknown import fields

    __table_args__ = (UniqueConstraint("application_id", "path"),)


class PostingCheckRow(Owned, Base):
    """One look at an application's posting: its state then, and what it said."""

    __tablename__ = "posting_checks"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    checked_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    state: Mapped[str] = mapped_column(String(20))
    confirmed: Mapped[bool] = mapped_column(Boolean, default=True)
    reason: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str] = mapped_column(String(2000))
    final_url: Mapped[str | None] = mapped_column(String(2000))
    new_url: Mapped[str | None] = mapped_column(String(2000))
    source: Mapped[str | None] = mapped_column(String(20))
    http_status: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(String(300))
    company: Mapped[str | None] = mapped_column(String(300))
    location: Mapped[str | None] = mapped_column(String(300))
    date_posted: Mapped[date | None] = mapped_column(Date)
    valid_through: Mapped[date | None] = mapped_column(Date)
    employment_type: Mapped[str | None] = mapped_column(String(60))
    posting_id: Mapped[str | None] = mapped_column(String(200))
    etag: Mapped[str | None] = mapped_column(String(300))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    content_hash: Mapped[str | None] = mapped_column(String(64))


class MailMessageRow(Owned, Base):
    """One message read from the user's mailbox or files, classified and maybe matched."""

    __tablename__ = "mail_messages"
    id: Mapped[int] = mapped_column(primary_key=True)
    source_key: Mapped[str] = mapped_column(String(1200))  # idempotent import key, per owner
    message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    from_addr: Mapped[str | None] = mapped_column(String(320), index=True)
    from_name: Mapped[str | None] = mapped_column(String(300))
    to_addrs: Mapped[list[str]] = mapped_column(JSONType, default=list)
    subject: Mapped[str | None] = mapped_column(String(998))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)  # UTC
    utc_offset_min: Mapped[int] = mapped_column(Integer, default=0)
    in_reply_to: Mapped[list[str]] = mapped_column(JSONType, default=list)
    references: Mapped[list[str]] = mapped_column(JSONType, default=list)
    label: Mapped[str] = mapped_column(String(30), index=True)
    confidence: Mapped[float] = mapped_column(default=0.0)
    return_date: Mapped[date | None] = mapped_column(Date)
    failed_recipient: Mapped[str | None] = mapped_column(String(320))
    signals: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, default=list)
    body: Mapped[str | None] = mapped_column(Text)  # the message without quotes and signature
    html: Mapped[str | None] = mapped_column(Text)  # the HTML part as sent, sanitized when shown
    attachments: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, default=list)
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id", ondelete="SET NULL"), index=True
    )
    match_method: Mapped[str | None] = mapped_column(String(30))
    match_confidence: Mapped[float | None] = mapped_column()
    imported_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (UniqueConstraint("owner_id", "source_key"),)


class ProposalRow(Owned, Base):
    """A change the mailbox suggests for an application, waiting for the user to accept it."""

    __tablename__ = "proposals"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    mail_message_id: Mapped[int | None] = mapped_column(
        ForeignKey("mail_messages.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(30))  # status, record-message
    status: Mapped[str | None] = mapped_column(String(20))
    summary: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(10), index=True)  # pending, accepted, rejected
    created_at: Mapped[datetime] = mapped_column(DateTime)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)


class MailboxStateRow(Owned, Base):
    """Where an IMAP sync stopped: per account and folder, the UIDVALIDITY and last UID seen."""

    __tablename__ = "mailbox_state"
    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(String(320))
    folder: Mapped[str] = mapped_column(String(300))
    uidvalidity: Mapped[int] = mapped_column(Integer)
    last_uid: Mapped[int] = mapped_column(Integer, default=0)
    synced_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (UniqueConstraint("owner_id", "account", "folder"),)


class OutboxRow(Owned, Base):
    """A follow-up on its way: draft, queued, sending, sent, failed or unknown."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(30))
    lang: Mapped[str] = mapped_column(String(10))
    to_addrs: Mapped[list[str]] = mapped_column(JSONType, default=list)
    cc_addrs: Mapped[list[str]] = mapped_column(JSONType, default=list)
    from_addr: Mapped[str | None] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(String(998))
    body: Mapped[str] = mapped_column(Text)
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    state: Mapped[str] = mapped_column(String(10), index=True)
    scheduled_on: Mapped[date | None] = mapped_column(Date)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    # the lease of the process sending it: `host:pid:token`, and when it last said it lives
    owner: Mapped[str | None] = mapped_column(String(300))
    heartbeat_at: Mapped[datetime | None] = mapped_column(DateTime)  # UTC
    retry_at: Mapped[datetime | None] = mapped_column(DateTime)  # UTC: a retryable failure waits


class ContactCheckRow(Owned, Base):
    """The last contact check of an application: evidence for the contact-info reason."""

    __tablename__ = "contact_checks"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    checked_at: Mapped[datetime] = mapped_column(DateTime)
    findings: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, default=list)


# the people the rows belong to: imported here so the metadata is whole wherever models is
from unghost.store import counsel_tables as _counsel  # noqa: E402, F401
from unghost.store import importhash as _importhash  # noqa: E402, F401
from unghost.store import mailaccounts as _mailaccounts  # noqa: E402, F401
from unghost.store import people as _people  # noqa: E402, F401
from unghost.store import readmodel_tables as _readmodel  # noqa: E402, F401
from unghost.store import user_templates as _user_templates  # noqa: E402, F401
