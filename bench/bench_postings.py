"""Posting watcher benchmark: check 1,000 postings against a loopback server (goal <= 60 s)."""

from __future__ import annotations

import json
import statistics
import sys
import time
import urllib.request
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.postingfixtures import pages  # noqa: E402
from tests.postingfixtures.server import FixtureServer, Reply, serving  # noqa: E402

from unghost.postings.addresses import parse_allow_list  # noqa: E402
from unghost.postings.boards import BoardEndpoints  # noqa: E402
from unghost.postings.fetch import PostingClient  # noqa: E402
from unghost.postings.page import read_posting_page  # noqa: E402
from unghost.postings.watch import check_posting  # noqa: E402

COUNT = 1000
REPEAT = 3
TODAY = date(2026, 10, 1)


def _populate(server: FixtureServer) -> tuple[list[str], list[str]]:
    """A realistic mix: JSON-LD pages, microdata, 404s, careers redirects, closed banners and
    Greenhouse postings. Returns (URLs to check, the loopback URLs the baseline GETs)."""
    server.routes["/robots.txt"] = Reply(
        body="User-agent: *\nAllow: /\n", content_type="text/plain"
    )
    server.routes["/careers"] = Reply(body=pages.careers_page("Acme"))
    checked: list[str] = []
    fetched: list[str] = []
    for n in range(COUNT):
        job = pages.make_job(n, lang="zh" if n % 5 == 0 else "en")
        kind = n % 20
        path = f"/jobs/{n}"
        if kind < 13:
            quirks = frozenset({"graph", "comments"}) if n % 2 else frozenset()
            server.routes[path] = Reply(body=pages.jsonld_page(job, quirks=quirks))
        elif kind < 15:
            server.routes[path] = Reply(body=pages.microdata_page(job))
        elif kind == 15:
            server.routes[path] = Reply(status=404, body="<h1>Not found</h1>")
        elif kind == 16:
            server.routes[path] = Reply(status=301, headers={"Location": "/careers"})
        elif kind == 17:
            server.routes[path] = Reply(
                body=pages.closed_page(job, "This job is no longer available")
            )
        else:
            api = f"/v1/boards/acme/jobs/{n}"
            raw = pages.greenhouse_job(job, n, "acme")
            server.routes[api] = Reply(body=json.dumps(raw), content_type="application/json")
            checked.append(f"https://boards.greenhouse.io/acme/jobs/{n}")
            fetched.append(server.url(api))
            continue
        checked.append(server.url(path))
        fetched.append(server.url(path))
    return checked, fetched


def _check_all(server: FixtureServer, urls: list[str]) -> tuple[float, dict[str, int]]:
    base = server.url("")
    states: dict[str, int] = {}
    start = time.perf_counter()
    with PostingClient(
        allow=parse_allow_list(server.allow_entry),
        endpoints=BoardEndpoints(greenhouse=base, lever=base, lever_eu=base, ashby=base),
        host_rates={"127.0.0.1": 1_000_000.0},  # the benchmark's one host: politeness off
        clock=lambda: datetime(2026, 10, 1, tzinfo=UTC),
    ) as client:
        for url in urls:
            state = check_posting(url, None, client=client, today=TODAY).state.value
            states[state] = states.get(state, 0) + 1
    return time.perf_counter() - start, states


def _urllib_all(urls: list[str]) -> float:
    start = time.perf_counter()
    for url in urls:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                response.read()
        except urllib.error.HTTPError as error:
            error.read()
    return time.perf_counter() - start


def _parse_all(bodies: list[str]) -> float:
    start = time.perf_counter()
    for body in bodies:
        read_posting_page(body)
    return (time.perf_counter() - start) / len(bodies) * 1000


def run(workdir: Path) -> list[dict]:
    with serving() as server:
        checked, fetched = _populate(server)
        checks, baselines, states = [], [], {}
        for _ in range(REPEAT):
            seconds, states = _check_all(server, checked)
            checks.append(seconds)
            baselines.append(_urllib_all(fetched))
        bodies = [
            r.payload().decode("utf-8")
            for r in server.routes.values()
            if isinstance(r, Reply) and r.status == 200 and "html" in (r.content_type or "")
        ]
    check_s, base_s = statistics.median(checks), statistics.median(baselines)
    parse_ms = statistics.median(_parse_all(bodies) for _ in range(REPEAT))
    mix = ", ".join(f"{count} {state}" for state, count in sorted(states.items()))
    return [
        {
            "name": "posting check x1000 (loopback)",
            "value": round(check_s, 3),
            "unit": "s",
            "baseline": "urllib GET x1000",
            "ratio": round(check_s / base_s, 2) if base_s else None,
            "goal": "<= 60 s",
            "note": f"median of {REPEAT}; fetch + parse + judge, fresh client each run; {mix}",
        },
        {
            "name": "urllib GET x1000",
            "value": round(base_s, 3),
            "unit": "s",
            "baseline": "",
            "ratio": None,
            "goal": "",
            "note": "plain stdlib GETs of the same pages and API answers, no parsing",
        },
        {
            "name": "posting page parse",
            "value": round(parse_ms, 3),
            "unit": "ms/page",
            "baseline": "",
            "ratio": None,
            "goal": "",
            "note": f"read_posting_page on {len(bodies)} generated pages (JSON-LD, microdata)",
        },
    ]


if __name__ == "__main__":
    for row in run(Path("/tmp")):
        print(json.dumps(row, ensure_ascii=False))
