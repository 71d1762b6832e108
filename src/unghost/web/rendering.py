"""Jinja2 pages: the environment, the per-request globals (language, CSRF token) and filters."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from unghost.web.i18n import (
    LANG_COOKIE,
    choose_language,
    translate,
    translate_code,
    translate_posting_reason,
    translate_proposal,
)
from unghost.web.recordview import subject_after_kind
from unghost.web.security import SESSION_COOKIE, csrf_token, new_session_id


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("unghost.web", "templates"),
        autoescape=select_autoescape(["html", "svg"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["pct"] = lambda p: "—" if p is None else f"{round(p * 100)}%"
    env.filters["day"] = lambda d: d.isoformat() if isinstance(d, date) else (d or "")
    env.filters["after_kind"] = subject_after_kind
    return env


def language(request: Request) -> str:
    cached = getattr(request.state, "lang", None)
    if cached:
        return str(cached)
    from unghost.web.state import ACTING_PREFERENCES

    mine = (ACTING_PREFERENCES.get() or {}).get("values", {}).get("lang")  # server mode
    default = mine or request.app.state.web.settings.lang
    lang = choose_language(
        request.cookies.get(LANG_COOKIE), request.headers.get("accept-language"), default
    )
    request.state.lang = lang
    return lang


def session_id(request: Request) -> str:
    sid = request.cookies.get(SESSION_COOKIE) or getattr(request.state, "new_session", None)
    if not sid:
        sid = new_session_id()
        request.state.new_session = sid
    return str(sid)


def render(request: Request, name: str, values: dict[str, Any] | None = None, *,
           status_code: int = 200) -> HTMLResponse:  # fmt: skip
    lang = language(request)
    sid = session_id(request)
    web = request.app.state.web
    context = {
        "request": request,
        "lang": lang,
        "t": lambda key, **kw: translate(lang, key, **kw),
        "tc": lambda group, value: translate_code(lang, group, value),
        "tr": lambda reason: translate_posting_reason(lang, reason),
        "tp": lambda summary: translate_proposal(lang, summary),
        "csrf": csrf_token(web.secret, sid),
        "path": request.url.path,
        **(values or {}),
    }
    html = environment().get_template(name).render(context)
    response = HTMLResponse(html, status_code=status_code)
    if request.cookies.get(SESSION_COOKIE) != sid:
        response.set_cookie(SESSION_COOKIE, sid, httponly=True, samesite="strict", path="/")
    return response


CSRF_PLACEHOLDER = "__unghost_csrf__"


def render_cached(request: Request, name: str, key: str, mark: Any,
                  values: Callable[[], dict[str, Any]], *, scope: int | None) -> HTMLResponse:  # fmt: skip
    """A whole page rendered once per language, path and query while `mark` holds and no
    write touched application `scope` (web/state.py); the session's CSRF token is put in
    on the way out, so one rendering serves every session of its owner."""
    lang = language(request)
    web = request.app.state.web
    sid = session_id(request)

    def build() -> str:
        context = {
            "request": request, "lang": lang,
            "t": lambda k, **kw: translate(lang, k, **kw),
            "tc": lambda group, value: translate_code(lang, group, value),
            "tr": lambda reason: translate_posting_reason(lang, reason),
            "tp": lambda summary: translate_proposal(lang, summary),
            "csrf": CSRF_PLACEHOLDER, "path": request.url.path, **values(),
        }  # fmt: skip
        return environment().get_template(name).render(context)

    role = getattr(request.scope.get("unghost.user"), "role", "")  # the menu differs by role
    page = f"page:{name}:{key}:{lang}:{role}:{request.url.path}?{request.url.query}"
    html = web.cached(page, mark, build, scope=scope)
    response = HTMLResponse(html.replace(CSRF_PLACEHOLDER, csrf_token(web.secret, sid)))
    if request.cookies.get(SESSION_COOKIE) != sid:
        response.set_cookie(SESSION_COOKIE, sid, httponly=True, samesite="strict", path="/")
    return response


def cached_fragment(request: Request, key: str, mark: Any, name: str,
                    values: Callable[[], dict[str, Any]], *,
                    cache: Callable[[str, Any, Callable[[], str]], str] | None = None) -> Markup:  # fmt: skip
    """A part of a page rendered once per data state and language (pages over 10k
    applications stay fast); the session's CSRF token is put in on the way out. `cache`
    (key, mark, build) replaces the app's one-value-per-key cache (a filtered board keeps
    several)."""
    lang = language(request)
    web = request.app.state.web

    def build() -> str:
        context = {"lang": lang, "t": lambda k, **kw: translate(lang, k, **kw),
                   "tc": lambda g, v: translate_code(lang, g, v),
                   "csrf": CSRF_PLACEHOLDER, **values()}  # fmt: skip
        return environment().get_template(name).render(context)

    html = (cache or web.cached)(f"{key}:{lang}", mark, build)
    return Markup(html.replace(CSRF_PLACEHOLDER, csrf_token(web.secret, session_id(request))))
