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
    assert _heavy(loaded, ("typer", "rich", "shutil")) == []  # printed from its table


def test_the_root_help_table_is_generated_from_the_typer_app() -> None:
    """cli/roothelp_table.py is what `python -m unghost.cli.roothelp` writes today."""
    from pathlib import Path

    from unghost.cli import roothelp

    table = Path(roothelp.__file__).with_name("roothelp_table.py").read_text(encoding="utf-8")
    assert table == roothelp.table_source(), "run: python -m unghost.cli.roothelp"


def test_the_root_help_equals_typers_at_every_width() -> None:
    """The table laid out as click's formatter lays it out: the same bytes at a narrow
    terminal (the 50-column floor), in between, at 80 and wider (the 78-column cap)."""
    import os

    full = (
        "import unghost.cli as c\nc._register()\n"
        "c.app(args=['--help'], prog_name='unghost', standalone_mode=False)"
    )
    for columns in ("20", "52", "61", "79", "80", "132"):
        env = {**os.environ, "COLUMNS": columns}
        expected = subprocess.run([sys.executable, "-c", full], capture_output=True, text=True,
                                  env=env, check=True).stdout  # fmt: skip
        light = subprocess.run([sys.executable, "-m", "unghost", "--help"], capture_output=True,
                               text=True, env=env, check=True).stdout  # fmt: skip
        assert light == expected, columns
        assert "Commands:" in light and "  server " in light


def test_the_short_help_is_cut_as_clicks() -> None:
    """The shortening of a command's first paragraph, on the cases click's rule has."""
    from typer._click.utils import make_default_short_help

    from unghost.cli.roothelp import _short_help

    texts = ("One sentence.", "Ends here. And more words follow it", "a b c d e f g h i j k",
             "word " * 30, "\b\nRaw block\n\nsecond paragraph", "", "x" * 80)  # fmt: skip
    for text in texts:
        for limit in (5, 10, 11, 12, 20, 45, 60):
            assert _short_help(text, limit) == make_default_short_help(text, limit), (text, limit)


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


def test_why_reads_the_kept_contact_check_instead_of_running_it(tmp_path) -> None:
    """The candidate's details on record are checked once; the next `why` reads the answer
    from the disk cache (store/checkcache.py) and imports none of the check's rules."""
    import os

    env = {**os.environ, "UNGHOST_HOME": str(tmp_path), "UNGHOST_DB": str(tmp_path / "w.db"),
           "UNGHOST_TODAY": "2026-11-25"}  # fmt: skip
    subprocess.run([sys.executable, "-m", "unghost", "add", "-c", "Acme", "-t", "Analyst",
                    "--ref", "acme", "--applied-on", "2026-11-02", "--email", "ann@gmial.com",
                    "--phone", "+1 415 555 010"], env=env, check=True, capture_output=True)  # fmt: skip
    probe = ("import json, sys\nfrom unghost.cli import main\n"
             "sys.argv = ['unghost', 'why', 'acme', '--json']\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             "print(json.dumps(sorted(sys.modules)))")  # fmt: skip
    import shutil

    shutil.rmtree(tmp_path / "cache" / "checks")  # `add` kept its answer: start without it
    answers = []
    for _ in range(2):
        out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                             text=True, check=True)  # fmt: skip
        lines = out.stdout.strip().splitlines()
        answers.append((json.loads("\n".join(lines[:-1])), json.loads(lines[-1])))
    (first, loaded_first), (second, loaded_second) = answers
    assert first == second
    contact = next(r for r in second["reasons"] if r["code"] == "contact-info")
    assert any("gmial.com looks like a typo of gmail.com" in e for e in contact["evidence"])
    assert "unghost.documents.judge" in loaded_first
    assert "unghost.documents.judge" not in loaded_second
    assert "email_validator" not in loaded_second
