"""The stored read model always equals a full recomputation: after any sequence of writes the
rows it calls current are exactly what assessing every application again gives, and once
brought to today the agenda, the list's facts and `why` read from it are the full path's."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import realistic_document

TODAY = date(2026, 11, 25)
OPS = ("reject", "follow-up", "interview", "status", "note", "archive", "country", "tag",
       "remove", "import", "invite", "applied")  # fmt: skip


def _full(ctx: Any) -> tuple[dict[int, dict[str, Any]], list[tuple[Any, ...]]]:
    """Every row and observation computed again from the records, ignoring what is stored."""
    from unghost.domain.history import list_reply_observations
    from unghost.services.assessment import assess_all
    from unghost.services.diagnosis import parameters
    from unghost.services.readmodel import _row, basis_of, history_key

    space, assessed = assess_all(ctx)
    key = history_key(space.history)
    rows = {app.id: _row(app, assessed[app.ref], ctx.today, basis_of(ctx), key, space.country)
            for app in space.apps}  # fmt: skip
    params = parameters(ctx)
    observed = sorted(
        (app.id, o.phase, o.business_days, o.replied)
        for app in space.apps
        for o in list_reply_observations([app], ctx.today, params, default_country=space.country)
    )
    return rows, observed  # type: ignore[return-value]


def _stored(ctx: Any) -> tuple[dict[int, dict[str, Any]], list[tuple[Any, ...]]]:
    from sqlalchemy import select

    from unghost.store.readmodel_tables import ReadModelRow, ReadObservationRow

    with ctx.reading() as session:
        table = ReadModelRow.__table__
        rows = {r["application_id"]: {k: v for k, v in r.items() if k != "owner_id"}
                for r in session.connection().execute(select(table)).mappings()}  # fmt: skip
        o = ReadObservationRow
        observed = sorted(tuple(r) for r in session.connection().execute(
            select(o.application_id, o.phase, o.business_days, o.replied)))  # fmt: skip
    return rows, observed


def _write(ctx: Any, op: str, pick: int, tmp: Path, n: int) -> None:
    from unghost.domain.records import Direction, Interview, Message, MessageKind, Status
    from unghost.errors import UnghostError
    from unghost.services.applications import (
        LogEntry,
        edit_application,
        log_event,
        remove_application,
    )
    from unghost.services.listing import bulk_edit
    from unghost.services.transfer import import_file
    from unghost.store.models import ApplicationRow

    with ctx.reading() as session:
        refs = sorted(session.query(ApplicationRow.ref).all())
    if op == "import":
        path = tmp / f"more-{n}.json"
        doc = realistic_document(3, seed=pick + n)
        for i, app in enumerate(doc["applications"]):
            app["ref"] = f"more-{n}-{i}"
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        import_file(ctx, path)
        return
    if not refs:
        return
    ref = refs[pick % len(refs)][0]
    at = datetime(2026, 11, 1 + pick % 24, 10, tzinfo=UTC)
    try:
        if op == "reject":
            log_event(
                ctx, ref, LogEntry(message=Message(at, Direction.RECEIVED, MessageKind.REJECTION))
            )
        elif op == "invite":
            log_event(
                ctx,
                ref,
                LogEntry(message=Message(at, Direction.RECEIVED, MessageKind.INTERVIEW_INVITE)),
            )
        elif op == "follow-up":
            log_event(
                ctx, ref, LogEntry(message=Message(at, Direction.SENT, MessageKind.FOLLOW_UP))
            )
        elif op == "interview":
            log_event(ctx, ref, LogEntry(interview=Interview(at, stage="onsite",
                      decision_expected_on=at.date() + timedelta(days=pick % 15))))  # fmt: skip
        elif op == "status":
            log_event(ctx, ref, LogEntry(status=list(Status)[pick % len(Status)], on=at.date()))
        elif op == "note":
            log_event(ctx, ref, LogEntry(note=f"note {n}"))
        elif op == "archive":
            bulk_edit(ctx, [ref], "archive" if pick % 2 else "unarchive")
        elif op == "country":
            edit_application(ctx, ref, {"country": ("FR", "CN", "US", "DE")[pick % 4]})
        elif op == "tag":
            bulk_edit(ctx, [ref], "tag", f"t{pick % 3}")
        elif op == "applied":
            edit_application(ctx, ref, {"applied_on": TODAY - timedelta(days=pick % 90)})
        elif op == "remove":
            remove_application(ctx, ref)
    except UnghostError:
        pass  # a write the service refuses (an impossible stage) changes nothing


def _check_current_rows_are_right(ctx: Any) -> None:
    """What the store calls current equals the recomputation; the rest a read recomputes."""
    from unghost.services.readmodel import find_stale

    with ctx.reading() as session:
        stale = find_stale(session, ctx)
    rows, observed = _stored(ctx)
    full_rows, full_observed = _full(ctx)
    if stale.dated:
        return  # dropped by a bulk write in its transaction: the next read computes them
    assert observed == full_observed
    waiting_stale = set(stale.history)
    for id_, row in full_rows.items():
        if id_ in waiting_stale:
            continue
        assert rows[id_] == row, id_
    assert set(rows) == set(full_rows)


def _check_reads_equal_full_path(ctx: Any) -> None:
    from unghost.domain.diagnosis import diagnose
    from unghost.services.assessment import agenda_in, assess_all, facts_of
    from unghost.services.diagnosis import diagnose_application, plan_today
    from unghost.services.readmodel import ensure_current
    from unghost.services.readviews import agenda_data, read_facts

    ensure_current(ctx)
    rows, observed = _stored(ctx)
    full_rows, full_observed = _full(ctx)
    assert rows == full_rows and observed == full_observed
    space, assessed = assess_all(ctx)
    for days in (0, 7, 30):
        for lang in ("en", "zh"):
            full = agenda_in(space, assessed, days).to_dict(lang)
            assert plan_today(ctx, days).to_dict(lang) == full
            assert agenda_data(ctx, days, lang) == full  # the stdlib reader on SQLite
    facts = read_facts(ctx)
    assert {r: f.to_dict(lang) for r, f in facts.items() for lang in ("en", "zh")} == {
        r: facts_of(r, a).to_dict(lang) for r, a in assessed.items() for lang in ("en", "zh")
    }
    evidence = space.evidence
    for app in space.apps[:5]:
        full = diagnose(app, ctx.today, space.params, default_country=space.country,
                        contact_findings=evidence.contacts.get(app.ref, ()),
                        posting_events=evidence.postings.get(app.ref, ()),
                        mail_signals=evidence.signals.get(app.ref, ()), history=space.history)  # fmt: skip
        assert diagnose_application(ctx, app.ref).to_dict("en") == full.to_dict("en")


@pytest.fixture
def seeded(db_url: str, tmp_path: Path) -> Any:
    from unghost.bootstrap import build_context
    from unghost.services.transfer import import_file

    ctx = build_context({"db": db_url, "today": TODAY.isoformat()})
    path = tmp_path / "seed.json"
    path.write_text(json.dumps(realistic_document(16), ensure_ascii=False), encoding="utf-8")
    import_file(ctx, path)
    yield ctx
    ctx.close()


@settings(
    max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(st.sampled_from(OPS), st.integers(0, 200)), min_size=1, max_size=5))
def test_the_stored_model_equals_a_full_recomputation(seeded, tmp_path, writes):
    ctx = seeded
    from unghost.services.readmodel import ensure_current

    ensure_current(ctx)
    for n, (op, pick) in enumerate(writes):
        _write(ctx, op, pick, tmp_path, n)
        _check_current_rows_are_right(ctx)
    _check_reads_equal_full_path(ctx)


def test_a_new_day_refreshes_the_rows_and_rebuild_recomputes_them(seeded):
    from unghost.bootstrap import build_context
    from unghost.services.readmodel import find_stale, rebuild

    _check_reads_equal_full_path(seeded)
    later = build_context(
        {"db": seeded.settings.db, "today": (TODAY + timedelta(days=3)).isoformat()}
    )
    try:
        with later.reading() as session:
            assert find_stale(session, later).dated  # yesterday's rows are not today's
        _check_reads_equal_full_path(later)
        assert rebuild(later)["applications"] == 16
        _check_reads_equal_full_path(later)
    finally:
        later.close()


def test_a_single_write_recomputes_only_its_application(seeded):
    """A note changes no wait: the write computes its own row, every other row stays current."""
    from unghost.services.applications import LogEntry, list_applications, log_event
    from unghost.services.readmodel import ensure_current, find_stale

    ensure_current(seeded)
    log_event(seeded, list_applications(seeded)[3].ref, LogEntry(note="called them"))
    with seeded.reading() as session:
        assert not find_stale(session, seeded)
    _check_reads_equal_full_path(seeded)


def test_a_current_sqlite_file_is_read_by_the_stdlib_path_for_its_owner(seeded):
    """Once every row is current, `today` on a SQLite file needs no SQLAlchemy: the stdlib reader
    answers (not None), with the local owner's rows and none for another owner."""
    from pathlib import Path

    from unghost.services.readmodel import basis_of, ensure_current
    from unghost.store.engine import HEAD
    from unghost.store.readmodel import read_agenda_sqlite

    if "://" in seeded.settings.db:
        pytest.skip("the stdlib reader is SQLite's")
    ensure_current(seeded)
    path, horizon = Path(seeded.settings.db), TODAY + timedelta(days=7)
    rows = read_agenda_sqlite(path, HEAD, TODAY, basis_of(seeded), horizon)
    assert rows is not None and len(rows) > 0
    assert read_agenda_sqlite(path, HEAD, TODAY, basis_of(seeded), horizon, owner_id=2) is None
    assert read_agenda_sqlite(path, "0001_initial_schema", TODAY, basis_of(seeded), horizon) is None


def test_an_answer_prices_the_waiting_rows_again_without_planning_them(seeded, monkeypatch):
    """An answer moves the reply history: the write's own transaction prices every waiting
    row again from its kept wait entry (no application loaded), and what it stores equals a
    full recomputation; only its own application (and a row whose action changes side of
    the move-on threshold) is computed in full."""
    import unghost.services.readmodel as readmodel
    from unghost.domain.records import Direction, Message, MessageKind
    from unghost.services.applications import LogEntry, list_applications, log_event
    from unghost.services.readmodel import ensure_current, find_stale
    from unghost.store.readmodel_rows import load_waits

    ensure_current(seeded)
    with seeded.reading() as session:
        before = session.connection().exec_driver_sql(
            "SELECT COUNT(*) FROM readmodel_rows WHERE state = 'waiting'").scalar()  # fmt: skip
        assert before and len(load_waits(session)) == before  # every waiting row has its entry
        key = readmodel._stored_key(session)
    computed: list[int] = []
    real = readmodel._refresh

    def counted(session: Any, ctx: Any, ids: Any, *, observe: bool = True) -> int:
        computed.extend(ids or [-1])
        return real(session, ctx, ids, observe=observe)

    monkeypatch.setattr(readmodel, "_refresh", counted)
    waiting = [a for a in list_applications(seeded) if a.status.value == "applied"]
    at = datetime(TODAY.year, TODAY.month, TODAY.day, 9, tzinfo=UTC)
    log_event(seeded, waiting[0].ref, LogEntry(message=Message(at, Direction.RECEIVED,
                                                               MessageKind.REJECTION)))  # fmt: skip
    with seeded.reading() as session:
        assert readmodel._stored_key(session) != key  # the history moved
        assert not find_stale(session, seeded)  # nothing left for a read to compute
    assert -1 not in computed and len(computed) < before  # priced again, not planned again
    rows, observed = _stored(seeded)
    assert (rows, observed) == _full(seeded)
    _check_reads_equal_full_path(seeded)
