"""Business-day calendars per country and subdivision, from the `holidays` package."""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from itertools import accumulate
from typing import Any, cast

# names are kept in English; domain/country_names.py `translate_holidays` gives Chinese ones
NAME_LANGUAGE = "en_US"


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


@dataclass(frozen=True, slots=True)
class HolidayTable:
    """What a calendar takes from the `holidays` package for a region over some years."""

    weekend: frozenset[int]  # weekday numbers, Monday 0
    names: Mapping[date, str]  # each holiday's name, in the package's order
    workdays: frozenset[date]  # weekend days decreed working days


def holiday_table(
    country: str, subdivision: str | None, years: tuple[int, ...], language: str | None
) -> HolidayTable:
    """The `holidays` package's answer (~0.15 s to import it: only when a calendar is built)."""
    import holidays

    table = holidays.country_holidays(country, subdiv=subdivision, years=years, language=language)
    return HolidayTable(frozenset(table.weekend), dict(table.items()),
                        frozenset(table.weekend_workdays))  # fmt: skip


HolidaySource = Callable[[str, str | None, tuple[int, ...], str | None], HolidayTable]
# Where calendars take their holidays from: the package itself, or what a caller installs in
# its place with the same answers (store/holidaycache.py keeps them on disk between runs).
_SOURCE: list[HolidaySource] = [holiday_table]


def use_holiday_source(source: HolidaySource | None) -> None:
    """Take holidays from `source` from now on (None: the package again); the calendars built
    so far are forgotten."""
    from unghost.domain.country_names import translate_holidays

    _SOURCE[0] = source or holiday_table
    _longest.clear()
    get_calendar.cache_clear()
    translate_holidays.cache_clear()


@cache
def _countries() -> Mapping[str, Mapping[str, Any]]:
    """The `holidays` package's countries, from the data file written for its version.

    Package data read like a module import (scripts/holiday_regions.py writes it; a test checks
    it against the installed package): listing them through `holidays` imports ~500 modules.
    """
    from unghost.data import read_text

    text = read_text("holiday_regions.json")
    return cast("Mapping[str, Mapping[str, Any]]", json.loads(text)["countries"])


@cache
def _supported() -> Mapping[str, tuple[str, ...]]:
    return {code: tuple(entry["subdivisions"]) for code, entry in _countries().items()}


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
    A calendar over a few years is usually a slice of a longer one of the same region
    (`get_calendar`), so the agenda and the history share the work of building it.
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
        "_workday_years",
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
            table = _SOURCE[0](
                region.country, region.subdivision, tuple(years), _language(region.country)
            )
            weekend, names, workdays = table.weekend, dict(table.names), table.workdays
        self.weekend = weekend
        size = self.last.toordinal() - self._base + 1
        first_weekday = self.first.weekday()
        is_open = bytearray(0 if (first_weekday + o) % 7 in weekend else 1 for o in range(size))
        base = self._base
        for day in workdays:
            if 0 <= day.toordinal() - base < size:
                is_open[day.toordinal() - base] = 1
        day_names: dict[int, str] = {}
        for day, name in names.items():
            offset = day.toordinal() - base
            if 0 <= offset < size:
                day_names[offset] = name
                is_open[offset] = 0
        self._open = bytes(is_open)
        self._business = [o for o, flag in enumerate(self._open) if flag]
        self._count = [0, *accumulate(self._open)]
        self._names = day_names
        self._holiday_offsets = sorted(day_names)
        self._closures = self._find_closures()
        self._closure_starts = [c.start.toordinal() for c in self._closures]
        self._workday_years = frozenset(d.year for d in workdays)
        self.provisional_years = frozenset(
            year
            for year in range(first_year, last_year + 1)
            if decreed and year not in self._workday_years
        )

    def slice(self, first_year: int, last_year: int, *, decreed: bool) -> BusinessCalendar:
        """The same calendar over [first_year, last_year], a part of this one's years.

        Equal to building it afresh: runs of days off are cut at the new span's edges.
        """
        view = object.__new__(BusinessCalendar)
        view.region = self.region
        view.weekend = self.weekend
        view.first = date(first_year, 1, 1)
        view.last = date(last_year, 12, 31)
        view._base = view.first.toordinal()
        lo = view._base - self._base
        hi = view.last.toordinal() - self._base + 1
        if lo < 0 or hi > len(self._open):
            raise ValueError(f"{first_year}-{last_year} is not within {self.first}-{self.last}")
        view._open = self._open[lo:hi]
        view._count = [c - self._count[lo] for c in self._count[lo : hi + 1]]
        start, stop = bisect_left(self._business, lo), bisect_left(self._business, hi)
        view._business = [o - lo for o in self._business[start:stop]]
        offsets = self._holiday_offsets
        kept = offsets[bisect_left(offsets, lo) : bisect_left(offsets, hi)]
        view._names = {o - lo: self._names[o] for o in kept}
        view._holiday_offsets = [o - lo for o in kept]
        view._closures = [
            c
            for c in (_clip(view, c) for c in self.list_closures(view.first, view.last))
            if c is not None
        ]
        view._closure_starts = [c.start.toordinal() for c in view._closures]
        view._workday_years = self._workday_years
        view.provisional_years = frozenset(
            year
            for year in range(first_year, last_year + 1)
            if decreed and year not in self._workday_years
        )
        return view

    def covers(self, day: date) -> bool:
        return self.first <= day <= self.last

    def offset(self, day: date) -> int:
        return day.toordinal() - self._base

    def day_at(self, offset: int) -> date:
        return date.fromordinal(self._base + offset)

    def open_days(self) -> bytes:
        """One byte per day from `first` to `last`: 1 on a business day, 0 on a day off."""
        return self._open

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


def country_entry(country: str) -> Mapping[str, Any] | None:
    """What the `holidays` package knows of a country: its name, languages and subdivisions."""
    return _countries().get(country)


def holiday_names(
    country: str, subdivision: str | None, year: int, language: str
) -> Mapping[date, str]:
    """Each holiday of a year and its name in `language`, from the current holiday source."""
    return _SOURCE[0](country, subdivision, (year,), language).names


def _language(country: str) -> str | None:
    entry = _countries().get(country)
    return NAME_LANGUAGE if entry and NAME_LANGUAGE in entry["languages"] else None


def _clip(view: BusinessCalendar, closure: Closure) -> Closure | None:
    """A closure of a longer calendar as `view` sees it: cut at its edges, or None."""
    if view.first <= closure.start and closure.end <= view.last:
        return closure
    start, end = max(closure.start, view.first), min(closure.end, view.last)
    named = [o for o in range(view.offset(start), view.offset(end) + 1) if o in view._names]
    if not named:
        return None
    lost = sum(
        (start + timedelta(days=i)).weekday() not in view.weekend
        for i in range((end - start).days + 1)
    )
    names = _tidy([view._names[o] for o in named])
    return Closure(start, end, names, lost, view.day_at(named[0]), view.day_at(named[-1]))


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


# One calendar per region over the years asked so far; each span asked is a slice of it (equal to
# building that span afresh), so the agenda, the history and the diagnosis share one array.
_longest: dict[tuple[Region, bool], BusinessCalendar] = {}


@lru_cache(maxsize=256)
def get_calendar(
    region: Region, first_year: int, last_year: int, decreed: bool
) -> BusinessCalendar:
    """The cached calendar of a region over [first_year, last_year]."""
    key = (region, decreed)
    whole = _longest.get(key)
    if whole is None or whole.first.year > first_year or whole.last.year < last_year:
        lo, hi = first_year, last_year
        if whole is not None:
            lo, hi = min(lo, whole.first.year), max(hi, whole.last.year)
        whole = _longest[key] = BusinessCalendar(region, lo, hi, decreed=decreed)
    if (whole.first.year, whole.last.year) == (first_year, last_year):
        return whole
    return whole.slice(first_year, last_year, decreed=decreed)
