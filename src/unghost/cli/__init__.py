"""The `unghost` command line: thin commands that call services and print."""

from typing import Annotated

import typer

from unghost.cli.common import set_global

app = typer.Typer(
    name="unghost",
    help="Why HR hasn't called back after your interview, and what to do next.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.callback()
def _main(
    db: Annotated[
        str | None, typer.Option("--db", help="Database path or URL (UNGHOST_DB).")
    ] = None,
    config: Annotated[
        str | None, typer.Option("--config", help="Config file (UNGHOST_CONFIG).")
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
) -> None:
    set_global(db=db, config=config, debug=debug)


def _register() -> None:
    from unghost.cli import (
        accounts,
        check,
        diagnosis,
        followups,
        mail,
        postings,
        tracker,
        transfer,
        web,
    )

    tracker.register(app)
    transfer.register(app)
    postings.register(app)
    check.register(app)
    diagnosis.register(app)
    followups.register(app)
    mail.register(app)
    web.register(app)
    accounts.register(app)


def main() -> None:
    from unghost.mail.redaction import install_log_redaction

    install_log_redaction()
    _register()
    app()
