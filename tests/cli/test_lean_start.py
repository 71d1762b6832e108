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


def test_importing_the_cli_loads_no_heavy_framework() -> None:
    loaded = _loaded_after("import unghost.cli")
    assert [m for m in loaded if m.split(".")[0] in HEAVY or m in HEAVY] == []


def test_help_loads_no_heavy_framework() -> None:
    loaded = _loaded_after(
        "import sys\nfrom unghost.cli import main\nsys.argv = ['unghost', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    assert [m for m in loaded if m.split(".")[0] in HEAVY or m in HEAVY] == []


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
