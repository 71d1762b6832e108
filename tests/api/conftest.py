"""An app over a fresh SQLite file, a page client with its CSRF token, and an API client."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from unghost.web.app import create_app

TODAY = "2026-10-20"


@pytest.fixture
def app(tmp_path: Path):  # type: ignore[no-untyped-def]
    return create_app({"db": str(tmp_path / "u.db"), "token_dir": str(tmp_path / "cfg"),
                       "today": TODAY})  # fmt: skip


@pytest.fixture
def page(app) -> TestClient:  # type: ignore[no-untyped-def]
    return TestClient(app, base_url="http://127.0.0.1")


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([0-9a-f]+)"', html)
    assert match, "the page has no CSRF token"
    return match.group(1)


@pytest.fixture
def api(app) -> TestClient:  # type: ignore[no-untyped-def]
    client = TestClient(app, base_url="http://127.0.0.1")
    client.headers["Authorization"] = f"Bearer {app.state.web.api_token}"
    return client


@pytest.fixture
def demo_api(api: TestClient) -> TestClient:
    assert api.post("/api/v1/demo").status_code == 201
    return api
