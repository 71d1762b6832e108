"""Web benchmarks: Today and Board over 10k applications, p95 latency with 20 concurrent clients;
the first pages after a write and the application page (bench/readmodel_web.py)."""

from __future__ import annotations

import http.client
import json
import socket
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

TODAY = date(2026, 10, 20)
N_APPS = 10_000
CLIENTS = 20
REQUESTS_PER_CLIENT = 25
REPEATS = 3


def _write_import(path: Path, n: int) -> None:
    """n realistic applications: the demo's companies and stories, spread over 200 days."""
    from unghost.domain.records import Company
    from unghost.interchange.v1 import FORMAT, render_application
    from unghost.web.demo import plan_demo

    apps = []
    for i in range(n):
        base = plan_demo(TODAY - timedelta(days=i % 200), seed=i)[i % 14]
        base.extra.clear()
        base.ref = f"bench-{i:05d}"
        base.company = replace(base.company, name=f"{base.company.name} {i // 14}")
        assert isinstance(base.company, Company)
        apps.append(render_application(base))
    path.write_text(json.dumps({"format": FORMAT, "applications": apps}), encoding="utf-8")


def _serve(db: str, workdir: Path) -> tuple[str, int, object]:
    import uvicorn

    from unghost.web.app import create_app

    app = create_app({"db": db, "token_dir": str(workdir / "cfg"), "today": TODAY.isoformat()})
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return "127.0.0.1", port, server


def _client(host: str, port: int, path: str, count: int) -> list[float]:
    conn = http.client.HTTPConnection(host, port, timeout=120)
    times = []
    for _ in range(count):
        start = time.perf_counter()
        conn.request("GET", path, headers={"Host": f"127.0.0.1:{port}"})
        response = conn.getresponse()
        response.read()
        assert response.status == 200, response.status
        times.append((time.perf_counter() - start) * 1000)
    conn.close()
    return times


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


def _workspace(workdir: Path, n: int, db: str) -> Path:
    from unghost.bootstrap import build_context
    from unghost.services.transfer import import_file

    folder = workdir / f"w{n}-{'pg' if '://' in db else 'sqlite'}"
    folder.mkdir()
    source = folder / "bench.json"
    _write_import(source, n)
    ctx = build_context({"db": db, "today": TODAY.isoformat()})
    import_file(ctx, source)
    ctx.close()
    return folder


def sizes() -> tuple[int, ...]:
    """1k and 10k; UNGHOST_BENCH_WEB_SIZES=1000,10000,100000 adds 100k (long: the import and
    the first day's computation of 100k applications). UNGHOST_BENCH_WEB_ENGINES=sqlite
    keeps to one engine."""
    import os

    found = os.environ.get("UNGHOST_BENCH_WEB_SIZES", "")
    return tuple(int(v) for v in found.split(",") if v.strip()) or (1_000, N_APPS)


def run(workdir: Path) -> list[dict]:
    import os

    os.environ.setdefault("UNGHOST_TZ", "UTC")
    from bench.readmodel_web import after_write_rows
    from bench.targets import database, engines

    rows = []
    wanted = os.environ.get("UNGHOST_BENCH_WEB_ENGINES", "")  # e.g. "sqlite" for a 100k run
    for engine in [e for e in engines() if not wanted or e in wanted.split(",")]:
        label = "SQLite" if engine == "sqlite" else "PostgreSQL"
        for n in sizes():
            with database(engine, workdir, f"web{n}") as db:
                folder = _workspace(workdir, n, db)
                host, port, server = _serve(db, folder)
                if n == N_APPS:
                    rows.extend(_steady_rows(host, port, "" if engine == "sqlite" else "_pg"))
                rows.extend(after_write_rows(folder, host, port, db, label, n))
                server.should_exit = True  # type: ignore[attr-defined]
                time.sleep(0.5)  # its connections close before the schema is dropped
    return rows


def _steady_rows(host: str, port: int, suffix: str = "") -> list[dict]:
    from bench.readmodel_web import load

    rows = []
    for path, name in (("/today", "web_today_p95_10k"), ("/board", "web_board_p95_10k")):
        cold = _client(host, port, path, 1)[0]  # computes the agenda/odds once per data state
        p95s = []
        for _ in range(REPEATS):
            with ThreadPoolExecutor(CLIENTS) as pool:
                runs = pool.map(lambda _i, p=path: _client(host, port, p, REQUESTS_PER_CLIENT),
                                range(CLIENTS))  # fmt: skip
                p95s.append(_p95([t for times in runs for t in times]))
        engine = "PostgreSQL" if suffix else "SQLite"
        rows.append({"name": name + suffix, "value": round(statistics.median(p95s), 1),
                     "unit": "ms", "baseline": "", "ratio": None,
                     "goal": "<= 100 ms" + ("" if suffix else " on SQLite"),
                     "note": f"{engine}; {CLIENTS} keep-alive clients x {REQUESTS_PER_CLIENT} GETs, "
                             f"median of {REPEATS} runs; the first request of a fresh server "
                             f"computes the page in {cold:.0f} ms (then kept until a write "
                             f"touches it); {load()}"})  # fmt: skip
    return rows


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for row in run(Path(tmp)):
            print(row)
