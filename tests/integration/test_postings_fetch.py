"""The posting watcher against a loopback server: pages, ATS APIs, closures, reposts, caps."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from tests.postingfixtures import pages
from tests.postingfixtures.server import FixtureServer, Reply, serving
from unghost.postings.addresses import FetchRefusedError, parse_allow_list
from unghost.postings.boards import BoardEndpoints
from unghost.postings.fetch import PostingClient
from unghost.postings.model import PostingSource, PostingState
from unghost.postings.tables import FetchLimits, load_fetch_limits
from unghost.postings.watch import check_posting, fetch_posting

TODAY = date(2026, 10, 1)
NOW = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
JSON = "application/json"


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    with serving() as running:
        running.routes["/robots.txt"] = Reply(
            body="User-agent: *\nDisallow: /private/\n", content_type="text/plain"
        )
        yield running


def client_for(server: FixtureServer, limits: FetchLimits | None = None) -> PostingClient:
    base = server.url("")
    return PostingClient(
        allow=parse_allow_list(server.allow_entry),
        endpoints=BoardEndpoints(greenhouse=base, lever=base, lever_eu=base, ashby=base),
        host_rates={"127.0.0.1": 1000.0},
        limits=limits,
        clock=lambda: NOW,
    )


@pytest.fixture
def client(server: FixtureServer) -> Iterator[PostingClient]:
    with client_for(server) as posting_client:
        yield posting_client


def serve_json(server: FixtureServer, path: str, payload: Any, status: int = 200) -> None:
    server.routes[path] = Reply(status=status, body=json.dumps(payload), content_type=JSON)


def test_fetch_reads_a_json_ld_page_into_the_cli_contract(
    server: FixtureServer, client: PostingClient
) -> None:
    job = pages.make_job(7)
    server.routes["/jobs/7"] = Reply(body=pages.jsonld_page(job, quirks=frozenset({"graph"})))
    snapshot = fetch_posting(server.url("/jobs/7"), client=client, today=TODAY)
    out = snapshot.to_dict()
    assert {"title", "company", "date_posted", "valid_through", "state", "source"} <= set(out)
    assert out["title"] == job.title and out["company"] == job.company
    assert out["date_posted"] == job.date_posted.isoformat()  # type: ignore[union-attr]
    assert out["valid_through"] == job.valid_through.isoformat()  # type: ignore[union-attr]
    assert (out["state"], out["source"]) == ("open", "jsonld")
    assert out["fetched_at"] == NOW.isoformat() and out["http_status"] == 200
    assert "3+ years of relevant experience" in out["description"]
    json.dumps(out)  # the contract is plain JSON


def test_microdata_pages_are_read_too(server: FixtureServer, client: PostingClient) -> None:
    job = pages.make_job(12)
    server.routes["/m"] = Reply(body=pages.microdata_page(job))
    snapshot = fetch_posting(server.url("/m"), client=client, today=TODAY)
    assert snapshot.source is PostingSource.MICRODATA and snapshot.title == job.title


def test_a_page_that_later_returns_404_closes_after_two_looks(
    server: FixtureServer, client: PostingClient
) -> None:
    job = pages.make_job(1)
    url = server.url("/jobs/1")
    server.routes["/jobs/1"] = Reply(body=pages.jsonld_page(job))
    first = check_posting(url, None, client=client, today=TODAY)
    assert first.state is PostingState.OPEN and first.changed
    server.routes["/jobs/1"] = Reply(status=404, body="<h1>Not found</h1>")
    second = check_posting(url, first.snapshot, client=client, today=TODAY)
    assert second.state is PostingState.CLOSED and not second.confirmed and second.changed
    assert second.snapshot.description == first.snapshot.description  # the text is kept
    third = check_posting(url, second.snapshot, client=client, today=TODAY)
    assert third.state is PostingState.CLOSED and third.confirmed and not third.changed


def test_a_redirect_to_the_careers_page_is_a_closure(
    server: FixtureServer, client: PostingClient
) -> None:
    job = pages.make_job(2)
    server.routes["/jobs/2"] = Reply(body=pages.jsonld_page(job))
    first = check_posting(server.url("/jobs/2"), None, client=client, today=TODAY)
    server.routes["/jobs/2"] = Reply(status=301, headers={"Location": "/careers"})
    server.routes["/careers"] = Reply(body=pages.careers_page(job.company))
    later = check_posting(server.url("/jobs/2"), first.snapshot, client=client, today=TODAY)
    assert later.state is PostingState.CLOSED
    assert "redirects to a general page" in later.reason
    assert later.snapshot.title == job.title  # the careers page did not overwrite the posting


def test_a_reposted_job_is_recognised_by_its_newer_date(
    server: FixtureServer, client: PostingClient
) -> None:
    job = pages.make_job(3)
    server.routes["/jobs/3"] = Reply(body=pages.jsonld_page(job))
    first = check_posting(server.url("/jobs/3"), None, client=client, today=TODAY)
    server.routes["/jobs/3"] = Reply(body=pages.jsonld_page(pages.reposted(job, days_later=20)))
    later = check_posting(
        server.url("/jobs/3"), first.snapshot, client=client, today=TODAY + timedelta(days=20)
    )
    assert later.state is PostingState.REPOSTED
    assert later.snapshot.date_posted == job.date_posted + timedelta(days=20)  # type: ignore[operator]


def test_chinese_closed_banner_in_gbk_closes_the_posting(
    server: FixtureServer, client: PostingClient
) -> None:
    job = pages.make_job(4, lang="zh")
    page = pages.closed_page(job, "很抱歉，该职位已下线", lang="zh")
    page = page.replace('<meta charset="utf-8">', '<meta charset="gb2312">')
    server.routes["/zh/4"] = Reply(body=page.encode("gb18030"), content_type="text/html")
    result = check_posting(server.url("/zh/4"), None, client=client, today=TODAY)
    assert result.state is PostingState.CLOSED and result.confirmed
    assert "该职位已下线" in result.reason


def test_a_passed_closing_date_is_a_closure(server: FixtureServer, client: PostingClient) -> None:
    job = pages.make_job(5)
    server.routes["/jobs/5"] = Reply(body=pages.jsonld_page(job))
    later = job.valid_through + timedelta(days=1)  # type: ignore[operator]
    result = check_posting(server.url("/jobs/5"), None, client=client, today=later)
    assert result.state is PostingState.CLOSED and "closing date" in result.reason


def test_greenhouse_posting_open_then_reposted_then_closed(
    server: FixtureServer, client: PostingClient
) -> None:
    job = pages.make_job(6)
    raw = pages.greenhouse_job(job, 4012001, "acme")
    serve_json(server, "/v1/boards/acme/jobs/4012001", raw)
    url = "https://boards.greenhouse.io/acme/jobs/4012001"
    first = check_posting(url, None, client=client, today=TODAY)
    assert first.state is PostingState.OPEN and first.snapshot.source is PostingSource.GREENHOUSE
    assert first.snapshot.company == job.company and first.snapshot.posting_id == "4012001"

    serve_json(
        server,
        "/v1/boards/acme/jobs/4012001",
        {"status": 404, "error": "Job not found"},
        status=404,
    )
    twin = pages.greenhouse_job(job, 4099999, "acme")
    other = pages.greenhouse_job(pages.make_job(60), 4050000, "acme")
    serve_json(server, "/v1/boards/acme/jobs", pages.greenhouse_board([other, twin]))
    second = check_posting(url, first.snapshot, client=client, today=TODAY)
    assert second.state is PostingState.REPOSTED
    assert second.new_url == "https://boards.greenhouse.io/acme/jobs/4099999"

    serve_json(server, "/v1/boards/acme/jobs", pages.greenhouse_board([other]))
    third = check_posting(url, first.snapshot, client=client, today=TODAY)
    assert third.state is PostingState.CLOSED
    assert "Greenhouse board no longer lists" in third.reason


def test_an_unreadable_or_refused_ats_answer_is_not_a_closure(
    server: FixtureServer, client: PostingClient
) -> None:
    server.routes["/v1/boards/acme/jobs/5"] = Reply(
        body="<html>maintenance</html>", content_type=JSON
    )
    garbled = check_posting(
        "https://boards.greenhouse.io/acme/jobs/5", None, client=client, today=TODAY
    )
    assert garbled.state is PostingState.UNREACHABLE
    server.routes["/v0/postings/acme/x-1"] = Reply(status=404, body="{}", content_type=JSON)
    server.routes["/v0/postings/acme"] = Reply(status=403, body="{}", content_type=JSON)
    refused = check_posting("https://jobs.lever.co/acme/x-1", None, client=client, today=TODAY)
    assert refused.state is PostingState.CLOSED and not refused.confirmed
    assert "404" in refused.reason and "board" not in refused.reason


def test_greenhouse_company_name_comes_from_the_board_when_missing(
    server: FixtureServer, client: PostingClient
) -> None:
    raw = pages.greenhouse_job(pages.make_job(8), 11, "initech")
    del raw["company_name"]
    serve_json(server, "/v1/boards/initech/jobs/11", raw)
    serve_json(server, "/v1/boards/initech", {"name": "Initech GmbH", "content": ""})
    snapshot = fetch_posting(
        "https://job-boards.greenhouse.io/initech/jobs/11", client=client, today=TODAY
    )
    assert snapshot.company == "Initech GmbH"


def test_lever_posting_closes_when_it_leaves_the_board(
    server: FixtureServer, client: PostingClient
) -> None:
    job = pages.make_job(9)
    posting_id = "5ac21346-8e0c-4494-8e7a-3eb92ff77902"
    serve_json(
        server, f"/v0/postings/acme/{posting_id}", pages.lever_posting(job, posting_id, "acme")
    )
    url = f"https://jobs.lever.co/acme/{posting_id}"
    first = check_posting(url, None, client=client, today=TODAY)
    assert first.state is PostingState.OPEN and first.snapshot.date_posted == job.date_posted
    serve_json(
        server, f"/v0/postings/acme/{posting_id}", {"ok": False, "error": "Not found"}, status=404
    )
    serve_json(server, "/v0/postings/acme", [])
    later = check_posting(url, first.snapshot, client=client, today=TODAY)
    assert later.state is PostingState.CLOSED


def test_ashby_posting_is_found_on_its_board_and_missed_when_gone(
    server: FixtureServer, client: PostingClient
) -> None:
    job, other = pages.make_job(10), pages.make_job(31)
    serve_json(
        server,
        "/posting-api/job-board/acme",
        pages.ashby_board([(job, "a-1"), (other, "a-2")], "acme"),
    )
    url = "https://jobs.ashbyhq.com/acme/a-1"
    first = check_posting(url, None, client=client, today=TODAY)
    assert first.state is PostingState.OPEN and first.snapshot.title == job.title
    serve_json(server, "/posting-api/job-board/acme", pages.ashby_board([(other, "a-2")], "acme"))
    later = check_posting(url, first.snapshot, client=client, today=TODAY)
    assert later.state is PostingState.CLOSED and "Ashby" in later.reason


def test_a_company_page_with_gh_jid_is_read_through_the_greenhouse_api(
    server: FixtureServer, client: PostingClient
) -> None:
    job = pages.make_job(13)
    server.routes["/careers/job"] = Reply(
        body=pages.plain_page("Careers", "Loading…")
        + '<script src="https://boards.greenhouse.io/embed/job_board/js?for=acme"></script>'
    )
    serve_json(server, "/v1/boards/acme/jobs/777", pages.greenhouse_job(job, 777, "acme"))
    snapshot = fetch_posting(server.url("/careers/job?gh_jid=777"), client=client, today=TODAY)
    assert snapshot.source is PostingSource.GREENHOUSE and snapshot.title == job.title
    assert "/v1/boards/acme/jobs/777" in server.paths_requested()


def test_robots_disallow_is_unreachable_and_the_page_is_not_read(
    server: FixtureServer, client: PostingClient
) -> None:
    server.routes["/private/job"] = Reply(body=pages.jsonld_page(pages.make_job(14)))
    result = check_posting(server.url("/private/job"), None, client=client, today=TODAY)
    assert result.state is PostingState.UNREACHABLE and "robots.txt" in result.reason
    assert "/private/job" not in server.paths_requested()


def test_an_unreachable_robots_file_means_no_fetch(server: FixtureServer) -> None:
    server.routes["/robots.txt"] = Reply(status=500)
    server.routes["/jobs/1"] = Reply(body=pages.jsonld_page(pages.make_job(1)))
    with client_for(server) as client:
        result = check_posting(server.url("/jobs/1"), None, client=client, today=TODAY)
    assert result.state is PostingState.UNREACHABLE
    assert "/jobs/1" not in server.paths_requested()


def test_a_missing_robots_file_allows_everything(server: FixtureServer) -> None:
    del server.routes["/robots.txt"]
    server.routes["/jobs/1"] = Reply(body=pages.jsonld_page(pages.make_job(1)))
    with client_for(server) as client:
        result = check_posting(server.url("/jobs/1"), None, client=client, today=TODAY)
    assert result.state is PostingState.OPEN


def test_retry_after_pauses_the_host_for_the_rest_of_the_batch(
    server: FixtureServer, client: PostingClient
) -> None:
    server.routes["/jobs/1"] = Reply(status=503, headers={"Retry-After": "120"})
    first = check_posting(server.url("/jobs/1"), None, client=client, today=TODAY)
    assert first.state is PostingState.UNREACHABLE and "503" in first.reason
    asked = len(server.requests)
    second = check_posting(server.url("/jobs/2"), None, client=client, today=TODAY)
    assert second.state is PostingState.UNREACHABLE and "slow down" in second.reason
    assert len(server.requests) == asked


def test_conditional_get_reuses_the_last_reading(
    server: FixtureServer, client: PostingClient
) -> None:
    job = pages.make_job(15)
    server.routes["/jobs/15"] = Reply(body=pages.jsonld_page(job), etag='"v1"')
    first = check_posting(server.url("/jobs/15"), None, client=client, today=TODAY)
    assert first.snapshot.etag == '"v1"'
    second = check_posting(server.url("/jobs/15"), first.snapshot, client=client, today=TODAY)
    assert server.requests[-1][1].get("if-none-match") == '"v1"'
    assert second.state is PostingState.OPEN and second.snapshot.http_status == 304
    assert second.snapshot.description == first.snapshot.description
    assert second.snapshot.etag == '"v1"'


def test_server_trouble_is_unreachable_and_keeps_the_last_reading(
    server: FixtureServer, client: PostingClient
) -> None:
    job = pages.make_job(16)
    server.routes["/jobs/16"] = Reply(body=pages.jsonld_page(job))
    first = check_posting(server.url("/jobs/16"), None, client=client, today=TODAY)
    server.routes["/jobs/16"] = Reply(status=502)
    later = check_posting(server.url("/jobs/16"), first.snapshot, client=client, today=TODAY)
    assert later.state is PostingState.UNREACHABLE
    assert later.snapshot.title == job.title and later.snapshot.http_status == 502


def test_too_many_redirects_stop_at_the_cap(server: FixtureServer, client: PostingClient) -> None:
    for hop in range(8):
        server.routes[f"/loop/{hop}"] = Reply(status=302, headers={"Location": f"/loop/{hop + 1}"})
    result = client.get(server.url("/loop/0"))
    assert result.error == "too-many-redirects"
    cap = load_fetch_limits().max_redirects
    assert [p for p in server.paths_requested() if p.startswith("/loop/")] == [
        f"/loop/{hop}" for hop in range(cap + 1)
    ]


def test_a_body_over_the_cap_is_cut_off_while_streaming(server: FixtureServer) -> None:
    limits = replace(load_fetch_limits(), max_bytes=20_000)
    server.routes["/big"] = Reply(body=b"<p>" + b"x" * 200_000, chunked=True)
    server.routes["/big-declared"] = Reply(body=b"<p>" + b"x" * 200_000)
    with client_for(server, limits) as client:
        assert client.get(server.url("/big")).error == "too-large"
        assert client.get(server.url("/big-declared")).error == "too-large"
        server.routes["/small"] = Reply(body=b"<p>ok</p>", chunked=True)
        assert client.get(server.url("/small")).body == b"<p>ok</p>"


def test_other_content_types_are_refused(server: FixtureServer, client: PostingClient) -> None:
    server.routes["/logo.png"] = Reply(body=b"\x89PNG....", content_type="image/png")
    result = check_posting(server.url("/logo.png"), None, client=client, today=TODAY)
    assert result.state is PostingState.UNREACHABLE and "web page" in result.reason


def test_a_stalled_server_hits_the_total_time_cap(server: FixtureServer) -> None:
    limits = replace(load_fetch_limits(), total_timeout_s=0.3)
    release = threading.Event()
    server.routes["/slow"] = Reply(body="<p>late</p>", hold=release)
    try:
        with client_for(server, limits) as client:
            result = client.get(server.url("/slow"))
    finally:
        release.set()
    assert result.error == "timeout"


def test_check_turns_a_refused_address_into_unreachable_and_fetch_raises(
    client: PostingClient,
) -> None:
    result = check_posting("http://169.254.169.254/latest/", None, client=client, today=TODAY)
    assert result.state is PostingState.UNREACHABLE
    assert any("link-local" in sentence for sentence in result.evidence)
    with pytest.raises(FetchRefusedError):
        fetch_posting("http://10.1.2.3/jobs/1", client=client, today=TODAY)


def test_a_site_that_does_not_answer_is_unreachable_not_a_robots_refusal() -> None:
    import socket

    with socket.socket() as s:  # a loopback port with nobody listening: the network is "down"
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/jobs/1"
    with PostingClient(allow=parse_allow_list(f"127.0.0.1:{port}"), clock=lambda: NOW,
                       host_rates={"127.0.0.1": 1000.0}) as client:  # fmt: skip
        result = client.get(url)
        assert result.error == "network" and "robots" not in result.detail
        check = check_posting(url, None, client=client, today=TODAY)
    assert check.state is PostingState.UNREACHABLE
    assert check.reason and "could not be reached" in check.reason and "robots" not in check.reason
