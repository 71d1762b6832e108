"""Tables between two people of a server: a counsellor's notes to a student, what a counsellor
did about a flag, what a student shares, and a student's first-destination outcome.

They are no one person's workspace, so they have no `owner_id`; on PostgreSQL row-level
security (migration 0013_caseload) shows a row only to the people it is between: the student,
their assigned counsellors and, for outcomes and shares, the institution's admins.

`caseload_counts` is a student's own derived row (it has an owner, like the read model): their
pipeline summed for the caseload page, kept by PostgreSQL in the transaction of every write
to their applications or read-model rows (migration 0016_caseload_counts)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, FetchedValue, ForeignKey, Integer, String, Text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from unghost.store.models import Base, Owned

IntList = JSON().with_variant(ARRAY(Integer()), "postgresql")


class CounsellorNoteRow(Base):
    """A note from a counsellor to a student (the student reads it)."""

    __tablename__ = "counsellor_notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    counsellor_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    student_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class AttentionMarkRow(Base):
    """A person's answer to a "needs attention" flag: seen, or contacted, with a note."""

    __tablename__ = "attention_marks"
    id: Mapped[int] = mapped_column(primary_key=True)
    counsellor_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    student_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    flag: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(20))  # seen | contacted
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ShareRow(Base):
    """What a student lets their counsellors and admins read beyond the pipeline metadata."""

    __tablename__ = "shares"
    student_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    what: Mapped[str] = mapped_column(String(20), primary_key=True)  # notes | mail
    created_at: Mapped[datetime] = mapped_column(DateTime)


class OutcomeRow(Base):
    """A student's first-destination outcome (a NACE category) and the class it counts in."""

    __tablename__ = "outcomes"
    student_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    cohort: Mapped[str] = mapped_column(String(60), index=True)
    category: Mapped[str | None] = mapped_column(String(40))  # None: not known yet
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class CaseloadCountRow(Owned, Base):
    """One student's pipeline summed over their applications (archived ones aside) and those
    applications' read-model rows; derived data, recounted by PostgreSQL when either changes.

    Thresholds stay out of it: `overdue_days` and `silences` keep every value, so a read counts
    them against data/caseload.toml's numbers of the day; the `as_of`/`basis` bounds and
    `unread` say whether the read-model rows behind it answer for today."""

    __tablename__ = "caseload_counts"
    owner_id: Mapped[int] = mapped_column(  # one row per person
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True,
        server_default=FetchedValue(),
    )  # fmt: skip
    applications: Mapped[int] = mapped_column(Integer)
    waiting: Mapped[int] = mapped_column(Integer)
    offers: Mapped[int] = mapped_column(Integer)
    last_applied: Mapped[date | None] = mapped_column(Date)
    most_overdue: Mapped[int | None] = mapped_column(Integer)
    # overdue business days of each application with a read-model row
    overdue_days: Mapped[list[int]] = mapped_column(IntList)
    # silence in business days of each waiting application (where known)
    silences: Mapped[list[int]] = mapped_column(IntList)
    unread: Mapped[int] = mapped_column(Integer)  # without a read-model row
    first_as_of: Mapped[date | None] = mapped_column(Date)
    last_as_of: Mapped[date | None] = mapped_column(Date)
    first_basis: Mapped[str | None] = mapped_column(String(64))
    last_basis: Mapped[str | None] = mapped_column(String(64))
