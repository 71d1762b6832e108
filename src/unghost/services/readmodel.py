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
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from unghost.bootstrap import Context

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from unghost.domain.diagnosis import Assessment
    from unghost.domain.history import ReplyHistory, SurvivalCurve
    from unghost.domain.parameters import Parameters
    from unghost.domain.records import Application

# Bump when what a row holds or how it is computed changes: every stored row becomes stale.
MODEL_VERSION = "3"
# More touched applications than this in one write, and their rows are dropped in its
# transaction (the next read computes them) instead of computed there: bulk imports and
# whole-company edits stay sized to their own work.
WRITE_LIMIT = 200
_HISTORY = "history"


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
    """The user's reply history, aggregated from every stored observation."""
    from unghost.domain.history import ReplyHistory, ReplyObservation
    from unghost.store.readmodel_rows import load_observations

    observations = [ReplyObservation(d, r, p) for p, d, r in load_observations(session)]
    if not observations:
        return None
    return ReplyHistory.from_observations(observations, params.hearback.history_young_business_days)


def _curve_value(curve: SurvivalCurve | None) -> list[Any] | None:
    if curve is None:
        return None
    return [list(curve.times), list(curve.survival), curve.size, curve.events, curve.last_time,
            curve.informative]  # fmt: skip


def _curve_from(value: list[Any] | None) -> SurvivalCurve | None:
    from unghost.domain.history import SurvivalCurve

    if value is None:
        return None
    times, survival, size, events, last, informative = value
    return SurvivalCurve(tuple(float(t) for t in times), tuple(float(v) for v in survival),
                         int(size), int(events), float(last), int(informative))  # fmt: skip


def current_history(session: Session, params: Parameters) -> tuple[ReplyHistory | None, str]:
    """The reply history and its key: as stored by the last refresh, else aggregated now."""
    from unghost.store.readmodel_rows import find_meta

    value = find_meta(session, _HISTORY)
    if value is None:
        history = stored_history(session, params)
        return history, history_key(history)
    return history_from(value), value["key"]


def history_from(value: dict[str, Any]) -> ReplyHistory | None:
    """The reply history kept in the read model's meta row (see _keep_history)."""
    from unghost.domain.history import ReplyHistory

    if value["history"] is None:
        return None
    interview, application = value["history"]
    return ReplyHistory(_curve_from(interview), _curve_from(application))


def _keep_history(session: Session, history: ReplyHistory | None) -> str:
    from unghost.store.readmodel_rows import save_meta

    key = history_key(history)
    curves = None if history is None else [_curve_value(history.interview),
                                           _curve_value(history.application)]  # fmt: skip
    save_meta(session, _HISTORY, {"key": key, "history": curves})
    return key


def _row(
    app: Application, a: Assessment, today: date, basis: str, key: str, country: str
) -> dict[str, Any]:
    from unghost.domain.actions import REPLY, WAIT
    from unghost.domain.agenda import URGENCY

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
        "action_then": action.then, "action_why_en": action.why_in("en"),
        "action_why_zh": action.why_in("zh"),
        "agenda_kind": agenda_kind, "due_now_on": due_now, "overdue_business_days": overdue,
        "profile_key": _profile_key(app, country),
    }  # fmt: skip


def refresh(
    session: Session, ctx: Context, ids: Collection[int] | None, *, observe: bool = True
) -> int:
    """Recompute the rows (and, with `observe`, the observations) of `ids` (None: all) in the
    session's transaction; returns how many rows were written."""
    from unghost.memory import collector_paused

    with collector_paused():
        return _refresh(session, ctx, ids, observe=observe)


def _refresh(
    session: Session, ctx: Context, ids: Collection[int] | None, *, observe: bool = True
) -> int:
    """refresh() without the collector."""
    from unghost.domain.diagnosis import assess
    from unghost.domain.history import list_reply_observations
    from unghost.services.evidence import gather_evidence, parameters
    from unghost.store.readmodel_rows import (
        list_observations,
        replace_observations,
        replace_rows,
        replace_waits,
    )
    from unghost.store.repository import ApplicationRepository

    params, today, country = parameters(ctx), ctx.today, ctx.settings.country
    apps = ApplicationRepository(session).load_all(texts=False, ids=ids)
    history, key = current_history(session, params)
    if observe:
        found = [
            {"application_id": app.id, "phase": o.phase, "business_days": o.business_days,
             "replied": o.replied}
            for app in apps
            for o in list_reply_observations([app], today, params, default_country=country)
        ]  # fmt: skip
        before = list_observations(session, ids)
        after = sorted((o["application_id"], o["phase"], o["business_days"], o["replied"])
                       for o in found)  # fmt: skip
        gone = ids is not None and len(apps) != len(set(ids))  # deleted: cascaded away
        if before != after or ids is None or gone:
            replace_observations(session, ids, found)
            history = stored_history(session, params)
            key = _keep_history(session, history)
    evidence = gather_evidence(ctx, session, apps)
    basis = basis_of(ctx)
    rows = []
    waits: dict[int, list[Any]] = {}
    for app in apps:
        a = assess(
            app, today, params, default_country=country,
            contact_findings=evidence.contacts.get(app.ref, ()),
            posting_events=evidence.postings.get(app.ref, ()),
            mail_signals=evidence.signals.get(app.ref, ()),
            history=history, full_plan=False,
        )  # fmt: skip
        rows.append(_row(app, a, today, basis, key, country))
        if a.wait is not None and a.p_hear_back is not None and app.id is not None:
            waits[app.id] = _wait_entry(a, today)
    replace_rows(session, ids, rows)
    replace_waits(session, ids, waits)
    return len(rows)


def _wait_entry(a: Assessment, today: date) -> list[Any]:
    """What a waiting row's odds and action are made of besides the reply history: the
    phase, the prior's cure, mu and sigma, the effective silence, how the action reads the
    odds (domain/actions.py odds_gate) and the day (see `reprice`)."""
    from unghost.domain.actions import odds_gate

    wait = a.wait
    assert wait is not None
    gate = odds_gate(a.timeline, a.state, a.plan)
    return [a.timeline.phase, wait.cure, wait.mu, wait.sigma, a.silence, gate, today.isoformat()]


def reprice(session: Session, ctx: Context) -> set[int]:
    """`_reprice` with the collector paused (thousands of rows, no cycles among them)."""
    from unghost.memory import collector_paused

    with collector_paused():
        return _reprice(session, ctx)


def _reprice(session: Session, ctx: Context) -> set[int]:
    """The waiting rows computed with another reply history, priced again with the current
    one from their kept wait entries (no application loaded, no plan made): the odds, the
    history key and, where the action's reason says the odds, its words. A row whose
    action changes side of the move-on threshold, or that has no entry of its day, is
    computed again in full. The result equals a full recomputation (the same functions of
    the same numbers). Returns the rows whose agenda item changed (words or action)."""
    from unghost.domain.actions import FIXED, LOW, low_odds_action
    from unghost.domain.hearback import Wait, history_curve
    from unghost.services.evidence import parameters
    from unghost.store.readmodel import _day
    from unghost.store.readmodel_rows import list_waiting_rows, load_waits, update_odds

    params = parameters(ctx)
    history, key = current_history(session, params)
    stale = list_waiting_rows(session, key)
    if not stale:
        return set()
    entries = load_waits(session, [row[0] for row in stale] if len(stale) < 2000 else None)
    threshold = params.followup.move_on_below
    curves = {phase: history_curve(history, phase, params.hearback)
              for phase in ("interview", "application")}  # fmt: skip
    changes: list[dict[str, Any]] = []
    again: list[int] = []
    worded: set[int] = set()
    days: dict[Any, tuple[date | None, str]] = {}  # the few distinct days, read once each
    for app_id, as_of, old_p, action_on, old_words in stale:
        entry = entries.get(app_id)
        if as_of not in days:
            found = _day(as_of)
            days[as_of] = (found, found.isoformat() if found else "")
        day, iso = days[as_of]
        if entry is None or day is None or entry[6] != iso or old_p is None:
            again.append(app_id)
            continue
        phase, cure, mu, sigma, silence, gate = entry[:6]
        curve, weight = curves.get(phase) or history_curve(history, phase, params.hearback)
        p = Wait(day, cure, mu, sigma, 0.0, None, curve, weight).p_hear_back(silence)
        change: dict[str, Any] = {"row_id": app_id, "p": p, "key": key}
        if gate != FIXED:
            low = gate == LOW or p < threshold
            if gate != LOW and low != (old_p < threshold):
                again.append(app_id)  # the action itself changes: plan it again
                continue
            if low:
                on = _day(action_on)
                assert on is not None  # a move-on row has its day
                action = low_odds_action(on, day.year, p)
                words = action.why_in("en")
                if words != old_words:  # the percent it says moved
                    change["action_why_en"] = words
                    change["action_why_zh"] = action.why_in("zh")
                    worded.add(app_id)
        changes.append(change)
    update_odds(session, changes)
    if again:
        refresh(session, ctx, again, observe=False)
    return worded | set(again)


def _stored_key(session: Session) -> str | None:
    """The key of the reply history the read model keeps, None when it keeps none."""
    from unghost.store.readmodel_rows import find_meta

    value = find_meta(session, _HISTORY)
    return str(value["key"]) if value else None


def refresh_touched(session: Session, ctx: Context) -> None:
    """Before a write commits: the rows of what it touched, in its own transaction."""
    from unghost.store import dataversion, importhash
    from unghost.store.readmodel_rows import delete_meta, drop, list_company_application_ids
    from unghost.store.readsync import TOUCHED_KEY

    touched = session.info.get(TOUCHED_KEY)
    if not touched:
        if session.info.get(importhash.PENDING_KEY):
            importhash.settle(session, ())  # an import that found nothing to change
        return
    session.flush()
    ids = set(touched.ids)
    if touched.companies and not touched.everything:
        ids.update(list_company_application_ids(session, touched.companies))
    importhash.settle(session, None if touched.everything else ids)
    key_before = _stored_key(session)
    if touched.everything or len(ids) > WRITE_LIMIT:
        # too many to compute inside the write: drop them; a read computes them (see module)
        drop(session, None if touched.everything else ids)
        delete_meta(session, _HISTORY)
    elif ids:
        refresh(session, ctx, ids)
    # the data version moves in the same transaction, naming what this write touched
    key_after = _stored_key(session)
    moved = key_after is None or key_after != key_before
    if moved and key_after is not None:
        # every waiting row's odds moved: priced again here, from their kept entries (a few
        # float operations each), so no read has to plan them again; the rows whose agenda
        # item changed with them are logged as touched
        ids |= reprice(session, ctx)
    dataversion.bump(session, None if touched.everything else ids, history_moved=moved)
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


def find_stale(
    session: Session, ctx: Context, *, rows: bool = True, ids: Collection[int] | None = None
) -> Staleness:
    from unghost.services.evidence import parameters
    from unghost.store.readmodel_rows import list_dated, list_waiting_read_with_other_history

    dated = list_dated(session, ctx.today, basis_of(ctx), ids)
    if dated or not rows:
        return Staleness(dated, [], "")
    _, key = current_history(session, parameters(ctx))
    return Staleness([], list_waiting_read_with_other_history(session, key, ids), key)


def ensure_current(ctx: Context, *, rows: bool = True, ids: Collection[int] | None = None) -> None:
    """Make the stored model answer for today: the rows of another day (and, with `rows`, the
    odds of another history) are computed once and stored, so the next read finds them.
    With `ids`, a reader that knows the other rows current looks at those only (at most a
    few hundred: a write's)."""
    with ctx.reading() as session:
        if not find_stale(session, ctx, rows=rows, ids=ids):
            return
    with ctx.transaction() as session:
        stale = find_stale(session, ctx, rows=rows)
        if stale.dated:
            everything = len(stale.dated) > WRITE_LIMIT
            refresh(session, ctx, None if everything else stale.dated)
            stale = find_stale(session, ctx, rows=rows)
        if stale.history:
            reprice(session, ctx)


def rebuild(ctx: Context) -> dict[str, int]:
    """Compute the whole read model again from the records (it is derived data)."""
    from unghost.store.readmodel_rows import count_observations
    from unghost.store.statistics import analyse_after_bulk

    with ctx.transaction() as session:
        count = refresh(session, ctx, None)
        observations = count_observations(session)
        analyse_after_bulk(session, count, ("readmodel_rows", "readmodel_observations"))
    return {"applications": count, "observations": observations}
