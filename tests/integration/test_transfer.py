"""Import and export on both engines: realistic files, round trips, idempotence, bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.factories import huntr_csv, jobsync_csv, realistic_document, simplify_csv, teal_csv
from unghost.domain.records import Status
from unghost.errors import InvalidInputError
from unghost.services.applications import edit_application, get_application, list_applications
from unghost.services.transfer import export_applications, export_to_file, import_file


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _export(ctx, fmt: str = "json") -> str:
    buffer = io.StringIO()
    export_applications(ctx, buffer, fmt)
    return buffer.getvalue()


def test_realistic_file_imports_every_application_across_countries(ctx, tmp_path):
    doc = realistic_document(24)
    report = import_file(ctx, _write(tmp_path, "apps.json", json.dumps(doc, ensure_ascii=False)))
    assert (report.created, report.updated, report.skipped) == (24, 0, 0)
    summaries = list_applications(ctx)
    assert {s.country for s in summaries} >= {"CN", "US", "JP", "FR", "GB", "DE", "IN"}
    cn = get_application(ctx, "app-000-cn")
    assert cn.company.name == "字节跳动"
    assert cn.interviews[0].at.utcoffset().total_seconds() == 8 * 3600  # zone kept
    india = get_application(ctx, "app-007-in")
    assert india.interviews[0].at.isoformat().endswith("+05:30")
    ooo = get_application(ctx, "app-001-us")
    assert any(m.kind.value == "out-of-office" and m.return_date for m in ooo.messages)
    rejected = get_application(ctx, "app-002-us")
    assert rejected.status is Status.REJECTED  # inferred from the rejection message
    assert [e.status for e in rejected.events][-1] is Status.REJECTED


def test_export_import_export_is_the_identity(ctx, tmp_path, db_url):
    import_file(ctx, _write(tmp_path, "apps.json", json.dumps(realistic_document(24))))
    first = _export(ctx)
    from unghost.bootstrap import build_context

    other = build_context({"db": str(tmp_path / "second.db"), "today": "2026-12-01"})
    try:
        import_file(other, _write(tmp_path, "export.json", first))
        assert _export(other) == first
        csv_first = _export(ctx, "csv")
        third = build_context({"db": str(tmp_path / "third.db"), "today": "2026-12-02"})
        import_file(third, _write(tmp_path, "export.csv", csv_first))
        assert _export(third, "csv") == csv_first
        third.close()
    finally:
        other.close()


def test_export_keeps_history_with_dates_and_the_description(ctx, tmp_path):
    import_file(ctx, _write(tmp_path, "apps.json", json.dumps(realistic_document(4))))
    doc = json.loads(_export(ctx))
    app = next(a for a in doc["applications"] if a["ref"] == "app-001-us")
    assert app["history"][0] == {"on": app["applied_on"], "status": "applied", "note": None}
    assert app["role"]["description"].startswith("Analyse data.")
    csv_text = _export(ctx, "csv")
    assert "applied → " in csv_text


def test_reimport_is_idempotent_and_never_downgrades(ctx, tmp_path):
    path = _write(tmp_path, "apps.json", json.dumps(realistic_document(10)))
    import_file(ctx, path)
    before = _export(ctx)
    again = import_file(ctx, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 10)
    assert _export(ctx) == before
    edit_application(ctx, "app-000-cn", {"status": Status.OFFER})
    import_file(ctx, path)  # the file still says interviewing
    assert get_application(ctx, "app-000-cn").status is Status.OFFER


def test_reimport_matches_by_url_then_company_and_title(ctx, tmp_path):
    import_file(ctx, _write(tmp_path, "h.csv", huntr_csv()))
    teal = import_file(ctx, _write(tmp_path, "t.csv", teal_csv()))
    # Acme/Data Analyst: same posting URL (tracking parameters aside); Globex/Engineer: same
    # company and title. Both updated, not added; only Umbrella is new.
    assert (teal.created, teal.updated) == (1, 2)
    refs = [s.ref for s in list_applications(ctx)]
    assert len(refs) == len(set(refs)) == 4
    acme = get_application(ctx, "acme-data-analyst")
    assert acme.source == "huntr" or acme.source == "teal"
    assert acme.applied_on.isoformat() == "2026-09-05"  # Teal knew the date Huntr did not


@pytest.mark.parametrize(
    ("maker", "source", "expected"),
    [
        (
            huntr_csv,
            "huntr",
            {("Acme", "Data Analyst"): Status.INTERVIEWING, ("Initech", "Designer"): Status.SAVED},
        ),
        (
            teal_csv,
            "teal",
            {("Umbrella", "Analyst"): Status.GHOSTED, ("Globex", "Engineer"): Status.SAVED},
        ),
        (
            simplify_csv,
            "simplify",
            {("Acme", "Data Analyst"): Status.SCREENING, ("Initech", "Engineer"): Status.REJECTED},
        ),
        (
            jobsync_csv,
            "jobsync",
            {("Acme", "Data Analyst"): Status.INTERVIEWING, ("Globex", "Engineer"): Status.SAVED},
        ),
    ],
)
def test_other_trackers_csv_exports(ctx, tmp_path, maker, source, expected):
    report = import_file(ctx, _write(tmp_path, f"{source}.csv", maker()))
    assert report.skipped == 0
    got = {(s.company, s.title): s.status for s in list_applications(ctx)}
    for key, status in expected.items():
        assert got[key] is status
    app = get_application(ctx, list_applications(ctx)[0].ref)
    assert app.source == source


def test_huntr_zip_and_html_description(ctx, tmp_path):
    import zipfile

    path = tmp_path / "huntr.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("USER_JOBS_USER_FULL_DATA.csv", huntr_csv())
        archive.writestr("USER_ACTIVITIES.csv", "createdAt,title\n")
    import_file(ctx, path)
    acme = get_application(ctx, "acme-data-analyst")
    assert acme.role.description == "Analyse data\n\nSQL" or "<" not in (
        acme.role.description or ""
    )
    assert acme.applied_on is None and acme.role.posting_url.startswith(
        "https://jobs.acme.example/1"
    )


def test_teal_dates_are_month_first_and_day_first_is_an_option(ctx, tmp_path):
    path = _write(tmp_path, "t.csv", "Company,Title,Date Applied\nAcme,Analyst,03/04/2026\n")
    import_file(ctx, path)
    assert get_application(ctx, "acme-analyst").applied_on.isoformat() == "2026-03-04"
    path2 = _write(tmp_path, "t2.csv", "Company,Title,Date Applied\nBeta,Analyst,03/04/2026\n")
    import_file(ctx, path2, day_first=True)
    assert get_application(ctx, "beta-analyst").applied_on.isoformat() == "2026-04-03"


# -- bad input: one clear message naming the file and place; nothing half-imported ----------
def _doc(*apps: dict) -> str:
    return json.dumps({"format": "unghost/v1", "applications": list(apps)})


GOOD = {"ref": "good", "company": {"name": "Acme"}, "role": {"title": "Analyst"}}


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "broken.json",
            '{"format": "unghost/v1",\n "applications": [\n {"ref": }]}',
            "broken.json: line 3 column",
        ),
        (
            "latin1.json",
            b'{"format": "unghost/v1",\n"applications": [{"ref": "caf\xe9"}]}',
            "latin1.json: line 2: not valid UTF-8",
        ),
        (
            "date.json",
            _doc(GOOD, {**GOOD, "ref": "b", "applied_on": "31/02/2026"}),
            "applications[1].applied_on: '31/02/2026' is not a real date",
        ),
        (
            "enum.json",
            _doc({**GOOD, "status": "maybe"}),
            "applications[0].status: unknown status 'maybe'",
        ),
        (
            "kind.json",
            _doc(
                {
                    **GOOD,
                    "messages": [
                        {"at": "2026-10-01T09:00:00Z", "direction": "sent", "kind": "offer"}
                    ],
                }
            ),
            "'offer' is not a kind of sent message",
        ),
        ("dup.json", _doc(GOOD, GOOD), "duplicate ref 'good' (first at dup.json: applications[0])"),
        ("missing.json", _doc({"ref": "x", "company": {"name": "A"}}), "role.title: missing"),
        (
            "format.json",
            json.dumps({"format": "huntr/v9", "applications": []}),
            "format 'huntr/v9' is not supported",
        ),
        ("noformat.json", json.dumps({"applications": []}), 'no "format" field'),
        ("empty.json", "", "empty"),
        ("scalar.json", "42", "expected a JSON object"),
        (
            "apps.json",
            json.dumps({"format": "unghost/v1", "applications": {"a": 1}}),
            '"applications" must be a list',
        ),
        (
            "tz.json",
            _doc({**GOOD, "interviews": [{"at": "yesterday"}]}),
            "interviews[0].at: 'yesterday' is not a date and time",
        ),
        (
            "month.json",
            _doc({**GOOD, "company": {"name": "A", "fiscal_year_end_month": 13}}),
            "fiscal_year_end_month: 13 is out of range",
        ),
        (
            "cc.json",
            _doc({**GOOD, "company": {"name": "A", "country": "China"}}),
            "'China' is not a two-letter country code",
        ),
        (
            "bad.csv",
            "Company,Title\nAcme,Analyst,extra\n",
            "bad.csv: line 2: more cells than header columns",
        ),
        ("nohead.csv", "Foo,Bar\n1,2\n", "no company or job title column"),
        (
            "gbk.csv",
            b"Company,Title\n" + "字节跳动,分析师\n".encode("gbk"),
            "gbk.csv: line 2: not valid UTF-8 text",
        ),
    ],
)
def test_bad_input_is_one_clear_error_and_nothing_is_imported(
    ctx, tmp_path, name, content, message
):
    path = _write(tmp_path, name, content)
    with pytest.raises(InvalidInputError) as caught:
        import_file(ctx, path)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)
    assert list_applications(ctx) == []


def test_partial_imports_the_good_rows_and_reports_the_others(ctx, tmp_path):
    path = _write(
        tmp_path,
        "mixed.json",
        _doc(GOOD, {**GOOD, "ref": "bad", "applied_on": "2026-13-01"}, {**GOOD, "ref": "ok2"}),
    )
    report = import_file(ctx, path, partial=True)
    assert (report.created, report.skipped) == (2, 1)
    assert report.problems[0].where == "mixed.json: applications[1].applied_on"
    assert {s.ref for s in list_applications(ctx)} == {"good", "ok2"}


def test_gbk_csv_with_the_right_encoding(ctx, tmp_path):
    path = _write(
        tmp_path,
        "gbk.csv",
        "公司,职位,状态\n".encode("gbk") + "字节跳动,数据分析师,面试\n".encode("gbk"),
    )
    import_file(ctx, path, encoding="gbk")
    (only,) = list_applications(ctx)
    assert (only.company, only.title, only.status) == (
        "字节跳动",
        "数据分析师",
        Status.INTERVIEWING,
    )


def test_unknown_fields_are_kept_and_exported_again(ctx, tmp_path):
    app = {
        **GOOD,
        "x-priority": 3,
        "company": {"name": "Acme", "ticker": "ACME"},
        "role": {"title": "Analyst", "bonus": "10%", "salary": "100k"},
    }
    import_file(ctx, _write(tmp_path, "x.json", _doc(app)))
    out = json.loads(_export(ctx))["applications"][0]
    assert (
        out["x-priority"] == 3
        and out["company"]["ticker"] == "ACME"
        and out["role"]["bonus"] == "10%"
        and out["role"]["salary"]["min"] == 100_000  # salary text is read since issue 13
    )


def test_a_100_mb_file_is_streamed_with_a_clear_error_at_its_first_fault(ctx, tmp_path):
    path = tmp_path / "huge.json"
    with path.open("w") as f:
        f.write('{"format": "unghost/v1", "applications": [')
        f.write(
            (
                '{"ref": "r", "company": {"name": "A"}, "role": {"title": "T"}, "notes": "'
                + "x" * 1000
                + '"},'
            )
            * 2
        )
        f.write(" " * (100 * 1024 * 1024))
        f.write("garbage")
    with pytest.raises(InvalidInputError) as caught:
        import_file(ctx, path)
    assert "huge.json" in str(caught.value)
    assert list_applications(ctx) == []


def test_export_to_file_is_atomic_and_reports_count(ctx, tmp_path):
    import_file(ctx, _write(tmp_path, "apps.json", json.dumps(realistic_document(3))))
    target = tmp_path / "out.json"
    assert export_to_file(ctx, target) == 3
    assert json.loads(target.read_text())["format"] == "unghost/v1"
    assert not list(tmp_path.glob(".unghost-export-*"))
