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


_AGENDA_SQL = """
SELECT a.ref, c.name, a.title, r.agenda_kind, r.action_on, r.action_kind, r.action_then,
       r.action_why_en, r.action_why_zh, r.overdue_business_days, r.due_now_on
FROM readmodel_rows r
JOIN applications a ON a.id = r.application_id
JOIN companies c ON c.id = a.company_id
WHERE r.agenda_kind IS NOT NULL AND r.action_on <= %s AND a.archived = %s
"""
_FACTS_SQL = """
SELECT a.ref, r.state, r.p_hear_back, r.silence_business_days, r.silent_since, r.action_kind,
       r.action_on, r.action_then, r.action_why_en, r.action_why_zh
FROM readmodel_rows r JOIN applications a ON a.id = r.application_id
ORDER BY a.id
"""


def _rows(ctx: Context, sql: str, *values: Any) -> list[Any]:
    """Plain driver rows: the ORM's per-value processing costs more than the query here."""
    with ctx.reading() as session:
        conn = session.connection()
        style = conn.dialect.paramstyle  # qmark on SQLite, pyformat / format on PostgreSQL
        text = sql.replace("%s", "?") if style == "qmark" else sql
        return list(conn.exec_driver_sql(text, tuple(values)).fetchall())


def read_agenda(ctx: Context, days_ahead: int = 7) -> Agenda:
    """Today's agenda: the actions due within `days_ahead` days, most urgent first."""
    from unghost.domain.agenda import Agenda, AgendaItem, sort_items
    from unghost.services.readmodel import ensure_current
    from unghost.store.readmodel import _day

    ensure_current(ctx)
    today = ctx.today
    horizon = today + timedelta(days=days_ahead)
    now_items: list[AgendaItem] = []
    week_items: list[AgendaItem] = []
    found = _rows(ctx, _AGENDA_SQL, horizon.isoformat() if _sqlite(ctx) else horizon, False)
    for ref, company, role, kind, on, a_kind, then, en, zh, overdue, due_now in found:
        day, due = _day(on), _day(due_now)
        assert day is not None and due is not None  # agenda rows have both
        item = AgendaItem(ref=ref, company=company, role=role, kind=kind, on=day,
                          action=_action(a_kind, day, then, en, zh),
                          overdue_business_days=overdue)  # fmt: skip
        (now_items if day <= due else week_items).append(item)
    return Agenda(as_of=today, today=sort_items(now_items), this_week=sort_items(week_items))


def _sqlite(ctx: Context) -> bool:
    return bool(ctx.engine.dialect.name == "sqlite")


def read_facts(ctx: Context) -> dict[str, Facts]:
    """State, odds, silence and next action of every application, by ref."""
    from unghost.services.assessment import Facts
    from unghost.services.readmodel import ensure_current
    from unghost.store.readmodel import _day

    ensure_current(ctx)
    return {
        ref: Facts(ref, state, p, days, _day(since), _action(kind, _day(on), then, en, zh))
        for ref, state, p, days, since, kind, on, then, en, zh in _rows(ctx, _FACTS_SQL)
    }


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
