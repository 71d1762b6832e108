"""Issue 16, findings 6 and 8: hostile or odd import files, and spreadsheet-safe CSV cells."""

from __future__ import annotations

import io
import json
import os
import resource
import subprocess
import sys
from datetime import UTC
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unghost.interchange.csvcells import guard_cell, unguard_cell
from unghost.interchange.csvfile import read_csv, write_csv

FORMULAS = ["=HYPERLINK(\"https://evil.example\",\"click\")", "@SUM(A1:A9)", "+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0", "=1+1", "\tx", "\rx", "'=already quoted"]  # fmt: skip
KEPT = ["+14155550132", "+86 138-0013-8000", "-5", "plain", "", "'quoted text", "a=b"]


def _limit_memory() -> None:  # runs in the child before exec
    resource.setrlimit(resource.RLIMIT_AS, (1024 * 1024 * 1024, 1024 * 1024 * 1024))


def test_a_json_file_nested_100000_levels_is_one_line_not_the_oom_killer(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text('{"format": "unghost/v1", "applications": [{"ref": "a", "x": '
                    + "[" * 100_000 + "]" * 100_000 + "}]}", encoding="utf-8")  # fmt: skip
    env = {**os.environ, "UNGHOST_DB": str(tmp_path / "d.db")}
    r = subprocess.run([sys.executable, "-m", "unghost", "import", str(deep)],
                       capture_output=True, text=True, env=env, timeout=120,
                       preexec_fn=_limit_memory)  # fmt: skip
    assert r.returncode == 1
    assert r.stderr.startswith("Error: deep.json: line 1: nested deeper than 64 levels")
    assert "Traceback" not in r.stderr


def test_brackets_inside_strings_do_not_count_as_nesting(tmp_path: Path) -> None:
    from unghost.interchange.jsonfile import read_json

    app = {"ref": 'a\\"[[[', "company": {"name": "A\\"}, "role": {"title": "[" * 150}}
    path = tmp_path / "ok.json"
    path.write_text(json.dumps({"format": "unghost/v1", "applications": [app]}), encoding="utf-8")
    [(_, parsed, problems)] = list(read_json(path, UTC))
    assert problems == [] and parsed is not None and parsed.role.title == "[" * 150


CSV_TEXT = "Company,Title,Notes\r\nAcme,Analyst,première\r\n星河,数据分析师,备注\r\n"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_csv_with_a_bom_is_read_whatever_the_encoding_flag(tmp_path: Path,
                                                                    codec: str) -> None:  # fmt: skip
    path = tmp_path / "unicode.csv"
    bom = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[codec]
    path.write_bytes(bom + CSV_TEXT.encode(codec))
    for flag in ("utf-8-sig", codec if codec == "utf-16" else "utf-8-sig"):
        rows = list(read_csv(path, UTC, encoding=flag))
        assert [(a.company.name, a.notes) for _, a, _ in rows if a] == [
            ("Acme", "première"), ("星河", "备注")]  # fmt: skip


def test_one_bad_utf8_line_only_loses_that_row_with_partial(tmp_path: Path) -> None:
    from unghost.bootstrap import build_context
    from unghost.services.transfer import import_file

    path = tmp_path / "mixed.csv"
    path.write_bytes(b"Company,Title\nAcme,Analyst\nBad\xff\xfeCo,Analyst\nZeta,Engineer\n")
    ctx = build_context({"db": str(tmp_path / "p.db"), "today": "2026-10-20"})
    try:
        from unghost.errors import InvalidInputError

        with pytest.raises(InvalidInputError, match=r"^mixed.csv: line 3: not valid UTF-8 text$"):
            import_file(ctx, path)
        partial = import_file(ctx, path, partial=True)
        assert partial.created == 2 and len(partial.problems) == 1
    finally:
        ctx.close()


@pytest.mark.parametrize("value", FORMULAS)
def test_formula_cells_are_neutralised(value: str) -> None:
    assert guard_cell(value) == "'" + value
    assert unguard_cell(guard_cell(value)) == value


@pytest.mark.parametrize("value", KEPT)
def test_numbers_phones_and_text_are_written_as_they_are(value: str) -> None:
    assert guard_cell(value) == value and unguard_cell(value) == value


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("'=+-@\t\r0123456789 ab|()"), max_size=12))
def test_guarding_cells_round_trips_and_never_starts_a_formula(value: str) -> None:
    written = guard_cell(value)
    assert unguard_cell(written) == value
    if written[:1] in ("=", "+", "-", "@", "\t", "\r"):
        assert written[1:].replace(" ", "").replace("(", "").replace(")", "").replace(
            "-", "").replace("+", "").isdigit()  # fmt: skip  # a number or a phone


def test_csv_export_then_import_is_the_identity_for_formula_text(tmp_path: Path) -> None:
    from unghost.services.applications import new_application

    apps = []
    for n, text in enumerate(FORMULAS + KEPT + ["a\rb", "=x\r\ny"]):
        app = new_application("Acme", f"Role {n}", ref=f"r-{n}", phone="+14155550132")
        app.notes = text.strip() or None  # import trims cells: a note never starts with a tab
        apps.append(app)
    out = io.StringIO()
    write_csv(apps, out)
    exported = out.getvalue()
    assert "\n=HYPERLINK" not in exported and ",=HYPERLINK" not in exported
    assert ",'=HYPERLINK" in exported.replace('"', "") or "'=HYPERLINK" in exported
    assert "+14155550132" in exported and "'+14155550132" not in exported
    path = tmp_path / "back.csv"
    path.write_text(exported, encoding="utf-8")
    notes = [a.notes for _, a, _ in read_csv(path, UTC) if a]
    assert notes == [a.notes for a in apps]
