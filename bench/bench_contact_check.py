"""Benchmark of the contact check: speed against raw text extraction, and memory on hostile input.

Speed: a 2-page PDF resume (with link annotations) and a DOCX cover letter, checked in this
process, against the raw extraction of the same files (pypdfium2 for the PDF text, docx2python
for the DOCX text) measured in the same run; also both in a fresh process, imports included.
Memory: peak RSS of a child process that checks one hostile input (a 200 MB file, a zip bomb
and a PDF stream each inflating to 200 MB), against a child that only imports.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from tests.corpus import (  # noqa: E402 - the paths above make the corpus importable
    Person,
    cover_letter_lines,
    resume_lines,
    write_docx,
    write_pdf,
    write_sparse_file,
    write_stream_bomb_pdf,
    write_zip_bomb,
)

REPEATS = 31
COLD_REPEATS = 5
HOSTILE_BYTES = 200 << 20
_CHILD_ENV_PATH = f"{ROOT / 'src'}:{ROOT}"

_RAW = """
import pypdfium2 as pdfium
from docx2python import docx2python
def raw(pdf, docx):
    document = pdfium.PdfDocument(pdf)
    texts = []
    for number in range(len(document)):
        page = document[number]
        textpage = page.get_textpage()
        texts.append(textpage.get_text_bounded())
        textpage.close()
        page.close()
    document.close()
    with docx2python(docx) as content:
        texts.append(content.text)
    return texts
"""
_CHECK = """
from unghost.documents import check_documents
def check(pdf, docx):
    return check_documents(Path(pdf), Path(docx), region="US")
"""
_PEAK = """
import resource, sys
from pathlib import Path
from unghost.documents import check_documents
target = sys.argv[1]
if target != "-":
    result = check_documents(Path(target), region="US")
    assert [f.code for f in result.findings] == ["unreadable"], result.to_dict()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _make_documents(workdir: Path, *, broken: bool = False) -> tuple[Path, Path]:
    """The two documents; `broken` plants a mistyped address and a number a digit short in the
    resume, and a disagreeing address in the letter (the slow path: each is explained)."""
    email, phone = ("jane.doe@gmial.con", "(415) 555-267") if broken else (
        "jane.doe@gmail.com", "(415) 555-2671")  # fmt: skip
    jane = Person("Jane Doe", email, phone, ("linkedin.com/in/janedoe",))
    projects = [
        f"Project {n}: a pipeline for {n * 10} million rows a day, Python, SQL and Airflow, 2021"
        for n in range(1, 45)
    ]
    prefix = "broken-" if broken else ""
    resume = write_pdf(
        workdir / f"{prefix}resume.pdf",
        [resume_lines(jane) + projects[:20], projects[20:]],
        links=[("Email me", "mailto:jane.doe@gmail.com"), ("GitHub", "https://github.com/jd")],
    )
    letter_person = Person("Jane Doe", "jane.doe@gmail.com", "(415) 555-2671") if broken else jane
    letter = write_docx(
        workdir / f"{prefix}letter.docx",
        cover_letter_lines(letter_person)
        + [line.replace("Project", "In project") for line in projects[:8]],
    )
    return resume, letter


def _median_ms(function: Callable[[], object], repeats: int = REPEATS) -> float:
    function()  # warm caches and lazy imports
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _cold_ms(code: str, call: str, pdf: Path, docx: Path) -> float:
    script = f"from pathlib import Path\n{code}\n{call}({str(pdf)!r}, {str(docx)!r})"
    times = []
    for _ in range(COLD_REPEATS):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", script], check=True, env=_child_env())
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _peak_rss_mb(target: str) -> float:
    out = subprocess.run(
        [sys.executable, "-c", _PEAK, target],
        check=True,
        capture_output=True,
        text=True,
        env=_child_env(),
    )
    return int(out.stdout.strip().splitlines()[-1]) / 1024  # Linux reports kilobytes


def _child_env() -> dict[str, str]:
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = _CHILD_ENV_PATH + (":" + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def _row(
    name: str,
    value: float,
    unit: str,
    *,
    baseline: str = "",
    baseline_value: float | None = None,
    goal: str = "",
    note: str = "",
) -> dict[str, object]:
    ratio = round(value / baseline_value, 3) if baseline_value else None
    return {
        "name": name,
        "value": round(value, 3),
        "unit": unit,
        "baseline": baseline,
        "ratio": ratio,
        "goal": goal,
        "note": note,
    }


def run(workdir: Path) -> list[dict]:
    workdir.mkdir(parents=True, exist_ok=True)
    pdf, docx = _make_documents(workdir)
    namespace: dict[str, object] = {"Path": Path}
    exec(_RAW + _CHECK, namespace)  # the same code the cold runs execute
    raw, check = namespace["raw"], namespace["check"]
    findings = check(str(pdf), str(docx)).findings  # type: ignore[operator]
    assert findings == [], findings

    bad_pdf, bad_docx = _make_documents(workdir, broken=True)
    codes = sorted(str(f.code) for f in check(str(bad_pdf), str(bad_docx)).findings)  # type: ignore[operator]
    assert codes == ["contact-mismatch", "email-typo", "phone-invalid"], codes

    raw_name = "raw extraction: pypdfium2 PDF text + docx2python DOCX text"
    raw_ms = _median_ms(lambda: raw(str(pdf), str(docx)))  # type: ignore[operator]
    check_ms = _median_ms(lambda: check(str(pdf), str(docx)))  # type: ignore[operator]
    broken_ms = _median_ms(lambda: check(str(bad_pdf), str(bad_docx)))  # type: ignore[operator]
    cold_raw_name = "fresh process: import + raw extraction"
    cold_raw_ms = _cold_ms(_RAW, "raw", pdf, docx)
    cold_check_ms = _cold_ms(_CHECK, "check", pdf, docx)

    hostile = {
        "a 200 MB file": write_sparse_file(workdir / "huge.pdf", HOSTILE_BYTES),
        "a zip bomb inflating to 200 MB": write_zip_bomb(
            workdir / "bomb.docx", inflated_bytes=HOSTILE_BYTES
        ),
        "a PDF stream inflating to 200 MB": write_stream_bomb_pdf(
            workdir / "bomb.pdf", inflated_bytes=HOSTILE_BYTES
        ),
    }
    idle_name = "peak RSS, process that imports the check and reads nothing"
    idle_mb = _peak_rss_mb("-")
    rows = [
        _row(raw_name, raw_ms, "ms", note=f"median of {REPEATS}, in process"),
        _row(
            "contact check: 2-page PDF resume + DOCX cover letter",
            check_ms,
            "ms",
            baseline=raw_name,
            baseline_value=raw_ms,
            goal="<= 150 ms and <= 1.5x raw extraction",
            note=f"median of {REPEATS}, in process, region US, offline",
        ),
        _row(
            "contact check: the same documents with a typo, a number a digit short, a mismatch",
            broken_ms,
            "ms",
            baseline=raw_name,
            baseline_value=raw_ms,
            note=f"median of {REPEATS}; each broken contact is explained (one-digit repairs tried)",
        ),
        _row(cold_raw_name, cold_raw_ms, "ms", note=f"median of {COLD_REPEATS} processes"),
        _row(
            "fresh process: import + contact check",
            cold_check_ms,
            "ms",
            baseline=cold_raw_name,
            baseline_value=cold_raw_ms,
            note=f"median of {COLD_REPEATS} processes; what one `unghost check` pays",
        ),
        _row(idle_name, idle_mb, "MB", note="ru_maxrss of a child process"),
    ]
    for label, path in hostile.items():
        peak = max(_peak_rss_mb(str(path)) for _ in range(3))
        rows.append(
            _row(
                f"peak RSS, check of {label}",
                peak,
                "MB",
                baseline=idle_name,
                baseline_value=idle_mb,
                goal="< 300 MB",
                note=f"file of {path.stat().st_size} bytes; worst of 3 child processes",
            )
        )
    return rows


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as directory:
        print(json.dumps(run(Path(directory)), indent=2))
