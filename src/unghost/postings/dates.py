"""Posting dates as sites write them: ISO with or without zone, slashes, 年月日, month names, epochs."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan", "janvier", "januar", "janv"),
            ("february", "feb", "février", "fevrier", "februar", "févr", "fevr"),
            ("march", "mar", "mars", "märz", "marz"),
            ("april", "apr", "avril", "avr"),
            ("may", "mai"),
            ("june", "jun", "juin", "juni"),
            ("july", "jul", "juillet", "juil", "juli"),
            ("august", "aug", "août", "aout"),
            ("september", "sep", "sept", "septembre"),
            ("october", "oct", "octobre", "oktober", "okt"),
            ("november", "nov", "novembre"),
            ("december", "dec", "décembre", "decembre", "dezember", "dez", "déc"),
        ),
        start=1,
    )
    for name in names
}
_YMD = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_DMY = re.compile(r"(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})")
_NAMED_MDY = re.compile(r"([a-zéûä]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.I)
_NAMED_DMY = re.compile(r"(\d{1,2})(?:st|nd|rd|th|er)?\.?\s+([a-zéûä]+)\.?,?\s+(\d{4})", re.I)
# Epoch numbers between 2000-01-01 and 2100-01-01, in seconds or milliseconds.
_EPOCH_S = (946_684_800, 4_102_444_800)


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_posting_date(value: object) -> date | None:
    """The calendar date a posting gives, as written (no zone conversion); None if unclear."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float):
        return _from_epoch(float(value))
    if isinstance(value, dict):
        return parse_posting_date(value.get("@value") or value.get("value"))
    if isinstance(value, list):
        return parse_posting_date(value[0]) if value else None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text.isdigit():
        return _from_epoch(float(text))
    return _from_text(text)


def _from_epoch(number: float) -> date | None:
    seconds = number / 1000 if number > _EPOCH_S[1] else number
    if not _EPOCH_S[0] <= seconds < _EPOCH_S[1]:
        return None
    return datetime.fromtimestamp(seconds, tz=UTC).date()


def _from_text(text: str) -> date | None:
    match = _YMD.search(text)
    if match:
        return _make(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = _DMY.search(text)
    if match:
        first, separator, second, year = (
            int(match.group(1)),
            match.group(2),
            int(match.group(3)),
            int(match.group(4)),
        )
        if separator == "." or first > 12:
            return _make(year, second, first)  # 18.03.2017 (Europe), 18/03/2017
        if second > 12:
            return _make(year, first, second)  # 03/18/2017 (US)
        return None  # 03/04/2017 could be either; better unknown than wrong
    match = _NAMED_MDY.search(text)
    if match and match.group(1).lower() in _MONTHS:
        return _make(int(match.group(3)), _MONTHS[match.group(1).lower()], int(match.group(2)))
    match = _NAMED_DMY.search(text)
    if match and match.group(2).lower() in _MONTHS:
        return _make(int(match.group(3)), _MONTHS[match.group(2).lower()], int(match.group(1)))
    return None
