"""Posting use cases on both engines: attach a posting, re-check, closed then reposted, history."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date

import pytest

from tests.postingfixtures import pages
from tests.postingfixtures.server import FixtureServer, Reply, serving
from unghost.bootstrap import build_context
from unghost.services.applications import add_application, get_application, new_application
from unghost.services.postings import (
    attach_posting,
    check_postings,
    fetch_posting_url,
    list_posting_history,
)


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    with serving() as running:
        running.routes["/robots.txt"] = Reply(
            body="User-agent: *\nAllow: /\n", content_type="text/plain"
        )
        yield running


@pytest.fixture
def pctx(db_url: str, server: FixtureServer) -> Iterator[object]:
    context = build_context(
        {"db": db_url, "today": "2026-10-01", "fetch_allow": server.allow_entry}
    )
    yield context
    context.close()


def test_attach_check_close_and_history(pctx, server):
    job = pages.make_job(3)
    server.routes["/jobs/3"] = Reply(body=pages.jsonld_page(job))
    add_application(
        pctx, new_application("Acme", "Analyst", ref="acme", applied_on=date(2026, 9, 20))
    )
    outcome = attach_posting(pctx, "acme", server.url("/jobs/3"))
    assert outcome.check.state.value == "open"
    app = get_application(pctx, "acme")
    assert app.role.posting_url == server.url("/jobs/3")
    assert app.role.description
    assert app.role.posted_on == job.date_posted

    server.routes["/jobs/3"] = Reply(status=404, body="gone")
    first = check_postings(pctx)
    second = check_postings(pctx)
    assert [o.check.state.value for o in first + second] == ["closed", "closed"]
    assert second[0].check.confirmed
    app = get_application(pctx, "acme")
    assert app.role.closed_on == date(2026, 10, 1)
    assert app.role.description  # the description outlives the posting
    history = list_posting_history(pctx, "acme")
    assert [h.state for h in history] == ["open", "closed", "closed"]


def test_fetch_refuses_local_addresses_unless_allowed(db_url, server):
    from unghost.postings.addresses import FetchRefusedError

    server.routes["/jobs/1"] = Reply(body=pages.jsonld_page(pages.make_job(1)))
    strict = build_context({"db": db_url, "today": "2026-10-01"})
    with pytest.raises(FetchRefusedError):
        fetch_posting_url(strict, server.url("/jobs/1"))
    strict.close()


def test_cli_posting_fetch_json_contract(tmp_path, server):
    job = pages.make_job(5)
    server.routes["/jobs/5"] = Reply(body=pages.jsonld_page(job))
    env = {
        **os.environ,
        "UNGHOST_DB": str(tmp_path / "p.db"),
        "UNGHOST_FETCH_ALLOW": server.allow_entry,
        "UNGHOST_TODAY": "2026-10-01",
    }
    r = subprocess.run(
        [sys.executable, "-m", "unghost", "posting", "fetch", server.url("/jobs/5"), "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert {"title", "company", "date_posted", "valid_through", "state", "source"} <= set(data)
    assert (data["title"], data["state"], data["source"]) == (job.title, "open", "jsonld")
    r = subprocess.run(
        [sys.executable, "-m", "unghost", "posting", "fetch", "http://169.254.169.254/latest"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert r.returncode == 1 and r.stderr.startswith("Error: ") and "Traceback" not in r.stderr


def test_cli_add_with_only_a_url_reads_the_posting(tmp_path, server):
    job = pages.make_job(8)
    server.routes["/jobs/8"] = Reply(body=pages.jsonld_page(job))
    env = {
        **os.environ,
        "UNGHOST_DB": str(tmp_path / "p.db"),
        "UNGHOST_FETCH_ALLOW": server.allow_entry,
    }
    r = subprocess.run(
        [sys.executable, "-m", "unghost", "add", "--url", server.url("/jobs/8"), "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert r.returncode == 0, r.stderr
    added = json.loads(r.stdout)
    assert (added["company"]["name"], added["role"]["title"]) == (job.company, job.title)
    assert (
        added["role"]["description"] and added["role"]["posted_on"] == job.date_posted.isoformat()
    )


def test_worker_pass_checks_stale_postings_once_a_day(pctx, server):
    from unghost.services.worker import run_pass

    server.routes["/jobs/9"] = Reply(body=pages.jsonld_page(pages.make_job(9)))
    add_application(pctx, new_application("Acme", "Analyst", ref="w", url=server.url("/jobs/9")))
    first = run_pass(pctx)
    assert [p["state"] for p in first.postings] == ["open"] and first.errors == []
    assert run_pass(pctx).postings == []  # checked less than a day ago
    if first.feed:
        from pathlib import Path

        assert Path(first.feed).read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_the_same_look_twice_in_a_minute_is_stored_once(pctx, server):
    """A double click, two tabs or a retried request: the server keeps one look a minute of
    the same posting saying the same thing; two at once take turns and store one."""
    import threading
    import time
    from datetime import UTC, datetime

    while datetime.now(UTC).second >= 50:  # the looks below fall in one minute
        time.sleep(0.5)
    server.routes["/jobs/5"] = Reply(body=pages.jsonld_page(pages.make_job(5)))
    add_application(pctx, new_application("Acme", "Analyst", ref="acme5"))
    first = attach_posting(pctx, "acme5", server.url("/jobs/5"))
    again = check_postings(pctx, "acme5")
    assert not first.repeated and again[0].repeated and again[0].to_dict()["repeated"] is True
    together: list[object] = []
    threads = [threading.Thread(target=lambda: together.extend(check_postings(pctx, "acme5")))
               for _ in range(3)]  # fmt: skip
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(together) == 3
    history = list_posting_history(pctx, "acme5")
    assert [h.state for h in history] == ["open"]  # the minute has one look, not five
