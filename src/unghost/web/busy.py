"""A busy database, retried for the requests that may be repeated (GET, HEAD) before the
client is told: each answer of 503 (failures.py: only a BusyError gets it) is tried again
after a pause, and only the last one goes out, with its Retry-After."""

from __future__ import annotations

import asyncio
import time
from typing import Any

# Pauses between the tries of one request: a lock taken between two tries, a PostgreSQL
# deadlock or serialization clash is over within them. Each try also waits up to
# store/engine.py's BUSY_TIMEOUT_S for the lock itself, so no try starts once RETRY_BUDGET_S
# have gone by: a request that already waited out the lock answers 503 at once (not minutes).
RETRY_PAUSES_S = (0.25, 0.5, 1.0, 2.0)
RETRY_BUDGET_S = 8.0
IDEMPOTENT = frozenset({"GET", "HEAD"})
BUSY_STATUS = 503


class BusyRetry:
    """Pure ASGI middleware: a GET or HEAD answered 503 runs again, up to RETRY_PAUSES_S."""

    def __init__(
        self, app: Any, pauses_s: tuple[float, ...] | None = None, budget_s: float | None = None
    ) -> None:
        self.app = app
        self.pauses_s = pauses_s
        self.budget_s = budget_s

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] not in IDEMPOTENT:
            await self.app(scope, receive, send)
            return
        started = time.monotonic()
        held: list[dict[str, Any]] = []  # a busy try's answer, sent only if it is the last
        for pause_s in self.pauses_s or RETRY_PAUSES_S:
            busy = False
            held.clear()

            async def held_back(message: dict[str, Any]) -> None:
                nonlocal busy
                if message["type"] == "http.response.start":
                    busy = message["status"] == BUSY_STATUS
                if busy:
                    held.append(message)
                else:
                    await send(message)

            await self.app(dict(scope), _replay(receive), held_back)
            if not busy:
                return
            if time.monotonic() - started + pause_s > (self.budget_s or RETRY_BUDGET_S):
                for message in held:  # out of time: this try's 503 is the answer
                    await send(message)
                return
            await asyncio.sleep(pause_s)
        await self.app(dict(scope), _replay(receive), send)


def _replay(receive: Any) -> Any:
    """A GET's (empty) request body for each try, then the client's own messages (disconnect)."""
    sent = False

    async def again() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": b"", "more_body": False}
        message: dict[str, Any] = await receive()
        return message

    return again
