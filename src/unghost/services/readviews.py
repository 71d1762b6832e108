"""The agenda and the list's facts read from the stored read model (services/readmodel.py):
an indexed query over the rows that are current for today, no assessment recomputed."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from unghost.bootstrap import Context

if TYPE_CHECKING:
    from unghost.domain.actions import NextAction
    from unghost.domain.agenda import Agenda
    from unghost.services.assessment import Facts


class _Stored:
    """A next action's reason as stored, in each language (the callable NextAction takes)."""

    __slots__ = ("words",)

    def __init__(self, words: dict[str, str]) -> None:
        self.words = words

    def __call__(self, language: str) -> str:
        return self.words.get(language) or self.words["en"]


def _action(kind: str, on: Any, then: str | None, en: str, zh: str) -> NextAction:
    from unghost.domain.actions import NextAction

    return NextAction(kind, on, _Stored({"en": en, "zh": zh}), then)


def read_agenda(ctx: Context, days_ahead: int = 7) -> Agenda:
    """Today's agenda: the actions due within `days_ahead` days, most urgent first."""
    from sqlalchemy import select

    from unghost.domain.agenda import Agenda, AgendaItem, sort_items
    from unghost.services.readmodel import ensure_current
    from unghost.store.models import ApplicationRow as A
    from unghost.store.models import CompanyRow as C
    from unghost.store.models import ReadModelRow as R

    ensure_current(ctx)
    today = ctx.today
    horizon = today + timedelta(days=days_ahead)
    query = (
        select(A.ref, C.name, A.title, R.agenda_kind, R.action_on, R.action_kind, R.action_then,
               R.action_why_en, R.action_why_zh, R.overdue_business_days, R.due_now_on)
        .join(A, A.id == R.application_id).join(C, C.id == A.company_id)
        .where(R.agenda_kind.is_not(None), R.action_on <= horizon, A.archived.is_(False))
    )  # fmt: skip
    now_items: list[AgendaItem] = []
    week_items: list[AgendaItem] = []
    with ctx.reading() as session:
        for (
            ref,
            company,
            role,
            kind,
            on,
            a_kind,
            then,
            en,
            zh,
            overdue,
            due_now,
        ) in session.connection().execute(query):
            assert kind and on and due_now  # the query keeps agenda rows, which have all three
            item = AgendaItem(ref=ref, company=company, role=role, kind=kind, on=on,
                              action=_action(a_kind, on, then, en, zh),
                              overdue_business_days=overdue)  # fmt: skip
            (now_items if on <= due_now else week_items).append(item)
    return Agenda(as_of=today, today=sort_items(now_items), this_week=sort_items(week_items))


def read_facts(ctx: Context) -> dict[str, Facts]:
    """State, odds, silence and next action of every application, by ref."""
    from sqlalchemy import select

    from unghost.services.assessment import Facts
    from unghost.services.readmodel import ensure_current
    from unghost.store.models import ApplicationRow as A
    from unghost.store.models import ReadModelRow as R

    ensure_current(ctx)
    query = select(A.ref, R.state, R.p_hear_back, R.silence_business_days, R.silent_since,
                   R.action_kind, R.action_on, R.action_then, R.action_why_en, R.action_why_zh
                   ).join(A, A.id == R.application_id).order_by(A.id)  # fmt: skip
    with ctx.reading() as session:
        return {
            ref: Facts(ref, state, p, days, since, _action(kind, on, then, en, zh))
            for ref, state, p, days, since, kind, on, then, en, zh in session.connection().execute(
                query
            )
        }
