"""A sector's words match whole in Latin script and as substrings otherwise: the same answers
as the regex `(?<![a-z0-9])word(?![a-z0-9])` (domain/sectors.py tries it without one)."""

from __future__ import annotations

import random
import re

from unghost.domain.sectors import _matches


def _by_regex(word: str, text: str) -> bool:
    if not re.search(r"[a-z0-9]", word):
        return word in text
    return re.search(r"(?<![a-z0-9])" + re.escape(word) + r"(?![a-z0-9])", text) is not None


def test_whole_words_as_the_regex_finds_them() -> None:
    rng = random.Random(17)
    letters = "ab1 -é中_"
    for _ in range(20_000):
        word = "".join(rng.choice(letters) for _ in range(rng.randint(1, 3)))
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 14)))
        assert _matches(word, text) == _by_regex(word, text), (word, text)


def test_examples() -> None:
    assert _matches("bank", "investment bank")
    assert not _matches("bank", "banking")
    assert _matches("ai", "ai, robotics") and not _matches("ai", "paid")
    assert _matches("银行", "中国银行")  # unspaced script: a substring
    assert _matches("r&d", "the r&d lab")
