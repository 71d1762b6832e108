"""Reads the data tables of the contact check (mail domains, labels, limits) from unghost/data."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_table(name: str) -> dict[str, Any]:
    """The parsed TOML file `unghost/data/<name>.toml`, read once per process."""
    text = resources.files("unghost").joinpath("data", f"{name}.toml").read_text("utf-8")
    return tomllib.loads(text)
