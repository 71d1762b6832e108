"""One number everywhere: Board, Today, the application page, the API, the CLI and ICS agree."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from icalendar import Calendar

from tests.cli.test_cli import run
from tests.factories import realistic_document
from unghost.web.app import create_app

TODAY = "2026-11-25"


def client_for(db: Path, tmp_path: Path) -> TestClient:
    app = create_app({"db": str(db), "token_dir": str(tmp_path / "cfg"), "today": TODAY})
    client = TestClient(app, base_url="http://127.0.0.1")
    client.headers["Authorization"] = f"Bearer {app.state.web.api_token}"
    return client


def cards(client: TestClient) -> dict[str, dict[str, Any]]:
    columns = client.get("/api/v1/board?per_column=1000").json()["columns"]
    return {card["ref"]: card for column in columns for card in column["cards"]}


def check_agreement(client: TestClient) -> dict[str, dict[str, Any]]:
    """Every card of the board says what the application's diagnosis says; returns them."""
    found = {}
    for ref, card in cards(client).items():
        d = client.get(f"/api/v1/applications/{ref}/diagnosis").json()["diagnosis"]
        assert card["state"] == d["state"], ref
        assert card["p_hear_back"] == d["p_hear_back"], ref
        assert card["silence"] == d["silence"], ref
        assert card["next_action"] == d["next_action"], ref
        if d["state"] != "waiting":
            assert d["reasons"] == [] and d["p_hear_back"] is None and d["expected_reply"] is None
        days = d["silence"]["business_days"]
        assert days is None or days >= 0
        window = d["expected_reply"] or {}
        if window.get("p50") and window.get("p80"):
            assert window["p80"] > window["p50"], ref
        found[ref] = d
    return found


def check_page(client: TestClient, ref: str, d: dict[str, Any]) -> None:
    html = client.get(f"/applications/{ref}").text
    if d["p_hear_back"] is None:
        assert 'data-testid="p-hear-back"' not in html and 'data-testid="silence"' not in html
        assert "/compose?ref=" not in html.split('data-testid="diagnosis"')[0]
    else:
        assert f'data-testid="p-hear-back">{round(d["p_hear_back"] * 100)}%<' in html


def check_agenda(client: TestClient, diagnoses: dict[str, dict[str, Any]]) -> None:
    agenda = client.get("/api/v1/agenda").json()["agenda"]
    for item in agenda["today"] + agenda["this_week"]:
        action = diagnoses[item["ref"]]["next_action"]
        assert item["why"] == action["why"]
        if action["kind"] != "wait":
            assert (item["kind"], item["on"]) == (action["kind"], action["on"])


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    path = tmp_path / "apps.json"
    path.write_text(json.dumps(realistic_document(200), ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "w.db"
    assert run(["import", str(path)], db).returncode == 0
    return db


def test_the_demo_data_tells_one_story_everywhere(tmp_path: Path) -> None:
    client = client_for(tmp_path / "demo.db", tmp_path)
    assert client.post("/api/v1/demo").status_code == 201
    diagnoses = check_agreement(client)
    states = {d["state"] for d in diagnoses.values()}
    assert {"waiting", "closed", "your-move", "not-applied"} <= states
    replies = {d["next_action"].get("reply_to") for d in diagnoses.values()}
    assert {"decide", "interview-invite"} <= replies  # an offer to decide, an invitation
    for ref, d in diagnoses.items():
        check_page(client, ref, d)
    check_agenda(client, diagnoses)


def test_a_200_application_workspace_agrees_across_board_api_cli_and_ics(
    workspace: Path, tmp_path: Path
) -> None:
    client = client_for(workspace, tmp_path)
    diagnoses = check_agreement(client)
    assert len(diagnoses) == 200
    check_agenda(client, diagnoses)
    sample = sorted(diagnoses)[::40]
    for ref in sample:
        r = run(["why", ref, "--json", "--today", TODAY], workspace)
        assert r.returncode == 0, r.stderr
        cli = json.loads(r.stdout)
        api = diagnoses[ref]
        for key in ("state", "p_hear_back", "silence", "next_action", "expected_reply"):
            assert cli[key] == api[key], (ref, key)
    feed = tmp_path / "feed.ics"
    assert run(["calendar", "export", str(feed), "--today", TODAY], workspace).returncode == 0
    events = Calendar.from_ical(feed.read_bytes()).walk("VEVENT")
    for event in events:
        ref = str(event["UID"]).split(".")[0]
        kind = str(event["UID"]).split(".")[1]
        d = diagnoses.get(ref)
        if d is None or kind == "interview":
            continue
        if kind in ("follow-up", "move-on"):
            assert d["state"] == "waiting", ref  # no follow-up on a decided case
        if kind == "reply":
            assert d["next_action"]["kind"] == "reply", ref
