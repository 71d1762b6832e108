"""The stored read model's tables (derived data, kept by store/readsync.py and
services/readmodel.py): each application's assessment, the user's waits, their reply history."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Boolean, Date, FetchedValue, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from unghost.store.models import Base, JSONType, Owned


class ReadModelRow(Owned, Base):
    """One application's assessment as of `as_of` (derived data, kept by store/readsync.py)."""

    __tablename__ = "readmodel_rows"
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), primary_key=True
    )
    as_of: Mapped[date] = mapped_column(Date)
    basis: Mapped[str] = mapped_column(String(64))  # the parameters and default country
    history_key: Mapped[str] = mapped_column(String(64))  # the reply history it was read with
    state: Mapped[str] = mapped_column(String(16))
    anchor: Mapped[date | None] = mapped_column(Date)
    silence: Mapped[float] = mapped_column(Float)
    silence_business_days: Mapped[int | None] = mapped_column(Integer)
    silent_since: Mapped[date | None] = mapped_column(Date)
    p_hear_back: Mapped[float | None] = mapped_column(Float)
    action_kind: Mapped[str] = mapped_column(String(24))
    action_on: Mapped[date | None] = mapped_column(Date)
    action_then: Mapped[str | None] = mapped_column(String(24))
    action_why_en: Mapped[str] = mapped_column(Text)
    action_why_zh: Mapped[str] = mapped_column(Text)
    agenda_kind: Mapped[str | None] = mapped_column(String(24))
    due_now_on: Mapped[date | None] = mapped_column(Date)
    overdue_business_days: Mapped[int] = mapped_column(Integer)
    profile_key: Mapped[str] = mapped_column(String(64))
    __table_args__ = (Index("ix_readmodel_rows_agenda", "agenda_kind", "action_on"),)


class ReadObservationRow(Owned, Base):
    """One wait of the user's in one application, for the reply history (aggregated on read)."""

    __tablename__ = "readmodel_observations"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    phase: Mapped[str] = mapped_column(String(16))
    business_days: Mapped[float] = mapped_column(Float)
    replied: Mapped[bool] = mapped_column(Boolean)


class ReadMetaRow(Owned, Base):
    """The read model's shared values: the reply history aggregated from the observations."""

    __tablename__ = "readmodel_meta"
    owner_id: Mapped[int] = mapped_column(  # one reply history per person
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True,
        server_default=FetchedValue(),
    )  # fmt: skip
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSONType)
