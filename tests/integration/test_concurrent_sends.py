"""K senders on the same outbox rows at once, against a loopback SMTP server: the CLI's send,
the worker's pass and the API's send race for each message, and it is delivered exactly once
with exactly one history entry. Many small trials, on both engines."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from tests.outboxfixtures.races import delivered, history, import_doc, sender_flags
from tests.outboxfixtures.smtpserver import smtp_server
from unghost.bootstrap import Context, build_context
from unghost.domain.outbox import OutboxState
from unghost.errors import ConflictError
from unghost.services.outbox import list_outbox, make_draft, run_due, schedule, send_now
from unghost.web.app import create_app

TODAY = "2026-10-13"  # a Tuesday, a business day for the employer (US-CA)
TRIALS = {"sqlite": 100, "postgresql": 100}
DOC = {"format": "unghost/v1", "applications": [{
    "ref": "acme-analyst",
    "company": {"name": "Acme", "domain": "acme.example", "country": "US", "subdivision": "CA"},
    "role": {"title": "Data Analyst"}, "applied_on": "2026-09-01",
    "contacts": [{"name": "Li Wei", "email": "li.wei@acme.example", "role": "recruiter"}],
    "interviews": [{"at": "2026-09-28T10:00:00-07:00", "stage": "onsite"}],
}]}  # fmt: skip


def _flags(db_url: str, port: int) -> dict[str, str]:
    return sender_flags(db_url, port, TODAY)


def _imported(db_url: str, tmp_path: Path) -> None:
    import_doc(db_url, tmp_path, DOC, TODAY)


def _delivered(server: Any) -> Counter[str]:
    return delivered(server)


def _history(ctx: Context) -> Counter[str | None]:
    return history(ctx, "acme-analyst")


def _race(fn: Any, entry_id: int, start: threading.Barrier, results: list[str]) -> None:
    start.wait()
    results.append(fn(entry_id))


def test_three_kinds_of_sender_race_and_each_message_goes_out_once(db_url, tmp_path):
    engine = "postgresql" if "://" in db_url else "sqlite"
    _imported(db_url, tmp_path)
    outcomes: Counter[str] = Counter()
    with smtp_server() as server:
        ctx = build_context(_flags(db_url, server.port))
        app = create_app({**_flags(db_url, server.port), "token_dir": str(tmp_path / "cfg")})
        api = TestClient(app, base_url="http://127.0.0.1")
        api.headers["Authorization"] = f"Bearer {app.state.web.api_token}"
        shared = dict(settings=ctx.settings, today=ctx.today, zone=ctx.zone)

        def cli(entry_id: int) -> str:
            own = Context(**shared, _engine=ctx.engine)  # type: ignore[arg-type]
            try:
                return send_now(own, str(entry_id)).state.value
            except ConflictError:
                return "refused"

        def worker(entry_id: int) -> str:
            own = Context(**shared, _engine=ctx.engine)  # type: ignore[arg-type]
            sent = [e for e in run_due(own).sent if e.id == entry_id]
            return sent[0].state.value if sent else "nothing due"

        def web(entry_id: int) -> str:
            response = api.post(f"/api/v1/outbox/{entry_id}/send")
            if response.status_code == 409:
                return "refused"
            assert response.status_code == 200, response.text
            return str(response.json()["message"]["state"])

        ids = []
        for _ in range(TRIALS[engine]):
            entry = make_draft(ctx, "acme-analyst", "follow-up", "en")
            assert entry.id is not None
            schedule(ctx, str(entry.id), date.fromisoformat(TODAY))
            results: list[str] = []
            start = threading.Barrier(3)
            threads = [threading.Thread(target=_race, args=(fn, entry.id, start, results))
                       for fn in (cli, worker, web)]  # fmt: skip
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=30)
            assert results.count("sent") == 1, results
            outcomes.update(results)
            ids.append(entry.message_id)
        delivered = _delivered(server)
        history = _history(ctx)
        states = Counter(e.state for e in list_outbox(ctx))
        api.close()
        ctx.close()
    assert all(delivered[i] == 1 for i in ids) and sum(delivered.values()) == len(ids)
    assert all(history[i] == 1 for i in ids)
    assert states == {OutboxState.SENT: len(ids)}
    # the race was real: in every trial the two losers were refused or found nothing due
    assert outcomes["refused"] + outcomes["nothing due"] == 2 * len(ids)
    print(f"\n{engine}: {len(ids)} trials, {dict(outcomes)}")
