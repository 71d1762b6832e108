"""Business-day calendars: holidays, make-up workdays, fallbacks, and arithmetic that must hold."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.timeline import params
from unghost.domain.calendar import BusinessCalendar, find_region, get_calendar
from unghost.domain.employer import describe_employer
from unghost.domain.records import Company, Role
from unghost.domain.seasons import SLOW


def calendar(country: str, subdivision: str | None = None) -> BusinessCalendar:
    seasons = params().seasons
    region = find_region(
        country,
        subdivision,
        default_country="US",
        aliases=seasons.country_aliases,
        default_subdivisions=seasons.default_subdivisions,
    )
    return get_calendar(region, 2024, 2027, region.country in seasons.decreed_countries)


# The make-up workdays (调休) of the State Council notices for 2025 and 2026: a regression list.
CN_WEEKEND_WORKDAYS = [
    date(2025, 1, 26),
    date(2025, 2, 8),
    date(2025, 4, 27),
    date(2025, 9, 28),
    date(2025, 10, 11),
    date(2026, 1, 4),
    date(2026, 2, 14),
    date(2026, 2, 28),
    date(2026, 5, 9),
    date(2026, 9, 20),
    date(2026, 10, 10),
]


@pytest.mark.parametrize("workday", CN_WEEKEND_WORKDAYS)
def test_china_make_up_weekend_days_are_business_days(workday: date) -> None:
    assert workday.weekday() >= 5
    assert calendar("CN").is_business_day(workday)


def test_china_spring_festival_days_are_off_and_counting_skips_them() -> None:
    cn = calendar("CN")
    assert not cn.is_business_day(date(2026, 2, 16))  # Chinese New Year's Eve
    assert not cn.is_business_day(date(2026, 2, 23))  # a weekday moved off by 调休
    # Fri 13 Feb + 3: Sat 14 Feb is a make-up workday, 15-23 Feb are off.
    assert cn.add_business_days(date(2026, 2, 13), 3) == date(2026, 2, 25)
    assert cn.count_business_days(date(2026, 2, 13), date(2026, 2, 25)) == 3


def test_china_national_day_run_is_one_closure_with_its_lost_workdays() -> None:
    closures = calendar("CN").list_closures(date(2025, 9, 25), date(2025, 10, 20))
    assert len(closures) == 1
    run = closures[0]
    assert (run.start, run.end) == (date(2025, 10, 1), date(2025, 10, 8))
    assert run.names == ("National Day", "Mid-Autumn Festival")
    assert run.workdays_lost == 6  # 1-3 and 6-8 Oct; the 4-5 Oct weekend was off anyway


def test_unannounced_chinese_year_is_flagged_provisional_and_others_are_not() -> None:
    assert calendar("CN").provisional_years == frozenset({2027})
    assert calendar("US").provisional_years == frozenset()
    assert calendar("JP").provisional_years == frozenset()


def test_subdivision_holidays_apply_only_there() -> None:
    cesar_chavez_day = date(2026, 3, 31)
    assert not calendar("US", "CA").is_business_day(cesar_chavez_day)
    assert calendar("US", "NY").is_business_day(cesar_chavez_day)


def test_britain_defaults_to_england_so_easter_monday_is_a_bank_holiday() -> None:
    gb = calendar("GB")
    assert gb.region.subdivision == "ENG"
    assert not gb.is_business_day(date(2026, 4, 6))  # Easter Monday
    assert calendar("UK").region.country == "GB"


def test_unknown_country_falls_back_to_the_default_with_a_note() -> None:
    region = find_region("ZZ", None, default_country="FR")
    assert region.country == "FR"
    assert region.note is not None and "ZZ" in region.note
    assert find_region(None, None, default_country="DE").country == "DE"
    assert find_region(None, None, default_country="DE").note is None


def test_unknown_subdivision_uses_the_national_calendar_with_a_note() -> None:
    region = find_region("US", "ZZ", default_country="US")
    assert (region.country, region.subdivision) == ("US", None)
    assert region.note is not None and "ZZ" in region.note


def test_a_place_without_any_holiday_data_counts_weekends_only() -> None:
    region = find_region("ZZ", None, default_country="QQ")
    assert region.country is None
    bare = get_calendar(region, 2026, 2026, False)
    assert bare.is_business_day(date(2026, 12, 25))
    assert not bare.is_business_day(date(2026, 12, 26))


def test_next_business_day_skips_weekends_and_holidays() -> None:
    us = calendar("US")
    assert us.next_business_day(date(2026, 11, 26)) == date(2026, 11, 27)  # Thanksgiving
    assert us.next_business_day(date(2026, 11, 28)) == date(2026, 11, 30)  # Saturday
    assert us.next_business_day(date(2026, 11, 30)) == date(2026, 11, 30)


def test_holiday_names_come_in_english() -> None:
    names = dict(calendar("DE").list_holidays(date(2026, 10, 1), date(2026, 10, 31)))
    assert names == {date(2026, 10, 3): "German Unity Day"}
    assert calendar("JP").find_holiday(date(2026, 5, 4)) == "Greenery Day"


def test_arithmetic_past_the_covered_years_answers_none() -> None:
    assert calendar("FR").add_business_days(date(2027, 12, 30), 10) is None


COUNTRIES = st.sampled_from(["US", "CN", "JP", "FR", "GB", "DE"])
DAYS = st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 6, 30))


@settings(max_examples=300, deadline=None)
@given(country=COUNTRIES, start=DAYS, n=st.integers(min_value=0, max_value=120))
def test_adding_business_days_never_lands_on_a_holiday_or_a_weekend(
    country: str, start: date, n: int
) -> None:
    cal = calendar(country)
    landed = cal.add_business_days(start, n)
    assert landed is not None
    assert cal.find_holiday(landed) is None
    assert landed.weekday() not in cal.weekend or country == "CN"  # CN: a make-up workday
    assert cal.is_business_day(landed)
    if n > 0:
        assert landed > start
        assert cal.count_business_days(start, landed) == n
    else:
        assert landed >= start


@settings(max_examples=200, deadline=None)
@given(country=COUNTRIES, start=DAYS, gap=st.integers(min_value=0, max_value=60))
def test_counting_matches_a_day_by_day_walk(country: str, start: date, gap: int) -> None:
    cal = calendar(country)
    end = start + timedelta(days=gap)
    walked = sum(cal.is_business_day(start + timedelta(days=i)) for i in range(1, gap + 1))
    assert cal.count_business_days(start, end) == walked


@settings(max_examples=200, deadline=None)
@given(country=COUNTRIES, start=DAYS, n=st.integers(min_value=0, max_value=40))
def test_plannable_days_are_business_days_outside_deep_slow_periods(
    country: str, start: date, n: int
) -> None:
    employer = describe_employer(
        Company(name="Acme", country=country),
        Role(title="Analyst"),
        params(),
        default_country="US",
        years=(2024, 2027),
    )
    capacity = employer.capacity
    landed = capacity.add_plannable_days(start, n)
    assert landed is not None and landed >= start
    assert capacity.calendar.is_business_day(landed)
    share = 1.0
    for span in capacity.list_spans(landed, landed, SLOW):
        share *= span.hazard
    assert share >= params().seasons.pause_below_hazard


def test_capacity_runs_slower_in_slow_periods_and_stops_on_holidays() -> None:
    employer = describe_employer(
        Company(name="Acme", country="FR", fiscal_year_end_month=3),  # budget season in spring
        Role(title="Analyst"),
        params(),
        default_country="US",
        years=(2025, 2027),
    )
    capacity = employer.capacity
    # A normal June week: five full days.
    assert capacity.elapsed(date(2026, 6, 7), date(2026, 6, 14)) == pytest.approx(5.0)
    # An August week runs at 0.7 of normal (research B2); 15 Aug is a holiday on a Saturday.
    assert capacity.elapsed(date(2026, 8, 16), date(2026, 8, 23)) == pytest.approx(3.5)
    # Christmas week: 25 Dec off, the other days at 0.3.
    christmas = capacity.elapsed(date(2026, 12, 20), date(2026, 12, 27))
    assert christmas == pytest.approx(4 * 0.3)
    assert capacity.weekdays(date(2026, 12, 20), date(2026, 12, 27)) == 5


@settings(max_examples=150, deadline=None)
@given(country=COUNTRIES, start=DAYS, amount=st.floats(min_value=0.1, max_value=80.0))
def test_date_after_is_the_first_day_that_reaches_the_amount(
    country: str, start: date, amount: float
) -> None:
    employer = describe_employer(
        Company(name="Acme", country=country, industry="retail"),
        Role(title="Analyst"),
        params(),
        default_country="US",
        years=(2024, 2028),
    )
    capacity = employer.capacity
    landed = capacity.date_after(start, amount)
    assert landed is not None and landed > start
    assert capacity.elapsed(start, landed) >= amount - 1e-6
    assert capacity.elapsed(start, landed - timedelta(days=1)) < amount
    assert capacity.calendar.is_business_day(landed)
