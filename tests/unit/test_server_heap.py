"""Each server worker freezes what it built to serve (server/web.py settle_heap), so the
garbage collector's full collections no longer walk it on every request's time."""

from __future__ import annotations

import gc
from typing import Any


def test_settle_heap_freezes_what_lives_and_collects_the_rest() -> None:
    from unghost.server.web import settle_heap

    class Cycle:
        def __init__(self) -> None:
            self.me = self

    kept = [object() for _ in range(10)]
    Cycle()  # garbage in a cycle: collected first, not frozen for good
    try:
        before = gc.get_freeze_count()
        settle_heap()
        assert gc.get_freeze_count() > before
        assert gc.get_freeze_count() >= len(kept)
        assert not [o for o in gc.get_objects() if isinstance(o, Cycle)]
    finally:
        gc.unfreeze()  # the test process goes on as it was


def test_every_worker_settles_its_heap_once_the_app_is_built(monkeypatch: Any) -> None:
    from unghost.server import web

    calls: list[str] = []
    monkeypatch.setattr("unghost.web.app.create_app",
                        lambda *_a, **_kw: type("A", (), {"state": type("S", (), {
                            "web": type("W", (), {"engine": None})()})()})())  # fmt: skip
    monkeypatch.setattr("unghost.server.database.check_app_engine",
                        lambda _engine: calls.append("checked"))  # fmt: skip
    monkeypatch.setattr(web, "settle_heap", lambda: calls.append("settled"))
    web.create_server_app()
    assert calls == ["checked", "settled"]
