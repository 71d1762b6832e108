"""Issue 16, finding 5: an imported document path is data; the web app never opens it."""

from __future__ import annotations

import io
import json
from pathlib import Path

from fastapi.testclient import TestClient

from unghost.web.app import create_app

SECRET = "Reach me: leaked.secret@private.example, +1 415 555 0132"


def test_the_web_check_does_not_read_a_path_from_an_imported_file(tmp_path: Path) -> None:
    target = tmp_path / "private.txt"
    target.write_text(SECRET, encoding="utf-8")
    doc = {"format": "unghost/v1", "applications": [{
        "ref": "acme-analyst", "company": {"name": "Acme"}, "role": {"title": "Analyst"},
        "candidate": {"email": "me@example.com"},
        "documents": [{"path": str(target), "kind": "resume"}]}]}  # fmt: skip
    app = create_app({"db": str(tmp_path / "u.db"), "token_dir": str(tmp_path / "cfg"),
                      "today": "2026-10-20"})  # fmt: skip
    api = TestClient(app, base_url="http://127.0.0.1")
    api.headers["Authorization"] = f"Bearer {app.state.web.api_token}"
    files = {"file": ("a.json", io.BytesIO(json.dumps(doc).encode()))}
    assert api.post("/api/v1/import", files=files).status_code == 200
    checked = api.post("/api/v1/applications/acme-analyst/check")
    assert checked.status_code == 200
    assert "leaked.secret" not in checked.text and "415" not in checked.text
    assert not checked.json()["check"]["documents"]
    page = TestClient(app, base_url="http://127.0.0.1")
    html = page.get("/applications/acme-analyst").text
    assert "leaked.secret" not in html and "unghost check acme-analyst" in html
    # the path itself is kept as data, and exported again
    exported = api.get("/api/v1/export").json()
    assert exported["applications"][0]["documents"][0]["path"] == str(target)


def test_the_cli_still_reads_documents_named_on_the_command_line(tmp_path: Path) -> None:
    from unghost.bootstrap import build_context
    from unghost.domain.records import Document
    from unghost.services.applications import add_application, edit_application, new_application
    from unghost.services.contacts import check_application

    resume = tmp_path / "resume.txt"
    resume.write_text("Alex Chen\nalex.chen@gmial.com\n", encoding="utf-8")
    ctx = build_context({"db": str(tmp_path / "c.db"), "today": "2026-10-20"})
    try:
        add_application(ctx, new_application("Acme", "Analyst", ref="acme-analyst"))
        edit_application(ctx, "acme-analyst", {}, documents=[Document(str(resume), "resume")])
        result = check_application(ctx, "acme-analyst", region="US", online=False)
        assert any(f.code == "email-typo" for f in result.findings)
    finally:
        ctx.close()
