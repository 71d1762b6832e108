"""What every command shares: --json, --today, --debug, output, and errors mapped to exit codes."""

import functools
import inspect
import json
import sys
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any, NoReturn, TypeVar

import typer
from typer._click.exceptions import ClickException  # typer vendors click: its errors live here

from unghost.cli.terminal import escape_c1, printable
from unghost.errors import InvalidInputError, NotFoundError, UnghostError

F = TypeVar("F", bound=Callable[..., Any])
EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_NOT_FOUND, EXIT_PROBLEMS = 0, 1, 2, 3, 4
_GLOBAL: dict[str, Any] = {}  # options given before the command: `unghost --db X list`
_ARGV: list[str] = []  # the command line, set by cli.run


class Output:
    """How a command speaks: JSON on stdout for machines, Rich for people, errors on stderr."""

    def __init__(self, *, json_output: bool, debug: bool, flags: dict[str, Any]) -> None:
        self.json = json_output
        self.debug = debug
        self.flags = flags
        self._console: Any = None

    @property
    def console(self) -> Any:
        if self._console is None:
            from rich.console import Console

            # a pipe or file gets whole lines: wrapping is the reader's business there
            self._console = Console(highlight=False, soft_wrap=not sys.stdout.isatty())
        return self._console

    def context(self) -> Any:
        from unghost.bootstrap import build_context
        from unghost.cli import keep_caches

        keep_caches()  # the calendars this command builds read the holiday cache
        return build_context(self.flags)

    def emit(self, data: Any) -> None:
        """JSON on stdout: indented for a person at a terminal, compact (and fast) for a pipe."""
        from unghost.cli.views import emit_json

        emit_json(data)

    def print(self, *things: Any, **kwargs: Any) -> None:
        """Print for people; user data is never read as Rich markup nor as escape codes."""
        kwargs.setdefault("markup", False)
        self.console.print(*(printable(t) if isinstance(t, str) else t for t in things), **kwargs)

    def fail(self, error: UnghostError) -> NoReturn:
        report_error(str(error), _exit_code(error), error.hint, as_json=self.json)


def report_error(message: str, code: int, hint: str | None = None, *, as_json: bool) -> NoReturn:
    """Say what went wrong and exit with `code`: one line on stderr (and a hint), or with
    --json the one JSON error shape on stdout."""
    if as_json:
        body: dict[str, Any] = {"ok": False, "error": message, "errors": [message],
                                "exit_code": code}  # fmt: skip
        if hint:
            body["hint"] = hint
        sys.stdout.write(escape_c1(json.dumps(body, ensure_ascii=False)) + "\n")
    else:
        sys.stderr.write(f"Error: {printable(message, one_line=True)}\n")
        if hint:
            sys.stderr.write(f"Hint: {printable(hint, one_line=True)}\n")
    raise typer.Exit(code)


def json_requested() -> bool:
    """--json anywhere on the command line (for errors found before a command runs)."""
    return "--json" in _ARGV


def _exit_code(error: UnghostError) -> int:
    if isinstance(error, NotFoundError):
        return EXIT_NOT_FOUND
    return EXIT_ERROR


JsonOption = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]
TodayOption = Annotated[
    str | None,
    typer.Option("--today", metavar="YYYY-MM-DD", help="Fix today's date (also UNGHOST_TODAY)."),
]
LangOption = Annotated[
    str | None,
    typer.Option("--lang", help="Language of the sentences: en or zh (default: UNGHOST_LANG)."),
]


def pick_language(flag: str | None, ctx: Any) -> str:
    """The --lang flag, else the `lang` setting (UNGHOST_LANG), as `en` or `zh`."""
    return parse_language(flag or ctx.settings.lang)


def parse_language(value: str) -> str:
    """`en` or `zh` from a --lang flag or the `lang` setting; InvalidInputError otherwise."""
    from unghost.domain.wording import LANGUAGES, find_language

    language = find_language(value)
    if language is None:
        raise InvalidInputError(
            f"unknown language {value!r}; choose one of {', '.join(LANGUAGES)}",
            hint="Use --lang en or --lang zh, or set UNGHOST_LANG.",
        )
    return language


DebugOption = Annotated[bool, typer.Option("--debug", help="Show the traceback of an error.")]


def command(app: typer.Typer, name: str | None = None, **kwargs: Any) -> Callable[[F], F]:
    """Register `fn(out, ...)` as a command that also takes --json, --today and --debug."""

    def register(fn: F) -> F:
        sig = inspect.signature(fn, eval_str=True)
        params = [p for p in sig.parameters.values() if p.name != "out"]
        extra = [
            inspect.Parameter("json_output", inspect.Parameter.KEYWORD_ONLY, default=False,
                              annotation=JsonOption),
            inspect.Parameter("today", inspect.Parameter.KEYWORD_ONLY, default=None,
                              annotation=TodayOption),
            inspect.Parameter("debug", inspect.Parameter.KEYWORD_ONLY, default=False,
                              annotation=DebugOption),
        ]  # fmt: skip

        @functools.wraps(fn)
        def wrapper(**values: Any) -> Any:
            flags = dict(_GLOBAL)
            today = values.pop("today")
            if today is not None:
                flags["today"] = today
            out = Output(
                json_output=values.pop("json_output"),
                debug=values.pop("debug") or bool(_GLOBAL.get("debug")),
                flags=flags,
            )
            try:
                return fn(out=out, **values)
            except UnghostError as error:
                if out.debug:
                    raise
                out.fail(error)
            except KeyboardInterrupt:
                sys.stderr.write("Interrupted.\n")
                raise typer.Exit(130) from None
            except (typer.Exit, typer.Abort, ClickException):
                raise
            except Exception as error:  # a bug: one line, never a traceback without --debug
                if out.debug:
                    raise
                report_error(f"unexpected {type(error).__name__}: {error}", EXIT_ERROR,
                             "run it again with --debug to see where, and report it",
                             as_json=out.json)  # fmt: skip

        wrapper.__signature__ = sig.replace(parameters=params + extra)  # type: ignore[attr-defined]
        wrapper.__annotations__ = {p.name: p.annotation for p in params + extra}
        app.command(name, **kwargs)(wrapper)
        return fn

    return register


def set_global(**values: Any) -> None:
    _GLOBAL.clear()
    _GLOBAL.update({k: v for k, v in values.items() if v not in (None, False)})


def usage_error(message: str) -> NoReturn:
    report_error(message, EXIT_USAGE, as_json=json_requested())


def parse_cli_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    from unghost.interchange.fields import FieldError, parse_date

    try:
        return parse_date(value)
    except FieldError as exc:
        raise InvalidInputError(f"{option}: {exc}") from None
