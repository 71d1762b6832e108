"""Senders as real processes: `unghost send` and `unghost worker --once` racing for a message,
and a sender killed with SIGKILL at random points. Never a second delivery, never `sent`
without its history entry, and a worker pass settles what the dead sender left."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from tests.outboxfixtures.races import delivered, history, import_doc, sender_flags
from tests.outboxfixtures.smtpserver import smtp_server
from unghost.bootstrap import Context, build_context
from unghost.domain.outbox import OutboxState
from unghost.errors import ConflictError
from unghost.services.outbox import list_outbox, make_draft, mark, run_due, schedule, send_now

TODAY = "2026-10-13"  # a Tuesday, a business day for the employer (US-CA)
RACE_TRIALS = {"sqlite": 10, "postgresql": 6}  # three processes race for each message
KILL_TRIALS = {"sqlite": 15, "postgresql": 9}  # the first of each is not killed
DOC = {"format": "unghost/v1", "applications": [{
    "ref": "acme-analyst",
    "company": {"name": "Acme", "domain": "acme.example", "country": "US", "subdivision": "CA"},
    "role": {"title": "Data Analyst"}, "applied_on": "2026-09-01",
    "contacts": [{"name": "Li Wei", "email": "li.wei@acme.example", "role": "recruiter"}],
}]}  # fmt: skip

# A sender that says when it is ready, so the kill lands inside the send and not in start-up.
_SENDER = textwrap.dedent("""
    import sys
    from unghost.bootstrap import build_context
    from unghost.services.outbox import send_now
    db, port, entry_id = sys.argv[1:4]
    ctx = build_context({"db": db, "today": "2026-10-13", "from": "Jane Doe <jane@example.com>",
                         "smtp_url": f"smtp+plain://127.0.0.1:{port}"})
    ctx.engine
    print("ready", flush=True)
    sys.stdin.readline()
    print(send_now(ctx, entry_id).state.value, flush=True)
""")


def _flags(db_url: str, port: int) -> dict[str, str]:
    return sender_flags(db_url, port, TODAY)


def _imported(db_url: str, tmp_path: Path) -> None:
    import_doc(db_url, tmp_path, DOC, TODAY)


def _delivered(server: Any) -> Counter[str]:
    return delivered(server)


def _history(ctx: Context) -> Counter[str | None]:
    return history(ctx, "acme-analyst")


def test_killed_senders_never_deliver_twice_nor_leave_sent_without_history(db_url, tmp_path):
    engine = "postgresql" if "://" in db_url else "sqlite"
    _imported(db_url, tmp_path)
    rng = random.Random(15)
    finals: Counter[str] = Counter()
    killed_at: Counter[str] = Counter()  # the state the kill left: before, during, after
    whole_s = 0.0
    with smtp_server() as server:
        ctx = build_context(_flags(db_url, server.port))
        for trial in range(KILL_TRIALS[engine]):
            entry = make_draft(ctx, "acme-analyst", "follow-up", "en")
            schedule(ctx, str(entry.id), date.fromisoformat(TODAY))
            server.handler.data_seen.clear()
            proc = subprocess.Popen(
                [sys.executable, "-c", _SENDER, db_url, str(server.port), str(entry.id)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )  # fmt: skip
            assert proc.stdout is not None and proc.stdin is not None
            assert proc.stdout.readline().strip() == "ready"
            proc.stdin.write("go\n")
            proc.stdin.flush()
            started = time.monotonic()
            if trial == 0:  # the first one runs to its end: how long a whole send takes here
                assert proc.stdout.readline().strip() == "sent"
                whole_s = time.monotonic() - started
            elif trial % 2:  # once the server has the content: the 250 and the history commit
                server.handler.data_seen.wait(timeout=20)
                time.sleep(rng.uniform(0, 0.05))
            else:  # anywhere from before the claim to after the commit
                time.sleep(rng.uniform(0, 1.2 * whole_s))
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=20)  # reaped: its lease is now provably dead
            proc.stdout.close()
            proc.stdin.close()
            proc.stderr.close()  # type: ignore[union-attr]
            (left,) = [e for e in list_outbox(ctx) if e.id == entry.id]
            killed_at[left.state.value] += 1
            # the worker settles what it left; a second pass and a plain send change nothing
            run_due(ctx)
            run_due(ctx)
            with contextlib.suppress(ConflictError):
                send_now(ctx, str(entry.id))
            (final,) = [e for e in list_outbox(ctx) if e.id == entry.id]
            delivered = _delivered(server)[entry.message_id]
            recorded = _history(ctx)[entry.message_id]
            assert delivered <= 1 and recorded <= 1
            assert final.state is not OutboxState.SENDING
            if final.state is OutboxState.SENT:
                assert recorded == 1 and delivered == 1
            if final.state is OutboxState.UNKNOWN:
                # the user checks their Sent folder and says so; --mark records the history
                marked = mark(ctx, entry.id, OutboxState.SENT if delivered else OutboxState.FAILED)
                assert _history(ctx)[entry.message_id] == (1 if delivered else 0), marked
            finals[f"{final.state.value} (delivered {delivered})"] += 1
        ctx.close()
    print(f"\n{engine}: {KILL_TRIALS[engine]} kills, left {dict(killed_at)}, then {dict(finals)}")


def test_cli_and_worker_processes_race_and_each_message_goes_out_once(db_url, tmp_path):
    """Real processes: two `unghost send ID` and one `unghost worker --once` per message."""
    engine = "postgresql" if "://" in db_url else "sqlite"
    _imported(db_url, tmp_path)
    with smtp_server() as server:
        flags = _flags(db_url, server.port)
        ctx = build_context(flags)
        env = {**os.environ, "UNGHOST_DB": db_url, "UNGHOST_TODAY": TODAY,
               "UNGHOST_FROM": flags["from"], "UNGHOST_SMTP_URL": flags["smtp_url"]}  # fmt: skip
        ids, refusals = [], 0
        for _ in range(RACE_TRIALS[engine]):
            entry = make_draft(ctx, "acme-analyst", "follow-up", "en")
            schedule(ctx, str(entry.id), date.fromisoformat(TODAY))
            commands = [["send", str(entry.id)], ["send", str(entry.id)], ["worker", "--once"]]
            procs = [
                subprocess.Popen([sys.executable, "-m", "unghost", *args], env=env, text=True,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                for args in commands
            ]  # fmt: skip
            for proc, args in zip(procs, commands, strict=True):
                _out, err = proc.communicate(timeout=60)
                if args[0] == "send" and proc.returncode != 0:
                    assert proc.returncode == 1 and err.startswith("Error: "), err
                    assert len(err.strip().splitlines()) <= 2  # one line, and maybe a hint
                    refusals += 1
            ids.append(entry.message_id)
        delivered = _delivered(server)
        history = _history(ctx)
        ctx.close()
    print(f"\n{engine}: {len(ids)} process races, {refusals} sends refused")
    assert all(delivered[i] == 1 for i in ids) and sum(delivered.values()) == len(ids)
    assert all(history[i] == 1 for i in ids)
    assert refusals >= RACE_TRIALS[engine]  # at least one of the two `send` lost each race
