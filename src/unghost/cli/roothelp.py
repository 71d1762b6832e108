"""`unghost --help` without the command-line framework: importing typer is most of the time of
a cold `--help`. The list of commands, their help and the global options are a table
(cli/roothelp_table.py) generated from the typer app by `python -m unghost.cli.roothelp`;
this module lays it out as typer's help formatter does (the vendored click's HelpFormatter:
the same widths, wrapping and shortening). tests/cli/test_lean_start.py checks that the table
is current and that the text equals typer's own at several terminal widths."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any


def render(columns: int | None = None) -> str:
    """The root help as `unghost --help` prints it, for a terminal `columns` wide (default:
    the terminal's, as click measures it)."""
    from unghost.cli import roothelp_table as t

    if columns is None:
        columns = _terminal_columns()
    width = max(min(columns, 80) - 2, 50)
    out: list[str] = []
    prefix = f"Usage: {t.PROG} "
    if width >= len(prefix) + 20:
        out.append(_wrap(t.USAGE, width, prefix, " " * len(prefix)))
    else:
        indent = " " * (len("Usage: ") + 4)
        out.extend((prefix, "\n", _wrap(t.USAGE, width, indent, indent)))
    out.append("\n")
    if t.HELP:
        out.append("\n")
        out.extend((_wrap(t.HELP, width, "  ", "  ", paragraphs=True), "\n"))
    if t.OPTIONS:
        out.append("\nOptions:\n")
        _definitions(out, t.OPTIONS, width)
    if t.COMMANDS:
        limit = width - 6 - max(len(name) for name, _short, _help in t.COMMANDS)
        rows = [(name, short if short is not None else _short_help(text, limit))
                for name, short, text in t.COMMANDS]  # fmt: skip
        out.append("\nCommands:\n")
        _definitions(out, rows, width)
    return "".join(out).rstrip("\n") + "\n"


def _terminal_columns() -> int:
    """shutil.get_terminal_size's columns (COLUMNS, else the terminal on stdout, else 80),
    without importing shutil (and the compression modules it loads)."""
    import os
    import sys

    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
        columns = columns or 80
    return columns


class _Wrapper(textwrap.TextWrapper):
    """click's wrapper: a word longer than the line is cut where the line ends."""

    def _handle_long_word(
        self, reversed_chunks: list[str], cur_line: list[str], cur_len: int, width: int
    ) -> None:
        space_left = max(width - cur_len, 1)
        last = reversed_chunks[-1]
        cur_line.append(last[:space_left])
        reversed_chunks[-1] = last[space_left:]


def _wrap(text: str, width: int, first: str = "", rest: str = "", *, paragraphs: bool = False) -> str:  # fmt: skip
    """click's wrap_text: one paragraph, or each paragraph apart (a `\\b` line keeps its
    paragraph as written)."""
    text = text.expandtabs()
    wrapper = _Wrapper(width, initial_indent=first, subsequent_indent=rest,
                       replace_whitespace=False)  # fmt: skip
    if not paragraphs:
        return wrapper.fill(text)
    found: list[tuple[int, bool, str]] = []
    buf: list[str] = []
    indent: int | None = None

    def flush() -> None:
        if not buf:
            return
        if buf[0].strip() == "\b":
            found.append((indent or 0, True, "\n".join(buf[1:])))
        else:
            found.append((indent or 0, False, " ".join(buf)))
        buf.clear()

    for line in text.splitlines():
        if not line:
            flush()
            indent = None
            continue
        if indent is None:
            stripped = line.lstrip()
            indent = len(line) - len(stripped)
            line = stripped
        buf.append(line)
    flush()
    parts = []
    for extra, raw, body in found:
        wrapper.initial_indent, wrapper.subsequent_indent = first + " " * extra, rest + " " * extra
        if raw:
            lines = body.splitlines()
            parts.append("\n".join(
                (wrapper.initial_indent if i == 0 else wrapper.subsequent_indent) + line
                for i, line in enumerate(lines)
            ))  # fmt: skip
        else:
            parts.append(wrapper.fill(body))
    return "\n\n".join(parts)


def _definitions(out: list[str], rows: Sequence[tuple[str, str]], width: int) -> None:
    """click's write_dl at one indent: names in a column of at most 30, texts wrapped."""
    indent = 2
    first_col = min(max(len(name) for name, _ in rows), 30) + 2
    for name, text in rows:
        out.append(" " * indent + name)
        if not text:
            out.append("\n")
            continue
        if len(name) <= first_col - 2:
            out.append(" " * (first_col - len(name)))
        else:
            out.append("\n" + " " * (first_col + indent))
        lines = _wrap(text, max(width - first_col - 2, 10), paragraphs=True).splitlines()
        if lines:
            out.append(f"{lines[0]}\n")
            out.extend(f"{' ' * (first_col + indent)}{line}\n" for line in lines[1:])
        else:
            out.append("\n")


def _short_help(text: str, limit: int) -> str:
    """click's make_default_short_help: the first paragraph, cut to `limit` at a word (a
    sentence's end is kept whole, anything else gets "...")."""
    end = text.find("\n\n")
    words = (text[:end] if end != -1 else text).split()
    if not words:
        return ""
    if words[0] == "\b":
        words = words[1:]
    total = 0
    last = len(words) - 1
    i = 0
    for i, word in enumerate(words):
        total += len(word) + (i > 0)
        if total > limit:
            break
        if word[-1] == ".":
            return " ".join(words[: i + 1])
        if total == limit and i != last:
            break
    else:
        return " ".join(words)
    total += len("...")
    while i > 0:
        total -= len(words[i]) + (i > 0)
        if total <= limit:
            break
        i -= 1
    return " ".join(words[:i]) + "..."


def table_source() -> str:
    """cli/roothelp_table.py's text, read from the typer app with every command registered."""
    import inspect

    import typer.main
    from typer._click import Context

    from unghost.cli import root

    root._register()
    group: Any = typer.main.get_command(root.app)  # a TyperGroup
    ctx = Context(group, info_name="unghost")
    options: list[Any] = []
    for param in group.get_params(ctx):
        record = param.get_help_record(ctx)
        if record is not None:
            if param.param_type_name != "option":
                raise ValueError("the root help lays out options only")
            options.append(tuple(record))
    commands: list[Any] = []
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        if cmd is None or cmd.hidden:
            continue
        if cmd.deprecated:
            raise ValueError(f"{name}: a deprecated command's mark is not laid out here")
        short = inspect.cleandoc(cmd.short_help) if cmd.short_help else None
        text = cmd.help or ""
        end = text.find("\n\n")
        commands.append((name, short, text[:end] if end != -1 else text))
    if group.epilog or group.deprecated:
        raise ValueError("the root help lays out no epilog or deprecation")
    help_text = inspect.cleandoc(group.help).partition("\f")[0] if group.help else ""
    lines = [
        '"""The root help\'s table, generated from the typer app by `python -m',
        'unghost.cli.roothelp`: do not edit by hand (tests/cli/test_lean_start.py checks it)."""',
        "",
        "# fmt: off",
        f"PROG = {ctx.command_path!r}",
        f"USAGE = {' '.join(group.collect_usage_pieces(ctx))!r}",
        f"HELP = {help_text!r}",
        "# (name, text) of each option, as typer writes them",
        "OPTIONS: tuple[tuple[str, str], ...] = (",
        *(f"    {row!r}," for row in options),
        ")",
        "# (name, its short help or None, its help's first paragraph) of each command and group",
        "COMMANDS: tuple[tuple[str, str | None, str], ...] = (",
        *(f"    {row!r}," for row in commands),
        ")",
        "# fmt: on",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    from pathlib import Path

    target = Path(__file__).with_name("roothelp_table.py")
    target.write_text(table_source(), encoding="utf-8")
    print(f"wrote {target}")
