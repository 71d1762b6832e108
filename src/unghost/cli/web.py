"""`unghost serve`: the web app on 127.0.0.1, its URL printed and opened in the browser."""

from typing import Annotated

import typer

from unghost.cli.common import Output, command


def register(app: typer.Typer) -> None:
    @command(app, "serve")
    def serve(
        out: Output,
        host: Annotated[str, typer.Option("--host", help="Address to bind.")] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port.")] = 8765,
        no_browser: Annotated[
            bool, typer.Option("--no-browser", help="Do not open a browser tab.")
        ] = False,
    ) -> None:
        """Start the web app (Today, Board, diagnosis, follow-ups) and its /api/v1 JSON API."""
        import threading
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
        uvicorn.run(web_app, host=host, port=port, log_level="warning")
