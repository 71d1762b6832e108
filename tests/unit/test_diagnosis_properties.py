"""Properties of the diagnosis over generated timelines: silence only lowers hope, holidays help."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.unit.test_reasons import stories
from tests.unit.timeline import Story, params
from unghost.domain.capacity import Capacity
from unghost.domain.employer import describe_employer
from unghost.domain.records import Company, Role


def latest_event(story: Story) -> date:
    days = [m.at.date() for m in story.messages] + [i.at.date() for i in story.interviews]
    days += [e.on for e in story.posting_events] + [s.on for s in story.mail_signals]
    days += [e.on for e in story.events]
    if story.applied_on:
        days.append(story.applied_on)
    return max(days)


@settings(max_examples=150, deadline=None)
@given(case=stories(), later=st.integers(min_value=1, max_value=120))
def test_p_hear_back_never_rises_with_silence_alone(case: tuple[Story, date], later: int) -> None:
    story, today = case
    today = max(today, latest_event(story))
    now = story.diagnose(today.isoformat())
    after = story.diagnose((today + timedelta(days=later)).isoformat())
    assert after.state.code == now.state.code  # silence alone never changes whose move it is
    if now.p_hear_back is None or after.p_hear_back is None:
        assert now.p_hear_back is None and after.p_hear_back is None
        return
    assert after.p_hear_back <= now.p_hear_back + 1e-12
    if now.p50 is not None and after.p50 is not None:
        assert after.p50 >= now.p50  # the expected answer never moves earlier with silence


COUNTRIES = ["US", "CN", "JP", "FR", "GB", "DE"]


def capacity_of(country: str) -> Capacity:
    return describe_employer(
        Company(name="Acme", country=country),
        Role(title="Analyst"),
        params(),
        default_country="US",
        years=(2024, 2028),
    ).capacity


@st.composite
def holiday_windows(draw: st.DrawFn) -> tuple[str, date, date, date, date]:
    """A window with a weekday public holiday, and a same-shaped window with full capacity."""
    country = draw(st.sampled_from(COUNTRIES))
    capacity = capacity_of(country)
    calendar = capacity.calendar
    weekday_holidays = [
        d
        for d, _ in calendar.list_holidays(date(2025, 1, 10), date(2026, 11, 30))
        if d.weekday() not in calendar.weekend
    ]
    holiday = draw(st.sampled_from(weekday_holidays))
    gap = draw(st.integers(min_value=4, max_value=25))
    start = holiday - timedelta(days=draw(st.integers(min_value=1, max_value=gap)))
    end = start + timedelta(days=gap)
    shifts = draw(st.permutations([k for k in range(-12, 13) if k]))
    for weeks in shifts:
        other = start + timedelta(weeks=weeks)
        other_end = other + timedelta(days=gap)
        if capacity.elapsed(other, other_end) == capacity.weekdays(other, other_end) and (
            calendar.is_business_day(other)
        ):
            return country, start, end, other, other_end
    assume(False)
    raise AssertionError("unreachable")


@settings(max_examples=150, deadline=None)
@given(windows=holiday_windows())
def test_the_same_gap_across_a_holiday_leaves_more_hope_than_without(
    windows: tuple[str, date, date, date, date],
) -> None:
    country, start, end, other, other_end = windows
    calendar = capacity_of(country).calendar
    # The holiday window must lose working days overall (China's make-up days can give some back).
    assume(calendar.count_business_days(start, end) < capacity_of(country).weekdays(start, end))
    assume(calendar.is_business_day(start))

    def hope(interview: date, today: date) -> float:
        story = Story(country).applied((interview - timedelta(days=10)).isoformat())
        story.interview(interview.isoformat()).thank_you(interview.isoformat())
        return story.diagnose(today.isoformat()).p_hear_back

    assert hope(start, end) > hope(other, other_end)
