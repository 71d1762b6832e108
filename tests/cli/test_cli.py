"""The CLI as a user meets it: exit codes, one-line errors on stderr, --json, --today."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.factories import realistic_document


def run(
    args: list[str], db: Path, *, env: dict[str, str] | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "UNGHOST_DB": str(db), "UNGHOST_TZ": "UTC", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "unghost", *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=stdin,
        timeout=60,
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cli.db"


def test_add_list_show_log_edit_rm_round(db):
    r = run(
        [
            "add",
            "-c",
            "Acme",
            "-t",
            "Data Analyst",
            "--applied-on",
            "2026-09-05",
            "--country",
            "cn",
            "--json",
        ],
        db,
    )
    assert r.returncode == 0, r.stderr
    added = json.loads(r.stdout)
    assert (added["ref"], added["status"], added["company"]["country"]) == (
        "acme-data-analyst",
        "applied",
        "CN",
    )
    assert added["history"] == [{"on": "2026-09-05", "status": "applied", "note": None}]

    r = run(
        [
            "log",
            "acme-data-analyst",
            "--interview",
            "2026-09-28T10:00+08:00",
            "--stage",
            "onsite",
            "--decision-on",
            "2026-10-09",
            "--remaining",
            "2",
            "--json",
        ],
        db,
    )
    assert r.returncode == 0, r.stderr
    logged = json.loads(r.stdout)
    assert logged["status"] == "interviewing"
    assert logged["interviews"][0]["at"] == "2026-09-28T10:00:00+08:00"

    r = run(
        [
            "log",
            "1",
            "--received",
            "out-of-office",
            "--at",
            "2026-10-09T09:00+08:00",
            "--return-date",
            "2026-10-12",
            "--json",
        ],
        db,
    )
    assert json.loads(r.stdout)["messages"][0]["return_date"] == "2026-10-12"

    r = run(["list", "--json", "--today", "2026-10-19"], db)
    (row,) = json.loads(r.stdout)["applications"]
    # silence is the one assessment's: China's business days since the interview (an
    # out-of-office reply is no answer; Golden Week is not counted), the same as `why` says
    why = json.loads(
        run(["why", "acme-data-analyst", "--json", "--today", "2026-10-19"], db).stdout
    )
    assert (row["ref"], row["status"], row["days_silent"]) == (
        "acme-data-analyst",
        "interviewing",
        why["silence"]["business_days"],
    )
    assert row["days_silent"] == 11

    r = run(
        ["edit", "acme-data-analyst", "--status", "rejected", "--today", "2026-10-20", "--json"], db
    )
    assert json.loads(r.stdout)["history"][-1] == {
        "on": "2026-10-20",
        "status": "rejected",
        "note": None,
    }

    r = run(["show", "acme-data-analyst"], db)
    assert r.returncode == 0 and "Data Analyst at Acme" in r.stdout and "rejected" in r.stdout

    r = run(["rm", "acme-data-analyst", "--yes", "--json"], db)
    assert json.loads(r.stdout) == {"removed": "acme-data-analyst", "id": 1}
    assert json.loads(run(["list", "--json"], db).stdout) == {"applications": []}


@pytest.mark.parametrize(
    ("args", "code", "stderr"),
    [
        (["show", "nope"], 3, "Error: no application 'nope'"),
        (["rm", "nope", "--yes"], 3, "Error: no application 'nope'"),
        (["add", "-c", "Acme"], 2, "--company and --title are required"),
        (
            ["add", "-c", "A", "-t", "B", "--applied-on", "31/02/2026"],
            1,
            "--applied-on: '31/02/2026' is not a real date",
        ),
        (["add", "-c", "A", "-t", "B", "--status", "maybe"], 1, "unknown status 'maybe'"),
        (["list", "--today", "tomorrow"], 1, "--today must be a date as YYYY-MM-DD"),
        (["import", "missing.json"], 1, "missing.json: no such file"),
        (["export", "--format", "xml"], 1, "unknown format 'xml'"),
        (["frobnicate"], 2, "No such command"),
        (["log", "x"], 2, "say what happened"),
    ],
)
def test_errors_have_exit_codes_and_one_line_messages(db, args, code, stderr):
    r = run(args, db)
    assert r.returncode == code
    assert stderr in r.stderr
    assert "Traceback" not in r.stderr


def test_rm_asks_and_refuses_without_a_terminal(db):
    run(["add", "-c", "Acme", "-t", "Analyst"], db)
    r = run(["rm", "acme-analyst"], db)
    assert r.returncode == 2 and "--yes" in r.stderr
    assert len(json.loads(run(["list", "--json"], db).stdout)["applications"]) == 1


def test_duplicate_ref_is_a_conflict(db):
    run(["add", "-c", "Acme", "-t", "Analyst", "--ref", "acme"], db)
    r = run(["add", "-c", "Other", "-t", "Role", "--ref", "acme"], db)
    assert r.returncode == 1 and "already used" in r.stderr


def test_import_export_status_with_today_from_the_environment(db, tmp_path):
    source = tmp_path / "apps.json"
    source.write_text(json.dumps(realistic_document(24), ensure_ascii=False), encoding="utf-8")
    r = run(["import", str(source), "--json"], db)
    assert json.loads(r.stdout)["created"] == 24
    r = run(["import", str(source), "--json"], db)
    assert json.loads(r.stdout)["unchanged"] == 24
    r = run(["status", "--json"], db, env={"UNGHOST_TODAY": "2026-11-25"})
    status = json.loads(r.stdout)
    assert status["as_of"] == "2026-11-25" and status["total"] == 24
    assert sum(status["by_status"].values()) == 24
    target = tmp_path / "out.csv"
    r = run(["export", str(target), "--format", "csv", "--json"], db)
    assert json.loads(r.stdout) == {"file": str(target), "format": "csv", "count": 24}
    assert target.read_text(encoding="utf-8").startswith("ref,status,company,")
    r = run(["export"], db)
    assert json.loads(r.stdout)["format"] == "unghost/v1"


def test_bad_import_names_the_place_and_suggests_partial(db, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "unghost/v1", "applications": [{"ref": "a", "company": "A", "role": "T", "applied_on": "2026-02-31"}]}'
    )
    r = run(["import", str(bad)], db)
    assert r.returncode == 1
    assert (
        r.stderr.splitlines()[0]
        == "Error: bad.json: applications[0].applied_on: '2026-02-31' is not a real date"
    )
    assert "--partial" in r.stderr


def test_every_command_takes_json_and_today(db):
    from unghost.cli import _register, app

    _register()
    import typer.main

    for name, cmd in _commands(typer.main.get_command(app)):
        options = {opt for p in cmd.params for opt in getattr(p, "opts", [])}
        assert {"--json", "--today", "--debug"} <= options, name


def _commands(group, prefix=""):
    """Every leaf command with its full name: `list`, `posting fetch`..."""
    for name, cmd in group.commands.items():
        full = f"{prefix}{name}"
        if hasattr(cmd, "commands"):
            yield from _commands(cmd, full + " ")
        else:
            yield full, cmd


def test_settings_doc_is_generated_from_the_table():
    from unghost.settings import render_settings_doc

    doc = (Path(__file__).parents[2] / "docs" / "settings.md").read_text(encoding="utf-8")
    assert render_settings_doc() in doc


def test_every_command_is_in_the_readme():
    from unghost.cli import _register, app

    _register()
    import typer.main

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    for name, _cmd in _commands(typer.main.get_command(app)):
        assert f"unghost {name}" in readme, name


def test_edit_attaches_documents_and_contacts_once(db, tmp_path):
    run(["add", "-c", "Acme", "-t", "Analyst"], db)
    cv = tmp_path / "cv.pdf"
    cv.write_bytes(b"%PDF-1.4")
    for _ in range(2):
        r = run(
            [
                "edit",
                "acme-analyst",
                "--resume",
                str(cv),
                "--contact",
                "Li Wei <li.wei@acme.example>",
                "--contact-role",
                "recruiter",
                "--json",
            ],
            db,
        )
        assert r.returncode == 0, r.stderr
    app = json.loads(r.stdout)
    assert app["documents"] == [{"path": str(cv.resolve()), "kind": "resume"}]
    assert app["contacts"] == [
        {"name": "Li Wei", "email": "li.wei@acme.example", "phone": None, "role": "recruiter"}
    ]


def test_show_uses_the_users_time_zone(db):
    run(["add", "-c", "Acme", "-t", "Analyst"], db)
    run(["log", "acme-analyst", "--interview", "2026-09-28T10:00+08:00"], db)
    r = run(["show", "acme-analyst"], db, env={"UNGHOST_TZ": "Europe/Paris"})
    assert "interview: 2026-09-28 04:00 CEST" in r.stdout
