"""Pure tracker rules: field parsing, references, merging, stage history."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unghost.domain.merge import higher_status, merge_application
from unghost.domain.records import Application, Company, Event, EventKind, Interview, Role, Status
from unghost.domain.refs import make_ref, slugify, url_key
from unghost.domain.stages import format_history, initial_history
from unghost.interchange.fields import (
    DateStyle,
    FieldError,
    parse_date,
    parse_datetime,
    parse_status,
)

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-09-05", date(2026, 9, 5)),
        ("2026-09-05T10:00:00.000Z", date(2026, 9, 5)),
        ("09/05/2026", date(2026, 9, 5)),
        ("31/12/2026", date(2026, 12, 31)),
        ("2026/9/5", date(2026, 9, 5)),
        ("2026年9月5日", date(2026, 9, 5)),
        ("Sep 5, 2026", date(2026, 9, 5)),
        ("5 September 2026", date(2026, 9, 5)),
    ],
)
def test_dates_in_the_forms_people_and_trackers_write(text, expected):
    assert parse_date(text) == expected


def test_ambiguous_slash_dates_follow_the_chosen_order():
    assert parse_date("03/04/2026") == date(2026, 3, 4)
    assert parse_date("03/04/2026", DateStyle(day_first=True)) == date(2026, 4, 3)


@pytest.mark.parametrize(
    "text", ["31/02/2026", "2026-02-30", "2026-13-01", "soon", "", "32/01/2026"]
)
def test_impossible_dates_are_refused(text):
    with pytest.raises(FieldError):
        parse_date(text)


def test_naive_times_take_the_users_zone_as_a_fixed_offset():
    from zoneinfo import ZoneInfo

    at = parse_datetime("2026-07-01T10:00", ZoneInfo("Europe/Paris"))
    assert at.utcoffset() == timedelta(hours=2)
    assert parse_datetime("2026-07-01T10:00:00+08:00", None).utcoffset() == timedelta(hours=8)


@pytest.mark.parametrize(
    ("label", "status"),
    [
        ("Wishlist", Status.SAVED),
        ("No Response 🔕", Status.GHOSTED),
        ("I Withdrew", Status.WITHDRAWN),
        ("Not Selected", Status.REJECTED),
        ("面试", Status.INTERVIEWING),
        ("  OFFER  ", Status.OFFER),
    ],
)
def test_status_names_of_other_trackers(label, status):
    assert parse_status(label) is status


def test_refs_are_slugs_and_unique():
    assert slugify("Müller & Söhne GmbH Data") == "muller-sohne-gmbh-data"
    assert slugify("字节跳动 数据分析师") == "字节跳动-数据分析师"
    taken = {"acme-analyst", "acme-analyst-2"}
    assert make_ref("Acme", "Analyst", taken.__contains__) == "acme-analyst-3"
    assert make_ref("123", "", lambda r: False) == "app-123"  # a bare number would read as an id


def test_url_keys_ignore_tracking_and_cosmetics():
    a = url_key("https://www.Jobs.Acme.example/postings/1/?utm_source=huntr&gh_src=x#apply")
    assert a == url_key("http://jobs.acme.example/postings/1") == "jobs.acme.example/postings/1"
    assert url_key("https://jobs.example/p?id=7") != url_key("https://jobs.example/p?id=8")


def _app(status: Status = Status.APPLIED, **kw: object) -> Application:
    return Application(ref="r", company=Company("Acme"), role=Role("Analyst"), status=status, **kw)  # type: ignore[arg-type]


@given(st.sampled_from(list(Status)), st.sampled_from(list(Status)))
def test_status_never_goes_down_on_merge(a, b):
    result = higher_status(a, b)
    assert result.rank >= a.rank and result in (a, b)


def test_merge_is_idempotent_and_unites_lists():
    at = datetime(2026, 9, 28, 10, tzinfo=timezone(timedelta(hours=8)))
    stored = _app(applied_on=date(2026, 9, 5))
    incoming = _app(Status.INTERVIEWING, interviews=[Interview(at=at, stage="onsite")])
    once = merge_application(stored, incoming, TODAY)
    assert once.status is Status.INTERVIEWING and len(once.interviews) == 1
    assert merge_application(once, incoming, TODAY) == once
    assert once.applied_on == date(2026, 9, 5)  # a blank never erases a value


def test_initial_history_from_dates():
    at = datetime(2026, 9, 28, 2, tzinfo=UTC)
    app = _app(Status.INTERVIEWING, applied_on=date(2026, 9, 5), interviews=[Interview(at=at)])
    events = initial_history(app, TODAY)
    assert [(e.on, e.status) for e in events] == [
        (date(2026, 9, 5), Status.APPLIED),
        (date(2026, 9, 28), Status.INTERVIEWING),
    ]
    assert format_history([*events, Event(on=TODAY, kind=EventKind.NOTE, note="called HR")]) == (
        "2026-09-05 applied → 2026-09-28 interviewing → 2026-11-25 note: called HR"
    )


@pytest.mark.parametrize("text", ["0001-03-04", "1969-12-31", "2101-01-01", "01/02/0003",
                                  "2999年1月1日"])  # fmt: skip
def test_a_date_outside_the_kept_years_is_refused_not_stored(text: str) -> None:
    with pytest.raises(FieldError, match="outside the years unghost keeps"):
        parse_date(text)


def test_a_timestamp_outside_the_kept_years_is_refused() -> None:
    with pytest.raises(FieldError, match="outside the years unghost keeps"):
        parse_datetime("0002-01-01T09:00:00+08:00", None)
    assert parse_date("1970-01-01").year == 1970 and parse_date("2100-12-31").year == 2100
