"""Reads the mail data files (src/unghost/data/mail_*.toml) once and compiles their patterns."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from unghost.errors import UnghostError

_DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@cache
def load_table(name: str) -> dict[str, Any]:
    """The parsed TOML file `src/unghost/data/<name>.toml`."""
    path = _DATA_DIR / f"{name}.toml"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise UnghostError(
            f"The packaged data file {path.name} could not be read: {exc}",
            hint="Reinstall unghost; the package data is incomplete.",
        ) from exc


def get_value(name: str, key: str) -> Any:
    """The `value` of the entry `key` in data file `name`."""
    return load_table(name)[key]["value"]


def compile_any(patterns: list[str], *, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One alternation of several regular expressions (never matches when the list is empty)."""
    if not patterns:
        return re.compile(r"(?!x)x")
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


@cache
def get_pattern(name: str, key: str, field: str = "value") -> re.Pattern[str]:
    """The compiled alternation of the list `field` of entry `key` in data file `name`."""
    return compile_any(load_table(name)[key][field])
