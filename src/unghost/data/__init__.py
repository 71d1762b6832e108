"""The data files shipped with unghost (parameters, lexicons, regions)."""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).parent


def read_text(name: str) -> str:
    """A shipped data file's text, read from this package's folder: what
    importlib.resources.files("unghost.data") reads from an installed package, without
    importing importlib.resources (and the zip reader it loads) on the CLI's read commands."""
    return (FOLDER / name).read_text(encoding="utf-8")
