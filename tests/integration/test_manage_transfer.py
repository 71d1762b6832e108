"""Issue 13: tags, rating, salary, work mode and archive through imports, exports and edits."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from unghost.domain.records import PayPeriod, Salary, Status, WorkMode
from unghost.errors import InvalidInputError
from unghost.services.applications import edit_application, get_application, list_applications
from unghost.services.transfer import export_applications, import_file


def _teal_export(rows: list[dict[str, str]]) -> str:
    """A Teal-style export: its own headers, a date column per stage, a column we don't know."""
    headers = ["Company Name", "Job Position", "Status", "Job URL", "Location", "Salary",
               "Excitement", "Date Applied", "Follow Up Date", "Interviewing", "Negotiating",
               "Referral"]  # fmt: skip
    out = io.StringIO()
    writer = csv.DictWriter(out, headers, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({h: row.get(h, "") for h in headers})
    return out.getvalue()


def _export(ctx, fmt: str = "json") -> str:
    buffer = io.StringIO()
    export_applications(ctx, buffer, fmt)
    return buffer.getvalue()


def test_teal_headers_import_without_inventing_stage_dates(ctx, tmp_path: Path) -> None:
    path = tmp_path / "teal.csv"
    path.write_text(_teal_export([
        {"Company Name": "Acme", "Job Position": "Data Analyst", "Status": "Negotiating",
         "Job URL": "https://jobs.acme.example/1", "Location": "Berlin",
         "Salary": "€60,000 - €70,000 per year", "Excitement": "5", "Date Applied": "09/05/2026",
         "Follow Up Date": "10/12/2026", "Interviewing": "09/20/2026",
         "Negotiating": "10/10/2026", "Referral": "Li Wei"},
        {"Company Name": "Umbrella", "Job Position": "Analyst", "Status": "Not Selected",
         "Date Applied": "08/20/2026", "Excitement": "2"},
    ]), encoding="utf-8")  # fmt: skip
    report = import_file(ctx, path)
    assert (report.created, report.skipped) == (2, 0)
    acme = get_application(ctx, "acme-data-analyst")
    assert acme.status is Status.OFFER  # Teal's Negotiating: there is an offer to negotiate
    assert acme.role.posting_url == "https://jobs.acme.example/1"
    assert acme.rating == 5
    assert acme.role.salary == Salary(60_000, 70_000, "EUR", PayPeriod.YEAR)
    assert [(e.on.isoformat(), e.status) for e in acme.events] == [
        ("2026-09-05", Status.APPLIED),
        ("2026-09-20", Status.INTERVIEWING),
        ("2026-10-10", Status.OFFER),
    ]
    assert acme.extra["Referral"] == "Li Wei"  # unknown columns are kept
    assert acme.extra["follow_up_on"] == "2026-10-12"
    umbrella = get_application(ctx, "umbrella-analyst")
    assert umbrella.status is Status.REJECTED
    # the file does not say when they said no: no "rejected on the import day"
    assert all(e.on != ctx.today for e in umbrella.events)
    assert [e.status for e in umbrella.events] == [Status.APPLIED]


def test_a_re_import_that_raises_the_stage_invents_no_date(ctx, tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(_teal_export([{"Company Name": "Acme", "Job Position": "Analyst",
                                   "Status": "Applied", "Date Applied": "09/05/2026"}]))  # fmt: skip
    import_file(ctx, path)
    path.write_text(_teal_export([{"Company Name": "Acme", "Job Position": "Analyst",
                                   "Status": "Not Selected"}]))  # fmt: skip
    import_file(ctx, path)
    app = get_application(ctx, "acme-analyst")
    assert app.status is Status.REJECTED
    assert all(e.on != ctx.today for e in app.events)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_a_10000_character_title_is_refused_with_a_clear_message(ctx, tmp_path, fmt) -> None:
    title = "x" * 10_000
    if fmt == "json":
        path = tmp_path / "long.json"
        doc = {"format": "unghost/v1", "applications": [{"company": "Acme", "role": title}]}
        path.write_text(json.dumps(doc))
    else:
        path = tmp_path / "long.csv"
        path.write_text(f"Company,Title\nAcme,{title}\n")
    with pytest.raises(InvalidInputError, match=r"10000 characters is too long \(at most 200\)"):
        import_file(ctx, path)
    assert list_applications(ctx) == []


def test_manage_fields_survive_export_and_import_in_json_and_csv(ctx, tmp_path: Path) -> None:
    from unghost.bootstrap import build_context
    from unghost.domain.records import Application, Company, Role
    from unghost.services.applications import add_application

    add_application(ctx, Application(ref="acme", company=Company("Acme", country="CN"),
                                     role=Role("Analyst"), applied_on=None))  # fmt: skip
    edit_application(ctx, "acme", {
        "tags": ["remote", "dream job"], "rating": 4, "archived": True,
        "salary": Salary(30_000, 40_000, "CNY", PayPeriod.MONTH), "work_mode": WorkMode.HYBRID,
        "location": "Shanghai",
    })  # fmt: skip
    for fmt in ("json", "csv"):
        text = _export(ctx, fmt)
        path = tmp_path / f"export.{fmt}"
        path.write_text(text, encoding="utf-8")
        other = build_context({"db": str(tmp_path / f"{fmt}.db"), "today": "2026-12-01"})
        try:
            import_file(other, path)
            back = get_application(other, "acme")
        finally:
            other.close()
        assert back.tags == ["remote", "dream job"] and back.rating == 4 and back.archived
        assert back.role.salary == Salary(30_000, 40_000, "CNY", PayPeriod.MONTH)
        assert back.role.work_mode is WorkMode.HYBRID and back.role.location == "Shanghai"
    summary = list_applications(ctx)[0]
    assert summary.tags == ("remote", "dream job") and summary.archived and summary.rating == 4


def test_edits_check_tags_and_rating(ctx) -> None:
    from unghost.domain.records import Application, Company, Role
    from unghost.services.applications import add_application

    add_application(ctx, Application(ref="acme", company=Company("Acme"), role=Role("Analyst")))
    edit_application(ctx, "acme", {"add_tags": ["Remote", "fintech"]})
    edit_application(ctx, "acme", {"add_tags": "remote, urgent", "remove_tags": ["FINTECH"]})
    assert get_application(ctx, "acme").tags == ["Remote", "urgent"]
    with pytest.raises(InvalidInputError, match="rating"):
        edit_application(ctx, "acme", {"rating": 9})
