"""The server's pages as a signed-in browser: the CSRF token of a page, a client signed in with
the tests' one password, a form posted with its page's token."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from starlette.testclient import TestClient

PASSWORD = "correct horse battery staple"
SERVER_KEY = "q3lQb0qQ1oS7Kk8n7x1b0X0b9uVdZ2Yp4c6m8s0t2w4="  # 32 bytes, base64: tests only


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([0-9a-f]+)"', html)
    assert found, "no CSRF token in the page"
    return found.group(1)


def signed_in(app: Any, email: str, password: str = PASSWORD) -> TestClient:
    """A client of `app` signed in as `email` through the login form."""
    client = TestClient(app, base_url="https://127.0.0.1", follow_redirects=False)
    done = client.post("/login", data={"email": email, "password": password,
                                       "csrf_token": csrf_of(client.get("/login").text)})  # fmt: skip
    assert done.status_code == 303
    return client


def post_form(client: TestClient, path: str, page: str | None = None, **values: str) -> Any:
    """POST `values` to `path` with the CSRF token of `page` (default: `path` itself)."""
    token = csrf_of(client.get(page or path).text)
    return client.post(path, data={"csrf_token": token, **values})


def api_client(app: Any, email: str) -> TestClient:
    """A client of `app` holding a personal API token that `email` made on /account/tokens."""
    browser = signed_in(app, email)
    page = post_form(browser, "/account/tokens", "/account", name="script")
    found = re.search(r'data-testid="new-token">([^<]+)<', page.text)
    assert found, "no new token on the page"
    api = TestClient(app, base_url="https://127.0.0.1", follow_redirects=False)
    api.headers["Authorization"] = f"Bearer {found.group(1)}"
    return api


def add_students(app: Any, prefix: str, count: int = 2) -> list[tuple[int, str]]:
    """`count` new students of the institution (made when there is none), each (id, email),
    with the tests' one password."""
    import uuid

    from unghost.server import accounts
    from unghost.server.service import utc_now

    with app.state.web.context().transaction() as s:
        place = accounts.find_institution(s) or accounts.add_institution(s, "C", now=utc_now())
        users = [accounts.add_user(s, email=f"{prefix}-{uuid.uuid4().hex[:6]}@example.edu",
                                   role="student", institution_id=place.id, password=PASSWORD,
                                   now=utc_now()) for _ in range(count)]  # fmt: skip
        return [(u.id, u.email) for u in users]


@contextmanager
def server_app(db_url: str, **env: str) -> Iterator[Any]:
    """The server's web app on `db_url` (today pinned to 2026-11-25), with SERVER_KEY as
    UNGHOST_SERVER_KEY and `env`'s variables set while it lives."""
    import pytest

    from unghost.web.app import create_app

    mp = pytest.MonkeyPatch()
    for name, value in {"UNGHOST_SERVER_KEY": SERVER_KEY, **env}.items():
        mp.setenv(name, value)
    app = create_app({"db": db_url, "today": "2026-11-25"}, server=True)
    try:
        yield app
    finally:
        app.state.web.close()
        mp.undo()
