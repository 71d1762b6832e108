"""The import's driver-level inserts (store/fastinsert.py) store exactly what Core INSERTs
store, on both engines, and announce what they touched to the read model."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, text

from tests.factories import realistic_document
from unghost.bootstrap import build_context
from unghost.services.transfer import import_file
from unghost.store import fastinsert

TABLES = ("companies", "applications", "contacts", "interviews", "messages", "events", "documents")
STAMPS = {"created_at", "updated_at"}  # the clock of each run


def _dump(ctx: Any) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    with ctx.reading() as session:
        for table in TABLES:
            result = session.execute(text(f"SELECT * FROM {table} ORDER BY id"))
            keep = [n for n, key in enumerate(result.keys()) if key not in STAMPS]
            out[table] = [tuple(row[n] for n in keep) for row in result]
    return out


def _core_insert(session: Any, table: Any, rows: Any) -> None:
    session.execute(insert(table), list(rows))


@pytest.fixture
def second_url(db_url: str, tmp_path: Path) -> Iterator[str]:
    """Another empty database on the same engine."""
    if not db_url.startswith("postgresql"):
        yield str(tmp_path / "core.db")
        return
    from tests.conftest import pg_schema

    with pg_schema() as url:
        yield url


@pytest.mark.parametrize("rows_per_statement", [1_000, 7])
def test_driver_inserts_store_what_core_inserts_store(
    db_url: str, second_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    rows_per_statement: int,
) -> None:  # fmt: skip
    """With 7, PostgreSQL's multi-row statements split each batch unevenly."""
    monkeypatch.setattr(fastinsert, "_MAX_ROWS", rows_per_statement)
    doc = realistic_document(240, seed=5)
    doc["applications"][3]["company"]["name"] = "Zoë & Co. 株式会社"
    doc["applications"][4]["tags"] = ["remote", "引荐"]
    source = tmp_path / "apps.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")

    fast = build_context({"db": db_url, "today": "2026-11-25"})
    report = import_file(fast, source)
    assert report.created == 240
    stored = _dump(fast)
    fast.close()

    monkeypatch.setattr(fastinsert, "insert_rows", _core_insert)
    monkeypatch.setattr("unghost.store.bulk.insert_rows", _core_insert)
    core = build_context({"db": second_url, "today": "2026-11-25"})
    try:
        assert import_file(core, source).created == 240
        again = _dump(core)
    finally:
        core.close()
    assert again == stored
    assert sum(len(rows) for rows in stored.values()) > 240 * 3


def test_an_import_refreshes_the_read_model_of_what_it_wrote(ctx: Any, tmp_path: Path) -> None:
    source = tmp_path / "apps.json"
    source.write_text(json.dumps(realistic_document(30, seed=2)), encoding="utf-8")
    import_file(ctx, source)
    with ctx.reading() as session:
        rows = session.execute(text("SELECT count(*) FROM readmodel_rows")).scalar()
    assert rows == 30  # fewer than the write limit: computed in the import's transaction


def test_what_an_insert_touches_is_read_from_its_rows() -> None:
    """A mail of no application touches none; ids only the database knows touch all."""
    from sqlalchemy import insert as core_insert

    from unghost.store.models import ApplicationRow, MailMessageRow
    from unghost.store.readsync import Touched, _collect_dml

    mail = core_insert(MailMessageRow.__table__)
    touched = Touched()
    _collect_dml(mail, [{"application_id": None}, {"application_id": 7}], None, touched)
    assert (touched.ids, touched.everything) == ({7}, False)
    nothing = Touched()
    _collect_dml(mail, [{"application_id": None}], None, nothing)
    assert not nothing
    embedded = Touched()  # the value is in the statement, not in the parameters
    _collect_dml(mail.values(application_id=3), None, {}, embedded)
    assert embedded.everything
    new_apps = Touched()  # their ids are the database's
    _collect_dml(core_insert(ApplicationRow.__table__), [{"ref": "a"}], None, new_apps)
    assert new_apps.everything
