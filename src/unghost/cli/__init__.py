"""The `unghost` command line: thin commands that call services and print.

Importing this package loads no command-line framework: `main` prints `unghost --help` from
its table (cli/roothelp.py), first offers any other command line to the fast path (cli/fast.py: the read commands from the stored read model), and only when it
does not answer loads the typer app (cli/root.py) and runs it."""

from typing import Any


def main() -> None:
    import sys

    if sys.argv[1:] == ["--help"]:  # the list of commands, from its table (cli/roothelp.py)
        from unghost.cli.roothelp import render

        sys.stdout.write(render())
        sys.exit(0)
    from unghost.cli.fast import run as run_fast

    # the read commands from the stored read model, when it is current (cli/fast.py)
    code = run_fast(sys.argv[1:])
    sys.exit(run() if code is None else code)


_KEPT: list[Any] = []  # the folder the disk caches were installed for


def keep_caches() -> None:
    """What this process computes from the installed code and data alone is read from the disk
    caches in the data folder, and new answers are kept there: the `holidays` package's
    calendars (store/holidaycache.py), the offline check of the candidate's details on
    record (store/checkcache.py) and the parsed parameter files (params.py). Called by a command that reads the workspace (never by
    --help); once per folder."""
    from unghost.settings import data_dir

    folder = data_dir() / "cache"
    if [folder] == _KEPT:
        return
    from unghost.domain.calendar import use_holiday_source
    from unghost.params import use_table_cache
    from unghost.services.evidence import record_findings, use_record_check
    from unghost.store.checkcache import cached_record_check
    from unghost.store.holidaycache import cached_source

    use_holiday_source(cached_source(folder / "holidays"))
    use_record_check(cached_record_check(folder / "checks", record_findings))
    use_table_cache(folder / "params")
    _KEPT[:] = [folder]


def run(argv: list[str] | None = None) -> int:
    """Run one command line through the full path; the exit code (see cli/root.py)."""
    from unghost.cli.root import run as run_full

    return run_full(argv)


def _register() -> None:
    from unghost.cli.root import _register as register

    register()


def __getattr__(name: str) -> Any:
    if name in ("app", "_listing"):  # the typer app and its light copy, loaded on first use
        from unghost.cli import root

        return getattr(root, name)
    raise AttributeError(f"module 'unghost.cli' has no attribute {name!r}")
