"""`unghost serve`: the web app on 127.0.0.1, its URL printed and opened in the browser."""

import threading
from typing import Annotated, Any

import typer

from unghost.cli.common import Output, command

STOP_GRACE_S = 1


def register(app: typer.Typer) -> None:
    @command(app, "serve")
    def serve(
        out: Output,
        host: Annotated[str, typer.Option("--host", help="Address to bind.")] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port.")] = 8765,
        no_browser: Annotated[
            bool, typer.Option("--no-browser", help="Do not open a browser tab.")
        ] = False,
        no_worker: Annotated[
            bool,
            typer.Option("--no-worker", help="Do not send, sync or check in the background."),
        ] = False,
        interval: Annotated[
            int, typer.Option("--interval", min=10, help="Seconds between background passes.")
        ] = 300,
    ) -> None:
        """Start the web app (Today, Board, diagnosis, follow-ups) and its /api/v1 JSON API."""
        import webbrowser

        import uvicorn

        from unghost.web.app import create_app

        web_app = create_app({**out.flags, "host": host, "port": port})
        shown = f"[{host}]" if ":" in host else host
        url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else shown}:{port}/"
        if out.json:
            out.emit({"url": url})
        else:
            out.print(f"unghost is running at {url}  (Ctrl+C stops it)")
        if not no_browser:
            threading.Timer(0.8, webbrowser.open, args=(url,)).start()
        stop = threading.Event()
        if not no_worker:
            threading.Thread(
                target=_background, args=(out.flags, interval, stop), daemon=True, name="worker"
            ).start()
        try:
            # SIGTERM stops within 2 s: open keep-alive connections get one second to finish
            uvicorn.run(web_app, host=host, port=port, log_level="warning",
                        timeout_graceful_shutdown=STOP_GRACE_S)  # fmt: skip
        finally:
            stop.set()


def _background(flags: dict[str, Any], interval_s: int, stop: threading.Event) -> None:
    """The app's one in-process scheduler: a worker pass now and every `interval_s` seconds
    (scheduled sends, mail sync, daily posting checks, the calendar feed). One bad pass is
    logged and the next one still runs."""
    import sys

    from unghost.bootstrap import build_context
    from unghost.errors import UnghostError
    from unghost.worker import run_pass

    while not stop.is_set():
        try:
            ctx = build_context(flags)
            try:
                run_pass(ctx, log=lambda line: print(f"worker: {line}", file=sys.stderr))
            finally:
                ctx.close()
        except UnghostError as exc:
            print(f"worker: {exc}", file=sys.stderr)
        stop.wait(interval_s)
