"""Conversions of stored column values into record values that need no table classes (the
ORM mapping in store/mapping.py and the driver-level reader in store/fastrecord.py share them)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from unghost.domain.records import PayPeriod, Salary


def join_aware(at_utc: datetime, offset_min: int) -> datetime:
    zone = UTC if offset_min == 0 else timezone(timedelta(minutes=offset_min))
    return at_utc.replace(tzinfo=UTC).astimezone(zone)


def salary_record(low: float | None, high: float | None, currency: str | None,
                  period: str | None) -> Salary | None:  # fmt: skip
    """The salary columns as a record; None when nothing is stored."""
    if low is None and high is None and currency is None and period is None:
        return None
    return Salary(min=low, max=high, currency=currency,
                  period=PayPeriod(period) if period else None)  # fmt: skip
