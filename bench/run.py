"""`make bench`: run every bench/bench_*.py and write BENCHMARKS.md (ratios against baselines)."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = ("name", "value", "unit", "baseline", "ratio", "goal", "note")


def _run_one(path: Path, workdir: Path) -> list[dict]:
    """Each benchmark module runs in its own process so memory and imports don't mix."""
    code = (
        "import json, sys, pathlib, importlib.util\n"
        f"spec = importlib.util.spec_from_file_location('b', {str(path)!r})\n"
        "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)\n"
        f"rows = m.run(pathlib.Path({str(workdir)!r}))\n"
        "print('BENCH-ROWS ' + json.dumps(rows))\n"
    )
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'src'}"}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT
    )
    for line in proc.stdout.splitlines():
        if line.startswith("BENCH-ROWS "):
            return json.loads(line[len("BENCH-ROWS ") :])
    tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]
    return [
        {
            "name": path.stem,
            "value": float("nan"),
            "unit": "",
            "baseline": "",
            "ratio": None,
            "goal": "",
            "note": f"FAILED: {tail[0]}",
        }
    ]


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    return "" if value is None else str(value)


def main() -> int:
    only = sys.argv[1:]
    modules = sorted((ROOT / "bench").glob("bench_*.py"))
    if only:
        modules = [m for m in modules if any(o in m.stem for o in only)]
    sections = []
    for path in modules:
        print(f"running {path.name} ...", flush=True)
        with tempfile.TemporaryDirectory(prefix="unghost-bench-") as tmp:
            rows = _run_one(path, Path(tmp))
        lines = [
            f"## {path.stem.removeprefix('bench_')}",
            "",
            "| " + " | ".join(COLUMNS) + " |",
            "|" + "---|" * len(COLUMNS),
        ]
        for row in rows:
            lines.append("| " + " | ".join(_fmt(row.get(c)) for c in COLUMNS) + " |")
            print(
                "  "
                + ", ".join(
                    f"{c}={_fmt(row.get(c))}" for c in COLUMNS if row.get(c) not in (None, "")
                )
            )
        sections.append("\n".join(lines))
    header = [
        "# Benchmarks",
        "",
        f"Written by `make bench` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}. Values are medians of "
        "repeated runs; `ratio` is value / baseline, both measured in the same run, so compare "
        "ratios across machines, not seconds.",
        "",
    ]
    target = ROOT / "BENCHMARKS.md"
    if only and target.exists():
        existing = target.read_text(encoding="utf-8").split("\n## ")
        kept = {s.split("\n", 1)[0]: "## " + s for s in existing[1:]}
        for section in sections:
            kept[section.split("\n", 1)[0].removeprefix("## ")] = section
        sections = [kept[k] for k in sorted(kept)]
    target.write_text(
        "\n".join(header) + "\n" + "\n\n".join(s.rstrip() for s in sections) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
