"""Every /api/v1 route: status codes, payloads, and the one JSON error shape."""

from __future__ import annotations

import io
import json

import pytest
from fastapi.testclient import TestClient


def assert_error(response, status: int) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == status
    body = response.json()
    assert set(body) >= {"ok", "error", "errors", "status"}
    assert body["ok"] is False and body["status"] == status
    assert isinstance(body["error"], str) and body["error"]
    assert isinstance(body["errors"], list) and body["errors"]
    return body


def test_add_get_edit_log_delete(api: TestClient) -> None:
    r = api.post("/api/v1/applications", json={"company": "Acme", "title": "Data Analyst",
                                               "applied_on": "2026-09-05", "country": "CN"})  # fmt: skip
    assert r.status_code == 201
    ref = r.json()["application"]["ref"]
    assert ref == "acme-data-analyst"
    assert api.get(f"/api/v1/applications/{ref}").json()["application"]["company"]["name"] == "Acme"
    listed = api.get("/api/v1/applications").json()["applications"]
    assert [a["ref"] for a in listed] == [ref] and listed[0]["status"] == "applied"
    edited = api.patch(f"/api/v1/applications/{ref}", json={"status": "screening"}).json()
    assert edited["application"]["status"] == "screening"
    logged = api.post(f"/api/v1/applications/{ref}/events", json={"note": "called HR"})
    assert logged.status_code == 201
    assert any(e.get("note") == "called HR" for e in logged.json()["application"]["history"])
    assert api.get("/api/v1/applications", params={"status": "rejected"}).json() == {
        "ok": True, "applications": []}  # fmt: skip
    assert api.delete(f"/api/v1/applications/{ref}").json() == {"ok": True, "removed": ref}
    assert_error(api.get(f"/api/v1/applications/{ref}"), 404)


def test_diagnosis_agenda_board_insights(demo_api: TestClient) -> None:
    refs = [a["ref"] for a in demo_api.get("/api/v1/applications").json()["applications"]]
    assert len(refs) >= 10
    d = demo_api.get(f"/api/v1/applications/{refs[0]}/diagnosis").json()["diagnosis"]
    assert len(d["reasons"]) == 9
    assert abs(sum(r["probability"] for r in d["reasons"]) - 1) < 0.01
    assert 0 <= d["p_hear_back"] <= 1
    agenda = demo_api.get("/api/v1/agenda").json()["agenda"]
    assert agenda["as_of"] == "2026-10-20"
    assert agenda["today"] or agenda["this_week"]
    columns = demo_api.get("/api/v1/board", params={"per_column": 2}).json()["columns"]
    assert [c["status"] for c in columns][:3] == ["saved", "applied", "screening"]
    assert sum(c["total"] for c in columns) == len(refs)
    assert all(len(c["cards"]) <= 2 for c in columns)
    waiting = [card for c in columns if c["status"] in ("applied", "interviewing")
               for card in c["cards"]]  # fmt: skip
    assert waiting and all(0 <= card["p_hear_back"] <= 1 for card in waiting)
    insights = demo_api.get("/api/v1/insights").json()["insights"]
    assert insights["total"] == len(refs) and 0 < insights["response_rate"] <= 1
    assert demo_api.get(f"/api/v1/applications/{refs[0]}/postings").json()["postings"] == []
    mail = demo_api.get(f"/api/v1/applications/{refs[0]}/mail").json()
    assert mail["ok"] is True and isinstance(mail["mail"], list)
    mistyped = next(r for r in refs if r.startswith("美团"))  # the demo's one mistyped address
    check = demo_api.post(f"/api/v1/applications/{mistyped}/check").json()["check"]
    assert any(f["code"] == "email-typo" for f in check["findings"])
    clean = demo_api.post(f"/api/v1/applications/{refs[0]}/check").json()["check"]
    assert not any(f["code"] == "email-typo" for f in clean["findings"])
    assert demo_api.get("/api/v1/proposals").json() == {"ok": True, "proposals": []}
    assert_error(demo_api.post("/api/v1/proposals/99/accept"), 404)


def test_outbox_draft_edit_schedule(demo_api: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    # no name and address set yet: the install is not ready (409), the request is not wrong
    assert_error(demo_api.post("/api/v1/outbox", json={"ref": "globex-software-engineer"}), 409)
    demo_api.app.state.web.settings.values["from"] = "Alex Chen <alex@example.com>"  # type: ignore[attr-defined, index]
    made = demo_api.post("/api/v1/outbox", json={"ref": "globex-software-engineer",
                                                 "kind": "follow-up", "lang": "zh"})  # fmt: skip
    assert made.status_code == 201
    entry = made.json()["message"]
    assert entry["state"] == "draft" and entry["lang"] == "zh"
    edited = demo_api.patch(f"/api/v1/outbox/{entry['id']}", json={"subject": "Hi", "body": "x"})
    assert edited.json()["message"]["subject"] == "Hi"
    queued = demo_api.post(f"/api/v1/outbox/{entry['id']}/schedule", json={"on": "2026-10-22"})
    assert queued.json()["message"]["state"] == "queued"
    assert_error(
        demo_api.post(f"/api/v1/outbox/{entry['id']}/schedule", json={"on": "2020-01-01"}), 400
    )
    assert [e["id"] for e in demo_api.get("/api/v1/outbox").json()["outbox"]] == [entry["id"]]
    assert_error(demo_api.post("/api/v1/outbox/999/send"), 404)


def test_import_export_round_trip(demo_api: TestClient, api: TestClient) -> None:
    exported = demo_api.get("/api/v1/export")
    assert exported.headers["content-type"].startswith("application/json")
    data = exported.content
    assert json.loads(data)["format"].startswith("unghost")
    assert demo_api.get("/api/v1/export", params={"format": "csv"}).text.count("\n") > 10
    again = demo_api.post("/api/v1/import", files={"file": ("back.json", io.BytesIO(data))})
    report = again.json()["report"]
    assert report["created"] == 0 and report["unchanged"] > 10  # never duplicates
    bad = demo_api.post("/api/v1/import", files={"file": ("x.json", io.BytesIO(b"{nope"))})
    assert_error(bad, 400)
    assert_error(demo_api.post("/api/v1/import", files={}), 400)


def test_check_uploaded_documents(api: TestClient) -> None:
    resume = b"Alex Chen\nalex.chen@gmial.com\n+1 415 555 0100\n"
    r = api.post("/api/v1/documents/check", files={"resume": ("resume.txt", io.BytesIO(resume))},
                 data={"region": "US"})  # fmt: skip
    assert r.status_code == 200
    check = r.json()["check"]
    assert any(f["code"] == "email-typo" for f in check["findings"])
    assert_error(api.post("/api/v1/documents/check", data={"region": "US"}), 400)


@pytest.mark.parametrize(
    ("method", "url", "body", "status"),
    [
        ("get", "/api/v1/applications/nope", None, 404),
        ("get", "/api/v1/applications/nope/diagnosis", None, 404),
        ("post", "/api/v1/applications", {"company": "", "title": "x"}, 422),
        ("post", "/api/v1/applications", {"company": "A", "title": "B", "applied_on": "soon"}, 422),
        ("get", "/api/v1/applications?status=lost", None, 422),
        ("patch", "/api/v1/applications/nope", {"status": "offer"}, 404),
        ("post", "/api/v1/applications/nope/events", {"note": "x"}, 404),
        ("get", "/api/v1/nothing-here", None, 404),
        ("get", "/api/v1/board?per_column=0", None, 422),
    ],
)
def test_error_shape_everywhere(api: TestClient, method: str, url: str, body, status: int) -> None:  # type: ignore[no-untyped-def]
    assert_error(getattr(api, method)(url, **({"json": body} if body is not None else {})), status)


def test_conflict_and_invalid_edit(api: TestClient) -> None:
    api.post("/api/v1/applications", json={"company": "Acme", "title": "Analyst", "ref": "acme"})
    body = assert_error(api.post("/api/v1/applications",
                                 json={"company": "Acme", "title": "Analyst", "ref": "acme"}), 409)  # fmt: skip
    assert "acme" in body["error"]
    assert_error(api.patch("/api/v1/applications/acme", json={"bonus": 1}), 422)  # schema
    assert_error(
        api.patch("/api/v1/applications/acme", json={"salary": "competitive"}), 422
    )  # schema
    assert_error(api.patch("/api/v1/applications/acme", json={"title": "x" * 10_000}), 422)
    assert_error(api.patch("/api/v1/applications/acme", json={"salary": 1}), 422)  # schema
    assert_error(api.post("/api/v1/applications/acme/events", json={}), 400)


def test_token_required(app, api: TestClient) -> None:  # type: ignore[no-untyped-def]
    bare = TestClient(app, base_url="http://127.0.0.1")
    assert_error(bare.get("/api/v1/applications"), 401)
    assert bare.get("/api/v1/applications").headers["www-authenticate"] == "Bearer"
    wrong = bare.get("/api/v1/agenda", headers={"Authorization": "Bearer nope"})
    assert_error(wrong, 401)
    assert api.get("/api/v1/applications").status_code == 200


def test_openapi_is_served(page: TestClient) -> None:
    spec = page.get("/api/openapi.json").json()
    assert "/api/v1/applications" in spec["paths"]
    assert not any(p.startswith("/board") for p in spec["paths"])


def test_diagnosis_and_agenda_speak_chinese_when_asked(demo_api: TestClient) -> None:
    refs = [a["ref"] for a in demo_api.get("/api/v1/applications").json()["applications"]]
    en = demo_api.get(f"/api/v1/applications/{refs[0]}/diagnosis").json()["diagnosis"]
    zh = demo_api.get(f"/api/v1/applications/{refs[0]}/diagnosis?lang=zh").json()["diagnosis"]
    assert [r["code"] for r in zh["reasons"]] == [r["code"] for r in en["reasons"]]
    assert zh["next_action"]["kind"] == en["next_action"]["kind"]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in zh["next_action"]["why"])
    agenda = demo_api.get("/api/v1/agenda?lang=zh").json()["agenda"]
    lines = [item["why"] for item in agenda["today"] + agenda["this_week"]]
    assert lines and all(any("\u4e00" <= ch <= "\u9fff" for ch in line) for line in lines)
    assert_error(demo_api.get("/api/v1/agenda?lang=fr"), 422)
