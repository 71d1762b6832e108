"""The list of applications (search, filters, sort, state in the URL), bulk actions, archive."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool

from unghost.bootstrap import Context
from unghost.domain.listing import SORTS, ListQuery, Row, parse_list_query
from unghost.domain.records import Status
from unghost.errors import InvalidInputError
from unghost.web import views
from unghost.web.deps import Ctx, require_csrf, web_state
from unghost.web.rendering import render

if TYPE_CHECKING:
    from unghost.services.web_queries import Column
    from unghost.web.state import WebState

router = APIRouter(dependencies=[Depends(require_csrf)], include_in_schema=False)
PAGE_ROWS = 100  # rows shown per step of "show more"; the page stays fast at 10k
MAX_ROWS = 5000
QUERIES_KEPT = 16
T = TypeVar("T")


def see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def query_of(request: Request) -> ListQuery:
    return parse_list_query(request.query_params.multi_items())


def per_query(web: WebState, ctx: Context, family: str, key: str, compute: Callable[[], T]) -> T:
    """`compute()` once per query and data state. The last QUERIES_KEPT queries are kept: a
    search typed letter by letter must not fill the memory with old answers."""
    store: dict[str, Any] = web.cached(f"{family}-by-query", views.fingerprint(web, ctx), dict)
    if key not in store:
        while len(store) >= QUERIES_KEPT:
            store.pop(next(iter(store)), None)
        store[key] = compute()
    return store[key]  # type: ignore[no-any-return]


def find_rows(web: WebState, ctx: Context, query: ListQuery, *, actions: bool = False) -> list[Row]:
    """The list's rows, once per query and data state, from the app's cached reads; with
    `actions`, each row carries its next action from Today's agenda."""
    key = f"{int(actions)}?{urlencode(query.params())}"
    return per_query(web, ctx, "rows", key, lambda: _find_rows(web, ctx, query, actions=actions))


def _find_rows(web: WebState, ctx: Context, query: ListQuery, *, actions: bool) -> list[Row]:
    from unghost.services.listing import find_applications, search_texts

    mark = views.fingerprint(web, ctx)
    summaries = views.cached_summaries(web, ctx)
    # odds and silence from the one assessment that the application page and Today read
    facts = views.cached_facts(web, ctx)
    texts = web.cached("texts", mark, lambda: search_texts(ctx)) if query.text else {}
    wants_agenda = actions or query.needs_action or query.sort == "next"
    agenda = views.cached_agenda(web, ctx) if wants_agenda else None
    return find_applications(ctx, query, summaries=summaries, facts=facts, agenda=agenda,
                             texts=texts)  # fmt: skip


def board_columns(rows: list[Row], query: ListQuery, per_column: int) -> list[Column]:
    """Board columns in the list's order; a stage filter shows only those stages."""
    from unghost.services.web_queries import BOARD_STATUSES, Card, Column

    shown = [s for s in BOARD_STATUSES if not query.stages or s in query.stages]
    cards: dict[Status, list[Card]] = {s: [] for s in shown}
    totals = dict.fromkeys(shown, 0)
    for r in rows:
        s = r.summary
        if s.status not in cards:
            continue
        totals[s.status] += 1
        if len(cards[s.status]) < per_column:
            cards[s.status].append(Card(s.ref, s.company, s.title, s.status, s.country,
                                        r.facts))  # fmt: skip
    return [Column(s, totals[s], tuple(cards[s])) for s in shown]


def known_tags(rows: list[Row]) -> list[str]:
    """Every tag in use (case-insensitively one), for the tag box's suggestions."""
    seen: dict[str, str] = {}
    for r in rows:
        for tag in r.summary.tags:
            seen.setdefault(tag.casefold(), tag)
    return sorted(seen.values(), key=str.casefold)


def filter_values(query: ListQuery, path: str, request: Request | None = None,
                  known: list[str] | None = None) -> dict[str, Any]:  # fmt: skip
    """What the filter bar needs: the query, the choices, and a link to clear it; with the
    request, the bar itself rendered once per language and query (it has no CSRF token)."""
    values = {"query": query, "sorts": SORTS, "statuses": list(Status), "list_path": path,
              "query_string": urlencode(query.params()), "known_tags": known or []}  # fmt: skip
    if request is not None:
        from unghost.web.i18n import translate
        from unghost.web.rendering import environment, language

        lang = language(request)
        web = web_state(request)
        key = f"{lang}?{values['query_string']}"

        def build() -> Markup:
            context = {"t": lambda k, **kw: translate(lang, k, **kw), "lang": lang, **values}
            return Markup(environment().get_template("_filters.html").render(context))

        # the bar changes with the data only through its tag suggestions
        mark = views.fingerprint(web, web.context()) if known else "static"
        store: dict[str, Markup] = web.cached(f"filters:{path}", mark, dict)
        if key not in store:
            while len(store) >= QUERIES_KEPT:
                store.pop(next(iter(store)), None)
            store[key] = build()
        values["filters_html"] = store[key]
    return values


@router.get("/applications")
def list_page(request: Request, ctx: Ctx, limit: int = PAGE_ROWS) -> Response:
    web = web_state(request)
    query = query_of(request)
    rows = find_rows(web, ctx, query, actions=True)
    shown = max(PAGE_ROWS, min(limit, MAX_ROWS))
    tags = per_query(
        web, ctx, "tags", "", lambda: known_tags(find_rows(web, ctx, ListQuery(archived="all")))
    )
    values = {
        **filter_values(query, "/applications", request, tags[:200]), "rows": rows[:shown],
        "total": len(rows),
        "more_url": "/applications?" + urlencode([*query.params(), ("limit", shown + PAGE_ROWS)]),
        "empty_store": views.application_count(
            web, ctx, views.fingerprint(web, ctx)) == 0,
        "done": request.query_params.get("done"),
    }  # fmt: skip
    return render(request, "list.html", values)


@router.post("/applications/bulk")
async def bulk(request: Request, ctx: Ctx) -> Response:
    from unghost.services.listing import BULK_ACTIONS, bulk_edit

    form = await request.form()
    refs = [str(r) for r in form.getlist("ref")]
    action = str(form.get("action") or "")
    back = _local(str(form.get("back") or "/applications"))
    if action in ("export-json", "export-csv"):
        if not refs:
            raise InvalidInputError("select at least one application")
        return await run_in_threadpool(views.export_response, ctx, action[7:], refs)
    if action not in BULK_ACTIONS:
        raise InvalidInputError(f"{action!r} is not an action")
    value = str(form.get("stage" if action == "move" else "tags") or "").strip()
    changed = await run_in_threadpool(bulk_edit, ctx, refs, action, value)
    joiner = "&" if "?" in back else "?"
    return see_other(f"{back}{joiner}{urlencode({'done': f'{action}:{changed}'})}")


@router.post("/applications/{ref}/archive")
async def archive(request: Request, ref: str, ctx: Ctx) -> Response:
    from unghost.services.applications import edit_application

    form = await request.form()
    archived = str(form.get("archived") or "") == "1"
    await run_in_threadpool(edit_application, ctx, ref, {"archived": archived})
    return see_other(f"/applications/{ref}")


def _local(url: str) -> str:
    """A path of this app only: the form's `back` never sends the browser elsewhere."""
    if not url.startswith("/") or url.startswith("//") or "\\" in url:
        return "/applications"
    return url
