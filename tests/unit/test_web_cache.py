"""The web's page cache: one computation for concurrent misses, bounded, keyed by data state."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor


def test_twenty_concurrent_misses_compute_the_page_once(tmp_path):
    from unghost.web.state import WebState

    web = WebState({"db": str(tmp_path / "u.db"), "token_dir": str(tmp_path)})
    calls = []
    started = threading.Barrier(20)

    def compute() -> str:
        calls.append(1)
        time.sleep(0.2)  # long enough for every client to miss
        return "page"

    def client(_: int) -> str:
        started.wait()
        return web.cached("board:en", ("v", 1), compute)

    with ThreadPoolExecutor(20) as pool:
        assert list(pool.map(client, range(20))) == ["page"] * 20
    assert len(calls) == 1
    assert web.cached("board:en", ("v", 2), lambda: "new") == "new"  # a write: computed again


def test_the_cache_keeps_a_bounded_number_of_pages(tmp_path):
    from unghost.web.state import CACHE_ENTRIES, WebState

    web = WebState({"db": str(tmp_path / "u.db"), "token_dir": str(tmp_path)})
    for i in range(CACHE_ENTRIES * 3):
        web.cached(f"application:app-{i}:en", 1, lambda i=i: i)
    assert len(web._cache) == CACHE_ENTRIES and len(web._flights) <= CACHE_ENTRIES
    assert web.cached(f"application:app-{CACHE_ENTRIES * 3 - 1}:en", 1, lambda: -1) != -1
