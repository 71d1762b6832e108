"""The one place that reads the real date; everything below the edges takes `today`."""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from unghost.errors import InvalidInputError


def parse_today(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInputError(f"--today must be a date as YYYY-MM-DD, not {text!r}") from None


def local_zone(name: str | None = None) -> tzinfo:
    """The user's zone: an IANA name when given, else the system's."""
    if name:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            raise InvalidInputError(f"unknown time zone {name!r}") from None
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def get_today(override: str | None, zone: tzinfo) -> date:
    """Today in the user's zone, unless --today / UNGHOST_TODAY fixes it."""
    if override:
        return parse_today(override)
    return datetime.now(zone).date()
