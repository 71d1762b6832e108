"""A bulk import leaves PostgreSQL's planner statistics current (store/statistics.py), so the
first reads after it are planned for the rows that are there; a small write leaves them to
autovacuum, and SQLite needs none."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import text

from unghost.services.transfer import import_file
from unghost.store.statistics import APPLICATION_TABLES, BULK_ROWS


def _file(path: Path, n: int) -> Path:
    apps = [{"ref": f"s-{i:05d}", "company": {"name": f"Firm {i % 97}"},
             "role": {"title": "Analyst"}, "status": "applied", "applied_on": "2026-10-01"}
            for i in range(n)]  # fmt: skip
    path.write_text(json.dumps({"format": "unghost/v1", "applications": apps}), encoding="utf-8")
    return path


def _analysed(ctx) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    with ctx.reading() as session:
        rows = session.execute(text(
            "SELECT relname, last_analyze IS NOT NULL FROM pg_stat_user_tables "
            "WHERE schemaname = current_schema()"))  # fmt: skip
        return dict(rows.all())


def test_a_bulk_import_analyses_what_it_wrote(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    small = import_file(ctx, _file(tmp_path / "small.json", 20))
    assert small.created == 20
    if ctx.engine.dialect.name != "postgresql":
        big = import_file(ctx, _file(tmp_path / "big.json", BULK_ROWS + 10))
        assert big.created == BULK_ROWS - 10  # the first 20 were there already
        return
    assert not any(_analysed(ctx).values())  # a small write: left to autovacuum
    big = import_file(ctx, _file(tmp_path / "big.json", BULK_ROWS + 30))
    assert big.created == BULK_ROWS + 10
    analysed = _analysed(ctx)
    assert all(analysed[t] for t in APPLICATION_TABLES), analysed
    with ctx.reading() as session:
        estimate = session.execute(text(
            "SELECT reltuples FROM pg_class WHERE oid = 'applications'::regclass")).scalar()  # fmt: skip
    assert estimate == BULK_ROWS + 30
