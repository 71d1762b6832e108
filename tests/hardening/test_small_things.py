"""Issue 16, findings 7 and 9: clear 4xx instead of 500s, and the smaller findings."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from unghost.web.app import create_app


@pytest.fixture
def app(tmp_path: Path):  # type: ignore[no-untyped-def]
    return create_app({"db": str(tmp_path / "u.db"), "token_dir": str(tmp_path / "cfg"),
                       "today": "2026-10-20"})  # fmt: skip


@pytest.fixture
def api(app) -> TestClient:  # type: ignore[no-untyped-def]
    client = TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False)
    client.headers["Authorization"] = f"Bearer {app.state.web.api_token}"
    return client


@pytest.mark.parametrize("path", [
    "/api/v1/applications/%C2%B2", "/api/v1/applications/99999999999999999999",
    "/api/v1/applications/9223372036854775808/diagnosis", "/api/v1/applications/%EF%BC%91"])  # fmt: skip
def test_odd_ids_are_a_404_not_a_500(api: TestClient, path: str) -> None:
    r = api.get(path)
    assert r.status_code == 404 and r.json()["ok"] is False


@pytest.mark.parametrize("path", ["/api/v1/outbox/99999999999999999999/send",
                                  "/api/v1/proposals/99999999999999999999/accept"])  # fmt: skip
def test_ids_beyond_the_integer_range_are_refused_as_input(api: TestClient, path: str) -> None:
    r = api.post(path)
    assert r.status_code == 422 and r.json()["status"] == 422


def test_pages_with_huge_ids_are_a_404(app) -> None:  # type: ignore[no-untyped-def]
    page = TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False)
    assert page.get("/outbox/99999999999999999999").status_code == 404
    assert page.get("/applications/%C2%B2").status_code == 404


def test_a_405_names_every_method_of_the_path(api: TestClient) -> None:
    r = api.request("PUT", "/api/v1/applications")
    assert r.status_code == 405 and r.headers["allow"] == "GET, POST"


@pytest.mark.parametrize("ref", ["acme/analyst", "a?b", "50%", "a#b", "x\\y"])
def test_refs_that_break_a_url_are_refused(api: TestClient, ref: str) -> None:
    r = api.post("/api/v1/applications", json={"company": "Acme", "title": "T", "ref": ref})
    assert r.status_code == 422
    from unghost.bootstrap import build_context
    from unghost.errors import InvalidInputError
    from unghost.services.applications import add_application, new_application

    ctx = build_context({"db": api.app.state.web.settings.db, "today": "2026-10-20"})  # type: ignore[attr-defined]
    try:
        with pytest.raises(InvalidInputError, match="cannot be a reference"):
            add_application(ctx, new_application("Acme", "T", ref=ref))
    finally:
        ctx.close()


def test_compose_links_encode_the_ref(api: TestClient, app) -> None:  # type: ignore[no-untyped-def]
    ref = "r&d-lead"
    assert api.post("/api/v1/applications", json={"company": "Acme", "title": "T", "ref": ref,
                                                  "applied_on": "2026-10-01"}).status_code == 201  # fmt: skip
    page = TestClient(app, base_url="http://127.0.0.1")
    html = page.get(f"/applications/{ref}").text
    assert 'href="/compose?ref=r%26d-lead"' in html


def test_a_failed_send_answers_ok_false(api: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UNGHOST_SMTP_URL", "smtp+plain://127.0.0.1:9")  # nothing listens there
    monkeypatch.setenv("UNGHOST_FROM", "Alex Chen <alex@example.com>")
    api.app.state.web.reload_settings()  # type: ignore[attr-defined]
    api.post("/api/v1/applications", json={"company": "Acme", "title": "T", "ref": "acme-t",
                                           "applied_on": "2026-10-01"})  # fmt: skip
    api.post("/api/v1/applications/acme-t/events", json={"note": "interviewed"})
    drafted = api.post("/api/v1/outbox", json={"ref": "acme-t", "kind": "follow-up",
                                               "to": "hr@acme.example"})  # fmt: skip
    assert drafted.status_code == 201, drafted.text
    entry = drafted.json()["message"]["id"]
    sent = api.post(f"/api/v1/outbox/{entry}/send")
    body = sent.json()
    assert sent.status_code == 502 and body["ok"] is False and body["error"]
    assert body["message"]["state"] in ("failed", "unknown")


def test_settings_and_exports_are_never_cached(app, api: TestClient) -> None:  # type: ignore[no-untyped-def]
    page = TestClient(app, base_url="http://127.0.0.1")
    for r in (page.get("/settings"), page.get("/export.json"), api.get("/api/v1/export")):
        assert r.headers["cache-control"] == "no-store"
    assert "cache-control" not in page.get("/static/app.css").headers


def test_the_export_content_types_are_in_the_openapi_document(app) -> None:  # type: ignore[no-untyped-def]
    spec = TestClient(app, base_url="http://127.0.0.1").get("/api/openapi.json").json()
    content = spec["paths"]["/api/v1/export"]["get"]["responses"]["200"]["content"]
    assert {"application/json", "text/csv"} <= set(content)
    for path in spec["paths"].values():
        for operation in path.values():
            assert {"401", "404", "422"} <= set(operation["responses"])


def test_plurals_in_cli_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from unghost.cli import run

    monkeypatch.setenv("UNGHOST_DB", str(tmp_path / "p.db"))
    assert run(["add", "-c", "Acme", "-t", "Analyst"]) == 0
    capsys.readouterr()
    assert run(["export", str(tmp_path / "one.json")]) == 0
    assert "Exported 1 application to" in capsys.readouterr().out
    assert run(["add", "-c", "Beta", "-t", "Analyst"]) == 0
    capsys.readouterr()
    assert run(["export", str(tmp_path / "two.json")]) == 0
    assert "Exported 2 applications to" in capsys.readouterr().out


def _leaves(command, prefix=()):  # type: ignore[no-untyped-def]
    subs = getattr(command, "commands", None)
    if subs:
        for name, sub in sorted(subs.items()):
            yield from _leaves(sub, (*prefix, name))
    elif prefix:
        yield prefix


def test_every_command_reports_errors_as_json_with_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import typer.main

    from unghost.cli import _register, run
    from unghost.cli import app as cli_app

    monkeypatch.setenv("UNGHOST_DB", str(tmp_path / "j.db"))
    _register()
    leaves = list(_leaves(typer.main.get_command(cli_app)))
    assert len(leaves) > 30
    for words in leaves:
        code = run([*words, "--no-such-option", "--json"])
        out, err = capsys.readouterr()
        body = json.loads(out)
        assert code == 2 and body["ok"] is False and body["exit_code"] == 2, words
        assert body["error"].startswith("No such option: --no-such-option") and err == "", words
    code = run(["show", "nope", "--json"])
    body = json.loads(capsys.readouterr().out)
    assert code == 3 and body == {"ok": False, "error": "no application 'nope'",
                                  "errors": ["no application 'nope'"], "exit_code": 3,
                                  "hint": "`unghost list` shows the references"}  # fmt: skip
    assert run(["list", "--today", "2026-13-45", "--json"]) == 1
    assert re.search(r'"exit_code": 1', capsys.readouterr().out)
