"""Naming an employer's industry and a role's job function from free text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from unghost.domain.parameters import Sector

_LATIN = re.compile(r"[a-z0-9]")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _matches(word: str, text: str) -> bool:
    """`word` in `text`; a Latin-script word only whole: not next to a-z or 0-9 (the regex
    `(?<![a-z0-9])word(?![a-z0-9])`, tried at each place the word occurs, with no pattern
    compiled per word). Chinese and other unspaced scripts match as substrings."""
    if not _LATIN.search(word):
        return word in text
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or text[at - 1] not in _WORD_CHARS) and (
            end == len(text) or text[end] not in _WORD_CHARS
        ):
            return True
        at = text.find(word, at + 1)
    return False


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
