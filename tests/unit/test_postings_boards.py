"""ATS boards: which URLs are Greenhouse, Lever or Ashby, their API addresses and answers."""

from __future__ import annotations

from datetime import date

import pytest

from tests.postingfixtures import pages
from unghost.postings.boards import (
    BoardEndpoints,
    BoardRef,
    board_api_url,
    board_info_url,
    find_board_ref,
    find_board_ref_in_page,
    list_board_jobs,
    posting_api_url,
    read_board_posting,
)
from unghost.postings.model import PostingSource

GH, LEVER, ASHBY = PostingSource.GREENHOUSE, PostingSource.LEVER, PostingSource.ASHBY
LOCAL = BoardEndpoints(
    greenhouse="http://127.0.0.1:9",
    lever="http://127.0.0.1:9",
    lever_eu="http://127.0.0.1:8",
    ashby="http://127.0.0.1:9",
)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://boards.greenhouse.io/acme/jobs/4012001", BoardRef(GH, "acme", "4012001")),
        (
            "https://job-boards.greenhouse.io/acme/jobs/4012001?gh_src=li",
            BoardRef(GH, "acme", "4012001"),
        ),
        ("https://job-boards.eu.greenhouse.io/acme/jobs/77", BoardRef(GH, "acme", "77")),
        (
            "https://boards.greenhouse.io/embed/job_app?for=acme&token=55",
            BoardRef(GH, "acme", "55"),
        ),
        ("https://boards.greenhouse.io/acme", BoardRef(GH, "acme", None)),
        ("https://boards-api.greenhouse.io/v1/boards/acme/jobs/9", BoardRef(GH, "acme", "9")),
        (
            "https://jobs.lever.co/acme/5ac21346-8e0c-4494-8e7a-3eb92ff77902/apply",
            BoardRef(LEVER, "acme", "5ac21346-8e0c-4494-8e7a-3eb92ff77902"),
        ),
        ("https://jobs.eu.lever.co/acme/abc-1", BoardRef(LEVER, "acme", "abc-1", "eu")),
        ("https://api.lever.co/v0/postings/acme/abc-1", BoardRef(LEVER, "acme", "abc-1")),
        (
            "https://jobs.ashbyhq.com/Acme%20Labs/7d1c0e2a/application",
            BoardRef(ASHBY, "Acme Labs", "7d1c0e2a"),
        ),
        ("https://api.ashbyhq.com/posting-api/job-board/acme", BoardRef(ASHBY, "acme", None)),
        ("https://www.acme.example/careers/data-analyst", None),
        ("https://greenhouse.io.evil.example/acme/jobs/1", None),
        ("https://jobs.lever.co/", None),
    ],
)
def test_board_urls_are_recognised(url: str, expected: BoardRef | None) -> None:
    assert find_board_ref(url) == expected


def test_company_pages_embedding_greenhouse_are_mapped_by_gh_jid() -> None:
    page = (
        '<div id="grnhse_app"></div><script src="https://boards.greenhouse.io/embed/job_board/js'
        '?for=acmecorp"></script>'
    )
    ref = find_board_ref_in_page(page, "https://www.acme.example/careers/job?gh_jid=4012001")
    assert ref == BoardRef(GH, "acmecorp", "4012001")
    assert find_board_ref_in_page(page, "https://www.acme.example/careers") is None
    assert find_board_ref_in_page("<p>no embed</p>", "https://a.example/?gh_jid=1") is None


def test_api_addresses_use_the_injected_endpoints() -> None:
    gh = BoardRef(GH, "acme", "42")
    assert posting_api_url(gh, LOCAL) == "http://127.0.0.1:9/v1/boards/acme/jobs/42"
    assert board_api_url(gh, LOCAL) == "http://127.0.0.1:9/v1/boards/acme/jobs"
    assert board_info_url(gh, LOCAL) == "http://127.0.0.1:9/v1/boards/acme"
    eu = BoardRef(LEVER, "acme", "x-1", "eu")
    assert posting_api_url(eu, LOCAL) == "http://127.0.0.1:8/v0/postings/acme/x-1?mode=json"
    assert board_api_url(eu, LOCAL) == "http://127.0.0.1:8/v0/postings/acme?mode=json"
    ashby = BoardRef(ASHBY, "Acme Labs", "id-1")
    assert posting_api_url(ashby, LOCAL) is None
    assert board_api_url(ashby, LOCAL).startswith(
        "http://127.0.0.1:9/posting-api/job-board/Acme%20Labs?"
    )
    assert posting_api_url(gh, BoardEndpoints()) == (
        "https://boards-api.greenhouse.io/v1/boards/acme/jobs/42"
    )


@pytest.mark.parametrize("board", ["..", "a/b", "a?b=c", "x#y"])
def test_board_names_cannot_steer_the_api_path(board: str) -> None:
    ref = BoardRef(GH, board, "1")
    if board == "..":
        with pytest.raises(ValueError):
            board_api_url(ref, LOCAL)
        return
    url = board_api_url(ref, LOCAL)
    assert url.startswith("http://127.0.0.1:9/v1/boards/") and url.count("/") == 6
    assert "?" not in url and "#" not in url


def test_greenhouse_job_is_read_with_unescaped_content() -> None:
    job = pages.make_job(21)
    fields = read_board_posting(
        BoardRef(GH, "acme", "9"),
        pages.greenhouse_job(job, 9, "acme", first_published="2026-08-03T09:00:00-04:00"),
    )
    assert fields.title == job.title and fields.company == job.company
    assert fields.location == f"{job.city}, {job.region}"
    assert fields.posting_id == "9"
    assert fields.date_posted == date(2026, 8, 3)
    assert fields.employment_type == "FULL_TIME"
    assert fields.description is not None
    assert "&lt;" not in fields.description and "<p>" not in fields.description
    assert "3+ years of relevant experience" in fields.description


def test_greenhouse_without_company_name_uses_the_board_name_given() -> None:
    raw = pages.greenhouse_job(pages.make_job(2), 9, "acme")
    del raw["company_name"]
    assert read_board_posting(BoardRef(GH, "acme", "9"), raw, company="Acme Inc").company == (
        "Acme Inc"
    )


def test_lever_posting_is_read_with_lists_and_epoch_date() -> None:
    job = pages.make_job(8)
    fields = read_board_posting(
        BoardRef(LEVER, "acme", "p-1"), pages.lever_posting(job, "p-1", "acme"), company="acme"
    )
    assert fields.title == job.title
    assert fields.date_posted == job.date_posted
    assert fields.employment_type == "FULL_TIME"
    assert fields.location == job.city
    assert fields.description is not None
    assert "Requirements\n3+ years\nSQL" in fields.description
    assert fields.description.endswith("We value diverse teams.")


def test_ashby_listing_is_read_and_unlisted_jobs_are_skipped() -> None:
    a, b = pages.make_job(1), pages.make_job(2)
    payload = pages.ashby_board([(a, "id-a"), (b, "id-b")], "acme")
    payload["jobs"][1]["isListed"] = False
    payload["jobs"].append({"title": "No id"})
    ref = BoardRef(ASHBY, "acme", "id-a")
    listed = list_board_jobs(ref, payload)
    assert [job.posting_id for job, _ in listed] == ["id-a"]
    job, raw = listed[0]
    assert job.url == "https://jobs.ashbyhq.com/acme/id-a" and job.date_posted == a.date_posted
    fields = read_board_posting(ref, raw, company="acme")
    assert fields.employment_type == "FULL_TIME" and fields.title == a.title


def test_board_lists_of_each_ats_give_ids_titles_and_urls() -> None:
    jobs = [pages.make_job(n) for n in range(3)]
    gh = pages.greenhouse_board(
        [pages.greenhouse_job(j, 100 + n, "acme") for n, j in enumerate(jobs)]
    )
    listed = list_board_jobs(BoardRef(GH, "acme", None), gh)
    assert [(j.posting_id, j.title) for j, _ in listed] == [
        (str(100 + n), job.title) for n, job in enumerate(jobs)
    ]
    lever = [pages.lever_posting(j, f"l-{n}", "acme") for n, j in enumerate(jobs)]
    listed = list_board_jobs(BoardRef(LEVER, "acme", None), lever)
    assert [j.url for j, _ in listed] == [f"https://jobs.lever.co/acme/l-{n}" for n in range(3)]
    assert list_board_jobs(BoardRef(LEVER, "acme", None), {"ok": False}) == []
    assert list_board_jobs(BoardRef(GH, "acme", None), None) == []
