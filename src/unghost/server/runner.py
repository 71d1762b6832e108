"""`unghost server run`: checks, then uvicorn with N worker processes over the app factory."""

from __future__ import annotations

import os
import secrets

from unghost.bootstrap import Context


def run_server(ctx: Context, *, host: str, port: int, workers: int) -> None:
    """Serve until stopped. Each worker process builds the app from the environment, so the
    database and the form-signing key go there; the database is checked before any starts."""
    import uvicorn

    from unghost.server.database import check_app_engine, require_postgresql_url
    from unghost.server.nodelay import HTTP_PROTOCOL
    from unghost.store.engine import open_engine

    require_postgresql_url(ctx.settings.db)
    engine = open_engine(ctx.settings.db, migrate=False)
    try:
        check_app_engine(engine)
    finally:
        engine.dispose()
    os.environ["UNGHOST_DB"] = ctx.settings.db
    if not ctx.settings.get("server_secret"):  # one key for this run's workers
        os.environ["UNGHOST_SERVER_SECRET"] = secrets.token_urlsafe(32)
    uvicorn.run("unghost.server.web:create_server_app", factory=True, host=host, port=port,
                workers=workers, log_level="warning", proxy_headers=True,
                http=HTTP_PROTOCOL)  # fmt: skip
