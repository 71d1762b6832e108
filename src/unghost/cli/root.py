"""The `unghost` command line: the typer app, its commands registered once, and one run of a
command line (cli/__init__.py loads it when the fast path, cli/fast.py, does not answer)."""

from collections.abc import Callable
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


_REGISTERED: list[bool] = []


def _register() -> None:
    if _REGISTERED:  # once: run() may be called many times in one process (tests)
        return
    _REGISTERED.append(True)
    from unghost.cli import (
        accounts,
        check,
        diagnosis,
        followups,
        mail,
        postings,
        server,
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
    server.register(app)


def _listing(source: typer.Typer, *, depth: int = 0) -> typer.Typer:
    """A copy of `source` for printing the list of commands: each command without its options
    (building every option of ~40 commands was most of `unghost --help`), the same names and
    help texts (a test compares the two outputs)."""
    import copy

    light = copy.copy(source)  # the same settings, help and callback
    light.registered_commands = []
    light.registered_groups = []
    if depth > 0:
        return light  # a group is listed by its name and help alone
    for info in source.registered_commands:
        stub = copy.copy(info)
        stub.callback = _bare(info.callback)
        light.registered_commands.append(stub)
    for group in source.registered_groups:
        shallow = copy.copy(group)
        if group.typer_instance is not None:
            shallow.typer_instance = _listing(group.typer_instance, depth=depth + 1)
        light.registered_groups.append(shallow)
    return light


def _bare(callback: object) -> Callable[[], None]:
    def bare() -> None:  # never run: only listed
        raise NotImplementedError

    for attribute in ("__name__", "__qualname__", "__doc__", "__module__"):
        setattr(bare, attribute, getattr(callback, attribute, None))
    return bare


def run(argv: list[str] | None = None) -> int:
    """Run one command line; the exit code. Usage errors (an unknown option, a missing
    argument) are reported like every other error, as JSON with --json."""
    import sys

    from typer._click.exceptions import ClickException, UsageError  # typer vendors click

    from unghost.cli import common
    from unghost.mail.redaction import install_log_redaction

    install_log_redaction()  # tokens never reach a log line or a logged traceback
    args = list(sys.argv[1:] if argv is None else argv)
    common._ARGV[:] = args
    _register()
    target = _listing(app) if args in ([], ["--help"]) else app
    try:
        result = target(args=args, prog_name="unghost", standalone_mode=False)
    except typer.Exit as done:
        return done.exit_code
    except UsageError as exc:
        hint = f"Try: unghost {exc.ctx.command_path.partition(' ')[2]} --help".rstrip() \
            if exc.ctx else "Try: unghost --help"  # fmt: skip
        if not common.json_requested():
            exc.show()
            return exc.exit_code
        try:
            common.report_error(exc.format_message(), exc.exit_code, hint, as_json=True)
        except typer.Exit as done:
            return done.exit_code
    except ClickException as exc:
        exc.show()
        return exc.exit_code
    except typer.Abort:
        sys.stderr.write("Aborted.\n")
        return 1
    return result if isinstance(result, int) else 0
