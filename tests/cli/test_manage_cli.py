"""Issue 13 in the terminal: tags, rating, salary, work mode, archive; list search and filters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import run


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cli.db"
    for company, title, country in (("Acme", "Data Analyst", "CN"), ("Globex", "Engineer", "US")):
        r = run(["add", "-c", company, "-t", title, "--applied-on", "2026-10-01",
                 "--country", country, "--today", "2026-10-20"], path)  # fmt: skip
        assert r.returncode == 0, r.stderr
    return path


def test_edit_tags_rating_salary_work_mode_and_archive(db: Path) -> None:
    r = run(["edit", "acme-data-analyst", "--tag", "remote", "--tag", "Dream job", "--rating", "4",
             "--salary", "30k-40k CNY/month", "--work-mode", "hybrid", "--json"], db)  # fmt: skip
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["tags"] == ["remote", "Dream job"] and out["rating"] == 4
    assert out["role"]["salary"] == {"min": 30000, "max": 40000, "currency": "CNY",
                                     "period": "month"}  # fmt: skip
    assert out["role"]["work_mode"] == "hybrid"
    r = run(["edit", "acme-data-analyst", "--untag", "dream JOB", "--rating", "0", "--json"], db)
    out = json.loads(r.stdout)
    assert out["tags"] == ["remote"] and out["rating"] is None
    r = run(["edit", "globex-engineer", "--archive", "--json"], db)
    assert json.loads(r.stdout)["archived"] is True
    shown = run(["show", "acme-data-analyst"], db).stdout
    assert "tags: remote" in shown and "salary: 30000-40000 CNY/month" in shown


def test_list_searches_filters_and_hides_the_archived(db: Path) -> None:
    run(["edit", "acme-data-analyst", "--tag", "remote"], db)
    run(["edit", "globex-engineer", "--archive"], db)

    def refs(*args: str) -> list[str]:
        r = run(["list", *args, "--json", "--today", "2026-10-20"], db)
        assert r.returncode == 0, r.stderr
        return [a["ref"] for a in json.loads(r.stdout)["applications"]]

    assert refs() == ["acme-data-analyst"]
    assert refs("--archived") == ["globex-engineer"]
    assert sorted(refs("--all")) == ["acme-data-analyst", "globex-engineer"]
    assert refs("--tag", "REMOTE") == ["acme-data-analyst"]
    assert refs("--search", "globex", "--all") == ["globex-engineer"]
    assert refs("--country", "us") == []
    first = json.loads(run(["list", "--json", "--sort", "odds"], db).stdout)["applications"][0]
    assert {"tags", "rating", "archived", "p_hear_back", "next_action"} <= set(first)
    assert "No application matches" in run(["list", "--search", "nothing-like-it"], db).stdout


def test_bad_values_get_one_clear_line(db: Path) -> None:
    r = run(["edit", "acme-data-analyst", "--work-mode", "sometimes"], db)
    assert r.returncode == 1 and "not a work mode" in r.stderr
    r = run(["edit", "acme-data-analyst", "--salary", "competitive"], db)
    assert r.returncode == 1 and "is not a salary" in r.stderr
    r = run(["list", "--sort", "vibes"], db)
    assert r.returncode == 2 and "--sort" in r.stderr
    r = run(["add", "-c", "Acme", "-t", "x" * 10_000], db)
    assert r.returncode == 1 and "too long" in r.stderr
