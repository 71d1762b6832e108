"""The stored read model: each application's assessment kept in the database, refreshed in the
transaction of every write that changes it and for the date when `today` moves.

Rows hold what the agenda, the Board and the lists show (state, silence, odds, next action and
its words, the agenda's split) as of `as_of`, under the parameters `basis`, computed with the
reply history `history_key`. The user's reply history couples applications, so it is stored as
per-application observations and aggregated on read: a write re-observes its own applications
only. A row is current when its date and basis are today's and, while waiting (the only state
whose odds read the history), its history is the one the observations aggregate to now."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from unghost.bootstrap import Context

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from unghost.domain.diagnosis import Assessment
    from unghost.domain.history import ReplyHistory
    from unghost.domain.parameters import Parameters
    from unghost.domain.records import Application

# Bump when what a row holds or how it is computed changes: every stored row becomes stale.
MODEL_VERSION = "1"
# More touched applications than this in one write, and their rows are dropped in its
# transaction (the next read computes them) instead of computed there: bulk imports and
# whole-company edits stay sized to their own work.
WRITE_LIMIT = 200
_CHUNK = 500


def basis_of(ctx: Context) -> str:
    """What every row depends on besides its application and the date: parameters, country."""
    model = json.dumps(ctx.settings.model or {}, sort_keys=True, default=str)
    text = f"{MODEL_VERSION}|{ctx.settings.country}|{model}"
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _profile_key(app: Application, country: str) -> str:
    c = app.company
    parts = (c.country, c.subdivision, c.industry, c.fiscal_year_end_month, c.hiring_freeze,
             c.funding_pending, app.role.title, country)  # fmt: skip
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:32]


def history_key(history: ReplyHistory | None) -> str:
    if history is None:
        return "none"
    return hashlib.sha256(repr((history.interview, history.application)).encode()).hexdigest()[:32]


def stored_history(session: Session, params: Parameters) -> ReplyHistory | None:
    """The user's reply history, aggregated from the stored observations."""
    from sqlalchemy import select

    from unghost.domain.history import ReplyHistory, ReplyObservation
    from unghost.store.models import ReadObservationRow as O

    rows = session.connection().execute(select(O.phase, O.business_days, O.replied))
    observations = [ReplyObservation(float(d), bool(r), p) for p, d, r in rows]
    if not observations:
        return None
    return ReplyHistory.from_observations(observations, params.hearback.history_young_business_days)


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


def _delete(session: Session, table: Any, ids: Collection[int] | None) -> None:
    from sqlalchemy import delete

    if ids is None:
        session.connection().execute(delete(table))
        return
    for chunk in _chunks(sorted(ids)):
        session.connection().execute(delete(table).where(table.c.application_id.in_(chunk)))


def _row(
    app: Application, a: Assessment, today: date, basis: str, key: str, country: str
) -> dict[str, Any]:
    from unghost.domain.actions import REPLY, WAIT
    from unghost.domain.agenda import URGENCY
    from unghost.domain.wording import LANGUAGES

    action = a.next_action
    kind = action.then if action.kind == WAIT else action.kind
    agenda_kind = kind if kind in URGENCY and action.on is not None else None
    overdue, due_now = 0, None
    if agenda_kind is not None:
        calendar = a.employer.capacity.calendar
        step = a.plan.pending()
        if action.kind not in (WAIT, REPLY) and step is not None and step.due_by is not None:
            overdue = calendar.count_business_days(step.due_by, today)
        due_now = calendar.next_business_day(today) or today
    return {
        # only a waiting row's odds read the history: the others hold no key, so they stay
        # current when it changes
        "application_id": app.id, "as_of": today, "basis": basis,
        "history_key": key if a.state.code == "waiting" else "",
        "state": a.state.code, "anchor": a.timeline.anchor, "silence": a.silence,
        "silence_business_days": a.silence_business_days, "silent_since": a.silent_since,
        "p_hear_back": a.p_hear_back, "action_kind": action.kind, "action_on": action.on,
        "action_then": action.then, "action_why": {lang: action.why_in(lang) for lang in LANGUAGES},
        "agenda_kind": agenda_kind, "due_now_on": due_now, "overdue_business_days": overdue,
        "profile_key": _profile_key(app, country),
    }  # fmt: skip


def refresh(
    session: Session, ctx: Context, ids: Collection[int] | None, *, observe: bool = True
) -> int:
    """Recompute the rows (and, with `observe`, the observations) of `ids` (None: all) in the
    session's transaction; returns how many rows were written."""
    from sqlalchemy import insert

    from unghost.domain.diagnosis import assess
    from unghost.domain.history import list_reply_observations
    from unghost.services.diagnosis import gather_evidence, parameters
    from unghost.store.bulkread import load_applications
    from unghost.store.models import ReadModelRow, ReadObservationRow

    rows_t: Any = ReadModelRow.__table__
    obs_t: Any = ReadObservationRow.__table__
    params, today, country = parameters(ctx), ctx.today, ctx.settings.country
    apps = load_applications(session, texts=False, ids=ids)
    conn = session.connection()
    if observe:
        _delete(session, obs_t, ids)
        found = [
            {"application_id": app.id, "phase": o.phase, "business_days": o.business_days,
             "replied": o.replied}
            for app in apps
            for o in list_reply_observations([app], today, params, default_country=country)
        ]  # fmt: skip
        if found:
            conn.execute(insert(obs_t), found)
    history = stored_history(session, params)
    key = history_key(history)
    evidence = gather_evidence(ctx, session, apps)
    basis = basis_of(ctx)
    rows = []
    for app in apps:
        a = assess(
            app, today, params, default_country=country,
            contact_findings=evidence.contacts.get(app.ref, ()),
            posting_events=evidence.postings.get(app.ref, ()),
            mail_signals=evidence.signals.get(app.ref, ()),
            history=history, full_plan=False,
        )  # fmt: skip
        rows.append(_row(app, a, today, basis, key, country))
    _delete(session, rows_t, ids)
    if rows:
        conn.execute(insert(rows_t), rows)
    return len(rows)


def refresh_touched(session: Session, ctx: Context) -> None:
    """Before a write commits: the rows of what it touched, in its own transaction."""
    from sqlalchemy import select

    from unghost.store.models import ApplicationRow, ReadModelRow, ReadObservationRow
    from unghost.store.readsync import TOUCHED_KEY

    touched = session.info.get(TOUCHED_KEY)
    if not touched:
        return
    session.flush()
    ids = set(touched.ids)
    if touched.companies and not touched.everything:
        query = select(ApplicationRow.id).where(ApplicationRow.company_id.in_(touched.companies))
        ids.update(session.scalars(query))
    if touched.everything or len(ids) > WRITE_LIMIT:
        # too many to compute inside the write: drop them; a read computes them (see module)
        for table in (ReadModelRow.__table__, ReadObservationRow.__table__):
            _delete(session, table, None if touched.everything else ids)
    elif ids:
        refresh(session, ctx, ids)
    touched.ids.clear()
    touched.companies.clear()
    touched.everything = False


@dataclass(frozen=True, slots=True)
class Staleness:
    """What a read would have to compute before the stored rows answer for today."""

    dated: list[int]  # no row, or a row of another day or basis
    history: list[int]  # waiting rows computed with another reply history
    key: str

    def __bool__(self) -> bool:
        return bool(self.dated or self.history)


def find_stale(session: Session, ctx: Context, *, rows: bool = True) -> Staleness:
    from sqlalchemy import or_, select

    from unghost.services.diagnosis import parameters
    from unghost.store.models import ApplicationRow as A
    from unghost.store.models import ReadModelRow as R

    basis = basis_of(ctx)
    query = (
        select(A.id).outerjoin(R, R.application_id == A.id)
        .where(or_(R.application_id.is_(None), R.as_of != ctx.today, R.basis != basis))
    )  # fmt: skip
    dated = list(session.scalars(query))
    if dated or not rows:
        return Staleness(dated, [], "")
    key = history_key(stored_history(session, parameters(ctx)))
    waiting = select(R.application_id).where(R.state == "waiting", R.history_key != key)
    return Staleness([], list(session.scalars(waiting)), key)


def ensure_current(ctx: Context, *, rows: bool = True) -> None:
    """Make the stored model answer for today: the rows of another day (and, with `rows`, the
    odds of another history) are computed once and stored, so the next read finds them."""
    with ctx.reading() as session:
        if not find_stale(session, ctx, rows=rows):
            return
    with ctx.transaction() as session:
        stale = find_stale(session, ctx, rows=rows)
        if stale.dated:
            everything = len(stale.dated) > WRITE_LIMIT
            refresh(session, ctx, None if everything else stale.dated)
            stale = find_stale(session, ctx, rows=rows)
        if stale.history:
            refresh(session, ctx, stale.history, observe=False)


def rebuild(ctx: Context) -> dict[str, int]:
    """Compute the whole read model again from the records (it is derived data)."""
    from sqlalchemy import func, select

    from unghost.store.models import ReadObservationRow

    with ctx.transaction() as session:
        count = refresh(session, ctx, None)
        observations = session.scalar(select(func.count()).select_from(ReadObservationRow)) or 0
    return {"applications": count, "observations": int(observations)}
