"""The real server (uvicorn on a free loopback port) and headless Debian Chromium via Playwright."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# The session's one Chromium (`browser`) is in tests/conftest.py: the server's browser tests
# (tests/server) share it, since a second Playwright in one process cannot start.


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    import uvicorn

    from unghost.web.app import create_app

    app = create_app({"db": str(tmp_path / "u.db"), "token_dir": str(tmp_path / "cfg"),
                      "today": "2026-10-20", "from": "Alex Chen <alex@example.com>"})  # fmt: skip
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    ready = threading.Event()
    while not ready.wait(0.05):
        if srv.started:
            ready.set()
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    p = browser.new_page()
    p.set_default_timeout(15000)
    browser.clear_cookies()
    errors: list[str] = []
    p.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    p.base = server  # type: ignore[attr-defined]
    p.console_errors = errors  # type: ignore[attr-defined]
    yield p
    p.close()
