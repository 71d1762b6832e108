"""Lean start: the CLI's entry module imports no database, web or validation framework; only
the commands that write (or serve) load them."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("sqlalchemy", "fastapi", "pydantic", "holidays", "unghost.store.models")


def _loaded_after(code: str) -> list[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _heavy(loaded: list[str], also: tuple[str, ...] = ()) -> list[str]:
    return [m for m in loaded if m.split(".")[0] in (*HEAVY, *also) or m in HEAVY]


def test_importing_the_cli_loads_no_heavy_framework() -> None:
    loaded = _loaded_after("import unghost.cli")
    assert _heavy(loaded, ("typer", "rich")) == []  # the command-line framework neither


def test_the_fast_path_loads_no_framework() -> None:
    """today/list/why --json from the stored rows (cli/fast.py): no ORM, validation, holidays
    or command-line framework, whichever driver reads them."""
    loaded = _loaded_after(
        "import unghost.cli.fast, unghost.cli.views, unghost.store.fastread, "
        "unghost.store.fastrecord, unghost.store.holidaycache, unghost.services.readviews, "
        "unghost.services.readmodel, unghost.domain.listing, unghost.domain.diagnosis"
    )
    assert _heavy(loaded, ("typer", "rich", "alembic")) == []


def test_a_line_the_fast_path_cannot_answer_runs_the_full_path(tmp_path) -> None:
    """No workspace yet: the fast path steps aside and the full path answers (and creates it)."""
    import os

    env = {**os.environ, "UNGHOST_DB": str(tmp_path / "new.db"), "UNGHOST_TODAY": "2026-11-25"}
    out = subprocess.run([sys.executable, "-m", "unghost", "today", "--json"], env=env,
                         capture_output=True, text=True, check=True)  # fmt: skip
    assert json.loads(out.stdout) == {"as_of": "2026-11-25", "today": [], "this_week": []}


def test_help_loads_no_heavy_framework() -> None:
    loaded = _loaded_after(
        "import sys\nfrom unghost.cli import main\nsys.argv = ['unghost', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    assert _heavy(loaded) == []


def test_the_light_command_list_prints_exactly_the_full_help() -> None:
    """`unghost --help` lists the commands without building their options: same text."""
    full = (
        "import unghost.cli as c\nc._register()\n"
        "c.app(args=['--help'], prog_name='unghost', standalone_mode=False)"
    )
    expected = subprocess.run([sys.executable, "-c", full], capture_output=True, text=True)
    light = subprocess.run(
        [sys.executable, "-m", "unghost", "--help"], capture_output=True, text=True, check=True
    )
    assert light.stdout == expected.stdout and "import" in light.stdout
