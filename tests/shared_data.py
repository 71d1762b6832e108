"""Where the public samples of ../shared/external-testdata are: beside the checkout (the
project's `../shared`), or beside a folder above it (a worktree of the checkout)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def external_testdata() -> Path:
    """The folder of the public samples; a path that does not exist when they are absent."""
    for folder in ROOT.parents:
        found = folder / "shared" / "external-testdata"
        if found.is_dir():
            return found
    return ROOT.parent / "shared" / "external-testdata"
