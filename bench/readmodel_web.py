"""The web rows that follow a write: the first /today after it, 20 clients on /board right after
it (p95 and the server's memory), and the application page, each against the engine's raw
driver fetch + json of the same applications measured in the same run."""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

CLIENTS = 20
WRITES = 5


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


_BASELINE_SQL = (
    "SELECT a.id, a.ref, c.name, a.title, a.status, a.applied_on, c.country, a.tags "
    "FROM applications a JOIN companies c ON c.id = a.company_id"
)


def _baseline_ms(db: str) -> float:
    """The engine's own driver (sqlite3, psycopg): every application's row fetched and dumped
    as JSON, a fresh connection each time (no unghost code)."""

    def once() -> float:
        start = time.perf_counter()
        if "://" in db:
            import psycopg

            conn: Any = psycopg.connect(_libpq_url(db))
        else:
            conn = sqlite3.connect(db)
        rows = conn.execute(_BASELINE_SQL).fetchall()
        json.dumps([list(r) for r in rows], default=str)
        conn.close()
        return (time.perf_counter() - start) * 1000

    return statistics.median(once() for _ in range(5))


def _libpq_url(url: str) -> str:
    """A SQLAlchemy PostgreSQL URL as libpq takes it (the driver suffix left out)."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def load() -> str:
    """The load average over the last minute, for the note beside a figure."""
    return f"load {os.getloadavg()[0]:.1f}"


def _page_cpu_ms(ctx: Any, refs: list[str]) -> float:
    """CPU time of computing an application page's values (a first view), in this process
    while the server is idle: the honest figure on a machine whose load inflates wall time."""
    from unghost.web.appview import application_page

    times = []
    for ref in refs:
        start = time.process_time()
        application_page(ctx, ref, "en")
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times)


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def after_write_rows(
    workdir: Path, host: str, port: int, db: str, engine: str, n: int = 10_000
) -> list[dict]:
    """The rows over a workspace of `n` applications served at host:port."""
    from bench.bench_web import TODAY, _client

    from unghost.bootstrap import build_context
    from unghost.domain.records import Direction, Message, MessageKind
    from unghost.services.applications import LogEntry, log_event

    base = _baseline_ms(db)
    ctx = build_context({"db": db, "today": TODAY.isoformat()})
    size = f"{n // 1000}k"
    driver = "psycopg" if "://" in db else "sqlite3"
    rows: list[dict] = [{"name": f"baseline: raw {driver} fetch + json, {size}, {engine}",
                         "value": base, "unit": "ms", "baseline": "", "ratio": None,
                         "goal": "", "note": "same applications, same run"}]  # fmt: skip
    baseline = rows[0]["name"]

    def write(i: int, kind: str) -> None:
        ref = f"bench-{(i * 37) % n:05d}"
        if kind == "note":
            log_event(ctx, ref, LogEntry(note=f"bench note {i}"))
        else:  # an answer: the user's reply history changes, so every waiting row's odds do
            at = datetime(TODAY.year, TODAY.month, TODAY.day, 9, tzinfo=UTC)
            log_event(ctx, ref, LogEntry(message=Message(at, Direction.RECEIVED,
                                                         MessageKind.REJECTION)))  # fmt: skip

    for kind, label in (("note", "a note"), ("answer", "an answer (history moves)")):
        firsts, writes = [], []
        for i in range(WRITES):
            start = time.perf_counter()
            write(i + (100 if kind == "answer" else 0), kind)
            writes.append((time.perf_counter() - start) * 1000)
            firsts.append(_client(host, port, "/today", 1)[0])
        value = statistics.median(firsts)
        rows.append({"name": f"web: first /today after {label}, {size}, {engine}", "value": value,
                     "unit": "ms", "baseline": baseline, "ratio": value / base,
                     "goal": "≤ 100 ms", "note": f"median of {WRITES} writes; the write itself "
                     f"(refreshing the read model in its transaction) took {statistics.median(writes):.0f} ms; {load()}"})  # fmt: skip
    before = _rss_mb()
    p95s, peak = [], before
    for i in range(3):
        write(200 + i, "note")
        with ThreadPoolExecutor(CLIENTS) as pool:
            runs = list(pool.map(lambda _i: _client(host, port, "/board", 5), range(CLIENTS)))
        peak = max(peak, _rss_mb())
        p95s.append(_p95([t for times in runs for t in times]))
    after = _rss_mb()
    value = statistics.median(p95s)
    rows.append({"name": f"web: 20 clients on /board right after a write, {size}, {engine}",
                 "value": value, "unit": "ms", "baseline": baseline, "ratio": value / base,
                 "goal": "p95 ≤ 100 ms, memory flat",
                 "note": f"p95 of 20 clients x 5 GETs started together right after a note, median "
                         f"of 3; server RSS {before:.0f} MB before, {peak:.0f} MB at most, "
                         f"{after:.0f} MB after; {load()}"})  # fmt: skip
    refs = [f"bench-{(i * 53) % n:05d}" for i in range(CLIENTS)]
    _client(host, port, "/today", 1)
    single = statistics.median(
        _client(host, port, f"/applications/bench-{(i * 71 + 5) % n:05d}", 1)[0] for i in range(5)
    )
    cpu = _page_cpu_ms(ctx, [f"bench-{(i * 89 + 7) % n:05d}" for i in range(5)])
    with ThreadPoolExecutor(CLIENTS) as pool:
        cold = list(pool.map(lambda r: _client(host, port, f"/applications/{r}", 1)[0], refs))
    with ThreadPoolExecutor(CLIENTS) as pool:
        warm = list(pool.map(lambda r: _client(host, port, f"/applications/{r}", 10), refs))
    value = _p95([t for times in warm for t in times])
    rows.append({"name": f"web: application page, {size}, {engine}", "value": value, "unit": "ms",
                 "baseline": baseline, "ratio": value / base, "goal": "p95 ≤ 50 ms",
                 "note": f"p95 of 20 clients x 10 GETs of 20 pages; the first view of a page after "
                         f"a change computes it in {statistics.median(cold):.0f} ms (median of 20 "
                         f"first views started together), {single:.0f} ms alone, {cpu:.0f} ms of CPU "
                         f"(in-process, median of 5); {load()}"})  # fmt: skip
    ctx.close()
    return rows
