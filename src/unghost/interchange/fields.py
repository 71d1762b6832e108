"""Parsing of single field values from import files, each problem named by its place."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Any, TypeVar

from unghost.domain.records import Status
from unghost.errors import InvalidInputError

T = TypeVar("T")
_VOCABULARY: dict[str, Any] | None = None
_STATUS_ALIASES: dict[str, Status] | None = None
_DAY_BOUNDS: tuple[date, date] | None = None
_EMOJI = re.compile(r"[^\w\s'\u4e00-\u9fff]+")
_SLASH_DATE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_YMD_SLASH = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_CN_DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")
_TEXT_FORMATS = ("%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y", "%b %d %Y")


# The longest text each field takes: one table for the forms, the API, the CLI and the imports
# (each within its column's width in store/models.py).
TEXT_LIMITS = {
    "company": 200, "title": 200, "ref": 120, "domain": 255, "industry": 100, "location": 300,
    "subdivision": 10, "email": 320, "phone": 50, "url": 2000, "contact_name": 200,
    "contact_role": 60, "currency": 3, "notes": 100_000,
}  # fmt: skip


class FieldError(InvalidInputError, ValueError):
    """A value that cannot be read; the caller adds where it was. At an edge it is an
    ordinary invalid-input error, so a command needs no wrapping of its own."""


@dataclass(frozen=True, slots=True)
class DateStyle:
    """How to read a slash date such as 03/04/2026 when both orders are possible."""

    day_first: bool = False


def vocabulary() -> dict[str, Any]:
    """The trackers' vocabulary (status names, column aliases), read once."""
    global _VOCABULARY
    if _VOCABULARY is None:
        import tomllib
        from importlib.resources import files

        _VOCABULARY = tomllib.loads(
            files("unghost.data").joinpath("trackers.toml").read_text(encoding="utf-8")
        )
    return _VOCABULARY


def _status_aliases() -> dict[str, Status]:
    global _STATUS_ALIASES
    if _STATUS_ALIASES is None:
        _STATUS_ALIASES = {s.value: s for s in Status}
        for name, aliases in vocabulary()["status"].items():
            for alias in aliases:
                _STATUS_ALIASES[normal_label(alias)] = Status(name)
    return _STATUS_ALIASES


def normal_label(text: str) -> str:
    """A header or status label without emoji, case or repeated spaces."""
    return re.sub(r"\s+", " ", _EMOJI.sub(" ", str(text))).strip().casefold()


MONTH_FIRST = DateStyle(day_first=False)


def parse_status(value: Any) -> Status:
    status = _status_aliases().get(normal_label(value))
    if status is None:
        known = ", ".join(s.value for s in Status)
        raise FieldError(f"unknown status {value!r} (known: {known})")
    return status


def day_bounds() -> tuple[date, date]:
    """The first and last day unghost keeps (data/recording.toml `days`): the holiday calendars
    and business-day arithmetic cover these years, so a date outside them is a typo."""
    global _DAY_BOUNDS
    if _DAY_BOUNDS is None:
        from unghost.mail.lexicon import load_table

        days = load_table("recording")["days"]
        _DAY_BOUNDS = (date.fromisoformat(days["first"]), date.fromisoformat(days["last"]))
    return _DAY_BOUNDS


def bounded_day(day: date, text: object = None) -> date:
    """`day` itself, or a FieldError when it lies outside `day_bounds()`."""
    low, high = day_bounds()
    if not low <= day <= high:
        shown = day.isoformat() if text is None else str(text)
        raise FieldError(
            f"{shown!r} is outside the years unghost keeps ({low.isoformat()} to {high.isoformat()})"
        )
    return day


def parse_date(value: Any, style: DateStyle = MONTH_FIRST) -> date:
    """ISO dates (or a timestamp's date), d/m/y or m/d/y, `Sep 5, 2026`, 2026年9月5日, each
    within `day_bounds()`."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return bounded_day(value)
    return bounded_day(_parse_date(value, style), str(value).strip())


def _parse_date(value: Any, style: DateStyle) -> date:
    text = str(value).strip()
    if not text:
        raise FieldError("empty date")
    try:
        if len(text) > 10 and text[10] in "T ":
            return parse_datetime(text, None).date()
        return date.fromisoformat(text)
    except (ValueError, FieldError):
        pass
    for pattern in (_ISO_DATE, _YMD_SLASH, _CN_DATE):
        m = pattern.match(text)
        if m:
            return _checked_date(text, int(m[1]), int(m[2]), int(m[3]))
    m = _SLASH_DATE.match(text)
    if m:
        a, b, year = int(m[1]), int(m[2]), int(m[3])
        day_first = style.day_first if a <= 12 and b <= 12 else a > 12
        day, month = (a, b) if day_first else (b, a)
        return _checked_date(text, year, month, day)
    for fmt in _TEXT_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise FieldError(f"{text!r} is not a date (use YYYY-MM-DD)")


def _checked_date(text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise FieldError(f"{text!r} is not a real date") from None


def parse_datetime(value: Any, zone: tzinfo | None) -> datetime:
    """An ISO timestamp; without an offset it is read in `zone` (the user's)."""
    text = str(value).strip()
    if not text:
        raise FieldError("empty date and time")
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        try:
            at = datetime.combine(parse_date(text), time(0))
        except FieldError:
            raise FieldError(
                f"{text!r} is not a date and time (use 2026-09-28T10:00:00+08:00)"
            ) from None
    if at.tzinfo is None:
        if zone is None:
            raise FieldError(f"{text!r} has no time zone")
        # fold the zone to a fixed offset so storage keeps exactly what was meant
        offset = at.replace(tzinfo=zone).utcoffset() or timedelta(0)
        at = at.replace(tzinfo=timezone(offset))
    bounded_day(at.date(), text)
    return at


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    if text in ("true", "yes", "y", "1", "是"):
        return True
    if text in ("false", "no", "n", "0", "", "否"):
        return False
    raise FieldError(f"{value!r} is not true or false")


def parse_int(value: Any, *, low: int | None = None, high: int | None = None) -> int:
    if isinstance(value, bool):
        raise FieldError(f"{value!r} is not a whole number")
    try:
        number = int(str(value).strip())
    except ValueError:
        raise FieldError(f"{value!r} is not a whole number") from None
    if (low is not None and number < low) or (high is not None and number > high):
        raise FieldError(f"{number} is out of range ({low}..{high})")
    return number


def parse_text(value: Any, *, limit: int = 100_000) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict | list):
        raise FieldError("expected text, found a nested object")
    text = str(value).strip()
    if len(text) > limit:
        raise FieldError(f"text is longer than {limit} characters")
    return text or None


def parse_limited(name: str) -> Any:
    """A parser of `name`'s text that refuses what is longer than TEXT_LIMITS allows."""
    limit = TEXT_LIMITS[name]

    def parse(value: Any) -> str | None:
        text = parse_text(value)
        if text is not None and len(text) > limit:
            raise FieldError(f"{len(text)} characters is too long (at most {limit})")
        return text

    return parse


def parse_url(value: Any) -> str | None:
    """A posting URL: http(s) only (domain/links.py), so no import stores a `javascript:`."""
    from unghost.domain.links import parse_posting_url

    text = parse_text(value, limit=10_000)
    try:
        return parse_posting_url(text)
    except InvalidInputError as exc:
        raise FieldError(exc.message) from None


def parse_country(value: Any) -> str | None:
    text = parse_text(value)
    if text is None:
        return None
    if not re.fullmatch(r"[A-Za-z]{2}", text) or not is_country(text):
        raise FieldError(f"{value!r} is not a two-letter country code (ISO 3166-1, e.g. CN, US)")
    return text.upper()


def is_country(code: str) -> bool:
    """An ISO 3166-1 alpha-2 code in use (the phone-number library's list, with no network)."""
    import phonenumbers

    code = code.upper()
    return code in phonenumbers.SUPPORTED_REGIONS or code in _NO_PHONE_REGIONS


_NO_PHONE_REGIONS = frozenset({"AQ", "BV", "GS", "HM", "PN", "TF", "UM"})  # no dialling code


def parse_enum(kind: type[T]) -> Callable[[Any], T]:
    """A parser of one member of the StrEnum `kind`, naming the known values when it fails."""

    def parse(value: Any) -> T:
        try:
            return kind(str(value).strip().lower())  # type: ignore[call-arg]  # a StrEnum
        except ValueError:
            known = ", ".join(k.value for k in kind)  # type: ignore[attr-defined]  # an enum
            raise FieldError(f"unknown value {value!r} (known: {known})") from None

    return parse
