"""The sign-in values of data/server_auth.toml (each with its source), read once."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def _table() -> dict[str, Any]:
    text = resources.files("unghost.data").joinpath("server_auth.toml").read_text("utf-8")
    return tomllib.loads(text)


def auth_value(section: str, key: str) -> Any:
    """The `value` of `[section] key` in server_auth.toml."""
    return _table()[section][key]["value"]
