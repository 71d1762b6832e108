"""Tables between two people of a server: a counsellor's notes to a student, what a counsellor
did about a flag, what a student shares, and a student's first-destination outcome.

They are no one person's workspace, so they have no `owner_id`; on PostgreSQL row-level
security (migration 0013_caseload) shows a row only to the people it is between: the student,
their assigned counsellors and, for outcomes and shares, the institution's admins."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from unghost.store.models import Base


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
