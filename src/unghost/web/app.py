"""The app factory: one WebState, the guard, the error handlers, static files and routers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from typing import Any

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from unghost.web.busy import BusyRetry
from unghost.web.security import Guard, allowed_hosts
from unghost.web.state import WebState


def create_app(settings_flags: dict[str, Any] | None = None, *, server: bool = False) -> FastAPI:
    """The web app over the services. `settings_flags` are the CLI's flags (db, config, today)
    plus `host` and `port` for the Host allow-list, and `token_dir` for the API token file.
    With `server`, people sign in to their own accounts (unghost.server.web) instead."""
    from unghost.mail.redaction import install_log_redaction
    from unghost.web import (
        api,
        api_record,
        login,
        pages_contacts,
        pages_followup,
        pages_list,
        pages_mail,
        pages_main,
        pages_oauth,
        pages_record,
        pages_settings,
        pages_tools,
    )
    from unghost.web.failures import install_handlers

    install_log_redaction()  # tokens never reach a log line or a logged traceback
    web = WebState(settings_flags)
    if not server:
        login.check_exposure(web.host, web.settings.get("web_password"))

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        web.close()

    app = FastAPI(
        lifespan=lifespan,
        title="unghost",
        version="1",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.web = web
    install_handlers(app)
    hosts = allowed_hosts(web.host)
    app.add_middleware(BusyRetry)  # inside the gates: a retried request was let in once
    if server:
        from unghost.server.web import install_server

        hosts = install_server(app, web, hosts)
    else:
        app.add_middleware(login.LoginGate, state=web)
    app.add_middleware(Guard, hosts=hosts)  # added last: runs first
    static = resources.files("unghost.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.include_router(api.router)
    app.include_router(api_record.router)
    if not server:
        app.include_router(login.router)
    app.include_router(pages_list.router)
    app.include_router(pages_followup.router)  # before pages_tools: it owns /compose and /outbox
    app.include_router(pages_record.router)
    app.include_router(pages_contacts.router)
    app.include_router(pages_main.router)
    app.include_router(pages_tools.router)
    app.include_router(pages_settings.router)
    app.include_router(pages_mail.router)
    app.include_router(pages_oauth.router)
    return app
