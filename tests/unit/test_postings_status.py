"""Posting state: open, closed, reposted or unreachable, from one observation and the last look."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from unghost.postings.model import (
    BoardJob,
    Observation,
    PostingFields,
    PostingSnapshot,
    PostingSource,
    PostingState,
)
from unghost.postings.status import (
    diagnose_posting,
    find_closed_phrases,
    is_generic_landing,
    normalise_title,
)
from unghost.postings.tables import load_posting_phrases

TODAY = date(2026, 10, 1)
URL = "https://careers.example.com/jobs/4711-data-analyst"
FIELDS = PostingFields(
    title="Data Analyst",
    company="Acme",
    location="Berlin, DE",
    date_posted=date(2026, 9, 1),
    valid_through=date(2026, 11, 30),
    employment_type="FULL_TIME",
    description="Join our analytics team. Applications close on 30 November.",
    posting_id="REQ-1",
)


def seen(url: str = URL, **changes: object) -> Observation:
    base = Observation(
        url=url,
        final_url=url,
        http_status=200,
        fields=FIELDS,
        structured=True,
        source=PostingSource.JSONLD,
        page_text="Data Analyst\nJoin our analytics team.",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def earlier(state: PostingState = PostingState.OPEN, **changes: object) -> PostingSnapshot:
    snapshot = PostingSnapshot(
        url=URL,
        state=state,
        source=PostingSource.JSONLD,
        fetched_at=datetime(2026, 9, 20, tzinfo=UTC),
        http_status=200,
    ).with_fields(FIELDS)
    return replace(snapshot, **changes)  # type: ignore[arg-type]


def test_a_live_posting_is_open() -> None:
    verdict = diagnose_posting(seen(), None, today=TODAY)
    assert verdict.state is PostingState.OPEN
    assert verdict.reason == "the posting is online"


def test_gone_410_is_closed_at_once() -> None:
    verdict = diagnose_posting(seen(http_status=410, fields=None), earlier(), today=TODAY)
    assert verdict.state is PostingState.CLOSED and verdict.confirmed


def test_a_404_is_closed_but_waits_for_a_second_look() -> None:
    first = diagnose_posting(seen(http_status=404, fields=None), earlier(), today=TODAY)
    assert first.state is PostingState.CLOSED and not first.confirmed
    assert "404" in first.reason
    second = diagnose_posting(
        seen(http_status=404, fields=None), earlier(PostingState.CLOSED), today=TODAY
    )
    assert second.state is PostingState.CLOSED and second.confirmed


@pytest.mark.parametrize(
    ("error", "words"),
    [
        ("timeout", "too long"),
        ("network", "could not be reached"),
        ("robots", "robots.txt"),
        ("rate-limited", "slow down"),
        ("too-large", "larger"),
        ("content-type", "web page"),
        ("refused", "does not fetch"),
    ],
)
def test_network_trouble_is_unreachable_never_closed(error: str, words: str) -> None:
    verdict = diagnose_posting(
        Observation(url=URL, error=error), earlier(PostingState.OPEN), today=TODAY
    )
    assert verdict.state is PostingState.UNREACHABLE
    assert words in verdict.reason


@pytest.mark.parametrize("status", [500, 502, 503, 401, 403, 429, 400])
def test_server_errors_and_refusals_say_nothing_about_the_posting(status: int) -> None:
    verdict = diagnose_posting(seen(http_status=status, fields=None), earlier(), today=TODAY)
    assert verdict.state is PostingState.UNREACHABLE
    assert str(status) in verdict.reason


@pytest.mark.parametrize(
    "banner",
    [
        "Sorry, we are no longer accepting applications for this role.",
        "This job is no longer available",
        "This position has been filled.",
        "该职位已下线",
        "抱歉，职位已关闭。",
        "招聘已结束，感谢关注",
        "Diese Stelle ist leider nicht mehr verfügbar.",
        "Die Stelle wurde bereits besetzt.",
        "Cette offre n’est plus disponible.",
        "Ce poste a été pourvu.",
    ],
)
def test_closed_wording_on_the_page_closes_the_posting(banner: str) -> None:
    verdict = diagnose_posting(seen(page_text=f"Data Analyst\n{banner}"), None, today=TODAY)
    assert verdict.state is PostingState.CLOSED and verdict.confirmed


def test_closed_wording_inside_the_posting_text_itself_is_ignored() -> None:
    fields = replace(FIELDS, description="We are no longer accepting applications after May 1.")
    page = "Data Analyst\nWe are no longer accepting applications after May 1."
    verdict = diagnose_posting(seen(fields=fields, page_text=page), None, today=TODAY)
    assert verdict.state is PostingState.OPEN


def test_closed_wording_counts_on_pages_without_job_data() -> None:
    page = "Data Analyst\nThis job is no longer available"
    fallback = PostingFields(title="Data Analyst", description=page)
    verdict = diagnose_posting(
        seen(fields=fallback, structured=False, source=PostingSource.HTML, page_text=page),
        None,
        today=TODAY,
    )
    assert verdict.state is PostingState.CLOSED


def test_a_passed_closing_date_closes_the_posting() -> None:
    fields = replace(FIELDS, valid_through=TODAY - timedelta(days=1))
    verdict = diagnose_posting(seen(fields=fields), None, today=TODAY)
    assert verdict.state is PostingState.CLOSED and verdict.confirmed
    assert "2026-09-30" in verdict.reason
    still_today = diagnose_posting(
        seen(fields=replace(FIELDS, valid_through=TODAY)), None, today=TODAY
    )
    assert still_today.state is PostingState.OPEN


@pytest.mark.parametrize(
    "landing",
    [
        "https://careers.example.com/careers",
        "https://careers.example.com/",
        "https://careers.example.com/jobs",
        "https://boards.greenhouse.io/acme?error=true",
        "https://careers.example.com/jobs/search?q=analyst",
        "https://careers.example.com/zh/招聘",
    ],
)
def test_a_redirect_to_a_general_page_closes_the_posting(landing: str) -> None:
    observation = seen(
        final_url=landing,
        redirects=(landing,),
        fields=PostingFields(title="Careers"),
        structured=False,
        source=PostingSource.HTML,
        page_text="Careers\nOpen roles",
    )
    verdict = diagnose_posting(observation, earlier(), today=TODAY)
    assert verdict.state is PostingState.CLOSED and not verdict.confirmed
    assert "redirects" in verdict.reason


def test_a_redirect_to_the_same_job_elsewhere_is_still_open() -> None:
    moved = "https://www.example.com/careers/data-analyst-4711"
    verdict = diagnose_posting(seen(final_url=moved, redirects=(moved,)), earlier(), today=TODAY)
    assert verdict.state is PostingState.OPEN
    https = URL.replace("https:", "http:")
    plain = diagnose_posting(seen(url=https, redirects=(URL,)), earlier(), today=TODAY)
    assert plain.state is PostingState.OPEN


def test_a_newer_date_on_the_same_job_is_a_repost() -> None:
    fields = replace(FIELDS, date_posted=FIELDS.date_posted + timedelta(days=21))  # type: ignore[operator]
    verdict = diagnose_posting(seen(fields=fields), earlier(), today=TODAY)
    assert verdict.state is PostingState.REPOSTED
    assert "posted again" in verdict.reason


def test_a_small_date_bump_is_a_refresh_not_a_repost() -> None:
    fields = replace(FIELDS, date_posted=FIELDS.date_posted + timedelta(days=2))  # type: ignore[operator]
    verdict = diagnose_posting(seen(fields=fields), earlier(), today=TODAY)
    assert verdict.state is PostingState.OPEN


def test_a_new_id_for_the_same_title_is_a_repost_even_with_gender_markers() -> None:
    fields = replace(FIELDS, title="Data Analyst (m/w/d)", posting_id="REQ-2")
    verdict = diagnose_posting(seen(fields=fields), earlier(), today=TODAY)
    assert verdict.state is PostingState.REPOSTED
    other = diagnose_posting(
        seen(fields=replace(FIELDS, title="Senior Data Analyst", posting_id="REQ-2")),
        earlier(),
        today=TODAY,
    )
    assert other.state is PostingState.OPEN


def test_another_company_with_the_same_title_is_not_a_repost() -> None:
    fields = replace(FIELDS, company="Globex", posting_id="REQ-9")
    assert diagnose_posting(seen(fields=fields), earlier(), today=TODAY).state is PostingState.OPEN


def test_gone_from_the_board_with_the_title_back_under_a_new_id_is_a_repost() -> None:
    jobs = (
        BoardJob("77", "Data Analyst", "https://boards.greenhouse.io/acme/jobs/77"),
        BoardJob("78", "Office Manager"),
    )
    observation = Observation(
        url=URL,
        http_status=404,
        source=PostingSource.GREENHOUSE,
        board_jobs=jobs,
        gone_from_board=True,
    )
    verdict = diagnose_posting(observation, earlier(), today=TODAY)
    assert verdict.state is PostingState.REPOSTED
    assert verdict.new_url == "https://boards.greenhouse.io/acme/jobs/77"


def test_gone_from_the_board_without_a_twin_is_closed() -> None:
    observation = Observation(
        url=URL,
        http_status=200,
        source=PostingSource.ASHBY,
        board_jobs=(BoardJob("78", "Office Manager"),),
        gone_from_board=True,
    )
    verdict = diagnose_posting(observation, earlier(), today=TODAY)
    assert verdict.state is PostingState.CLOSED
    assert "Ashby board no longer lists" in verdict.reason


def test_job_data_disappearing_from_the_page_is_a_weak_closure() -> None:
    observation = seen(
        fields=PostingFields(title="Data Analyst", description="Some text"),
        structured=False,
        source=PostingSource.HTML,
    )
    verdict = diagnose_posting(observation, earlier(), today=TODAY)
    assert verdict.state is PostingState.CLOSED and not verdict.confirmed


def test_not_modified_keeps_the_last_reading_and_still_checks_the_date() -> None:
    unchanged = Observation(
        url=URL, final_url=URL, http_status=304, structured=True, source=PostingSource.JSONLD
    )
    assert diagnose_posting(unchanged, earlier(), today=TODAY).state is PostingState.OPEN
    later = FIELDS.valid_through + timedelta(days=1)  # type: ignore[operator]
    assert diagnose_posting(unchanged, earlier(), today=later).state is PostingState.CLOSED


def test_a_page_showing_nothing_readable_is_unreachable() -> None:
    observation = seen(fields=None, structured=False, source=PostingSource.HTML, page_text="")
    verdict = diagnose_posting(observation, None, today=TODAY)
    assert verdict.state is PostingState.UNREACHABLE


def test_back_online_after_a_closure_says_so() -> None:
    verdict = diagnose_posting(seen(), earlier(PostingState.CLOSED), today=TODAY)
    assert verdict.state is PostingState.OPEN and "again" in verdict.reason


def test_titles_normalise_case_punctuation_and_markers() -> None:
    assert normalise_title("Data-Analyst (M/W/D)") == normalise_title("data analyst")
    assert normalise_title("Chargé de recrutement (H/F)") == normalise_title(
        "chargé de recrutement"
    )
    assert normalise_title("数据分析师") == "数据分析师"
    assert normalise_title(None) == ""


def test_generic_landing_detection_keeps_specific_pages() -> None:
    assert is_generic_landing(URL, "https://careers.example.com/jobs")
    assert is_generic_landing("https://x.example/a/b/c", "https://x.example/a/b")
    assert not is_generic_landing(URL, URL + "/")
    assert not is_generic_landing(URL, "https://careers.example.com/jobs/4712-data-analyst")


def test_every_phrase_in_the_data_file_is_found_on_a_page() -> None:
    table = load_posting_phrases()
    for language, phrases in table.closed.items():
        for phrase in phrases:
            assert find_closed_phrases(f"Header {phrase.upper()} footer", None) != [], language
    assert set(table.closed) >= {"en", "zh", "de", "fr"}
