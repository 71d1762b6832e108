"""Issue 13: salary, rating, tags and work mode as trackers write them; the list query."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from unghost.domain.listing import ListQuery, normal_tags, parse_list_query, select_rows
from unghost.domain.records import PayPeriod, Salary, Status, WorkMode
from unghost.interchange.fields import FieldError, parse_country
from unghost.interchange.manage import (
    format_salary,
    parse_rating,
    parse_salary,
    parse_work_mode,
)
from unghost.store.readmodel import Summary


@pytest.mark.parametrize(
    ("text", "salary"),
    [
        ("$120,000 - $150,000", Salary(120_000, 150_000, "USD", None)),
        ("30k-40k CNY/month", Salary(30_000, 40_000, "CNY", PayPeriod.MONTH)),
        ("£45/hr", Salary(45, 45, "GBP", PayPeriod.HOUR)),
        ("¥25万/年", Salary(250_000, 250_000, "CNY", PayPeriod.YEAR)),
        ("85,000 USD per year", Salary(85_000, 85_000, "USD", PayPeriod.YEAR)),
        ("€52.500 – €60.000", Salary(52_500, 60_000, "EUR", None)),
        ("42.50 per hour", Salary(42.5, 42.5, None, PayPeriod.HOUR)),
    ],
)
def test_salary_text_as_trackers_keep_it(text: str, salary: Salary) -> None:
    assert parse_salary(text) == salary


def test_salary_text_round_trips_and_nonsense_is_refused() -> None:
    s = Salary(30_000, 40_000, "CNY", PayPeriod.MONTH)
    assert parse_salary(format_salary(s)) == s
    with pytest.raises(FieldError):
        parse_salary("competitive")
    with pytest.raises(FieldError):
        parse_salary("1 2 3")


def test_rating_and_work_mode() -> None:
    assert [parse_rating(v) for v in ("4", "4.0", "3/5", "★★", "0")] == [4, 4, 3, 2, None]
    for bad in ("6", "great", "-1"):
        with pytest.raises(FieldError):
            parse_rating(bad)
    assert parse_work_mode("On-site") is WorkMode.ON_SITE
    assert parse_work_mode("Remote") is WorkMode.REMOTE
    assert parse_work_mode("混合") is WorkMode.HYBRID
    with pytest.raises(FieldError):
        parse_work_mode("sometimes")


def test_country_codes_must_exist() -> None:
    assert parse_country("cn") == "CN"
    for bad in ("XX", "UK", "C1"):
        with pytest.raises(FieldError):
            parse_country(bad)


def test_tags_are_trimmed_split_and_unique_ignoring_case() -> None:
    assert normal_tags(["remote, Dream job", "#fintech", "REMOTE", " "]) == [
        "remote",
        "Dream job",
        "fintech",
    ]
    with pytest.raises(ValueError, match="longer"):
        normal_tags(["x" * 41])


def _summary(n: int, **kw: object) -> Summary:
    values: dict[str, object] = {
        "id": n, "ref": f"app-{n}", "company": f"Company {n}", "title": "Analyst",
        "status": Status.APPLIED, "applied_on": date(2026, 9, n), "last_activity": date(2026, 9, n),
        "country": "US",
    }  # fmt: skip
    values.update(kw)
    return Summary(**values)  # type: ignore[arg-type]


def test_the_list_query_round_trips_through_the_url_and_tolerates_junk() -> None:
    q = ListQuery(text="data", stages=(Status.APPLIED, Status.OFFER), country="CN", tag="remote",
                  needs_action=True, archived="all", sort="odds")  # fmt: skip
    assert parse_list_query(q.params()) == q
    assert parse_list_query({"sort": "nope", "stage": "bogus", "country": "China"}) == ListQuery()


@dataclass(frozen=True)
class _Standing:
    p_hear_back: float | None
    silence_business_days: int | None


def test_search_filter_and_sort() -> None:
    rows = [
        _summary(1, tags=("remote",)),
        _summary(2, company="Acme", status=Status.INTERVIEWING, country="CN"),
        _summary(3, archived=True),
        _summary(4, status=Status.REJECTED),
    ]
    # odds and silence come from the one assessment (services/assessment.py Facts)
    facts = {"app-1": _Standing(0.2, 12), "app-2": _Standing(0.6, 5)}
    kw = {"today": date(2026, 10, 1), "facts": facts,
          "actions": {"app-2": ("follow-up", date(2026, 10, 2))}, "due_now": {"app-2"},
          "texts": {1: "li wei recruiter", 4: "called hr"}}  # fmt: skip

    def refs(**q: object) -> list[str]:
        return [r.summary.ref for r in select_rows(rows, ListQuery(**q), **kw)]  # type: ignore[arg-type]

    assert refs() == [
        "app-1",
        "app-2",
        "app-4",
    ]  # archived hidden, closed last, longest silence first
    assert refs(archived="archived") == ["app-3"]
    assert refs(text="li wei") == ["app-1"]  # a contact's name
    assert refs(text="called") == ["app-4"]  # the notes
    assert refs(text="acme") == ["app-2"]
    assert refs(tag="REMOTE") == ["app-1"]
    assert refs(country="CN") == ["app-2"]
    assert refs(stages=(Status.REJECTED,)) == ["app-4"]
    assert refs(needs_action=True) == ["app-2"]
    assert refs(sort="odds") == ["app-2", "app-1", "app-4"]
    assert refs(sort="applied") == ["app-4", "app-2", "app-1"]
    assert refs(sort="next") == ["app-2", "app-1", "app-4"]


def test_demo_dates_fall_on_the_employers_business_days() -> None:
    from unghost.domain.calendar import find_region, get_calendar
    from unghost.web.demo import plan_demo

    for today in (date(2026, 10, 20), date(2026, 10, 5), date(2027, 2, 15)):
        for app in plan_demo(today):
            region = find_region(app.company.country, app.company.subdivision, default_country="US")
            calendar = get_calendar(region, today.year - 2, today.year, decreed=True)
            days = [app.applied_on] if app.applied_on else []
            days += [i.at.date() for i in app.interviews]
            days += [m.at.date() for m in app.messages if m.direction.value == "received"]
            assert all(calendar.is_business_day(d) for d in days), (today, app.company.name, days)


def test_insights_figures_agree() -> None:
    from unghost.domain.records import Application, Company, Event, EventKind, Role
    from unghost.services.web_queries import compute_insights

    def app(applied: int, *steps: tuple[int, Status], status: Status) -> Application:
        a = Application(ref=f"a{applied}", company=Company("C"), role=Role("T"), status=status,
                        applied_on=date(2026, 9, applied))  # fmt: skip
        a.events = [Event(date(2026, 9, applied), EventKind.STATUS, Status.APPLIED)]
        a.events += [Event(date(2026, 9, d), EventKind.STATUS, s) for d, s in steps]
        return a

    data = compute_insights(
        [
            app(1, (4, Status.SCREENING), status=Status.SCREENING),
            app(2, (12, Status.REJECTED), status=Status.REJECTED),  # a rejection is an answer
            app(3, status=Status.APPLIED),
            app(5, (6, Status.INTERVIEWING), status=Status.INTERVIEWING),
        ]
    )
    assert (data.applied, data.answered) == (4, 3)
    assert data.funnel[0] == ("applied", 4)  # every application sent reached "applied"
    assert sorted(data.reply_days) == [1, 3, 10] and data.median_reply_days == 3


def test_every_posting_reason_has_chinese_words() -> None:
    import re

    from unghost.postings.status import _UNREACHABLE_REASONS
    from unghost.web.i18n import translate_posting_reason

    samples = [*_UNREACHABLE_REASONS.values(),
               "the company's Greenhouse board no longer lists the posting",
               "the posting's page no longer exists (HTTP 404), and the company's board no longer lists it",
               "the site answered HTTP 503, which says nothing about the posting",
               "the page says 'This position has been filled'",
               "the posting's closing date (2026-09-30) has passed",
               "the same job was posted again on 2026-10-01 (first seen posted on 2026-08-01)",
               "the posting was taken down and the board lists 'Analyst' again under a new id (77)",
               "the posting is online", "the posting is online again"]  # fmt: skip
    for reason in samples:
        words = translate_posting_reason("zh", reason)
        assert re.search(r"[\u4e00-\u9fff]", words), reason
        assert not re.search(r"\b(the|posting|site)\b", words), words
    assert "HTTP 503" in translate_posting_reason("zh", samples[len(_UNREACHABLE_REASONS) + 2])
    assert translate_posting_reason("en", "the posting is online") == "the posting is online"
