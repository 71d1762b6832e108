"""The agenda and the list's facts read from the stored read model (services/readmodel.py):
an indexed query over the rows that are current for today (store/readview_rows.py), no
assessment recomputed."""

from __future__ import annotations

from collections.abc import Collection
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from unghost.bootstrap import Context

if TYPE_CHECKING:
    from unghost.domain.actions import NextAction
    from unghost.domain.agenda import Agenda, AgendaItem
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


def agenda_items(
    ctx: Context, ids: Collection[int] | None = None, days_ahead: int = 7
) -> dict[int, tuple[bool, AgendaItem]]:
    """The agenda's items of `ids` (None: all), by application id, each with whether it is
    due now (else this week); an application off the agenda is absent."""
    from unghost.domain.agenda import AgendaItem
    from unghost.memory import collector_paused
    from unghost.services.readmodel import ensure_current
    from unghost.store.readmodel import _day
    from unghost.store.readview_rows import list_agenda_rows

    ensure_current(ctx, ids=ids)
    horizon = ctx.today + timedelta(days=days_ahead)
    found: dict[int, tuple[bool, AgendaItem]] = {}
    with collector_paused():
        with ctx.reading() as session:
            rows = list_agenda_rows(session, horizon, ids)
        for (
            app_id,
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
        ) in rows:
            day, due = _day(on), _day(due_now)
            assert day is not None and due is not None  # agenda rows have both
            item = AgendaItem(ref=ref, company=company, role=role, kind=kind, on=day,
                              action=_action(a_kind, day, then, en, zh),
                              overdue_business_days=overdue)  # fmt: skip
            found[app_id] = (day <= due, item)
    return found


def agenda_of(ctx: Context, items: Collection[tuple[bool, AgendaItem]]) -> Agenda:
    """The agenda of `items` (agenda_items' values), most urgent first."""
    from unghost.domain.agenda import Agenda, sort_items

    now_items = [item for now, item in items if now]
    week_items = [item for now, item in items if not now]
    return Agenda(as_of=ctx.today, today=sort_items(now_items), this_week=sort_items(week_items))


def read_agenda(ctx: Context, days_ahead: int = 7) -> Agenda:
    """Today's agenda: the actions due within `days_ahead` days, most urgent first."""
    return agenda_of(ctx, agenda_items(ctx, None, days_ahead).values())


def facts_by_id(ctx: Context, ids: Collection[int] | None = None) -> dict[int, Facts]:
    """State, odds, silence and next action of `ids` (None: every application), by id."""
    from unghost.memory import collector_paused
    from unghost.services.assessment import Facts
    from unghost.services.readmodel import ensure_current
    from unghost.store.readmodel import _day
    from unghost.store.readview_rows import list_facts_rows

    ensure_current(ctx, ids=ids)
    found: dict[int, Facts] = {}
    with collector_paused():
        with ctx.reading() as session:
            rows = list_facts_rows(session, ids)
        for app_id, ref, state, p, days, since, kind, on, then, en, zh in rows:
            found[app_id] = Facts(ref, state, p, days, _day(since),
                                  _action(kind, _day(on), then, en, zh))  # fmt: skip
    return found


def read_facts(ctx: Context) -> dict[str, Facts]:
    """State, odds, silence and next action of every application, by ref."""
    found = facts_by_id(ctx)
    return {found[i].ref: found[i] for i in sorted(found)}


def agenda_data(ctx: Context, days_ahead: int = 7, language: str = "en") -> dict[str, Any]:
    """`Agenda.to_dict(language)` of today's agenda. On a SQLite file whose stored rows are
    current it is read with the stdlib driver and no planning code (a CLI run then imports
    neither SQLAlchemy nor the domain); otherwise through read_agenda."""
    target = ctx.settings.db
    if "://" not in target and target != ":memory:":
        from pathlib import Path

        from unghost.services.readmodel import basis_of
        from unghost.store.engine import HEAD
        from unghost.store.readmodel import read_agenda_sqlite

        horizon = ctx.today + timedelta(days=days_ahead)
        path = Path(target).expanduser()
        found = read_agenda_sqlite(path, HEAD, ctx.today, basis_of(ctx), horizon, ctx.owner_id)
        if found is not None:
            return _agenda_dict(ctx, found, language)
    return read_agenda(ctx, days_ahead).to_dict(language)


def _agenda_dict(ctx: Context, found: list[Any], language: str) -> dict[str, Any]:
    from unghost.domain.urgency import URGENCY

    now_items: list[tuple[Any, ...]] = []
    week_items: list[tuple[Any, ...]] = []
    for ref, company, role, kind, on, then, en, zh, overdue, due_now in found:
        item: dict[str, Any] = {"ref": ref, "company": company, "role": role, "kind": kind,
                                "on": on, "why": (zh or en) if language == "zh" else en}  # fmt: skip
        if kind == "reply":
            item["reply_to"] = then
        item["overdue_business_days"] = overdue
        key = (URGENCY[kind], -overdue, on, ref)
        (now_items if on <= due_now else week_items).append((key, item))
    return {
        "as_of": ctx.today.isoformat(),
        "today": [item for _, item in sorted(now_items, key=lambda p: p[0])],
        "this_week": [item for _, item in sorted(week_items, key=lambda p: p[0])],
    }
