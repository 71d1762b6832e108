"""Shared shaping for pages and API: records to dicts, edit parsing, and the cached slow reads."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from fastapi.responses import Response

from unghost.bootstrap import Context
from unghost.domain.records import Application, Status
from unghost.errors import InvalidInputError
from unghost.store.readmodel import Summary

if TYPE_CHECKING:
    from unghost.domain.agenda import Agenda
    from unghost.services.assessment import Facts
    from unghost.services.postings import PostingLook
    from unghost.services.web_queries import Column, Insights
    from unghost.web.state import WebState

DATE_FIELDS = frozenset({"applied_on", "posted_on", "closed_on"})
BOOL_FIELDS = frozenset({"funding_pending", "hiring_freeze", "new_position"})


def _salary(value: Any) -> Any:
    """A salary as JSON gives it: the unghost/v1 object, or salary text."""
    from unghost.interchange.v1 import parse_application

    app, problems = parse_application({"company": "-", "role": {"title": "-", "salary": value}},
                                      "salary", None)  # type: ignore[arg-type]  # no times read  # fmt: skip
    if app is None:
        raise InvalidInputError("; ".join(p.message for p in problems))
    return app.role.salary


MANAGE_KEYS = frozenset({"tags", "add_tags", "remove_tags", "rating", "work_mode", "archived",
                         "salary"})  # fmt: skip


def _parse_manage(key: str, value: Any) -> Any:
    from unghost.interchange.fields import parse_bool
    from unghost.interchange.manage import parse_rating, parse_tags, parse_work_mode

    parsers = {"rating": parse_rating, "work_mode": parse_work_mode, "archived": parse_bool,
               "salary": _salary}  # fmt: skip
    return parsers.get(key, parse_tags)(value)


def summary_dict(s: Summary, facts: Facts | None) -> dict[str, Any]:
    """One application in the API's list; state, odds and silence from the one assessment."""
    return {"id": s.id, "ref": s.ref, "company": s.company, "title": s.title,
            "status": s.status.value, "country": s.country,
            "applied_on": s.applied_on.isoformat() if s.applied_on else None,
            "last_activity": s.last_activity.isoformat() if s.last_activity else None,
            **(facts.to_dict() if facts else {"state": None, "p_hear_back": None,
                                              "silence": None, "next_action": None}),
            "tags": list(s.tags), "rating": s.rating, "archived": s.archived}  # fmt: skip


def cached_facts(web: WebState, ctx: Context) -> dict[str, Facts]:
    """Every application's Facts by ref (the Board, the list and the API), read from the
    stored read model once, then only the applications a write touched."""
    from unghost.services.readviews import facts_by_id

    mark = fingerprint(web, ctx)
    rows = web.table("facts", mark, lambda ids: facts_by_id(ctx, ids))
    return web.cached("facts", mark, lambda: {rows[i].ref: rows[i] for i in sorted(rows)})


def cached_summaries(web: WebState, ctx: Context) -> list[Summary]:
    """Every application's summary in id order, loaded once, then only what a write touched."""
    from unghost.services.applications import summaries_of

    mark = fingerprint(web, ctx)
    rows = web.table("summaries", mark, lambda ids: summaries_of(ctx, ids))
    return web.cached("summaries", mark, lambda: [rows[i] for i in sorted(rows)])


def application_dict(app: Application) -> dict[str, Any]:
    from unghost.interchange.v1 import render_application

    return {"id": app.id, "version": app.version, **render_application(app)}


def parse_version(value: object) -> int | None:
    """The version a client read, from `If-Match: "3"` (or W/"3") or a JSON `version`."""
    if value is None or value == "":
        return None
    text = str(value).strip().removeprefix("W/").strip('"')
    if not text.isdigit():
        raise InvalidInputError(f"version: {value!r} is not a version number")
    return int(text)


def parse_changes(raw: dict[str, Any]) -> dict[str, Any]:
    """JSON or form values to the typed changes `edit_application` takes."""
    from unghost.interchange.fields import FieldError, parse_date

    changes: dict[str, Any] = {}
    for key, value in raw.items():
        if isinstance(value, str):
            value = value.strip() or None
        if key == "status":
            if value not in Status._value2member_map_:
                raise InvalidInputError(f"status: {value!r} is not a stage")
            changes[key] = Status(value)
        elif key in DATE_FIELDS and value is not None:
            try:
                changes[key] = parse_date(str(value))
            except FieldError as exc:
                raise InvalidInputError(f"{key}: {exc}") from None
        elif key in BOOL_FIELDS:
            changes[key] = value in (True, "true", "on", "1", "yes")
        elif key == "country" and value is not None:
            changes[key] = str(value).upper()
        elif key == "fiscal_year_end_month" and value is not None:
            changes[key] = int(value)
        elif key in MANAGE_KEYS:
            changes[key] = None if value is None else _parse_manage(key, value)
        else:
            changes[key] = value
    return changes


def look_dict(look: PostingLook) -> dict[str, Any]:
    return {"checked_at": look.checked_at.isoformat(), "state": look.state,
            "confirmed": look.confirmed, "reason": look.reason}  # fmt: skip


def fingerprint(web: WebState, ctx: Context) -> tuple[Any, ...]:
    """What every cached page depends on besides the data (the day, the parameters and
    default country); the cache is first brought to the store's data version (`sync`)."""
    from unghost.services.readmodel import basis_of

    web.sync(ctx)
    return (ctx.today, basis_of(ctx))


def application_count(web: WebState, ctx: Context, mark: tuple[Any, ...]) -> int:
    from unghost.services.web_queries import count_applications

    return web.cached("count", mark, lambda: count_applications(ctx))


def cached_agenda(web: WebState, ctx: Context) -> Agenda:
    """Today's agenda from the stored read model: its items loaded once, then only those of
    the applications a write touched; sorted again once per data state."""
    from unghost.services.readviews import agenda_items, agenda_of

    mark = fingerprint(web, ctx)
    items = web.table("agenda", mark, lambda ids: agenda_items(ctx, ids))
    if len(items) < _AGENDA_KEPT_SORTED:
        return web.cached("agenda", mark, lambda: agenda_of(ctx, items.values()))
    index = web.derived("agenda-order", mark, items, _AgendaOrder, _AgendaOrder.patched)
    return web.cached("agenda", mark, lambda: index.agenda(ctx.today, items))


# From this many agenda items on, their order is kept across writes (a write moves its own
# items in it) instead of sorting them all again after each one.
_AGENDA_KEPT_SORTED = 500


class _AgendaOrder:
    """The agenda's two lists in sort_items' order, as (urgency key, application id): a
    write's items are taken out and put back in their place (bisect), the rest stay. Never
    changed once made (a patch works on copies of the lists)."""

    __slots__ = ("now", "week")

    def __init__(self, items: dict[int, tuple[bool, Any]]) -> None:
        from unghost.domain.agenda import urgency_key

        self.now = sorted((urgency_key(item), i) for i, (now, item) in items.items() if now)
        self.week = sorted((urgency_key(item), i) for i, (now, item) in items.items() if not now)

    def patched(self, old: dict[int, tuple[bool, Any]],
                new: dict[int, tuple[bool, Any]]) -> _AgendaOrder:  # fmt: skip
        from bisect import bisect_left, insort

        from unghost.domain.agenda import urgency_key

        changed = [i for i, v in new.items() if old.get(i) is not v]
        changed += [i for i in old if i not in new]
        if len(changed) * 4 > len(new):
            return _AgendaOrder(new)
        moved = _AgendaOrder({})  # copies: a reader of this one may still be using its lists
        moved.now, moved.week = list(self.now), list(self.week)
        for i in changed:
            if i in old:
                now, item = old[i]
                place = moved.now if now else moved.week
                entry = (urgency_key(item), i)
                at = bisect_left(place, entry)
                if at < len(place) and place[at] == entry:
                    del place[at]
            if i in new:
                now, item = new[i]
                insort(moved.now if now else moved.week, (urgency_key(item), i))
        return moved

    def agenda(self, today: Any, items: dict[int, tuple[bool, Any]]) -> Agenda:
        from unghost.domain.agenda import Agenda

        return Agenda(as_of=today, today=tuple(items[i][1] for _, i in self.now),
                      this_week=tuple(items[i][1] for _, i in self.week))  # fmt: skip


def cached_application_page(web: WebState, ctx: Context, ref: str, language: str) -> Any:
    """The application page's values once per language, until a write touches it (the CSRF
    token is put in when the page is rendered, so one cached value serves every session)."""
    from unghost.web.appview import application_page

    return web.cached(f"application:{ref}:{language}", fingerprint(web, ctx),
                      lambda: application_page(ctx, ref, language),
                      scope=lambda values: values["app"].id)  # fmt: skip


def default_board(web: WebState, ctx: Context, per_column: int) -> list[Column]:
    """The Board of the default query (active applications, longest silence first): each
    column's order kept across writes (a write moves its own cards), its first
    `per_column` cards made once per data state. Equals pages_list.board_columns of the
    default query's rows."""
    from unghost.services.applications import summaries_of
    from unghost.services.readviews import facts_by_id

    mark = fingerprint(web, ctx)
    summaries = web.table("summaries", mark, lambda ids: summaries_of(ctx, ids))
    facts = web.table("facts", mark, lambda ids: facts_by_id(ctx, ids))
    order = web.derived("board-order", mark, (summaries, facts), _BoardOrder,
                        _BoardOrder.patched)  # fmt: skip
    return web.cached("board-columns", mark, lambda: order.columns(summaries, facts, per_column))


class _BoardOrder:
    """Each Board column's applications as (sort key, id) in the default list order (the
    list's `silence` sort: longest silence first, then the ref); never changed once made."""

    __slots__ = ("columns_of",)

    def __init__(self, sources: tuple[dict[int, Summary], dict[int, Facts]]) -> None:
        from unghost.services.web_queries import BOARD_STATUSES

        summaries, facts = sources
        self.columns_of: dict[Status, list[tuple[Any, int]]] = {s: [] for s in BOARD_STATUSES}
        for i, s in summaries.items():
            place = self.columns_of.get(s.status)
            if place is not None and not s.archived:
                place.append((_board_key(s, facts.get(i)), i))
        for place in self.columns_of.values():
            place.sort()

    def patched(self, old: tuple[dict[int, Summary], dict[int, Facts]],
                new: tuple[dict[int, Summary], dict[int, Facts]]) -> _BoardOrder:  # fmt: skip
        from bisect import bisect_left, insort

        (old_s, old_f), (new_s, new_f) = old, new
        changed = {i for i, v in new_s.items() if old_s.get(i) is not v}
        changed |= {i for i, v in new_f.items() if old_f.get(i) is not v}
        changed |= {i for i in old_s if i not in new_s} | {i for i in old_f if i not in new_f}
        if len(changed) * 4 > len(new_s):
            return _BoardOrder(new)
        moved = _BoardOrder(({}, {}))
        moved.columns_of = dict(self.columns_of)
        copied: set[Status] = set()

        def column(status: Status) -> list[tuple[Any, int]] | None:
            if status not in moved.columns_of:
                return None
            if status not in copied:  # copy on write: readers may hold the old lists
                moved.columns_of[status] = list(moved.columns_of[status])
                copied.add(status)
            return moved.columns_of[status]

        for i in changed:
            s = old_s.get(i)
            place = column(s.status) if s is not None and not s.archived else None
            if s is not None and place is not None:
                entry = (_board_key(s, old_f.get(i)), i)
                at = bisect_left(place, entry)
                if at < len(place) and place[at] == entry:
                    del place[at]
            s = new_s.get(i)
            place = column(s.status) if s is not None and not s.archived else None
            if s is not None and place is not None:
                insort(place, (_board_key(s, new_f.get(i)), i))
        return moved

    def columns(self, summaries: dict[int, Summary], facts: dict[int, Facts],
                per_column: int) -> list[Column]:  # fmt: skip
        from unghost.services.web_queries import Card, Column

        out = []
        for status, place in self.columns_of.items():
            cards = []
            for _, i in place[:per_column]:
                s = summaries[i]
                cards.append(Card(s.ref, s.company, s.title, s.status, s.country, facts.get(i)))
            out.append(Column(status, len(place), tuple(cards)))
        return out


def _board_key(s: Summary, facts: Facts | None) -> tuple[int, str]:
    """domain/listing.py's `silence` order within one stage (its first part is the stage's)."""
    days = facts.silence_business_days if facts is not None else None
    return (-(days if days is not None else -1), s.ref)


def board_columns(web: WebState, ctx: Context, per_column: int) -> list[Column]:
    from unghost.services.web_queries import build_board

    summaries = cached_summaries(web, ctx)
    active = [s for s in summaries if not s.archived]  # archived: off the Board
    return build_board(active, cached_facts(web, ctx), per_column=per_column)


def cached_insights(web: WebState, ctx: Context) -> Insights:
    from unghost.services.web_queries import load_insights

    return web.cached("insights", fingerprint(web, ctx), lambda: load_insights(ctx))


def export_response(ctx: Context, fmt: str, refs: list[str] | None = None) -> Response:
    from unghost.services.transfer import export_applications

    buffer = io.StringIO()
    export_applications(ctx, buffer, fmt, refs=refs)
    kind = "application/json" if fmt == "json" else "text/csv"
    name = f"unghost-{ctx.today.isoformat()}.{fmt}"
    return Response(buffer.getvalue().encode("utf-8"), media_type=f"{kind}; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})  # fmt: skip
