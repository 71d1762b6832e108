"""The `unghost` command line: thin commands that call services and print.

Importing this package loads no command-line framework: `main` first offers the command line
to the fast path (cli/fast.py: the read commands from the stored read model), and only when it
does not answer loads the typer app (cli/root.py) and runs it."""

from typing import Any


def main() -> None:
    import sys

    from unghost.cli.fast import run as run_fast

    # the read commands from the stored read model, when it is current (cli/fast.py)
    code = run_fast(sys.argv[1:])
    if code is None:
        keep_holidays()
        code = run()
    sys.exit(code)


def keep_holidays() -> None:
    """Calendars built by this process take the `holidays` package's answers from the disk
    cache (store/holidaycache.py) in the data folder, and keep new ones there."""
    from unghost.domain.calendar import use_holiday_source
    from unghost.settings import data_dir
    from unghost.store.holidaycache import cached_source

    use_holiday_source(cached_source(data_dir() / "cache" / "holidays"))


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
