"""Mail import speed and memory: a 100k-message Takeout-style mbox, streamed and classified.

The pipeline reads the mbox in chunks, parses only the headers (compat32) of every message,
keeps the job-relevant ones, and for those parses the whole message, matches it to an
application and classifies it. The baseline parses every message of the same file the plain
stdlib way (`mailbox.mbox`, compat32). Each run happens in a child process, so its peak RSS is
its own. Run alone with `python bench/bench_mail.py [WORKDIR]`.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MESSAGES = 100_000
RELEVANT_SHARE = 0.05
REPETITIONS = 3
GOAL_RATE = 3_000.0
GOAL_RSS_MB = 300.0
MBOX_NAME = f"takeout-{MESSAGES}.mbox"


def _ensure_path() -> None:
    for entry in (str(ROOT), str(ROOT / "src")):
        if entry not in sys.path:
            sys.path.insert(0, entry)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def _pipeline(path: Path) -> dict[str, Any]:
    _ensure_path()
    from tests.mailcorpus.people import CANDIDATES, COMPANIES

    from unghost.domain.records import Application, Company, Role
    from unghost.mail.classify import classify_mail
    from unghost.mail.domains import registrable_domain
    from unghost.mail.match import index_applications, match_mail
    from unghost.mail.parse import parse_mail
    from unghost.mail.sources import is_candidate_relevant, iter_mbox, read_headers

    apps = index_applications(
        [
            Application(f"app{i}", Company(c.name, c.domain), Role("any"))
            for i, c in enumerate(COMPANIES)
        ]
    )
    domains = {registrable_domain(c.domain) for c in COMPANIES}
    own = [address for _, address in CANDIDATES]
    labels: Counter[str] = Counter()
    total = relevant = 0
    start = time.perf_counter()
    for item in iter_mbox(path):
        total += 1
        if not is_candidate_relevant(read_headers(item.raw), domains, ()):
            continue
        relevant += 1
        mail = parse_mail(item.raw)
        match = match_mail(mail, apps, own_addresses=own)
        labels[classify_mail(mail, job_related=True if match else None).label] += 1
    seconds = time.perf_counter() - start
    return {
        "messages": total,
        "relevant": relevant,
        "seconds": seconds,
        "labels": dict(labels),
        "peak_rss_mb": _peak_rss_mb(),
    }


def _baseline(path: Path) -> dict[str, Any]:
    import mailbox

    total = 0
    start = time.perf_counter()
    for _message in mailbox.mbox(path, create=False):
        total += 1
    seconds = time.perf_counter() - start
    return {"messages": total, "seconds": seconds, "peak_rss_mb": _peak_rss_mb()}


def _child(mode: str, path: Path) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "src")]))
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", mode, str(path)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return json.loads(done.stdout)


def _mbox(workdir: Path) -> Path:
    path = workdir / MBOX_NAME
    if not path.exists():
        _ensure_path()
        from tests.mailcorpus.mbox import write_mbox

        partial = path.with_suffix(".partial")
        write_mbox(partial, MESSAGES, relevant_share=RELEVANT_SHARE)
        partial.rename(path)
    return path


def _end_to_end(workdir: Path, path: Path) -> tuple[float, float, str]:
    """The real command on the same mbox, into a database holding 200 applications."""
    import os
    import subprocess

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.factories import realistic_document

    doc = workdir / "apps.json"
    doc.write_text(json.dumps(realistic_document(200)), encoding="utf-8")
    env = {**os.environ, "UNGHOST_DB": str(workdir / "e2e.db"), "UNGHOST_TODAY": "2026-11-25"}
    subprocess.run([sys.executable, "-m", "unghost", "import", str(doc)], env=env, check=True,
                   capture_output=True)  # fmt: skip
    code = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        f"r = subprocess.run([sys.executable, '-m', 'unghost', 'mail', 'import', {str(path)!r}, '--json'],"
        " check=True, capture_output=True, text=True)\n"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)\n"
        "print(r.stdout)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
    )
    first, report = out.stdout.split("\n", 1)
    seconds, rss = (float(x) for x in first.split())
    data = json.loads(report)
    note = f"{data['read']} read, {data['stored']} stored, {data['skipped']} skipped by headers"
    return data["read"] / seconds, rss, note


def run(workdir: Path) -> list[dict[str, Any]]:
    """Benchmark rows: pipeline and baseline throughput, and both peak RSS values."""
    workdir.mkdir(parents=True, exist_ok=True)
    path = _mbox(workdir)
    size_mb = path.stat().st_size / 1e6
    pipeline = [_child("pipeline", path) for _ in range(REPETITIONS)]
    baseline = [_child("baseline", path) for _ in range(REPETITIONS)]
    rate = statistics.median(float(r["messages"]) / float(r["seconds"]) for r in pipeline)
    base_rate = statistics.median(float(r["messages"]) / float(r["seconds"]) for r in baseline)
    rss = statistics.median(float(r["peak_rss_mb"]) for r in pipeline)
    base_rss = statistics.median(float(r["peak_rss_mb"]) for r in baseline)
    first = pipeline[0]
    note = (
        f"{first['messages']} messages, {size_mb:.0f} MB, {first['relevant']} parsed in full and "
        f"classified ({json.dumps(first['labels'], sort_keys=True)}); median of {REPETITIONS} runs"
    )
    base_name = "stdlib mailbox.mbox compat32 full parse"
    e2e_rate, e2e_rss, e2e_note = _end_to_end(workdir, path)
    return [
        {
            "name": "unghost mail import (CLI end to end: store, match, proposals)",
            "value": round(e2e_rate, 1),
            "unit": "msg/s",
            "baseline": base_name,
            "ratio": round(e2e_rate / base_rate, 2),
            "goal": f">= {GOAL_RATE:.0f} msg/s, < {GOAL_RSS_MB:.0f} MB",
            "note": f"peak RSS {e2e_rss:.0f} MB; {e2e_note}",
        },
        {
            "name": "mail import: mbox stream, header filter, parse, match, classify",
            "value": round(rate, 1),
            "unit": "msg/s",
            "baseline": base_name,
            "ratio": round(rate / base_rate, 2),
            "goal": f">= {GOAL_RATE:.0f} msg/s",
            "note": note,
        },
        {
            "name": base_name,
            "value": round(base_rate, 1),
            "unit": "msg/s",
            "baseline": "",
            "ratio": None,
            "goal": "",
            "note": f"every message of the same {size_mb:.0f} MB file; median of {REPETITIONS} runs",
        },
        {
            "name": "mail import peak RSS",
            "value": round(rss, 1),
            "unit": "MB",
            "baseline": f"{base_name} peak RSS",
            "ratio": round(rss / base_rss, 2),
            "goal": f"< {GOAL_RSS_MB:.0f} MB",
            "note": "child process ru_maxrss, whole interpreter included",
        },
        {
            "name": f"{base_name} peak RSS",
            "value": round(base_rss, 1),
            "unit": "MB",
            "baseline": "",
            "ratio": None,
            "goal": "",
            "note": "child process ru_maxrss",
        },
    ]


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        target = Path(sys.argv[3])
        print(json.dumps(_pipeline(target) if sys.argv[2] == "pipeline" else _baseline(target)))
    else:
        where = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / ".tmp" / "bench"
        for row in run(where):
            print(json.dumps(row, ensure_ascii=False))
