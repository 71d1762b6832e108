"""The CLI's fast path (cli/fast.py) prints exactly what the full path prints: `today`, `list`
(with their options) and `why` (several applications, both languages) on the demo workspace and on seeded random ones, on SQLite and
PostgreSQL; and it steps aside (None) whenever the stored rows are not current."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

TODAY = date(2026, 11, 25)
# Command lines the fast path answers; each is compared with the full path's output.
LINES = (
    ["today", "--json"],
    ["today", "--json", "--lang", "zh"],
    ["today", "--days", "0", "--json"],
    ["today", "--json", "--days=30", "--lang", "en"],
    ["list", "--json"],
    ["list", "--json", "--all"],
    ["list", "--json", "--archived"],
    ["list", "--json", "--needs-action"],
    ["list", "--json", "--sort", "next"],
    ["list", "--json", "--sort=odds", "--all"],
    ["list", "--json", "--sort", "applied"],
    ["list", "--json", "--sort", "company", "--status", "interviewing"],
    ["list", "--json", "--status", "applied"],
    ["list", "--json", "--country", "cn"],
    ["list", "--json", "--country", "US", "--sort", "next", "--all"],
    ["list", "--json", "--tag", "remote"],
    ["list", "--json", "-s", "a"],
    ["list", "--json", "--search", "engineer e"],
)


def _full(argv: list[str]) -> str:
    from unghost.cli import run

    out = io.StringIO()
    with redirect_stdout(out):
        assert run(argv) == 0
    return out.getvalue()


def _fast(argv: list[str]) -> str | None:
    from unghost.cli.fast import run

    out = io.StringIO()
    with redirect_stdout(out):
        code = run(argv)
    return None if code is None else out.getvalue()


def _not_called(*_: Any) -> Any:
    raise AssertionError("the full path's service ran")


def _context(db: str) -> Any:
    from unghost.bootstrap import build_context

    return build_context({"db": db, "today": TODAY.isoformat()})


def _seed(db: str, tmp: Path, document: dict[str, Any]) -> None:
    from unghost.services.transfer import import_file

    ctx = _context(db)
    try:
        path = tmp / "seed.json"
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        import_file(ctx, path)
    finally:
        ctx.close()


def _same_output(db: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """Every line of LINES prints the same on both paths; returns how many were non-empty."""
    monkeypatch.setenv("UNGHOST_DB", db)
    monkeypatch.setenv("UNGHOST_TODAY", TODAY.isoformat())
    _full(["today", "--json"])  # brings the stored rows to today
    answered = 0
    for argv in LINES:
        fast = _fast(argv)
        assert fast is not None, argv  # current rows: the fast path answers
        assert fast == _full(argv), argv
        data = json.loads(fast)
        answered += bool(data.get("applications") or data.get("today") or data.get("this_week"))
    listed = json.loads(_full(["list", "--json", "--all"]))["applications"]
    picked = listed[:: max(1, len(listed) // 6)]
    for i, app in enumerate(picked):
        name = str(app["id"]) if i % 3 == 0 else app["ref"]  # a numeric id names one too
        for argv in (["why", name, "--json"], ["why", "--lang", "zh", name, "--json"]):
            with monkeypatch.context() as m:  # the stored rows answer, not the full service
                m.setattr("unghost.services.diagnosis.diagnose_application", _not_called)
                fast = _fast(argv)
            assert fast is not None, argv
            assert fast == _full(argv), argv
    return answered


@pytest.mark.parametrize("seed", [3, 11, 29])
def test_the_fast_path_prints_the_full_paths_json(db_url, tmp_path, monkeypatch, seed):
    from tests.factories import realistic_document

    _seed(db_url, tmp_path, realistic_document(12 + seed, seed=seed, today=TODAY))
    assert _same_output(db_url, monkeypatch) >= 5


def test_the_fast_path_prints_the_full_paths_json_on_the_demo(db_url, monkeypatch):
    from unghost.web.demo import load_demo

    ctx = _context(db_url)
    try:
        assert load_demo(ctx) > 0
    finally:
        ctx.close()
    assert _same_output(db_url, monkeypatch) >= 5


def test_the_fast_path_steps_aside_when_rows_are_stale_or_the_line_is_not_its_own(
    db_url, tmp_path, monkeypatch
):
    from tests.factories import realistic_document
    from unghost.cli.fast import parse

    _seed(db_url, tmp_path, realistic_document(8, seed=5, today=TODAY))
    monkeypatch.setenv("UNGHOST_DB", db_url)
    monkeypatch.setenv("UNGHOST_TODAY", TODAY.isoformat())
    _full(["today", "--json"])
    assert _fast(["today", "--json"]) is not None
    tomorrow = (TODAY + timedelta(days=1)).isoformat()
    assert _fast(["today", "--json", "--today", tomorrow]) is None  # another day's rows
    assert _fast(["--db", db_url, "list", "--json", "--today", tomorrow]) is None
    for argv in (
        ["today"],  # people's output
        ["list", "--json", "--sort", "nonsense"],  # an error to report
        ["list", "--json", "--status", "nonsense"],
        ["today", "--json", "--days", "61"],
        ["today", "--json", "--lang", "fr"],
        ["list", "--json", "--status", "applied", "--status", "offer"],
        ["list", "--json", "--help"],
        ["why", "no-such-ref", "--json"],  # the full path says it is not found
        ["why", "--json"],
        ["why", "a", "b", "--json"],
        ["list", "--json", "extra"],
    ):
        assert _fast(argv) is None, argv
    assert parse(["--db", "x.db", "--debug", "today", "--json"]) is not None
    assert parse(["--db=x.db", "list", "-s", "word", "--json"]) is not None


def test_the_fast_path_reads_only_its_owner(db_url, tmp_path, monkeypatch):
    """Another owner's workspace in the same database has no current rows of its own."""
    from tests.factories import realistic_document
    from unghost.cli.fast import _stored

    _seed(db_url, tmp_path, realistic_document(6, seed=2, today=TODAY))
    monkeypatch.setenv("UNGHOST_DB", db_url)
    _full(["today", "--json", "--today", TODAY.isoformat()])
    ctx = _context(db_url)
    try:
        assert _stored(ctx, lambda reader: True) is True
        ctx.owner_id = 2
        assert _stored(ctx, lambda reader: True) is None  # no meta row of theirs
    finally:
        ctx.close()


def test_the_entry_point_answers_from_the_fast_path_without_sqlalchemy(tmp_path, monkeypatch):
    """`unghost today --json` in a fresh process: the stored rows, no ORM loaded."""
    import subprocess
    import sys

    from tests.factories import realistic_document

    db = str(tmp_path / "unghost.db")
    _seed(db, tmp_path, realistic_document(10, seed=4, today=TODAY))
    monkeypatch.setenv("UNGHOST_DB", db)
    monkeypatch.setenv("UNGHOST_TODAY", TODAY.isoformat())
    _full(["today", "--json"])
    probe = (
        "import sys\nsys.argv = ['unghost', 'list', '--json', '--needs-action']\n"
        "from unghost.cli import main\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'pydantic', "
        "'holidays')]\nprint(heavy, file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)  # fmt: skip
    assert done.stderr.strip() == "[]"
    assert done.stdout == _full(["list", "--json", "--needs-action"])


def test_without_libpq_psycopg_reads_the_same(db_url, tmp_path, monkeypatch):
    """PostgreSQL's client library is read through ctypes when it loads; psycopg otherwise."""
    from tests.factories import realistic_document
    from unghost.store import libpq

    if "://" not in db_url:
        pytest.skip("the client library is PostgreSQL's")
    _seed(db_url, tmp_path, realistic_document(14, seed=8, today=TODAY))
    monkeypatch.setattr(libpq, "_LIB", [None])
    assert not libpq.available()
    assert _same_output(db_url, monkeypatch) >= 5
