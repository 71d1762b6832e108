"""The employer's year as dated spans: slow periods, busy seasons, budget and campus seasons."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from unghost.domain.calendar import BusinessCalendar
from unghost.domain.parameters import MonthDay, Period, SeasonParams

SLOW, BUSY, BUDGET, CAMPUS = "slow", "busy", "budget", "campus"
_WEEK = timedelta(days=7)
_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Span:
    """A dated stretch of reduced hiring work: the clock runs at `hazard` of its normal speed."""

    name: str
    kind: str  # slow | busy | budget | campus
    start: date
    end: date
    hazard: float
    name_zh: str = ""  # the name in Chinese sentences; empty means the English one


def _applies(codes: frozenset[str], value: str | None) -> bool:
    return "*" in codes or (value is not None and value in codes)


def _dated(month_day: MonthDay, year: int) -> date:
    month, day = month_day
    if (month, day) == (2, 29) and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        day = 28
    return date(year, month, day)


def _yearly(period: Period, kind: str, first_year: int, last_year: int) -> list[Span]:
    spans = []
    for year in range(first_year - 1, last_year + 1):
        start = _dated(period.start, year)
        end = _dated(period.end, year)
        if end < start:  # crosses New Year
            end = _dated(period.end, year + 1)
        spans.append(Span(period.name, kind, start, end, period.hazard, period.name_zh))
    return spans


def list_slow_periods(seasons: SeasonParams, calendar: BusinessCalendar) -> list[Span]:
    """Slow periods of the calendar's country over its years, fixed and holiday-anchored."""
    country = calendar.region.country
    first, last = calendar.first.year, calendar.last.year
    spans: list[Span] = []
    for period in seasons.slow_periods:
        if _applies(period.countries, country):
            spans.extend(_yearly(period, SLOW, first, last))
    for anchored in seasons.anchored_periods:
        if not _applies(anchored.countries, country):
            continue
        for closure in calendar.list_closures(calendar.first, calendar.last):
            if anchored.holiday not in closure.names:
                continue
            for week, hazard in enumerate(anchored.weekly):
                start = closure.end + _DAY + week * _WEEK
                spans.append(
                    Span(anchored.name, SLOW, start, start + 6 * _DAY, hazard, anchored.name_zh)
                )
            for week, hazard in enumerate(anchored.weeks_before):
                end = closure.start - _DAY - week * _WEEK
                spans.append(
                    Span(anchored.name, SLOW, end - 6 * _DAY, end, hazard, anchored.name_zh)
                )
    return spans


def list_busy_seasons(
    seasons: SeasonParams,
    country: str | None,
    industry: str | None,
    first_year: int,
    last_year: int,
) -> list[Span]:
    """Busy seasons that apply to this industry in this country."""
    spans: list[Span] = []
    for season in seasons.busy_seasons:
        if _applies(season.countries, country) and _applies(season.industries, industry):
            spans.extend(_yearly(season, BUSY, first_year, last_year))
    return spans


def find_fiscal_year_end(
    seasons: SeasonParams, company_month: int | None, country: str | None, industry: str | None
) -> tuple[int, str]:
    """The month the employer's fiscal year ends, and where that came from."""
    if company_month is not None and 1 <= company_month <= 12:
        return company_month, "company"
    if country is None:
        return seasons.fy_default_end_month, "default"
    if industry == "government" and country in seasons.fy_government_by_country:
        return seasons.fy_government_by_country[country], "government default"
    if country in seasons.fy_by_country:
        return seasons.fy_by_country[country], "country default"
    return seasons.fy_default_end_month, "default"


def fiscal_year_start(end_month: int, year: int) -> date:
    """First day of the fiscal year that starts after the end month of `year`."""
    return date(year + 1, 1, 1) if end_month == 12 else date(year, end_month + 1, 1)


def list_budget_seasons(
    seasons: SeasonParams, end_month: int, first_year: int, last_year: int
) -> list[Span]:
    """The weeks around each fiscal-year start, when budgets for new hires are pending."""
    spans = []
    for year in range(first_year - 1, last_year + 1):
        start = fiscal_year_start(end_month, year)
        spans.append(
            Span(
                "the new fiscal year's budget",
                BUDGET,
                start - seasons.fy_weeks_before_start * _WEEK,
                start + seasons.fy_weeks_after_start * _WEEK - _DAY,
                seasons.fy_hazard,
            )
        )
    return spans


def is_campus_role(seasons: SeasonParams, country: str | None, title: str | None) -> bool:
    """True for new-graduate roles in a country that recruits them on a campus calendar."""
    if not title or not _applies(seasons.campus_countries, country):
        return False
    text = title.casefold()
    return any(word in text for word in seasons.campus_words)


def list_campus_gaps(seasons: SeasonParams, first_year: int, last_year: int) -> list[Span]:
    """The parts of each year outside the campus-recruiting windows."""
    spans = []
    for year in range(first_year, last_year + 1):
        windows = sorted((_dated(a, year), _dated(b, year)) for a, b in seasons.campus_windows)
        cursor = date(year, 1, 1)
        for start, end in windows:
            if start > cursor:
                spans.append(
                    Span(
                        "outside the campus-recruiting season",
                        CAMPUS,
                        cursor,
                        start - _DAY,
                        seasons.campus_outside_hazard,
                    )
                )
            cursor = max(cursor, end + _DAY)
        if cursor <= date(year, 12, 31):
            spans.append(
                Span(
                    "outside the campus-recruiting season",
                    CAMPUS,
                    cursor,
                    date(year, 12, 31),
                    seasons.campus_outside_hazard,
                )
            )
    return spans
