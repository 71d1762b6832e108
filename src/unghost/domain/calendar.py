"""Business-day calendars per country and subdivision, from the `holidays` package."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

import holidays

_LANGUAGE = "en_US"  # names are kept in English; `translate_holidays` gives Chinese ones
_CHINESE = "zh_CN"
_COUNTRY_ZH = {"CN": "中国", "HK": "香港", "MO": "澳门", "TW": "台湾", "JP": "日本", "US": "美国"}


@dataclass(frozen=True, slots=True)
class Region:
    """Where the employer works, as the calendar understands it."""

    country: str | None  # None: no holiday data at all, weekends only
    subdivision: str | None
    note: str | None = None  # set when the recorded place could not be used as is


@dataclass(frozen=True, slots=True)
class Closure:
    """A run of days off that contains at least one public holiday."""

    start: date
    end: date
    names: tuple[str, ...]
    workdays_lost: int  # days in the run that would be working days without the holidays
    first_holiday: date  # the run without the weekend days around its holidays
    last_holiday: date


@cache
def _supported() -> Mapping[str, tuple[str, ...]]:
    return {code: tuple(subdivs) for code, subdivs in holidays.list_supported_countries().items()}


def find_region(
    country: str | None,
    subdivision: str | None,
    *,
    default_country: str,
    aliases: Mapping[str, str] | None = None,
    default_subdivisions: Mapping[str, str] | None = None,
) -> Region:
    """The calendar region for a company; unknown places fall back with a note, never fail."""
    return _find_region(
        (country or "").strip().upper(),
        (subdivision or "").strip().upper() or None,
        default_country.strip().upper(),
        tuple(sorted((aliases or {}).items())),
        tuple(sorted((default_subdivisions or {}).items())),
    )


@lru_cache(maxsize=4096)
def _find_region(
    country: str,
    subdivision: str | None,
    default_country: str,
    aliases: tuple[tuple[str, str], ...],
    default_subdivisions: tuple[tuple[str, str], ...],
) -> Region:
    supported = _supported()
    alias = dict(aliases)
    note = None
    code = alias.get(country, country)
    if not code or code not in supported:
        fallback = alias.get(default_country, default_country)
        if code:
            note = f"no holiday calendar for {country!r}; used {fallback}'s"
        code, subdivision = fallback, None
        if code not in supported:
            return Region(None, None, f"no holiday calendar for {fallback!r}; weekends only")
    if subdivision is None:
        subdivision = dict(default_subdivisions).get(code)
    elif subdivision not in supported[code]:
        note = f"no holiday calendar for {subdivision!r} in {code}; used the national one"
        subdivision = None
    return Region(code, subdivision, note)


class BusinessCalendar:
    """The working days of one region over a span of whole years, as arrays for speed.

    Counting conventions: `count_business_days(after, through)` counts the days in
    (after, through]; `add_business_days(day, n)` is the n-th business day after `day`.
    """

    __slots__ = (
        "_base",
        "_business",
        "_closure_starts",
        "_closures",
        "_count",
        "_holiday_offsets",
        "_names",
        "_open",
        "first",
        "last",
        "provisional_years",
        "region",
        "weekend",
    )

    def __init__(self, region: Region, first_year: int, last_year: int, *, decreed: bool) -> None:
        self.region = region
        self.first = date(first_year, 1, 1)
        self.last = date(last_year, 12, 31)
        self._base = self.first.toordinal()
        years = range(first_year - 1, last_year + 2)  # neighbours hold cross-year substitutes
        if region.country is None:
            weekend: frozenset[int] = frozenset({5, 6})
            names: dict[date, str] = {}
            workdays: frozenset[date] = frozenset()
        else:
            table = holidays.country_holidays(
                region.country,
                subdiv=region.subdivision,
                years=years,
                language=_language(region.country),
            )
            weekend = frozenset(table.weekend)
            names = dict(table.items())
            workdays = frozenset(table.weekend_workdays)
        self.weekend = weekend
        size = self.last.toordinal() - self._base + 1
        is_open = bytearray(size)
        count = [0] * (size + 1)
        business: list[int] = []
        day_names: dict[int, str] = {}
        day = self.first
        for offset in range(size):
            name = names.get(day)
            if name is not None:
                day_names[offset] = name
            if name is None and (day.weekday() not in weekend or day in workdays):
                is_open[offset] = 1
                business.append(offset)
            count[offset + 1] = len(business)
            day += timedelta(days=1)
        self._open = bytes(is_open)
        self._count = count
        self._business = business
        self._names = day_names
        self._holiday_offsets = sorted(day_names)
        self._closures = self._find_closures()
        self._closure_starts = [c.start.toordinal() for c in self._closures]
        covered = {d.year for d in workdays}
        self.provisional_years = frozenset(
            year for year in range(first_year, last_year + 1) if decreed and year not in covered
        )

    def covers(self, day: date) -> bool:
        return self.first <= day <= self.last

    def offset(self, day: date) -> int:
        return day.toordinal() - self._base

    def day_at(self, offset: int) -> date:
        return date.fromordinal(self._base + offset)

    def is_business_day(self, day: date) -> bool:
        """True when the employer works that day (a make-up weekend workday counts)."""
        return bool(self._open[day.toordinal() - self._base])

    def count_business_days(self, after: date, through: date) -> int:
        """Business days in (after, through]; 0 when through is not after `after`."""
        if through <= after:
            return 0
        return (
            self._count[through.toordinal() - self._base + 1]
            - self._count[after.toordinal() - self._base + 1]
        )

    def add_business_days(self, day: date, n: int) -> date | None:
        """The n-th business day after `day` (n >= 1), or the next one on or after it (n = 0).

        None when the answer falls beyond the years this calendar covers.
        """
        index = self._count[day.toordinal() - self._base + (1 if n > 0 else 0)] + max(n, 1) - 1
        if index >= len(self._business):
            return None
        return date.fromordinal(self._base + self._business[index])

    def next_business_day(self, day: date) -> date | None:
        """`day` itself when it is a business day, else the first one after it."""
        return self.add_business_days(day, 0)

    def find_holiday(self, day: date) -> str | None:
        return self._names.get(day.toordinal() - self._base)

    def list_holidays(self, start: date, end: date) -> list[tuple[date, str]]:
        """Public holidays in [start, end], with their names, in date order."""
        offsets = self._holiday_offsets
        lo = bisect_left(offsets, start.toordinal() - self._base)
        hi = bisect_right(offsets, end.toordinal() - self._base)
        return [(date.fromordinal(self._base + o), self._names[o]) for o in offsets[lo:hi]]

    def list_closures(self, start: date, end: date) -> list[Closure]:
        """Runs of days off with a public holiday in them that overlap [start, end]."""
        first = max(bisect_right(self._closure_starts, start.toordinal()) - 1, 0)
        last = bisect_right(self._closure_starts, end.toordinal())
        return [c for c in self._closures[first:last] if c.end >= start and c.start <= end]

    def _find_closures(self) -> list[Closure]:
        closures: list[Closure] = []
        size = len(self._open)
        offset = 0
        while offset < size:
            if self._open[offset]:
                offset += 1
                continue
            stop = offset
            while stop + 1 < size and not self._open[stop + 1]:
                stop += 1
            named = [o for o in range(offset, stop + 1) if o in self._names]
            if named:
                start, end = self.day_at(offset), self.day_at(stop)
                lost = sum(
                    (start + timedelta(days=i)).weekday() not in self.weekend
                    for i in range(stop - offset + 1)
                )
                names = _tidy([self._names[o] for o in named])
                closures.append(
                    Closure(start, end, names, lost, self.day_at(named[0]), self.day_at(named[-1]))
                )
            offset = stop + 1
        return closures


@cache
def country_name(country: str | None) -> str:
    """`China`, `United States`: the English name the `holidays` package gives a country."""
    if country is None:
        return "your region"
    entity = type(holidays.country_holidays(country, years=()))
    for cls in entity.__mro__:
        if cls.__name__ != country and len(cls.__name__) > 3:
            return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", cls.__name__)
    return country


def country_name_zh(country: str | None) -> str:
    """`中国`, or the English name where no Chinese one is known."""
    if country is None:
        return "你所在地区"
    return _COUNTRY_ZH.get(country) or country_name(country)


@lru_cache(maxsize=64)
def translate_holidays(country: str | None, subdivision: str | None, year: int) -> dict[str, str]:
    """English holiday name -> Simplified Chinese one, where the `holidays` package has it.

    Empty for a country without Chinese names: sentences then keep the English name.
    """
    if country is None:
        return {}
    entity = holidays.country_holidays(country, years=())
    if _CHINESE not in entity.supported_languages or _language(country) is None:
        return {}
    english = holidays.country_holidays(country, subdiv=subdivision, years=year, language=_LANGUAGE)
    chinese = holidays.country_holidays(country, subdiv=subdivision, years=year, language=_CHINESE)
    names: dict[str, str] = {}
    for day, en_name in english.items():
        en_parts = en_name.split("; ")
        zh_parts = str(chinese.get(day, "")).split("; ")
        if len(en_parts) != len(zh_parts):
            continue
        for en_part, zh_part in zip(en_parts, zh_parts, strict=True):
            key = en_part.replace(" (observed)", "").replace(" (estimated)", "").strip()
            value = re.sub(r"（[^）]*）$", "", zh_part).strip()
            if key and value:
                names.setdefault(key, value)
    return names


def _language(country: str) -> str | None:
    entity = holidays.country_holidays(country, years=())
    return _LANGUAGE if _LANGUAGE in entity.supported_languages else None


def _tidy(names: list[str]) -> tuple[str, ...]:
    """Distinct holiday names of a closure, without the bookkeeping entries."""
    seen: list[str] = []
    for raw in names:
        for part in raw.split("; "):
            name = part.replace(" (observed)", "").replace(" (estimated)", "").strip()
            if name.startswith("Day off (substituted") or name in seen:
                continue
            seen.append(name)
    return tuple(seen) or (names[0],)


@lru_cache(maxsize=256)
def get_calendar(
    region: Region, first_year: int, last_year: int, decreed: bool
) -> BusinessCalendar:
    """The cached calendar of a region over [first_year, last_year]."""
    return BusinessCalendar(region, first_year, last_year, decreed=decreed)
