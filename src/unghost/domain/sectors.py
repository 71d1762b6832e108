"""Naming an employer's industry and a role's job function from free text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from unghost.domain.parameters import Sector

_LATIN = re.compile(r"[a-z0-9]")


@cache
def _pattern(word: str) -> re.Pattern[str] | None:
    if not _LATIN.search(word):
        return None  # Chinese and other unspaced scripts match as substrings
    return re.compile(r"(?<![a-z0-9])" + re.escape(word) + r"(?![a-z0-9])")


def _matches(word: str, text: str) -> bool:
    pattern = _pattern(word)
    return word in text if pattern is None else pattern.search(text) is not None


def find_sector(text: str | None, sectors: Sequence[Sector]) -> Sector | None:
    """The first sector one of whose words appears in `text` (whole words for Latin script)."""
    if not text:
        return None
    folded = " ".join(text.casefold().replace("_", " ").split())
    for sector in sectors:
        if sector.key == folded.replace(" ", "-"):
            return sector
    for sector in sectors:
        if any(_matches(word, folded) for word in sector.words):
            return sector
    return None
