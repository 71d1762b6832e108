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


def _workspace(tmp_path, refs=("acme-1", "globex-1", "initech-1")):
    """A web state over a SQLite file with a few applied applications."""
    from datetime import date

    from unghost.services.applications import add_application, new_application
    from unghost.web.state import WebState

    web = WebState({"db": str(tmp_path / "u.db"), "token_dir": str(tmp_path),
                    "today": "2026-11-25"})  # fmt: skip
    ctx = web.context()
    for n, ref in enumerate(refs):
        company = ref.split("-")[0].title()
        add_application(ctx, new_application(company, "Analyst", ref=ref,
                                             applied_on=date(2026, 11, 2 + n)))  # fmt: skip
    return web, ctx


def test_a_write_to_one_application_drops_its_page_and_the_aggregates_only(tmp_path):
    from unghost.domain.records import Status
    from unghost.services.applications import LogEntry, edit_application, log_event
    from unghost.web import views

    web, ctx = _workspace(tmp_path)
    a_page = views.cached_application_page(web, ctx, "acme-1", "en")
    b_page = views.cached_application_page(web, ctx, "globex-1", "en")
    agenda = views.cached_agenda(web, ctx)
    summaries = views.cached_summaries(web, ctx)
    facts = views.cached_facts(web, ctx)
    assert views.cached_application_page(web, ctx, "acme-1", "en") is a_page  # a hit

    log_event(ctx, "acme-1", LogEntry(note="called the recruiter"))
    edit_application(ctx, "acme-1", {"rating": 4})  # neither moves the reply history

    a_again = views.cached_application_page(web, ctx, "acme-1", "en")
    assert a_again is not a_page and a_again["app"].rating == 4
    assert any(e.note == "called the recruiter" for e in a_again["app"].events)
    assert views.cached_application_page(web, ctx, "globex-1", "en") is b_page  # untouched
    # the aggregates follow the write; the untouched applications' rows are the same objects
    after = {s.ref: s for s in views.cached_summaries(web, ctx)}
    assert after["acme-1"].rating == 4
    before = {s.ref: s for s in summaries}
    assert after["globex-1"] is before["globex-1"] and after["initech-1"] is before["initech-1"]
    assert views.cached_agenda(web, ctx) is not agenda

    # an answer moves the user's reply history, so every waiting application's odds: all go
    edit_application(ctx, "acme-1", {"status": Status.INTERVIEWING})
    from unghost.services.readviews import read_facts

    def shown(f):
        return (f.state, f.p_hear_back, f.silence_business_days, f.next_action.kind)

    now = views.cached_facts(web, ctx)
    assert shown(now["acme-1"]) != shown(facts["acme-1"])
    assert {r: shown(f) for r, f in now.items()} == {
        r: shown(f) for r, f in read_facts(ctx).items()
    }
    assert views.cached_application_page(web, ctx, "globex-1", "en") is not b_page
    assert views.cached_application_page(web, ctx, "acme-1", "en")["app"].status is (
        Status.INTERVIEWING
    )
    # and the page values equal a fresh computation's
    from unghost.web.appview import application_page

    assert (
        views.cached_application_page(web, ctx, "acme-1", "en")["d"]
        == application_page(ctx, "acme-1", "en")["d"]
    )
    web.close()


def test_a_deleted_or_added_application_leaves_and_joins_the_board(tmp_path):
    from datetime import date

    from unghost.services.applications import add_application, new_application, remove_application
    from unghost.web import views

    web, ctx = _workspace(tmp_path)
    assert {s.ref for s in views.cached_summaries(web, ctx)} == {"acme-1", "globex-1",
                                                                 "initech-1"}  # fmt: skip
    remove_application(ctx, "globex-1")
    add_application(ctx, new_application("Umbrella", "Buyer", ref="umbrella-1",
                                         applied_on=date(2026, 11, 10)))  # fmt: skip
    assert {s.ref for s in views.cached_summaries(web, ctx)} == {"acme-1", "initech-1",
                                                                 "umbrella-1"}  # fmt: skip
    assert set(views.cached_facts(web, ctx)) == {"acme-1", "initech-1", "umbrella-1"}
    web.close()


def test_a_write_from_another_process_is_seen_and_a_lost_log_drops_everything(tmp_path):
    from unghost.bootstrap import build_context
    from unghost.services.applications import LogEntry, log_event
    from unghost.store import dataversion
    from unghost.web import views

    web, ctx = _workspace(tmp_path)
    b_page = views.cached_application_page(web, ctx, "globex-1", "en")
    cli = build_context({"db": str(tmp_path / "u.db"), "today": "2026-11-25"})  # the CLI
    log_event(cli, "acme-1", LogEntry(note="from the terminal"))
    page = views.cached_application_page(web, ctx, "acme-1", "en")
    assert any(e.note == "from the terminal" for e in page["app"].events)
    assert views.cached_application_page(web, ctx, "globex-1", "en") is b_page
    for n in range(dataversion.LOG_ENTRIES + 1):  # more writes than the log remembers
        log_event(cli, "initech-1", LogEntry(note=f"note {n}"))
    assert views.cached_application_page(web, ctx, "globex-1", "en") is not b_page
    cli.close()
    web.close()


def test_a_computation_overtaken_by_a_write_is_not_kept(tmp_path):
    from unghost.services.applications import LogEntry, log_event
    from unghost.web import views

    web, ctx = _workspace(tmp_path)
    mark = views.fingerprint(web, ctx)

    def compute() -> str:
        log_event(ctx, "acme-1", LogEntry(note="meanwhile"))  # a write while computing
        views.fingerprint(web, ctx)  # another request syncs the cache meanwhile
        return "old board"

    assert web.cached("board:en", mark, compute) == "old board"
    assert web.cached("board:en", mark, lambda: "new board") == "new board"
    web.close()


def test_twenty_concurrent_readers_of_a_kept_table_load_it_once(tmp_path):
    from unghost.web.state import WebState

    web = WebState({"db": str(tmp_path / "u.db"), "token_dir": str(tmp_path)})
    loads: list[object] = []
    started = threading.Barrier(20)

    def load(ids):
        loads.append(ids)
        time.sleep(0.2)
        return {1: "a", 2: "b"}

    def reader(_: int) -> dict:
        started.wait()
        return web.table("summaries", "mark", load)

    with ThreadPoolExecutor(20) as pool:
        assert list(pool.map(reader, range(20))) == [{1: "a", 2: "b"}] * 20
    assert loads == [None]


def test_the_cache_keeps_a_bounded_number_of_owners_and_their_tables(tmp_path):
    from unghost.web.state import ACTING_USER, OWNERS_KEPT

    web, _ = _workspace(tmp_path)
    for owner in range(2, OWNERS_KEPT + 12):  # server users, each with their own tables
        token = ACTING_USER.set(owner)
        try:
            web.sync(web.context())
            assert web.table("summaries", "mark", lambda _ids, o=owner: {o: o}) == {owner: owner}
        finally:
            ACTING_USER.reset(token)
    assert len(web._owners) <= OWNERS_KEPT
    assert {o for o, _ in web._tables} <= set(web._owners)
    web.close()


def test_the_least_recently_used_page_goes_first(tmp_path):
    from unghost.web.state import CACHE_ENTRIES, WebState

    web = WebState({"db": str(tmp_path / "u.db"), "token_dir": str(tmp_path)})
    web.cached("board:en", 1, lambda: "board")
    for i in range(CACHE_ENTRIES * 2):
        web.cached(f"application:app-{i}:en", 1, lambda i=i: i)
        assert web.cached("board:en", 1, lambda: "again") == "board"  # read often: kept


def test_the_kept_agenda_order_follows_writes_and_equals_a_fresh_sort(tmp_path, monkeypatch):
    """Past _AGENDA_KEPT_SORTED items the agenda's order, and the default Board's columns,
    are patched by each write's items:
    after notes, stage moves, an answer (the reply history moves), a removal and an added
    application it equals sorting a fresh read; the summaries' untouched rows stay kept
    through the answer, while the odds (facts) follow it."""
    from datetime import date

    from unghost.domain.listing import ListQuery
    from unghost.domain.records import Status
    from unghost.services.applications import (
        LogEntry,
        add_application,
        edit_application,
        log_event,
        new_application,
        remove_application,
    )
    from unghost.services.readviews import read_agenda, read_facts
    from unghost.store import dataversion
    from unghost.web import views
    from unghost.web.pages_list import board_columns, find_rows

    monkeypatch.setattr(views, "_AGENDA_KEPT_SORTED", 1)
    refs = tuple(f"co{n}-1" for n in range(8))
    web, ctx = _workspace(tmp_path, refs)

    def check() -> None:
        kept = views.cached_agenda(web, ctx)
        fresh = read_agenda(ctx)
        assert [i.ref for i in kept.today] == [i.ref for i in fresh.today]
        assert [i.ref for i in kept.this_week] == [i.ref for i in fresh.this_week]
        assert [i.to_dict("zh") for i in kept.today + kept.this_week] == [
            i.to_dict("zh") for i in fresh.today + fresh.this_week
        ]
        facts = views.cached_facts(web, ctx)
        assert {r: f.to_dict("en") for r, f in facts.items()} == {
            r: f.to_dict("en") for r, f in read_facts(ctx).items()
        }
        board = [c.to_dict() for c in views.default_board(web, ctx, 3)]
        rows = find_rows(web, ctx, ListQuery())
        assert board == [c.to_dict() for c in board_columns(rows, ListQuery(), 3)]

    check()
    assert len(views.cached_agenda(web, ctx).today) > 2
    log_event(ctx, "co1-1", LogEntry(note="called"))
    check()
    edit_application(ctx, "co2-1", {"status": Status.INTERVIEWING})
    check()
    edit_application(ctx, "co6-1", {"archived": True})
    check()
    summaries = {s.ref: s for s in views.cached_summaries(web, ctx)}
    edit_application(ctx, "co3-1", {"status": Status.REJECTED})  # an answer
    with ctx.reading() as session:
        assert dataversion.changes_since(session, dataversion.read_version(session) - 1)[
            0
        ].history_moved
    after = {s.ref: s for s in views.cached_summaries(web, ctx)}
    assert after["co4-1"] is summaries["co4-1"]  # untouched: kept through the history move
    check()
    remove_application(ctx, "co5-1")
    add_application(ctx, new_application("Late", "Analyst", ref="late-1",
                                          applied_on=date(2026, 10, 1)))  # fmt: skip
    check()
    web.close()
