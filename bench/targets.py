"""Where the import benchmarks write: a SQLite file, or a fresh schema on the local PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PG_URL = "postgresql://postgres@127.0.0.1:5432/test"


def postgres_available() -> bool:
    try:
        import psycopg

        with psycopg.connect(PG_URL, connect_timeout=3):
            return True
    except Exception:  # no server, no driver: the PostgreSQL rows are left out
        return False


def engines() -> list[str]:
    return ["sqlite", "postgresql"] if postgres_available() else ["sqlite"]


@contextmanager
def database(engine: str, workdir: Path, name: str) -> Iterator[str]:
    """A fresh, empty database for one measurement; dropped afterwards."""
    if engine == "sqlite":
        path = workdir / f"{name}.db"
        for leftover in workdir.glob(f"{name}.db*"):
            leftover.unlink()
        yield str(path)
        return
    import psycopg

    schema = f"bench_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def mail_workspace(n: int, seed: int = 11) -> dict[str, object]:
    """`n` applications: the realistic mix, plus one per company the benchmark mbox writes to,
    so its job mail matches, is recorded and proposes (the write path is measured)."""
    from tests.factories import realistic_document
    from tests.mailcorpus.people import CANDIDATES, COMPANIES

    doc = realistic_document(n - len(COMPANIES), seed=seed)
    apps = doc["applications"]
    assert isinstance(apps, list)
    for i, company in enumerate(COMPANIES):
        apps.append({
            "ref": f"mail-{i:03d}",
            "company": {"name": company.name, "domain": company.domain, "country": company.country},
            "role": {"title": "Data Analyst"}, "applied_on": "2026-09-01",
            "candidate": {"email": CANDIDATES[i % len(CANDIDATES)][1]},
        })  # fmt: skip
    return doc
