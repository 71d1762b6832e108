"""Calendars and capacities built once per region: every span is a slice equal to a fresh build."""

from __future__ import annotations

import importlib.util
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.timeline import params
from unghost.domain.calendar import BusinessCalendar, find_region, get_calendar
from unghost.domain.capacity import Capacity
from unghost.domain.seasons import list_budget_seasons, list_busy_seasons, list_slow_periods

ROOT = Path(__file__).resolve().parents[2]
COUNTRIES = ["US", "CN", "JP", "FR", "GB", "DE"]


def _region(country: str):  # type: ignore[no-untyped-def]
    seasons = params().seasons
    return find_region(
        country,
        None,
        default_country="US",
        aliases=seasons.country_aliases,
        default_subdivisions=seasons.default_subdivisions,
    )


def _days(cal: BusinessCalendar) -> list[date]:
    return [cal.first + timedelta(days=i) for i in range((cal.last - cal.first).days + 1)]


@pytest.mark.parametrize("country", COUNTRIES)
def test_a_slice_equals_the_calendar_built_for_its_span(country: str) -> None:
    region = _region(country)
    decreed = region.country in params().seasons.decreed_countries
    whole = BusinessCalendar(region, 2021, 2029, decreed=decreed)
    for first, last in [(2024, 2027), (2025, 2025), (2021, 2023), (2026, 2029)]:
        fresh = BusinessCalendar(region, first, last, decreed=decreed)
        part = whole.slice(first, last, decreed=decreed)
        assert part.open_days() == fresh.open_days()
        assert part.list_holidays(part.first, part.last) == fresh.list_holidays(
            fresh.first, fresh.last
        )
        # Runs of days off around New Year are cut at the span's edges, as a fresh build cuts them.
        assert part.list_closures(part.first, part.last) == fresh.list_closures(
            fresh.first, fresh.last
        )
        assert part.provisional_years == fresh.provisional_years
        assert part.add_business_days(date(last, 12, 20), 30) is None
        for day in _days(fresh)[::17]:
            assert part.add_business_days(day, 5) == fresh.add_business_days(day, 5)
            assert part.count_business_days(fresh.first, day) == fresh.count_business_days(
                fresh.first, day
            )


def test_get_calendar_builds_one_array_per_region_for_every_span() -> None:
    region = _region("FR")
    a = get_calendar(region, 2030, 2033, False)
    b = get_calendar(region, 2031, 2032, False)
    start = a.offset(b.first)
    assert a.open_days()[start : start + len(b.open_days())] == b.open_days()
    assert b.first == date(2031, 1, 1) and b.last == date(2032, 12, 31)


def _capacity(cal: BusinessCalendar, country: str) -> Capacity:
    seasons = params().seasons
    first, last = cal.first.year, cal.last.year
    spans = list_slow_periods(seasons, cal)
    spans += list_busy_seasons(seasons, country, "retail", first, last)
    spans += list_budget_seasons(seasons, 12, first, last)
    return Capacity(cal, spans, seasons.pause_below_hazard)


SPAN_DAYS = st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31))


@settings(max_examples=200, deadline=None)
@given(
    country=st.sampled_from(COUNTRIES),
    after=SPAN_DAYS,
    gap=st.integers(min_value=-5, max_value=400),
    amount=st.floats(min_value=0.0, max_value=200.0),
    n=st.integers(min_value=0, max_value=60),
)
def test_a_capacity_view_answers_as_a_capacity_built_over_its_years(
    country: str, after: date, gap: int, amount: float, n: int
) -> None:
    """Same spans, same answers: the view only narrows the years it answers for."""
    region = _region(country)
    decreed = region.country in params().seasons.decreed_countries
    whole_cal = get_calendar(region, 2023, 2028, decreed)
    part_cal = get_calendar(region, 2024, 2027, decreed)
    whole = _capacity(whole_cal, country)
    fresh = Capacity(part_cal, whole.spans, params().seasons.pause_below_hazard)
    view = whole.view(part_cal)
    through = after + timedelta(days=gap)
    assert view.elapsed(after, through) == pytest.approx(fresh.elapsed(after, through), abs=1e-9)
    assert view.elapsed_calendar(after, through) == pytest.approx(
        fresh.elapsed_calendar(after, through), abs=1e-9
    )
    assert view.weekdays(after, through) == fresh.weekdays(after, through)
    assert view.add_plannable_days(after, n) == fresh.add_plannable_days(after, n)
    assert view.date_after(after, amount) == fresh.date_after(after, amount)
    assert view.list_spans(after, through, "slow") == fresh.list_spans(after, through, "slow")


def _generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "holiday_regions", ROOT / "scripts/holiday_regions.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_supported_country_list_matches_the_installed_holidays_package() -> None:
    """Run `python scripts/holiday_regions.py` after upgrading `holidays` when this fails."""
    generator = _generator()
    stored = json.loads(generator.TARGET.read_text(encoding="utf-8"))
    assert stored == json.loads(generator.render(generator.build()))
