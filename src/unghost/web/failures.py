"""The one place where errors become HTTP statuses, and the one JSON error shape of the API."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from unghost.errors import (
    BusyError,
    ConflictError,
    DocumentError,
    ForbiddenError,
    InvalidInputError,
    MailError,
    NetworkError,
    NotFoundError,
    UnghostError,
)
from unghost.web.security import UploadTooLarge

log = logging.getLogger("unghost.web")

STATUSES: tuple[tuple[type[UnghostError], int], ...] = (
    (BusyError, 503),
    (NotFoundError, 404),
    (ForbiddenError, 403),
    (InvalidInputError, 400),
    (ConflictError, 409),
    (DocumentError, 422),
    (MailError, 502),
    (NetworkError, 502),
)
SAFE_MESSAGE = "something went wrong on our side; the details are in the server log"


def status_of(error: UnghostError) -> int:
    for kind, status in STATUSES:
        if isinstance(error, kind):
            return status
    return 500


def error_body(status: int, error: str, errors: list[Any] | None = None) -> dict[str, Any]:
    return {"ok": False, "error": error, "errors": errors or [error], "status": status}


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _respond(request: Request, status: int, message: str, errors: list[Any] | None = None,
             hint: str | None = None, headers: dict[str, str] | None = None) -> Response:  # fmt: skip
    from unghost.web.i18n import translate_error

    # the services write in English; a page in Chinese, or `?lang=zh` of the API, gets Chinese
    lang = request.query_params.get("lang") if is_api(request) else _page_language(request)
    if lang == "zh":
        message, hint = translate_error(lang, message), translate_error(lang, hint) or None
        errors = [translate_error(lang, e) if isinstance(e, str) else e for e in errors or []]
    if is_api(request):
        body = error_body(status, message, errors)
        if hint:
            body["hint"] = hint
        if status == 401:
            headers = {**(headers or {}), "WWW-Authenticate": "Bearer"}
        return JSONResponse(body, status_code=status, headers=headers)
    from unghost.web.rendering import render

    response = render(request, "error.html", {"status": status, "message": message, "hint": hint},
                      status_code=status)  # fmt: skip
    response.headers.update(headers or {})
    return response


def _page_language(request: Request) -> str:
    from unghost.web.rendering import language

    return language(request)


def _allowed_methods(request: Request) -> list[str]:
    """The methods some route answers on this path (routers nest: ask each one)."""
    from starlette.routing import Match

    allowed = []
    for method in ("DELETE", "GET", "HEAD", "PATCH", "POST", "PUT"):
        scope = {**request.scope, "method": method}
        if any(route.matches(scope)[0] is Match.FULL for route in request.app.router.routes):
            allowed.append(method)
    return allowed


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(UnghostError)
    async def _unghost(request: Request, exc: UnghostError) -> Response:
        status = status_of(exc)
        if status == 500:
            log.error("%s: %s", type(exc).__name__, exc)
        # a busy database is a moment's wait: say when to come back (RFC 9110 10.2.3)
        headers = {"Retry-After": str(exc.retry_after_s)} if isinstance(exc, BusyError) else None
        # several refused fields (FieldProblems) each get their entry in `errors`
        fields = getattr(exc, "field_errors", None)
        return _respond(request, status, exc.message, fields, hint=exc.hint, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = [
            # a validator's own sentence, without pydantic's "Value error, " in front of it
            {"field": ".".join(str(p) for p in e.get("loc", ())[1:]),
             "message": str(e.get("msg", "")).removeprefix("Value error, ")}
            for e in exc.errors()
        ]  # fmt: skip
        first = errors[0] if errors else {"field": "", "message": "invalid request"}
        message = f"{first['field']}: {first['message']}" if first["field"] else first["message"]
        return _respond(request, 422, message, errors)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> Response:
        if isinstance(exc.__cause__, UploadTooLarge):
            return _respond(request, 413, "the upload is too large (20 MB at most)")
        detail = exc.detail if isinstance(exc.detail, str) else "request refused"
        response = _respond(request, exc.status_code, detail)
        for name, value in (exc.headers or {}).items():  # a 401's challenge
            response.headers[name] = value
        if exc.status_code == 405:  # Starlette names one route's methods; a path has several
            response.headers["Allow"] = ", ".join(_allowed_methods(request))
        return response

    @app.exception_handler(UploadTooLarge)
    async def _too_large(request: Request, exc: UploadTooLarge) -> Response:
        return _respond(request, 413, "the upload is too large (20 MB at most)")

    @app.exception_handler(OverflowError)
    async def _overflow(request: Request, exc: OverflowError) -> Response:
        return _respond(request, 404, "no such id: it is larger than any stored id")

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return _respond(request, 500, SAFE_MESSAGE)
