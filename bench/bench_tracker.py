"""Foundation benchmarks: CLI cold start, `unghost list` on 10k applications, import of 10k."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# 100k adds a minute or two on each engine: UNGHOST_BENCH_IMPORT_SIZES=1000,10000,100000
IMPORT_SIZES = tuple(
    int(n) for n in os.environ.get("UNGHOST_BENCH_IMPORT_SIZES", "1000,10000").split(",")
)
sys.path.insert(0, str(ROOT))
from tests.factories import realistic_document  # noqa: E402


def _timed(cmd: list[str], env: dict[str, str], repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, env=env, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _peak_rss_mb(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of a child process."""
    code = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        f"subprocess.run({cmd!r}, check=True, capture_output=True)\n"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    seconds, rss = out.stdout.split()
    return float(seconds), float(rss)


def run(workdir: Path) -> list[dict]:
    py = sys.executable
    env = {**os.environ, "UNGHOST_TZ": "UTC", "UNGHOST_TODAY": "2026-11-25"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a cold start reads cached bytecode, as users' do
    rows = []
    bare = _timed([py, "-c", "pass"], env)
    help_ms = _timed([py, "-m", "unghost", "--help"], env)
    rows.append(
        {
            "name": "interpreter start (python -c pass)",
            "value": bare,
            "unit": "ms",
            "baseline": "",
            "ratio": None,
            "goal": "",
            "note": "baseline",
        }
    )
    rows.append(
        {
            "name": "unghost --help, cold",
            "value": help_ms,
            "unit": "ms",
            "baseline": "interpreter start",
            "ratio": help_ms / bare,
            "goal": "≤ 100 ms (ratio ≤ 7 on an idle machine)",
            "note": "median of 7; printed from its table without typer (cli/roothelp.py); "
            f"load average {os.getloadavg()[0]:.1f}",
        }
    )

    doc = realistic_document(10_000, seed=11)
    source = workdir / "10k.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    size_mb = source.stat().st_size / 1e6
    json_s, json_rss = _peak_rss_mb(
        [py, "-c", f"import json; json.load(open({str(source)!r}))"], env
    )
    runs = []
    for n in range(3):
        db_env = {**env, "UNGHOST_DB": str(workdir / f"import{n}.db")}
        runs.append(_peak_rss_mb([py, "-m", "unghost", "import", str(source), "--json"], db_env))
    import_s = statistics.median(r[0] for r in runs)
    import_rss = max(r[1] for r in runs)
    rows.append(
        {
            "name": f"import 10k applications from JSON ({size_mb:.0f} MB), sqlite",
            "value": import_s,
            "unit": "s",
            "baseline": "json.load of the same file",
            "ratio": import_s / json_s,
            "goal": "≤ 1.5 s (ratio ≤ 12.5 against json.load's 0.12 s idle)",
            "note": f"median of 3; {10_000 / import_s:.0f} apps/s",
        }
    )
    rows.append(
        {
            "name": "import 10k: peak RSS",
            "value": import_rss,
            "unit": "MB",
            "baseline": "json.load of the same file",
            "ratio": import_rss / json_rss,
            "goal": "≤ 300 MB",
            "note": f"json.load alone: {json_rss:.0f} MB, {json_s:.2f} s",
        }
    )

    rows.extend(_import_rows(workdir, env))

    db_env = {**env, "UNGHOST_DB": str(workdir / "import0.db")}
    list_ms = _timed([py, "-m", "unghost", "list", "--json"], db_env, repeat=5)
    raw = (
        f"import sqlite3, json; c = sqlite3.connect({str(workdir / 'import0.db')!r}); "
        "print(json.dumps(c.execute('select a.id, a.ref, c.name, a.title, a.status, a.applied_on "
        "from applications a join companies c on c.id = a.company_id').fetchall()))"
    )
    raw_ms = _timed([py, "-c", raw], env, repeat=5)
    rows.append(
        {
            "name": "unghost list --json, 10k applications",
            "value": list_ms,
            "unit": "ms",
            "baseline": "raw sqlite3 query + json in a fresh python",
            "ratio": list_ms / raw_ms,
            "goal": "≤ 250 ms",
            "note": f"baseline {raw_ms:.0f} ms",
        }
    )
    table_ms = _timed([py, "-m", "unghost", "list"], db_env, repeat=3)
    rows.append(
        {
            "name": "unghost list (table), 10k applications",
            "value": table_ms,
            "unit": "ms",
            "baseline": "raw sqlite3 query + json in a fresh python",
            "ratio": table_ms / raw_ms,
            "goal": "≤ 250 ms",
            "note": "",
        }
    )
    today_ms = _timed([py, "-m", "unghost", "today", "--json"], db_env, repeat=3)
    rows.append(
        {
            "name": "unghost today --json, 10k applications (CLI end to end)",
            "value": today_ms,
            "unit": "ms",
            "baseline": "interpreter start",
            "ratio": today_ms / bare,
            "goal": "≤ 250 ms",
            "note": "loads every application, its evidence and the user's history",
        }
    )
    why_ms = _timed([py, "-m", "unghost", "why", "app-001-us", "--json"], db_env, repeat=3)
    rows.append(
        {
            "name": "unghost why REF --json, 10k applications (CLI end to end)",
            "value": why_ms,
            "unit": "ms",
            "baseline": "interpreter start",
            "ratio": why_ms / bare,
            "goal": "",
            "note": "the user's own reply history is read from all 10k",
        }
    )
    return rows


def _import_rows(workdir: Path, env: dict[str, str]) -> list[dict]:
    """Import and re-import at 1k and 10k (and 100k when asked) applications on each engine,
    against json.load of the same file in the same minute (medians of 3, one run at 100k; the
    machine is shared, compare the ratios)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from targets import database, engines

    py = sys.executable
    rows = []
    for n in IMPORT_SIZES:
        source = workdir / f"{n}.json"
        if not source.exists():
            source.write_text(json.dumps(realistic_document(n, seed=11)), encoding="utf-8")
        load = [_peak_rss_mb([py, "-c", f"import json; json.load(open({str(source)!r}))"], env)[0]
                for _ in range(3)]  # fmt: skip
        json_s = statistics.median(load)
        for engine in engines():
            first, again = [], []
            for run in range(3 if n <= 10_000 else 1):
                with database(engine, workdir, f"speed-{n}-{run}") as url:
                    db_env = {**env, "UNGHOST_DB": url}
                    cmd = [py, "-m", "unghost", "import", str(source), "--json"]
                    first.append(_peak_rss_mb(cmd, db_env)[0])
                    again.append(_peak_rss_mb(cmd, db_env)[0])
            for what, times, goal in (("import", first, "≤ 1.5 s at 10k"),
                                      ("re-import (unchanged)", again, "≤ 1 s at 10k")):  # fmt: skip
                value = statistics.median(times)
                rows.append({
                    "name": f"{what} {n // 1000}k applications from JSON, {engine}",
                    "value": value, "unit": "s", "baseline": "json.load of the same file",
                    "ratio": value / json_s, "goal": goal if n == 10_000 else "",
                    "note": f"{'median of 3' if len(times) > 1 else 'one run'}; json.load "
                            f"{json_s:.2f} s; load average "
                            f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores",
                })  # fmt: skip
    return rows
