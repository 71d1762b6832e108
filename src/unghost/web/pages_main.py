"""Pages of the tracker: Today, Board (with moves), one application, and the add/edit forms."""

from __future__ import annotations

from functools import partial
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup, escape

from unghost.bootstrap import Context
from unghost.domain.records import Status
from unghost.errors import ChangedMeanwhileError, ConflictError, InvalidInputError
from unghost.web import views
from unghost.web.deps import Ctx, require_csrf, web_state
from unghost.web.forms import (
    FIELDS,
    ApplicationForm,
    applied_on,
    changes_of,
    form_from_app,
    parse_form,
)
from unghost.web.i18n import translate
from unghost.web.manage_form import check_future, manage_changes
from unghost.web.rendering import cached_fragment, language, render

router = APIRouter(dependencies=[Depends(require_csrf)], include_in_schema=False)
PER_COLUMN = 40
AGENDA_LIMIT = 40  # items shown per list; the rest are counted


def see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


@router.get("/")
def home() -> Response:
    return see_other("/today")


@router.get("/today")
def today(request: Request, ctx: Ctx) -> Response:
    from unghost.services.review import list_proposals

    web = web_state(request)
    mark = views.fingerprint(web, ctx)
    if views.application_count(web, ctx, mark) == 0:  # empty: offer import or demo data
        return render(request, "welcome.html")

    def values() -> dict[str, Any]:
        agenda = views.cached_agenda(web, ctx)
        return {"agenda": agenda, "limit": AGENDA_LIMIT}

    agenda_html = cached_fragment(request, "agenda", mark, "_agenda.html",
                                  values)  # fmt: skip
    proposals = list_proposals(ctx)
    return render(request, "today.html", {"agenda_html": agenda_html, "proposals": proposals,
                                          "proposal_mail": proposal_mail(ctx, proposals),
                                          "today": ctx.today})  # fmt: skip


def proposal_mail(ctx: Context, proposals: list[Any]) -> dict[int, Any]:
    """The message behind each proposal, readable before deciding (issue 13)."""
    from unghost.services.mailread import mail_of_proposals
    from unghost.web.recordview import shown_mail

    found = mail_of_proposals(ctx, [p.id for p in proposals])
    return {pid: shown_mail(mail) for pid, mail in found.items()}


@router.get("/board")
def board(request: Request, ctx: Ctx) -> Response:
    from unghost.web.pages_list import filter_values, query_of

    web = web_state(request)
    mark = views.fingerprint(web, ctx)  # once per request: 20 clients share one watch
    if views.application_count(web, ctx, mark) == 0:
        return render(request, "board.html", {"board_html": None, "empty": True,
                                              **filter_values(query_of(request), "/board", request)})  # fmt: skip
    html = board_html(request, ctx, mark=mark)
    if request.headers.get("hx-target") == "board":
        return HTMLResponse(html)
    return render(request, "board.html", {"board_html": html,
                                          **filter_values(query_of(request), "/board", request)})  # fmt: skip


def board_html(request: Request, ctx: Context, moved: str | None = None,
               announce: str = "", *, mark: Any = None) -> Markup:  # fmt: skip
    from urllib.parse import urlencode

    from unghost.web.pages_list import board_columns, find_rows, query_of

    web = web_state(request)
    mark = mark if mark is not None else views.fingerprint(web, ctx)
    query = query_of(request)  # the list's search, filters and sort, archived ones left out
    query_string = urlencode(query.params())

    def values() -> dict[str, Any]:
        if query.is_default:  # its order kept across writes: a write moves its own cards
            columns = views.default_board(web, ctx, PER_COLUMN)
        else:
            columns = board_columns(find_rows(web, ctx, query), query, PER_COLUMN)
        return {"columns": columns, "statuses": list(Status), "query_string": query_string,
                "filtered": not query.is_default}  # fmt: skip

    cache = None
    if not query.is_default:  # each filtered board once per data state, the last few kept
        from unghost.web.pages_list import per_query

        def cache(key: str, _mark: Any, build: Any) -> str:
            return per_query(web, ctx, "board", f"{key}?{query_string}", build)

    html = cached_fragment(request, "board", mark, "_board.html", values, cache=cache)
    if moved:
        # Markup.replace escapes plain-str arguments: hand it markup so the quotes survive
        ref = escape(moved)
        html = html.replace(
            Markup(f'class="bcard" draggable="true" data-ref="{ref}"'),
            Markup(f'class="bcard moved" draggable="true" data-ref="{ref}"'),
        )
        # the page's live region reads this out, and focus goes back to the moved card
        html = html.replace(
            Markup('data-announce=""'), Markup(f'data-announce="{escape(announce)}"'), 1
        )
    return html


@router.post("/board/move")
async def move(request: Request, ctx: Ctx) -> Response:
    from starlette.concurrency import run_in_threadpool

    from unghost.services.applications import edit_application

    form = await request.form()
    ref, status = str(form.get("ref") or ""), str(form.get("status") or "")
    if status not in Status._value2member_map_:
        raise InvalidInputError(f"{status!r} is not a stage")
    app = await run_in_threadpool(edit_application, ctx, ref, {"status": Status(status)})
    if request.headers.get("hx-request"):
        lang = language(request)
        said = translate(lang, "find.moved", company=app.company.name,
                         stage=translate(lang, f"status.{status}"))  # fmt: skip
        html = await run_in_threadpool(board_html, request, ctx, ref, said)
        return HTMLResponse(html)
    back = request.url.query
    return see_other("/board" + (f"?{back}" if back else ""))


@router.get("/applications/new")
def new_form(request: Request, ctx: Ctx) -> Response:
    from unghost.web.recordview import vocabulary_values

    form = ApplicationForm({name: "" for name in FIELDS})
    return render(request, "app_form.html", {"form": form, "editing": None, "iv": {},
                                             "iv_errors": {}, **vocabulary_values(ctx)})  # fmt: skip


@router.post("/applications")
async def add(request: Request, ctx: Ctx) -> Response:
    from starlette.concurrency import run_in_threadpool

    from unghost.services.applications import add_application, edit_application, new_application

    raw = await request.form()
    form = parse_form(raw)
    check_future(form.values, form.errors, ctx.today)
    interview, iv_errors = first_interview(raw, ctx)
    if form.ok and not iv_errors:
        v = form.values
        app = new_application(
            v["company"], v["title"], ref=v["ref"],
            status=Status(v["status"]) if v["status"] else None, applied_on=applied_on(form),
            url=v["url"] or None, country=v["country"] or None, email=v["email"] or None,
            phone=v["phone"] or None,
        )  # fmt: skip
        if interview is not None:
            app.interviews = [interview]
            if app.status.rank < Status.INTERVIEWING.rank:
                app.status = Status.INTERVIEWING  # the history dates it by the interview
        try:
            app = await run_in_threadpool(add_application, ctx, app)
        except (ConflictError, InvalidInputError) as exc:
            form.errors["ref"] = exc.message
        else:
            extra = {k: v[k] or None for k in ("domain", "industry", "location", "notes") if v[k]}
            extra.update({k: x for k, x in manage_changes(v).items() if x})
            if extra:
                await run_in_threadpool(edit_application, ctx, app.ref, extra)
            return see_other(f"/applications/{app.ref}")
    from unghost.web.recordview import vocabulary_values

    return render(request, "app_form.html", {"form": form, "editing": None, "iv": iv_values(raw),
                                             "iv_errors": iv_errors, **vocabulary_values(ctx)},
                  status_code=422)  # fmt: skip


def iv_values(raw: Any) -> dict[str, str]:
    return {k[3:]: str(v) for k, v in raw.items() if k.startswith("iv_") and isinstance(v, str)}


def first_interview(raw: Any, ctx: Context) -> tuple[Any, dict[str, str]]:
    """The interview typed in the Add form, if any: (interview or None, problems by field)."""
    from unghost.services.recordparse import FieldProblems, parse_interview

    values = iv_values(raw)
    if not any(v.strip() for k, v in values.items() if k != "zone"):
        return None, {}
    try:
        return parse_interview(values, ctx.zone), {}
    except FieldProblems as problems:
        return None, problems.fields


@router.get("/applications/{ref}")
def show(request: Request, ref: str, ctx: Ctx) -> Response:
    from unghost.services.outbox import outbox_stamp
    from unghost.web.appview import outbox_of
    from unghost.web.rendering import render_cached

    web = web_state(request)
    values = views.cached_application_page(web, ctx, ref, language(request))
    app_id = values["app"].id
    # the page as drawn, kept until its application is touched or its outbox changes
    mark = (views.fingerprint(web, ctx), outbox_stamp(ctx, app_id))
    return render_cached(request, "application.html", ref, mark,
                         lambda: {**values, **outbox_of(ctx, app_id)}, scope=app_id)  # fmt: skip


@router.get("/applications/{ref}/edit")
def edit_form(request: Request, ref: str, ctx: Ctx) -> Response:
    from unghost.services.applications import get_application

    app = get_application(ctx, ref)
    return render(request, "app_form.html", {"form": form_from_app(app), "editing": app.ref,
                                             "version": app.version})  # fmt: skip


@router.post("/applications/{ref}/edit")
async def edit(request: Request, ref: str, ctx: Ctx) -> Response:
    from starlette.concurrency import run_in_threadpool

    from unghost.services.applications import edit_application, get_application

    raw = await request.form()
    form = parse_form(raw)
    # the version the form was read at: a save by someone else since then is a 409, not lost
    seen = str(raw.get("version") or "")
    version = int(seen) if seen.isdigit() else None
    check_future(form.values, form.errors, ctx.today)
    if form.ok:
        current = await run_in_threadpool(get_application, ctx, ref)
        changes = changes_of(form)
        if changes.get("status") == current.status:
            changes.pop("status")
        try:
            app = await run_in_threadpool(
                partial(edit_application, expected_version=version), ctx, ref, changes
            )
        except ChangedMeanwhileError:
            raise  # the error page (409) says reload: the form holds what is no longer true
        except (ConflictError, InvalidInputError) as exc:
            form.errors["status"] = exc.message
        else:
            return see_other(f"/applications/{app.ref}")
    return render(request, "app_form.html", {"form": form, "editing": ref, "version": version},
                  status_code=422)  # fmt: skip


@router.post("/applications/{ref}/log")
async def log(request: Request, ref: str, ctx: Ctx) -> Response:
    from starlette.concurrency import run_in_threadpool

    from unghost.services.applications import LogEntry, log_event

    form = await request.form()
    note = str(form.get("note") or "").strip()
    if not note:
        raise InvalidInputError("note: write what happened")
    await run_in_threadpool(log_event, ctx, ref, LogEntry(note=note))
    return see_other(f"/applications/{ref}")


@router.post("/applications/{ref}/delete")
def delete(ref: str, ctx: Ctx) -> Response:
    from unghost.services.applications import remove_application

    remove_application(ctx, ref)
    return see_other("/board")


@router.post("/demo")
def demo(ctx: Ctx) -> Response:
    from unghost.web.demo import load_demo

    load_demo(ctx)
    return see_other("/today")
