"""Issue 16, finding 1: a slow template preview never holds up the other requests."""

from __future__ import annotations

import re
import threading
import time
from typing import Any

import httpx2 as httpx

from tests.hardening.test_template_bounds import SLOW


def test_other_requests_are_answered_while_a_preview_renders(live_app: tuple[str, Any]) -> None:
    base, _ = live_app
    with httpx.Client(base_url=base, timeout=30) as client:
        page = client.get("/templates/en/follow-up")
        token = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page.text)
        assert token
        answer: dict[str, Any] = {}

        def preview() -> None:
            data = {"csrf_token": token.group(1), "action": "preview",
                    "text": f"Subject: x\n\n{SLOW}\n"}  # fmt: skip
            answer["preview"] = client.post("/templates/en/follow-up", data=data)

        worker = threading.Thread(target=preview)
        worker.start()
        time.sleep(0.3)  # the preview is rendering now
        started = time.monotonic()
        other = httpx.get(f"{base}/static/app.css", timeout=30)
        waited = time.monotonic() - started
        worker.join(30)
    assert other.status_code == 200 and waited < 1.0
    assert answer["preview"].status_code == 422
    assert "took longer than 2 s" in answer["preview"].text
