"""Issue 16, finding 3: one URL rule at every entry; mail links only http(s) and mailto."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from unghost.web.app import create_app

BAD = ["javascript:alert(document.cookie)", "JaVa\tScRiPt:alert(1)", "data:text/html,<b>x",
       "vbscript:msgbox", "file:///etc/passwd", "//evil.example/x", "http://"]  # fmt: skip


@pytest.fixture
def api(tmp_path: Path) -> TestClient:
    app = create_app({"db": str(tmp_path / "u.db"), "token_dir": str(tmp_path / "cfg"),
                      "today": "2026-10-20"})  # fmt: skip
    client = TestClient(app, base_url="http://127.0.0.1")
    client.headers["Authorization"] = f"Bearer {app.state.web.api_token}"
    return client


@pytest.mark.parametrize("url", BAD)
def test_the_api_refuses_unsafe_posting_urls_on_post_and_patch(api: TestClient, url: str) -> None:
    r = api.post("/api/v1/applications", json={"company": "Acme", "title": "Analyst", "url": url})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "url"  # the schema says
    ok = api.post("/api/v1/applications", json={"company": "Acme", "title": "Analyst"})
    ref = ok.json()["application"]["ref"]
    r = api.patch(f"/api/v1/applications/{ref}", json={"url": url})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "url"
    assert (
        api.get(f"/api/v1/applications/{ref}").json()["application"]["role"]["posting_url"] is None
    )


def test_the_service_refuses_what_the_api_schema_would_let_through(tmp_path: Path) -> None:
    from unghost.bootstrap import build_context
    from unghost.errors import InvalidInputError
    from unghost.services.applications import add_application, edit_application, new_application

    ctx = build_context({"db": str(tmp_path / "s.db"), "today": "2026-10-20"})
    try:
        for url in BAD:
            with pytest.raises(InvalidInputError, match="only http:// and https://"):
                add_application(ctx, new_application("Acme", "Analyst", url=url))
        add_application(ctx, new_application("Acme", "Analyst", ref="acme"))
        with pytest.raises(InvalidInputError, match="only http:// and https://"):
            edit_application(ctx, "acme", {"url": BAD[0]})
    finally:
        ctx.close()


def test_a_bare_web_address_from_a_tracker_becomes_https(api: TestClient) -> None:
    r = api.post("/api/v1/applications", json={"company": "Acme", "title": "Analyst",
                                               "url": "linkedin.com/jobs/view/123"})  # fmt: skip
    assert r.json()["application"]["role"]["posting_url"] == "https://linkedin.com/jobs/view/123"


def test_the_cli_refuses_an_unsafe_url(tmp_path: Path) -> None:
    env = {**os.environ, "UNGHOST_DB": str(tmp_path / "c.db")}
    r = subprocess.run([sys.executable, "-m", "unghost", "add", "-c", "Acme", "-t", "Analyst",
                        "--url", "javascript:alert(1)"], capture_output=True, text=True, env=env,
                       timeout=60)  # fmt: skip
    assert r.returncode == 1 and r.stderr.startswith("Error: posting URL 'javascript:alert(1)'")


def test_json_and_csv_imports_refuse_unsafe_urls(tmp_path: Path) -> None:
    from unghost.bootstrap import build_context
    from unghost.services.transfer import import_file

    doc = {"format": "unghost/v1", "applications": [
        {"ref": "a", "company": {"name": "A"}, "role": {"title": "T", "posting_url": BAD[0]}},
        {"ref": "b", "company": {"name": "B"}, "role": {"title": "T",
                                                        "posting_url": "https://b.example/1"}}]}  # fmt: skip
    (tmp_path / "x.json").write_text(json.dumps(doc), encoding="utf-8")
    (tmp_path / "x.csv").write_text(
        f"company,title,posting_url\nC,T,{BAD[3]}\nD,T,https://d.example/\n", encoding="utf-8"
    )
    ctx = build_context({"db": str(tmp_path / "i.db"), "today": "2026-10-20"})
    try:
        for name in ("x.json", "x.csv"):
            report = import_file(ctx, tmp_path / name, partial=True)
            assert report.created == 1 and len(report.problems) == 1, name
            assert "only http:// and https://" in report.problems[0].message
    finally:
        ctx.close()


def test_mail_html_keeps_only_web_and_mailto_links() -> None:
    from unghost.web.mailview import sanitize_mail_html

    html = ('<a href="data:text/html;base64,PHNjcmlwdD4=">a</a><a href="javascript:x()">b</a>'
            '<a href="https://ok.example/">c</a><a href="mailto:hr@ok.example">d</a>'
            '<img src="data:image/png;base64,iVBOR" alt="logo">')  # fmt: skip
    clean = sanitize_mail_html(html)
    assert "data:text" not in clean and "javascript" not in clean
    assert 'href="https://ok.example/"' in clean and 'href="mailto:hr@ok.example"' in clean
    assert 'src="data:image/png;base64,iVBOR"' in clean  # inline images stay
