"""Passwords long enough for the policy that are still among the first guessed: a common
password or word with digits, a year or symbols around it (`Sunshine2024!`, `p@ssw0rd1234`),
a word said twice (`monkeymonkey`), anything said twice or more (`abcabcabcabc`, `abc1990abc1990`), a walk along
the keyboard or the alphabet (`1qaz2wsx3edc`, `asdfghjkl;'`), a run of years. Guessing tools
try these first (hashcat's rules over the same lists), so ASVS 5.0 V6.2.4's list alone does
not stop them. Pure: the caller passes the common list (server/passwords.py)."""

from __future__ import annotations

import re
from functools import cache

# the rows of a US keyboard and the alphabet; a walk follows one forwards or backwards
_ROWS = (
    "`1234567890-=",
    "qwertyuiop[]\\",
    "asdfghjkl;'",
    "zxcvbnm,./",
    "abcdefghijklmnopqrstuvwxyz",
)
# the keyboard's columns, top to bottom (1qaz, 2wsx...)
_COLUMNS = ("1qaz", "2wsx", "3edc", "4rfv", "5tgb", "6yhn", "7ujm", "8ik,", "9ol.", "0p;/")
_RUNS = (*_ROWS, *_COLUMNS, *(r[::-1] for r in (*_ROWS, *_COLUMNS)))
_KEYBOARD = tuple(r for r in _RUNS if r not in ("abcdefghijklmnopqrstuvwxyz",
                                                 "zyxwvutsrqponmlkjihgfedcba"))  # fmt: skip
# common letter swaps ("leet"): undone before looking a word up
_LEET = str.maketrans({"@": "a", "4": "a", "3": "e", "1": "i", "!": "i", "0": "o", "$": "s",
                       "5": "s", "7": "t", "+": "t"})  # fmt: skip
_CORE = re.compile(r"([^a-z]*)([a-z].*[a-z]|[a-z])([^a-z]*)")
_YEARS = re.compile(r"(?:(?:19|20)\d\d)+")
_REPEAT = re.compile(r"(.+?)\1+")  # anything said twice or more
_SHORTEST_WORD = 3  # "abc", "god", "sex" + digits are in every guessing rule set


def _in_run(chunk: str, runs: tuple[str, ...]) -> bool:
    return any(chunk in run for run in runs)


def is_walk(text: str) -> bool:
    """Whether `text` (4 or more characters) is made of runs along the keyboard's rows or
    columns (two keys or more each) or the alphabet (three letters or more each)."""
    if len(text) < 4:
        return False

    @cache
    def walk(i: int) -> bool:
        if i == len(text):
            return True
        for j in range(len(text), i + 1, -1):
            chunk = text[i:j]
            runs = _RUNS if len(chunk) >= 3 else _KEYBOARD
            if _in_run(chunk, runs) and walk(j):
                return True
        return False

    return walk(0)


def _known(word: str, common: frozenset[str]) -> bool:
    """A common password or a walk, or one of them said more than once."""
    if len(word) < _SHORTEST_WORD:
        return False
    if word in common or is_walk(word):
        return True
    twice = re.fullmatch(r"(.{3,}?)\1+", word)
    return bool(twice and (twice.group(1) in common or is_walk(twice.group(1))))


def common_variant(password: str, common: frozenset[str]) -> str | None:
    """Why `password` is a predictable variant of a common one, or None when it is not:
    "repeat", "walk", "years" or "decorated" (a common word with digits or symbols)."""
    low = password.strip().lower()
    if _REPEAT.fullmatch(low):
        return "repeat"
    if is_walk(low):
        return "walk"
    if _YEARS.fullmatch(low):
        return "years"
    found = _CORE.fullmatch(low)
    if found is None:
        return None
    core = found.group(2)
    for form in dict.fromkeys((core, core.translate(_LEET))):
        if _known(form, common):
            return "decorated"
    # digits or symbols inside are swaps too: p@ssw0rd2024 is password and 2024
    whole = low.translate(_LEET)
    again = _CORE.fullmatch(whole)
    if again and again.group(2) != core and _known(again.group(2), common):
        return "decorated"
    return None
