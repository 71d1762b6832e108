"""A 10,000-application import (`unghost import`, its own process) while the web app takes
notes on another application: no 500, no lost or doubled note, and the import complete."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

from fastapi.testclient import TestClient

from unghost.bootstrap import build_context
from unghost.domain.records import EventKind
from unghost.services.applications import get_application
from unghost.web.app import create_app

TODAY = "2026-11-25"
SIZE = 10_000
WRITERS = 2
_STAGES = ("phone-screen", "technical", "onsite")


def _big_file(path: Path) -> None:
    """Ten thousand applications of the shapes people import: a few companies, a few roles."""
    apps = []
    for n in range(SIZE):
        app = {
            "ref": f"bulk-{n:05d}",
            "company": {"name": f"Company {n % 700}", "country": ("US", "CN", "FR")[n % 3]},
            "role": {"title": f"Role {n % 37}", "posted_on": "2026-08-01"},
            "applied_on": f"2026-09-{1 + n % 28:02d}",
        }
        if n % 4 == 0:
            app["interviews"] = [{"at": "2026-10-01T10:00:00+00:00", "stage": _STAGES[n % 3]}]
        apps.append(app)
    path.write_text(json.dumps({"format": "unghost/v1", "applications": apps}), encoding="utf-8")


def test_a_big_import_and_web_writes_at_once_lose_nothing(db_url, tmp_path):
    source = tmp_path / "big.json"
    _big_file(source)
    app = create_app({"db": db_url, "today": TODAY, "token_dir": str(tmp_path / "cfg")})
    api = TestClient(app, base_url="http://127.0.0.1")
    api.headers["Authorization"] = f"Bearer {app.state.web.api_token}"
    response = api.post("/api/v1/applications", json={"company": "Acme", "title": "Analyst",
                                                      "ref": "acme-analyst"})  # fmt: skip
    assert response.status_code == 201
    env = {**os.environ, "UNGHOST_DB": db_url, "UNGHOST_TODAY": TODAY}
    importer = subprocess.Popen(
        [sys.executable, "-m", "unghost", "import", str(source), "--json"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    statuses: Counter[int] = Counter()
    acknowledged: list[str] = []
    during = Counter[str]()
    lock = threading.Lock()

    def writer(who: int) -> None:
        n = 0
        while importer.poll() is None or n < 3:
            note = f"web note {who}-{n}"
            running = importer.poll() is None
            posted = api.post("/api/v1/applications/acme-analyst/events", json={"note": note})
            page = api.get("/api/v1/applications/acme-analyst")
            with lock:
                statuses.update([posted.status_code, page.status_code])
                if posted.status_code == 201:
                    acknowledged.append(note)
                    during["while importing" if running else "after"] += 1
            n += 1
            time.sleep(0.05)

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(WRITERS)]
    for thread in threads:
        thread.start()
    out, err = importer.communicate(timeout=240)
    for thread in threads:
        thread.join(timeout=120)
    api.close()
    assert importer.returncode == 0, err
    assert json.loads(out)["created"] == SIZE
    assert not [s for s in statuses if s >= 500], statuses
    assert set(statuses) == {200, 201}
    assert during["while importing"] > 0  # the writes did meet the import
    ctx = build_context({"db": db_url, "today": TODAY})
    notes = Counter(e.note for e in get_application(ctx, "acme-analyst").events
                    if e.kind is EventKind.NOTE)  # fmt: skip
    assert notes == Counter(acknowledged)
    ctx.close()
    print(f"\n{SIZE} imported; web: {dict(statuses)}, notes {dict(during)}")
